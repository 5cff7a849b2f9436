// @ts-check
/**
 * What `npm run build` compiles and how the `zhitong` bin decides whether the build in `dist/` can
 * be trusted. Plain JavaScript on purpose: the bin reads it before any TypeScript tooling is loaded,
 * so it must cost no more than a few file-system calls.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Folders of TypeScript compiled into dist/, each at the same relative path (dist/src/…). */
export const SOURCE_DIRS = ["src", "channels"];

/**
 * Data the code reads by a path relative to its own file (`new URL("../../drizzle", import.meta.url)`)
 * or relative to the package. dist/ links to the originals instead of copying them, so a compiled
 * file one level deeper finds the same folder, and what `zhitong intake train` writes lands in the
 * repository, not in a copy a rebuild would throw away.
 */
export const LINKED_ASSETS = ["config", "console", "data", "drizzle", "prompts", "package.json"];

/**
 * Inside dist/: the bundled build `zhitong extract` starts from (see scripts/build.js, buildBundle),
 * and the pure-JavaScript packages inlined into it. Everything else is loaded from node_modules.
 */
export const BUNDLE_DIR = "bundle";
/** The bundle itself, one CommonJS file run by bin/bundle-runner.js with V8's code cache. */
export const BUNDLE_FILE = "cli.cjs";
export const BUNDLE_INLINED_PACKAGES = [
  "commander",
  "zod",
  "pinyin-pro",
  "opencc-js",
  "chinese-days",
  "date-fns",
  "@date-fns/tz",
  // Its zod helper builds the JSON schema from our zod schemas: it must share the inlined zod.
  "openai",
];

/** Written last by the build: its presence means dist/ is complete. */
export const STAMP_FILE = "build-info.json";

/**
 * The build script and these files: a change to any of them invalidates the build like a change to a
 * source (the runner's wrapper is part of the source its code cache was made from).
 */
export const BUILD_FILES = ["scripts/build.js", "bin/dist-layout.js", "bin/bundle-runner.js"];

/**
 * The newest modification time (ms) among the files the build reads: every file under the source
 * folders (TypeScript and the assets copied beside it) and the build's own files.
 * @param {string} root the repository root
 */
export function newestSourceTime(root) {
  let newest = Math.max(...BUILD_FILES.map((file) => statSync(path.join(root, file)).mtimeMs));
  // Every command's start runs this over some 400 files: names are joined by hand, not with
  // path.join, whose normalising was half of the walk's CPU. `/` separates paths on Windows too.
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(full);
      else {
        const mtime = statSync(full).mtimeMs;
        if (mtime > newest) newest = mtime;
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return newest;
}

/**
 * `fresh` when dist/ holds a complete build made after the last change to the sources (or there are
 * no sources beside it to compare with), `missing`
 * when there is no complete build, `stale` when a source changed since (a `git pull` or an edit).
 * @param {string} root the repository root
 * @param {string} distDir where the build lives
 * @returns {"fresh" | "missing" | "stale"}
 */
export function distState(root, distDir) {
  let builtFrom;
  try {
    builtFrom = JSON.parse(readFileSync(path.join(distDir, STAMP_FILE), "utf8")).sourcesNewest;
  } catch {
    return "missing";
  }
  if (typeof builtFrom !== "number") return "missing";
  let newest;
  try {
    newest = newestSourceTime(root);
  } catch {
    // A deployment that ships the build without the sources: nothing to be stale against.
    return "fresh";
  }
  return newest > builtFrom ? "stale" : "fresh";
}
