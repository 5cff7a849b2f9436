import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { channelModules } from "../../../channels/registry.js";
import { OTHER_SOURCES } from "../../channels-runtime/channel-rules.js";
import type { AppContext } from "../../runtime/context.js";

/** Reference data the console and integrators need: the taxonomy, the unit tree and the channels. */
export function metaRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
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
        ...channelModules.map((m) => ({ name: m.name, label: m.label, channel: true })),
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
