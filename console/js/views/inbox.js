// Inbox (工单), triage queue (待研判) and supervision list (督办): one list view with filters.
import { api, apiOptional } from "../api.js";
import { append, clear, fmtTime, h } from "../dom.js";
import { CHANNEL, LIGHT, STATUS, TIER, URGENCY } from "../labels.js";
import { go, state } from "../state.js";

const TITLES = { inbox: "工单列表", triage: "待研判（未能自动派单）", supervision: "督办工单" };
const PERIODS = { "": "全部时间", today: "今天", "7d": "近7天", "30d": "近30天" };

/** A finished ticket (closed, merged, cancelled) has no light: the server says "none". */
export function lightBadge(light) {
  if (!light || light === "none") return h("span", { class: "muted", title: "已结束，不再计时" }, "—");
  return h("span", { class: `badge light-${light}`, title: LIGHT[light] ?? light }, LIGHT[light] ?? light);
}
/** Emergency and urgent tickets carry their urgency in every list; normal ones carry nothing. */
export function urgencyBadge(urgency) {
  if (urgency !== "emergency" && urgency !== "urgent") return null;
  return h("span", { class: `badge urgency-${urgency}` }, URGENCY[urgency] ?? urgency);
}
export function statusBadge(status) {
  return h("span", { class: `badge status status-${status}` }, STATUS[status] ?? status);
}

export async function renderInbox(root, params, mode) {
  const filters = Object.fromEntries(params.entries());
  const query = { ...filters, limit: 20 };
  delete query.period;
  if (filters.period) {
    const days = filters.period === "today" ? 1 : Number.parseInt(filters.period, 10);
    const from = new Date(Date.now() - days * 86_400_000);
    if (filters.period === "today") from.setHours(0, 0, 0, 0);
    query.from = from.toISOString();
  }
  if (mode === "triage") query.triage = "true";
  if (mode === "supervision") query.supervised = "true";

  let items;
  let nextCursor = null;
  let dedicated = null;
  if (mode === "inbox") {
    const page = await api("/inbox", { query });
    items = page.items;
    nextCursor = page.nextCursor;
  } else {
    // The dedicated queues (dispatch engine) when present; the filtered inbox otherwise.
    dedicated = await apiOptional(mode === "triage" ? "/triage" : "/supervision", {
      query: { limit: 100 },
    });
    if (dedicated)
      items = dedicated.items.map((t) => ({
        ...t,
        light: ["closed", "merged", "cancelled"].includes(t.status) ? "none" : (t.sla?.light ?? "green"),
        overdue: t.sla?.overdue ?? [],
      }));
    else {
      const page = await api("/inbox", { query });
      items = page.items;
      nextCursor = page.nextCursor;
    }
  }

  // The dedicated queues take no filters: they are short, ordered by urgency, and shown whole.
  const form = dedicated ? null : filterForm(filters, mode);
  const table = h(
    "table",
    { class: "tickets" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [
          ["灯"],
          ["编号"],
          ["摘要"],
          ["紧急程度", "nowrap"],
          ["类别", "nowrap"],
          ["状态"],
          ["承办单位", "nowrap"],
          ["渠道", "col-channel"],
          ["受理时间"],
        ].map(([t, cls]) => h("th", { class: cls }, t)),
      ),
    ),
  );
  const body = h("tbody", {});
  table.append(body);
  const addRows = (rows) => {
    for (const t of rows)
      body.append(
        h(
          "tr",
          {
            class: `row light-row-${t.light}${t.urgency === "emergency" ? " urgency-row-emergency" : ""}`,
            dataset: { ref: t.ref },
            onclick: () => go(`#/ticket/${t.ref}`),
          },
          h("td", {}, lightBadge(t.light)),
          h("td", {}, h("a", { href: `#/ticket/${t.ref}`, class: "ref" }, t.ref)),
          h(
            "td",
            { class: "summary" },
            urgencyBadge(t.urgency),
            " ",
            t.summary,
            t.supervised ? h("span", { class: "tag" }, "督办") : null,
            state.me.unitId && t.assistUnitIds?.includes(state.me.unitId)
              ? h("span", { class: "tag", title: "本单位为协办单位，主办单位负责办结" }, "协办")
              : null,
            t.returnRequest ? h("span", { class: "tag danger" }, "退单待审核") : null,
            t.alarmedAt
              ? h("span", { class: "tag danger", title: "无法自动派单，已向值班人员发出警报" }, "已通知值班")
              : null,
          ),
          h("td", { class: `nowrap urgency-cell urgency-${t.urgency}` }, URGENCY[t.urgency] ?? t.urgency),
          h("td", { class: "nowrap" }, state.categoryName.get(t.category) ?? t.category),
          h("td", {}, statusBadge(t.status)),
          h(
            "td",
            { class: "nowrap" },
            t.unitId ? (state.unitName.get(t.unitId) ?? t.unitId) : h("span", { class: "muted" }, "未派单"),
          ),
          h("td", { class: "col-channel" }, CHANNEL[t.channel] ?? t.channel),
          h("td", { class: "nowrap" }, fmtTime(t.createdAt)),
        ),
      );
  };
  addRows(items);
  const more = h("button", { type: "button", class: "secondary", hidden: !nextCursor }, "加载更多");
  more.addEventListener("click", async () => {
    more.disabled = true;
    const page = await api("/inbox", { query: { ...query, cursor: nextCursor } });
    addRows(page.items);
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
    more.disabled = false;
  });
  // append() skips a missing filter form; DOM append would print it as "null".
  append(clear(root), [
    h("h2", {}, TITLES[mode]),
    form,
    items.length
      ? h("div", { class: "table-wrap" }, table)
      : h("p", { class: "empty" }, "没有符合条件的工单。"),
    h("div", { class: "pager" }, more),
  ]);
}

function filterForm(filters, mode) {
  const select = (name, options, label) =>
    h(
      "label",
      {},
      label,
      h(
        "select",
        { name },
        h("option", { value: "" }, "全部"),
        Object.entries(options).map(([v, t]) => h("option", { value: v, selected: filters[name] === v }, t)),
      ),
    );
  const units = Object.fromEntries(state.units.filter((u) => u.level !== "city").map((u) => [u.id, u.name]));
  const categories = Object.fromEntries(state.taxonomy.categories.map((c) => [c.code, c.name]));
  const form = h(
    "form",
    { class: "filters", role: "search" },
    h(
      "label",
      { class: "grow" },
      "搜索",
      h("input", {
        name: "q",
        type: "search",
        value: filters.q ?? "",
        placeholder: "工单编号或关键词",
        maxlength: 100,
      }),
    ),
    select("status", STATUS, "状态"),
    state.me.role === "unit" && state.units.every((u) => u.parent !== state.me.unitId)
      ? null
      : select("unit", units, "承办单位"),
    select("category", categories, "类别"),
    select("urgency", URGENCY, "紧急程度"),
    select("tier", TIER, "级别"),
    select("channel", CHANNEL, "渠道"),
    h(
      "label",
      {},
      "时间",
      h(
        "select",
        { name: "period" },
        Object.entries(PERIODS).map(([v, t]) =>
          h("option", { value: v, selected: (filters.period ?? "") === v }, t),
        ),
      ),
    ),
    h("button", { type: "submit", class: "primary" }, "查询"),
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const qs = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (v) qs.set(k, String(v));
    go(`#/${mode}${qs.toString() ? `?${qs}` : ""}`);
  });
  return form;
}
