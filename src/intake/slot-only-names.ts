import {
  MINORITY_SELF,
  NAME_IN_PHONE_FIELD,
  NATIONAL_SELF,
  SLOT_SURNAME_SIGNED,
  SLOT_SURNAME_NAME,
  SLOT_SURNAME_TITLED,
  SURNAME_THEN_NAME,
} from "../domain/slot-names.js";
import { warmUp } from "../domain/regexp-warm-up.js";

/**
 * The writer's name where the surname list cannot find it and only the place it stands in says it is
 * a name: a Tibetan or Mongolian name opening the message, after 我是 / 我叫 / 本人 or alone ending a
 * line ("扎西 新城公寓…", "我是那个乌兰图雅", "——海西苑 乌兰"), and a surname that is also an everyday
 * word after 本人 / 户主： / 签名： or with 先生 / 女士 set off ("本人区家明", "（区女士）"). Read before the
 * other rules: they take a part of such a name (卓玛 of 扎西卓玛, 桂芳 of 区桂芳) or none. So is a name
 * in a form's phone field ("联系电话：某书华"): the other rules read the labels of a form filled in the
 * wrong boxes.
 */
const MINORITY = MINORITY_SELF.map((source) => warmUp(new RegExp(source, "u")));
const SLOTS = [
  NAME_IN_PHONE_FIELD,
  NATIONAL_SELF,
  SURNAME_THEN_NAME,
  SLOT_SURNAME_SIGNED,
  SLOT_SURNAME_NAME,
  SLOT_SURNAME_TITLED,
].map((source) => warmUp(new RegExp(source, "u")));

export function slotOnlyName(text: string): string | null {
  for (const re of MINORITY) {
    const name = re.exec(text)?.[1];
    if (name) return name;
  }
  for (const re of SLOTS) {
    const m = re.exec(text);
    if (m) return m[m.length - 1]!;
  }
  return null;
}
