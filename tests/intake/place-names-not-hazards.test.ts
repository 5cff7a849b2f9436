import { beforeAll, describe, expect, it } from "vitest";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

let engine: OfflineEngine;
beforeAll(async () => {
  engine = await OfflineEngine.create(await loadDomainConfig("config"));
});
const read = (text: string) => engine.extractSync({ text, channel: "wechat" });

// The demo district has a 水库街: its name once made a broken lift read as a flood emergency.
describe("a place's name is not a hazard", () => {
  it("a broken lift on 水库街 is not a flood", () => {
    const c = read("水库街2号楼电梯坏了老人下不了楼");
    expect(c.urgency).not.toBe("emergency");
    expect(c.location.community).toBe("community.shuikujie");
  });

  it("a real danger at the same place is still an emergency", () => {
    expect(read("水库街2号楼着火了，浓烟从窗户冒出来").urgency).toBe("emergency");
    expect(read("水库街小区地下车库进水了，有人被困在车里").urgency).toBe("emergency");
  });
});
