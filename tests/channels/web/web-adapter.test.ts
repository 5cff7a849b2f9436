import { describe, expect, it } from "vitest";
import { channelManifests, loadChannelModule, loadChannelRegistry } from "../../../channels/registry.js";
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
  it("lists each channel once, on its stable path", async () => {
    expect((await loadChannelRegistry()).map((c) => c.path)).toEqual([
      "/channels/wechat",
      "/channels/sms/twilio",
      "/channels/sms/aliyun",
      "/channels/sms/tencent",
      "/channels/sms/generic",
      "/channels/hotline/events",
      "/channels/web/messages",
    ]);
  });

  it("builds only the channels configured in the environment", async () => {
    const env = { WECHAT_TOKEN: "tok", WECHAT_APPID: "wx1", GENERIC_SMS_SECRET: "0123456789abcdef" };
    const built = (await loadChannelRegistry()).filter((c) => c.createAdapter(env) !== null).map((c) => c.id);
    expect(built).toEqual(["wechat", "sms-generic", "web"]);
  });

  it("loads each channel's module once, and the module carries its manifest unchanged", async () => {
    for (const manifest of channelManifests) {
      const module = await loadChannelModule(manifest.name);
      expect(module, manifest.name).toBe(await loadChannelModule(manifest.name));
      expect(module).toMatchObject({
        name: manifest.name,
        label: manifest.label,
        capabilities: manifest.capabilities,
      });
    }
    expect(await loadChannelModule("fax")).toBeUndefined();
  });
});
