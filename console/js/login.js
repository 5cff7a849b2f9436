// Login page: POST /api/v1/auth/login sets the http-only session cookie; then go to the console.
const form = document.getElementById("login-form");
const error = document.getElementById("login-error");

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  error.hidden = true;
  const button = form.querySelector("button");
  button.disabled = true;
  try {
    const res = await fetch("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({
        username: document.getElementById("username").value,
        password: document.getElementById("password").value,
      }),
    });
    if (res.ok) {
      const next = new URLSearchParams(location.search).get("next");
      location.assign(next && next.startsWith("#/") ? `/console/${next}` : "/console/");
      return;
    }
    const body = await res.json().catch(() => null);
    error.textContent =
      res.status === 429
        ? "尝试过于频繁，请稍后再试"
        : (body?.error?.message ?? "登录失败").replace(/\s*\(.*\)$/, "");
    error.hidden = false;
  } catch {
    error.textContent = "网络错误，请检查连接后重试";
    error.hidden = false;
  } finally {
    button.disabled = false;
  }
});
