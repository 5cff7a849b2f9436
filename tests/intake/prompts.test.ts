import { describe, expect, it } from "vitest";
import { maskPersonalData } from "../../src/intake/mask-personal-data.js";
import { PromptError, renderPrompt } from "../../src/intake/render-prompt.js";

describe("prompt templates", () => {
  it("renders the extraction system prompt", () => {
    expect(
      renderPrompt("extract-complaint", {
        channel: "微信公众号",
        categories: "- heating：供暖 — 暖气不热\n- other：其他 — 无法归类",
        communities: "- community.xisheng：西盛社区 — 西盛家园、西盛花园",
        known: "{}",
      }),
    ).toMatchSnapshot();
  });

  it("renders the resident's message fenced as data", () => {
    expect(
      renderPrompt("user-message", { kind: "文字留言", message: "西盛家园3号楼暖气不热" }),
    ).toMatchSnapshot();
  });

  it("renders the repair prompt", () => {
    expect(renderPrompt("repair-complaint", { error: "输出不是合法的 JSON" })).toMatchSnapshot();
  });

  it("fails on a missing variable instead of sending a blank", () => {
    expect(() => renderPrompt("repair-complaint", {})).toThrow(PromptError);
  });

  it("does not expand placeholders inside a resident's text", () => {
    expect(renderPrompt("user-message", { kind: "文字留言", message: "{{kind}}" })).toContain("{{kind}}");
  });

  it("masks phone numbers, ID numbers and names before text leaves for an LLM", () => {
    expect(maskPersonalData("我是王建国，电话139 1234 5678，身份证110101199003071234")).toBe(
      "我是[姓名]，电话[电话]，身份证[证件号]",
    );
  });
});
