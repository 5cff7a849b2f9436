// The centre's decision queues: resolutions waiting for review (办结审核) and units' return
// requests (退单审核). Shown to dispatchers and administrators only; the server checks the role too.
import { api } from "../api.js";
import { clear, fmtTime, h } from "../dom.js";
import { go, state } from "../state.js";
import { lightBadge, statusBadge, urgencyBadge } from "./inbox.js";
import { openForm } from "./ticket.js";

const QUEUES = {
  reviews: {
    title: "办结审核（单位已办结，待中心审核后回访）",
    path: "/reviews",
    empty: "没有待审核的办结答复。",
    detail: (t) => (t.reply ? `答复：${t.reply}` : ""),
  },
  returns: {
    title: "退单审核（单位申请退回，待中心决定）",
    path: "/returns",
    empty: "没有待审核的退单申请。",
    detail: (t) => (t.returnRequest ? `退单理由：${t.returnRequest.reason ?? ""}` : ""),
  },
};

const unitName = (id) => (id ? (state.unitName.get(id) ?? id) : "—");

export async function renderQueue(root, mode) {
  const q = QUEUES[mode];
  const page = await api(q.path, { query: { limit: 200 } });
  const reload = () => renderQueue(root, mode);
  const post = async (ref, action, body = {}) => {
    await api(`/tickets/${ref}/actions/${action}`, { method: "POST", body });
    await reload();
  };
  const rows = page.items.map((t) =>
    h(
      "tr",
      { class: `row light-row-${t.sla?.light ?? "green"}`, dataset: { ref: t.ref } },
      h("td", {}, lightBadge(t.sla?.light ?? "green")),
      h("td", {}, h("a", { href: `#/ticket/${t.ref}`, class: "ref" }, t.ref)),
      h(
        "td",
        { class: "summary" },
        urgencyBadge(t.urgency),
        " ",
        t.summary,
        h("div", { class: "reason" }, q.detail(t)),
      ),
      h("td", { class: "nowrap" }, unitName(t.unitId)),
      h("td", {}, statusBadge(t.status)),
      h(
        "td",
        { class: "nowrap" },
        fmtTime(mode === "reviews" ? (t.submittedAt ?? t.updatedAt) : (t.returnRequest?.at ?? t.updatedAt)),
      ),
      h("td", { class: "nowrap queue-actions" }, buttons(mode, t, post)),
    ),
  );
  clear(root).append(
    h("h2", {}, q.title),
    rows.length
      ? h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "tickets", id: `${mode}-queue` },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                [
                  "灯",
                  "编号",
                  "摘要",
                  "承办单位",
                  "状态",
                  mode === "reviews" ? "办结时间" : "申请时间",
                  "操作",
                ].map((x) => h("th", {}, x)),
              ),
            ),
            h("tbody", {}, rows),
          ),
        )
      : h("p", { class: "empty" }, q.empty),
  );
}

function buttons(mode, t, post) {
  const button = (label, cls, action, onclick) =>
    h("button", { type: "button", class: `${cls} small`, dataset: { action }, onclick }, label);
  const reason = (label) => [{ name: "reason", label, type: "textarea", required: true }];
  if (mode === "reviews")
    return [
      button("通过", "primary", "approve_resolution", async (ev) => {
        ev.target.disabled = true;
        await post(t.ref, "approve_resolution").catch((err) => {
          ev.target.disabled = false;
          alert(err?.message ?? String(err));
        });
      }),
      " ",
      button("退回", "secondary", "return_resolution", () =>
        openForm(`退回单位重新办理 · ${t.ref}`, reason("退回原因（单位将收到）"), (body) =>
          post(t.ref, "return_resolution", body),
        ),
      ),
    ];
  const units = state.units
    .filter((u) => !["city", "district"].includes(u.level) && u.id !== t.unitId)
    .map((u) => [u.id, u.name]);
  return [
    button("同意并改派", "primary", "redispatch", () =>
      openForm(
        `同意退单并改派 · ${t.ref}`,
        [
          {
            name: "unitId",
            label: "改派单位（留空由系统重新判断）",
            type: "select",
            options: [["", "系统判断"], ...units],
          },
          { name: "reason", label: "说明（可选）", type: "textarea" },
        ],
        (body) => post(t.ref, "redispatch", body),
      ),
    ),
    " ",
    button("不同意", "secondary", "refuse_return", () =>
      openForm(`不同意退单 · ${t.ref}`, reason("不同意的理由（单位将收到，继续办理）"), (body) =>
        post(t.ref, "refuse_return", body),
      ),
    ),
    " ",
    button("查看", "secondary", "open", () => go(`#/ticket/${t.ref}`)),
  ];
}
