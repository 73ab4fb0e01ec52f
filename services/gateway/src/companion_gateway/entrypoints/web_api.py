"""The web chat: static HTML, CSS and ES modules (``companion_gateway/web``) served at ``/chat/``, ``/`` redirecting
there. The page talks to the same public API as any client app (bearer token, ``/v1/...``, ``/v1/stream``).

Every file goes out with a strict Content-Security-Policy: scripts, styles, images and connections from this
origin only, no inline code, no framing. The page needs nothing else: no CDN, no build step."""

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import RedirectResponse
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

WEB_ROOT = Path(__file__).resolve().parent.parent / "web"
CHAT_PATH = "/chat"

# 'self' in connect-src covers the WebSocket to this origin (ws:/wss:) as well as fetch.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    # Revalidated on every load (ETag/Last-Modified answer 304), so that an upgraded gateway serves its own page.
    (b"cache-control", b"no-cache"),
]

router = APIRouter()


@router.get("/", include_in_schema=False)
async def root() -> RedirectResponse:
    return RedirectResponse(f"{CHAT_PATH}/")


class SecurityHeaders:
    """Adds the security headers above to every HTTP response of the app it wraps."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in _HEADERS}
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + _HEADERS}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def mount_web_chat(app: FastAPI) -> None:
    """Serves the web chat at ``/chat/`` (index.html for the directory) and redirects ``/`` there."""
    app.include_router(router)
    app.mount(CHAT_PATH, SecurityHeaders(StaticFiles(directory=WEB_ROOT, html=True)), name="chat")
