"""Optional extraction by a language model behind an OpenAI-compatible chat-completions endpoint (the same
kind of configuration as dialogue's). Off by default; the rules in the domain always run."""

import json
from typing import Any

import httpx

from companion_memory.domain.extraction import Found
from companion_memory.domain.model import KINDS, USER, Message
from companion_memory.domain.time_expressions import find_period

_INSTRUCTIONS = (
    "Extract durable memories from the user's message. Answer with JSON only: "
    '{"memories": [{"kind": one of fact|preference|person|place|plan|event, '
    '"subject": "user" or the person as the user calls them (e.g. "sister"), '
    '"text": one short first-person sentence, "attribute": for single-valued facts such as lives_in, job, '
    'name, age, relationship_status, birthday, else "", "value": the value of that attribute or "", '
    '"when": the time words of the message it holds for, copied verbatim, or ""}]}. '
    "Only what the user states about themselves or people they mention; never guesses, never the assistant."
)


class ModelReaderFailed(RuntimeError):
    pass


class ChatCompletionsReader:
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str,
        timeout_s: float,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s, transport=transport
        )
        self._model = model

    async def read(self, message: Message) -> list[Found]:
        payload = {
            "model": self._model,
            "messages": [{"role": "system", "content": _INSTRUCTIONS}, {"role": "user", "content": message.text}],
            "response_format": {"type": "json_object"},
            "temperature": 0,
        }
        try:
            response = await self._client.post("/chat/completions", json=payload)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
            items = json.loads(content)["memories"]
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as error:
            raise ModelReaderFailed(type(error).__name__) from error
        return [found for item in items if (found := _found(item, message)) is not None]

    async def aclose(self) -> None:
        await self._client.aclose()


def _found(item: Any, message: Message) -> Found | None:
    if not isinstance(item, dict):
        return None
    kind, text = str(item.get("kind", "")), str(item.get("text", "")).strip()
    if kind not in KINDS or kind == "episode" or not text or len(text) > 500:
        return None
    when = str(item.get("when", "") or "")
    period = find_period(when, message.said_at, message.time_zone) if when else None
    return Found(
        kind=kind,
        subject=str(item.get("subject") or USER)[:64].lower(),
        text=text,
        attribute=str(item.get("attribute") or "")[:64],
        value=str(item.get("value") or "")[:200],
        period=period,
    )
