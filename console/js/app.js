// The console shell: who is signed in, the navigation, and a hash router (#/inbox, #/ticket/REF, …).
import { api } from "./api.js";
import { clear, h, setTimeZone } from "./dom.js";
import { loadLabels, ROLE, setChannels } from "./labels.js";
import { BANNER_ROLES, startDutyBanner } from "./duty-banner.js";
import { renderDashboard } from "./views/dashboard.js";
import { renderInbox } from "./views/inbox.js";
import { renderParked } from "./views/parked.js";
import { renderQueue } from "./views/queues.js";
import { renderReport } from "./views/report.js";
import { renderTicket } from "./views/ticket.js";
import { state } from "./state.js";

const view = document.getElementById("view");

async function boot() {
  state.me = await api("/me");
  setTimeZone(state.me.timeZone);
  const [units, taxonomy, channels] = await Promise.all([
    api("/units"),
    api("/taxonomy"),
    api("/channels"),
    loadLabels(api),
  ]);
  setChannels(channels);
  state.units = units;
  state.unitName = new Map(units.map((u) => [u.id, u.name]));
  state.taxonomy = taxonomy;
  state.categoryName = new Map(taxonomy.categories.map((c) => [c.code, c.name]));
  document.getElementById("who-name").textContent =
    `${state.me.displayName} · ${state.me.unitName ?? ROLE[state.me.role] ?? state.me.role}`;
  document.body.dataset.role = state.me.role;
  for (const a of document.querySelectorAll("#nav a[data-roles]"))
    if (!a.dataset.roles.split(",").includes(state.me.role)) a.remove();
  document.getElementById("logout").addEventListener("click", async () => {
    await api("/auth/logout", { method: "POST" }).catch(() => {});
    location.assign("/console/login.html");
  });
  window.addEventListener("hashchange", route);
  if (BANNER_ROLES.includes(state.me.role)) startDutyBanner(document.getElementById("duty-banner"));
  await route();
}

async function route() {
  const hash = location.hash || "#/inbox";
  const [path, qs] = hash.slice(1).split("?");
  const params = new URLSearchParams(qs ?? "");
  const parts = path.split("/").filter(Boolean);
  const name = parts[0] ?? "inbox";
  for (const a of document.querySelectorAll("#nav a"))
    a.classList.toggle("active", a.dataset.view === (name === "ticket" ? "inbox" : name));
  clear(view).append(h("p", { class: "muted" }, "加载中…"));
  try {
    if (name === "ticket" && parts[1]) await renderTicket(view, decodeURIComponent(parts[1]));
    else if (name === "triage") await renderInbox(view, params, "triage");
    else if (name === "supervision") await renderInbox(view, params, "supervision");
    else if (name === "reviews" || name === "returns") await renderQueue(view, name);
    else if (name === "dashboard") await renderDashboard(view, params);
    else if (name === "report") await renderReport(view, params);
    else if (name === "parked") await renderParked(view);
    else await renderInbox(view, params, "inbox");
  } catch (err) {
    if (err?.status === 401) return;
    clear(view).append(
      h(
        "div",
        { class: "notice error" },
        err?.status === 404 ? "没有找到该工单，或您无权查看。" : `出错了：${err?.message ?? err}`,
      ),
    );
  }
}

boot().catch((err) => {
  if (err?.status !== 401)
    clear(view).append(h("div", { class: "notice error" }, `无法加载：${err?.message ?? err}`));
});
