import { describe, expect, it } from "vitest";
import { ChannelInputError } from "../../../channels/channel.js";
import { normalizeWechatMessage } from "../../../channels/wechat/normalize-wechat-message.js";
import { parseWechatXml } from "../../../channels/wechat/parse-wechat-xml.js";

const now = new Date("2024-05-01T08:00:00Z");
const head = `<ToUserName><![CDATA[gh_abc]]></ToUserName><FromUserName><![CDATA[oRes]]></FromUserName><CreateTime>1714550400</CreateTime>`;
const parse = (inner: string) => normalizeWechatMessage(parseWechatXml(`<xml>${head}${inner}</xml>`), now);

describe("WeChat message types", () => {
  it("uses a voice message's Recognition as text and keeps the MediaId", () => {
    const message = parse(
      `<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[路灯坏了]]></Recognition><MsgId>123</MsgId>`,
    );
    expect(message).toMatchObject({ kind: "voice", text: "路灯坏了", mediaId: "m1" });
  });

  it("leaves text null for a voice message without Recognition", () => {
    const message = parse(
      `<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m1]]></MediaId><MsgId>123</MsgId>`,
    );
    expect(message).toMatchObject({ kind: "voice", text: null });
  });

  it("keeps an image's MediaId and PicUrl", () => {
    const message = parse(
      `<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz/x.jpg]]></PicUrl><MediaId><![CDATA[img1]]></MediaId><MsgId>9</MsgId>`,
    );
    expect(message).toMatchObject({ kind: "image", mediaId: "img1", mediaUrl: "http://mmbiz/x.jpg" });
  });

  it("reads a location's latitude, longitude and label", () => {
    const message = parse(
      `<MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale><Label><![CDATA[幸福小区3号楼]]></Label><MsgId>10</MsgId>`,
    );
    expect(message.location).toEqual({ lat: 23.134521, lng: 113.358803, label: "幸福小区3号楼" });
  });

  it("stores link and video messages as unsupported", () => {
    expect(parse(`<MsgType><![CDATA[link]]></MsgType><Title>t</Title><MsgId>11</MsgId>`).kind).toBe(
      "unsupported",
    );
    expect(parse(`<MsgType><![CDATA[video]]></MsgType><MediaId>v</MediaId><MsgId>12</MsgId>`).kind).toBe(
      "unsupported",
    );
  });

  it("strips qrscene_ from a subscribe-by-scan key so it matches the SCAN key", () => {
    const subscribe = parse(
      `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_bldg-0042]]></EventKey><Ticket>t</Ticket>`,
    );
    const scan = parse(
      `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[SCAN]]></Event><EventKey><![CDATA[bldg-0042]]></EventKey><Ticket>t</Ticket>`,
    );
    expect(subscribe.event).toEqual({ type: "subscribe", key: "bldg-0042" });
    expect(scan.event).toEqual({ type: "scan", key: "bldg-0042" });
  });

  it("keys events on FromUserName + CreateTime + Event", () => {
    const message = parse(`<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event>`);
    expect(message).toMatchObject({
      channelMessageId: "oRes-1714550400-unsubscribe",
      event: { type: "unsubscribe", key: null },
    });
  });

  it("reads CLICK and VIEW keys and LOCATION coordinates", () => {
    expect(parse(`<MsgType>event</MsgType><Event>CLICK</Event><EventKey>REPORT</EventKey>`).event).toEqual({
      type: "click",
      key: "REPORT",
    });
    expect(
      parse(`<MsgType>event</MsgType><Event>VIEW</Event><EventKey>https://x</EventKey>`).event?.type,
    ).toBe("view");
    const location = parse(
      `<MsgType>event</MsgType><Event>LOCATION</Event><Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision>`,
    );
    expect(location.location).toEqual({ lat: 23.137466, lng: 113.352425, label: null });
  });

  it("maps an unknown event to `unknown` instead of failing", () => {
    expect(
      parse(`<MsgType>event</MsgType><Event>scancode_push</Event><EventKey>k</EventKey>`).event?.type,
    ).toBe("unknown");
  });

  it.each([
    ["missing MsgType", `<MsgId>1</MsgId>`, "WECHAT.MISSING_FIELD"],
    ["missing MsgId", `<MsgType>text</MsgType><Content>x</Content>`, "WECHAT.MISSING_FIELD"],
    [
      "non-numeric MsgId",
      `<MsgType>text</MsgType><Content>x</Content><MsgId>abc</MsgId>`,
      "WECHAT.MISSING_FIELD",
    ],
    [
      "location out of range",
      `<MsgType>location</MsgType><Location_X>123</Location_X><Location_Y>1</Location_Y><MsgId>1</MsgId>`,
      "CHANNEL.INVALID_PAYLOAD",
    ],
    ["event without Event", `<MsgType>event</MsgType>`, "WECHAT.MISSING_FIELD"],
  ])("refuses %s", (_name, inner, code) => {
    expect(() => parse(inner)).toThrow(ChannelInputError);
    try {
      parse(inner);
    } catch (error) {
      expect((error as ChannelInputError).code).toBe(code);
    }
  });

  it("accepts a subscription-message popup event with one <List> per template", () => {
    // Tencent's documented example of subscribe_msg_popup_event: one List per template shown.
    const list = (id: string, status: string) =>
      `<List><TemplateId><![CDATA[${id}]]></TemplateId><SubscribeStatusString><![CDATA[${status}]]></SubscribeStatusString><PopupScene>2</PopupScene></List>`;
    const message = parse(
      `<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe_msg_popup_event]]></Event>` +
        `<SubscribeMsgPopupEvent>${list("VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc", "accept")}${list("9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI", "reject")}</SubscribeMsgPopupEvent>`,
    );
    expect(message).toMatchObject({ kind: "event", event: { type: "unknown" } });
    expect(message.raw).toMatchObject({
      "SubscribeMsgPopupEvent.List.0.SubscribeStatusString": "accept",
      "SubscribeMsgPopupEvent.List.1.TemplateId": "9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI",
    });
  });

  it.each([
    ["not XML", "hello"],
    ["unclosed tags", "<xml><MsgType>text"],
    ["a foreign root", "<foo><a>1</a></foo>"],
    ["a DTD", `<!DOCTYPE x [<!ENTITY a "b">]><xml><a>&a;</a></xml>`],
    ["a repeated MsgId", "<xml><MsgId>1</MsgId><MsgId>2</MsgId></xml>"],
  ])("refuses XML with %s as CHANNEL.BAD_XML", (_name, xml) => {
    expect(() => parseWechatXml(xml)).toThrow(expect.objectContaining({ code: "CHANNEL.BAD_XML" }));
  });
});
