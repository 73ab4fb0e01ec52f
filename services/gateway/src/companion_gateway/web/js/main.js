// The web chat: sign in with a token, pick or start a conversation, talk, and manage what the companion keeps.
// Nothing here writes to the console: message text must never end up in logs.
import { Api, describe } from "./api.js";
import { ChatLog } from "./chat.js";
import { Account, Memories, Persona, Wellbeing, setupTabs } from "./panels.js";
import { Conversations, clearToken, isConversationId, loadToken, saveToken, userOf } from "./session.js";
import { Stream } from "./stream.js";

const $ = (id) => document.getElementById(id);
const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

const api = new Api("", () => signOut("Your sign-in is no longer valid (expired or revoked). Paste a new token."));
const chat = new ChatLog($("log"), $("typing"));
const memories = new Memories(api);
const wellbeing = new Wellbeing(api);
const account = new Account(api);
const persona = new Persona(api, () => current, showPersona);

let conversations = null;
let current = "";
let stream = null;
let loadingHistory = false;
let buffered = [];
const unread = new Set();

const CONNECTION = {
  idle: () => "Not connected",
  connecting: () => "Connecting…",
  open: () => "Connected",
  reconnecting: (detail) => `Connection lost: reconnecting in ${Math.max(1, Math.round(detail.delayMs / 1000))} s`,
  offline: () => "You are offline: reconnecting when the network is back",
  unauthorized: () => "Not signed in",
  closed: () => "Not connected",
};

