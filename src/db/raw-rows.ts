import { getTableColumns, is, SQL, sql, type InferSelectModel, type Table } from "drizzle-orm";

/**
 * Reads rows of hand-written SQL (what `tx.execute` returns: columns by their database names,
 * values as the driver gives them) into the rows drizzle's query builder returns for `table`.
 * For hot statements whose builder cost (every column walked, every call) was most of their CPU:
 * the statement is written once as text, the columns are decoded by the schema's own mappers.
 */
export interface RowReader<T extends Table> {
  /** `alias."col" AS "<prefix>col", …` for every column of the table. */
  columns(alias: string, prefix?: string): string;
  /** The row, or undefined when every column is null (the outer side of a LEFT JOIN that found nothing). */
  read(raw: Record<string, unknown>, prefix?: string): InferSelectModel<T> | undefined;
  /** `"col" = value, …` for the defined keys of `set`, each value encoded by its column (SQL as is). */
  assignments(set: Record<string, unknown>): SQL;
  /** `("col", …)` and `(value, …)` of an INSERT for the defined keys of `values`. */
  insert(values: Record<string, unknown>): { columns: SQL; values: SQL };
  /** `"col" = EXCLUDED."col", …` for the defined keys of `set` (an upsert's update part). */
  excluded(set: Record<string, unknown>): SQL;
}

export function rowReader<T extends Table>(table: T): RowReader<T> {
  const cols = Object.entries(getTableColumns(table)).map(([key, col]) => ({ key, name: col.name, col }));
  const byKey = new Map(cols.map((c) => [c.key, c]));
  const defined = (values: Record<string, unknown>) =>
    Object.entries(values).flatMap(([key, value]) => {
      if (value === undefined) return [];
      const c = byKey.get(key);
      if (!c) throw new Error(`no column ${key} in this table`);
      return [{ c, value, encoded: is(value, SQL) ? value : sql.param(value, c.col) }];
    });
  return {
    assignments: (set) =>
      sql.join(
        defined(set).map((d) => sql`${sql.identifier(d.c.name)} = ${d.encoded}`),
        sql`, `,
      ),
    insert: (values) => {
      const d = defined(values);
      return {
        columns: sql.join(
          d.map((x) => sql.identifier(x.c.name)),
          sql`, `,
        ),
        values: sql.join(
          d.map((x) => x.encoded),
          sql`, `,
        ),
      };
    },
    excluded: (set) =>
      sql.join(
        defined(set).map((d) => sql`${sql.identifier(d.c.name)} = EXCLUDED.${sql.identifier(d.c.name)}`),
        sql`, `,
      ),
    columns: (alias, prefix = "") =>
      cols.map((c) => `${alias}."${c.name}" AS "${prefix}${c.name}"`).join(", "),
    read: (raw, prefix = "") => {
      const out: Record<string, unknown> = {};
      let any = false;
      for (const { key, name, col } of cols) {
        const v = raw[prefix + name];
        if (v === null || v === undefined) out[key] = null;
        else {
          any = true;
          out[key] = col.mapFromDriverValue(v);
        }
      }
      return any ? (out as InferSelectModel<T>) : undefined;
    },
  };
}
