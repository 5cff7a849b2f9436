import { readFile } from "node:fs/promises";
import type { z } from "zod";

/**
 * Reads a JSON Lines file of labelled cases, each checked against `schema`; a bad line names its file
 * and line number, so a set writer can find it.
 */
export async function readLabelledLines<T extends z.ZodTypeAny>(
  file: string,
  schema: T,
): Promise<z.infer<T>[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid case"}`);
    return [parsed.data as z.infer<T>];
  });
}
