// The user's controls beside the chat: what the companion remembers (list, forget one, forget all, export),
// "I need space" (pause, resume), quiet hours, the wellbeing summary, persona import and the account export.
import { describe, download } from "./api.js";

const $ = (id) => document.getElementById(id);

function say(statusId, errorId, status, error = "") {
  $(statusId).textContent = status;
  $(errorId).textContent = error;
}

function formatTime(iso) {
  const when = new Date(iso);
  return Number.isNaN(when.getTime())
    ? iso
    : when.toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" });
}

export class Memories {
  constructor(api) {
    this.api = api;
    this.nextPage = "";
    $("memories-refresh").addEventListener("click", () => this.load());
    $("memories-more").addEventListener("click", () => this.load(this.nextPage));
    $("memories-export").addEventListener("click", () => this.export());
    $("forget-all").addEventListener("click", () => this.#confirm(true));
    $("forget-all-no").addEventListener("click", () => this.#confirm(false));
    $("forget-all-yes").addEventListener("click", () => this.forgetAll());
  }

  #status(text, error = "") {
    const status = $("memories-status");
    status.textContent = error || text;
    status.classList.toggle("error", Boolean(error));
  }

  async load(pageToken = "") {
    const list = $("memories-list");
    $("memories-status").setAttribute("aria-busy", "true");
    try {
      const params = new URLSearchParams({ page_size: "50" });
      if (pageToken) params.set("page_token", pageToken);
      const page = await this.api.json("GET", `/v1/memories?${params}`);
      if (!pageToken) list.replaceChildren();
      for (const memory of page.memories) list.append(this.#item(memory));
      this.nextPage = page.next_page_token || "";
      $("memories-more").hidden = !this.nextPage;
      const count = list.children.length;
      this.#status(count ? `${count} thing${count === 1 ? "" : "s"} remembered.` : "Nothing remembered yet.");
    } catch (error) {
      this.#status("", describe(error));
    } finally {
      $("memories-status").removeAttribute("aria-busy");
    }
  }

  #item(memory) {
    const li = document.createElement("li");
    li.dataset.memoryId = memory.memory_id;
    const text = document.createElement("div");
    text.className = "memory-text";
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = memory.kind;
    text.append(kind, memory.text);
    const forget = document.createElement("button");
    forget.type = "button";
    forget.textContent = "Forget";
    forget.setAttribute("aria-label", `Forget: ${memory.text}`);
    forget.addEventListener("click", () => this.forget(memory.memory_id, forget));
    li.append(text, forget);
    return li;
  }

  async forget(memoryId, button) {
    button.disabled = true;
    try {
      const result = await this.api.json("DELETE", `/v1/memories/${encodeURIComponent(memoryId)}`);
      // Forgetting one memory also forgets what was derived from the same words: every id forgotten goes.
      const gone = new Set(result.forgotten_memory_ids);
      for (const li of [...$("memories-list").children]) if (gone.has(li.dataset.memoryId)) li.remove();
      const left = $("memories-list").children.length;
      this.#status(`Forgotten. ${left ? `${left} left.` : "Nothing remembered now."}`);
      const next = $("memories-list").querySelector("button") || $("memories-refresh");
      next.focus();
    } catch (error) {
      button.disabled = false;
      this.#status("", describe(error));
    }
  }

  #confirm(show) {
    $("forget-all-confirm").hidden = !show;
    $("forget-all").hidden = show;
    (show ? $("forget-all-no") : $("forget-all")).focus();
  }

  async forgetAll() {
    try {
      const result = await this.api.json("DELETE", "/v1/memories");
      $("memories-list").replaceChildren();
      $("memories-more").hidden = true;
      this.#confirm(false);
      this.#status(`Forgot ${result.forgotten_count} thing${result.forgotten_count === 1 ? "" : "s"}. Nothing remembered now.`);
    } catch (error) {
      this.#status("", describe(error));
    }
  }

  async export() {
    try {
      await download(await this.api.request("GET", "/v1/memories/export"), "memories.json");
      this.#status("Exported as memories.json.");
    } catch (error) {
      this.#status("", describe(error));
    }
  }
}

