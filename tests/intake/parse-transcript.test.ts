import { describe, it, expect } from "vitest";
import { parseTranscript } from "../../src/intake/parse-transcript.js";

describe("parseTranscript on a transcript kept on one line", () => {
  it("still gives the caller's words to the caller", () => {
    const t = parseTranscript(
      "坐席：您好请讲。来电人：电梯不动了，我在里面。坐席：哪个小区？来电人：海西苑3号楼",
    );
    expect(t).toMatchObject({
      caller: ["电梯不动了，我在里面。", "海西苑3号楼"],
      agent: ["您好请讲。", "哪个小区？"],
    });
  });

  it("starts a turn after an ellipsis, as hesitant callers and agents end theirs", () => {
    const t = parseTranscript(
      "坐席：低保需要到社区……来电人：算了……我已经想好了……今天晚上就从楼上下去……坐席：您现在在哪里？来电人：柳巷路……家里……坐席：您愿意告诉我是几号吗？",
    );
    expect(t?.caller).toEqual(["算了……我已经想好了……今天晚上就从楼上下去……", "柳巷路……家里……"]);
    expect(t?.agent).toHaveLength(3);
  });

  it("leaves a line-per-turn transcript as it was", () => {
    expect(parseTranscript("坐席：您好\n来电人：路灯不亮\n就在桃南一区")).toEqual({
      caller: ["路灯不亮", "就在桃南一区"],
      agent: ["您好"],
      turns: [
        { speaker: "agent", text: "您好" },
        { speaker: "caller", text: "路灯不亮" },
        { speaker: "caller", text: "就在桃南一区" },
      ],
    });
  });

  it("drops the recorder's time stamps instead of making them turns", () => {
    expect(
      parseTranscript(
        "[00:00:02] 坐席：您好，请讲。\n[00:00:05] 来电人：桃南一区东门那个垃圾桶倒了。\n[00:00:26] 坐席：好的，给您登记。",
      ),
    ).toEqual({
      caller: ["桃南一区东门那个垃圾桶倒了。"],
      agent: ["您好，请讲。", "好的，给您登记。"],
      turns: [
        { speaker: "agent", text: "您好，请讲。" },
        { speaker: "caller", text: "桃南一区东门那个垃圾桶倒了。" },
        { speaker: "agent", text: "好的，给您登记。" },
      ],
    });
  });

  it("drops stamps kept on one line, in other brackets or after the label", () => {
    const t = parseTranscript(
      "00:01 坐席：请讲。 00:04 来电人：水管爆了【00:09】坐席：在哪？来电人 (00:12)：海西苑门口",
    );
    expect(t?.caller).toEqual(["水管爆了", "海西苑门口"]);
    expect(t?.agent).toEqual(["请讲。", "在哪？"]);
  });

  it("keeps a clock time the caller says", () => {
    const t = parseTranscript("坐席：您好\n来电人：工地每天晚上\n11:30还在打桩，早上6:00又开始");
    expect(t?.caller).toEqual(["工地每天晚上", "11:30还在打桩，早上6:00又开始"]);
  });
});
