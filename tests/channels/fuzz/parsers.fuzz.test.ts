import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ChannelAdapter, RawRequest } from "../../../channels/channel.js";
import { ChannelInputError, InboundMessage } from "../../../channels/channel.js";
import { createHotlineAdapter } from "../../../channels/hotline/hotline.adapter.js";
import { mapAliyunTranscription } from "../../../channels/hotline/map-aliyun-transcription.js";
import { mapTwilioTranscription } from "../../../channels/hotline/map-twilio-transcription.js";
import { createAliyunSmsAdapter } from "../../../channels/sms/aliyun-sms.adapter.js";
import { createGenericSmsAdapter } from "../../../channels/sms/generic-sms.adapter.js";
import { createTencentSmsAdapter } from "../../../channels/sms/tencent-sms.adapter.js";
import { createTwilioSmsAdapter } from "../../../channels/sms/twilio-sms.adapter.js";
import { createWebAdapter } from "../../../channels/web/web.adapter.js";
import { createWechatAdapter } from "../../../channels/wechat/wechat.adapter.js";
import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";
import { computeWechatSignature } from "../../../channels/wechat/wechat-signature.js";
import vectors from "../fixtures/vectors.json" with { type: "json" };
import { qs, rawRequest } from "../support/raw-request.js";

const RUNS = 2000;
const v = vectors.wechat_mp_official_decrypt;

/** Runs fn; passes if it returns or throws ChannelInputError, fails on any other throw. */
function onlyInputErrors(fn: () => unknown): void {
  try {
    const result = fn();
    if (Array.isArray(result)) for (const message of result) InboundMessage.parse(message);
  } catch (error) {
    if (!(error instanceof ChannelInputError)) throw error;
    expect(error.code).toMatch(/^[A-Z]+\.[A-Z0-9_]+$/);
  }
}

/** verify() must never throw, whatever arrives. */
function verifyNeverThrows(adapter: ChannelAdapter, req: RawRequest): void {
  const result = adapter.verify(req);
  expect(typeof result.ok).toBe("boolean");
}

const wechat = createWechatAdapter({
  token: v.token,
  appid: v.appid,
  encodingAesKey: v.encodingAESKey,
  maxSkewSeconds: 0,
});

const bytes = fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a));
const text = fc.string({ unit: "binary", maxLength: 400 });
const field = fc.oneof(
  fc.constantFrom(
    "text",
    "voice",
    "image",
    "location",
    "event",
    "link",
    "subscribe",
    "SCAN",
    "CLICK",
    "LOCATION",
    "",
  ),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constant("]]><x>"),
);
const wechatXml = fc
  .record(
    {
      ToUserName: field,
      FromUserName: field,
      CreateTime: field,
      MsgType: field,
      Content: field,
      MsgId: fc.oneof(field, fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String)),
      Event: field,
      EventKey: field,
      MediaId: field,
      Location_X: field,
      Location_Y: field,
      Latitude: field,
      Longitude: field,
      Recognition: field,
    },
    { requiredKeys: [] },
  )
  .map(
    (fields) =>
      `<xml>${Object.entries(fields)
        .map(([name, value]) => `<${name}><![CDATA[${value}]]></${name}>`)
        .join("")}</xml>`,
  );

