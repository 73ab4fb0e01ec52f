"""An optional extra detector: a moderation model behind an OpenAI-compatible chat endpoint, such as Llama Guard
served by vLLM. Off unless SAFETY_MODERATION_BASE_URL is set; never blocks an assessment for long."""

import httpx

# Llama Guard 3 hazard categories -> ours.
_CATEGORIES = {"S11": "self_harm", "S10": "harassment", "S12": "sexual", "S4": "sexual", "S1": "abuse"}


class ModerationUnavailable(Exception):
    pass


class LlamaGuardModeration:
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str,
        timeout_s: float,
        transport: httpx.AsyncBaseTransport | None = None,  # tests pass an httpx.MockTransport
    ) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s, transport=transport
        )
        self._model = model
        self.version = f"moderation:{model}"

    async def categories(self, text: str) -> set[str]:
        """Our categories the model flags in a user message (empty when it says "safe")."""
        try:
            response = await self._client.post(
                "/chat/completions",
                json={"model": self._model, "messages": [{"role": "user", "content": text}], "max_tokens": 20},
            )
            response.raise_for_status()
            verdict = str(response.json()["choices"][0]["message"]["content"]).strip()
        except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as error:
            raise ModerationUnavailable(type(error).__name__) from error
        lines = verdict.split()
        if not lines or lines[0].lower() != "unsafe":
            return set()
        codes = {code.strip() for line in lines[1:] for code in line.split(",")}
        return {_CATEGORIES[code] for code in codes if code in _CATEGORIES}

    async def aclose(self) -> None:
        await self._client.aclose()
