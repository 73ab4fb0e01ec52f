// What the page keeps between reloads: the token in this tab only (sessionStorage, gone when the tab closes) and the
// ids of the user's conversations in this browser (localStorage). Never any message text.

const TOKEN_KEY = "companion.token";
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function loadToken() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function saveToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** The subject (user id) a JWT names, read without checking it (the gateway checks), or "" when unreadable. */
export function userOf(token) {
  const payload = token.split(".")[1];
  if (!payload) return "";
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "=");
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims.sub === "string" ? claims.sub : "";
  } catch {
    return "";
  }
}

export function isConversationId(id) {
  return CONVERSATION_ID.test(id);
}

/** The user's conversation ids known to this browser (the API has no list of them), newest first. */
export class Conversations {
  constructor(userId) {
    this.key = `companion.conversations.${userId}`;
    this.currentKey = `companion.conversation.${userId}`;
  }

  list() {
    try {
      const ids = JSON.parse(localStorage.getItem(this.key) || "[]");
      return Array.isArray(ids) ? ids.filter((id) => typeof id === "string" && isConversationId(id)) : [];
    } catch {
      return [];
    }
  }

  add(id) {
    const ids = [id, ...this.list().filter((known) => known !== id)].slice(0, 50);
    localStorage.setItem(this.key, JSON.stringify(ids));
  }

  current() {
    const id = sessionStorage.getItem(this.currentKey) || this.list()[0] || "";
    return isConversationId(id) ? id : "";
  }

  setCurrent(id) {
    sessionStorage.setItem(this.currentKey, id);
    this.add(id);
  }
}
