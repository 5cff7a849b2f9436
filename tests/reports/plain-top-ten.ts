import type { TestEnv } from "../support/test-context.js";
import { rows } from "../routing/helpers.js";

/**
 * The recurring problems' top ten as one independent query finds them: every group of the period,
 * people counted exactly. The reference every faster path (the bound, the rollup) must equal.
 */
export async function plainTopTen(t: TestEnv, period: { from: Date; to: Date }, units: string[] | null) {
  const scope = units ? `AND t.unit_id = ANY('{${units.join(",")}}'::text[])` : "";
  return rows<{ communityId: string; category: string; tickets: number; reporters: number }>(
    t,
    `SELECT t.community_id AS "communityId", t.category, count(DISTINCT t.id)::int AS tickets,
            count(DISTINCT coalesce(r.resident_id, t.id))::int AS reporters
       FROM tickets t LEFT JOIN ticket_reporters r ON r.ticket_id = t.id
      WHERE t.created_at >= '${period.from.toISOString()}' AND t.created_at < '${period.to.toISOString()}'
        AND t.community_id IS NOT NULL AND t.status <> 'cancelled' ${scope}
      GROUP BY 1, 2 HAVING count(DISTINCT t.id) >= 2
      ORDER BY reporters DESC, tickets DESC, 1, 2 LIMIT 10`,
  );
}
