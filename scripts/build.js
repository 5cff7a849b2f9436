#!/usr/bin/env node
// @ts-check
/**
 * `npm run build`: compiles src/ and channels/ into dist/ once, so commands and the server start
 * without transpiling TypeScript on every run.
 *
 * esbuild rather than tsc: it is already installed (tsx and drizzle-kit run on it), it compiles the
 * whole tree in well under a second where `tsc` needs tens of seconds on a small machine, and type
 * checking stays where it already is (`npm run check`). It translates file by file, which is exactly
 * what `isolatedModules` and `verbatimModuleSyntax` in tsconfig.json promise is safe. Files are not
 * bundled: each keeps its path (src/x/y.ts → dist/src/x/y.js), so `import()` stays lazy and paths
 * computed from `import.meta.url` keep pointing at the same folders (see LINKED_ASSETS).
 *
 *   node scripts/build.js            # into dist/
 *   node scripts/build.js --out DIR  # elsewhere (the tests build into a scratch folder)
 */
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LINKED_ASSETS, SOURCE_DIRS, STAMP_FILE, newestSourceTime } from "../bin/dist-layout.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const outDir = path.resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? "") : path.join(root, "dist"));
if (outIndex > 0 && !process.argv[outIndex + 1]) {
  process.stderr.write("build: --out needs a directory\n");
  process.exit(2);
}

const started = performance.now();
// Read before compiling: a file saved while the build runs is newer than the stamp, so the next
// start sees the build as stale instead of trusting output that may predate the edit.
const sourcesNewest = newestSourceTime(root);

/** @type {string[]} */
const entryPoints = [];
/** @type {string[]} */
const assets = [];
const walk = (/** @type {string} */ dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".d.ts")) continue;
    else if (entry.name.endsWith(".ts")) entryPoints.push(full);
    else assets.push(full);
  }
};
for (const dir of SOURCE_DIRS) walk(path.join(root, dir));

// Build beside the target and swap at the end: a process starting meanwhile sees either the old
// complete build or none (and then runs the sources), never a half-written one.
const staging = `${outDir}.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  await build({
    entryPoints,
    outdir: staging,
    outbase: root,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "linked",
    sourcesContent: false,
    logLevel: "warning",
  });
  for (const file of assets) {
    const target = path.join(staging, path.relative(root, file));
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(file, target);
  }
  for (const name of LINKED_ASSETS) {
    // Relative to the final folder; staging sits beside it, so the same link resolves from both.
    symlinkSync(path.relative(outDir, path.join(root, name)), path.join(staging, name));
  }
  writeFileSync(
    path.join(staging, STAMP_FILE),
    `${JSON.stringify({ sourcesNewest, files: entryPoints.length, builtBy: "scripts/build.js" }, null, 2)}\n`,
  );
  const previous = `${outDir}.previous-${process.pid}`;
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch {
    hadPrevious = false;
  }
  renameSync(staging, outDir);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
} catch (err) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
const shown = path.relative(process.cwd(), outDir) || ".";
process.stdout.write(
  `built ${entryPoints.length} TypeScript files into ${shown}/ in ${Math.round(performance.now() - started)} ms\n`,
);
