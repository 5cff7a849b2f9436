import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../runtime/context.js";

/** Reference data the console and integrators need: the taxonomy and the unit tree. */
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
