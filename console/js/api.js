// The console talks to the staff API only (same origin, session cookie). A 401 sends the user to
// the login page; every other error is shown with the API's message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function api(path, { method = "GET", body, query } = {}) {
  let url = `/api/v1${path}`;
  if (query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") qs.set(k, v);
    const s = qs.toString();
    if (s) url += `?${s}`;
  }
  const res = await fetch(url, {
    method,
    credentials: "same-origin",
    headers: body !== undefined ? { "content-type": "application/json" } : {},
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (res.status === 401) {
    location.assign(`/console/login.html?next=${encodeURIComponent(location.hash || "#/inbox")}`);
    throw new ApiError(401, "AUTH.REQUIRED", "请先登录");
  }
  if (res.status === 204) return null;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = (data?.error?.message ?? `请求失败 (${res.status})`).replace(/\s*\([^)]*\)$/, "");
    throw new ApiError(res.status, data?.error?.code ?? "HTTP", msg);
  }
  return data;
}

/** Like api(), but answers null instead of throwing for 404 (an endpoint or ticket not there). */
export async function apiOptional(path, opts) {
  try {
    return await api(path, opts);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 403)) return null;
    throw err;
  }
}

/** Uploads one photo to a ticket as its raw bytes; answers `{ id, thumbnailUrl }`. */
export async function uploadPhoto(ref, file) {
  const res = await fetch(`/api/v1/tickets/${encodeURIComponent(ref)}/media`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": file.type || "application/octet-stream" },
    body: file,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = (data?.error?.message ?? `上传失败 (${res.status})`).replace(/\s*\([^)]*\)$/, "");
    throw new ApiError(res.status, data?.error?.code ?? "HTTP", `${file.name}：${msg}`);
  }
  return data;
}
