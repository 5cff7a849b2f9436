import { randomBytes, randomInt } from "node:crypto";
import type { AckResponse, ChannelAdapter, ChannelDefinition, RawRequest, VerifyResult } from "../channel.js";
import { ChannelInputError } from "../channel-input-error.js";
import { digestEqual } from "../shared/digest-equal.js";
import { decodeUtf8Body } from "../shared/decode-utf8.js";
import { queryValue } from "../shared/header-value.js";
import { normalizeWechatMessage, WECHAT_PROVIDER } from "./normalize-wechat-message.js";
import { parseWechatXml } from "./parse-wechat-xml.js";
import { renderWechatEncryptedReply, renderWechatTextReply } from "./render-wechat-reply.js";
import { WechatConfig } from "./wechat.config.js";
import { createWechatCipher, type WechatCipher } from "./wechat-crypto.js";
import { computeWechatSignature } from "./wechat-signature.js";

export interface WechatAdapterOptions {
  token: string;
  appid: string;
  /** Set to accept safe (AES) and compatible mode; null = plaintext mode only. */
  encodingAesKey: string | null;
  /** Largest accepted |now − timestamp| in seconds; 0 disables the replay check. */
  maxSkewSeconds: number;
  now?: () => Date;
  /** Source of the 16 random bytes and the nonce of encrypted replies (fixed in tests). */
  randomBytes?: (size: number) => Buffer;
}

/**
 * WeChat official account (公众号) adapter: URL verification (GET), message push in plaintext,
 * compatible and safe mode (POST, `encrypt_type=aes`), passive replies, and `success` otherwise.
 */
