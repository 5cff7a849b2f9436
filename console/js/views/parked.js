// Messages the intake bot gave up on (处理失败, parked after repeated failures): administrators
// hand them back once the cause is fixed. Shown to admins only; the server checks the role too.
// The list carries no message text and no sender: ids, channels, times and the error's kind.
import { api } from "../api.js";
import { clear, fmtTime, h } from "../dom.js";
import { CHANNEL } from "../labels.js";

const KIND = {
  text: "文字",
  voice: "语音",
  image: "图片",
  location: "位置",
  transcript: "通话记录",
  event: "事件",
};

export async function renderParked(root) {
  const page = await api("/admin/intake/parked", { query: { limit: 200 } });
  const reload = () => renderParked(root);
  const revive = async (button, body, question) => {
    if (!confirm(question)) return;
    button.disabled = true;
    try {
      const out = await api("/admin/intake/parked/revive", { method: "POST", body });
      alert(
        out.revived.length
          ? `已交回智能受理重新处理 ${out.revived.length} 条。`
          : "没有需要重新处理的消息（可能已被他人处理）。",
      );
      await reload();
    } catch (err) {
      button.disabled = false;
      alert(err?.message ?? String(err));
    }
  };
  const rows = page.items.map((m) =>
    h(
      "tr",
      { class: "row", dataset: { id: m.id } },
      h("td", {}, String(m.id)),
      h("td", { class: "nowrap" }, CHANNEL[m.channel] ?? m.channel),
      h("td", { class: "nowrap" }, KIND[m.kind] ?? m.kind),
      h("td", { class: "nowrap" }, fmtTime(m.receivedAt)),
      h("td", { class: "nowrap" }, fmtTime(m.parkedAt)),
      h("td", {}, String(m.attempts)),
      h("td", { class: "nowrap" }, m.errorKind),
      h(
        "td",
        { class: "nowrap" },
        h(
          "button",
          {
            type: "button",
            class: "primary small",
            dataset: { action: "revive" },
            onclick: (ev) => revive(ev.target, { ids: [m.id] }, `将消息 ${m.id} 交回智能受理重新处理？`),
          },
          "重新处理",
        ),
      ),
    ),
  );
  clear(root).append(
    h("h2", {}, "处理失败的消息（智能受理多次失败，已暂停）"),
    h(
      "p",
      { class: "muted" },
      `共 ${page.total} 条${page.total > page.items.length ? `（显示最早的 ${page.items.length} 条）` : ""}。`,
      "排除故障原因后可交回重新处理；为保护居民信息，此处不显示消息内容和发送人。",
    ),
    ...(rows.length
      ? [
          h(
            "p",
            {},
            h(
              "button",
              {
                type: "button",
                class: "secondary small",
                dataset: { action: "revive-all" },
                onclick: (ev) =>
                  revive(ev.target, { all: true }, `将全部 ${page.total} 条消息交回重新处理？`),
              },
              "全部重新处理",
            ),
          ),
          h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "tickets", id: "parked-messages" },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  ["编号", "渠道", "类型", "收到时间", "暂停时间", "尝试次数", "错误类型", "操作"].map((x) =>
                    h("th", {}, x),
                  ),
                ),
              ),
              h("tbody", {}, rows),
            ),
          ),
        ]
      : [h("p", { class: "empty" }, "没有处理失败的消息。")]),
  );
}
