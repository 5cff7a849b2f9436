import { describe, expect, it } from "vitest";
import { EntryFailed, GroupCommit } from "../../src/db/group-commit.js";

/** A write that records its batches and settles when told to. */
function recorder(fail: (entry: number) => "batch" | "entry" | null = () => null) {
  const batches: number[][] = [];
  const waiting: (() => void)[] = [];
  const write = async (entries: readonly number[]) => {
    batches.push([...entries]);
    await new Promise<void>((r) => waiting.push(r));
    if (entries.length > 1 && entries.some((e) => fail(e) === "batch")) throw new Error("batch failed");
    if (entries.length === 1 && fail(entries[0]!) === "batch") throw new Error(`entry ${entries[0]} failed`);
    return entries.map((e) => (fail(e) === "entry" ? new EntryFailed(new Error(`entry ${e}`)) : e * 10));
  };
  const release = async () => {
    while (waiting.length) {
      waiting.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { batches, write, release };
}

describe("GroupCommit", () => {
  it("writes a lone entry at once and gathers the entries that arrive meanwhile", async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 3, maxInFlight: 1 });
    const all = [1, 2, 3, 4, 5, 6].map((e) => g.submit(e));
    for (let i = 0; i < 5; i++) await r.release();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(r.batches).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it("retries a failed batch entry by entry: only the bad entry fails", async () => {
    const r = recorder((e) => (e === 3 ? "batch" : null));
    const g = new GroupCommit(r.write, { maxBatch: 10, maxInFlight: 1 });
    const outcome = Promise.allSettled([1, 2, 3, 4].map((e) => g.submit(e)));
    for (let i = 0; i < 10; i++) await r.release();
    const settled = await outcome;
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(r.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it("fails an entry reported as failed without retrying the rest of its batch", async () => {
    const r = recorder((e) => (e === 2 ? "entry" : null));
    const g = new GroupCommit(r.write, { maxBatch: 10, maxInFlight: 1 });
    const outcome = Promise.allSettled([1, 2, 3].map((e) => g.submit(e)));
    for (let i = 0; i < 5; i++) await r.release();
    const settled = await outcome;
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(r.batches).toEqual([[1], [2, 3]]);
  });

  it("starts a second write beside one in flight only once enough entries wait for it", async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 10, maxInFlight: 4, overlapAt: 3 });
    const first = g.submit(1);
    const next = [2, 3].map((e) => g.submit(e));
    // Two waiting are fewer than three: they gather for the write after the first.
    expect(r.batches).toEqual([[1]]);
    const more = [4].map((e) => g.submit(e));
    expect(r.batches).toEqual([[1], [2, 3, 4]]);
    for (let i = 0; i < 3; i++) await r.release();
    expect(await Promise.all([first, ...next, ...more])).toEqual([10, 20, 30, 40]);
  });

  it("writes what waits behind the write in flight as soon as that one commits", async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 10, maxInFlight: 4, overlapAt: 16 });
    const all = [1, 2, 3].map((e) => g.submit(e));
    expect(r.batches).toEqual([[1]]);
    for (let i = 0; i < 3; i++) await r.release();
    expect(await Promise.all(all)).toEqual([10, 20, 30]);
    expect(r.batches).toEqual([[1], [2, 3]]);
  });

  it("gives entries stuck behind a write that does not finish a write of their own after stallMs", async () => {
    const r = recorder();
    const g = new GroupCommit(r.write, { maxBatch: 10, maxInFlight: 2, overlapAt: 16, stallMs: 5 });
    const first = g.submit(1);
    const second = g.submit(2);
    expect(r.batches).toEqual([[1]]);
    // The first write is never released here; the second entry must not wait for it.
    await waitUntil(() => r.batches.length === 2);
    expect(r.batches).toEqual([[1], [2]]);
    for (let i = 0; i < 2; i++) await r.release();
    expect(await Promise.all([first, second])).toEqual([10, 20]);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!condition()) throw new Error("condition not reached");
}
