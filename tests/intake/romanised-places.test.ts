import { describe, expect, it } from "vitest";
import { RomanisedPlaces } from "../../src/intake/romanised-places.js";

/*
 * Place names written in Latin letters, in English or in pinyin. Own wording, on made-up places.
 */
const places = new RomanisedPlaces([
  "光明小区",
  "光明路",
  "长青大厦",
  "东风一区",
  "河西商业街",
  "红星街",
  "红星街小学",
  "青年北路",
]);
const names = (text: string) => places.find(text).map((m) => m.name);

describe("romanised place names", () => {
  it("reads an English kind after the name's syllables", () => {
    expect(names("The lift in Changqing Tower is stuck again")).toEqual(["长青大厦"]);
    expect(names("Rubbish piled up at the gate of Dongfeng 1st District")).toEqual(["东风一区"]);
    expect(names("Music too loud on Hexi Commercial Street every night")).toEqual(["河西商业街"]);
    expect(names("pothole on Qingnian North Road")).toEqual(["青年北路"]);
  });

  it("reads pinyin, run together or spaced, and an estate by its name alone", () => {
    expect(names("guang ming lu shang de lu deng huai le")).toEqual(["光明路"]);
    expect(names("Guangming Xiaoqu 3 hao lou mei shui")).toEqual(["光明小区"]);
    expect(names("water off in building 5, Guangming, since noon")).toEqual(["光明小区"]);
  });

  it("prefers the longest name: a school on a street is the school", () => {
    expect(names("The crossing outside Hongxing Street Primary School has no guard")).toEqual(["红星街小学"]);
  });

  it("does not read syllables inside English words or a street's name without its kind", () => {
    expect(names("Please check the lighting at the crossing")).toEqual([]);
    expect(names("Qingnian is a nice place")).toEqual([]);
  });
});
