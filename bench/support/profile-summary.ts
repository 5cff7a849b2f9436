/**
 * Where a V8 CPU profile's time went: self time grouped by area (an npm package, a source folder,
 * node's internals, GC, idle) and the hottest functions, each in percent of all samples.
 *
 *   npx tsx bench/support/profile-summary.ts <file.cpuprofile> [top] [--within <function>]
 *   PROFILE_WINDOW_US=<from>,<to> npx tsx bench/support/profile-summary.ts …   # only samples in that window
 *
 * With `--within routeMany`, only the samples from the first to the last whose stack holds that
 * function count (the stage being measured, not the bench's set-up), and shares are of the busy
 * samples (idle excluded), with the idle share printed beside them.
 *
 * PROFILE_WINDOW_US is in microseconds of the system's monotonic clock (V8 stamps its samples with
 * it on Linux; `process.hrtime.bigint() / 1000n` in any process): bench/pipeline.ts prints its load
 * window so start-up and shutdown are left out of the children's profiles.
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The area a frame belongs to: `pg`, `fastify`, `src/channels-runtime`, `node:internal`, `(idle)`… */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm !== -1) {
    const rest = url.slice(nm + "/node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/");
  const repo = url.match(/\/(src|channels|bench)\/([^/]+)\//);
  if (repo) return `${repo[1]}/${repo[2]}`;
  return url.replace(/^file:\/\//, "");
}

const argv = process.argv.slice(2);
const withinAt = argv.indexOf("--within");
const within = withinAt === -1 ? undefined : argv[withinAt + 1];
if (withinAt !== -1) argv.splice(withinAt, 2);
const [file, topArg] = argv;
if (!file) {
  console.error("usage: profile-summary.ts <file.cpuprofile> [top] [--within <function>]");
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
/** Each sample's instant (monotonic µs), for PROFILE_WINDOW_US. */
const [fromUs, toUs] = (process.env.PROFILE_WINDOW_US ?? "").split(",").map(Number);
const stamps: number[] = [];
{
  let at = profile.startTime;
  for (const d of profile.timeDeltas) stamps.push((at += d));
}
const inWindow = (i: number) =>
  fromUs === undefined ||
  toUs === undefined ||
  Number.isNaN(fromUs) ||
  (stamps[i]! >= fromUs && stamps[i]! <= toUs);
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** The samples counted: all of them, or the window from the first to the last that ran `within`. */
function windowOf(name: string | undefined): [number, number] {
  if (!name) return [0, profile.samples.length - 1];
  const holds = new Map<number, boolean>();
  const hasFrame = (id: number): boolean => {
    const known = holds.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const p = parent.get(id);
    const yes = n.callFrame.functionName === name || (p !== undefined && hasFrame(p));
    holds.set(id, yes);
    return yes;
  };
  let first = -1;
  let last = -1;
  profile.samples.forEach((id, i) => {
    if (!hasFrame(id)) return;
    if (first === -1) first = i;
    last = i;
  });
  if (first === -1) throw new Error(`no sample runs ${name}`);
  return [first, last];
}
const [from, to] = windowOf(within);
const self = new Map<number, number>();
let idle = 0;
let windowUs = 0;
for (let i = from; i <= to; i++) {
  if (!inWindow(i)) continue;
  const id = profile.samples[i]!;
  const us = profile.timeDeltas[i] ?? 0;
  windowUs += us;
  const fn = byId.get(id)!.callFrame.functionName;
  if (within && fn === "(idle)") {
    idle += us;
    continue;
  }
  self.set(id, (self.get(id) ?? 0) + us);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
/** The nearest frame (this one or a caller) that has a script, so native work counts to its caller. */
function scripted(id: number): ProfileNode {
  let n = byId.get(id)!;
  while (!n.callFrame.url && !n.callFrame.functionName.startsWith("(") && parent.has(n.id)) {
    const up = byId.get(parent.get(n.id)!)!;
    if (up.callFrame.functionName === "(root)") break;
    n = up;
  }
  return n;
}
/** The innermost project file (src/, channels/) on the stack: whose work this was. */
function projectFile(id: number): string {
  for (let n: ProfileNode | undefined = byId.get(id); n; n = byId.get(parent.get(n.id) ?? -1)) {
    const m = n.callFrame.url.match(/\/((?:src|channels)\/.*)$/);
    if (m && !n.callFrame.url.includes("/node_modules/")) return m[1]!;
  }
  const f = byId.get(id)!.callFrame;
  return f.functionName.startsWith("(") ? f.functionName : "(outside project code)";
}

const areas = new Map<string, number>();
const fns = new Map<string, number>();
const owners = new Map<string, number>();
for (const [id, us] of self) {
  const owner = projectFile(id);
  owners.set(owner, (owners.get(owner) ?? 0) + us);
  const { functionName, url, lineNumber } = scripted(id).callFrame;
  const area = areaOf(url, functionName);
  areas.set(area, (areas.get(area) ?? 0) + us);
  const name = `${functionName || "(anonymous)"} ${area}${url ? `:${lineNumber + 1}` : ""}`;
  fns.set(name, (fns.get(name) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const top = Number(topArg ?? 25);
const idleSampled = [...self]
  .filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)")
  .reduce((a, [, us]) => a + us, 0);
console.log(`${(total / 1e6).toFixed(2)} s sampled, ${((total - idleSampled) / 1e6).toFixed(2)} s busy`);
if (within)
  console.log(
    `window of ${within}: ${(windowUs / 1e6).toFixed(2)} s, busy ${((100 * total) / windowUs).toFixed(1)} %, ` +
      `idle ${((100 * idle) / windowUs).toFixed(1)} %; shares below are of the busy samples`,
  );
console.log("\nby area (self time; native code counted to its caller):");
for (const [k, v] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log("\nby innermost project file on the stack (who asked for the work):");
for (const [k, v] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log("\nhottest functions (self time):");
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
