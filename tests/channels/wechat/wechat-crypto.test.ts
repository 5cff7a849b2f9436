import { createCipheriv } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ChannelInputError } from "../../../channels/channel.js";
import { parseWechatXml } from "../../../channels/wechat/parse-wechat-xml.js";
import { createWechatCipher, pkcs7Pad, pkcs7PadLength } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };

describe("WeChat signatures (published vectors)", () => {
  it("computes wechatpy's plain signature", () => {
    const v = vectors.wechat_plain_signature;
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce])).toBe(v.signature);
  });

  it("computes the msg_signature of Tencent's WXBizMsgCrypt sample", () => {
    const v = vectors.wechat_mp_official_decrypt;
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, v.Encrypt])).toBe(v.msg_signature);
  });

  it("computes the msg_signature of wechatpy's work decrypt vector", () => {
    const v = vectors.wechatpy_work_decrypt;
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, v.Encrypt])).toBe(v.msg_signature);
  });
});

describe("WeChat AES (published vectors)", () => {
  it("decrypts Tencent's official sample to the exact message, random, length, pad and appid", () => {
    const v = vectors.wechat_mp_official_decrypt;
    const result = createWechatCipher(v.encodingAESKey, v.appid).decrypt(v.Encrypt);
    expect(result.message).toBe(v.expected_msg);
    expect(Buffer.byteLength(result.message)).toBe(v.expected_msg_len);
    expect(result.random.toString("latin1")).toBe(v.expected_random_16);
    expect(result.pad).toBe(v.expected_pad);
    expect(result.appid).toBe(v.expected_appid_tail);
  });

  it("keeps the 64-bit MsgId of the official sample exact", () => {
    const v = vectors.wechat_mp_official_decrypt;
    const fields = parseWechatXml(createWechatCipher(v.encodingAESKey, v.appid).decrypt(v.Encrypt).message);
    expect(fields["MsgId"]).toBe("6054768590064713728");
    expect(fields["Content"]).toBe("abcdteT");
  });

  it("decrypts wechatpy's work echostr", () => {
    const v = vectors.wechatpy_work_echostr;
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, v.echostr])).toBe(v.msg_signature);
    expect(createWechatCipher(v.encodingAESKey, v.receiveid).decrypt(v.echostr).message).toBe(
      v.expected_plain,
    );
  });

  it("decrypts wechatpy's work message", () => {
    const v = vectors.wechatpy_work_decrypt;
    const fields = parseWechatXml(
      createWechatCipher(v.encodingAESKey, v.receiveid).decrypt(v.Encrypt).message,
    );
    expect(fields["Content"]).toBe(v.expected_Content);
    expect(fields["FromUserName"]).toBe(v.expected_FromUserName);
  });

  it("encrypts deterministically to wechatpy's expected Encrypt and MsgSignature", () => {
    const v = vectors.wechatpy_work_encrypt_deterministic;
    const encrypt = createWechatCipher(v.encodingAESKey, v.receiveid).encrypt(
      v.plaintext,
      Buffer.from(v.random16),
    );
    expect(encrypt).toBe(v.expected_Encrypt);
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, encrypt])).toBe(v.expected_MsgSignature);
  });

  it("verifies and decrypts WeCom's official verifyurl vector", () => {
    const v = vectors.wecom_official_verifyurl;
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, v.echostr])).toBe(v.msg_signature);
    expect(createWechatCipher(v.encodingAESKey, v.corpid).decrypt(v.echostr).message).toBe(v.expected_plain);
  });

  it("round-trips a message whose pad is 31 bytes (Node's 16-byte auto padding would fail)", () => {
    const v = vectors.SELF_GENERATED_pad31_not_published;
    const cipher = createWechatCipher(v.encodingAESKey, v.appid);
    expect(cipher.encrypt(v.msg, Buffer.from(v.random16))).toBe(v.Encrypt);
    expect(computeWechatSignature([v.token, v.timestamp, v.nonce, v.Encrypt])).toBe(v.msg_signature);
    const result = cipher.decrypt(v.Encrypt);
    expect(result.message).toBe(v.msg);
    expect(result.pad).toBe(v.pad);
  });

  it("round-trips Chinese text of every length across a block boundary", () => {
    const cipher = createWechatCipher(vectors.wechatpy_work_decrypt.encodingAESKey, "wx49f0ab532d5d035a");
    for (let n = 0; n < 70; n++) {
      const message = "楼下餐馆油烟太大".repeat(10).slice(0, n);
      expect(cipher.decrypt(cipher.encrypt(message)).message).toBe(message);
    }
  });
});

