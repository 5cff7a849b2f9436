import { describe, expect, it } from "vitest";
import { createAliyunSmsAdapter } from "../../../channels/sms/aliyun-sms.adapter.js";
import { createTencentSmsAdapter } from "../../../channels/sms/tencent-sms.adapter.js";
import { isIpAllowed } from "../../../channels/shared/verify-gateway-access.js";
import { rawRequest } from "../support/raw-request.js";

const token = "s3cret-token-0123456789";
const now = () => new Date("2024-05-01T00:00:00Z");

describe("Aliyun SMS uplink", () => {
  const adapter = createAliyunSmsAdapter({ pathToken: token, allowedIps: ["47.96.0.0/16", "::1"], now });
  const body = `[{"phone_number":"13812345678","content":"退订","sign_name":"直通","send_time":"2017-09-01 00:00:00","dest_code":"1234","sequence_id":9007199254740993},
    {"phone_number":"13900000001","content":"小区门口垃圾没人清","send_time":"2017-09-01 00:00:05","dest_code":"1234","sequence_id":"42"}]`;
  const req = (url = `/channels/sms/aliyun/${token}`, ip = "47.96.1.2") =>
    rawRequest("POST", url, body, {}, ip);

  it("accepts the secret path token (as a path segment or ?token=) from an allowed IP", () => {
    expect(adapter.verify(req())).toEqual({ ok: true });
    expect(adapter.verify(req(`/channels/sms/aliyun?token=${token}`))).toEqual({ ok: true });
    expect(adapter.verify(req(undefined, "::ffff:47.96.9.9"))).toEqual({ ok: true });
  });

  it("refuses a wrong token with 401 and a foreign IP with 403", () => {
    expect(adapter.verify(req("/channels/sms/aliyun/guess"))).toMatchObject({ ok: false, status: 401 });
    expect(adapter.verify(req(undefined, "1.2.3.4"))).toMatchObject({ ok: false, status: 403 });
  });

  it("parses every message of the batch, keeping a sequence_id above 2^53 exact", () => {
    const messages = adapter.parse(req());
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({
      channelMessageId: "9007199254740993-13812345678",
      from: "13812345678",
      to: "1234",
      text: "退订",
      optOut: true,
    });
    expect(messages[0]?.sentAt?.toISOString()).toBe("2017-08-31T16:00:00.000Z");
    expect(messages[1]).toMatchObject({ channelMessageId: "42-13900000001", optOut: false });
  });

  it("acknowledges with Aliyun's required body", () => {
    expect(JSON.parse(adapter.ack(req(), []).body)).toEqual({ code: 0, msg: "接收成功" });
  });

  it.each([
    ["malformed JSON", "[{", "CHANNEL.BAD_JSON"],
    ["an object instead of an array", `{"phone_number":"1"}`, "CHANNEL.INVALID_PAYLOAD"],
    ["an empty array", `[]`, "CHANNEL.INVALID_PAYLOAD"],
    ["a missing phone_number", `[{"content":"x","send_time":"","sequence_id":1}]`, "CHANNEL.INVALID_PAYLOAD"],
  ])("refuses %s", (_name, text, code) => {
    expect(() => adapter.parse(rawRequest("POST", "/", text))).toThrow(expect.objectContaining({ code }));
  });
});

describe("Tencent Cloud SMS reply callback", () => {
  const adapter = createTencentSmsAdapter({ pathToken: token, allowedIps: [], now });
  const body = JSON.stringify({
    extend: "",
    mobile: "13800000000",
    nationcode: "86",
    sign: "直通",
    text: "TD",
    time: 1457336869,
  });

  it("parses the documented fields and flags TD as opt-out", () => {
    const [message] = adapter.parse(rawRequest("POST", `/channels/sms/tencent/${token}`, body));
    expect(message).toMatchObject({
      provider: "tencent",
      from: "13800000000",
      text: "TD",
      optOut: true,
      to: null,
    });
    expect(message?.sentAt?.toISOString()).toBe("2016-03-07T07:47:49.000Z");
    expect(message?.channelMessageId).toMatch(/^8613800000000-1457336869-[0-9a-f]{16}$/);
  });

  it("gives the same key to a redelivery and another key to another text", () => {
    const key = (text: string) =>
      adapter.parse(rawRequest("POST", "/", JSON.stringify({ ...JSON.parse(body), text })))[0]
        ?.channelMessageId;
    expect(key("TD")).toBe(key("TD"));
    expect(key("TD")).not.toBe(key("路灯坏了"));
  });

  it("acknowledges with Tencent's required body", () => {
    expect(JSON.parse(adapter.ack(rawRequest("POST", "/"), []).body)).toEqual({ result: 0, errmsg: "OK" });
  });

  it("refuses a callback without time", () => {
    const bad = JSON.stringify({ mobile: "1", nationcode: "86", text: "x" });
    expect(() => adapter.parse(rawRequest("POST", "/", bad))).toThrow(
      expect.objectContaining({ code: "CHANNEL.INVALID_PAYLOAD" }),
    );
  });
});

describe("IP allowlist", () => {
  it("matches exact addresses and CIDR ranges, and ignores broken entries", () => {
    expect(isIpAllowed("10.0.0.5", ["10.0.0.0/8"])).toBe(true);
    expect(isIpAllowed("11.0.0.5", ["10.0.0.0/8", "bogus", "10.0.0.0/99"])).toBe(false);
    expect(isIpAllowed("2001:db8::1", ["2001:db8::/32"])).toBe(true);
    expect(isIpAllowed(undefined, ["10.0.0.0/8"])).toBe(false);
  });
});
