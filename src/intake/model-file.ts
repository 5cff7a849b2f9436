import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";

/**
 * Model files are JSON; a name ending in `.gz` is gzip-compressed JSON (the shipped model is, so
 * the repository keeps weights at a fifth of their size). Both are read and written the same way.
 */
export async function readModelText(file: string): Promise<string> {
  const bytes = await readFile(file);
  return (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

export async function writeModelText(file: string, text: string): Promise<void> {
  await writeFile(file, file.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text);
}
