import { describe, it, expect } from "vitest";
import { normaliseGasHomophones } from "../../src/intake/gas-homophones.js";

describe("normaliseGasHomophones", () => {
  it.each([
    ["楼道里然气味好大", "楼道里燃气味好大"],
    ["燃汽泄露了", "燃气泄露了"],
    ["燃起味好大", "燃气味好大"],
    ["天然汽味道重", "天然气味道重"],
    ["没气味很重", "煤气味很重"],
  ])("reads %s as %s", (text, expected) => {
    expect(normaliseGasHomophones(text)).toBe(expected);
  });

  it.each(["家里没气了", "燃起希望", "暖气片不热", "燃气费怎么交", "今天天气不错"])(
    "leaves %s alone when no gas word follows the sound-alike",
    (text) => {
      expect(normaliseGasHomophones(text)).toBe(text);
    },
  );
});
