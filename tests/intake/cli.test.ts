import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runZhitong } from "../support/run-cli.js";

/** Runs `node bin/zhitong.js …` as a child process with `stdin`, like an operator would. */
function zhitong(args: string[], stdin = "", env: Record<string, string> = {}) {
  return runZhitong(args, { stdin, env, entry: ["bin/zhitong.js"] });
}

describe("zhitong CLI for intake", { timeout: 120_000 }, () => {
  it("extract reads a message on stdin and prints one complaint as JSON", async () => {
    const r = await zhitong(["extract", "--channel", "sms"], "西胜家园7号楼暖气不热好几天了");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      category: "heating",
      location: { community: "community.xisheng" },
      engine: "offline",
    });
  });

  it("extract reads a hotline transcript, one turn per line", async () => {
    const transcript = "坐席：您好，请讲。\n来电人：桃南一区3号楼停水了，一滴水都没有。\n坐席：好的。";
    const r = await zhitong(["extract", "--channel", "hotline", "--config", "config"], transcript);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ category: "water_supply", urgency: "urgent" });
  });

  it("extract --jsonl turns each input line into one output line; bad lines get an error line", async () => {
    const input = [
      JSON.stringify({ id: "a1", text: "西盛家园5号楼暖气不热好几天了", channel: "wechat" }),
      "{not json",
      JSON.stringify({ id: 7, text: "   " }),
      JSON.stringify({ id: "c", text: "路灯坏了", channel: "fax" }),
      "",
      JSON.stringify({ id: "h", text: "坐席：您好\n来电人：桃南一区3号楼停水了", channel: "hotline" }),
    ].join("\n");
    const r = await zhitong(["extract", "--jsonl"], input);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: unknown; complaint?: Record<string, unknown>; error?: string });
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: "a1", complaint: { category: "heating", engine: "offline" } });
    expect(out[1]).toMatchObject({ id: null, line: 2, error: "not a JSON object" });
    expect(out[2]).toMatchObject({ id: 7, error: expect.stringMatching(/^text: /) });
    expect(out[3]).toMatchObject({ id: "c", error: expect.stringMatching(/^channel: /) });
    expect(out[4]).toMatchObject({ id: "h", complaint: { category: "water_supply" } });
    expect(r.stderr).toContain("5 lines, 3 errors");
  });

  it("extract --jsonl gives the same complaint as the single-message mode", async () => {
    const text = "海边街烧烤店半夜一两点还在喧哗";
    const single = await zhitong(["extract", "--channel", "sms"], text);
    const batch = await zhitong(["extract", "--jsonl"], JSON.stringify({ id: 1, text, channel: "sms" }));
    expect((JSON.parse(batch.stdout) as { complaint: unknown }).complaint).toEqual(JSON.parse(single.stdout));
  });

  it("intake eval prints accuracy per field, emergency recall and the category confusion", async () => {
    const r = await zhitong(["intake", "eval", "--cases", "data/intake/dev-cases.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/category\s+\d+\.\d%/);
    expect(r.stdout).toMatch(/community\s+\d+\.\d%/);
    expect(r.stdout).toMatch(/emergency recall 100\.0%/);
    expect(r.stdout).toContain("category confusion");
    expect(r.stdout).toContain("kind confusion");
  });

  it("intake train writes a model file the engine loads through INTAKE_MODEL_FILE", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "zt-train-"));
    const data = path.join(dir, "train.jsonl");
    const rows = [
      ["暖气不热", "heating"],
      ["暖气片冰凉", "heating"],
      ["供暖温度不够", "heating"],
      ["路灯不亮", "municipal"],
      ["井盖丢了", "municipal"],
      ["马路坑洼", "municipal"],
      ["说不清楚", "other"],
    ];
    await writeFile(data, rows.map(([text, label]) => JSON.stringify({ text, label })).join("\n"));
    const out = path.join(dir, "model.json");
    const train = await zhitong(["intake", "train", "--data", data, "--out", out]);
    expect(train.code).toBe(0);
    expect(train.stdout).toContain("trained on 7 examples");
    expect(JSON.parse(await readFile(out, "utf8"))).toHaveProperty("vocab");
    const r = await zhitong(["extract"], "西盛家园暖气片冰凉", { INTAKE_MODEL_FILE: out });
    expect(JSON.parse(r.stdout).category).toBe("heating");
  });

  it("chat holds a conversation on stdin with the same dialogue as the worker", async () => {
    const r = await zhitong(
      ["chat", "--channel", "sms", "--phone", "13800001111"],
      "西盛家园5号楼暖气不热\n1\n/quit\n",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("确认请回复1");
    expect(r.stdout).toMatch(/已登记，编号ZT\d{8}-0001/);
  });
});
