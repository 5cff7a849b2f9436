import { SURNAME_PATTERN } from "../domain/surnames.js";
import {
  EVERYDAY_FULL_NAME,
  EVERYDAY_SHORT_NAME,
  GIVEN_NAME_CLASS,
  STRONG_GIVEN_NAME_CLASS,
} from "../domain/given-names.js";
import { ENDS_LIKE_PLACE, LOOKS_LIKE_NAME } from "../domain/name-forms.js";

/**
 * The writer's name where its make-up says it is one and the place it stands says it is theirs: a
 * listed surname with two common name characters, or with one that seldom builds everyday words
 * (白静, 白宇). The slots hold the writer's name and little else — a message or a caller's turn
 * opening with the name before a pause ("某某某 我家…", "某某。139…", "某某：我的身份证…"), and
 * 我 or 我是 right before it where no pause follows ("我某某某。", "我某某啊，", "我是某某某我们小区…",
 * as voice input runs on).
 */
const G = GIVEN_NAME_CLASS;
const STRONG = STRONG_GIVEN_NAME_CLASS;
const MADE_UP = `${SURNAME_PATTERN}(?:${G}${G}|${STRONG})`;
const MADE_UP_FULL = `${SURNAME_PATTERN}${G}${G}`;

// A pause after the opening name: spaces before more words, or a mark. "某某，…" is left to the
// older opening rules unless the name is full, since "石磊，" and "白雪，" open sentences too.
const OPENING = new RegExp(
  `^\\s*(${MADE_UP_FULL})(?=[ \\t\\u3000]+\\S|[，,。.：:！!；;])|^\\s*(${MADE_UP})(?=[ \\t\\u3000]+\\S|[。.：:])`,
  "u",
);
// 我 right before the name: a sentence's end or a particle after it ("我某某。", "我某某啊"), or, for
// a full name, the next words run on ("我是某某某我们…", "我某某某住…").
const SELF = new RegExp(
  `(?:^|[\\s，,。！!；;：:])我(?:是)?(?:(${MADE_UP})(?=[。.！!啊呀哈嘛]|$)|(${MADE_UP_FULL})(?=我们|我家|住|在))`,
  "u",
);
function madeUp(name: string | undefined): string | null {
  if (!name) return null;
  if (EVERYDAY_FULL_NAME.test(name) || EVERYDAY_SHORT_NAME.test(name) || LOOKS_LIKE_NAME.test(name))
    return null;
  // "王家院", "金华栋" end like a place; 国栋 still is a name ("某国栋，男，67岁").
  if (ENDS_LIKE_PLACE.test(name) && !/栋$/u.test(name)) return null;
  return name;
}

/** A name opening the message (or the caller's first turn) by its make-up, set off by a pause. */
export function openingMadeUpName(text: string): string | null {
  const m = OPENING.exec(text);
  return madeUp(m?.[1] ?? m?.[2]);
}

/** The writer's name right after 我 / 我是 by its make-up, where no pause follows it. */
export function selfMadeUpName(text: string): string | null {
  const m = SELF.exec(text);
  return madeUp(m?.[1] ?? m?.[2]);
}
