import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listParked, reviveParked } from "../../intake/parked-messages.js";
import { wakeIntake } from "../../queue/intake-wake.js";
import type { AppContext } from "../../runtime/context.js";
import { ErrorBody } from "../schemas.js";

const ADMIN_ONLY = ["admin"] as const;
const Errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
/** The most ids one request may name; `all: true` has no limit. */
export const REVIVE_MAX_IDS = 1000;

const MessageId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ParkedView = z.object({
  id: z.number(),
  channel: z.string(),
  kind: z.string().describe("text, voice, image, transcript …; never the message's content"),
  receivedAt: z.iso.datetime(),
  parkedAt: z.iso.datetime().nullable(),
  attempts: z.number(),
  errorKind: z.string().describe("The failure's kind (error name and code), never its text"),
});
const ReviveBody = z
  .strictObject({
    ids: z.array(MessageId).min(1).max(REVIVE_MAX_IDS).optional(),
    all: z.literal(true).optional(),
  })
  .refine((b) => (b.ids === undefined) !== (b.all === undefined), {
    message: "give either ids (message ids) or all: true",
  });

/**
 * Intake messages that failed too often and were parked (the admin queue board sees no intake:
 * intake has no BullMQ jobs). Admins list them and hand them back once the cause is fixed.
 */
export function intakeAdminRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/admin/intake/parked",
      {
        config: { roles: ADMIN_ONLY },
        schema: {
          tags: ["admin"],
          summary: "Inbound messages intake gave up on after INTAKE_MAX_ATTEMPTS, oldest first",
          querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
          response: { 200: z.object({ total: z.number(), items: z.array(ParkedView) }), ...Errors },
        },
      },
      async (req) => {
        const { total, items } = await listParked(ctx.database.db, req.query.limit);
        return {
          total,
          items: items.map((m) => ({
            ...m,
            receivedAt: m.receivedAt.toISOString(),
            parkedAt: m.parkedAt?.toISOString() ?? null,
          })),
        };
      },
    );

    app.post(
      "/admin/intake/parked/revive",
      {
        config: { roles: ADMIN_ONLY },
        schema: {
          tags: ["admin"],
          summary:
            "Hand parked messages back to intake (received again, attempts forgotten) and wake the workers; audited",
          body: ReviveBody,
          response: {
            200: z.object({
              revived: z.array(z.number()),
              notParked: z
                .array(z.object({ id: z.number(), status: z.string() }))
                .describe("Named but not parked (already handed back, processed …): left as they were"),
            }),
            ...Errors,
          },
        },
      },
      async (req) => {
        const outcome = await reviveParked(
          ctx.database.db,
          req.body.all ? { all: true } : { ids: req.body.ids! },
          { staff: req.staff!, via: "api", ip: req.ip, requestId: req.id },
          ctx.now(),
        );
        // After the commit; with Redis down the workers' idle poll finds them instead.
        if (outcome.revived.length > 0) wakeIntake(ctx.redis, ctx.env.QUEUE_PREFIX);
        return outcome;
      },
    );
  };
}
