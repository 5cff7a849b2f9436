#!/usr/bin/env node
// @ts-check
/**
 * The `zhitong` command. Runs the compiled build in dist/ (`npm run build`, part of `npm run setup`),
 * which starts in a fraction of the time the TypeScript sources take. When dist/ is missing or
 * older than the sources (after a `git pull` or an edit), running stale code would be worse than
 * running slowly: it says so and runs the sources through tsx instead.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLE_DIR, BUNDLE_FILE, distState } from "./dist-layout.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Another build folder, for the tests that build into a scratch directory.
const distDir = path.resolve(root, process.env.ZHITONG_DIST_DIR || "dist");
const state = distState(root, distDir);

if (state === "fresh") {
  // `extract` starts from the bundled build (one file with V8's code cache: less CPU to load); every
  // other command from the file-by-file one (see scripts/build.js, buildBundle, for why only extract).
  if (process.argv[2] === "extract") {
    const { runBundle } = await import("./bundle-runner.js");
    runBundle(path.join(distDir, BUNDLE_DIR, BUNDLE_FILE));
  } else await import(pathToFileURL(path.join(distDir, "src", "cli.js")).href);
} else {
  const rel = path.relative(process.cwd(), distDir);
  const shown = rel && !rel.startsWith("..") ? rel : distDir;
  const why =
    state === "missing"
      ? `there is no build in ${shown}/`
      : `the build in ${shown}/ is older than the sources`;
  process.stderr.write(
    `zhitong: ${why}; running the TypeScript sources instead (slow start). Run \`npm run build\` to start fast.\n`,
  );
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli.ts");
}
