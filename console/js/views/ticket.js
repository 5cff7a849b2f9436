// One ticket: the structured complaint, lights, reporters (masked, audited reveal), the
// conversation, the event timeline, surveys, and the actions this user's role allows now.
import { api, apiOptional, uploadPhoto } from "../api.js";
import { append, clear, fmtTime, h } from "../dom.js";
import {
  ACTION,
  ACTOR,
  CHANNEL,
  KIND,
  RESOLVED,
  SATISFACTION,
  STAGE,
  SURVEY_STATUS,
  TIER,
  URGENCY,
  actionLabel,
} from "../labels.js";
import { go, state } from "../state.js";
import { lightBadge, statusBadge, urgencyBadge } from "./inbox.js";

const PRIMARY = new Set(["accept", "resolve", "approve_extension", "redispatch", "approve_resolution"]);

export async function renderTicket(root, ref) {
  const t = await api(`/tickets/${encodeURIComponent(ref)}`);
  const [lights, messages, actions, surveys, media] = await Promise.all([
    apiOptional(`/tickets/${t.ref}/lights`),
    apiOptional(`/tickets/${t.ref}/messages`),
    apiOptional(`/tickets/${t.ref}/actions`),
    apiOptional(`/tickets/${t.ref}/surveys`),
    apiOptional(`/tickets/${t.ref}/media`),
  ]);
  const unit = (id) => (id ? (state.unitName.get(id) ?? id) : "—");
  const dl = (pairs) =>
    h(
      "dl",
      { class: "facts" },
      pairs.filter(Boolean).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v ?? "—")]),
    );

  const header = h(
    "div",
    { class: "ticket-head" },
    h("a", { href: "#/inbox", class: "back no-print" }, "← 返回列表"),
    h(
      "h2",
      {},
      h("span", { class: "ref" }, t.ref),
      " ",
      lightBadge(lights?.light ?? "none"),
      " ",
      statusBadge(t.status),
      " ",
      urgencyBadge(t.urgency),
      t.supervised ? h("span", { class: "tag" }, "督办") : null,
      t.triage ? h("span", { class: "tag" }, "待研判") : null,
      t.returnRequest ? h("span", { class: "tag danger" }, "退单待审核") : null,
      t.alarmedAt ? h("span", { class: "tag danger" }, `已通知值班 ${fmtTime(t.alarmedAt)}`) : null,
    ),
    h("p", { class: "ticket-summary" }, t.summary),
    t.returnRequest
      ? h(
          "p",
          { class: "notice", id: "return-request" },
          `${fmtTime(t.returnRequest.at)} ${unit(t.unitId)}申请退单：${t.returnRequest.reason ?? ""}（待指挥中心审核，期间仍由该单位办理、时限照常计算）`,
        )
      : null,
    t.status === "pending_review"
      ? h(
          "p",
          { class: "notice", id: "pending-review" },
          "单位已提交办结答复，待指挥中心审核；审核通过后才告知群众并回访。",
        )
      : null,
  );

  // Personal data in the resident's words is masked; the centre's audited reveal shows it in clear.
  const description = h("p", { class: "description" }, t.description);
  const complaint = h(
    "section",
    { class: "card" },
    h("h3", {}, "诉求内容"),
    description,
    dl([
      ["类型", kindText(t)],
      ["类别", state.categoryName.get(t.category) ?? t.category],
      ["地点", t.location.text],
      ["所属社区", unit(t.location.community)],
      ["紧急程度", URGENCY[t.urgency] ?? t.urgency],
      ["办理级别", TIER[t.tier] ?? t.tier],
      ["承办单位", t.assistUnitIds?.length ? `${unit(t.unitId)}（主办）` : unit(t.unitId)],
      t.assistUnitIds?.length ? ["协办单位", t.assistUnitIds.map(unit).join("、")] : null,
      ["来源渠道", CHANNEL[t.channel] ?? t.channel],
      ["办理轮次", t.round > 1 ? `第${t.round}轮（重新办理）` : "第1轮"],
      ["受理时间", fmtTime(t.createdAt)],
    ]),
  );

  // The engine's top three categories with the words behind them; while the ticket waits for a
  // dispatcher, one click files it under the chosen category and routes it.
  const canChoose = actions?.actions?.includes("redispatch") ?? false;
  // The dispatcher may correct the kind in the same click (a question read as a complaint, …).
  const kindChoice = h(
    "select",
    { name: "kind", id: "kind-choice" },
    Object.entries(KIND).map(([v, label]) => h("option", { value: v, selected: v === t.kind }, label)),
  );
  const chooseCategory = async (code) => {
    await api(`/tickets/${t.ref}/actions/redispatch`, {
      method: "POST",
      body: { category: code, kind: kindChoice.value || t.kind, reason: "按系统候选类别人工研判" },
    });
    go(`#/ticket/${t.ref}`);
  };
  const candidates = t.categoryCandidates?.length
    ? h(
        "section",
        { class: "card candidates", id: "category-candidates" },
        h("h3", {}, t.triage ? "系统候选类别（请选择）" : "系统候选类别"),
        canChoose ? h("label", { class: "kind-choice" }, "诉求类型 ", kindChoice) : null,
        h(
          "ol",
          {},
          t.categoryCandidates.map((c) =>
            h(
              "li",
              { dataset: { category: c.category } },
              h("strong", {}, state.categoryName.get(c.category) ?? c.category),
              " ",
              h("span", { class: "muted" }, `${Math.round(c.confidence * 100)}%`),
              c.evidence.length ? h("span", { class: "evidence" }, ` 依据：${c.evidence.join("、")}`) : null,
              canChoose
                ? h(
                    "button",
                    {
                      type: "button",
                      class: c.category === t.category ? "primary small" : "secondary small",
                      onclick: (ev) => {
                        ev.target.disabled = true;
                        chooseCategory(c.category).catch((err) => {
                          ev.target.disabled = false;
                          alert(err?.message ?? String(err));
                        });
                      },
                    },
                    "选此类别并派单",
                  )
                : null,
            ),
          ),
        ),
      )
    : null;

  const deadlines = h(
    "section",
    { class: "card" },
    h("h3", {}, "时限与红黄灯"),
    lights?.stages?.length
      ? h(
          "table",
          { class: "compact" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["环节", "时限", "状态"].map((x) => h("th", {}, x)),
            ),
          ),
          h(
            "tbody",
            {},
            lights.stages.map((s) =>
              h(
                "tr",
                {},
                h("td", {}, STAGE[s.stage] ?? s.stage),
                h("td", { class: "nowrap" }, fmtTime(s.dueAt)),
                h(
                  "td",
                  {},
                  s.done ? (s.late ? "已完成（超时）" : "已完成") : lightBadge(s.light),
                  s.late && !s.done ? h("span", { class: "tag danger" }, "已超期") : null,
                ),
              ),
            ),
          ),
        )
      : h(
          "p",
          { class: "muted" },
          lights?.light === "none" ? "工单已结束，不再计时。" : "尚未派单，时限自派单起计算。",
        ),
  );

  const reporterList = h("ul", { class: "reporters" });
  const drawReporters = (rows) => {
    append(
      clear(reporterList),
      rows.length
        ? rows.map((r) =>
            h(
              "li",
              {},
              h("span", { class: "person" }, r.name ?? "（未留姓名）"),
              " ",
              h("span", { class: "phone" }, r.phone ?? "（无电话）"),
              // The number to call is a relative's the resident named for this ticket.
              r.callbackFor === "relative" ? h("span", { class: "muted" }, "（家属电话）") : "",
              " ",
              h("span", { class: "muted" }, CHANNEL[r.channel] ?? r.channel ?? ""),
            ),
          )
        : [h("li", { class: "muted" }, "无反映人信息")],
    );
  };
  drawReporters(t.reporters);
  const canReveal =
    ["admin", "dispatcher"].includes(state.me.role) ||
    (state.me.role === "unit" && t.unitId === state.me.unitId);
  const reporters = h(
    "section",
    { class: "card" },
    h("h3", {}, `反映人（${t.reporters.length}）`),
    reporterList,
    canReveal && t.reporters.length
      ? h(
          "button",
          {
            type: "button",
            class: "secondary",
            id: "reveal",
            onclick: () =>
              openForm(
                "查看联系方式",
                [{ name: "reason", label: "查看理由（将记入审计日志）", type: "text", required: true }],
                async (body) => {
                  const r = await api(`/tickets/${t.ref}/reveal`, { method: "POST", body });
                  drawReporters(r.reporters.map((x, i) => ({ ...x, channel: t.reporters[i]?.channel })));
                  if (r.description) description.textContent = r.description;
                },
              ),
          },
          state.me.role === "unit" ? "查看联系电话" : "查看联系方式",
        )
      : null,
    h(
      "p",
      { class: "hint" },
      "群众姓名、电话、证件号等个人信息（含诉求原文中的）默认脱敏显示；查看完整信息需填写理由，并记入审计日志。",
    ),
  );

  const transcript = h(
    "section",
    { class: "card" },
    h("h3", {}, "对话记录"),
    messages?.items?.length
      ? h(
          "ol",
          { class: "chat" },
          messages.items.map((m) =>
            h(
              "li",
              { class: `msg ${m.direction}` },
              h("div", { class: "bubble" }, m.text ?? `［${m.kind}］`),
              h(
                "div",
                { class: "meta" },
                `${m.direction === "in" ? "群众" : "平台"} · ${CHANNEL[m.channel] ?? m.channel} · ${fmtTime(m.at)}`,
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "无对话记录（人工录入或热线工单）。"),
  );

  const timeline = h(
    "section",
    { class: "card" },
    h("h3", {}, "办理过程"),
    h(
      "ol",
      { class: "timeline" },
      t.events.map((e) =>
        h(
          "li",
          {},
          h("time", {}, fmtTime(e.at)),
          h("strong", {}, actionLabel(e.action)),
          " ",
          h(
            "span",
            { class: "muted" },
            [ACTOR[e.actorType] ?? e.actorType, e.actorUnitId ? ` · ${unit(e.actorUnitId)}` : ""].join(""),
          ),
          e.reason ? h("div", { class: "reason" }, e.reason) : null,
          typeof e.data?.reply === "string" ? h("div", { class: "reason" }, `答复：${e.data.reply}`) : null,
          typeof e.data?.text === "string" ? h("div", { class: "reason" }, e.data.text) : null,
          e.photos?.length ? photoLinks(e.photos, "进展照片") : null,
          (e.action === "add_assist" || e.action === "remove_assist") && typeof e.data?.unitId === "string"
            ? h("div", { class: "reason" }, `协办单位：${unit(e.data.unitId)}`)
            : null,
        ),
      ),
    ),
  );

  const surveyCard = h(
    "section",
    { class: "card" },
    h("h3", {}, "回访结果"),
    surveys?.items?.length || surveys?.surveys?.length
      ? h(
          "table",
          { class: "compact" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ["轮次", "状态", "是否解决", "满意度", "意见"].map((x) => h("th", {}, x)),
            ),
          ),
          h(
            "tbody",
            {},
            (surveys.items ?? surveys.surveys).map((s) =>
              h(
                "tr",
                {},
                h("td", {}, s.round),
                h("td", {}, SURVEY_STATUS[s.status] ?? s.status),
                h("td", {}, RESOLVED[s.resolved] ?? "—"),
                h("td", {}, SATISFACTION[s.satisfaction] ?? "—"),
                h("td", {}, s.comment ?? ""),
              ),
            ),
          ),
        )
      : h("p", { class: "muted" }, "暂无回访。办结后系统自动回访。"),
  );

  const actionBar = h(
    "div",
    { class: "actions no-print", id: "actions" },
    actions?.actions?.length
      ? actions.actions.map((a) =>
          h(
            "button",
            {
              type: "button",
              class: PRIMARY.has(a) ? "primary" : "secondary",
              dataset: { action: a },
              onclick: () => runAction(t, a),
            },
            ACTION[a] ?? a,
          ),
        )
      : h("span", { class: "muted" }, "当前无可执行的操作"),
  );

  // Photos and voice: the residents' with the report, the units' fix photos per round. The files
  // are staff-only API URLs (session cookie), never public links.
  // Progress photos show under their note in the timeline instead.
  const mediaItems = (media?.items ?? []).filter((m) => m.source !== "progress");
  const mediaGroup = (title, items) =>
    items.length
      ? [
          h("h4", {}, title),
          h(
            "div",
            { class: "photos" },
            items.map((m) =>
              m.kind === "image"
                ? h(
                    "a",
                    { href: m.url, target: "_blank", rel: "noopener", class: "photo" },
                    h("img", { src: m.thumbnailUrl ?? m.url, alt: "照片", loading: "lazy" }),
                  )
                : h("a", { href: m.url, download: "", class: "voice" }, "语音（下载）"),
            ),
          ),
        ]
      : [];
  const rounds = [...new Set(mediaItems.filter((m) => m.source === "unit").map((m) => m.round))];
  const photosCard = mediaItems.length
    ? h(
        "section",
        { class: "card", id: "ticket-media" },
        h("h3", {}, "照片与语音"),
        mediaGroup(
          "群众提供",
          mediaItems.filter((m) => m.source === "resident"),
        ),
        rounds.flatMap((r) =>
          mediaGroup(
            `承办单位办理照片（第${r}轮）`,
            mediaItems.filter((m) => m.source === "unit" && m.round === r),
          ),
        ),
      )
    : null;

  clear(root).append(
    header,
    actionBar,
    h(
      "div",
      { class: "ticket-grid" },
      h("div", {}, complaint, photosCard, candidates, transcript, timeline),
      h("div", {}, deadlines, reporters, surveyCard),
    ),
  );
}

/** Form fields per action (bodies as the dispatch engine validates them). */
/** Photo thumbnails linking to the full photo; both are staff-only API URLs (session cookie). */
function photoLinks(items, alt) {
  return h(
    "div",
    { class: "photos" },
    items.map((m) =>
      h(
        "a",
        { href: m.url, target: "_blank", rel: "noopener", class: "photo" },
        h("img", { src: m.thumbnailUrl ?? m.url, alt, loading: "lazy" }),
      ),
    ),
  );
}

function fieldsFor(action, t) {
  const units = state.units.filter((u) => !["city", "district"].includes(u.level)).map((u) => [u.id, u.name]);
  const tiers = Object.entries(TIER);
  switch (action) {
    case "accept":
    case "approve_resolution":
      return [];
    case "add_assist":
      return [
        {
          name: "unitId",
          label: "协办单位",
          type: "select",
          options: units.filter(([id]) => id !== t.unitId && !t.assistUnitIds?.includes(id)),
        },
      ];
    case "remove_assist":
      return [
        {
          name: "unitId",
          label: "撤销的协办单位",
          type: "select",
          options: (t.assistUnitIds ?? []).map((id) => [id, state.unitName.get(id) ?? id]),
        },
      ];
    case "first_contact":
      return [
        {
          name: "method",
          label: "联系方式",
          type: "select",
          options: [
            ["phone", "电话"],
            ["visit", "上门"],
            ["sms", "短信"],
            ["wechat", "微信"],
          ],
        },
        { name: "note", label: "情况说明（可选）", type: "textarea" },
      ];
    case "note":
      return [
        { name: "text", label: "进展内容", type: "textarea", required: true },
        { name: "photos", label: "进展照片（可选，最多9张）", type: "files" },
      ];
    case "request_extension":
      return [
        { name: "days", label: "延期工作日", type: "number", required: true, min: 1, max: 30 },
        { name: "reason", label: "延期理由", type: "textarea", required: true },
      ];
    case "approve_extension":
      return [{ name: "days", label: "批准工作日（默认按申请）", type: "number", min: 1, max: 30 }];
    case "resolve":
      return [
        { name: "reply", label: "给群众的办理答复", type: "textarea", required: true },
        { name: "photos", label: "办理照片（可选，最多9张）", type: "files" },
      ];
    case "redispatch":
      return [
        {
          name: "category",
          label: "类别（留空不变）",
          type: "select",
          options: [["", "不变"], ...(state.taxonomy?.categories ?? []).map((c) => [c.code, c.name])],
        },
        {
          name: "unitId",
          label: "派往单位（留空由系统重新判断）",
          type: "select",
          options: [["", "系统判断"], ...units],
        },
        { name: "reason", label: "说明（可选）", type: "textarea" },
      ];
    case "escalate":
      return [
        { name: "reason", label: "督办理由", type: "textarea", required: true },
        { name: "toTier", label: "升级到", type: "select", options: [["", "不变"], ...tiers] },
      ];
    case "merge":
      return [{ name: "into", label: "合并到工单编号", type: "text", required: true }];
    default:
      return [{ name: "reason", label: "理由", type: "textarea", required: true }];
  }
}

function runAction(t, action) {
  const fields = fieldsFor(action, t);
  const submit = async (body) => {
    if (body.photos) {
      // Each photo is uploaded (and checked) first; the resolution or note then names them by id.
      if (body.photos.length > 9) throw new Error("最多附9张照片");
      const ids = [];
      for (const file of body.photos) ids.push((await uploadPhoto(t.ref, file)).id);
      body.photos = ids;
    }
    await api(`/tickets/${t.ref}/actions/${action}`, { method: "POST", body });
    go(`#/ticket/${t.ref}`);
  };
  openForm(`${ACTION[action] ?? action} · ${t.ref}`, fields, submit);
}

/** A modal form; `onSubmit(body)` may throw an ApiError, whose message is shown in the dialog. */
export function openForm(title, fields, onSubmit) {
  const dialog = document.getElementById("dialog");
  const error = h("p", { class: "error", role: "alert", hidden: true });
  const form = h(
    "form",
    { method: "dialog", class: "dialog-form" },
    h("h3", {}, title),
    fields.map((f) =>
      h(
        "label",
        {},
        f.label,
        f.type === "textarea"
          ? h("textarea", { name: f.name, required: f.required, rows: 4, maxlength: 1000 })
          : f.type === "files"
            ? h("input", {
                name: f.name,
                type: "file",
                multiple: true,
                accept: "image/jpeg,image/png,image/webp,image/gif",
              })
            : f.type === "select"
              ? h(
                  "select",
                  { name: f.name },
                  f.options.map(([v, text]) => h("option", { value: v }, text)),
                )
              : h("input", {
                  name: f.name,
                  type: f.type,
                  required: f.required,
                  min: f.min,
                  max: f.max,
                  maxlength: f.type === "text" ? 200 : undefined,
                }),
      ),
    ),
    error,
    h(
      "div",
      { class: "dialog-buttons" },
      h("button", { type: "button", class: "secondary", onclick: () => dialog.close() }, "取消"),
      h("button", { type: "submit", class: "primary" }, "确定"),
    ),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = {};
    for (const f of fields) {
      if (f.type === "files") {
        const files = [...(form.elements[f.name].files ?? [])];
        if (files.length) body[f.name] = files;
        continue;
      }
      const v = form.elements[f.name].value.trim();
      if (v === "") continue;
      body[f.name] = f.type === "number" ? Number(v) : v;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await onSubmit(body);
      dialog.close();
    } catch (err) {
      error.textContent = err?.message ?? String(err);
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  clear(dialog).append(form);
  dialog.showModal();
}

/** The kind, and a warning when the engine was unsure of it (the dispatcher can change it). */
function kindText(t) {
  const label = KIND[t.kind] ?? t.kind;
  if (t.kindConfidence == null || t.kindConfidence >= 0.6) return label;
  return `${label}（系统把握 ${Math.round(t.kindConfidence * 100)}%，请核对）`;
}
