// The conversation on screen: the user's messages, the companion's replies as they stream, notices, failures and
// crisis support. Everything is keyed by its id (message_id, delivery_id), so an event seen twice (live, then again
// on catching up after a reconnect) is shown once. Text is only ever set as text, never parsed as HTML.

const SHOWN_TYPES = new Set(["reply", "check_in", "notice", "failure", "crisis_support", "reply_chunk", "typing"]);
const TYPING_TIMEOUT_MS = 60_000;

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function timeOf(at) {
  const when = at ? new Date(at) : new Date();
  if (Number.isNaN(when.getTime())) return null;
  const label = when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return element("time", { datetime: when.toISOString() }, label);
}

/** Crisis support text: an introduction, the resources as "- ..." lines, and a closing line. */
function crisisParts(text) {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const resources = lines.filter((line) => line.startsWith("- ")).map((line) => line.slice(2));
  const first = lines.findIndex((line) => line.startsWith("- "));
  const before = first < 0 ? lines : lines.slice(0, first);
  const after = first < 0 ? [] : lines.slice(first + resources.length);
  return { before, resources, after };
}

export class ChatLog {
  constructor(list, typing) {
    this.list = list;
    this.typing = typing;
    this.crisisCount = 0;
    this.reset();
  }

  reset() {
    this.list.replaceChildren();
    this.items = new Map(); // id -> <li>
    this.finals = new Set(); // ids shown in their final form
    this.seqs = new Map(); // delivery_id -> the last reply_chunk seq shown
    this.typingIds = new Map(); // delivery_id -> timer
    this.lastTurnId = "";
    this.#showTyping();
  }

  /** The newest turn (user message or companion reply) shown: where catching up starts. */
  get after() {
    return this.lastTurnId;
  }

  history(turns) {
    for (const turn of turns) {
      if (this.finals.has(turn.id)) continue;
      if (turn.role === "user") {
        const li = this.#bubble("user", turn.text, turn.at);
        this.#settle(li, turn.id);
      } else {
        this.#companion({ delivery_id: turn.id, text: turn.text, created_at: turn.at, type: "reply" });
      }
      this.#noteTurn(turn.id);
    }
  }

  /** The user's message, shown at once while it is being sent. */
  addPending(text) {
    const li = this.#bubble("user", text);
    li.classList.add("pending");
    li.setAttribute("aria-busy", "true");
    return li;
  }

  confirm(li, messageId) {
    li.classList.remove("pending", "failed");
    li.removeAttribute("aria-busy");
    li.querySelector(".failure-reason")?.remove();
    li.querySelector("button")?.remove();
    this.#settle(li, messageId);
    this.#noteTurn(messageId);
  }

  fail(li, reason, retry) {
    li.classList.remove("pending");
    li.classList.add("failed");
    li.removeAttribute("aria-busy");
    li.querySelector(".failure-reason")?.remove();
    li.querySelector("button")?.remove();
    const button = element("button", { type: "button" }, "Try again");
    button.addEventListener("click", retry, { once: true });
    li.append(element("span", { class: "failure-reason" }, `\nNot sent: ${reason}`), element("br"), button);
  }

  /** Shows an event of the stream; false when it belongs to another conversation (not shown here). */
  handle(event, conversationId) {
    if (!event || !SHOWN_TYPES.has(event.type)) return true;
    const elsewhere = event.conversation_id && event.conversation_id !== conversationId;
    // Crisis support is shown wherever the user is: it must never wait behind a conversation switch.
    if (event.type === "crisis_support") {
      this.#crisis(event);
      return true;
    }
    if (elsewhere) return false;
    switch (event.type) {
      case "typing":
        this.#typing(event);
        break;
      case "reply_chunk":
        this.#chunk(event);
        break;
      case "reply":
      case "check_in":
        this.#companion(event);
        this.#noteTurn(event.delivery_id);
        break;
      default:
        this.#notice(event);
    }
    return true;
  }

  clearTyping() {
    for (const timer of this.typingIds.values()) clearTimeout(timer);
    this.typingIds.clear();
    this.#showTyping();
  }

