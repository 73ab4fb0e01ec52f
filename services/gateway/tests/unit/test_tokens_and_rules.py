import pytest
from pydantic import ValidationError

from companion_gateway.domain.messages import Rejected, check_conversation_id, check_text, check_time_zone
from companion_gateway.entrypoints.http_api import MessageIn
from companion_gateway.tokens import InvalidToken, mint, verify

SECRET = "a-test-secret-that-is-at-least-32-bytes-long"


def test_a_minted_token_verifies_to_its_user() -> None:
    assert verify(mint("alice", SECRET), SECRET) == "alice"


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (mint("alice", SECRET, ttl_s=-5), "token expired"),
        (mint("alice", SECRET + "x"), "invalid token"),
        ("not-a-jwt", "invalid token"),
        (mint("alice", SECRET, issuer="someone-else"), "invalid token"),
    ],
)
def test_bad_tokens_are_refused_with_a_reason(token: str, reason: str) -> None:
    with pytest.raises(InvalidToken, match=reason):
        verify(token, SECRET)


def test_message_rules() -> None:
    assert check_text("hi", 10) == "hi"
    with pytest.raises(Rejected, match="empty"):
        check_text(" \t", 10)
    with pytest.raises(Rejected, match="at most 10"):
        check_text("x" * 11, 10)
    with pytest.raises(Rejected, match="NUL"):
        check_text("a\x00b", 10)
    with pytest.raises(Rejected):
        check_conversation_id("../etc")
    assert check_time_zone("Europe/Lisbon") == "Europe/Lisbon"
    with pytest.raises(Rejected, match="unknown time zone"):
        check_time_zone("Mars/Olympus")


@pytest.mark.parametrize("locale", ["en", "en-US", "pt_BR", "en-US-WA", "en-US-u-sd-uswa", "zh-Hant-TW"])
def test_locales_with_a_region_subdivision_or_extension_are_accepted(locale: str) -> None:
    assert MessageIn(client_message_id="c1", text="hi", locale=locale).locale == locale


@pytest.mark.parametrize("locale", ["", "e", "english!", "en US", "en--US", "en-US-toolongsubtag"])
def test_malformed_locales_are_refused(locale: str) -> None:
    with pytest.raises(ValidationError):
        MessageIn(client_message_id="c1", text="hi", locale=locale)
