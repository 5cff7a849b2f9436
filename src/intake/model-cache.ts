import type { createHash as CreateHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/*
 * A binary copy of a model file, written by `npm run build` into dist/, that reads back as the
 * value JSON.parse gives for the model file. A cold `zhitong extract` spent about a third of its CPU
 * gunzipping, decoding and parsing the three shipped models' million numbers; read from here, each
 * long array of numbers is one block of float64 (bit for bit the doubles JSON.parse makes) and each
 * long array of strings one block of text, so only the small rest is JSON.
 *
 * The shipped models' weights and idf are written with three decimals, and the classifier computes
 * with them as float32 (text-classifier.ts). An array whose every number is a few decimals that
 * survive float32 is stored as the float32 values: half the bytes, and the classifier takes the
 * block as it is instead of converting a million doubles on every cold start. Such a block reads
 * back as a Float32Array (see isFiniteBlock) whose JSON is the file's decimals again.
 *
 * The copy names the SHA-1 of the model file it was made from and is used only while the file still
 * has those bytes: a retrained model, or a centre's own file of the same name, is read as JSON.
 * It also records the model file's size and modification time as the build saw them: while the
 * file still has both, the copy is taken without reading and hashing the file (the trust the
 * bundle's code cache gives its source, bin/bundle-runner.js); loading node:crypto, reading and
 * hashing the models was about 3 % of a cold `zhitong extract`. Any other size or time (a `git
 * pull`, a copy) falls back to the SHA-1.
 */

// 2: blocks of float32 (a version-1 reader would take them for float64). 3: each block of strings
// has a block of its strings' ends.
const MAGIC = "zhitong-model-cache 3\n";
// Shorter arrays stay in the JSON part: not worth a block.
const MIN_BLOCK = 64;
// Joins a block of strings; an array holding it anywhere stays JSON.
const SEPARATOR = "\u0000";

interface Block {
  type: "f64" | "f32" | "str" | "i32";
  /** For f32: the number of decimals that give back each number of the model file (see decimalsOf). */
  decimals?: number;
  /** For str: the block of the strings' sorted order (see sortedOrder). */
  order?: number;
  /** For str: the block of each string's end, in bytes from the block's start (see lazyStrings). */
  ends?: number;
  offset: number;
  /** Elements for f64, bytes for str. */
  length: number;
}
/** What the model file was when its copy was made (fs.Stats' size and mtimeMs). */
interface Stamp {
  size: number;
  mtimeMs: number;
}
interface Header {
  source: string;
  /** Absent in a copy written without it (a test's); then only the SHA-1 is checked. */
  stamp?: Stamp;
  blocks: Block[];
  json: unknown;
}
/** How a block is referred to in the JSON part; no model file has an object with this key. */
const REF = "$zhitongBlock";

/** Where the build puts the copy of `modelFile`: `dir`/<file name>.bin. */
export function cachePath(dir: string, modelFile: string): string {
  return path.join(dir, `${path.basename(modelFile)}.bin`);
}

export function sha1(bytes: Buffer): string {
  // Required when first needed: a cold extract whose copies match their stamps never loads it.
  const { createHash } = createRequire(import.meta.url)("node:crypto") as { createHash: typeof CreateHash };
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * Writes the copy of a model file whose bytes are `source` and whose parsed JSON is `value`; with
 * `sourceFile`, the path of that model file, whose size and modification time it records.
 */
export function writeModelCache(file: string, source: Buffer, value: unknown, sourceFile?: string): void {
  const parts: Buffer[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  const push = (type: Block["type"], bytes: Buffer, length: number): number => {
    // float64 blocks start on a multiple of 8 so they can be read in place.
    const pad = (8 - (offset % 8)) % 8;
    if (pad) parts.push(Buffer.alloc(pad));
    offset += pad;
    blocks.push({ type, offset, length });
    parts.push(bytes);
    offset += bytes.length;
    return blocks.length - 1;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      // Only finite numbers: an array with another stays JSON, for the loader's check to reject.
      if (v.length >= MIN_BLOCK && v.every((x) => typeof x === "number" && Number.isFinite(x))) {
        const numbers = v as number[];
        const decimals = decimalsOf(numbers);
        if (decimals !== null) {
          const f = Float32Array.from(numbers);
          const ref = push("f32", Buffer.from(f.buffer, f.byteOffset, f.byteLength), f.length);
          blocks[ref]!.decimals = decimals;
          return { [REF]: ref };
        }
        const f = Float64Array.from(numbers);
        return { [REF]: push("f64", Buffer.from(f.buffer, f.byteOffset, f.byteLength), f.length) };
      }
      if (v.length >= MIN_BLOCK && v.every((x) => typeof x === "string" && !x.includes(SEPARATOR))) {
        const strings = v as string[];
        const bytes = Buffer.from(strings.join(SEPARATOR), "utf8");
        const ref = push("str", bytes, bytes.length);
        // Positions in code-unit order of the strings, equal strings by position.
        const order = Int32Array.from(strings.keys()).sort((a, b) =>
          strings[a]! < strings[b]! ? -1 : strings[a]! > strings[b]! ? 1 : a - b,
        );
        blocks[ref]!.order = push("i32", Buffer.from(order.buffer), order.length);
        const ends = new Int32Array(strings.length);
        let end = -1;
        for (const [i, x] of strings.entries()) ends[i] = end += Buffer.byteLength(x, "utf8") + 1;
        blocks[ref]!.ends = push("i32", Buffer.from(ends.buffer), ends.length);
        return { [REF]: ref };
      }
      return v.map(walk);
    }
    if (v && typeof v === "object") {
      if (REF in v) throw new Error(`model cache: ${file} has an object with the key ${REF}`);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const json = walk(value);
  const header: Header = { source: sha1(source), blocks, json };
  if (sourceFile !== undefined) header.stamp = stampOf(sourceFile);
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, "utf8");
  // The blocks' offsets count from the end of the header, padded to 8 as well.
  const headPad = Buffer.alloc((8 - (head.length % 8)) % 8, " ");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.concat([head, headPad, ...parts]));
}

/**
 * The fewest decimals (up to six) such that every number is its float32 value rounded to that many
 * decimals, by the very expression `fromFloat32` computes; null when there are none. Then the
 * float32 values keep everything the numbers say, for the classifier and for JSON.
 */
function decimalsOf(numbers: readonly number[]): number | null {
  for (let decimals = 0; decimals <= 6; decimals++) {
    if (numbers.every((x) => Object.is(fromFloat32(Math.fround(x), decimals), x))) return decimals;
  }
  return null;
}

function fromFloat32(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** The blocks read from copies: finite numbers, or strings, by construction (see writeModelCache). */
const blocks = new WeakSet<object>();

/**
 * Whether `v` is a block of numbers from a copy, which needs no check number by number: a
 * Float64Array of the model file's doubles, or a Float32Array of their float32 values (a model's
 * weights: see the top of this file).
 */
export function isFiniteBlock(v: unknown): v is Float64Array | Float32Array {
  return (v instanceof Float64Array || v instanceof Float32Array) && blocks.has(v);
}

/** The sorted order of each block of strings read from a copy. */
const orders = new WeakMap<readonly string[], Int32Array>();

/**
 * The positions of a block of strings from a copy in code-unit order (`<` on strings), equal
 * strings by position; undefined for any other array. Lets a caller search the strings before it
 * has built a map of them.
 */
export function sortedOrder(strings: readonly string[]): Int32Array | undefined {
  return orders.get(strings);
}

/** The decoder of each block of strings read lazily (see lazyStrings), for stringAt and allStrings. */
const decoders = new WeakMap<readonly string[], { one: (i: number) => string; all: () => string[] }>();

/**
 * A block of strings as an array whose elements are decoded from the copy's bytes when first read
 * (`ends`: each string's end, the separator's place). A one-message `zhitong extract` searches the
 * models' vocabularies (134,000 strings) for a few hundred features, reading a few thousand of
 * them; splitting the blocks made every string at start-up, and garbage collection copied them all
 * from the young generation to the old one. The array is a Proxy of an array of the same length,
 * so every reader (a Map built from it, JSON.stringify, indexOf) sees the strings themselves.
 */
function lazyStrings(bytes: Buffer, at: number, ends: Int32Array): string[] {
  const n = ends.length;
  const decoded = new Array<string | undefined>(n).fill(undefined);
  const decode = (i: number): string =>
    (decoded[i] ??= bytes.toString("utf8", at + (i === 0 ? 0 : ends[i - 1]! + 1), at + ends[i]!));
  // The element a property key names, or -1 for any other key ("length", methods, "01").
  const element = (key: string | symbol): number => {
    if (typeof key !== "string") return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < n && String(i) === key ? i : -1;
  };
  const strings = new Proxy(decoded as string[], {
    get: (target, key, receiver) => {
      const i = element(key);
      return i < 0 ? Reflect.get(target, key, receiver) : decode(i);
    },
    getOwnPropertyDescriptor: (target, key) => {
      const i = element(key);
      if (i >= 0) decode(i);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  // Every string at once, split from the block as before (a worker's tables read them all).
  let whole = false;
  const all = (): string[] => {
    if (!whole) {
      const parts = bytes.toString("utf8", at, at + (n === 0 ? 0 : ends[n - 1]!)).split(SEPARATOR);
      for (let i = 0; i < n; i++) decoded[i] ??= parts[i];
      whole = true;
    }
    return decoded as string[];
  };
  decoders.set(strings, { one: decode, all });
  return strings;
}

/** `strings[i]`, without the Proxy's traps for a block of strings read lazily from a copy. */
export function stringAt(strings: readonly string[], i: number): string {
  const decoder = decoders.get(strings);
  return decoder ? decoder.one(i) : strings[i]!;
}

/** The strings as a plain array, every one decoded (at once, for a block read lazily from a copy). */
export function allStrings(strings: readonly string[]): readonly string[] {
  const decoder = decoders.get(strings);
  return decoder ? decoder.all() : strings;
}

/** Whether `v` is a block of strings from a copy (split from one text), which needs no check either. */
export function isStringBlock(v: unknown): v is string[] {
  return Array.isArray(v) && blocks.has(v);
}

function stampOf(file: string): Stamp {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
}

/**
 * Whether the copy was made from `source`: its bytes, or its path (then a file with the size and
 * modification time the copy records is taken as the same bytes; any other is read and hashed).
 */
function madeFrom(header: Header, source: Buffer | string): boolean {
  if (typeof source === "string") {
    let now: Stamp;
    try {
      now = stampOf(source);
    } catch {
      return false;
    }
    if (header.stamp && header.stamp.size === now.size && header.stamp.mtimeMs === now.mtimeMs) return true;
    source = readFileSync(source);
  }
  return header.source === sha1(source);
}

/**
 * The parsed model from its copy, or null when there is no copy or it was made from other bytes
 * than `source` (the model file's bytes, or its path: see madeFrom). The value is JSON.parse of the model file (same keys in the same order, the same
 * doubles) except that each long array of numbers is a Float64Array, or a Float32Array of the
 * numbers' float32 values where those keep the file's decimals (see isFiniteBlock). Either writes
 * back as the same JSON.
 */
export function readModelCache(file: string, source: Buffer | string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return null;
  const end = bytes.indexOf(10, MAGIC.length);
  if (end < 0) return null;
  const header = JSON.parse(bytes.toString("utf8", MAGIC.length, end)) as Header;
  if (!madeFrom(header, source)) return null;
  const start = end + 1 + ((8 - ((end + 1) % 8)) % 8);
  const int32s = (from: number, length: number): Int32Array =>
    from % 4 === 0
      ? new Int32Array(bytes.buffer, from, length)
      : new Int32Array(bytes.buffer.slice(from, from + length * 4));
  const block = (b: Block): unknown => {
    const at = start + b.offset;
    if (b.type === "str") {
      const e = b.ends === undefined ? undefined : header.blocks[b.ends];
      const strings =
        e?.type === "i32"
          ? lazyStrings(bytes, at, int32s(bytes.byteOffset + start + e.offset, e.length))
          : bytes.toString("utf8", at, at + b.length).split(SEPARATOR);
      blocks.add(strings);
      const o = b.order === undefined ? undefined : header.blocks[b.order];
      if (o?.type === "i32" && o.length === strings.length)
        orders.set(strings, int32s(bytes.byteOffset + start + o.offset, o.length));
      return strings;
    }
    // In place when aligned (a file this size has a buffer of its own), else copied once.
    const from = bytes.byteOffset + at;
    const view = <T>(Type: {
      new (b: ArrayBufferLike, at?: number, length?: number): T;
      BYTES_PER_ELEMENT: number;
    }): T =>
      from % Type.BYTES_PER_ELEMENT === 0
        ? new Type(bytes.buffer, from, b.length)
        : new Type(bytes.buffer.slice(from, from + b.length * Type.BYTES_PER_ELEMENT));
    const f = b.type === "f32" ? view(Float32Array) : view(Float64Array);
    blocks.add(f);
    // Written out again (a model saved after loading) as the array it was.
    const decimals = b.decimals ?? 0;
    Object.defineProperty(f, "toJSON", {
      value: () =>
        f instanceof Float32Array ? Array.from(f, (x) => fromFloat32(x, decimals)) : Array.from(f),
    });
    return f;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") {
      const ref = (v as Record<string, unknown>)[REF];
      if (typeof ref === "number") return block(header.blocks[ref]!);
      for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = walk(x);
    }
    return v;
  };
  return walk(header.json);
}