export class Wellbeing {
  constructor(api) {
    this.api = api;
    $("pause-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.pause();
    });
    $("resume").addEventListener("click", () => this.resume());
    $("quiet-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.saveQuietHours();
    });
    $("quiet-clear").addEventListener("click", () => this.clearQuietHours());
    $("wellbeing-refresh").addEventListener("click", () => this.load());
    $("quiet-zone").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  }

  async load() {
    try {
      this.#show(await this.api.json("GET", "/v1/wellbeing?days=7"));
      $("pause-error").textContent = "";
    } catch (error) {
      $("pause-error").textContent = describe(error);
    }
  }

  #settings(settings) {
    const state = $("pause-state");
    state.dataset.paused = String(settings.paused);
    if (!settings.paused) state.textContent = "Not paused: the companion can write to you.";
    else if (settings.paused_indefinitely || !settings.paused_until) state.textContent = "Paused until you resume.";
    else state.textContent = `Paused until ${formatTime(settings.paused_until)}.`;
    $("resume").disabled = !settings.paused;
    const quiet = settings.quiet_hours;
    $("quiet-state").dataset.set = String(Boolean(quiet));
    $("quiet-state").textContent = quiet
      ? `Quiet hours ${quiet.start}–${quiet.end}${settings.time_zone ? ` (${settings.time_zone})` : ""}.`
      : "No quiet hours set.";
    if (quiet) {
      $("quiet-start").value = quiet.start;
      $("quiet-end").value = quiet.end;
    }
    if (quiet && settings.time_zone) $("quiet-zone").value = settings.time_zone; // else the browser's zone
  }

  #show(summary) {
    this.#settings(summary.settings);
    const facts = [
      ["Minutes today", summary.minutes_today],
      ["Days in a row", summary.streak_days],
    ];
    $("wellbeing-summary").replaceChildren(
      ...facts.flatMap(([label, value]) => {
        const dt = document.createElement("dt");
        dt.textContent = label;
        const dd = document.createElement("dd");
        dd.textContent = String(value ?? 0);
        return [dt, dd];
      }),
    );
    $("wellbeing-days").tBodies[0].replaceChildren(
      ...summary.days.map((day) => {
        const row = document.createElement("tr");
        for (const value of [day.day, day.messages, day.active_minutes, day.late_night_messages]) {
          const cell = document.createElement("td");
          cell.textContent = String(value);
          row.append(cell);
        }
        return row;
      }),
    );
  }

  async pause() {
    const minutes = Number($("pause-minutes").value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 527040) {
      $("pause-error").textContent = "Enter a whole number of minutes, at least 1.";
      $("pause-minutes").focus();
      return;
    }
    await this.#change("pause-error", "POST", "/v1/wellbeing/pause", { json: { minutes } });
  }

  async resume() {
    if (await this.#change("pause-error", "DELETE", "/v1/wellbeing/pause")) $("pause").focus();
  }

  async saveQuietHours() {
    const start = $("quiet-start").value;
    const end = $("quiet-end").value;
    if (!start || !end) {
      $("quiet-error").textContent = "Choose both times.";
      return;
    }
    const body = { start: start.slice(0, 5), end: end.slice(0, 5), time_zone: $("quiet-zone").value.trim() };
    await this.#change("quiet-error", "PUT", "/v1/wellbeing/quiet-hours", { json: body });
  }

  async clearQuietHours() {
    if (await this.#change("quiet-error", "DELETE", "/v1/wellbeing/quiet-hours")) {
      $("quiet-start").value = "";
      $("quiet-end").value = "";
    }
  }

  /** Changes a wellbeing setting and shows the new settings, or why not in the element `errorId`. */
  async #change(errorId, method, path, options) {
    try {
      this.#settings(await this.api.json(method, path, options));
      $(errorId).textContent = "";
      return true;
    } catch (error) {
      $(errorId).textContent = describe(error);
      return false;
    }
  }
}

export class Persona {
  /** conversation() is the id of the conversation open now; shown(name) puts the persona's name on screen. */
  constructor(api, conversation, shown) {
    this.api = api;
    this.conversation = conversation;
    this.shown = shown;
    $("persona-form").addEventListener("submit", (event) => {
      event.preventDefault();
      this.import();
    });
  }

  async load() {
    const id = this.conversation();
    if (!id) return;
    try {
      const persona = await this.api.json("GET", `/v1/conversations/${encodeURIComponent(id)}/persona`);
      if (id === this.conversation()) this.shown(persona.card?.data?.name || "", persona.custom);
    } catch {
      this.shown("", false); // the persona is a nicety: the chat works without knowing it
    }
  }

  async import() {
    const file = $("persona-file").files[0];
    if (!file) {
      say("persona-status", "persona-error", "", "Choose a Character Card JSON file first.");
      return;
    }
    const id = this.conversation();
    try {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        say("persona-status", "persona-error", "", "That file is not JSON: choose a Character Card V2 or V3 .json file.");
        return;
      }
      const persona = await this.api.json("PUT", `/v1/conversations/${encodeURIComponent(id)}/persona`, {
        body: text,
        contentType: "application/json",
      });
      const name = persona.card?.data?.name || "the new persona";
      say("persona-status", "persona-error", `Persona imported: ${name}.`);
      this.shown(name, true);
      $("persona-form").reset();
    } catch (error) {
      say("persona-status", "persona-error", "", describe(error));
    }
  }
}

export class Account {
  constructor(api) {
    this.api = api;
    $("account-export").addEventListener("click", () => this.export());
  }

  async export() {
    try {
      await download(await this.api.request("GET", "/v1/account/export"), "account.json");
      say("account-status", "account-error", "Exported as account.json.");
    } catch (error) {
      say("account-status", "account-error", "", describe(error));
    }
  }
}

/** Tabs as the ARIA pattern has them: arrow keys, Home and End move between tabs; one tab stop. */
export function setupTabs(onShow) {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const select = (tab, focus = true) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) tab.focus();
    onShow(tab.id);
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const index = tabs.indexOf(tab);
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      select(tabs[(moves[event.key] + tabs.length) % tabs.length]);
    });
  }
}
