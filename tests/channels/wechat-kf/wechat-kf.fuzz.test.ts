import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChannelInputError, InboundMessage } from "../../../channels/channel.js";
import { normalizeKfMessage } from "../../../channels/wechat-kf/normalize-kf-message.js";
import { KfMessage } from "../../../channels/wechat-kf/wechat-kf-api.js";
import { createKfCallbackReader } from "../../../channels/wechat-kf/wechat-kf-callback.js";
import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import { qs, rawRequest } from "../support/raw-request.js";
import { KF } from "../support/wecom-kf-http.js";

const RUNS = 1000;
const reader = createKfCallbackReader({
  token: KF.token,
  corpId: KF.corpId,
  encodingAesKey: KF.aesKey,
  maxSkewSeconds: 0,
  now: () => new Date(),
});

/** Passes if `fn` returns or throws ChannelInputError; any other throw is a defect. */
function onlyInputErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ChannelInputError)) throw error;
  }
}

describe("微信客服 parsers under random input", () => {
  it("the callback reader refuses or reads correctly signed random bodies, never crashes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (inner, wrap) => {
        const encrypt = wrap ? createWechatCipher(KF.aesKey, KF.corpId).encrypt(inner) : inner;
        const signature = computeWechatSignature([KF.token, "1700000000", "42", encrypt]);
        const body = `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
        onlyInputErrors(() => {
          const r = reader.read(
            rawRequest(
              "POST",
              `/cb?${qs({ msg_signature: signature, timestamp: "1700000000", nonce: "42" })}`,
              body,
            ),
          );
          if (r.type === "refused") expect(r.ack.status).toBeGreaterThanOrEqual(400);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("the callback reader never throws on random bytes and queries", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.dictionary(fc.constantFrom("msg_signature", "timestamp", "nonce", "echostr"), fc.string()),
        fc.constantFrom("GET", "POST", "PUT"),
        (bytes, query, method) =>
          onlyInputErrors(() => reader.read(rawRequest(method, `/cb?${qs(query)}`, Buffer.from(bytes)))),
      ),
      { numRuns: RUNS },
    );
  });

  it("sync_msg items become valid messages or are skipped", () => {
    const item = fc.record(
      {
        msgid: fc.string({ maxLength: 40 }),
        open_kfid: fc.string({ maxLength: 40 }),
        external_userid: fc.string({ maxLength: 40 }),
        send_time: fc.integer({ min: -5, max: 2_000_000_000 }),
        origin: fc.integer({ min: 0, max: 6 }),
        msgtype: fc.constantFrom("text", "image", "voice", "location", "event", "file", ""),
        text: fc.record({ content: fc.string({ maxLength: 200 }) }),
        image: fc.record({ media_id: fc.string() }),
        location: fc.record({
          latitude: fc.double({ min: -200, max: 200, noNaN: true }),
          longitude: fc.double({ min: -200, max: 200, noNaN: true }),
          name: fc.string(),
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(item, (raw) => {
        const parsed = KfMessage.safeParse(raw);
        if (!parsed.success) return;
        const m = normalizeKfMessage(parsed.data, new Date());
        if (m === null) return;
        // One bad item must not block the page: what is returned is always storable.
        expect(InboundMessage.safeParse(m).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
