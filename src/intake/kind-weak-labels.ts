import { sentences } from "./kind-features.js";

/**
 * The three kinds a message board files by (建言 / 投诉·求助 / 咨询), named here by the kind that
 * stands for each group: a suggestion, a complaint (with requests for help and disputes), a question.
 */
export const KIND_GROUPS = ["complaint", "consultation", "suggestion"] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

// A question that accuses is a complaint ("合理吗", "为何不…", "凭什么"); it never labels a question.
const RHETORICAL =
  /(合理|合法|正常|公平|公平吗|对)吗|为何|为什么|凭什么|难道|怎么回事|有没有人管|谁来管|还有没有|何在|天理|咋回事|怎么能|岂能|是否合法|能不能解决|什么时候(才)?能|到哪(儿|里)(去)?了|还要等多久/;
const ACCUSES =
  /投诉|举报|曝光|违法|违规|非法|不作为|乱收费|拖欠|克扣|欺诈|诈骗|强行|霸王|黑心|扰民|污染严重|脏乱|不堪|严重|坑害|刁难/;
const SUGGESTS = /建议|提议|倡议|呼吁|献策|建言|几点意见|的意见|意见和建议|金点子/;
const ASKS =
  /请问|咨询|想问|问一下|问问|想了解|了解一下|疑问|何时|什么时候|能否|可否|是否|可不可以|能不能|怎么办理|如何办理|如何申请|怎么申请|怎样|需要(哪些|什么)|哪里|哪些|多少|多久|多长时间|有没有|吗[？?]?$|么[？?]?$|[？?]$/;
const THANKS = /感谢|表扬|点赞|致谢|感谢信/;

/**
 * The kind a message board title states ("关于…的建议", "咨询…", "…何时出台？", "举报…"), or null when
 * the title says nothing either way. Titles are short and say what the letter wants, which is why
 * they make weak labels: the label comes from the title's own words, and the model trained on them
 * learns the vocabulary around those words.
 */
export function weakKindFromTitle(title: string): KindGroup | null {
  const t = title.trim();
  if (!t || THANKS.test(t)) return null;
  const suggests = SUGGESTS.test(t);
  const accuses = ACCUSES.test(t);
  const asks = ASKS.test(t) && !RHETORICAL.test(t);
  if (suggests && !accuses && !/请问|咨询/.test(t)) return "suggestion";
  if (asks && !accuses && !suggests) return "consultation";
  if (!suggests && !asks) return "complaint";
  return null;
}

/**
 * The kind of a letter without a title, only where its words leave little doubt: a closing
 * sentence that asks (请问… / 想咨询…) or proposes (建议…), or an explicit 投诉/举报. Other letters
 * stay unlabelled rather than guessed.
 */
export function weakKindFromBody(text: string): KindGroup | null {
  const parts = sentences(text);
  if (parts.length === 0) return null;
  const closing = parts.slice(-2).join("");
  const accuses = ACCUSES.test(text);
  const rhetorical = RHETORICAL.test(closing);
  if (/建议|提议|倡议|呼吁/.test(closing) && !accuses && !rhetorical && !/请问|咨询/.test(closing))
    return "suggestion";
  if (/请问|想咨询|咨询一下|想了解|想问/.test(closing) && !accuses && !rhetorical && !/建议/.test(text))
    return "consultation";
  if (/投诉|举报/.test(text) && !/建议/.test(closing) && !/请问|咨询/.test(closing)) return "complaint";
  return null;
}
