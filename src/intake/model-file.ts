import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";

/**
 * Model files are JSON; a name ending in `.gz` is gzip-compressed JSON (the shipped model is, so
 * the repository keeps weights at a fifth of their size). Both are read and written the same way.
 */
export async function readModelText(file: string): Promise<string> {
  const bytes = await readFile(file);
  return (file.endsWith(".gz") ? gunzipWhole(bytes) : bytes).toString("utf8");
}

/**
 * gunzip into one buffer of the size the gzip trailer states (its last four bytes, little-endian):
 * zlib's default 16 KB chunks, concatenated at the end, cost a model a third more time. A wrong or
 * oversized figure (a file of several gzip members states its last one's) only changes the chunk
 * size, never the result.
 */
export function gunzipWhole(bytes: Buffer): Buffer {
  const stated = bytes.length >= 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  return gunzipSync(bytes, { chunkSize: Math.min(Math.max(stated, MIN_CHUNK), MAX_CHUNK) });
}

// zlib's smallest chunk; and a bound on what one allocation may take for a stated size.
const MIN_CHUNK = 64;
const MAX_CHUNK = 64 << 20;

export async function writeModelText(file: string, text: string): Promise<void> {
  await writeFile(file, file.endsWith(".gz") ? gzipSync(text, { level: 9 }) : text);
}
