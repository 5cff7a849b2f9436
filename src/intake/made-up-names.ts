import { SURNAME_PATTERN } from "../domain/surnames.js";
import {
  EVERYDAY_FULL_NAME,
  EVERYDAY_SHORT_NAME,
  GIVEN_NAME_CLASS,
  STRONG_GIVEN_NAME_CLASS,
} from "../domain/given-names.js";
import { ENDS_LIKE_PLACE, LOOKS_LIKE_NAME } from "../domain/name-forms.js";
import { warmUp } from "../domain/regexp-warm-up.js";

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
const OPENING = warmUp(
  new RegExp(
    `^\\s*(${MADE_UP_FULL})(?=[ \\t\\u3000]+\\S|[，,。.：:！!；;])|^\\s*(${MADE_UP})(?=[ \\t\\u3000]+\\S|[。.：:])`,
    "u",
  ),
);
// 我 right before the name: a sentence's end or a particle after it ("我某某。", "我某某啊"), or, for
// a full name, the next words run on ("我是某某某我们…", "我某某某住…").
const SELF = warmUp(
  new RegExp(
    `(?:^|[\\s，,。！!；;：:])我(?:是)?(?:(${MADE_UP})(?=[。.！!啊呀哈嘛]|$)|(${MADE_UP_FULL})(?=我们|我家|住|在))`,
    "u",
  ),
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

// "我是乘客某某某，", "我是双塔小区的车主某某，", "我是消费者某某": the writer says what they are (a word
// no list holds: 乘客, 车主, 消费者, 举报人), then their name, set off by a pause or ending the message.
// "我是恒汇大厦保安老某，": a nickname may stand there too. "我是…某某某老太太" keeps the name before the
// form of address.
// The slot says so much that a given name of one common character is taken there ("…的车主某明，").
const ROLE_WORD = '[^\\s，,。！!？?的、：:；;（）()“”"我你他她]{0,8}?';
const SELF_ROLE = warmUp(
  new RegExp(
    `(?:^|[^他她])(?:我|本人)(?:就)?是(?:[^\\s，,。！!？?]{0,12}?的)?${ROLE_WORD}(${SURNAME_PATTERN}${G}{1,2}|老${SURNAME_PATTERN})(?=[，,。.！!；;\\s]|$|电话|手机|联系|老太太|老太|老头)`,
    "u",
  ),
);
// "咱老百姓某某某就想问一句", "我一个普通市民某某某，": the writer calling themselves one of the public, then
// their name, with no 是 between.
const SELF_COMMONER = warmUp(
  new RegExp(
    `(?:^|[\\s，,。！!；;])(?:我|咱|俺)(?:一个|一名)?(?:小?老百姓|普通(?:老百姓|市民|居民|群众))\\s*(${MADE_UP})(?=[，,。.！!；;\\s]|$|就|想|要)`,
    "u",
  ),
);
const OLD_WORD = warmUp(
  /^老(?:师|板|乡|公|婆|伴|总|家|人|大|二|三|幺|实|头|年|式|旧|少|友|兵|手|者|爷|太|汉|姐|哥|弟|妹)$/u,
);
/** The writer's name after 我是 and what they are ("我是乘客某某某，"), by its make-up. */
export function selfRoleMadeUpName(text: string): string | null {
  const name = SELF_ROLE.exec(text)?.[1] ?? SELF_COMMONER.exec(text)?.[1];
  if (!name) return null;
  // "我是中学老师。": 老师, 老板, 老乡… are words, not 老 and a surname.
  if (name.startsWith("老") && name.length === 2) return OLD_WORD.test(name) ? null : name;
  return madeUp(name);
}
