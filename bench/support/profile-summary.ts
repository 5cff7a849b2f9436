/**
 * Where a V8 CPU profile's time went: self time grouped by area (an npm package, a source folder,
 * node's internals, GC, idle) and the hottest functions, each in percent of all samples.
 *
 *   npx tsx bench/support/profile-summary.ts <file.cpuprofile> [top]
 *   PROFILE_WINDOW_US=<from>,<to> npx tsx bench/support/profile-summary.ts …   # only samples in that window
 *
 * The window is in microseconds of the system's monotonic clock (V8 stamps its samples with it on
 * Linux; `process.hrtime.bigint() / 1000n` in any process): bench/pipeline.ts prints its load window
 * so start-up and shutdown are left out of the children's profiles.
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

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: profile-summary.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
const [from, to] = (process.env.PROFILE_WINDOW_US ?? "").split(",").map(Number);
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (from !== undefined && to !== undefined && !(at >= from && at <= to)) return;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
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
const idle = [...self]
  .filter(([id]) => byId.get(id)!.callFrame.functionName === "(idle)")
  .reduce((a, [, us]) => a + us, 0);
console.log(`${(total / 1e6).toFixed(2)} s sampled, ${((total - idle) / 1e6).toFixed(2)} s busy`);
console.log("\nby area (self time; native code counted to its caller):");
for (const [k, v] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log("\nby innermost project file on the stack (who asked for the work):");
for (const [k, v] of [...owners].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
console.log("\nhottest functions (self time):");
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
