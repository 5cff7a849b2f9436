/*
 * Reports filled in as a form, one "label：value" a line: a grid worker's event report ("事件类型：…",
 * "发生地点：…", "事件描述：…", "上报人：网格员 …") or a web form pasted into the chat ("诉求人：…",
 * "联系电话：…", "诉求地址：…", "诉求内容：…"). Read as running text, the labels and the metadata
 * (the event type's filing words, who reported, the advice to the unit) take the summary's room and
 * crowd out the description, the only field that says what is wrong with what.
 */

/** Fields that say what is wrong: the summary is read from them. */
const BODY =
  /^(事件描述|事件内容|事件详情|诉求内容|反映内容|投诉内容|详细描述|问题描述|情况描述|具体情况|描述|内容|正文)$/;
/** The writer's own title of the report ("诉求标题：…", "反映事项：…"). */
const TITLE = /^(诉求标题|反映标题|事件标题|标题|主题|事由|反映事项|诉求事项|事项)$/;
/** Where: kept as an address line, which the summary does not repeat when the place is resolved. */
const WHERE =
  /^(发生地点|事件地点|事发地点|诉求地点|诉求地址|反映地点|问题地点|地点|地址|位置|具体位置|详细地址)$/;
/** Filing and reporting metadata: no part of the problem. */
const META =
  /^(事件类型|事件类别|事件分类|诉求类型|诉求类别|问题类型|问题类别|反映类型|类型|类别|上报人|报告人|填报人|诉求人|反映人|投诉人|姓名|电话|联系电话|手机|手机号|联系方式|联系人|上报时间|发生时间|时间|处置建议|处理建议|办理建议|编号|工单号|所属网格|网格|来源)$/;

const FIELD = /^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*(.*)$/;

/**
 * The report's title, description and address as running text ("标题：…\n内容：…\n地址：…"), or null
 * when the text is no form: it needs a description field and another field (a title, where, or
 * the filing metadata) each opening a line.
 */
export function formBody(text: string): string | null {
  const lines = text.split(/\n/);
  const title: string[] = [];
  const body: string[] = [];
  const where: string[] = [];
  let fields = 0;
  let formOnly = 0;
  // The field a line without a label goes on with ("事件描述：…\n…second line").
  let current: string[] | null = null;
  for (const line of lines) {
    const field = FIELD.exec(line);
    const label = field?.[1] ?? "";
    const value = (field?.[2] ?? "").trim();
    if (field && BODY.test(label)) {
      fields++;
      current = body;
    } else if (field && TITLE.test(label)) {
      fields++;
      current = title;
    } else if (field && WHERE.test(label)) {
      fields++;
      formOnly++;
      current = where;
    } else if (field && META.test(label)) {
      fields++;
      formOnly++;
      current = null;
      continue;
    } else if (field && value) {
      // A field of its own kind ("车辆信息：红色两轮摩托车，无牌") describes the thing: with the description.
      body.push(value);
      current = body;
      continue;
    } else {
      if (current && line.trim()) current.push(line.trim());
      continue;
    }
    if (value) current.push(value);
  }
  if (!body.length || fields < 2 || !(formOnly || title.length)) return null;
  return [
    ...(title.length ? [`标题：${title.join("，")}`] : []),
    // Labelled, so the summary reads the description's opening as the report's point.
    `内容：${body.join("\n")}`,
    ...(where.length ? [`地址：${where.join("，")}`] : []),
  ].join("\n");
}

/*
 * A notice the resident copies before their own words ("【温馨提示】各位业主：…请大家不要随意投喂…——双塔小区
 * 物业服务中心", "【物业通知】…请车主于周五前自行挪走。——海西苑物业", then "转给你们看看，通知发了等于没发，
 * …现在楼道里全是猫屎"): the notice says what the management asked for, the words after it what is still
 * wrong. The notice opens with its bracketed kind and ends with its signature or a blank line.
 */
const NOTICE = /^\s*【[^】\n]{0,8}(通知|提示|公告|通告|告知书?|启事|提醒)】[^\n]*?(——[^\n]{2,24}|\n\s*\n)/;

/** The resident's own words after a copied notice, or null when the message copies none. */
export function afterPostedNotice(text: string): string | null {
  const notice = NOTICE.exec(text);
  if (!notice) return null;
  const own = text.slice(notice[0].length).trim();
  return (own.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6 ? own : null;
}
