import { describe, expect, it } from "vitest";
import {
  parseFlatWechatXml,
  parseWechatXml,
  parseWechatXmlWithLibrary,
} from "../../../channels/wechat/parse-wechat-xml.js";
import { createWechatCipher } from "../../../channels/wechat/wechat-crypto.js";

/** What a parse gives: the fields, or the error code it refuses with. */
function outcome(parse: (text: string) => unknown, text: string): unknown {
  try {
    return { fields: parse(text) };
  } catch (error) {
    return { refused: (error as { code?: string }).code ?? String(error) };
  }
}

const head =
  "<ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oResident0001]]></FromUserName>" +
  "<CreateTime>1764640000</CreateTime>";

/** Every kind of push WeChat sends, as it sends them (flat, CDATA for strings). */
const PUSHES = [
  `<xml>${head}<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[西盛家园3号楼暖气不热]]></Content><MsgId>7100000000000000001</MsgId></xml>`,
  `<xml>${head}<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/x?a=1&b=2]]></PicUrl><MediaId><![CDATA[media_1]]></MediaId><MsgId>7100000000000000002</MsgId></xml>`,
  `<xml>${head}<MsgType><![CDATA[voice]]></MsgType><MediaId><![CDATA[m]]></MediaId><Format><![CDATA[amr]]></Format><Recognition><![CDATA[]]></Recognition><MsgId>3</MsgId></xml>`,
  `<xml>${head}<MsgType><![CDATA[location]]></MsgType><Location_X>39.915</Location_X><Location_Y>116.404</Location_Y><Scale>15</Scale><Label><![CDATA[北京市东城区]]></Label><MsgId>4</MsgId></xml>`,
  `<xml>${head}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[qrscene_b-12]]></EventKey><Ticket><![CDATA[TICKET]]></Ticket></xml>`,
  `<xml>${head}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[LOCATION]]></Event><Latitude>23.137466</Latitude><Longitude>113.352425</Longitude><Precision>119.385040</Precision></xml>`,
  // Nested (menu location event): not flat, parsed by the library.
  `<xml>${head}<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[location_select]]></Event><SendLocationInfo><Location_X><![CDATA[23]]></Location_X><Label><![CDATA[x]]></Label></SendLocationInfo></xml>`,
  // The safe-mode outer envelope.
  `<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><Encrypt><![CDATA[${createWechatCipher("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wx0123456789abcdef").encrypt("<xml/>")}]]></Encrypt></xml>`,
];

/** Documents at the edges of the flat shape, well-formed or not. */
const EDGES = [
  "<xml></xml>",
  "<xml> </xml>",
  "<xml><A><![CDATA[  spaced  ]]></A><B> 12 </B></xml>",
  "<xml>\n <A><![CDATA[x]]></A>\r\n\t<B>y</B>\n</xml>\n",
  "  <xml><A>1</A></xml>  ",
  "\uFEFF<xml><A>1</A></xml>",
  "<xml>\u3000<A>1</A></xml>",
  "<xml><A>\u3000 x \u3000</A></xml>",
  "<xml><A><![CDATA[]]></A><B></B></xml>",
  "<xml><A><![CDATA[a&amp;b <c> ]] ] >]]></A><B>a&amp;b</B></xml>",
  "<xml><A><![CDATA[a]]>b</A></xml>",
  "<xml><A><![CDATA[x]]>y]]></A></xml>",
  "<xml><A><![CDATA[x]]><![CDATA[y]]></A></xml>",
  "<xml><A>x > y</A></xml>",
  "<xml><A>1</A><A>2</A></xml>",
  "<xml><A/></xml>",
  '<xml><A k="v">1</A></xml>',
  '<?xml version="1.0"?><xml><A>1</A></xml>',
  "<xml><!-- c --><A>1</A></xml>",
  "<xml><A>1</A>tail</xml>",
  "<xml><A>1</A></xml>trailing",
  "<xml><A>1</B></xml>",
  "<xml><A>1</A>",
  "<xml><a>1</a><A>2</A><_x>3</_x><x9>4</x9></xml>",
  "<xml><__proto__>1</__proto__></xml>",
  "<xml><constructor>1</constructor></xml>",
  "<xml><toString>1</toString></xml>",
  "<XML><A>1</A></XML>",
  "<root><A>1</A></root>",
  '<!DOCTYPE xml [<!ENTITY e "x">]><xml><A>&e;</A></xml>',
  "",
  "not xml",
];

describe("WeChat XML: the flat-envelope fast path", () => {
  it.each([...PUSHES, ...EDGES].map((doc) => [JSON.stringify(doc).slice(0, 90), doc]))(
    "gives the library's fields or refusal for %s",
    (_name, doc) => {
      expect(outcome(parseWechatXml, doc)).toEqual(outcome(parseWechatXmlWithLibrary, doc));
    },
  );

  it("takes the fast path for every flat push WeChat sends, and leaves nested ones to the library", () => {
    const flat = PUSHES.filter((doc) => !doc.includes("<SendLocationInfo>"));
    for (const doc of flat) expect(parseFlatWechatXml(doc)).not.toBeNull();
    expect(parseFlatWechatXml(PUSHES.find((doc) => doc.includes("<SendLocationInfo>"))!)).toBeNull();
  });

  it("agrees with the library on random contents: markup characters, entities, brackets, spaces, CJK", () => {
    const alphabet = [
      "a",
      "中",
      " ",
      "\n",
      "<",
      ">",
      "&",
      "]",
      "]]",
      "]]>",
      "[",
      "&amp;",
      "&lt;",
      "😀",
      "\t",
      "/",
    ];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = () => Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]).join("");
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + random(4) }, (_, k) =>
        random(2) ? `<F${k}><![CDATA[${text()}]]></F${k}>` : `<F${k}>${text()}</F${k}>`,
      );
      const doc = `<xml>${parts.join(random(3) ? "" : "\n ")}</xml>`;
      expect(outcome(parseWechatXml, doc), doc).toEqual(outcome(parseWechatXmlWithLibrary, doc));
    }
  });
});