  #noteTurn(id) {
    if (id && id > this.lastTurnId) this.lastTurnId = id; // ULIDs sort by time
  }

  #settle(li, id) {
    li.dataset.id = id;
    this.items.set(id, li);
    this.finals.add(id);
  }

  #append(li) {
    const list = this.list;
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.append(li);
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  #bubble(role, text, at) {
    const who = role === "user" ? "You said: " : "Companion said: ";
    const li = element(
      "li",
      { class: `message ${role}` },
      element("span", { class: "visually-hidden" }, who),
      element("span", { class: "text" }, text),
    );
    const time = timeOf(at);
    if (time) li.append(time);
    this.#append(li);
    return li;
  }

  #typing(event) {
    const id = event.delivery_id;
    clearTimeout(this.typingIds.get(id));
    if (event.state === "start" && !this.finals.has(id)) {
      // A stream that never ends (a dropped connection) must not leave the indicator on forever.
      this.typingIds.set(id, setTimeout(() => this.#stopTyping(id), TYPING_TIMEOUT_MS));
    } else {
      this.typingIds.delete(id);
    }
    this.#showTyping();
  }

  #stopTyping(id) {
    clearTimeout(this.typingIds.get(id));
    this.typingIds.delete(id);
    this.#showTyping();
  }

  #showTyping() {
    this.typing.hidden = this.typingIds.size === 0;
  }

  #chunk(event) {
    const id = event.delivery_id;
    if (this.finals.has(id)) return;
    const seq = Number(event.seq) || 0;
    if (seq <= (this.seqs.get(id) || 0)) return;
    this.seqs.set(id, seq);
    let li = this.items.get(id);
    if (!li) {
      li = this.#bubble("companion", "");
      li.classList.add("streaming");
      li.setAttribute("aria-busy", "true");
      li.dataset.id = id;
      li.dataset.kind = "reply";
      this.items.set(id, li);
    }
    li.dataset.streamed = "true";
    li.querySelector(".text").append(event.text || "");
    const list = this.list;
    if (list.scrollHeight - list.scrollTop - list.clientHeight < 120) list.scrollTop = list.scrollHeight;
  }

  #companion(event) {
    const id = event.delivery_id;
    this.#stopTyping(id);
    if (this.finals.has(id)) return; // already shown (live, then again on catching up)
    let li = this.items.get(id);
    if (li) {
      li.querySelector(".text").textContent = event.text; // the stored reply replaces the streamed draft
      li.classList.remove("streaming");
      li.removeAttribute("aria-busy");
    } else {
      li = this.#bubble("companion", event.text, event.created_at);
    }
    li.dataset.kind = event.type;
    if (event.type === "check_in") li.classList.add("check-in");
    this.#settle(li, id);
    this.seqs.delete(id);
  }

  #notice(event) {
    const id = event.delivery_id;
    if (id && this.finals.has(id)) return;
    const failure = event.type === "failure";
    const li = element(
      "li",
      { class: failure ? "notice failure" : "notice", "data-kind": event.type },
      element("span", { class: "label" }, failure ? "Not answered: " : "Notice: "),
      element("span", { class: "text" }, event.text || ""),
    );
    this.#append(li);
    if (id) this.#settle(li, id);
  }

  #crisis(event) {
    const id = event.delivery_id;
    if (id && this.finals.has(id)) return;
    this.crisisCount += 1;
    const titleId = `crisis-title-${this.crisisCount}`;
    const { before, resources, after } = crisisParts(event.text || "");
    const panel = element(
      "section",
      { class: "crisis-panel", role: "alert", "aria-labelledby": titleId },
      element("h3", { id: titleId }, "Support is available right now"),
      ...before.map((line) => element("p", {}, line)),
    );
    if (resources.length) {
      panel.append(
        element("ul", { class: "resources", "aria-label": "Crisis resources" }, ...resources.map((r) => element("li", {}, r))),
      );
    }
    panel.append(...after.map((line) => element("p", {}, line)));
    const li = element("li", { class: "crisis", "data-kind": "crisis_support" }, panel);
    this.#append(li);
    li.scrollIntoView({ block: "nearest" });
    if (id) this.#settle(li, id);
  }
}
