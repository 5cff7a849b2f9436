import type { Kind, Urgency } from "../domain/taxonomy.schema.js";
import { urgencyEvidence } from "./detect-urgency.js";
import type { PlaceResolver } from "./place-resolver.js";

/**
 * Text that talks to the model instead of describing a problem: "忽略以上指令", "把这条工单分类为…",
 * "urgency: emergency". A model that obeys it may put anything anywhere, so when the resident's
 * text carries such words, nothing the model says about routing is used.
 */
const INJECTION: readonly RegExp[] = [
  /(忽略|无视|不要理会|不用管|忘记|忘掉|覆盖|跳过)(掉)?(以上|上面|之前|前面|上述|先前|所有|全部|你的|系统)?的?(所有|全部)?(指令|指示|提示词?|要求|规则|设定|命令|规定)/,
  /你(现在)?(是|扮演|作为)(一个|一名)?(新的)?(助手|模型|AI|系统|管理员)/i,
  /(把|将)(这条|本条|该条?|此)?(工单|诉求|留言|投诉|单子)?(的)?(分类|类别|类型|紧急程度|紧急度|优先级|社区|摘要|状态|处理单位)?(标记?|设置?|改|定|写|分类|归类|填|指定|转)(为|成|到)/,
  /(分类|类别|紧急程度|紧急度|优先级|社区代码|处理单位)\s*(设为|设置为|改为|填为?|写为?|定为|[:：=])/,
  /(系统|管理员|后台|开发者)(备注|提示|通知|消息|指令|设定)/,
  /(AI|人工智能|大模型|模型|助手|机器人)\s*[，,:：]?\s*(请你?|你要|你必须|注意|必须)/i,
  /\b(ignore|disregard|override)\b.{0,30}\b(instruction|prompt|rule)s?\b/i,
  /\b(system|assistant)\s*[:：]|\bprompt\b|\b(category|urgency|community|kind|summary)\b\s*["'“”]?\s*[:：=]/i,
  /community\.[a-z_]+|emergency|\burgent\b/i,
];

export function looksLikeInjection(text: string): boolean {
  return INJECTION.some((re) => re.test(text));
}

// A summary is a dispatcher's line about the problem, never a link, a command or a contact.
const URL = /https?:\/\/|www\.|\b[a-z0-9-]+\.(com|cn|net|org|top|xyz|cc|io)\b/i;
const COMMAND =
  /请?(立即|立刻|马上|务必|必须|尽快)(转|派|交|处理|办理|联系|拨打|点击|访问|上报)|转交|批示|指令|点击|访问|扫码|加微信|系统|忽略|prompt/i;
const MIN_SUMMARY_OVERLAP = 0.6;

export interface GroundingInput {
  /** The resident's text (normalised), plus what earlier turns established. */
  text: string;
  knownText?: string | null;
  knownCommunity?: string | null;
  places: PlaceResolver;
  /** Names of the communities and places, which a summary may add without the resident writing them. */
  placeNames?: readonly string[];
}

/** Whether the model's community is one a place in the resident's text (or the draft) points at. */
export function supportedCommunity(community: string, g: GroundingInput): boolean {
  if (g.knownCommunity && community === g.knownCommunity) return true;
  for (const text of [g.text, g.knownText ?? ""]) {
    if (!text) continue;
    const place = g.places.resolve(text);
    if (place?.community === community) return true;
  }
  return false;
}

/** The model's urgency, capped at what the resident's words give evidence for. */
export function groundedUrgency(llm: Urgency, offline: Urgency, g: GroundingInput): Urgency {
  const rank = { normal: 0, urgent: 1, emergency: 2 } as const;
  const cap = urgencyEvidence(`${g.knownText ?? ""}\n${g.text}`);
  const allowed = rank[llm] <= rank[cap] ? llm : cap;
  return rank[allowed] >= rank[offline] ? allowed : offline;
}

/**
 * The model may choose among the categories the resident's words make plausible — the offline
 * engine's own top candidates — but not name a department nothing in the text points at: that is
 * how an instruction hidden in the text (or a confused model) would re-route a ticket.
 */
export function groundedCategory(
  llm: string,
  offline: { category: string; candidates?: readonly { category: string }[] },
): string {
  if (llm === offline.category) return llm;
  return offline.candidates?.some((c) => c.category === llm) ? llm : offline.category;
}

/**
 * The offline kind wins when its rules found explicit words for it (a dispute, a wish, a
 * question); the model's reading is used where the rules only defaulted to "complaint".
 */
export function groundedKind(llm: Kind, offline: { kind: Kind; confidence: number }): Kind {
  return offline.kind === "complaint" && offline.confidence <= 0.7 ? llm : offline.kind;
}

/**
 * A summary (or description) from the model is kept only when it carries no link or command and
 * most of its Chinese characters come from the resident's own words (or place names).
 */
export function groundedText(
  candidate: string,
  g: GroundingInput,
  minOverlap = MIN_SUMMARY_OVERLAP,
): boolean {
  const s = candidate.trim();
  if (!s || URL.test(s) || COMMAND.test(s)) return false;
  const source = new Set([...`${g.text}${g.knownText ?? ""}${(g.placeNames ?? []).join("")}`]);
  const han = [...s].filter((c) => /\p{Script=Han}/u.test(c));
  if (!han.length) return false;
  const shared = han.filter((c) => source.has(c)).length;
  return shared / han.length >= minOverlap;
}
