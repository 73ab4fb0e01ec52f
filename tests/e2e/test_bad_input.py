"""Bad requests get a clear 4xx with a reason and change nothing."""

import time

import httpx
import jwt

from companion_devtools.stack import Stack

from .client import ChatClient, token_for


async def test_requests_without_a_valid_token_are_refused(stack: Stack) -> None:
    url = f"{stack.gateway_url}/v1/conversations/c/messages"
    body = {"client_message_id": "m1", "text": "hello"}
    expired = jwt.encode({"sub": "u", "iss": "companion", "exp": int(time.time()) - 10}, stack.jwt_secret, "HS256")
    async with httpx.AsyncClient() as http:
        missing = await http.post(url, json=body)
        forged = await http.post(
            url,
            json=body,
            headers={"Authorization": f"Bearer {token_for('u', 'a-different-secret-of-the-same-length-ok')}"},
        )
        late = await http.post(url, json=body, headers={"Authorization": f"Bearer {expired}"})
    assert (missing.status_code, missing.json()["detail"]) == (401, "missing bearer token")
    assert (forged.status_code, forged.json()["detail"]) == (401, "invalid token")
    assert (late.status_code, late.json()["detail"]) == (401, "token expired")


async def test_invalid_messages_are_refused_with_a_reason(stack: Stack) -> None:
    async with ChatClient(stack.gateway_url, stack.jwt_secret) as client:
        empty = await client.send("c-bad", "   ")
        huge = await client.send("c-bad", "x" * 4001)
        unknown_field = await client.send("c-bad", "hi", mood="happy")
        bad_zone = await client.send("c-bad", "hi", time_zone="Mars/Olympus")
        bad_conversation = await client.send("not a valid id!", "hi")
        invalid_utf8 = await client.http.post(
            "/v1/conversations/c-bad/messages",
            content=b'{"client_message_id": "x", "text": "\xff\xfe"}',
            headers={"content-type": "application/json"},
        )
        too_big = await client.http.post(
            "/v1/conversations/c-bad/messages",
            content=b"{" + b" " * 70_000 + b"}",
            headers={"content-type": "application/json"},
        )

        assert (empty.status_code, empty.json()["detail"]) == (422, "text must not be empty")
        assert (huge.status_code, huge.json()["detail"]) == (422, "text must be at most 4000 characters")
        assert unknown_field.status_code == 422
        assert "mood" in unknown_field.text
        assert bad_zone.status_code == 422
        assert "time zone" in bad_zone.json()["detail"]
        assert bad_conversation.status_code in (404, 422)
        assert invalid_utf8.status_code == 400
        assert too_big.status_code == 413
        assert client.received == []


async def test_a_user_cannot_reach_another_users_conversation(stack: Stack) -> None:
    async with (
        ChatClient(stack.gateway_url, stack.jwt_secret) as owner,
        ChatClient(stack.gateway_url, stack.jwt_secret) as intruder,
    ):
        message_id = await owner.send_ok("owned", "This is my conversation.")
        await owner.reply_to(message_id)

        # Conversation ids are per user: the intruder's "owned" is a conversation of their own.
        write = await intruder.send("owned", "let me in")
        assert write.status_code == 202
        await intruder.reply_to(write.json()["message_id"])
        read = await intruder.http.get("/v1/conversations/owned/messages")

        intruders = [t["id"] for t in read.json()["messages"]]
        assert intruders[0] == write.json()["message_id"]
        assert message_id not in intruders
        owners = [t["id"] for t in await owner.history("owned")]
        assert owners[0] == message_id
        assert write.json()["message_id"] not in owners
