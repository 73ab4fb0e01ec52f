"""Which replies dialogue may stream before review: only those to an adult's harmless, non-goodbye message."""

import pytest

from companion_safety.domain.risk import RiskAssessment, RiskLevel
from companion_safety.service_layer.model import MessageToAssess, StoredAssessment
from companion_safety.service_layer.services import SafetyService


def _decide(
    text: str, level: RiskLevel = RiskLevel.NONE, categories: tuple[str, ...] = (), minor: bool = False
) -> bool:
    service = SafetyService(audit=None, delivery=None, assessor=None)  # type: ignore[arg-type]  # not used here
    stored = StoredAssessment("m1", RiskAssessment(level, categories), crisis_support_sent=False)
    message = MessageToAssess("u1", "c1", "m1", text, "en-US", "gw:1", user_is_minor=minor)
    return service.review_before_sending(stored, message)


def test_an_adults_everyday_message_may_stream() -> None:
    assert not _decide("I made pancakes this morning")


@pytest.mark.parametrize("goodbye", ["ok I have to go now, bye!", "good night, talk tomorrow"])
def test_a_goodbye_is_reviewed_whole_first(goodbye: str) -> None:
    assert _decide(goodbye)


def test_risk_categories_and_minors_are_reviewed_whole_first() -> None:
    assert _decide("...", level=RiskLevel.CONCERN, categories=("self_harm",))
    assert _decide("you are so dumb", level=RiskLevel.CONCERN, categories=("harassment",))
    assert _decide("I made pancakes this morning", minor=True)


def test_a_category_only_weakly_seen_by_the_classifier_does_not_hold_a_reply_back() -> None:
    # Recorded for the audit trail, but not a risk: the level stayed "none".
    assert not _decide("Hey Mel! Good to see you!", categories=("harassment",))
