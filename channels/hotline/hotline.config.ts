import { z } from "zod";

/** Hotline feed authentication: HMAC (preferred) or a bearer token, whichever the STT vendor supports. */
export const HotlineConfig = z.object({
  HOTLINE_HMAC_SECRET: z.string().min(16).optional(),
  HOTLINE_BEARER_TOKEN: z.string().min(16).optional(),
  HOTLINE_MAX_SKEW_SECONDS: z.coerce.number().int().min(0).default(300),
});
export type HotlineConfig = z.infer<typeof HotlineConfig>;
