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
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";
import {
  BUNDLE_DIR,
  BUNDLE_FILE,
  BUNDLE_INLINED_PACKAGES,
  LINKED_ASSETS,
  SOURCE_DIRS,
  STAMP_FILE,
  newestSourceTime,
} from "../bin/dist-layout.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outIndex = process.argv.indexOf("--out");
const outDir = path.resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? "") : path.join(root, "dist"));
if (outIndex > 0 && !process.argv[outIndex + 1]) {
  process.stderr.write("build: --out needs a directory\n");
  process.exit(2);
}

/** What both the file-by-file build and the extract bundle emit: ESM for this Node, linked source maps. */
const NODE_OUTPUT = /** @type {const} */ ({
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  sourcesContent: false,
  logLevel: "warning",
});

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
    ...NODE_OUTPUT,
  });
  await buildBundle(staging);
  await writeModelCopies(staging);
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
  // In place, not in staging: V8 keeps the file name the cache was made under.
  writeCodeCache(path.join(outDir, BUNDLE_DIR, BUNDLE_FILE));
} catch (err) {
  rmSync(staging, { recursive: true, force: true });
  process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
const shown = path.relative(process.cwd(), outDir) || ".";
process.stdout.write(
  `built ${entryPoints.length} TypeScript files into ${shown}/ in ${Math.round(performance.now() - started)} ms\n`,
);

/**
 * dist/model-cache/: a binary copy of each shipped model (src/intake/model-cache.ts) that loads in a
 * fraction of the CPU of gunzipping and parsing its JSON, on the path of every cold `zhitong extract`
 * and of a worker's first message. A copy is used only while its model file has the bytes it was
 * made from.
 *
 * @param {string} staging the build folder being written
 */
async function writeModelCopies(staging) {
  const compiled = path.join(staging, "src", "intake", "model-file.js");
  const { writeModelCaches } = await import(pathToFileURL(compiled).href);
  writeModelCaches(path.join(root, "data", "intake"), path.join(staging, "model-cache"));
}

/**
 * dist/bundle/cli.cjs: src/cli.ts bundled with the pure-JavaScript packages `zhitong extract` loads,
 * into one CommonJS file, for the bin to run that one command from. A cold `extract` spends a large
 * part of its start resolving, reading and compiling modules. Node 20 has no compile cache for
 * modules, but a CommonJS script run through `vm.Script` takes V8's code cache (bin/bundle-runner.js,
 * written by writeCodeCache below); ES modules cannot. `import()` of Zhitong's own modules becomes a
 * lazy initialiser inside the file: the code of the modules extract never reaches is in the file but
 * never runs, and costs nothing to compile with the cache. Every other package stays a `require` or an
 * `import()` from node_modules.
 *
 * Only `extract` runs from it: a package inlined here is a second copy beside the one in
 * node_modules, harmless for a command whose every user of that package is inlined too (checked
 * below for zod, whose schemas cross package boundaries), not for the server.
 *
 * @param {string} staging the build folder being written
 */
async function buildBundle(staging) {
  const bundleDir = path.join(staging, BUNDLE_DIR);
  const result = await build({
    entryPoints: [path.join(root, "src", "cli.ts")],
    outfile: path.join(bundleDir, BUNDLE_FILE),
    bundle: true,
    ...NODE_OUTPUT,
    format: "cjs",
    metafile: true,
    // What `import.meta.url` of a source file becomes (keepModuleUrls); the runner passes __filename.
    banner: { js: 'const __zhitongBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    plugins: [
      otherCommandsFromFiles(),
      inlineOnly(BUNDLE_INLINED_PACKAGES),
      keepModuleUrls(path.join(staging, BUNDLE_DIR), staging),
    ],
  });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const zod = output.imports.find((i) => i.external && /^zod(\/|$)/.test(i.path));
    if (zod) throw new Error(`${file} imports ${zod.path} from node_modules beside the inlined copy`);
  }
  const bundle = path.join(bundleDir, BUNDLE_FILE);
  writeFileSync(bundle, asciiOnly(readFileSync(bundle, "utf8")));
}

