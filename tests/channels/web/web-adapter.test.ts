import { describe, expect, it } from "vitest";
import { channelRegistry } from "../../../channels/registry.js";
import { createWebAdapter } from "../../../channels/web/web.adapter.js";
import { rawRequest } from "../support/raw-request.js";

describe("web chat adapter", () => {
  const adapter = createWebAdapter({ now: () => new Date(0) });
  const body = { sessionId: "s_0123456789abcdef", text: " 楼道灯不亮 ", clientMessageId: "m1" };

  it("parses a message keyed on session and client message id", () => {
    expect(adapter.parse(rawRequest("POST", "/", JSON.stringify(body)))[0]).toMatchObject({
      channel: "web",
      channelMessageId: "s_0123456789abcdef-m1",
      from: "s_0123456789abcdef",
      text: "楼道灯不亮",
    });
  });

  it.each([
    ["empty text", { ...body, text: "  " }],
    ["a short session id", { ...body, sessionId: "abc" }],
    ["a missing clientMessageId", { sessionId: body.sessionId, text: "x" }],
  ])("refuses %s", (_name, bad) => {
    expect(() => adapter.parse(rawRequest("POST", "/", JSON.stringify(bad)))).toThrow(
      expect.objectContaining({ code: "CHANNEL.INVALID_PAYLOAD" }),
    );
  });
});

describe("channel registry", () => {
  it("lists each channel once, on its stable path", () => {
    expect(channelRegistry.map((c) => c.path)).toEqual([
      "/channels/wechat",
      "/channels/sms/twilio",
      "/channels/sms/aliyun",
      "/channels/sms/tencent",
      "/channels/sms/generic",
      "/channels/hotline/events",
      "/channels/web/messages",
    ]);
  });

  it("builds only the channels configured in the environment", () => {
    const env = { WECHAT_TOKEN: "tok", WECHAT_APPID: "wx1", GENERIC_SMS_SECRET: "0123456789abcdef" };
    const built = channelRegistry.filter((c) => c.createAdapter(env) !== null).map((c) => c.id);
    expect(built).toEqual(["wechat", "sms-generic", "web"]);
  });
});