describe("WeChat AES refusals", () => {
  const v = vectors.wechatpy_work_decrypt;
  const cipher = createWechatCipher(v.encodingAESKey, v.receiveid);

  function codeOf(fn: () => unknown): string {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ChannelInputError);
      return (error as ChannelInputError).code;
    }
    throw new Error("expected a ChannelInputError");
  }

  it("refuses a message encrypted for another appid with 403", () => {
    const foreign = createWechatCipher(v.encodingAESKey, "wx0000000000000000");
    expect(codeOf(() => foreign.decrypt(v.Encrypt))).toBe("WECHAT.FOREIGN_APPID");
    try {
      foreign.decrypt(v.Encrypt);
    } catch (error) {
      expect((error as ChannelInputError).status).toBe(403);
    }
  });

  it("refuses bad base64", () => {
    expect(codeOf(() => cipher.decrypt("not base64!!"))).toBe("WECHAT.BAD_BASE64");
  });

  it("refuses ciphertext that is not whole 32-byte blocks", () => {
    expect(codeOf(() => cipher.decrypt(Buffer.alloc(16).toString("base64")))).toBe("WECHAT.BAD_CIPHERTEXT");
    expect(codeOf(() => cipher.decrypt(""))).toBe("WECHAT.BAD_CIPHERTEXT");
  });

  it("refuses wrong padding (ciphertext decrypted with another key)", () => {
    const other = createWechatCipher("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", v.receiveid);
    expect(["WECHAT.BAD_PADDING", "WECHAT.BAD_LENGTH", "WECHAT.FOREIGN_APPID"]).toContain(
      codeOf(() => other.decrypt(v.Encrypt)),
    );
  });

  it("pads by hand to 32-byte blocks and checks every pad byte", () => {
    expect(pkcs7Pad(Buffer.alloc(1)).length).toBe(32);
    expect(pkcs7Pad(Buffer.alloc(32)).length).toBe(64);
    expect(pkcs7PadLength(pkcs7Pad(Buffer.alloc(1)))).toBe(31);
    const broken = pkcs7Pad(Buffer.alloc(1));
    broken[5] = 7;
    expect(codeOf(() => pkcs7PadLength(broken))).toBe("WECHAT.BAD_PADDING");
    expect(codeOf(() => pkcs7PadLength(Buffer.from([0])))).toBe("WECHAT.BAD_PADDING");
    expect(codeOf(() => pkcs7PadLength(Buffer.from([33])))).toBe("WECHAT.BAD_PADDING");
  });

  it("refuses a length prefix that runs past the payload", () => {
    const key = Buffer.from(`${v.encodingAESKey}=`, "base64");
    const length = Buffer.alloc(4);
    length.writeUInt32BE(1000);
    const plain = pkcs7Pad(
      Buffer.concat([Buffer.alloc(16, 65), length, Buffer.from("abc"), Buffer.from(v.receiveid)]),
    );
    const aes = createCipheriv("aes-256-cbc", key, key.subarray(0, 16)).setAutoPadding(false);
    const encrypt = Buffer.concat([aes.update(plain), aes.final()]).toString("base64");
    expect(codeOf(() => cipher.decrypt(encrypt))).toBe("WECHAT.BAD_LENGTH");
  });
});
