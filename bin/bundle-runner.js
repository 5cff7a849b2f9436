// @ts-check
/**
 * Runs the CommonJS bundle `zhitong extract` starts from (dist/bundle/cli.cjs, see scripts/build.js,
 * buildBundle) with V8's code cache.
 *
 * Node 20 has no compile cache for modules (`module.enableCompileCache` is Node 22), so a cold
 * process compiles every function it calls again. `vm.Script` accepts the bytecode V8 produced in an
 * earlier run (`cachedData`); the build makes it once, after a real one-message extract, so it holds
 * every function that path compiles, not only the top level. V8 refuses a cache made by another V8
 * version or with other V8 flags (`cachedDataRejected`) and then compiles as usual: slower, never
 * wrong. V8 checks only the source's length against the cache, so the cache also records the
 * bundle's size and modification time as the build left them, and is not offered for a bundle that
 * has changed since. Nor for a bundle moved elsewhere: V8 takes the file name of the script (in stack
 * traces) from the cache, not from the running process.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";

/** Beside the bundle: the bytecode, and what the bundle was when it was made. */
export const codeCachePaths = (/** @type {string} */ bundle) => ({
  data: `${bundle}.code-cache`,
  stamp: `${bundle}.code-cache.json`,
});

/** What the bundle must still be for its cache to be offered to V8. */
const identity = (/** @type {string} */ bundle) => {
  const stat = statSync(bundle);
  return { path: bundle, size: stat.size, mtimeMs: stat.mtimeMs };
};

/**
 * A one-message extract runs hundreds of regular expressions once or twice each, most of them long
 * alternations of Chinese words. V8 runs a pattern's first execution in its bytecode interpreter and
 * compiles machine code on the second; for these patterns generating and interpreting the bytecode
 * costs more than the machine code (a pattern of the name reader: 40–90 ms against 5–7 ms), so
 * this process compiles each pattern to machine code on its first use. Only the `extract` command
 * runs from the bundle, so the server and the workers keep V8's default. Set before anything is
 * compiled: V8's code cache records the flags it was made with and is refused under other ones,
 * and the build makes the cache through this function too. What a pattern matches does not depend
 * on how it is compiled.
 */
function eagerRegexps() {
  v8.setFlagsFromString("--regexp-tier-up-ticks=0");
  // Tells the bundle's own warm-up (src/domain/regexp-warm-up.ts) that it has nothing left to do.
  /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for("zhitong.regexps-compiled-on-first-use")] =
    true;
}

/**
 * One message is read in well under a second: V8's optimising compilers (TurboFan) would compile
 * the hottest functions on a background thread for a process that ends before the machine code
 * pays back (about a tenth of a cold extract's CPU). Batch mode (`--jsonl`) reads thousands of
 * texts and keeps them. Set after the bundle is compiled, so the code cache V8 checks was made and
 * is read under the same flags (the build makes it without this one). Which tier runs a function
 * does not change what it computes.
 */
function baselineOnlyForOneMessage() {
  if (!process.argv.includes("--jsonl")) v8.setFlagsFromString("--max-opt=1");
}

/**
 * Runs `bundle` as a CommonJS module of this process (it reads `process.argv` as any entry does).
 * With `writeCache`, writes the code cache when the process exits, after the command has compiled
 * what it needed: the data first, then the stamp that makes it usable.
 *
 * @param {string} bundle absolute path of the .cjs bundle
 * @param {{ writeCache?: boolean }} [options]
 * @returns {{ cache: "used" | "rejected" | "none" }} whether V8 took the cache offered
 */
export function runBundle(bundle, options = {}) {
  eagerRegexps();
  // Read, then decoded: Node 20's one-step UTF-8 read took twice the CPU for the 3 MB bundle.
  const source = readFileSync(bundle).toString("utf8");
  const paths = codeCachePaths(bundle);
  /** @type {Buffer | undefined} */
  let cachedData;
  if (!options.writeCache) {
    try {
      const made = JSON.parse(readFileSync(paths.stamp, "utf8"));
      const now = identity(bundle);
      if (made.path === now.path && made.size === now.size && made.mtimeMs === now.mtimeMs)
        cachedData = readFileSync(paths.data);
    } catch {
      // No cache, or an unreadable one: compile as usual.
    }
  }
  // Node's own CommonJS wrapper, on the bundle's first line, so line numbers stay the bundle's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
    // `import()` inside the bundle (packages left in node_modules) goes to Node's own loader.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!options.writeCache) baselineOnlyForOneMessage();
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  if (options.writeCache) {
    process.once("exit", () => {
      writeFileSync(paths.data, script.createCachedData());
      writeFileSync(paths.stamp, `${JSON.stringify(identity(bundle))}\n`);
    });
  }
  return { cache: cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used" };
}
