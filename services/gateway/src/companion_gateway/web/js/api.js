// The gateway's HTTP API with the user's bearer token. Errors carry the status and the gateway's reason.

export class ApiError extends Error {
  constructor(status, detail, retryAfter = null) {
    super(detail);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

async function reason(response) {
  try {
    const body = await response.json();
    if (typeof body.detail === "string") return body.detail;
    if (Array.isArray(body.detail)) return body.detail.map((d) => d.msg || String(d)).join("; ");
  } catch {
    // not JSON: the status says enough
  }
  return `${response.status} ${response.statusText}`.trim();
}

export class Api {
  /** onUnauthorized is called on any 401 (an expired or revoked token). */
  constructor(token, onUnauthorized = () => {}) {
    this.token = token;
    this.onUnauthorized = onUnauthorized;
  }

  async request(method, path, { json, body, contentType } = {}) {
    const headers = { Authorization: `Bearer ${this.token}` };
    const init = { method, headers, cache: "no-store" };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      headers["Content-Type"] = "application/json";
    } else if (body !== undefined) {
      init.body = body;
      if (contentType) headers["Content-Type"] = contentType;
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new ApiError(0, "The server could not be reached. Check your connection and try again.");
    }
    if (!response.ok) {
      if (response.status === 401) this.onUnauthorized();
      throw new ApiError(response.status, await reason(response), response.headers.get("Retry-After"));
    }
    return response;
  }

  async json(method, path, options) {
    return (await this.request(method, path, options)).json();
  }
}

/** A sentence for a person from an ApiError (or anything thrown). */
export function describe(error) {
  if (!(error instanceof ApiError)) return "Something went wrong. Please try again.";
  if (error.status === 429) return `Too many requests: please wait ${error.retryAfter || "a few"} seconds.`;
  if (error.status === 503) return "The service is busy or restarting. Please try again in a moment.";
  if (error.status === 401) return "Your sign-in is no longer valid. Please sign in again.";
  return error.message;
}

/** Saves a JSON response as a file download (the browser's own save, no data leaves the page otherwise). */
export async function download(response, filename) {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
