import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MediaFetchError } from "../../channels/port.js";
import { wechatKfModule } from "../../channels/wechat-kf/wechat-kf.module.js";
import { createChannelPort } from "../../src/channels-runtime/channel-port.js";
import { createTestEnv, type TestEnv } from "../support/test-context.js";
import { startFakeWecomKf } from "../channels/support/fake-wecom-kf.js";
import { KF, kfEnv } from "../channels/support/wecom-kf-http.js";
import { png } from "./support/images.js";

/** 微信客服 photos come through WeCom's media/get with the WeCom token (the same job as WeChat's). */
let t: TestEnv;
let wecom: Awaited<ReturnType<typeof startFakeWecomKf>>;

beforeAll(async () => {
  wecom = await startFakeWecomKf(KF.corpId, KF.secret);
  t = await createTestEnv({ env: kfEnv(wecom.url) });
});
afterAll(async () => {
  await t.close();
  await wecom.close();
});

describe("微信客服 media source", () => {
  it("downloads a customer's photo with the WeCom token, and gives up for good on 40007", async () => {
    const photo = await png("#335577");
    wecom.state.media.set("KF_MEDIA_1", { bytes: photo, contentType: "image/png" });
    const source = wechatKfModule.createMediaSource!(createChannelPort(t.ctx, "wechat-kf"))!;
    const got = await source.fetchMedia({ mediaId: "KF_MEDIA_1", mediaUrl: null });
    expect(got.bytes.equals(photo)).toBe(true);

    const gone = await source.fetchMedia({ mediaId: "KF_EXPIRED", mediaUrl: null }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(MediaFetchError);
    expect(gone).toMatchObject({ retryable: false });
  });

  it("reports a 5xx as retryable", async () => {
    const source = wechatKfModule.createMediaSource!(createChannelPort(t.ctx, "wechat-kf"))!;
    wecom.state.script.push("http500");
    const busy = await source.fetchMedia({ mediaId: "KF_MEDIA_1", mediaUrl: null }).catch((e: unknown) => e);
    expect(busy).toMatchObject({ retryable: true });
  });
});
