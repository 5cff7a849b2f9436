import { readFileSync, readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as Zlib from "node:zlib";
import { cachePath, readModelCache, writeModelCache } from "./model-cache.js";

/**
 * Model files are JSON; a name ending in `.gz` is gzip-compressed JSON (the shipped model is, so
 * the repository keeps weights at a fifth of their size). Both are read and written the same way.
 */
export async function readModelText(file: string): Promise<string> {
  return decode(file, await readFile(file));
}

/*
 * The build's binary copies of the model files (model-cache.ts): dist/model-cache/ beside the
 * compiled dist/src/. Run from the sources there is none, and the JSON is parsed.
 */
const CACHE_DIR = fileURLToPath(new URL("../../model-cache/", import.meta.url));

/**
 * A model file parsed: JSON.parse of its text, or the same read from the build's copy when it has
 * one (there each long array of numbers is a typed array of the same numbers: see model-cache.ts).
 */
export async function readModelJson(file: string): Promise<unknown> {
  return readModelCache(cachePath(CACHE_DIR, file), file) ?? JSON.parse(decode(file, await readFile(file)));
}

/** `readModelJson`, synchronously. */
export function readModelJsonSync(file: string): unknown {
  return readModelCache(cachePath(CACHE_DIR, file), file) ?? JSON.parse(decode(file, readFileSync(file)));
}

/** node:zlib, required when first needed: a cold extract reading the build's copies never needs it. */
const zlib = (): typeof Zlib => createRequire(import.meta.url)("node:zlib") as typeof Zlib;

function decode(file: string, bytes: Buffer): string {
  return (file.endsWith(".gz") ? gunzipWhole(bytes) : bytes).toString("utf8");
}

/** The file names `writeModelCaches` copies: the shipped models in data/intake/. */
const MODEL_FILE = /-model\.json(\.gz)?$/;

/** Writes the binary copy of every model file in `dataDir` into `cacheDir` (run by `npm run build`). */
export function writeModelCaches(dataDir: string, cacheDir: string): string[] {
  const written: string[] = [];
  for (const name of readdirSync(dataDir)
    .filter((n) => MODEL_FILE.test(n))
    .sort()) {
    const file = path.join(dataDir, name);
    const bytes = readFileSync(file);
    writeModelCache(cachePath(cacheDir, file), bytes, JSON.parse(decode(file, bytes)), file);
    written.push(name);
  }
  return written;
}

/**
 * gunzip into one buffer of the size the gzip trailer states (its last four bytes, little-endian):
 * zlib's default 16 KB chunks, concatenated at the end, cost a model a third more time. A wrong or
 * oversized figure (a file of several gzip members states its last one's) only changes the chunk
 * size, never the result.
 */
export function gunzipWhole(bytes: Buffer): Buffer {
  const stated = bytes.length >= 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  return zlib().gunzipSync(bytes, { chunkSize: Math.min(Math.max(stated, MIN_CHUNK), MAX_CHUNK) });
}

// zlib's smallest chunk; and a bound on what one allocation may take for a stated size.
const MIN_CHUNK = 64;
const MAX_CHUNK = 64 << 20;

export async function writeModelText(file: string, text: string): Promise<void> {
  await writeFile(file, file.endsWith(".gz") ? zlib().gzipSync(text, { level: 9 }) : text);
}
