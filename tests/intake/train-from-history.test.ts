import { spawn } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CategoryModelFile } from "../../src/intake/category-model.js";
import { normalizeText } from "../../src/intake/normalize-text.js";
import { readModelText } from "../../src/intake/model-file.js";
import { DEFAULT_CATEGORY_MODEL } from "../../src/intake/offline-engine.js";
import { createSegmenter } from "../../src/intake/segmenter.js";
import { DEFAULT_CATEGORY_SEED } from "../../src/intake/train-category-model.js";
import { readLabelledJsonl } from "../../src/intake/train-classifier.js";
import {
  loadHistoryExamples,
  loadKindCorrections,
  trainFromHistory,
} from "../../src/intake/train-from-history.js";
import { fileTicket, rows } from "../routing/helpers.js";
import { createTestEnv, testClock, type TestEnv } from "../support/test-context.js";

const clock = testClock("2026-11-21T02:00:00Z");
let t: TestEnv;

// The centre's residents say "飞线充电" (a cable dangling from a window to charge an e-bike):
// the centre files it under property management, which the shipped model does not know.
const places = ["西盛家园", "海西苑", "桃南一区", "路西小区", "双塔小区", "新城公寓"];
const phrasings = [
  (p: string, n: number) => `${p}${n}号楼有人从窗户飞线充电，电线垂到一楼`,
  (p: string, n: number) => `${p}${n}号楼楼下天天有人飞线给电瓶车充电`,
  (p: string, n: number) => `${p}${n}单元飞线充电太多了，线拉得乱七八糟`,
];

async function closedTicket(description: string, category: string, status = "closed"): Promise<string> {
  clock.advance(3 * 24 * 3600_000); // far apart: duplicate detection plays no part here
  const ticket = await fileTicket(t, { category, summary: description.slice(0, 30), description }, null);
  await rows(t, `UPDATE tickets SET status='${status}' WHERE id='${ticket.id}'`);
  return ticket.id;
}

async function correct(ticketId: string, from: string, to: string): Promise<void> {
  await rows(
    t,
    `INSERT INTO intake_corrections (ticket_id, from_category, to_category, engine, staff_id, created_at)
     VALUES ('${ticketId}', '${from}', '${to}', 'offline', 'staff-1', now())`,
  );
}

async function correctKind(ticketId: string, from: string, to: string): Promise<void> {
  await rows(
    t,
    `INSERT INTO intake_corrections (ticket_id, from_kind, to_kind, engine, staff_id, created_at)
     VALUES ('${ticketId}', '${from}', '${to}', 'offline', 'staff-1', now())`,
  );
}

let correctedId = "";
let kindCorrectedId = "";
let openId = "";

beforeAll(async () => {
  t = await createTestEnv({ clock });
  let n = 0;
  for (const p of places)
    for (const say of phrasings)
      for (const k of [1, 2, 3]) {
        n++;
        const id = await closedTicket(say(p, n + k), "property");
        // A third were first filed elsewhere by the engine and corrected by a dispatcher.
        if (n % 3 === 0) await correct(id, "power_supply", "property");
      }
  // Filed as "other", still open, corrected: the correction is the label.
  correctedId = await closedTicket("西盛路边有人乱搭电线飞线充电", "other", "dispatched");
  await correct(correctedId, "other", "property");
  // Open and never corrected: no confirmed label, left out.
  openId = await closedTicket("海西苑门口飞线充电", "power_supply", "dispatched");
  // A question the engine read as a complaint, corrected twice: the latest kind is the label.
  kindCorrectedId = await closedTicket("请问飞线充电归谁管？", "property", "dispatched");
  await correctKind(kindCorrectedId, "complaint", "suggestion");
  await correctKind(kindCorrectedId, "suggestion", "consultation");
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("learning from the centre's own tickets", () => {
  it("takes closed tickets and corrected ones, with the dispatcher's label winning", async () => {
    const history = await loadHistoryExamples(t.ctx.database.db);
    const byId = new Map(history.map((e) => [e.ticketId, e]));
    expect(byId.get(correctedId)).toMatchObject({ label: "property", corrected: true });
    expect(byId.has(openId)).toBe(false);
    expect(history.length).toBe(places.length * phrasings.length * 3 + 1);
  });

  it("lists the kinds dispatchers corrected, the latest per ticket, apart from the category labels", async () => {
    const kinds = await loadKindCorrections(t.ctx.database.db);
    expect(kinds).toEqual([
      { ticketId: kindCorrectedId, text: "请问飞线充电归谁管？", kind: "consultation" },
    ]);
    // A kind correction alone confirms no category: the open ticket stays out of the category labels.
    const history = await loadHistoryExamples(t.ctx.database.db);
    expect(history.some((e) => e.ticketId === kindCorrectedId)).toBe(false);
  });

  it("retrains, and scores the old and the new model on the same held-out slice", async () => {
    const history = await loadHistoryExamples(t.ctx.database.db);
    const current = CategoryModelFile.parse(JSON.parse(await readModelText(DEFAULT_CATEGORY_MODEL)));
    const seeds = (await readLabelledJsonl(DEFAULT_CATEGORY_SEED)).map((e) => ({
      ...e,
      text: normalizeText(e.text),
    }));
    const r = trainFromHistory(current, seeds, history, createSegmenter());
    expect(r.examples).toBe(history.length);
    expect(r.heldOut).toBeGreaterThan(0);
    expect(r.heldOut).toBeLessThan(history.length / 2);
    expect(r.after).toBeGreaterThan(r.before);
    expect(r.after).toBeGreaterThanOrEqual(0.9);
    // The domain level learnt from real messages is kept.
    expect(r.model.version).toBe(2);
    if (r.model.version === 2 && current.version === 2) expect(r.model.domain).toBe(current.domain);
  }, 180_000);

  it("refuses to train on too little history, saying how much it found", async () => {
    const history = await loadHistoryExamples(t.ctx.database.db);
    const current = CategoryModelFile.parse(JSON.parse(await readModelText(DEFAULT_CATEGORY_MODEL)));
    expect(() => trainFromHistory(current, [], history.slice(0, 5), createSegmenter())).toThrow(
      /only 5 usable .* at least 30/,
    );
  });

  it("zhitong intake train --from-history reads the database and writes a model the engine can load", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "zt-history-"));
    const out = path.join(dir, "model.json");
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        // The sources, not dist/: a checkout whose build is stale would add a notice to stderr.
        ["--import", "tsx", "src/cli.ts", "intake", "train", "--from-history", "--out", out],
        {
          env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: "silent" },
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
      child.stdin.end();
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/history: \d+ tickets \(\d+ corrected by dispatchers\), \d+ held out/);
    expect(r.stdout).toMatch(/held-out category accuracy: before \d+\.\d%, after \d+\.\d%/);
    expect(r.stdout).toMatch(/kind corrections by dispatchers: 1; only the category model is retrained/);
    expect(CategoryModelFile.parse(JSON.parse(await readFile(out, "utf8"))).version).toBe(2);
  }, 180_000);
});
