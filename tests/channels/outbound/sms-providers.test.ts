import { createHash, createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmsProvider, smsTemplateFor } from "../../../channels/sms/create-sms-provider.js";
import { SmsSendError } from "../../../channels/sms/sms-provider.js";
import { verifyHmacSha256Header } from "../../../channels/shared/verify-hmac-sha256-header.js";
import { startFakeAliyunSms } from "../support/fake-aliyun-sms.js";
import { startFakeServer, type FakeRequest } from "../support/http-fake.js";

const NOW = new Date("2026-11-21T02:00:00Z");

/** Tencent's signature v3 steps (docs "签名方法 v3"), written out step by step. */
function tencentExpectedAuthorization(req: FakeRequest, secretId: string, secretKey: string): string {
  const timestamp = Number(req.headers["x-tc-timestamp"]);
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const hashedPayload = createHash("sha256").update(req.body).digest("hex");
  const canonicalHeaders = `content-type:${String(req.headers["content-type"])}\nhost:${String(req.headers["host"])}\n`;
  const canonicalRequest = `POST\n/\n\n${canonicalHeaders}\ncontent-type;host\n${hashedPayload}`;
  const credentialScope = `${date}/sms/tc3_request`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${credentialScope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`;
  const kDate = createHmac("sha256", `TC3${secretKey}`).update(date).digest();
  const kService = createHmac("sha256", kDate).update("sms").digest();
  const kSigning = createHmac("sha256", kService).update("tc3_request").digest();
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  return `TC3-HMAC-SHA256 Credential=${secretId}/${credentialScope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

const fakes: Array<{ close(): Promise<void> }> = [];
let twilio: Awaited<ReturnType<typeof startFakeServer>>;
let aliyun: Awaited<ReturnType<typeof startFakeAliyunSms>>;
let tencent: Awaited<ReturnType<typeof startFakeServer>>;
let generic: Awaited<ReturnType<typeof startFakeServer>>;

beforeAll(async () => {
  twilio = await startFakeServer((req) => {
    const expected = `Basic ${Buffer.from("AC123:tw-secret").toString("base64")}`;
    if (req.headers.authorization !== expected)
      return { status: 401, body: { code: 20003, message: "Authenticate" } };
    const form = new URLSearchParams(req.body.toString());
    if (form.get("To") === "+15005550001")
      return { status: 400, body: { code: 21211, message: "Invalid 'To' Phone Number" } };
    return { status: 201, body: { sid: `SM${form.get("To")?.slice(-4)}`, status: "queued" } };
  });
  aliyun = await startFakeAliyunSms("ali-secret");
  tencent = await startFakeServer((req) => {
    if (req.headers.authorization !== tencentExpectedAuthorization(req, "AKIDtest", "tc-secret")) {
      return {
        status: 200,
        body: {
          Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: "bad" }, RequestId: "r" },
        },
      };
    }
    const body = JSON.parse(req.body.toString()) as { PhoneNumberSet: string[]; TemplateParamSet: string[] };
    return {
      status: 200,
      body: {
        Response: {
          SendStatusSet: [
            { SerialNo: "2640:1", PhoneNumber: body.PhoneNumberSet[0], Code: "Ok", Message: "send success" },
          ],
          RequestId: "r",
        },
      },
    };
  });
  generic = await startFakeServer((req) => {
    const verdict = verifyHmacSha256Header(
      { method: "POST", url: "/", headers: req.headers, rawBody: req.body, query: {} },
      { secret: "generic-secret-0123456789", maxSkewSeconds: 300, now: () => NOW },
    );
    if (!verdict.ok) return { status: 401, body: { error: { code: verdict.code } } };
    return { status: 200, body: { messageId: "gw-1" } };
  });
  fakes.push(twilio, aliyun, tencent, generic);
});
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

/** Providers configured against the local fakes (credentials match what the fakes verify). */
const twilioProvider = () =>
  createSmsProvider({
    SMS_PROVIDER: "twilio",
    TWILIO_ACCOUNT_SID: "AC123",
    TWILIO_AUTH_TOKEN: "tw-secret",
    TWILIO_FROM: "+15005550006",
    TWILIO_API_BASE: twilio.url,
  })!;
const aliyunProvider = () =>
  createSmsProvider({
    SMS_PROVIDER: "aliyun",
    ALIYUN_ACCESS_KEY_ID: "LTAItest",
    ALIYUN_ACCESS_KEY_SECRET: "ali-secret",
    ALIYUN_SMS_SIGN_NAME: "直通平台",
    ALIYUN_SMS_API_BASE: aliyun.url,
  })!;

describe("SMS providers against fakes speaking their protocols", () => {
  it("sends free text through Twilio's Messages API with Basic auth", async () => {
    const provider = twilioProvider();
    expect(await provider.send({ to: "13912345678", text: "您的诉求已受理，编号ZT20261121-0001。" })).toEqual(
      { providerMessageId: "SM5678" },
    );
    const form = new URLSearchParams(twilio.requests.at(-1)!.body.toString());
    expect(twilio.requests.at(-1)!.path).toBe("/2010-04-01/Accounts/AC123/Messages.json");
    expect(form.get("To")).toBe("+8613912345678");
    expect(form.get("From")).toBe("+15005550006");
  });

  it("reports a refused Twilio number as not retryable", async () => {
    const provider = twilioProvider();
    await expect(provider.send({ to: "+15005550001", text: "x" })).rejects.toMatchObject({
      retryable: false,
      providerCode: "21211",
    });
  });

  it("signs Aliyun SendSms the documented way and sends the configured template", async () => {
    const env = {
      SMS_PROVIDER: "aliyun",
      ALIYUN_ACCESS_KEY_ID: "LTAItest",
      ALIYUN_ACCESS_KEY_SECRET: "ali-secret",
      ALIYUN_SMS_SIGN_NAME: "直通平台",
      ALIYUN_SMS_API_BASE: aliyun.url,
      SMS_TEMPLATE_STATUS: "SMS_123456:ref,text",
    };
    const provider = createSmsProvider(env, { now: () => NOW })!;
    expect(provider.templatesOnly).toBe(true);
    const template = smsTemplateFor(env, "status", "您反映的问题已办结，感谢您的监督！", {
      ref: "ZT20261121-0001",
    });
    expect(template).toEqual({
      code: "SMS_123456",
      params: { ref: "ZT20261121-0001", text: "您反映的问题已办结，感谢您的监督！" },
    });
    const result = await provider.send({ to: "+8613912345678", text: "x", template: template! });
    expect(result.providerMessageId).toBe("900619746936498440^0");
    const form = new URLSearchParams(aliyun.requests.at(-1)!.body.toString());
    expect(form.get("PhoneNumbers")).toBe("13912345678");
    expect(form.get("Timestamp")).toBe("2026-11-21T02:00:00Z");
    expect(JSON.parse(form.get("TemplateParam")!)).toEqual(template!.params);
  });

  it("treats Aliyun flow control as retryable", async () => {
    const provider = aliyunProvider();
    await expect(
      provider.send({ to: "13900000000", text: "x", template: { code: "SMS_1", params: {} } }),
    ).rejects.toMatchObject({
      retryable: true,
      providerCode: "isv.BUSINESS_LIMIT_CONTROL",
    });
  });

  it("refuses to send without a template on a template-only provider", async () => {
    const provider = aliyunProvider();
    const error = await provider.send({ to: "13912345678", text: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsSendError);
    expect((error as SmsSendError).retryable).toBe(false);
  });

  it("signs Tencent SendSms with TC3-HMAC-SHA256 and passes the parameters in order", async () => {
    const provider = createSmsProvider(
      {
        SMS_PROVIDER: "tencent",
        TENCENT_SECRET_ID: "AKIDtest",
        TENCENT_SECRET_KEY: "tc-secret",
        TENCENT_SMS_SDK_APP_ID: "1400000000",
        TENCENT_SMS_SIGN_NAME: "直通平台",
        TENCENT_SMS_API_BASE: tencent.url,
      },
      { now: () => NOW },
    )!;
    const result = await provider.send({
      to: "13912345678",
      text: "x",
      template: { code: "449739", params: { ref: "ZT1", status: "已受理" } },
    });
    expect(result.providerMessageId).toBe("2640:1");
    const sent = tencent.requests.at(-1)!;
    expect(sent.headers["x-tc-action"]).toBe("SendSms");
    expect(JSON.parse(sent.body.toString())).toMatchObject({
      PhoneNumberSet: ["+8613912345678"],
      TemplateId: "449739",
      TemplateParamSet: ["ZT1", "已受理"],
    });
  });

  it("signs the generic gateway's JSON with Zhitong's HMAC header", async () => {
    const provider = createSmsProvider(
      {
        SMS_PROVIDER: "generic",
        GENERIC_SMS_SEND_URL: `${generic.url}/send`,
        GENERIC_SMS_SECRET: "generic-secret-0123456789",
      },
      { now: () => NOW },
    )!;
    expect(await provider.send({ to: "13912345678", text: "测试", idempotencyKey: "zt-out-1" })).toEqual({
      providerMessageId: "gw-1",
    });
    expect(JSON.parse(generic.requests.at(-1)!.body.toString())).toMatchObject({
      to: "13912345678",
      text: "测试",
      idempotencyKey: "zt-out-1",
    });
  });

  it("reads a gateway that drops the connection or answers a page as a failure to retry later", async () => {
    // Node's own HTTP client carries the sends (not the global fetch): its failures must still be
    // SmsSendError, retryable, so the notice is tried again instead of lost or crashing the worker.
    let mode: "drop" | "html" = "drop";
    const server = createServer((req, res) => {
      req.resume();
      if (mode === "drop") req.socket.destroy();
      else res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const provider = createSmsProvider({
        SMS_PROVIDER: "aliyun",
        ALIYUN_ACCESS_KEY_ID: "LTAItest",
        ALIYUN_ACCESS_KEY_SECRET: "ali-secret",
        ALIYUN_SMS_SIGN_NAME: "直通平台",
        ALIYUN_SMS_API_BASE: base,
      })!;
      const send = () =>
        provider.send({ to: "13912345678", text: "x", template: { code: "SMS_1", params: {} } });
      const dropped = await send().catch((e: unknown) => e);
      expect(dropped).toBeInstanceOf(SmsSendError);
      expect(dropped).toMatchObject({ retryable: true });
      expect((dropped as Error).message).toMatch(/^Aliyun SMS unreachable/);
      mode = "html";
      await expect(send()).rejects.toMatchObject({ retryable: true, providerCode: "HTTP502" });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("names the missing settings of an incomplete provider", () => {
    expect(() => createSmsProvider({ SMS_PROVIDER: "tencent", TENCENT_SECRET_ID: "x" })).toThrow(
      /TENCENT_SECRET_KEY/,
    );
    expect(createSmsProvider({})).toBeNull();
  });
});
