import { describe, expect, it } from "vitest";
import { assembleTranscript } from "../../../channels/hotline/assemble-transcript.js";
import type { TranscriptSegment } from "../../../channels/hotline/hotline-event.schema.js";

const seg = (seq: number, speaker: "caller" | "agent", text: string, final = true): TranscriptSegment => ({
  type: "transcript.segment",
  callId: "c1",
  seq,
  speaker,
  text,
  final,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
});

describe("transcript assembler", () => {
  it("orders segments that arrived out of order and labels the speakers", () => {
    const result = assembleTranscript([
      seg(2, "caller", "我们小区路灯坏了。"),
      seg(1, "agent", "您好，请讲。"),
    ]);
    expect(result.lines).toEqual(["坐席：您好，请讲。", "来电人：我们小区路灯坏了。"]);
  });

  it("keeps one copy of a segment delivered twice", () => {
    const result = assembleTranscript([seg(1, "caller", "你好"), seg(1, "caller", "你好")]);
    expect(result.lines).toEqual(["来电人：你好"]);
  });

  it("replaces a partial by its final, even when the final came first", () => {
    expect(assembleTranscript([seg(1, "caller", "路灯", false), seg(1, "caller", "路灯坏了三天")]).text).toBe(
      "来电人：路灯坏了三天",
    );
    const late = assembleTranscript([seg(1, "caller", "路灯坏了三天"), seg(1, "caller", "路灯", false)]);
    expect(late.text).toBe("来电人：路灯坏了三天");
    expect(late.hasPartials).toBe(false);
  });

  it("keeps a partial that never got its final and says so", () => {
    const result = assembleTranscript([seg(1, "caller", "在幸福", false)]);
    expect(result).toMatchObject({ text: "来电人：在幸福", hasPartials: true });
  });

  it("joins consecutive utterances of one speaker into one line and skips empty ones", () => {
    const result = assembleTranscript([
      seg(3, "caller", "三号楼门口。"),
      seg(1, "caller", "路灯坏了，"),
      seg(2, "caller", "  "),
      seg(4, "agent", "好的，已记录。"),
    ]);
    expect(result.lines).toEqual(["来电人：路灯坏了，三号楼门口。", "坐席：好的，已记录。"]);
  });
});
