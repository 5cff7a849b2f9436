import { describe, expect, it } from "vitest";
import { createTwilioSmsAdapter } from "../../../channels/sms/twilio-sms.adapter.js";
import {
  computeTwilioSignature,
  urlVariants,
  verifyTwilioSignature,
} from "../../../channels/sms/twilio-signature.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };
import { rawRequest } from "../support/raw-request.js";

const docs = vectors.twilio_v3_docs;
const py = vectors.twilio_python_tests;
const entries = (params: Record<string, string>) => Object.entries(params);

describe("Twilio signature (published vectors)", () => {
  it("matches the api-snippets docs vector", () => {
    expect(computeTwilioSignature(docs.authToken, docs.url, entries(docs.params))).toBe(docs.signature);
  });

  it("matches twilio-python's vector", () => {
    expect(computeTwilioSignature(py.authToken, py.url, entries(py.params))).toBe(py.signature);
  });

  it("accepts the signature Twilio computed over the URL with :443", () => {
    const input = {
      authToken: py.authToken,
      url: py.url,
      params: entries(py.params),
      rawBody: Buffer.alloc(0),
    };
    expect(verifyTwilioSignature({ ...input, signature: py.same_url_with_port_443_signature })).toBe(true);
    expect(verifyTwilioSignature({ ...input, signature: py.signature })).toBe(true);
    const withPort = py.url.replace(".com/", ".com:443/");
    expect(verifyTwilioSignature({ ...input, url: withPort, signature: py.signature })).toBe(true);
  });

  it("signs each distinct value of a repeated parameter, sorted", () => {
    const params = py.multivalue_params as Array<[string, string]>;
    expect(computeTwilioSignature(py.authToken, py.url, params)).toBe(py.multivalue_signature);
  });

  it("validates a JSON body through bodySHA256", () => {
    const url = `${py.url}&bodySHA256=${py.bodySHA256}`;
    const rawBody = Buffer.from(py.json_body);
    const input = {
      authToken: py.authToken,
      url,
      params: [],
      rawBody,
      signature: py.json_body_url_signature,
    };
    expect(verifyTwilioSignature(input)).toBe(true);
    expect(verifyTwilioSignature({ ...input, rawBody: Buffer.from(py.json_body + " ") })).toBe(false);
  });

  it("refuses a signature made with another token", () => {
    const input = { authToken: "54321", url: py.url, params: entries(py.params), rawBody: Buffer.alloc(0) };
    expect(verifyTwilioSignature({ ...input, signature: py.signature })).toBe(false);
  });

  it("keeps non-default ports as they are", () => {
    expect(urlVariants("https://a.cn:8443/x")).toEqual(["https://a.cn:8443/x"]);
    expect(urlVariants("http://a.cn/x?y=1")).toEqual(["http://a.cn/x?y=1", "http://a.cn:80/x?y=1"]);
  });
});

describe("Twilio SMS adapter", () => {
  const adapter = createTwilioSmsAdapter({
    authToken: "12345",
    publicBaseUrl: "https://zhitong.example.cn/",
    now: () => new Date("2024-05-01T00:00:00Z"),
  });
  const form = {
    MessageSid: "SM123",
    From: "+8613800000000",
    To: "+8610690000",
    Body: "路灯不亮了 & 很危险",
  };
  const body = new URLSearchParams(form).toString();
  const signed = (signature: string) =>
    rawRequest("POST", "/channels/sms/twilio", body, {
      "X-Twilio-Signature": signature,
      "content-type": "application/x-www-form-urlencoded",
    });
  const good = computeTwilioSignature(
    "12345",
    "https://zhitong.example.cn/channels/sms/twilio",
    entries(form),
  );

  it("verifies against PUBLIC_BASE_URL + path and parses the message", () => {
    const req = signed(good);
    expect(adapter.verify(req)).toEqual({ ok: true });
    expect(adapter.parse(req)[0]).toMatchObject({
      channel: "sms",
      provider: "twilio",
      channelMessageId: "SM123",
      from: "+8613800000000",
      text: "路灯不亮了 & 很危险",
      optOut: false,
    });
  });

  it("refuses a wrong or missing signature with 401", () => {
    expect(adapter.verify(signed("AAAA"))).toMatchObject({
      ok: false,
      status: 401,
      code: "TWILIO.BAD_SIGNATURE",
    });
    expect(adapter.verify(rawRequest("POST", "/channels/sms/twilio", body))).toMatchObject({
      ok: false,
      code: "TWILIO.MISSING_SIGNATURE",
    });
  });

  it("refuses a JSON content type without bodySHA256, where only the URL would be signed", () => {
    // The URL-only signature of a captured request would otherwise carry any form body.
    const urlOnly = computeTwilioSignature("12345", "https://zhitong.example.cn/channels/sms/twilio", []);
    const req = rawRequest("POST", "/channels/sms/twilio", body, {
      "X-Twilio-Signature": urlOnly,
      "content-type": "application/json",
    });
    expect(adapter.verify(req)).toMatchObject({ ok: false, status: 401, code: "TWILIO.UNSIGNED_BODY" });
  });

  it("refuses a body without MessageSid", () => {
    const req = rawRequest("POST", "/x", "From=%2B86138&Body=hi");
    expect(() => adapter.parse(req)).toThrow(expect.objectContaining({ code: "CHANNEL.INVALID_PAYLOAD" }));
  });

  it("replies in escaped TwiML, or an empty Response without a reply", () => {
    const req = signed(good);
    const reply = {
      channel: "sms" as const,
      to: "x",
      text: "已受理<编号>&谢谢",
      template: null,
      idempotencyKey: "k",
      essential: true,
    };
    expect(adapter.ack(req, [], reply).body).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Message>已受理&lt;编号&gt;&amp;谢谢</Message></Response>`,
    );
    expect(adapter.ack(req, []).body).toBe(`<?xml version="1.0" encoding="UTF-8"?><Response/>`);
  });
});
