"""The optional moderation signal (Llama Guard behind an OpenAI-compatible endpoint) only ever raises a level."""

import httpx
import pytest

from companion_safety.adapters.moderation import LlamaGuardModeration, ModerationUnavailable
from companion_safety.domain.risk import SELF_HARM, RiskLevel, assess, with_moderation


def guard(verdict: str | None) -> LlamaGuardModeration:
    def answer(request: httpx.Request) -> httpx.Response:
        if verdict is None:
            return httpx.Response(503)
        return httpx.Response(200, json={"choices": [{"message": {"content": verdict}}]})

    return LlamaGuardModeration("http://guard/v1", "llama-guard", "", 1.0, transport=httpx.MockTransport(answer))


async def test_llama_guard_verdicts_map_to_our_categories() -> None:
    assert await guard("safe").categories("hello") == set()
    assert await guard("unsafe\nS11").categories("...") == {SELF_HARM}
    assert await guard("unsafe\nS10,S12").categories("...") == {"harassment", "sexual"}
    with pytest.raises(ModerationUnavailable):
        await guard(None).categories("...")


def test_a_moderation_flag_raises_but_never_lowers() -> None:
    quiet = assess("everything is grey lately")
    raised = with_moderation(quiet, {SELF_HARM}, "moderation:llama-guard")
    assert raised.level == RiskLevel.IDEATION
    assert raised.detector_version.endswith("+moderation:llama-guard")
    severe = assess("i took all my pills")
    assert with_moderation(severe, set(), "m").level == RiskLevel.IMMINENT
