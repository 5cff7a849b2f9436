import { describe, expect, it } from "vitest";
import { categoryByTaxonomy } from "../../src/intake/taxonomy-category.js";

const ranked = (category: string) => [
  { category, probability: 0.5 },
  { category: "traffic", probability: 0.1 },
  { category: "sanitation", probability: 0.1 },
  { category: "market", probability: 0.1 },
];
const owner = (text: string, top: string) => categoryByTaxonomy(text, ranked(top))?.category;

describe("a follow-up on a ticket: the centre's handling or the problem itself", () => {
  it("keeps a follow-up that says the problem is still there with the problem's owner", () => {
    // The estate's leak, the builder's unfinished repair: the ticket's words do not make them 其他.
    expect(owner("上个月打12345说过地下室渗水，工单回复已处理，可地下室仍然一地水", "property")).not.toBe(
      "other",
    );
    expect(
      owner("12345的工单回复说施工方三天内把围挡撤掉，半个月了围挡还是堵在门口", "construction"),
    ).not.toBe("other");
    expect(owner("工单号我有，说好有人联系，结果楼道的灯至今还不亮", "property")).not.toBe("other");
  });

  it("still files the handling alone under 其他", () => {
    expect(owner("上周在12345登记的事，说好三天内回电话，一个电话都没有", "public_order")).toBe("other");
    expect(owner("建议热线的工单办结以后把答复原文发给来电人", "labor")).toBe("other");
    expect(owner("工单号丢了，怎么查我上回反映的事", "government_service")).toBe("other");
  });
});

describe("an operator's mast and a village's affairs: 其他 only where no unit owns the matter", () => {
  it("keeps a mast asked about under 其他 and a mast complained of as unlawful with the environment bureau", () => {
    expect(owner("楼顶说要装一个5G基站，请问辐射有没有国家标准，谁能来测一下", "pollution")).toBe("other");
    expect(owner("运营商未经业主同意，私自在我们楼顶架了信号塔，要求马上拆除", "pollution")).not.toBe(
      "other",
    );
  });

  it("keeps a building put up on village land, and a village's school, with their owners", () => {
    expect(owner("村集体的账三年没公开，分红也不知道怎么算的", "labor")).toBe("other");
    expect(owner("村干部把集体土地租给老板，老板在上面违章建了一排厂房", "construction")).not.toBe("other");
    expect(owner("村里的承包地边上那所小学的老师经常不上课", "education")).not.toBe("other");
  });
});
