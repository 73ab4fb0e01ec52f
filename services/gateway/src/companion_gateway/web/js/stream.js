// The /v1/stream WebSocket: replies, typing, notices and crisis support as they happen. It reconnects after a
// dropped connection with exponential backoff and jitter, waits while the browser is offline, and on every
// (re)connect asks the gateway to catch up: `conversation_id` and `after` (the newest turn this page has shown)
// bring back the companion's turns produced meanwhile. The page drops the ones it has already shown.

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
const UNAUTHORIZED = 4401;

export class Stream {
  /**
   * @param {object} options
   * @param {string} options.token bearer token (sent as ?token=, browsers cannot set WebSocket headers)
   * @param {() => {conversationId: string, after: string}} options.position what to catch up on
   * @param {(event: object) => void} options.onEvent every event the gateway sends
   * @param {(state: string, detail?: object) => void} options.onState connecting, open, reconnecting, offline,
   *   unauthorized, closed
   * @param {() => void} [options.onRefused] a connection closed before it opened. Browsers do not tell why (a
   *   refused handshake is only code 1006), so the page asks the HTTP API whether the token still holds.
   */
  constructor({ token, position, onEvent, onState, onRefused = () => {} }) {
    this.token = token;
    this.position = position;
    this.onEvent = onEvent;
    this.onState = onState;
    this.onRefused = onRefused;
    this.socket = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = true;
    this.goneOffline = () => this.#offline();
    this.backOnline = () => this.#online();
  }

  start() {
    this.stopped = false;
    window.addEventListener("offline", this.goneOffline);
    window.addEventListener("online", this.backOnline);
    this.#connect();
  }

  stop() {
    this.stopped = true;
    window.removeEventListener("offline", this.goneOffline);
    window.removeEventListener("online", this.backOnline);
    clearTimeout(this.timer);
    this.#drop();
    this.onState("closed");
  }

  #url() {
    const { conversationId, after } = this.position();
    const params = new URLSearchParams({ token: this.token });
    if (conversationId && after) {
      params.set("conversation_id", conversationId);
      params.set("after", after);
    }
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    return `${scheme}//${location.host}/v1/stream?${params}`;
  }

  /** Whether to try now: not stopped and online (offline, the browser's "online" event brings us back). */
  #mayTry() {
    clearTimeout(this.timer);
    if (this.stopped) return false;
    if (!navigator.onLine) {
      this.onState("offline");
      return false;
    }
    return true;
  }

  #connect() {
    if (!this.#mayTry()) return;
    this.onState("connecting");
    const socket = new WebSocket(this.#url());
    this.socket = socket;
    let opened = false;
    socket.addEventListener("open", () => {
      if (socket !== this.socket) return;
      opened = true;
      this.attempt = 0;
      this.onState("open");
    });
    socket.addEventListener("message", (message) => {
      if (socket !== this.socket) return;
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return; // not ours: ignore it
      }
      this.onEvent(event);
    });
    socket.addEventListener("close", (closed) => {
      if (socket !== this.socket) return; // replaced or dropped on purpose
      this.socket = null;
      if (closed.code === UNAUTHORIZED) {
        this.stopped = true;
        this.onState("unauthorized");
        return;
      }
      this.#schedule();
      if (!opened) this.onRefused();
    });
  }

  #schedule() {
    if (!this.#mayTry()) return;
    // Full jitter between half and all of the exponential delay: replicas restarting are not hit all at once.
    const ceiling = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.attempt);
    const delay = Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    this.attempt += 1;
    this.onState("reconnecting", { delayMs: delay, attempt: this.attempt });
    this.timer = setTimeout(() => this.#connect(), delay);
  }

  #drop() {
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState <= WebSocket.OPEN) socket.close(1000, "client closed");
  }

  #offline() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.#drop();
    this.onState("offline");
  }

  #online() {
    if (this.stopped) return;
    this.attempt = 0;
    this.#connect();
  }
}
