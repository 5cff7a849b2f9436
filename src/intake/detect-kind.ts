import type { Kind } from "../domain/taxonomy.schema.js";

export interface KindFinding {
  kind: Kind;
  confidence: number;
}

const PRAISE = /表扬|感谢|谢谢.{0,10}(帮|解决|及时)|点赞|锦旗|辛苦了.{0,6}(解决|帮)|给.{0,8}(好评|点个赞)/;
const COMPLAINT_WORDS = /投诉|不满|太差|没人管|不管|不给|不退|拖欠|坏了|不热|停水|停电/;
const WISH = /微心愿|小心愿|心愿|好心人|爱心人士|志愿者.{0,6}帮/;
const SUGGESTION =
  /建议|提议|希望.{0,12}(增设|增加|加装|安装|装一个|设置|开通|画|修建|多放|多加|加个)|能不能(加|多加|增设|装|设置|开通)|可否|最好能/;
const DISPUTE = /调解|纠纷|闹矛盾|吵起来|吵架|闹了好久|协商(不成|不了|了几次)|不肯赔|不给赔|不认账|扯皮/;
const QUESTION =
  /请问|咨询|想问|问一下|问问|怎么(办理|申请|提取|补|弄|做|报名|预约|划|收费)|(需要|要)(带|准备)?什么(材料|手续|证件)?|在哪(里|儿)?(办|补|打|交|查|换|申请|领)|多长时间|多久|什么时候(开始|能|可以|发)|是否|能否|可以.{0,6}吗|合法吗|[吗么呢][？?]?$/;
const HELP = /帮帮|求助|求救|救助|困难|帮忙|帮一下|帮着|帮我们|没人照顾|走丢|摔倒|掉进/;

/**
 * The kind of appeal from the wording, with the category as a tie-breaker: a neighbour quarrel is
 * a dispute, a question about a procedure is a consultation, hardship is a request for help.
 */
export function detectKind(text: string, category: string): KindFinding {
  const complaintish = COMPLAINT_WORDS.test(text);
  if (PRAISE.test(text) && !complaintish) return { kind: "praise", confidence: 0.9 };
  if (WISH.test(text)) return { kind: "wish", confidence: 0.85 };
  if (DISPUTE.test(text) || category === "neighbor_dispute") return { kind: "dispute", confidence: 0.8 };
  if (SUGGESTION.test(text)) return { kind: "suggestion", confidence: 0.8 };
  if (HELP.test(text) || category === "social_assistance") return { kind: "help", confidence: 0.75 };
  if (QUESTION.test(text) && !/投诉|太差|不管|拖欠/.test(text))
    return { kind: "consultation", confidence: 0.75 };
  return { kind: "complaint", confidence: 0.7 };
}
