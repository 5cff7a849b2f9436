import { AwsClient } from "aws4fetch";
import { assertSafeKey, type ObjectStore } from "./object-store.js";

export interface S3Settings {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn, https://oss-cn-hangzhou.aliyuncs.com, http://minio:9000 */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Any S3-compatible object store (AWS S3, MinIO, Aliyun OSS and Tencent COS in S3 mode), addressed
 * path-style (`<endpoint>/<bucket>/<key>`), which every one of them accepts. Requests are signed with
 * SigV4 by aws4fetch: four verbs on single objects is all Zhitong needs, which does not justify the
 * AWS SDK's many megabytes.
 */
export function createS3ObjectStore(s: S3Settings): ObjectStore {
  const client = new AwsClient({
    accessKeyId: s.accessKeyId,
    secretAccessKey: s.secretAccessKey,
    region: s.region,
    service: "s3",
    retries: 0,
  });
  const base = `${s.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(s.bucket)}`;
  const doFetch = s.fetch ?? fetch;
  const timeoutMs = s.timeoutMs ?? 20_000;
  const call = async (method: string, key: string, body?: Buffer, contentType?: string) => {
    assertSafeKey(key);
    const signed = await client.sign(`${base}/${key}`, {
      method,
      ...(body
        ? {
            body: new Uint8Array(body),
            headers: { "content-type": contentType ?? "application/octet-stream" },
          }
        : {}),
    });
    return doFetch(signed, { signal: AbortSignal.timeout(timeoutMs) });
  };
  const fail = async (what: string, res: Response): Promise<never> => {
    // The S3 error body names the code (AccessDenied, NoSuchBucket); never the credentials.
    const text = (await res.text().catch(() => "")).slice(0, 300);
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? "";
    throw new Error(`object store ${what} failed: HTTP ${res.status} ${code}`.trim());
  };
  return {
    mode: "s3",
    async put(key, bytes, contentType) {
      const res = await call("PUT", key, bytes, contentType);
      if (!res.ok) await fail("PUT", res);
      await res.arrayBuffer();
    },
    async get(key) {
      const res = await call("GET", key);
      if (res.status === 404) {
        await res.arrayBuffer();
        return null;
      }
      if (!res.ok) await fail("GET", res);
      return Buffer.from(await res.arrayBuffer());
    },
    async exists(key) {
      const res = await call("HEAD", key);
      await res.arrayBuffer();
      if (res.status === 404) return false;
      if (!res.ok) throw new Error(`object store HEAD failed: HTTP ${res.status}`);
      return true;
    },
    async delete(key) {
      const res = await call("DELETE", key);
      if (!res.ok && res.status !== 404) await fail("DELETE", res);
      await res.arrayBuffer();
    },
  };
}
