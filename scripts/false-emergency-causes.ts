/**
 * What files everyday messages as emergencies: for each one, the evidence that decided it (the
 * rule's hazard and the words it fired on, the danger frame, the model alone and how sure, the
 * operator's words), grouped by cause with counts; and, for each cause, how many dangers on the
 * emergency sets the engine finds through the same evidence (what a fix of that cause puts at risk).
 *   npx tsx scripts/false-emergency-causes.ts --everyday A.jsonl [--everyday B.jsonl …] \
 *     --emergency E.jsonl [--emergency F.jsonl …] [--list] [--min N]
 * Name each set; never pass a blind one. `--list` prints the false emergencies under their cause;
 * `--min N` hides causes with fewer than N false emergencies (default 1).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { readEmergencyCases } from "../src/intake/evaluate-emergency.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { detectUrgency } from "../src/intake/detect-urgency.js";
import { hasLiveHazard } from "../src/intake/emergency-features.js";
import { normalizeText, tidyPunctuation } from "../src/intake/normalize-text.js";
import { parseTranscript } from "../src/intake/parse-transcript.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values } = parseArgs({
  options: {
    everyday: { type: "string", multiple: true },
    emergency: { type: "string", multiple: true },
    list: { type: "boolean" },
    min: { type: "string" },
    config: { type: "string" },
    help: { type: "boolean" },
  },
});
if (values.help || !values.everyday?.length) {
  process.stdout.write(
    "usage: npx tsx scripts/false-emergency-causes.ts --everyday A.jsonl [...] [--emergency E.jsonl ...] [--list] [--min N]\n",
  );
  process.exit(values.help ? 0 : 2);
}
const engine = await OfflineEngine.create(await loadDomainConfig(path.resolve(values.config ?? "config")));
// The engine reads the danger in the caller's words with place names masked; so does this script.
const places = (engine as unknown as { places: { mask(text: string, by?: string): string } }).places;

interface Cause {
  /** Coarse cause: rule / frame / rule+model / model alone / operator. */
  group: string;
  /** Fine cause: the group, the hazard and the words (or the probability band). */
  key: string;
}

function causeOf(text: string, channel?: string): Cause | null {
  const t = normalizeText(text);
  const transcript = channel === "hotline" || /坐席|来电人/.test(t) ? parseTranscript(t) : null;
  const facts = transcript ? tidyPunctuation(transcript.caller.join("。")) : t;
  const masked = places.mask(facts, "小区");
  const f = detectUrgency(masked);
  if (f.urgency !== "emergency") return { group: "operator (agent alarm)", key: "operator" };
  const p = f.probability ?? 0;
  if (f.decidedBy === "model") {
    const band = p >= 0.8 ? "≥0.8" : p >= 0.7 ? "0.7–0.8" : p >= 0.6 ? "0.6–0.7" : "0.5–0.6";
    // Without a live-hazard concept the model speaks only when sure (detect-urgency.ts).
    const concept = hasLiveHazard(masked) ? "concept" : "no concept";
    return { group: `model alone p ${band}`, key: `model alone ${f.hazard} p ${band} (${concept})` };
  }
  const who = f.frame ? "frame" : "rule";
  const both = f.decidedBy === "both" ? "+model" : "";
  // A rule hit the model does not back: how far below its threshold the model stands.
  const doubt = both ? "" : p < 0.1 ? " (model p<0.1)" : p < 0.3 ? " (model p 0.1–0.3)" : " (model p≥0.3)";
  return { group: `${who}${both}${doubt}`, key: `${who} ${f.hazard} 「${f.reason}」` };
}

const falseOnes = new Map<string, { group: string; texts: string[] }>();
let total = 0;
for (const file of values.everyday) {
  for (const c of await readEvaluationCases(file)) {
    const expected = Array.isArray(c.urgency) ? c.urgency : [c.urgency];
    if (expected.includes("emergency")) continue;
    if (engine.extractSync({ text: c.text, channel: c.channel }).urgency !== "emergency") continue;
    total++;
    const cause = causeOf(c.text, c.channel) ?? { group: "?", key: "?" };
    const entry = falseOnes.get(cause.key) ?? { group: cause.group, texts: [] };
    entry.texts.push(
      `[${expected.join("|")}] ${path.basename(file, ".jsonl")}: ${c.text.replace(/\s+/g, " ")}`,
    );
    falseOnes.set(cause.key, entry);
  }
}

// Dangers the engine finds, by the same cause key.
const dangers = new Map<string, number>();
const dangersByGroup = new Map<string, number>();
let found = 0;
for (const file of values.emergency ?? []) {
  for (const c of await readEmergencyCases(file)) {
    if (!c.emergency) continue;
    if (engine.extractSync({ text: c.text, channel: c.channel }).urgency !== "emergency") continue;
    found++;
    const cause = causeOf(c.text, c.channel);
    if (!cause) continue;
    dangers.set(cause.key, (dangers.get(cause.key) ?? 0) + 1);
    dangersByGroup.set(cause.group, (dangersByGroup.get(cause.group) ?? 0) + 1);
  }
}

const byGroup = new Map<string, number>();
for (const e of falseOnes.values()) byGroup.set(e.group, (byGroup.get(e.group) ?? 0) + e.texts.length);
console.log(`false emergencies: ${total}; dangers found on the emergency sets: ${found}`);
for (const [g, n] of [...byGroup].sort((a, b) => b[1] - a[1]))
  console.log(`  ${g}: ${n} (dangers found the same way: ${dangersByGroup.get(g) ?? 0})`);
const min = Number(values.min ?? 1);
for (const [key, e] of [...falseOnes].sort((a, b) => b[1].texts.length - a[1].texts.length)) {
  if (e.texts.length < min) continue;
  console.log(`${e.texts.length}\t${key}\t(dangers by the same evidence: ${dangers.get(key) ?? 0})`);
  if (values.list) for (const t of e.texts) console.log(`    ${t}`);
}
