import { ChannelEnv } from "../channels.env.js";

export type SmsPurpose = "reply" | "status" | "survey" | "notice";

const SmsTemplateEnv = ChannelEnv.pick({
  SMS_TEMPLATE_REPLY: true,
  SMS_TEMPLATE_STATUS: true,
  SMS_TEMPLATE_SURVEY: true,
  SMS_TEMPLATE_NOTICE: true,
});

/**
 * The template configured for a purpose (`SMS_TEMPLATE_<PURPOSE>` = `CODE` or `CODE:p1,p2`) with its
 * parameters in the configured order, taken from `values`; a parameter named `text` or `content`
 * defaults to the message text (cut to one SMS segment). Undefined when no template is configured.
 */
export function smsTemplateFor(
  env: Readonly<Record<string, unknown>>,
  purpose: SmsPurpose,
  text: string,
  values: Record<string, string> = {},
): { code: string; params: Record<string, string> } | undefined {
  const spec = SmsTemplateEnv.parse(stringsOnly(env))[
    `SMS_TEMPLATE_${purpose.toUpperCase()}` as "SMS_TEMPLATE_REPLY"
  ];
  if (!spec) return undefined;
  const [code = "", names = ""] = spec.split(":");
  const params: Record<string, string> = {};
  for (const name of names.split(",").filter(Boolean)) {
    params[name] = values[name] ?? (name === "text" || name === "content" ? fitOneSegment(text) : "");
  }
  return { code, params };
}

/** A Chinese SMS segment holds 70 characters; longer texts are cut with an ellipsis. */
export function fitOneSegment(text: string, max = 70): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** The set variables as strings (the schemas see what a process environment would hold). */
export function stringsOnly(env: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([, v]) => v !== undefined && v !== "")
      .map(([k, v]) => [k, String(v)]),
  );
}