describe("fuzz: WeChat", () => {
  it("plaintext push: arbitrary bytes and generated XML give a message or a ChannelInputError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          bytes,
          wechatXml.map((x) => Buffer.from(x)),
        ),
        (body) => {
          const req = rawRequest("POST", "/channels/wechat?timestamp=1&nonce=1&signature=x", body);
          verifyNeverThrows(wechat, req);
          onlyInputErrors(() => wechat.parse(req));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("safe mode: correctly signed but arbitrary Encrypt values never escape as other errors", () => {
    const cipher = createWechatCipher(v.encodingAESKey, v.appid);
    const encrypt = fc.oneof(
      fc.base64String({ maxLength: 300 }),
      fc
        .uint8Array({ minLength: 1, maxLength: 8 })
        .map((a) => Buffer.from(Array.from(a).flatMap((x) => Array<number>(32).fill(x))).toString("base64")),
      wechatXml.map((x) => cipher.encrypt(x)),
      text,
    );
    fc.assert(
      fc.property(encrypt, (value) => {
        const body = `<xml><Encrypt><![CDATA[${value}]]></Encrypt></xml>`;
        const msgSignature = computeWechatSignature([v.token, "1", "2", value]);
        const req = rawRequest(
          "POST",
          `/channels/wechat?${qs({ timestamp: "1", nonce: "2", encrypt_type: "aes", msg_signature: msgSignature })}`,
          body,
        );
        verifyNeverThrows(wechat, req);
        onlyInputErrors(() => wechat.parse(req));
        onlyInputErrors(() => cipher.decrypt(value));
      }),
      { numRuns: RUNS },
    );
  });

  it("verify never throws on arbitrary query strings and methods", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("GET", "POST", "PUT", "get"),
        fc.dictionary(
          fc.constantFrom("signature", "timestamp", "nonce", "echostr", "msg_signature", "encrypt_type"),
          text,
        ),
        bytes,
        (method, query, body) => {
          verifyNeverThrows(wechat, { method, url: "/channels/wechat", headers: {}, rawBody: body, query });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const token = "fuzz-token-0123456789";
const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.array(
    fc.record(
      {
        phone_number: fc.oneof(fc.string(), fc.integer()),
        content: fc.oneof(fc.string(), fc.constant(null)),
        send_time: fc.oneof(fc.string(), fc.constant("2017-09-01 00:00:00")),
        sequence_id: fc.oneof(fc.string(), fc.bigInt({ min: 0n, max: 2n ** 70n }), fc.double()),
        mobile: fc.string(),
        nationcode: fc.string(),
        text: fc.string(),
        time: fc.oneof(fc.integer(), fc.double(), fc.string()),
        messageId: fc.string(),
        from: fc.string(),
        sessionId: fc.string(),
        clientMessageId: fc.string(),
        type: fc.constantFrom("call.started", "transcript.segment", "call.ended", "x"),
        callId: fc.string(),
        seq: fc.oneof(fc.integer(), fc.double()),
        speaker: fc.constantFrom("caller", "agent", "x"),
        final: fc.boolean(),
        at: fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
      },
      { requiredKeys: [] },
    ),
  ),
);
const jsonBody = fc.oneof(
  bytes,
  jsonValue.map((value) =>
    Buffer.from(
      JSON.stringify(value, (_k, x: unknown) => (typeof x === "bigint" ? `__${x}__` : x)).replace(
        /"__(\d+)__"/g,
        "$1",
      ),
    ),
  ),
);

const jsonAdapters: Array<[string, ChannelAdapter]> = [
  ["Aliyun SMS", createAliyunSmsAdapter({ pathToken: token, allowedIps: ["10.0.0.0/8"] })],
  ["Tencent SMS", createTencentSmsAdapter({ pathToken: token, allowedIps: [] })],
  ["generic SMS", createGenericSmsAdapter({ secret: token, maxSkewSeconds: 300 })],
  ["hotline", createHotlineAdapter({ auth: { kind: "bearer", token } })],
  ["web chat", createWebAdapter()],
];

describe("fuzz: JSON channels", () => {
  it.each(jsonAdapters)(
    "%s: parse gives messages or a ChannelInputError, verify never throws",
    (_name, adapter) => {
      fc.assert(
        fc.property(
          jsonBody,
          fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 50 })),
          (body, headers) => {
            const req = rawRequest("POST", `/channels/x/${token}`, body, headers, "10.1.2.3");
            verifyNeverThrows(adapter, req);
            onlyInputErrors(() => adapter.parse(req));
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});

describe("fuzz: Twilio", () => {
  const adapter = createTwilioSmsAdapter({ authToken: "12345", publicBaseUrl: "https://example.cn" });
  const form = fc
    .array(
      fc.tuple(
        fc.constantFrom("MessageSid", "From", "To", "Body", "X", "%", "="),
        fc.string({ unit: "binary", maxLength: 40 }),
      ),
    )
    .map((pairs) => Buffer.from(pairs.map(([k, x]) => `${k}=${encodeURIComponent(x)}`).join("&")));

  it("SMS webhook: parse and verify hold for arbitrary forms and bytes", () => {
    fc.assert(
      fc.property(fc.oneof(form, bytes), text, (body, signature) => {
        const req = rawRequest("POST", "/channels/sms/twilio?x=%ZZ", body, {
          "x-twilio-signature": signature,
        });
        verifyNeverThrows(adapter, req);
        onlyInputErrors(() => adapter.parse(req));
      }),
      { numRuns: RUNS },
    );
  });

  it("transcription mapper holds for arbitrary callbacks", () => {
    const callback = fc.record(
      {
        TranscriptionEvent: fc.constantFrom(
          "transcription-started",
          "transcription-content",
          "transcription-stopped",
          "x",
        ),
        CallSid: fc.string(),
        SequenceId: fc.oneof(fc.string(), fc.nat().map(String)),
        Track: fc.constantFrom("inbound_track", "outbound_track", "both"),
        Final: fc.constantFrom("true", "false", "yes"),
        TranscriptionData: fc.oneof(
          fc.string(),
          fc.jsonValue().map((x) => JSON.stringify(x)),
          fc.constant('{"transcript":"x"}'),
        ),
        Timestamp: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(callback, (form) =>
        onlyInputErrors(() => mapTwilioTranscription(form, { caller: "1", callee: "2" })),
      ),
      { numRuns: RUNS },
    );
  });

  it("Aliyun transcription mapper holds for arbitrary events", () => {
    const event = fc.oneof(
      fc.jsonValue(),
      fc.record({
        header: fc.record(
          { name: fc.constantFrom("SentenceEnd", "SentenceBegin", "x") },
          { requiredKeys: [] },
        ),
        payload: fc.record(
          {
            index: fc.oneof(fc.integer(), fc.double()),
            time: fc.integer(),
            begin_time: fc.integer(),
            result: fc.string(),
          },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(event, (input) =>
        onlyInputErrors(() => mapAliyunTranscription(input, { callId: "c", speaker: "caller" })),
      ),
      { numRuns: RUNS },
    );
  });
});
