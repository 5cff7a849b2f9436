import { describe, expect, it } from "vitest";
import { ChannelInputError } from "../../../channels/channel-input-error.js";
import { createKfCallbackReader } from "../../../channels/wechat-kf/wechat-kf-callback.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };
import { qs, rawRequest } from "../support/raw-request.js";

/** WeCom's published WXBizMsgCrypt vectors, checked through the 微信客服 callback reader. */
function reader(v: { token: string; encodingAESKey: string }, corpId: string, maxSkewSeconds = 0) {
  return createKfCallbackReader({
    token: v.token,
    corpId,
    encodingAesKey: v.encodingAESKey,
    maxSkewSeconds,
    now: () => new Date("2026-11-23T08:00:00Z"),
  });
}

describe("微信客服 callback (WeCom WXBizMsgCrypt with the corp id)", () => {
  it("answers URL verification with the decrypted echostr (WeCom official vector)", () => {
    const v = vectors.wecom_official_verifyurl;
    const req = rawRequest(
      "GET",
      `/cb?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr })}`,
    );
    expect(reader(v, v.corpid).read(req)).toEqual({ type: "verify-url", echo: v.expected_plain });
  });

  it("answers URL verification for the wechatpy WeCom vector", () => {
    const v = vectors.wechatpy_work_echostr;
    const req = rawRequest(
      "GET",
      `/cb?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr })}`,
    );
    expect(reader(v, v.receiveid).read(req)).toEqual({ type: "verify-url", echo: v.expected_plain });
  });

  it("decrypts a signed POST and ignores what is not a kf_msg_or_event notice", () => {
    const v = vectors.wechatpy_work_decrypt;
    const req = rawRequest(
      "POST",
      `/cb?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce })}`,
      `<xml><ToUserName><![CDATA[${v.receiveid}]]></ToUserName><Encrypt><![CDATA[${v.Encrypt}]]></Encrypt></xml>`,
    );
    expect(reader(v, v.receiveid).read(req)).toEqual({ type: "ignore", event: null });
  });

  it("refuses a wrong signature, missing parameters and a stale timestamp with 401, decrypting nothing", () => {
    const v = vectors.wecom_official_verifyurl;
    const get = (params: Record<string, string>) =>
      reader(v, v.corpid).read(rawRequest("GET", `/cb?${qs(params)}`));
    const bad = get({
      msg_signature: "0".repeat(40),
      timestamp: v.timestamp,
      nonce: v.nonce,
      echostr: v.echostr,
    });
    expect(bad).toMatchObject({ type: "refused", code: "WECHAT_KF.BAD_SIGNATURE", ack: { status: 401 } });
    const missing = get({ timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr });
    expect(missing).toMatchObject({
      type: "refused",
      code: "WECHAT_KF.MISSING_SIGNATURE",
      ack: { status: 401 },
    });
    const noEcho = get({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce });
    expect(noEcho).toMatchObject({ type: "refused", ack: { status: 400 } });
    // The vector is from 2014: with the replay check on, it is too old.
    const stale = reader(v, v.corpid, 300).read(
      rawRequest(
        "GET",
        `/cb?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr })}`,
      ),
    );
    expect(stale).toMatchObject({ type: "refused", code: "WECHAT_KF.STALE_TIMESTAMP", ack: { status: 401 } });
    expect(JSON.stringify(stale)).not.toContain(v.expected_plain);
  });

  it("refuses a message encrypted for another corp id (403)", () => {
    const v = vectors.wecom_official_verifyurl;
    const req = rawRequest(
      "GET",
      `/cb?${qs({ msg_signature: v.msg_signature, timestamp: v.timestamp, nonce: v.nonce, echostr: v.echostr })}`,
    );
    let thrown: unknown;
    try {
      reader(v, "wwSomeOtherCorp").read(req);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ChannelInputError);
    expect(thrown).toMatchObject({ code: "WECHAT.FOREIGN_APPID", status: 403 });
  });
});
