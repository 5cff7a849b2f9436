import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tencentMediaGet } from "../../channels/shared/tencent-media-get.js";
import { TencentApiError } from "../../channels/shared/tencent-json-api.js";
import { startFakeServer } from "../channels/support/http-fake.js";

/** The media/get download's failure classes: what the queue retries and what it gives up on. */
let slow: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  slow = await startFakeServer(async (req) => {
    if (req.path === "/hang") await new Promise((r) => setTimeout(r, 3_000));
    if (req.path === "/text-error")
      return {
        status: 200,
        body: '{"errcode":40007,"errmsg":"invalid media_id"}',
        contentType: "text/plain",
      };
    if (req.path === "/video") return { status: 200, body: { video_url: "http://example/v.mp4" } };
    return { status: 200, body: Buffer.from([0xff, 0xd8, 0xff, 0xe0]), contentType: "image/jpeg" };
  });
});
afterAll(async () => slow.close());

const get = (p: string, timeoutMs = 5_000) =>
  tencentMediaGet({
    fetch,
    url: `${slow.url}${p}`,
    timeoutMs,
    service: "WeChat",
    retryable: new Set([-1]),
    fail: (message, errcode, retryable) => new TencentApiError(message, errcode, retryable),
  });

describe("media/get", () => {
  it("a timeout is retryable", async () => {
    const error = await get("/hang", 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TencentApiError);
    expect(error).toMatchObject({ retryable: true, errcode: null });
  });

  it("an errcode labelled text/plain is read from the bytes; 40007 is final", async () => {
    expect(await get("/text-error").catch((e: unknown) => e)).toMatchObject({
      errcode: 40007,
      retryable: false,
    });
  });

  it("a JSON answer that is not a file (a video's URL) is final", async () => {
    expect(await get("/video").catch((e: unknown) => e)).toMatchObject({ retryable: false });
  });

  it("a file comes back with its bytes", async () => {
    const file = await get("/photo");
    expect(file.bytes[0]).toBe(0xff);
    expect(file.contentType).toBe("image/jpeg");
  });
});
