/**
 * Stable codes for refused channel input. Operators grep logs for them and the HTTP layer maps
 * `status` to the response, so codes are never renamed.
 */
export type ChannelInputErrorCode =
  | "CHANNEL.PAYLOAD_TOO_LARGE"
  | "CHANNEL.BAD_ENCODING"
  | "CHANNEL.BAD_JSON"
  | "CHANNEL.BAD_FORM"
  | "CHANNEL.BAD_XML"
  | "CHANNEL.INVALID_PAYLOAD"
  | "CHANNEL.UNSUPPORTED_METHOD"
  | "WECHAT.MISSING_FIELD"
  | "WECHAT.UNKNOWN_MESSAGE"
  | "WECHAT.BAD_BASE64"
  | "WECHAT.BAD_CIPHERTEXT"
  | "WECHAT.BAD_PADDING"
  | "WECHAT.BAD_LENGTH"
  | "WECHAT.FOREIGN_APPID"
  | "WECHAT.AES_NOT_CONFIGURED"
  | "HOTLINE.BAD_TRANSCRIPTION_DATA";

/**
 * The one error a channel parser may throw: bad input from the outside world, never a bug.
 * Anything else escaping `parse()` is a defect (the fuzz tests enforce this).
 */
export class ChannelInputError extends Error {
  override readonly name = "ChannelInputError";

  constructor(
    readonly code: ChannelInputErrorCode,
    message: string,
    /** HTTP status the route should answer with (4xx: the sender must not retry blindly). */
    readonly status: 400 | 403 | 413 | 405 = 400,
  ) {
    super(message);
  }
}
