/**
 * `GET /cgi-bin/media/get` as WeChat official accounts and WeCom both serve it (临时素材, kept three
 * days): success is the file itself; a failure is the usual `{errcode, errmsg}` JSON, sometimes
 * labelled text/plain — so the bytes decide, not the label.
 */
export async function tencentMediaGet(c: {
  fetch: typeof fetch;
  url: string;
  timeoutMs: number;
  service: string;
  retryable: ReadonlySet<number>;
  fail: (message: string, errcode: number | null, retryable: boolean, unsent?: boolean) => Error;
}): Promise<{ bytes: Buffer; contentType: string | null }> {
  let res: Response;
  let bytes: Buffer;
  try {
    res = await c.fetch(c.url, { signal: AbortSignal.timeout(c.timeoutMs) });
    bytes = Buffer.from(await res.arrayBuffer());
  } catch (error) {
    throw c.fail(`${c.service} media/get unreachable: ${(error as Error).message}`, null, true);
  }
  if (!res.ok)
    throw c.fail(`${c.service} media/get HTTP ${res.status}`, null, res.status >= 500 || res.status === 429);
  if (bytes[0] === 0x7b) {
    const body = parseJsonObject(bytes);
    if (body && typeof body.errcode === "number" && body.errcode !== 0)
      throw c.fail(
        `${c.service} errcode ${body.errcode}: ${typeof body.errmsg === "string" ? body.errmsg : ""}`.trim(),
        body.errcode,
        c.retryable.has(body.errcode),
      );
    // A video answers {"video_url": …}; Zhitong does not fetch videos.
    if (body) throw c.fail(`${c.service} media/get answered JSON, not a file`, null, false);
  }
  return { bytes, contentType: res.headers.get("content-type") };
}

function parseJsonObject(bytes: Buffer): { errcode?: unknown; errmsg?: unknown } | null {
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    return value && typeof value === "object" ? (value as { errcode?: unknown; errmsg?: unknown }) : null;
  } catch {
    return null;
  }
}
