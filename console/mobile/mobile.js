// The mobile ticket page (/m/ and /m/tickets/:ref) for unit staff on their phones. It reads and acts
// only through the staff API with the session cookie, exactly as the console does, so every check,
// mask and audit line is the server's. Without a session it offers WeCom sign-in again.

const main = document.getElementById("m-main");
const dialog = document.getElementById("m-dialog");
const labels = { status: {}, urgency: {}, tier: {}, action: {}, actor: {} };
let me = null;

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function api(path, { method = "GET", body } = {}) {
  const res = await fetch(`/api/v1${path}`, {
    method,
    credentials: "same-origin",
    headers: body !== undefined ? { "content-type": "application/json" } : {},
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const msg = (data?.error?.message ?? `请求失败 (${res.status})`).replace(/\s*\([^)]*\)$/, "");
    throw new ApiError(res.status, data?.error?.code ?? "HTTP", msg);
  }
  return data;
}

/** Uploads one photo to a ticket as its raw bytes (checked by the server); answers `{ id }`. */
async function uploadPhoto(ref, file) {
  const res = await fetch(`/api/v1/tickets/${encodeURIComponent(ref)}/media`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = (data?.error?.message ?? `上传失败 (${res.status})`).replace(/\s*\([^)]*\)$/, "");
    throw new ApiError(res.status, data?.error?.code ?? "HTTP", msg);
  }
  return data;
}

