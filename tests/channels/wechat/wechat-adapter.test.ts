import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../../channels/channel.js";
import { createWechatAdapter } from "../../../channels/wechat/wechat.adapter.js";
import { parseWechatXml } from "../../../channels/wechat/parse-wechat-xml.js";
import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };
import { qs, rawRequest } from "../support/raw-request.js";

const official = vectors.wechat_mp_official_decrypt;

function adapterAt(unixSeconds: number, overrides: Partial<Parameters<typeof createWechatAdapter>[0]> = {}) {
  return createWechatAdapter({
    token: official.token,
    appid: official.appid,
    encodingAesKey: official.encodingAESKey,
    maxSkewSeconds: 300,
    now: () => new Date(unixSeconds * 1000),
    ...overrides,
  });
}

/** An account kept in plaintext mode has no EncodingAESKey configured. */
const plainAdapterAt = (
  unixSeconds: number,
  overrides: Partial<Parameters<typeof createWechatAdapter>[0]> = {},
) => adapterAt(unixSeconds, { encodingAesKey: null, ...overrides });

function reply(text: string): OutboundMessage {
  return { channel: "wechat", to: "x", text, template: null, idempotencyKey: "k", essential: true };
}

function plainPush(xml: string, token: string, timestamp: string, nonce = "n1") {
  const signature = computeWechatSignature([token, timestamp, nonce]);
  return rawRequest("POST", `/channels/wechat?${qs({ signature, timestamp, nonce, openid: "o1" })}`, xml);
}

const textXml = (msgId: string, content: string) =>
  `<xml><ToUserName><![CDATA[gh_abc]]></ToUserName><FromUserName><![CDATA[oResident]]></FromUserName>` +
  `<CreateTime>1409735668</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
  `<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;

describe("WeChat adapter: URL verification", () => {
  it("answers the plain echostr when the signature matches", () => {
    const v = vectors.wechat_plain_signature;
    const adapter = adapterAt(Number(v.timestamp), { token: v.token });
    const req = rawRequest(
      "GET",
      `/channels/wechat?${qs({ signature: v.signature, timestamp: v.timestamp, nonce: v.nonce, echostr: "hello123" })}`,
    );
    expect(adapter.verify(req)).toEqual({ ok: true });
    expect(adapter.parse(req)).toEqual([]);
    expect(adapter.ack(req, [])).toMatchObject({ status: 200, body: "hello123" });
  });

  it("decrypts a WeCom-style encrypted echostr (official verifyurl vector)", () => {
    const v = vectors.wecom_official_verifyurl;
    const adapter = createWechatAdapter({
      token: v.token,
      appid: v.corpid,
      encodingAesKey: v.encodingAESKey,
      maxSkewSeconds: 0,
    });
    const req = rawRequest(
      "GET",
      `/channels/wechat?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr })}`,
    );
    expect(adapter.verify(req)).toEqual({ ok: true });
    expect(adapter.ack(req, []).body).toBe(v.expected_plain);
  });

  it("refuses a wrong signature with 401", () => {
    const adapter = adapterAt(1410685589, { token: "test" });
    const req = rawRequest(
      "GET",
      `/channels/wechat?${qs({ signature: "0".repeat(40), timestamp: "1410685589", nonce: "test", echostr: "x" })}`,
    );
    expect(adapter.verify(req)).toMatchObject({ ok: false, status: 401, code: "WECHAT.BAD_SIGNATURE" });
  });

  // Signatures are compared byte for byte (their length is public): any other length, or characters
  // that take more bytes than they count, is a mismatch like any other, never an exception.
  it.each([
    ["short", "0".repeat(39)],
    ["long", "0".repeat(41)],
    ["empty-ish", " "],
    ["multibyte", "签".repeat(40)],
  ])("refuses a %s signature with 401", (_name, signature) => {
    const adapter = adapterAt(1410685589, { token: "test" });
    const req = rawRequest(
      "GET",
      `/channels/wechat?${qs({ signature, timestamp: "1410685589", nonce: "test", echostr: "x" })}`,
    );
    expect(adapter.verify(req)).toMatchObject({ ok: false, status: 401, code: "WECHAT.BAD_SIGNATURE" });
  });
});

