import { z } from "zod";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HHMM = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a local time "HH:mm" (00:00–24:00), e.g. "08:30"');
const LOCAL_DATETIME = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d$/,
    'a local date and time "YYYY-MM-DD HH:mm", e.g. "2027-02-10 08:00"',
  );

export const DutyOfficer = z.strictObject({
  /** Stable id the shifts refer to (letters, digits, dot, dash, underscore). */
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, "letters, digits, . _ - (e.g. wang.li)"),
  name: z.string().trim().min(1).max(40),
  /** The phone the alarm SMS goes to (a mobile, or a landline with area code). */
  phone: z.string().regex(/^\+?\d[\d-]{4,19}$/, "a phone number, e.g. 13912345678 or 0931-8881234"),
  /** WeCom (企业微信) userid, for the WeCom alarm once that sender is configured. */
  wecomUserId: z.string().min(1).max(64).optional(),
});
export type DutyOfficer = z.infer<typeof DutyOfficer>;

/**
 * A weekly shift in the centre's local time. `to` earlier than (or equal to) `from` crosses
 * midnight: mon 20:00–08:00 covers Monday evening and Tuesday morning.
 */
export const DutyShift = z.strictObject({
  officer: z.string().min(1),
  days: z.array(z.enum(WEEKDAYS)).min(1),
  from: HHMM,
  to: HHMM,
});
export type DutyShift = z.infer<typeof DutyShift>;

/** A dated replacement (holidays, swaps): while it runs it wins over every weekly shift. */
export const DutyOverride = z.strictObject({
  officer: z.string().min(1),
  from: LOCAL_DATETIME,
  to: LOCAL_DATETIME,
  note: z.string().max(200).optional(),
});
export type DutyOverride = z.infer<typeof DutyOverride>;

/** config/duty.json: the centre's 7×24 duty roster (值班表). */
export const DutyRoster = z
  .strictObject({
    officers: z.array(DutyOfficer).min(1),
    shifts: z.array(DutyShift).default([]),
    overrides: z.array(DutyOverride).default([]),
  })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    r.officers.forEach((o, i) => {
      if (ids.has(o.id))
        ctx.addIssue({
          code: "custom",
          path: ["officers", i, "id"],
          message: `duplicate officer id "${o.id}"`,
        });
      ids.add(o.id);
    });
    const known = (list: { officer: string }[], key: "shifts" | "overrides") =>
      list.forEach((s, i) => {
        if (!ids.has(s.officer))
          ctx.addIssue({
            code: "custom",
            path: [key, i, "officer"],
            message: `unknown officer id "${s.officer}" (list the person under "officers")`,
          });
      });
    known(r.shifts, "shifts");
    known(r.overrides, "overrides");
    r.shifts.forEach((s, i) => {
      if (s.from === "24:00")
        ctx.addIssue({
          code: "custom",
          path: ["shifts", i, "from"],
          message: 'a shift starts at 00:00, not "24:00"',
        });
    });
    r.overrides.forEach((o, i) => {
      if (o.to <= o.from)
        ctx.addIssue({
          code: "custom",
          path: ["overrides", i, "to"],
          message: `ends ("${o.to}") before it starts ("${o.from}")`,
        });
    });
  });
export type DutyRoster = z.infer<typeof DutyRoster>;
