import { getTableColumns, type InferSelectModel, type Table } from "drizzle-orm";

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
}

export function rowReader<T extends Table>(table: T): RowReader<T> {
  const cols = Object.entries(getTableColumns(table)).map(([key, col]) => ({ key, name: col.name, col }));
  return {
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
