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
});