/**
 * The bundle with every character outside ASCII written as a `\uXXXX` escape. esbuild escapes them
 * in strings but leaves them in comments and regular expressions (the rules' Chinese patterns);
 * a single one makes V8 hold the whole 3 MB source as two-byte text, and decoding the file that way
 * cost about 50 ms of a cold extract (pure ASCII: about 4 ms). The escape means the same character
 * in a regular expression, with or without the `u` flag (a character beyond the BMP becomes its two
 * surrogates, which is what it is in the source), in an identifier, and in a comment; only a
 * pattern's `.source` text shows the escape. A character right after a backslash would change
 * meaning, so it stops the build instead.
 *
 * @param {string} code
 */
function asciiOnly(code) {
  return code.replace(/[\u0080-\uffff]/g, (unit, at) => {
    let backslashes = 0;
    while (code[at - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 1)
      throw new Error(`bundle: a non-ASCII character follows a backslash at offset ${at}`);
    return `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/**
 * Runs one `zhitong extract` from the finished bundle, which writes V8's code cache beside it at exit
 * (bin/bundle-runner.js): the bytecode of every function a one-message extract compiles. Runs on the
 * finished build, with the repository's config and the offline engine. A process starting meanwhile
 * runs the bundle without a cache, as it would if this failed: compiling as it goes, slower, so a
 * failure here is reported, not fatal.
 *
 * @param {string} bundle the bundle in the build folder being written
 */
function writeCodeCache(bundle) {
  const runner = pathToFileURL(path.join(root, "bin", "bundle-runner.js")).href;
  const r = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "--eval",
      `import { runBundle } from ${JSON.stringify(runner)}; runBundle(${JSON.stringify(bundle)}, { writeCache: true });`,
      // In place of the script path, so the command's arguments are where the CLI reads them.
      "zhitong",
      "extract",
      "--engine",
      "offline",
    ],
    {
      cwd: root,
      // The shipped models and config, whatever the builder's own environment points at.
      env: { PATH: process.env.PATH, LOG_LEVEL: "warn" },
      input: "幸福里小区3号楼门口的路灯坏了一个星期了，晚上黑漆漆的，老人出门不方便",
      encoding: "utf8",
    },
  );
  if (r.status !== 0)
    process.stderr.write(
      `build: no code cache for ${BUNDLE_DIR}/${BUNDLE_FILE} (extract exited ${r.status}): ${r.stderr.slice(0, 500)}\n`,
    );
}

/**
 * The other commands' modules stay out of the bundle: should one ever be loaded from it, it is
 * imported from the file-by-file build beside it (dist/src/cli/…), which uses node_modules' packages.
 * @returns {import("esbuild").Plugin}
 */
function otherCommandsFromFiles() {
  return {
    name: "other-commands-from-files",
    setup(b) {
      b.onResolve({ filter: /^\.\/cli\/[a-z-]+\.command\.js$/ }, (args) =>
        args.path === "./cli/extract.command.js"
          ? undefined
          : { external: true, path: `../src/${args.path.slice(2)}` },
      );
    },
  };
}

/**
 * Marks every package outside `inlined` external (it is imported from node_modules at run time).
 * @param {readonly string[]} inlined
 * @returns {import("esbuild").Plugin}
 */
function inlineOnly(inlined) {
  const names = new Set(inlined);
  return {
    name: "inline-only",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const parts = args.path.split("/");
        const name = args.path.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
        return names.has(name ?? "") ? undefined : { external: true };
      });
    },
  };
}

/**
 * Zhitong's files find their data by paths relative to their own file (`import.meta.url`, see
 * LINKED_ASSETS). A CommonJS bundle has no `import.meta`; each file's own use is rewritten to the URL
 * its file-by-file build has (dist/src/x/y.js), resolved against the bundle's own URL, so `../../data`
 * still lands on dist/data.
 * @param {string} bundleDir where the bundle is written
 * @param {string} distDir the build folder holding dist/src/…
 * @returns {import("esbuild").Plugin}
 */
function keepModuleUrls(bundleDir, distDir) {
  return {
    name: "keep-module-urls",
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
        const compiled = path.join(distDir, path.relative(root, args.path)).replace(/\.ts$/, ".js");
        const relative = path.relative(bundleDir, compiled).split(path.sep).join("/");
        const url = `new URL(${JSON.stringify(relative)}, __zhitongBundleUrl).href`;
        return {
          contents: source.replaceAll("import.meta.url", url),
          loader: "ts",
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}
