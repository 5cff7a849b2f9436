import { describe, expect, it } from "vitest";
import { detectOptOut } from "../../../channels/sms/detect-opt-out.js";

describe("opt-out detection", () => {
  it.each(["退订", "TD", "td", "T", "STOP", "stop!", " 取消订阅 ", "退订。", "ＴＤ"])(
    "treats %j as opt-out",
    (text) => {
      expect(detectOptOut(text)).toBe(true);
    },
  );

  it.each(["T恤被偷了", "STOP the noise please", "不要退订我的通知吗", "", null])(
    "treats %j as an appeal",
    (text) => {
      expect(detectOptOut(text)).toBe(false);
    },
  );
});
