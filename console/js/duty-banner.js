// The duty alarm banner (值班警报) on every page for the centre (admins, dispatchers): alarms nobody
// has acknowledged yet, refreshed by polling; 确认 acknowledges one for everyone.
import { api } from "./api.js";
import { clear, fmtTime, h } from "./dom.js";
import { DUTY_ALARM_REASON, STAGE, URGENCY } from "./labels.js";

const POLL_MS = 20_000;
export const BANNER_ROLES = ["admin", "dispatcher"];

export function startDutyBanner(el) {
  const refresh = async () => {
    try {
      render(el, await api("/duty/alarms"), refresh);
    } catch (err) {
      // A failed poll keeps the last list on screen rather than hiding an alarm; the next poll retries.
      if (err?.status === 401) return;
    }
  };
  setInterval(refresh, POLL_MS);
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) refresh();
  });
  return refresh();
}

function render(el, data, refresh) {
  if (!data.items.length) {
    clear(el).hidden = true;
    return;
  }
  el.hidden = false;
  const duty = data.onDuty ? `当前值班：${data.onDuty.name}` : `当前无人排班，警报发往${data.dutyUnitName}`;
  clear(el).append(
    h(
      "div",
      { class: "duty-banner-head" },
      h("strong", {}, `值班警报（${data.items.length}）`),
      h("span", { class: "duty-now" }, duty),
    ),
    h(
      "ul",
      {},
      data.items.map((a) =>
        h(
          "li",
          { dataset: { alarmId: String(a.id) } },
          h("a", { href: `#/ticket/${a.ref}`, class: "ref" }, a.ref),
          h("span", { class: `badge urgency-${a.urgency}` }, URGENCY[a.urgency] ?? a.urgency),
          h("span", { class: "duty-summary" }, a.summary),
          h(
            "span",
            { class: "duty-reason" },
            DUTY_ALARM_REASON[a.reason] ?? a.reason,
            a.stage ? `（${STAGE[a.stage] ?? a.stage}）` : "",
          ),
          h("span", { class: "duty-since" }, `自 ${fmtTime(a.raisedAt)}`),
          h(
            "span",
            { class: "duty-to" },
            a.officerName ? `警报发给：${a.officerName}` : "警报发给：值班单位",
          ),
          h(
            "button",
            {
              type: "button",
              class: "small",
              onclick: async (ev) => {
                ev.target.disabled = true;
                try {
                  await api(`/duty/alarms/${a.id}/ack`, { method: "POST" });
                } catch (err) {
                  alert(err?.message ?? String(err));
                }
                await refresh();
              },
            },
            "确认",
          ),
        ),
      ),
    ),
  );
}
