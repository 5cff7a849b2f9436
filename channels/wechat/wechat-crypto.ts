import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ChannelInputError } from "../channel-input-error.js";

/** WeChat pads to 32-byte blocks (WXBizMsgCrypt `PKCS7Encoder.block_size = 32`), not AES's 16. */
const BLOCK_SIZE = 32;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface DecryptedWechatMessage {
  message: string;
  appid: string;
  random: Buffer;
  pad: number;
}

export interface WechatCipher {
  /** Encrypts `message` for `Encrypt`: base64(AES-256-CBC(random16 ‖ len32be ‖ msg ‖ appid ‖ pad)). */
  encrypt(message: string, random16?: Buffer): string;
  /**
   * Decrypts an `Encrypt` value or safe-mode `echostr` and checks the trailing appid/corpid.
   * Throws {@link ChannelInputError} on bad base64, ciphertext, padding, length or a foreign appid.
   */
  decrypt(encrypted: string): DecryptedWechatMessage;
}

/**
 * AES for WeChat safe mode. Key = base64decode(EncodingAESKey + "="), IV = the key's first 16 bytes.
 * Padding is PKCS#7 to 32 bytes done by hand: pads of 17–32 bytes are legal here, and Node's automatic
 * PKCS#7 (16-byte blocks) would reject them as "bad decrypt".
 */
export function createWechatCipher(encodingAesKey: string, appid: string): WechatCipher {
  const key = decodeAesKey(encodingAesKey);
  const iv = key.subarray(0, 16);

  return {
    encrypt(message, random16 = randomBytes(16)) {
      if (random16.length !== 16) throw new RangeError("random16 must be 16 bytes");
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length, 0);
      const plain = pkcs7Pad(Buffer.concat([random16, length, body, Buffer.from(appid, "utf8")]));
      const cipher = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
    },

    decrypt(encrypted) {
      if (!BASE64.test(encrypted))
        throw new ChannelInputError("WECHAT.BAD_BASE64", "Encrypt is not valid base64");
      const ciphertext = Buffer.from(encrypted, "base64");
      if (ciphertext.length === 0 || ciphertext.length % BLOCK_SIZE !== 0) {
        throw new ChannelInputError(
          "WECHAT.BAD_CIPHERTEXT",
          "ciphertext is not a whole number of 32-byte blocks",
        );
      }
      const decipher = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
      const pad = pkcs7PadLength(plain);
      const content = plain.subarray(0, plain.length - pad);
      if (content.length < 20)
        throw new ChannelInputError("WECHAT.BAD_LENGTH", "decrypted payload too short");
      const messageLength = content.readUInt32BE(16);
      if (20 + messageLength > content.length) {
        throw new ChannelInputError("WECHAT.BAD_LENGTH", "message length exceeds decrypted payload");
      }
      const message = decodeStrictUtf8(content.subarray(20, 20 + messageLength));
      const tail = content.subarray(20 + messageLength).toString("utf8");
      if (tail !== appid) {
        throw new ChannelInputError("WECHAT.FOREIGN_APPID", "message was encrypted for another appid", 403);
      }
      return { message, appid: tail, random: content.subarray(0, 16), pad };
    },
  };
}

function decodeAesKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    // A configuration mistake, not bad input: fail at boot, loudly.
    throw new RangeError("EncodingAESKey must be 43 base64 characters");
  }
  return Buffer.from(`${encodingAesKey}=`, "base64");
}

/** Appends 1–32 bytes each equal to the pad length. */
export function pkcs7Pad(data: Buffer): Buffer {
  const pad = BLOCK_SIZE - (data.length % BLOCK_SIZE);
  return Buffer.concat([data, Buffer.alloc(pad, pad)]);
}

/** Reads and checks the pad: its length is 1–32 and every pad byte equals it. */
export function pkcs7PadLength(data: Buffer): number {
  const pad = data.at(-1) ?? 0;
  if (pad < 1 || pad > BLOCK_SIZE || pad > data.length) {
    throw new ChannelInputError("WECHAT.BAD_PADDING", "invalid PKCS#7 padding length");
  }
  for (let i = data.length - pad; i < data.length; i++) {
    if (data[i] !== pad)
      throw new ChannelInputError("WECHAT.BAD_PADDING", "inconsistent PKCS#7 padding bytes");
  }
  return pad;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function decodeStrictUtf8(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new ChannelInputError("CHANNEL.BAD_ENCODING", "decrypted message is not valid UTF-8");
  }
}
