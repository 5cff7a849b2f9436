import { z } from "zod";
import { Policy, UnitLevel } from "../domain/jurisdiction.schema.js";

/** config/templates/units.json: the centre, the city and the district's departments and utilities. */
export const UnitTemplate = z.strictObject({
  version: z.literal(1),
  note: z.string().optional(),
  centre: z.strictObject({ name: z.string().min(1) }),
  city: z.strictObject({ name: z.string().min(1) }),
  units: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      level: UnitLevel.extract(["department", "utility"]),
    }),
  ),
  policy: Policy,
});
export type UnitTemplate = z.infer<typeof UnitTemplate>;
