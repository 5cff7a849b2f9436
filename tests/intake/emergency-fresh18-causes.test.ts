import { describe, expect, it } from "vitest";
import { MODEL_SURE_ABOVE, combineUrgency, detectUrgency } from "../../src/intake/detect-urgency.js";
import { detectUrgencyByRules } from "../../src/intake/urgency-rules.js";

/*
 * The causes behind what emergency-fresh18 found once read (it was blind for two rounds), and the
 * everyday messages the model alone filed as emergencies, each in wording of our own: no set's
 * lines are copied here.
 */
const dangers: readonly (readonly [string, string])[] = [
  // Someone living alone not seen since a day named, the phone unanswered: the absence goes on.
  ["missing", "楼上独居的孙阿姨打前天起就没人见过，手机关机，家里也没人"],
  // A fight with what comes to hand.
  ["violence", "夜市两伙人抄起板凳干起来了，有人头上见了血"],
  // A buried pipe torn by a digger and blowing out, the gas unnamed.
  ["gas", "修路的把地下一根管子铲断了，一直嘶嘶地往外冒"],
  // Water flowing into a live meter box.
  ["electric", "暖气管漏的水流进了楼道的电表箱，里面噼啪响"],
];

const nearMisses: readonly string[] = [
  // Anger told as smoke and heat.
  "排了两个小时的队还没办成，气得我直冒烟",
  "我真是火大，快递又送错了",
  // A wish, a mediation, a neighbour's fence round shared ground.
  "楼下独居的老周想要一副大字扑克，社区能帮忙买吗",
  "想找人陪我姥爷下下棋，他一个人在家闷",
  "对门把楼前的空地圈起来种葱，大家的车都停不了，想请社区调解",
  // A fear of a harm that has not happened.
  "路口的井盖缺了一角，车压上去咣当响，怕哪天摔着人",
];

describe("dangers behind the misses of emergency-fresh18", () => {
  it.each(dangers)("%s: %s", (hazard, text) => {
    expect(detectUrgencyByRules(text)).toMatchObject({ urgency: "emergency", hazard });
  });
});

describe("everyday messages the model alone no longer files as emergencies", () => {
  it.each(nearMisses)("%s", (text) => {
    expect(detectUrgency(text).urgency).not.toBe("emergency");
  });
});

describe("the model alone, sure, without a hazard concept", () => {
  const model = { threshold: 0.5, vetoBelow: 0.1 };
  // No concept names a signboard swinging over a gate: only the model knows it.
  const sign = "商场楼顶那块大牌子被风刮得来回摆，下面就是公交站台";
  const rules = detectUrgencyByRules(sign);

  it("speaks above the sure line on a whole account", () => {
    expect(rules.urgency).not.toBe("emergency");
    const found = combineUrgency(
      sign,
      rules,
      { probability: MODEL_SURE_ABOVE + 0.05, hazard: "collapse" },
      model,
    );
    expect(found).toMatchObject({ urgency: "emergency", hazard: "collapse", decidedBy: "model" });
  });

  it("stays silent below it", () => {
    const found = combineUrgency(
      sign,
      rules,
      { probability: MODEL_SURE_ABOVE - 0.1, hazard: "collapse" },
      model,
    );
    expect(found.urgency).not.toBe("emergency");
  });

  it("does not speak on a fragment, however sure", () => {
    for (const text of ["6号楼", "钉子拔不出来，墙上还有个洞"]) {
      const found = combineUrgency(
        text,
        detectUrgencyByRules(text),
        { probability: 0.97, hazard: "trapped" },
        model,
      );
      expect(found.urgency).not.toBe("emergency");
    }
  });
});
