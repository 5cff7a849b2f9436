import { describe, expect, it } from "vitest";
import { reportsAt, reasonCodes } from "../domain/duplicate-report.js";
import { scoreDuplicate } from "../../src/domain/duplicate-score.js";
import { Unit } from "../../src/domain/jurisdiction.schema.js";

/*
 * One resident places a problem at an estate or a landmark, another at the street it stands on; the
 * jurisdiction says which street that is (`streets`), and such a pair is offered when the thing and
 * the fault agree, never merged without asking. Inside the estate is not its street. Wordings are
 * our own, on the made-up 光明路 and its 金汇花园.
 */
const when = new Date("2026-12-05T03:00:00Z");
const report = reportsAt(when);
const codes = reasonCodes;
const streetOf = { 金汇花园: "光明路" };
const at = (text: string, place: string) => report(text, { place });

describe("a landmark against the street it stands on", () => {
  it("offers a fallen tree told at the estate's gate and on its street", () => {
    const pair = [
      at("金汇花园门口那棵大树被风吹断了，横在路上", "金汇花园"),
      at("光明路有棵大树断了横在马路上，车过不去", "光明路"),
    ] as const;
    const r = scoreDuplicate(...pair, { streetOf });
    expect(r.suggestion).toBe("suggest_merge");
    expect(codes(r)).toContain("DUP.HELD_STREET_AND_PLACE");
    // Without the jurisdiction's word the two places part the pair, as before.
    expect(scoreDuplicate(...pair).suggestion).toBe("none");
  });

  it("never merges it without asking, however alike the words", () => {
    const r = scoreDuplicate(
      at("金汇花园门口的路灯坏了，晚上黑乎乎的", "金汇花园"),
      at("光明路门口的路灯坏了，晚上黑乎乎的", "光明路"),
      { streetOf },
    );
    expect(r.suggestion).not.toBe("auto_merge");
  });

  it("keeps apart a spot inside the estate, another street, and another problem", () => {
    const inside = scoreDuplicate(
      at("金汇花园里面5号楼前的井盖碎了", "金汇花园"),
      at("光明路中段有个井盖碎了", "光明路"),
      { streetOf },
    );
    expect(inside.suggestion).toBe("none");
    const elsewhere = scoreDuplicate(
      at("金汇花园门口那棵大树被风吹断了，横在路上", "金汇花园"),
      at("长安街有棵大树断了横在马路上", "长安街"),
      { streetOf },
    );
    expect(elsewhere.suggestion).toBe("none");
    const other = scoreDuplicate(at("金汇花园门口的路灯不亮", "金汇花园"), at("光明路井盖没了", "光明路"), {
      streetOf,
    });
    expect(other.suggestion).toBe("none");
  });

  it("reads the streets from a unit of the jurisdiction, none when not given", () => {
    const unit = {
      id: "community.demo",
      name: "演示社区",
      level: "community",
      places: ["金汇花园", "光明路"],
    };
    expect(Unit.parse(unit).streets).toBeUndefined();
    expect(Unit.parse({ ...unit, streets: streetOf }).streets).toEqual(streetOf);
  });
});
