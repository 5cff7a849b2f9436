import { z } from "zod";
import { Tier, Urgency } from "./taxonomy.schema.js";

export const UNIT_LEVELS = ["city", "district", "street", "community", "department", "utility"] as const;
export const UnitLevel = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevel>;

/**
 * Who in WeCom (企业微信) receives the unit's notices: member userids (账号, case-insensitive in
 * WeCom, 1–64 characters), department ids (部门ID) and tag ids (标签ID). WeCom takes at most 1000
 * users and 100 departments or tags per message.
 */
export const UnitWecom = z
  .strictObject({
    users: z
      .array(z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, "a WeCom userid (账号): letters, digits, _ . @ -"))
      .max(1000)
      .default([]),
    parties: z
      .array(
        z.union([z.number().int().positive(), z.string().regex(/^\d{1,10}$/, "a department id (digits)")]),
      )
      .max(100)
      .transform((a) => a.map(String))
      .default([]),
    tags: z
      .array(z.union([z.number().int().positive(), z.string().regex(/^\d{1,10}$/, "a tag id (digits)")]))
      .max(100)
      .transform((a) => a.map(String))
      .default([]),
  })
  .refine((w) => w.users.length + w.parties.length + w.tags.length > 0, {
    message: "name at least one of users, parties or tags (or remove wecom)",
  });
export type UnitWecom = z.infer<typeof UnitWecom>;

export const Unit = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_.-]*$/, "use lower-case ids such as community.luxi"),
  name: z.string().min(1),
  level: UnitLevel,
  parent: z.string().optional(),
  /** The duty phone that receives dispatch SMS. */
  phone: z
    .string()
    .regex(/^\+?\d{5,15}$/, "digits only, e.g. 13800000001")
    .optional(),
  /** WeCom recipients of the unit's notices; the duty phone stays the fallback (docs/dispatch.md). */
  wecom: UnitWecom.optional(),
  /** Place names residents use (compounds, streets, schools) that belong to this unit. */
  places: z.array(z.string().min(1)).default([]),
  /**
   * The street each of its places that is no street stands on (恒汇大厦 → 滨河商业街): one resident
   * names the building, another its street, and the duplicate search offers such pairs. None by default.
   */
  streets: z.record(z.string().min(1), z.string().min(1)).optional(),
});
export type Unit = z.infer<typeof Unit>;

const positive = z.number().positive();

export const Policy = z.strictObject({
  acceptWithinHours: z.strictObject({ yellow: positive, red: positive }),
  firstContactMinutes: positive.default(30),
  resolveWorkingDays: z.record(Tier, positive),
  resolveHours: z.strictObject({ emergency: positive, urgent: positive }),
  survey: z.strictObject({
    delayHours: z.number().min(0),
    retryHours: z.array(positive),
    spotCheckRate: z.number().min(0).max(1),
  }),
  reopenRaisesTier: z.boolean().default(true),
  /**
   * The unit whose duty phone is alarmed by SMS when an emergency cannot be routed to any unit
   * (no place, no category); the centre by default.
   */
  dutyUnit: z.string().min(1).default("centre"),
  /**
   * 办结审核: which resolutions wait for a dispatcher's approval before the resident is told and
   * surveyed. A ticket needs review when its category, its tier or its urgency is listed (any one
   * suffices); all lists empty (the default) = no review.
   */
  review: z
    .strictObject({
      categories: z.array(z.string().min(1)).default([]),
      tiers: z.array(Tier).default([]),
      urgencies: z.array(Urgency).default([]),
    })
    .default({ categories: [], tiers: [], urgencies: [] }),
  /**
   * A unit is ranked (单位排名) only with at least this many tickets received in the period: one
   * ticket closed fast says nothing about a unit. The others are listed below as 样本不足.
   */
  rankingMinTickets: z.number().int().min(1).default(5),
});
export type Policy = z.infer<typeof Policy>;

export const Jurisdiction = z
  .strictObject({
    version: z.literal(1),
    name: z.string().min(1),
    note: z.string().optional(),
    timezone: z.string().refine(isTimeZone, "not an IANA time zone, e.g. Asia/Shanghai"),
    units: z.array(Unit).min(1),
    policy: Policy,
  })
  .superRefine((j, ctx) => {
    const byId = new Map<string, Unit>();
    j.units.forEach((u, i) => {
      if (byId.has(u.id))
        ctx.addIssue({ code: "custom", path: ["units", i, "id"], message: `duplicate unit id "${u.id}"` });
      byId.set(u.id, u);
    });
    j.units.forEach((u, i) => {
      if (u.parent !== undefined && !byId.has(u.parent))
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "parent"],
          message: `unknown unit id "${u.parent}" (parent of "${u.id}")`,
        });
    });
    j.units.forEach((u, i) => {
      const chain = new Set<string>([u.id]);
      for (let p = u.parent; p !== undefined; p = byId.get(p)?.parent) {
        if (chain.has(p)) {
          ctx.addIssue({
            code: "custom",
            path: ["units", i, "parent"],
            message: `cycle in the unit tree: ${[...chain, p].join(" → ")}`,
          });
          break;
        }
        chain.add(p);
      }
    });
    // `streets` pairs two of the unit's own places (a landmark and the street it stands on): a name
    // that is not one of its places never matches what intake reads, so the duplicate search would
    // silently offer nothing for it. Said at start-up instead.
    j.units.forEach((u, i) => {
      const places = new Set(u.places);
      for (const [landmark, street] of Object.entries(u.streets ?? {}))
        for (const [what, name] of [
          ["landmark", landmark],
          ["street", street],
        ] as const)
          if (!places.has(name))
            ctx.addIssue({
              code: "custom",
              path: ["units", i, "streets", landmark],
              message: `${what} "${name}" is not one of the places of "${u.id}" (add it to places or correct the name)`,
            });
    });
    if (!byId.has("centre"))
      ctx.addIssue({
        code: "custom",
        path: ["units"],
        message: 'a unit with id "centre" (the command centre) is required',
      });
    // A duty unit without a phone is a warning of `config check` (like every unit without one), not an error.
    if (!byId.has(j.policy.dutyUnit))
      ctx.addIssue({
        code: "custom",
        path: ["policy", "dutyUnit"],
        message: `unknown unit id "${j.policy.dutyUnit}" (the unit alarmed about unroutable emergencies)`,
      });
  });
export type Jurisdiction = z.infer<typeof Jurisdiction>;

function isTimeZone(tz: string): boolean {
  // The canonical names first: listing them costs a tenth of the first DateTimeFormat (locale data
  // loaded for nothing when a command never formats a date). Aliases (PRC, Asia/Chongqing, any
  // letter case) still go to DateTimeFormat, so the same names pass as before.
  if (Intl.supportedValuesOf("timeZone").includes(tz)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
