import type { z } from "zod";
import { ChannelInputError } from "../channel-input-error.js";

/** Validates provider input with zod; failures become `CHANNEL.INVALID_PAYLOAD` naming the bad fields. */
export function validatePayload<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const detail = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new ChannelInputError("CHANNEL.INVALID_PAYLOAD", `invalid ${what}: ${detail}`);
}
