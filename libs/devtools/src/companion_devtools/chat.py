"""`make chat`: a terminal chat with the running system (started by `make run`)."""

import argparse
import asyncio
import contextlib
import json
import os
import sys
import uuid

import httpx
import websockets

from companion_devtools.run import RUN_DIR, jwt_secret
from companion_gateway.tokens import mint

# At the end of input, how long to wait for replies still being written.
REPLY_WAIT_S = 20.0


def dev_token(user_id: str) -> str:
    return mint(user_id, os.environ.get("GATEWAY_JWT_SECRET") or jwt_secret(), ttl_s=24 * 3600)


def _gateway_url() -> str:
    saved = RUN_DIR / "gateway-url"
    return os.environ.get("COMPANION_GATEWAY_URL") or (
        saved.read_text().strip() if saved.exists() else "http://127.0.0.1:8080"
    )


async def chat(user_id: str, conversation_id: str, time_zone: str) -> None:
    base = _gateway_url()
    token = dev_token(user_id)
    headers = {"Authorization": f"Bearer {token}"}
    ws_url = base.replace("http", "ws", 1) + "/v1/stream"
    print(f"chatting as {user_id!r} in conversation {conversation_id!r} via {base}; Ctrl-D to leave\n")
    async with (
        httpx.AsyncClient(base_url=base, headers=headers, timeout=10) as http,
        websockets.connect(ws_url, additional_headers=headers) as ws,
    ):
        unanswered: set[str] = set()  # messages sent whose reply has not come yet
        all_answered = asyncio.Event()

        async def show_incoming() -> None:
            streamed: dict[str, str] = {}  # the words of each reply shown so far, as they streamed
            async for raw in ws:
                event = json.loads(raw)
                kind = event["type"]
                if kind in ("reply", "failure"):
                    unanswered.difference_update(event.get("answers") or [event.get("in_reply_to")])
                    if not unanswered:
                        all_answered.set()
                if kind == "typing":
                    continue
                if kind == "reply_chunk":
                    start = "" if event["delivery_id"] in streamed else "\rcompanion> "
                    streamed[event["delivery_id"]] = streamed.get(event["delivery_id"], "") + event["text"]
                    print(f"{start}{event['text']}", end="", flush=True)
                    continue
                if kind == "reply" and streamed.get(event["delivery_id"], "").strip() == event["text"]:
                    print("\nyou> ", end="", flush=True)
                    continue
                labels = {
                    "reply": "companion",
                    "check_in": "companion",
                    "crisis_support": "support",
                    "failure": "notice",
                }
                label = labels.get(kind, kind)
                print(f"\r{label}> {event['text']}\nyou> ", end="", flush=True)

        listener = asyncio.create_task(show_incoming())
        loop = asyncio.get_running_loop()
        try:
            while True:
                print("you> ", end="", flush=True)
                line = await loop.run_in_executor(None, sys.stdin.readline)
                if not line:  # end of input (Ctrl-D, or a piped script): show the replies still on their way
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(all_answered.wait(), REPLY_WAIT_S)
                    print()
                    break
                text = line.strip()
                if not text:
                    continue
                response = await http.post(
                    f"/v1/conversations/{conversation_id}/messages",
                    json={"client_message_id": str(uuid.uuid4()), "text": text, "time_zone": time_zone},
                )
                if response.status_code != 202:
                    print(f"! {response.status_code}: {response.json().get('detail')}")
                    continue
                unanswered.add(response.json()["message_id"])
                all_answered.clear()
                await asyncio.sleep(0.3)
        finally:
            listener.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description="Chat with the companion running locally.")
    parser.add_argument("--user", default=os.environ.get("USER_ID", "me"))
    parser.add_argument("--conversation", default=None, help="defaults to one conversation per user")
    parser.add_argument("--time-zone", default=os.environ.get("TZ_NAME", "UTC"))
    args = parser.parse_args()
    conversation = args.conversation or f"chat-{args.user}"
    try:
        asyncio.run(chat(args.user, conversation, args.time_zone))
    except (ConnectionRefusedError, OSError, httpx.ConnectError) as error:
        sys.exit(f"cannot reach the gateway ({error}); is `make run` running?")
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
