import { describe, expect, it } from "vitest";
import type { ChannelPort } from "../../../channels/port.js";
import { wechatKfModule } from "../../../channels/wechat-kf/wechat-kf.module.js";
import { EnvError, parseEnv } from "../../../src/runtime/env.schema.js";
import { KF, kfEnv } from "../support/wecom-kf-http.js";

function problems(vars: Record<string, string>): string[] {
  try {
    parseEnv(vars);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("微信客服 settings", () => {
  it("are read at boot from the module's own schema", () => {
    const env = parseEnv(kfEnv("http://127.0.0.1:9"));
    expect((env as Record<string, unknown>)["WECHAT_KF_MAX_SKEW_SECONDS"]).toBe(300);
  });

  it("refuse a half-configured channel, naming the missing keys and no values", () => {
    const found = problems({ WECHAT_KF_CORP_ID: KF.corpId, WECHAT_KF_TOKEN: KF.token });
    expect(found).toEqual([expect.stringContaining("WECHAT_KF_ENCODING_AES_KEY")]);
    expect(found.join("\n")).not.toContain(KF.token);
  });

  it("name a malformed key without echoing the secret", () => {
    const secret = "not-a-valid-aes-key-but-still-secret";
    const found = problems({ ...kfEnv("http://127.0.0.1:9"), WECHAT_KF_ENCODING_AES_KEY: secret });
    expect(found).toEqual([expect.stringMatching(/^WECHAT_KF_ENCODING_AES_KEY: .*43 base64/)]);
    expect(found.join("\n")).not.toContain(secret);
  });

  it("leave the channel unmounted and unable to send when unset", () => {
    const port = { env: {}, now: () => new Date() } as unknown as ChannelPort;
    expect(wechatKfModule.createRoutes!(port)).toBeNull();
    expect(wechatKfModule.createDelivery!(port)).toBeNull();
  });
});