export function createWechatAdapter(options: WechatAdapterOptions): ChannelAdapter {
  const now = options.now ?? (() => new Date());
  const random = options.randomBytes ?? randomBytes;
  const cipher = options.encodingAesKey ? createWechatCipher(options.encodingAesKey, options.appid) : null;
  // verify() already decrypted the body to check the appid; parse() reuses it instead of decrypting twice.
  const decrypted = new WeakMap<RawRequest, string>();
  // The outer envelope's <Encrypt>, read once per request: the signature check and the decryption
  // both need it, and parsing the XML was the largest part of a push's own CPU time.
  const encryptedBodies = new WeakMap<RawRequest, string>();

  function encryptedBody(req: RawRequest): string {
    let encrypt = encryptedBodies.get(req);
    if (encrypt === undefined) {
      encrypt = parseWechatXml(decodeUtf8Body(req.rawBody))["Encrypt"] ?? "";
      encryptedBodies.set(req, encrypt);
    }
    return encrypt;
  }

  function requireCipher(): WechatCipher {
    if (!cipher)
      throw new ChannelInputError("WECHAT.AES_NOT_CONFIGURED", "safe mode used but no EncodingAESKey set");
    return cipher;
  }

  function isSafeMode(req: RawRequest): boolean {
    return queryValue(req.query, "encrypt_type") === "aes";
  }

  function decryptBody(req: RawRequest): string {
    const cached = decrypted.get(req);
    if (cached !== undefined) return cached;
    const encrypt = encryptedBody(req);
    if (!encrypt) throw new ChannelInputError("WECHAT.MISSING_FIELD", "<Encrypt> missing in safe mode");
    const plain = requireCipher().decrypt(encrypt).message;
    decrypted.set(req, plain);
    return plain;
  }

  function checkSignatures(req: RawRequest): VerifyResult {
    const timestamp = queryValue(req.query, "timestamp");
    const nonce = queryValue(req.query, "nonce");
    const signature = queryValue(req.query, "signature");
    const msgSignature = queryValue(req.query, "msg_signature");
    if (!timestamp || !nonce || (!signature && !msgSignature)) {
      return refuse(401, "WECHAT.MISSING_SIGNATURE", "timestamp, nonce or signature missing");
    }
    if (!/^\d{1,12}$/.test(timestamp))
      return refuse(401, "WECHAT.BAD_TIMESTAMP", "timestamp is not unix seconds");

    if (signature !== undefined) {
      const expected = computeWechatSignature([options.token, timestamp, nonce]);
      if (!digestEqual(signature, expected)) return refuse(401, "WECHAT.BAD_SIGNATURE", "signature mismatch");
    }

    const method = req.method.toUpperCase();
    if (method === "POST" && cipher && !isSafeMode(req)) {
      // With an EncodingAESKey WeChat always encrypts (safe and compatible mode). The URL signature
      // does not cover the body, so a plaintext push could carry anything: refuse it, answering
      // `success` as WeChat expects so that nothing is retried.
      return {
        ...refuse(400, "WECHAT.PLAINTEXT_REFUSED", "plaintext push refused: EncodingAESKey is set"),
        answer: text("success"),
      };
    }
    if (msgSignature !== undefined || (method === "POST" && isSafeMode(req))) {
      if (msgSignature === undefined) return refuse(401, "WECHAT.MISSING_SIGNATURE", "msg_signature missing");
      // GET with msg_signature: WeCom-style URL verification, echostr is encrypted.
      const encrypted = method === "GET" ? (queryValue(req.query, "echostr") ?? "") : encryptedBody(req);
      if (!encrypted) return refuse(400, "WECHAT.MISSING_FIELD", "encrypted payload missing");
      const expected = computeWechatSignature([options.token, timestamp, nonce, encrypted]);
      if (!digestEqual(msgSignature, expected)) {
        return refuse(401, "WECHAT.BAD_MSG_SIGNATURE", "msg_signature mismatch");
      }
      // Decrypt now so that a foreign appid is refused (403) before anything is stored.
      if (method === "GET") requireCipher().decrypt(encrypted);
      else decryptBody(req);
    }

    if (options.maxSkewSeconds > 0) {
      const skew = Math.abs(Math.floor(now().getTime() / 1000) - Number(timestamp));
      if (skew > options.maxSkewSeconds)
        return refuse(401, "WECHAT.STALE_TIMESTAMP", `timestamp off by ${skew}s`);
    }
    return { ok: true };
  }

  return {
    channel: "wechat",
    provider: WECHAT_PROVIDER,

    verify(req) {
      try {
        const method = req.method.toUpperCase();
        if (method !== "GET" && method !== "POST")
          return refuse(400, "WECHAT.BAD_METHOD", "only GET and POST");
        if (method === "GET" && !queryValue(req.query, "echostr")) {
          return refuse(400, "WECHAT.MISSING_FIELD", "echostr missing");
        }
        return checkSignatures(req);
      } catch (error) {
        if (error instanceof ChannelInputError) {
          return refuse(error.status === 403 ? 403 : 400, error.code, error.message);
        }
        return refuse(400, "WECHAT.UNVERIFIABLE", "request could not be verified");
      }
    },

    parse(req) {
      const method = req.method.toUpperCase();
      if (method === "GET") return [];
      if (method !== "POST")
        throw new ChannelInputError("CHANNEL.UNSUPPORTED_METHOD", "only GET and POST", 405);
      // With a key set only decrypted content is trusted, whatever the query says.
      const xml = cipher || isSafeMode(req) ? decryptBody(req) : decodeUtf8Body(req.rawBody);
      // Validated once, by the webhook route, after it made the fields storable (pgSafe): the same
      // schema twice per push was a visible share of its CPU time.
      return [normalizeWechatMessage(parseWechatXml(xml), now())];
    },

    ack(req, messages, reply) {
      if (req.method.toUpperCase() === "GET") {
        const echostr = queryValue(req.query, "echostr") ?? "";
        const body = queryValue(req.query, "msg_signature")
          ? requireCipher().decrypt(echostr).message
          : echostr;
        return text(body);
      }
      const first = messages[0];
      // Without a ready reply WeChat wants the literal `success` (or empty); the answer follows through
      // the customer-service message API.
      if (!first || !reply?.text) return text("success");
      const nowSeconds = Math.floor(now().getTime() / 1000);
      const xml = renderWechatTextReply({
        toUser: first.from,
        fromUser: first.to ?? reply.from ?? "",
        createTime: nowSeconds,
        content: reply.text,
      });
      if (!isSafeMode(req)) return xmlResponse(xml);
      const encrypt = requireCipher().encrypt(xml, random(16));
      const timestamp = String(nowSeconds);
      const nonce = String(randomInt(100_000_000, 2_000_000_000));
      const msgSignature = computeWechatSignature([options.token, timestamp, nonce, encrypt]);
      return xmlResponse(renderWechatEncryptedReply({ encrypt, msgSignature, timestamp, nonce }));
    },
  } satisfies ChannelAdapter;
}

function refuse(status: 400 | 401 | 403, code: string, reason: string) {
  return { ok: false as const, status, code, reason };
}

function text(body: string): AckResponse {
  return { status: 200, contentType: "text/plain; charset=utf-8", body };
}

function xmlResponse(body: string): AckResponse {
  return { status: 200, contentType: "application/xml; charset=utf-8", body };
}

/** Registry entry: `GET|POST /channels/wechat`, enabled when WECHAT_TOKEN and WECHAT_APPID are set. */
export const wechatChannel: ChannelDefinition = {
  id: "wechat",
  path: "/channels/wechat",
  methods: ["GET", "POST"],
  createAdapter(env, deps = {}) {
    if (!env["WECHAT_TOKEN"] || !env["WECHAT_APPID"]) return null;
    const config = WechatConfig.parse(env);
    return createWechatAdapter({
      token: config.WECHAT_TOKEN,
      appid: config.WECHAT_APPID,
      encodingAesKey: config.WECHAT_ENCODING_AES_KEY ?? null,
      maxSkewSeconds: config.WECHAT_MAX_SKEW_SECONDS,
      ...(deps.now ? { now: deps.now } : {}),
    });
  },
};
