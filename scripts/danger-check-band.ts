/**
 * How the safety question's band plays out on labelled sets (READ sets only when choosing it):
 *   npx tsx scripts/danger-check-band.ts --emergency F.jsonl... --everyday F.jsonl... [--sweep]
 * For each emergency set: dangers the engine did not call emergencies, and how many would get the
 * question; near-misses not flagged, and how many would get it. For each everyday set: messages
 * not expected to be emergencies (and not flagged), and how many would get it (the nuisance cost).
 * `--sweep` prints the same per signal and per model line, to choose the band. Aggregates only.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { detectUrgency } from "../src/intake/detect-urgency.js";
import {
  CONTACT_CLAUSE,
  dangerSignals,
  possibleDanger,
  type DangerSignals,
} from "../src/intake/danger-check.js";
import { shippedEmergencyModel } from "../src/intake/emergency-model.js";
import { readEmergencyCases } from "../src/intake/evaluate-emergency.js";
import { readEvaluationCases } from "../src/intake/evaluate.js";
import { OfflineEngine } from "../src/intake/offline-engine.js";
import { PlaceResolver } from "../src/intake/place-resolver.js";
import { loadDomainConfig } from "../src/runtime/load-domain-config.js";

const { values } = parseArgs({
  options: {
    emergency: { type: "string", multiple: true },
    everyday: { type: "string", multiple: true },
    config: { type: "string" },
    sweep: { type: "boolean" },
  },
});
const config = await loadDomainConfig(path.resolve(values.config ?? "config"));
const engine = await OfflineEngine.create(config);
const places = new PlaceResolver(config.jurisdiction);
const model = shippedEmergencyModel();

type Row = { group: "missed" | "near" | "everyday"; s: DangerSignals };
const LINES = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

function signalsOf(text: string): DangerSignals {
  const masked = places.mask(text, "小区").replace(CONTACT_CLAUSE, "");
  const finding = detectUrgency(masked, model);
  return dangerSignals(masked, finding, finding.probability === null && model ? model.predict(masked) : null);
}

const all: Row[] = [];
function report(name: string, rows: Row[], everydaySet: boolean): void {
  const count = (g: Row["group"], pick = (_: Row) => true) =>
    rows.filter((r) => r.group === g && pick(r)).length;
  const asked = (r: Row) => possibleDanger("normal", r.s) !== null;
  const parts = everydaySet
    ? [`everyday asked ${count("everyday", asked)}/${count("everyday")}`]
    : [
        `missed asked ${count("missed", asked)}/${count("missed")}`,
        `near-misses asked ${count("near", asked)}/${count("near")}`,
      ];
  process.stdout.write(`${name.padEnd(28)} ${parts.join("   ")}\n`);
}

for (const file of values.emergency ?? []) {
  const rows: Row[] = [];
  for (const c of await readEmergencyCases(file)) {
    const complaint = engine.extractSync({ text: c.text, channel: c.channel });
    if (complaint.urgency === "emergency") continue;
    rows.push({ group: c.emergency ? "missed" : "near", s: signalsOf(c.text) });
  }
  report(path.basename(file), rows, false);
  all.push(...rows);
}
for (const file of values.everyday ?? []) {
  const rows: Row[] = [];
  for (const c of await readEvaluationCases(file)) {
    const expected = Array.isArray(c.urgency) ? c.urgency : [c.urgency];
    if (expected.includes("emergency")) continue;
    const complaint = engine.extractSync({ text: c.text, channel: c.channel });
    if (complaint.urgency === "emergency") continue;
    rows.push({ group: "everyday", s: signalsOf(c.text) });
  }
  report(path.basename(file), rows, true);
  all.push(...rows);
}

const missed = all.filter((r) => r.group === "missed");
const near = all.filter((r) => r.group === "near");
const everyday = all.filter((r) => r.group === "everyday");
const share = (rows: Row[], pick: (s: DangerSignals) => boolean) =>
  `${rows.filter((r) => pick(r.s)).length}/${rows.length}`;
process.stdout.write(
  `\nall: missed asked ${share(missed, (s) => possibleDanger("normal", s) !== null)}, near-misses asked ${share(near, (s) => possibleDanger("normal", s) !== null)}, everyday asked ${share(everyday, (s) => possibleDanger("normal", s) !== null)}\n`,
);
if (values.sweep) {
  const line = (label: string, pick: (s: DangerSignals) => boolean) =>
    process.stdout.write(
      `${label.padEnd(34)} missed ${share(missed, pick).padEnd(9)} near ${share(near, pick).padEnd(9)} everyday ${share(everyday, pick)}\n`,
    );
  process.stdout.write("\nsignal alone:\n");
  line("hint", (s) => s.hint !== null);
  line("floor", (s) => s.floor);
  line("vetoed", (s) => s.vetoed);
  line("live concept", (s) => s.live);
  for (const p of LINES) line(`model >= ${p}`, (s) => (s.probability ?? 0) >= p);
  for (const p of LINES) line(`model >= ${p} and live`, (s) => (s.probability ?? 0) >= p && s.live);
  process.stdout.write("\nhint or floor or (model >= line and live):\n");
  for (const p of LINES)
    line(`line ${p}`, (s) => !!s.hint || s.floor || ((s.probability ?? 0) >= p && s.live));
  line("hint or floor", (s) => !!s.hint || s.floor);
  process.stdout.write("\nmodel >= line (no concept needed), or hint, or floor:\n");
  for (const p of LINES) line(`line ${p}`, (s) => !!s.hint || s.floor || (s.probability ?? 0) >= p);
  process.stdout.write("\nmodel >= line outside a plainly other context, or hint:\n");
  for (const p of LINES) line(`line ${p}`, (s) => !!s.hint || ((s.probability ?? 0) >= p && !s.context));
  process.stdout.write("\n(model >= line, or hint) outside a plainly other context:\n");
  for (const p of LINES) line(`line ${p}`, (s) => !s.context && (!!s.hint || (s.probability ?? 0) >= p));
  line("context", (s) => s.context);
  process.stdout.write("\nmodel >= line, or hint:\n");
  for (const p of LINES) line(`line ${p}`, (s) => !!s.hint || (s.probability ?? 0) >= p);
}
