import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small S3-compatible server: path-style PUT/GET/HEAD/DELETE object on one bucket, every request
 * checked against AWS Signature Version 4 (recomputed here from the spec, independently of the
 * client library) and the payload hash. A wrong key or a tampered body gets S3's 403 error body.
 */
export async function startFakeS3(opts: {
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const state = { requests: 0, rejected: 0, failNext: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      state.requests++;
      const body = Buffer.concat(chunks);
      const reply = (status: number, payload: Buffer | string = "", headers: Record<string, string> = {}) => {
        res.writeHead(status, headers);
        res.end(req.method === "HEAD" ? undefined : payload);
      };
      const s3Error = (status: number, code: string) =>
        reply(status, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`, {
          "content-type": "application/xml",
        });
      if (state.failNext > 0) {
        state.failNext--;
        return s3Error(503, "SlowDown");
      }
      const problem = verifySigV4(req, body, opts);
      if (problem) {
        state.rejected++;
        return s3Error(403, problem);
      }
      const url = new URL(req.url ?? "/", "http://fake");
      const [, bucket, ...rest] = url.pathname.split("/");
      if (bucket !== opts.bucket) return s3Error(404, "NoSuchBucket");
      const key = rest.map(decodeURIComponent).join("/");
      if (!key) return s3Error(400, "InvalidRequest");
      const object = objects.get(key);
      switch (req.method) {
        case "PUT":
          objects.set(key, { body, contentType: req.headers["content-type"] ?? "application/octet-stream" });
          return reply(200, "", { etag: `"${createHash("md5").update(body).digest("hex")}"` });
        case "GET":
        case "HEAD":
          if (!object) return s3Error(404, "NoSuchKey");
          return reply(200, object.body, {
            "content-type": object.contentType,
            "content-length": String(object.body.length),
          });
        case "DELETE":
          objects.delete(key);
          return reply(204);
        default:
          return s3Error(405, "MethodNotAllowed");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data, "utf8").digest();
const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/** Null when the request is signed correctly; otherwise S3's error code. */
function verifySigV4(
  req: IncomingMessage,
  body: Buffer,
  opts: { accessKeyId: string; secretAccessKey: string; region: string },
): string | null {
  const auth = req.headers.authorization ?? "";
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m) return "AccessDenied";
  const [, akid, day, region, signedHeaders, signature] = m as unknown as string[];
  if (akid !== opts.accessKeyId) return "InvalidAccessKeyId";
  if (region !== opts.region) return "AuthorizationHeaderMalformed";
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  if (!amzDate.startsWith(day!)) return "AccessDenied";
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) return "XAmzContentSHA256Mismatch";
  const url = new URL(req.url ?? "/", "http://fake");
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const names = signedHeaders!.split(";");
  if (!names.includes("host")) return "AccessDenied";
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const canonicalRequest = [
    req.method,
    url.pathname,
    query,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonicalRequest)].join("\n");
  let key = hmac(`AWS4${opts.secretAccessKey}`, day!);
  for (const part of [region!, "s3", "aws4_request"]) key = hmac(key, part);
  const expected = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  return expected === signature ? null : "SignatureDoesNotMatch";
}