/** A DOM element; children are nodes or text (never parsed as HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c);
  return el;
}

function show(...nodes) {
  // replaceChildren would write a left-out (null) part as the text "null".
  main.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

function fmt(iso) {
  if (!iso) return "—";
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: me?.timeZone ?? "Asia/Shanghai",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
}

const ticketRef = () => /^\/m\/tickets\/(ZT\d{8}-\d{4,})$/.exec(location.pathname)?.[1] ?? null;

function signInAgain() {
  const ref = ticketRef();
  const state = ref ? ref.replace("-", "") : "inbox";
  show(
    h(
      "div",
      { class: "m-notice" },
      h("h1", {}, "请先登录"),
      h("p", {}, "登录已过期或尚未登录。请从企业微信的工单消息打开本页面，或点击下方按钮重新登录。"),
      h(
        "a",
        { href: `/m/login?to=${encodeURIComponent(state)}`, id: "m-signin" },
        h("button", { class: "primary" }, "企业微信登录"),
      ),
      h("p", {}, h("a", { href: "/console/login.html" }, "在电脑上？用账号密码登录工作台")),
    ),
  );
}

function failure(err) {
  if (err instanceof ApiError && err.status === 401) return signInAgain();
  const text =
    err instanceof ApiError && err.status === 404
      ? "没有找到该工单，或您无权查看。"
      : (err.message ?? "出错了，请稍后再试。");
  show(h("div", { class: "m-notice" }, h("h1", {}, "无法显示"), h("p", { class: "m-error" }, text)));
}

async function boot() {
  try {
    me = await api("/me");
    Object.assign(labels, await api("/labels"));
    document.getElementById("m-user").textContent =
      `${me.displayName}${me.unitName ? ` · ${me.unitName}` : ""}`;
    const ref = ticketRef();
    if (ref) await showTicket(ref);
    else await showList();
  } catch (err) {
    failure(err);
  }
}

async function showList() {
  // What waits for the unit: dispatched, accepted, or reopened after a dissatisfied survey.
  const page = await api("/tickets?status=dispatched,accepted,reopened&limit=50");
  const open = page.items;
  show(
    h("h2", {}, "待办工单"),
    open.length === 0 ? h("p", { class: "m-card" }, "暂无待办工单。") : null,
    h(
      "div",
      { class: "m-list" },
      open.map((t) =>
        h(
          "a",
          { href: `/m/tickets/${t.ref}`, class: "m-card", "data-ref": t.ref },
          h("div", { class: "m-ref" }, t.ref),
          h("strong", {}, t.summary),
          h(
            "div",
            { class: "m-badges" },
            badge(labels.status[t.status] ?? t.status, t.status === "resolved" ? "done" : ""),
          ),
        ),
      ),
    ),
  );
}

function badge(text, cls = "") {
  return h("span", { class: `m-badge ${cls}`.trim() }, text);
}

const ACTION_LABELS = {
  accept: "签收",
  first_contact: "已联系群众",
  note: "添加进展",
  resolve: "办结回复",
  request_extension: "申请延期",
  transfer_back: "申请退单",
};
const MOBILE_ACTIONS = Object.keys(ACTION_LABELS);
const CONTACT_METHODS = { phone: "电话", visit: "上门", sms: "短信", wechat: "微信" };

async function showTicket(ref) {
  const [t, allowed, media] = await Promise.all([
    api(`/tickets/${ref}`),
    api(`/tickets/${ref}/actions`),
    api(`/tickets/${ref}/media`).catch(() => null),
  ]);
  // Photos as thumbnails (staff-only URLs with the session cookie); a tap opens the full photo.
  // Progress photos show under their note in the timeline instead.
  const photos = (media?.items ?? []).filter((m) => m.kind === "image" && m.source !== "progress");
  const photoCard = photos.length
    ? h(
        "section",
        { class: "m-card", id: "m-photos" },
        h("h2", {}, "照片"),
        h(
          "div",
          { class: "m-photos" },
          photos.map((m) =>
            h(
              "a",
              { href: m.url, target: "_blank", rel: "noopener" },
              h("img", {
                src: m.thumbnailUrl ?? m.url,
                alt: m.source === "unit" ? "办理照片" : "群众照片",
                loading: "lazy",
              }),
            ),
          ),
        ),
      )
    : null;
  const actions = MOBILE_ACTIONS.filter((a) => allowed.actions.includes(a));
  const urgent = t.urgency !== "normal";
  const canReveal =
    me.role === "admin" || me.role === "dispatcher" || (me.role === "unit" && t.unitId === me.unitId);
  const reporters = h(
    "ul",
    { class: "m-timeline", id: "m-reporters" },
    t.reporters.map((r) =>
      h(
        "li",
        { "data-resident": r.residentId },
        `${r.name ?? "群众"} ${r.phone ?? "（无电话）"}${r.callbackFor === "relative" ? "（家属电话）" : ""}`,
      ),
    ),
  );
  show(
    h(
      "section",
      { class: "m-card ticket-head" },
      h("div", { class: "m-ref" }, t.ref),
      h("h1", { class: "ticket-summary" }, t.summary),
      h(
        "div",
        { class: "m-badges" },
        badge(
          labels.status[t.status] ?? t.status,
          t.status === "resolved" || t.status === "closed" ? "done" : "",
        ),
        urgent ? badge(labels.urgency[t.urgency] ?? t.urgency, "urgent") : null,
        badge(labels.tier[t.tier] ?? t.tier),
      ),
    ),
    h(
      "section",
      { class: "m-card" },
      h(
        "dl",
        { class: "m-facts" },
        h("dt", {}, "地点"),
        h("dd", { class: "ticket-place" }, t.location.text ?? "未注明"),
        h("dt", {}, "诉求内容"),
        h("dd", {}, t.description),
        h("dt", {}, "联系时限"),
        h("dd", {}, fmt(t.deadlines.firstContact)),
        h("dt", {}, "签收时限"),
        h("dd", {}, fmt(t.deadlines.acceptYellow)),
        h("dt", {}, "办结时限"),
        h("dd", {}, fmt(t.deadlines.resolve)),
      ),
    ),
    photoCard,
    h(
      "section",
      { class: "m-card" },
      h("h2", {}, "反映人"),
      reporters,
      canReveal && t.reporters.length
        ? h(
            "button",
            { type: "button", id: "m-reveal", onclick: () => reveal(ref, reporters) },
            "查看联系电话（将记录）",
          )
        : null,
    ),
    h(
      "section",
      { class: "m-card" },
      h("h2", {}, "办理记录"),
      h(
        "ol",
        { class: "m-timeline timeline" },
        [...t.events]
          .reverse()
          .map((e) =>
            h(
              "li",
              {},
              h("time", {}, fmt(e.at)),
              h("strong", {}, labels.action[e.action] ?? e.action),
              e.reason ? h("div", {}, e.reason) : null,
              typeof e.data?.reply === "string" ? h("div", {}, `答复：${e.data.reply}`) : null,
              typeof e.data?.text === "string" ? h("div", {}, e.data.text) : null,
              e.photos?.length ? thumbnails(e.photos, "进展照片") : null,
            ),
          ),
      ),
    ),
    actions.length
      ? h(
          "div",
          { class: "m-actions" },
          actions.map((a) =>
            h(
              "button",
              {
                type: "button",
                "data-action": a,
                class: a === "resolve" || a === "accept" ? "primary" : "",
                onclick: () => act(ref, a),
              },
              ACTION_LABELS[a],
            ),
          ),
        )
      : h(
          "p",
          { class: "m-card" },
          allowed.actions.length ? "其他操作请在电脑端工作台办理。" : "当前无需您办理。",
        ),
  );
}

async function reveal(ref, list) {
  try {
    const r = await api(`/tickets/${ref}/reveal`, { method: "POST", body: { reason: "联系群众办理工单" } });
    list.replaceChildren(
      ...r.reporters.map((p) =>
        h(
          "li",
          {},
          `${p.name ?? "群众"} `,
          p.phone ? h("a", { class: "m-tel", href: `tel:${p.phone}` }, p.phone) : "（无电话）",
          p.callbackFor === "relative" ? "（家属电话）" : "",
        ),
      ),
    );
    document.getElementById("m-reveal")?.remove();
  } catch (err) {
    failure(err);
  }
}

/** Fields of each action's dialog; the body is what the staff API's action schema takes. */
function fieldsFor(action) {
  switch (action) {
    case "accept":
      return [h("p", {}, "确认签收该工单？签收后请尽快联系群众。")];
    case "first_contact":
      return [
        h(
          "label",
          {},
          "联系方式",
          h(
            "select",
            { name: "method" },
            Object.entries(CONTACT_METHODS).map(([v, l]) => h("option", { value: v }, l)),
          ),
        ),
        h("label", {}, "情况说明（可选）", h("textarea", { name: "note", maxlength: 500 })),
      ];
    case "note":
      return [
        h("label", {}, "办理进展", h("textarea", { name: "text", maxlength: 2000, required: true })),
        photoInput("进展照片（可选，最多9张）"),
      ];
    case "request_extension":
      return [
        h(
          "label",
          {},
          "延期天数（工作日）",
          h("input", { name: "days", type: "number", min: 1, max: 30, value: 3, required: true }),
        ),
        h("label", {}, "延期理由", h("textarea", { name: "reason", maxlength: 500, required: true })),
      ];
    case "transfer_back":
      return [
        h("p", {}, "不属于本单位办理的工单，可申请退单。指挥中心审核前，工单仍由本单位办理，时限照常计算。"),
        h("label", {}, "退单理由", h("textarea", { name: "reason", maxlength: 500, required: true })),
      ];
    case "resolve":
      return [
        h(
          "label",
          {},
          "给群众的办理答复（将发送给每位反映人；需指挥中心审核的工单在审核通过后发送）",
          h("textarea", { name: "reply", maxlength: 1000, required: true }),
        ),
        photoInput("现场照片（可选，最多9张）"),
      ];
    default:
      return [];
  }
}