describe("WeChat adapter: plaintext push", () => {
  it("parses a text message keeping the 64-bit MsgId as a string", () => {
    const adapter = plainAdapterAt(1409735669);
    const req = plainPush(textXml("6054768590064713728", "楼下餐馆油烟太大"), official.token, "1409735669");
    expect(adapter.verify(req)).toEqual({ ok: true });
    const [message] = adapter.parse(req);
    expect(message).toMatchObject({
      channel: "wechat",
      channelMessageId: "6054768590064713728",
      from: "oResident",
      to: "gh_abc",
      kind: "text",
      text: "楼下餐馆油烟太大",
    });
    expect(message?.sentAt?.toISOString()).toBe("2014-09-03T09:14:28.000Z");
  });

  it("yields the same dedup key for WeChat's three retries of one message", () => {
    const adapter = plainAdapterAt(1409735669);
    const ids = [0, 1, 2].map(
      (i) =>
        adapter.parse(
          plainPush(textXml("6054768590064713728", "x"), official.token, "1409735669", `n${i}`),
        )[0]?.channelMessageId,
    );
    expect(new Set(ids).size).toBe(1);
  });

  it("refuses a stale timestamp and accepts any age when the check is off", () => {
    const req = plainPush(textXml("1", "x"), official.token, "1409735669");
    expect(plainAdapterAt(1409735669 + 301).verify(req)).toMatchObject({
      ok: false,
      code: "WECHAT.STALE_TIMESTAMP",
    });
    expect(plainAdapterAt(1409735669 + 10_000, { maxSkewSeconds: 0 }).verify(req)).toEqual({ ok: true });
  });

  it("refuses a request without signature parameters", () => {
    const req = rawRequest("POST", "/channels/wechat", textXml("1", "x"));
    expect(plainAdapterAt(1).verify(req)).toMatchObject({
      ok: false,
      status: 401,
      code: "WECHAT.MISSING_SIGNATURE",
    });
  });

  it("answers `success` when no reply is ready", () => {
    const adapter = plainAdapterAt(1409735669);
    const req = plainPush(textXml("1", "x"), official.token, "1409735669");
    expect(adapter.ack(req, adapter.parse(req))).toEqual({
      status: 200,
      contentType: "text/plain; charset=utf-8",
      body: "success",
    });
  });

  it("renders a passive text reply addressed back to the resident, CDATA-safe", () => {
    const adapter = plainAdapterAt(1409735669);
    const req = plainPush(textXml("1", "x"), official.token, "1409735669");
    const ack = adapter.ack(req, adapter.parse(req), reply("已收到]]>编号A1"));
    const fields = parseWechatXml(ack.body);
    expect(fields).toMatchObject({ ToUserName: "oResident", FromUserName: "gh_abc", MsgType: "text" });
    expect(fields["Content"]).toBe("已收到]]>编号A1");
  });
});

describe("WeChat adapter: safe mode", () => {
  function safePush(v: typeof official, appid: string) {
    const body = `<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName><Encrypt><![CDATA[${v.Encrypt}]]></Encrypt></xml>`;
    const signature = computeWechatSignature([v.token, v.timestamp, v.nonce]);
    const url = `/channels/wechat?${qs({ signature, timestamp: v.timestamp, nonce: v.nonce, encrypt_type: "aes", msg_signature: v.msg_signature })}`;
    const adapter = createWechatAdapter({
      token: v.token,
      appid,
      encodingAesKey: v.encodingAESKey,
      maxSkewSeconds: 300,
      now: () => new Date(Number(v.timestamp) * 1000),
      randomBytes: (n) => Buffer.alloc(n, 49),
    });
    return { adapter, req: rawRequest("POST", url, body) };
  }

  it("verifies msg_signature, decrypts and parses Tencent's sample push", () => {
    const { adapter, req } = safePush(official, official.appid);
    expect(adapter.verify(req)).toEqual({ ok: true });
    expect(adapter.parse(req)[0]).toMatchObject({
      channelMessageId: "6054768590064713728",
      from: "oyORnuP8q7ou2gfYjqLzSIWZf0rs",
      text: "abcdteT",
    });
  });

  it("refuses a foreign appid with 403 before anything is parsed", () => {
    const { adapter, req } = safePush(official, "wx_someone_else");
    expect(adapter.verify(req)).toMatchObject({ ok: false, status: 403, code: "WECHAT.FOREIGN_APPID" });
  });

  it("refuses a tampered Encrypt with 401", () => {
    const { adapter, req } = safePush(official, official.appid);
    const tampered = { ...req, rawBody: Buffer.from(req.rawBody.toString().replace("hyzAe4", "hyzAe5")) };
    expect(adapter.verify(tampered)).toMatchObject({
      ok: false,
      status: 401,
      code: "WECHAT.BAD_MSG_SIGNATURE",
    });
  });

  it("encrypts the passive reply so that WeChat can verify and decrypt it", () => {
    const { adapter, req } = safePush(official, official.appid);
    const ack = adapter.ack(req, adapter.parse(req), reply("您的诉求已受理"));
    const envelope = parseWechatXml(ack.body);
    expect(envelope["TimeStamp"]).toBe(official.timestamp);
    expect(
      computeWechatSignature([
        official.token,
        envelope["TimeStamp"]!,
        envelope["Nonce"]!,
        envelope["Encrypt"]!,
      ]),
    ).toBe(envelope["MsgSignature"]);
    const inner = parseWechatXml(
      createWechatCipher(official.encodingAESKey, official.appid).decrypt(envelope["Encrypt"]!).message,
    );
    expect(inner).toMatchObject({ ToUserName: "oyORnuP8q7ou2gfYjqLzSIWZf0rs", Content: "您的诉求已受理" });
  });

  it("refuses safe mode when no EncodingAESKey is configured", () => {
    const { req } = safePush(official, official.appid);
    const plainOnly = createWechatAdapter({
      token: official.token,
      appid: official.appid,
      encodingAesKey: null,
      maxSkewSeconds: 0,
    });
    expect(plainOnly.verify(req)).toMatchObject({ ok: false, code: "WECHAT.AES_NOT_CONFIGURED" });
  });
});
