import { MediaFetchError, type ChannelPort, type MediaSource } from "../port.js";
import { wechatApiWithToken } from "./wechat-access-token.js";
import { WechatApiError } from "./wechat-api.js";

/**
 * Photos and voice residents send to the official account, fetched with `media/get` under the
 * shared access token (renewed once when WeChat rejects it). Null when WECHAT_APPID/APPSECRET are unset.
 */
export function createWechatMediaSource(port: ChannelPort): MediaSource | null {
  const session = wechatApiWithToken(port);
  if (!session) return null;
  const { api, token } = session;
  return {
    async fetchMedia(ref) {
      if (!ref.mediaId) throw new MediaFetchError("WeChat message without MediaId", false);
      const mediaId = ref.mediaId;
      const current = await token.get();
      try {
        try {
          return await api.getMedia(current, mediaId);
        } catch (error) {
          if (!(error instanceof WechatApiError && error.tokenRejected)) throw error;
          return await api.getMedia(await token.renew(current), mediaId);
        }
      } catch (error) {
        if (error instanceof WechatApiError) throw new MediaFetchError(error.message, error.retryable);
        throw error;
      }
    },
  };
}
