import { describe, expect, it } from "vitest";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

// A household heard beating a child or a wife again and again: the community's to visit, not a noise
// nor a neighbours' quarrel. Written for this file.
const engine = await OfflineEngine.create(await loadDomainConfig("config"), {});
const category = (text: string) => engine.extractSync({ text, channel: "wechat" }).category;

describe("habitual beating heard by neighbours", () => {
  it.each([
    "桃南一区5号楼楼上天天打孩子，孩子哭得很惨，我们不知道找谁",
    "西盛家园对门那家男的动不动就打老婆，社区能不能上门看看",
  ])("%s → social_assistance", (text) => {
    expect(category(text)).toBe("social_assistance");
  });

  it("a teacher hitting a child stays the school's matter, not the community's", () => {
    expect(category("海西苑旁边的幼儿园老师经常打孩子，家长们都很生气")).not.toBe("social_assistance");
  });
});
