import type { Channel } from "../../domain/complaint.schema.js";
import type { TicketStatus } from "../../domain/ticket-status.js";
import { wantsShortReplies } from "../../channels-runtime/channel-rules.js";

/** One SMS segment of Chinese text (UCS-2): 70 characters. */
export const SMS_SEGMENT = 70;

/**
 * Resident-facing texts, short and polite, in Simplified Chinese. `sms` variants fit one segment and
 * carry no markup (no emoji, no brackets of menus); other channels get the fuller wording.
 */
export const REPLIES = {
  welcome: {
    full: "您好，欢迎关注直通！遇到小区、道路、供水供暖等问题，直接发文字（可附照片、位置）告诉我问题和地点即可。查进度请回复“查询+编号”。",
    sms: "您好，这里是直通。请回复遇到的问题和地点，查进度回复“查询+编号”。",
  },
  welcomeAt: {
    full: (place: string) =>
      `您好，欢迎关注直通！已识别您所在位置：${place}。请直接说明遇到的问题，可附照片。`,
    sms: (place: string) => `您好，已识别位置：${place}。请直接说明遇到的问题。`,
  },
  placeNoted: (place: string) => `已记录位置：${place}。请说明遇到的问题。`,
  reportHowTo: {
    full: "请直接说明遇到的问题和地点，例如“西盛家园3号楼暖气不热”，可附照片或位置。",
    sms: "请回复问题和地点，如“西盛家园3号楼暖气不热”。",
  },
  queryHowTo: "请回复“查询”加工单编号，例如“查询ZT20261121-0001”。",
  greeting: {
    full: "您好，我是直通小助手。请说明遇到的问题和地点，例如“西盛家园3号楼暖气不热”。",
    sms: "您好，请回复遇到的问题和地点，如“西盛家园3号楼暖气不热”。",
  },
  thanks: "不客气！还有其他问题随时告诉我。",
  bye: "好的，有需要随时联系我们。",
  askLocation: [
    "请问具体在哪个小区或哪条路？几号楼？",
    "没能找到这个地点，请说小区或道路名称，也可以发送位置。",
  ],
  askLocationSms: ["请问具体在哪个小区或哪条路？几号楼？", "没找到这个地点，请回复小区或道路名称。"],
  askDescription: "请再具体说说遇到了什么问题？",
  askContact: "方便留个手机号吗？工作人员可能需要回电了解情况。不方便可回复“不留”。",
  confirm: (summary: string, place: string | null, photos = 0) =>
    `您反映：${summary}${place && !summary.includes(place) ? `（${place}）` : ""}。${photos > 0 ? `已收到${photos}张照片。` : ""}确认请回复1，修改请直接说明。`,
  confirmShort: (summary: string) => `您反映：${summary}。确认请回复1，修改请直接说明。`,
  filed: (ref: string) => `已登记，编号${ref}。工作人员会尽快处理，回复“查询${ref}”可查进度。`,
  filedShort: (ref: string) => `已登记，编号${ref}，将尽快处理。回复“查询${ref}”查进度。`,
  hotlineFiled: (ref: string) => `您的来电已登记，编号${ref}，将尽快处理。回复“查询${ref}”可查进度。`,
  // Only what has happened: the ticket exists. Who was notified is told when the notice is queued.
  emergencyFiled: (ref: string) =>
    `已按紧急事项登记，编号${ref}，正在立即派发，派发后会告诉您通知了哪个单位。`,
  /*
   * The one safety question, where the words hint at a danger the detector could not confirm: the
   * resident says it in a word, and the SMS variant fits one segment.
   */
  askDanger: {
    full: "为确保安全想确认一下：现在现场是否有人受伤、被困，或有燃气泄漏、起火、触电等危险？有请回复“有”，我们立即按紧急事项处理。",
    sms: "为安全确认：现场有人受伤、被困，或有燃气泄漏、起火、触电吗？有请回复“有”，立即按紧急处理。",
  },
  /*
   * The safety question went unanswered: the report is filed as it stood, as urgent. Only that is
   * said; who comes is told when it is dispatched, like any ticket.
   */
  dangerUnanswered: {
    full: (ref: string) =>
      `未收到您对安全确认的回复，已先将您反映的问题按加急登记，编号${ref}。如现场有危险，请立即拨打110、119或120。`,
    sms: (ref: string) => `未收到回复，已按加急登记，编号${ref}。如有危险请立即拨打110、119或120。`,
  },
  askEmergencyPlace: "请马上告诉我具体位置：哪个小区或哪条路，几号楼？",
  several: (n: number) => `您反映了${n}件事，我们逐一登记。`,
  nextOne: "接下来登记下一件事。",
  /** "第二个不用了": that problem of the message is not filed. */
  droppedOne: (n: number) => `好的，第${"一二三四五六七八九"[n - 1] ?? n}件不再登记。`,
  /** Another problem told while one waits for an answer: it is registered next, nothing is lost. */
  anotherQueued: "好的，这件事也会登记，先把上一件办完。",
  cancelled: "好的，已取消本次反映。有需要随时告诉我。",
  nothingToCancel: "当前没有正在登记的事项。有问题请直接告诉我。",
  expired: "由于较长时间未收到回复，本次登记已结束，未生成工单。如仍需反映，请重新发送问题。",
  voiceUnclear: "抱歉，没听清这条语音。请发文字，或拨打12345热线。",
  unsupported: "抱歉，暂时只能处理文字、语音、图片和位置。请用文字说明问题。",
  photoNoted: "已收到照片。请用文字说明遇到的问题和地点。",
  photoAdded: "已收到照片，已附在本次反映中。",
  // True when said: the words (or the photo) are already on the ticket the unit works from.
  addendumAdded: (ref: string) => `已补充到工单${ref}，处理人员可以看到。`,
  addendumRaised: (urgency: string) => `根据您的补充，工单已按${urgency}事项处理。`,
  addendumPlaced: (place: string) => `工单位置已补充为：${place.slice(0, 30)}。`,
  addendumMerged: (from: string, ref: string) =>
    `工单${from}已并入${ref}，已补充到${ref}，处理人员可以看到。`,
  addendumFinished: (ref: string, status: string) => `工单${ref}${status}，这条消息按新的反映处理。`,
  locationNoted: (label: string | null) =>
    label ? `已收到位置：${label}。请说明遇到的问题。` : "已收到位置。请说明遇到的问题。",
  ticketNotFound: (ref: string) => `没有找到编号为${ref}的工单，请核对后再试。`,
  ticketStatus: (ref: string, status: string) => `工单${ref}：${status}。`,
  ticketDetail: (ref: string, summary: string, status: string) => `工单${ref}（${summary}）：${status}。`,
  noTickets: "暂时没有查到您反映过的工单。请回复“查询”加工单编号。",
  scope: (names: string) => `可以反映：${names}等问题。请直接说明问题和地点。`,
} as const;