function randomId() {
  // crypto.getRandomValues works outside secure contexts too (crypto.randomUUID does not).
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function locale() {
  const language = navigator.language || "en-US";
  return LOCALE.test(language) ? language : "en-US";
}

function showPersona(name, custom) {
  $("persona-name").textContent = name ? `Talking with ${name}${custom ? " (imported persona)" : ""}` : "";
}

function onConnection(state, detail = {}) {
  const status = $("connection");
  status.dataset.state = state;
  status.textContent = CONNECTION[state](detail);
  if (state === "open") chat.clearTyping(); // typing from before a reconnect is stale
  if (state === "unauthorized") signOut("The token was not accepted (expired or revoked). Paste a new token.");
}

function onEvent(event) {
  if (loadingHistory && event.conversation_id === current && event.type !== "crisis_support") {
    buffered.push(event); // shown once the history is on screen, so that nothing lands above it
    return;
  }
  if (!chat.handle(event, current) && event.conversation_id && isConversationId(event.conversation_id)) {
    unread.add(event.conversation_id);
    conversations.add(event.conversation_id);
    renderConversations();
  }
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A conversation's name on screen: when it started for the ids the gateway makes (ULIDs), else the id itself. */
function conversationLabel(id) {
  if (!ULID.test(id)) return id;
  const ms = [...id.slice(0, 10)].reduce((total, c) => total * 32 + CROCKFORD.indexOf(c), 0);
  const started = new Date(ms).toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return `Started ${started}`;
}

function renderConversations() {
  const select = $("conversation-select");
  const ids = conversations.list();
  if (current && !ids.includes(current)) ids.unshift(current);
  select.replaceChildren(
    ...ids.map((id) => {
      const option = document.createElement("option");
      option.value = id;
      option.textContent = unread.has(id) ? `${conversationLabel(id)} (new messages)` : conversationLabel(id);
      option.title = id;
      return option;
    }),
  );
  select.value = current;
}

async function openConversation(id) {
  current = id;
  conversations.setCurrent(id);
  unread.delete(id);
  renderConversations();
  $("conversation-id").textContent = id;
  chat.reset();
  showPersona("", false);
  $("chat-error").textContent = "";
  loadingHistory = true;
  buffered = [];
  try {
    const page = await api.json("GET", `/v1/conversations/${encodeURIComponent(id)}/messages?limit=200`);
    if (id === current) chat.history(page.messages);
  } catch (error) {
    if (id === current) $("chat-error").textContent = `The conversation could not be loaded: ${describe(error)}`;
  } finally {
    if (id === current) {
      loadingHistory = false;
      const waiting = buffered;
      buffered = [];
      waiting.forEach(onEvent);
    }
  }
  persona.load();
}

async function newConversation() {
  try {
    const created = await api.json("POST", "/v1/conversations");
    await openConversation(created.conversation_id);
    $("composer-text").focus();
  } catch (error) {
    $("chat-error").textContent = `No new conversation: ${describe(error)}`;
  }
}

async function send(text, pending = null, clientMessageId = randomId()) {
  const conversationId = current;
  const li = pending || chat.addPending(text);
  li.classList.add("pending");
  const body = {
    client_message_id: clientMessageId, // the same id on a retry: the gateway takes the message once
    text,
    sent_at: new Date().toISOString(),
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    locale: locale(),
  };
  try {
    const path = `/v1/conversations/${encodeURIComponent(conversationId)}/messages`;
    const accepted = await api.json("POST", path, { json: body });
    if (conversationId === current) chat.confirm(li, accepted.message_id);
  } catch (error) {
    if (conversationId === current) chat.fail(li, describe(error), () => send(text, li, clientMessageId));
  }
}

function start(token) {
  api.token = token;
  const userId = userOf(token) || "you";
  conversations = new Conversations(userId);
  $("signed-in-as").textContent = `Signed in as ${userId}`;
  $("sign-in").hidden = true;
  $("account").hidden = false;
  $("app").hidden = false;
  stream = new Stream({
    token,
    position: () => ({ conversationId: current, after: chat.after }),
    onEvent,
    onState: onConnection,
    // A 401 here signs the user out (Api's onUnauthorized); any other failure is the server being away: retry.
    onRefused: () => api.request("GET", "/v1/wellbeing?days=1").catch(() => {}),
  });
  const id = conversations.current();
  (id ? openConversation(id) : newConversation()).finally(() => stream?.start());
  memories.load();
  wellbeing.load();
}

function signOut(message = "") {
  if (stream) {
    const stopping = stream;
    stream = null;
    stopping.stop();
  }
  clearToken();
  api.token = "";
  current = "";
  chat.reset();
  unread.clear();
  $("memories-list").replaceChildren();
  for (const status of document.querySelectorAll(".tools .status, .tools .error")) status.textContent = "";
  $("app").hidden = true;
  $("account").hidden = true;
  $("sign-in").hidden = false;
  $("sign-in-error").textContent = message;
  $("connection").dataset.state = "idle";
  $("connection").textContent = CONNECTION.idle();
  $("token").focus();
}

async function signIn(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  if (!token) {
    $("sign-in-error").textContent = "Paste a token first.";
    return;
  }
  try {
    await new Api(token).json("GET", "/v1/wellbeing?days=1");
  } catch (error) {
    $("sign-in-error").textContent =
      error.status === 401 ? `That token was not accepted: ${error.message}.` : describe(error);
    return;
  }
  $("token").value = "";
  $("sign-in-error").textContent = "";
  saveToken(token);
  start(token);
  $("composer-text").focus();
}

$("sign-in-form").addEventListener("submit", signIn);
$("sign-out").addEventListener("click", () => signOut());
$("new-conversation").addEventListener("click", newConversation);
$("conversation-select").addEventListener("change", (event) => openConversation(event.target.value));
$("open-conversation").addEventListener("submit", (event) => {
  event.preventDefault();
  const id = $("open-id").value.trim();
  if (!isConversationId(id)) {
    $("chat-error").textContent = "A conversation id is 1 to 64 letters, digits, '-' or '_'.";
    $("open-id").focus();
    return;
  }
  $("open-id").value = "";
  openConversation(id);
});
$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const box = $("composer-text");
  const text = box.value.trim();
  if (!text) {
    $("composer-error").textContent = "Write something first.";
    return;
  }
  $("composer-error").textContent = "";
  box.value = "";
  send(text);
});
$("composer-text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});
setupTabs((tabId) => {
  if (tabId === "tab-memories") memories.load();
  if (tabId === "tab-wellbeing") wellbeing.load();
});

const saved = loadToken();
if (saved) start(saved);
else signOut();
