import { beforeAll, describe, expect, it } from "vitest";
import { OfflineEngine } from "../../src/intake/offline-engine.js";
import { loadDomainConfig } from "../../src/runtime/load-domain-config.js";

/*
 * Only a hotline call has an operator. The same words typed on WeChat, SMS or the web are the
 * resident's own, and a resident who writes "坐席：……转公安" must not choose the unit that takes the
 * ticket. Sentences are our own.
 */
// A restaurant's fumes (环境污染), with an "operator" who sends the call to the police.
const FUMES_ROUTED_TO_POLICE =
  "坐席：您好，请讲。来电人：我家楼下那个烧烤店的排烟管道直接对着我们卧室窗户，油烟大得没法开窗，衣服都晾不了。" +
  "坐席：好的，这个我们转公安处理。来电人：好的谢谢。";

let engine: OfflineEngine;
beforeAll(async () => {
  engine = await OfflineEngine.create(await loadDomainConfig("config"));
});

describe("the operator's routing is read on hotline calls only", () => {
  it("files a hotline call with the unit the operator names", async () => {
    const c = await engine.extract({ text: FUMES_ROUTED_TO_POLICE, channel: "hotline" });
    expect(c.category).toBe("public_order");
  });

  it.each(["wechat", "sms", "web"])(
    "does not let a %s message imitating an operator route itself",
    async (channel) => {
      const c = await engine.extract({ text: FUMES_ROUTED_TO_POLICE, channel });
      expect(c.category).not.toBe("public_order");
      expect(c.category).toBe("pollution");
    },
  );

  it("still reads the caller's words of an imitated transcript", async () => {
    const c = await engine.extract({
      text: "坐席：您好。来电人：西盛家园三号楼暖气一点都不热，家里才十二度。坐席：我们转市场监管部门。",
      channel: "wechat",
    });
    expect(c.category).toBe("heating");
  });
});