/** How a ticket's status reads to a resident. */
export function statusText(status: TicketStatus, unitName: string | null, mergedInto: string | null): string {
  switch (status) {
    case "received":
      return "已受理，正在分派";
    case "dispatched":
      return unitName ? `已派发至${unitName}，等待签收` : "已派发，等待签收";
    // A resolution waiting for the centre's review is not finished for the resident yet.
    case "accepted":
    case "pending_review":
      return unitName ? `${unitName}正在办理` : "正在办理";
    case "resolved":
      return "已办理完毕，将电话回访";
    case "surveyed":
      return "已回访";
    case "closed":
      return "已办结";
    case "transferred":
      return "正在重新分派";
    case "reopened":
      return "正在重新办理";
    case "merged":
      return mergedInto ? `已并入工单${mergedInto}一并办理` : "已与同类工单合并办理";
    case "cancelled":
      return "已撤销";
  }
}

/** Picks the short variant where replies go out as one SMS segment (SMS, and hotline callers answered by SMS). */
export function forChannel<T>(channel: Channel, v: { full: T; sms: T }): T {
  return wantsShortReplies(channel) ? v.sms : v.full;
}

/** SMS: strip anything that reads as markup and keep the text plain. */
export function plainForSms(text: string): string {
  return text
    .replace(/<[^>]+>/g, "")
    .replace(/[*_#`>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
