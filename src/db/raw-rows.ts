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
  /**
   * For many rows sent as one JSON parameter (`jsonb_to_recordset($1::jsonb) AS x(<definition>)`):
   * the column definitions of `keys`, `"col" type, …`. One parameter instead of one per value.
   */
  recordDefinition(keys: readonly string[]): string;
  /** A row's values for such a recordset: by column name, each encoded by its column (JSON kept as is). */
  recordValues(values: Record<string, unknown>): Record<string, unknown>;
  /** The database name of a column, by its key. */
  name(key: string): string;
}

export function rowReader<T extends Table>(table: T): RowReader<T> {
  // Whether a column is JSON, decided once: getSQLType() builds its type's text on every call, and
  // a route batch encodes some twenty values for each of its hundred ticket rows.
  const cols = Object.entries(getTableColumns(table)).map(([key, col]) => ({
    key,
    name: col.name,
    col,
    json: col.getSQLType().startsWith("json"),
  }));
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
    recordDefinition: (keys) =>
      keys
        .map((key) => {
          const c = byKey.get(key);
          if (!c) throw new Error(`no column ${key} in this table`);
          return `"${c.name}" ${recordType(c.col.getSQLType())}`;
        })
        .join(", "),
    recordValues: (values) => {
      const out: Record<string, unknown> = {};
      for (const key in values) {
        const value = values[key];
        if (value === undefined) continue;
        const c = byKey.get(key);
        if (!c) throw new Error(`no column ${key} in this table`);
        out[c.name] = value === null || c.json ? value : c.col.mapToDriverValue(value);
      }
      return out;
    },
    name: (key) => {
      const c = byKey.get(key);
      if (!c) throw new Error(`no column ${key} in this table`);
      return c.name;
    },
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

/** A column's type as a record definition names it (serials are their integer types there). */
function recordType(sqlType: string): string {
  return sqlType === "bigserial" ? "bigint" : sqlType === "serial" ? "integer" : sqlType;
}
