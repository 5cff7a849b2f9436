import { describe, expect, it } from "vitest";
import { preflight } from "../../src/runtime/config-preflight.js";
import { checkEnv } from "../../src/runtime/env.schema.js";

describe("media settings", () => {
  it("default to local files with the documented limits", () => {
    const { env } = checkEnv({});
    expect(env).toMatchObject({
      MEDIA_STORE: "local",
      MEDIA_MAX_IMAGE_BYTES: 10 * 1024 * 1024,
      MEDIA_MAX_VOICE_BYTES: 2 * 1024 * 1024,
      RESULT_LINK_DAYS: 30,
    });
  });

  it("S3 mode names each missing key and never prints a value", () => {
    const secret = "very-secret-value-123456";
    const { env, problems } = checkEnv({ MEDIA_STORE: "s3", MEDIA_S3_SECRET_ACCESS_KEY: secret });
    expect(env).toBeUndefined();
    expect(problems).toEqual([
      "MEDIA_S3_ENDPOINT: must be set when MEDIA_STORE=s3",
      "MEDIA_S3_BUCKET: must be set when MEDIA_STORE=s3",
      "MEDIA_S3_ACCESS_KEY_ID: must be set when MEDIA_STORE=s3",
    ]);
    expect(problems.join("\n")).not.toContain(secret);
  });

  it("refuses a malformed endpoint, bucket, store or limit by key", async () => {
    const result = await preflight(
      {
        MEDIA_STORE: "ftp",
        MEDIA_S3_ENDPOINT: "not a url",
        MEDIA_S3_BUCKET: "Bad_Bucket",
        MEDIA_MAX_IMAGE_BYTES: "-5",
      },
      { configDir: "./config" },
    );
    const text = result.problems.join("\n");
    for (const key of ["MEDIA_STORE", "MEDIA_S3_ENDPOINT", "MEDIA_S3_BUCKET", "MEDIA_MAX_IMAGE_BYTES"])
      expect(text).toContain(`environment: ${key}:`);
    expect(text).not.toContain("Bad_Bucket");
  });

  it("accepts a complete S3 configuration", () => {
    const { env, problems } = checkEnv({
      MEDIA_STORE: "s3",
      MEDIA_S3_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
      MEDIA_S3_BUCKET: "zhitong-media",
      MEDIA_S3_REGION: "oss-cn-hangzhou",
      MEDIA_S3_ACCESS_KEY_ID: "AKID",
      MEDIA_S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(problems).toEqual([]);
    expect(env?.MEDIA_STORE).toBe("s3");
  });
});
