import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { channelManifests } from "../../../channels/registry.js";
import { ROLE_LABELS } from "../../auth/roles.js";
import { OTHER_SOURCES } from "../../channels-runtime/channel-rules.js";
import { LABELS } from "../../domain/labels.js";
import type { AppContext } from "../../runtime/context.js";

const LabelMap = z.record(z.string(), z.string());

/** Reference data the console and integrators need: the taxonomy, the unit tree, the channels and the labels. */
export function metaRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/labels",
      {
        schema: {
          tags: ["reference"],
          summary:
            "Chinese names of statuses, tiers, urgency levels, actions, roles … (the console shows these)",
          response: { 200: z.record(z.string(), LabelMap) },
        },
      },
      () => ({ ...LABELS, role: ROLE_LABELS }),
    );
    app.get(
      "/taxonomy",
      {
        schema: {
          tags: ["reference"],
          summary: "Kinds, categories, tiers and urgency levels",
          response: { 200: z.unknown() },
        },
      },
      () => ctx.config.taxonomy,
    );
    app.get(
      "/channels",
      {
        schema: {
          tags: ["reference"],
          summary: "Where tickets come from: the registered channels, then staff entry and Open311",
          response: {
            200: z.array(z.object({ name: z.string(), label: z.string(), channel: z.boolean() })),
          },
        },
      },
      () => [
        ...channelManifests.map((m) => ({ name: m.name, label: m.label, channel: true })),
        ...Object.entries(OTHER_SOURCES).map(([name, label]) => ({ name, label, channel: false })),
      ],
    );
    app.get(
      "/units",
      {
        schema: {
          tags: ["reference"],
          summary: "Units of the jurisdiction (without duty phone numbers)",
          response: {
            200: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                level: z.string(),
                parent: z.string().nullable(),
                places: z.array(z.string()),
              }),
            ),
          },
        },
      },
      () =>
        ctx.config.jurisdiction.units.map((u) => ({
          id: u.id,
          name: u.name,
          level: u.level,
          parent: u.parent ?? null,
          places: u.places,
        })),
    );
  };
}
