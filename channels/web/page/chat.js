// Web chat page of Zhitong: keeps an anonymous session in localStorage, sends each message once
// (a retry reuses its clientMessageId) and polls for the bot's replies.
(() => {
  "use strict";
  const base = "/channels/web";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const sendButton = document.getElementById("send");
  const status = document.getElementById("status");
  let session = JSON.parse(localStorage.getItem("zt-web-session") || "null");
  let after = Number(localStorage.getItem("zt-web-after") || "0");

  function bubble(text, who) {
    const div = document.createElement("div");
    div.className = `msg ${who}`;
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  async function newSession() {
    const res = await fetch(`${base}/session`, { method: "POST" });
    if (!res.ok) throw new Error("session");
    session = await res.json();
    after = 0;
    localStorage.setItem("zt-web-session", JSON.stringify(session));
    localStorage.setItem("zt-web-after", "0");
  }

  async function send(text, clientMessageId, attempt = 0) {
    if (!session) await newSession();
    const res = await fetch(`${base}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-web-session-token": session.token },
      body: JSON.stringify({ sessionId: session.sessionId, text, clientMessageId }),
    });
    if (res.status === 401 && attempt === 0) {
      await newSession();
      return send(text, clientMessageId, 1);
    }
    if (res.status === 429) throw new Error("发送太频繁，请稍后再试。");
    if (!res.ok) throw new Error("发送失败，请稍后重试。");
  }

  // A photo goes as its raw bytes; the server checks what it really is and answers in Chinese if not.
  async function sendPhoto(file, clientMessageId, attempt = 0) {
    if (!session) await newSession();
    const url = `${base}/photos?sessionId=${encodeURIComponent(session.sessionId)}&clientMessageId=${clientMessageId}`;
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": file.type || "application/octet-stream",
        "x-web-session-token": session.token,
      },
      body: file,
    });
    if (res.status === 401 && attempt === 0) {
      await newSession();
      return sendPhoto(file, clientMessageId, 1);
    }
    if (res.status === 429) throw new Error("发送太频繁，请稍后再试。");
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      throw new Error((body && body.error && body.error.message) || "照片发送失败，请稍后重试。");
    }
  }

  // Polls do not overlap (on a slow network one outlasts the interval), and a reply already shown is
  // never shown again: two polls sent with the same cursor would both bring it.
  let polling = false;
  async function poll() {
    if (!session || polling) return;
    polling = true;
    try {
      const res = await fetch(
        `${base}/messages?sessionId=${encodeURIComponent(session.sessionId)}&after=${after}`,
        {
          headers: { "x-web-session-token": session.token },
        },
      );
      if (res.ok) {
        const body = await res.json();
        for (const reply of body.replies) {
          if (reply.id <= after) continue;
          bubble(reply.text, "bot");
          after = Math.max(after, reply.id);
        }
        localStorage.setItem("zt-web-after", String(after));
        status.textContent = "";
      }
    } catch {
      status.textContent = "网络不稳定，正在重试…";
    } finally {
      polling = false;
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const clientMessageId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const mine = bubble(text, "me");
    input.value = "";
    sendButton.disabled = true;
    try {
      await send(text, clientMessageId);
      status.textContent = "已发送";
      setTimeout(poll, 800);
    } catch (error) {
      mine.classList.add("failed");
      status.textContent = error.message || "发送失败，请稍后重试。";
    } finally {
      sendButton.disabled = false;
      input.focus();
    }
  });
  const photo = document.getElementById("photo");
  photo.addEventListener("change", async () => {
    const file = photo.files && photo.files[0];
    photo.value = "";
    if (!file) return;
    const clientMessageId = `p${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const mine = bubble("[照片]", "me");
    status.textContent = "正在发送照片…";
    try {
      await sendPhoto(file, clientMessageId);
      status.textContent = "已发送";
      setTimeout(poll, 800);
    } catch (error) {
      mine.classList.add("failed");
      status.textContent = error.message || "照片发送失败，请稍后重试。";
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  // After a reload the transcript comes back from the server, so the resident sees what was said.
  async function restore() {
    if (!session) return;
    try {
      const res = await fetch(`${base}/history?sessionId=${encodeURIComponent(session.sessionId)}`, {
        headers: { "x-web-session-token": session.token },
      });
      if (!res.ok) return;
      const body = await res.json();
      for (const m of body.items) {
        bubble(m.text, m.from === "resident" ? "me" : "bot");
        if (m.from === "bot") after = Math.max(after, m.id);
      }
      localStorage.setItem("zt-web-after", String(after));
    } catch {
      status.textContent = "网络不稳定，正在重试…";
    }
  }

  restore().finally(() => {
    setInterval(poll, 2500);
    poll();
  });
})();