function photoInput(label) {
  return h(
    "label",
    {},
    label,
    h("input", {
      name: "photos",
      type: "file",
      multiple: true,
      accept: "image/jpeg,image/png,image/webp,image/gif",
    }),
  );
}

/** Thumbnails (staff-only URLs with the session cookie); a tap opens the full photo. */
function thumbnails(items, alt) {
  return h(
    "div",
    { class: "m-photos" },
    items.map((m) =>
      h(
        "a",
        { href: m.url, target: "_blank", rel: "noopener" },
        h("img", { src: m.thumbnailUrl ?? m.url, alt, loading: "lazy" }),
      ),
    ),
  );
}

function bodyFor(action, form) {
  const v = (name) => form.elements.namedItem(name)?.value?.trim() ?? "";
  switch (action) {
    case "first_contact":
      return v("note") ? { method: v("method"), note: v("note") } : { method: v("method") };
    case "note":
      return { text: v("text") };
    case "resolve":
      return { reply: v("reply") };
    case "request_extension":
      return { days: Number(v("days")), reason: v("reason") };
    case "transfer_back":
      return { reason: v("reason") };
    default:
      return {};
  }
}

function act(ref, action) {
  const form = document.getElementById("m-form");
  const error = document.getElementById("m-dialog-error");
  document.getElementById("m-dialog-title").textContent = ACTION_LABELS[action];
  document.getElementById("m-dialog-fields").replaceChildren(...fieldsFor(action));
  error.hidden = true;
  const submit = async (ev) => {
    ev.preventDefault();
    try {
      const body = bodyFor(action, form);
      if (action === "resolve" || action === "note") {
        // Each photo is uploaded (and checked) first; the resolution or note then names them by id.
        const files = [...(form.elements.namedItem("photos")?.files ?? [])];
        if (files.length > 9) throw new ApiError(400, "MEDIA.TOO_MANY", "最多附9张照片");
        if (files.length) body.photos = [];
        for (const file of files) body.photos.push((await uploadPhoto(ref, file)).id);
      }
      await api(`/tickets/${ref}/actions/${action}`, { method: "POST", body });
      cleanup();
      dialog.close();
      await showTicket(ref);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        cleanup();
        dialog.close();
        return signInAgain();
      }
      error.textContent = err.message;
      error.hidden = false;
    }
  };
  const cancel = () => {
    cleanup();
    dialog.close();
  };
  const cleanup = () => {
    form.removeEventListener("submit", submit);
    document.getElementById("m-cancel").removeEventListener("click", cancel);
  };
  form.addEventListener("submit", submit);
  document.getElementById("m-cancel").addEventListener("click", cancel);
  dialog.showModal();
}

void boot();
