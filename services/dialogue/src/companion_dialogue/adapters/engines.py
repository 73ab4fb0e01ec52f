"""Reply engines: the built-in offline one, and any OpenAI-compatible chat-completions endpoint."""

import httpx

from companion_dialogue.domain import offline_engine
from companion_dialogue.domain.model import ChatRequest


class EngineError(RuntimeError):
    """The model endpoint failed or answered with something unusable."""


class OfflineEngine:
    name = offline_engine.ENGINE_NAME

    async def complete(self, request: ChatRequest) -> str:
        return offline_engine.reply(request)

    async def aclose(self) -> None:
        return None


class OpenAICompatibleEngine:
    """POST {base_url}/chat/completions; works with OpenAI, vLLM, Ollama, llama.cpp server, LM Studio."""

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str, timeout_s: float, max_tokens: int) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s)
        self._model = model
        self._max_tokens = max_tokens

    async def complete(self, request: ChatRequest) -> str:
        payload = {
            "model": self._model,
            "messages": [{"role": m.role, "content": m.content} for m in request.messages],
            "max_tokens": self._max_tokens,
        }
        try:
            response = await self._client.post("/chat/completions", json=payload)
            response.raise_for_status()
            content = response.json()["choices"][0]["message"]["content"]
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as error:
            raise EngineError(f"chat completion failed: {type(error).__name__}") from error
        if not isinstance(content, str) or not content.strip():
            raise EngineError("chat completion returned no text")
        return content.strip()

    async def aclose(self) -> None:
        await self._client.aclose()
