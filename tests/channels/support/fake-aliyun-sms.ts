import { createHmac } from "node:crypto";
import { startFakeServer } from "./http-fake.js";

/** Aliyun's documented recipe, written independently: form-encode, then + → %20, * → %2A, %7E → ~. */
function aliyunDocEncode(value: string): string {
  return new URLSearchParams({ v: value })
    .toString()
    .slice(2)
    .replaceAll("+", "%20")
    .replaceAll("*", "%2A")
    .replaceAll("%7E", "~");
}

/** The RPC signature Aliyun expects on `form` (HMAC-SHA1 over the canonical query, key `secret&`). */
export function aliyunExpectedSignature(form: URLSearchParams, secret: string): string {
  const pairs = [...form.entries()].filter(([k]) => k !== "Signature").sort(([a], [b]) => (a < b ? -1 : 1));
  const canonical = pairs.map(([k, v]) => `${aliyunDocEncode(k)}=${aliyunDocEncode(v)}`).join("&");
  const toSign = `POST&${aliyunDocEncode("/")}&${aliyunDocEncode(canonical)}`;
  return createHmac("sha1", `${secret}&`).update(toSign).digest("base64");
}

/** The phone number the fake throttles (分钟级流控), to exercise a provider's refusal. */
export const ALIYUN_THROTTLED_PHONE = "13900000000";

/**
 * Aliyun's SendSms API (dysmsapi, version 2017-05-25) on a local port: checks the signature over
 * every parameter, answers as Aliyun does. The outbound tests and the pipeline bench both send to it.
 */
export async function startFakeAliyunSms(secret: string) {
  let accepted = 0;
  const server = await startFakeServer((req) => {
    const form = new URLSearchParams(req.body.toString());
    if (form.get("Signature") !== aliyunExpectedSignature(form, secret))
      return {
        status: 400,
        body: { Code: "SignatureDoesNotMatch", Message: "Specified signature is not matched" },
      };
    if (form.get("Action") !== "SendSms" || form.get("Version") !== "2017-05-25")
      return { status: 400, body: { Code: "InvalidAction" } };
    if (form.get("PhoneNumbers") === ALIYUN_THROTTLED_PHONE)
      return { status: 200, body: { Code: "isv.BUSINESS_LIMIT_CONTROL", Message: "触发分钟级流控" } };
    accepted++;
    return {
      status: 200,
      body: { Code: "OK", Message: "OK", BizId: "900619746936498440^0", RequestId: "F655A8D5" },
    };
  });
  return { ...server, accepted: () => accepted };
}
