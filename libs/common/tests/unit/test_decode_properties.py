"""Property-based tests of ``decode_event``: whatever bytes arrive on the stream, a consumer gets either a
MessageEvent with every field it relies on, or PoisonEvent (dead-lettered), never any other exception."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.v1.events_pb2 import MessageEvent
from companion_common.streams import PoisonEvent, decode_event

FAST = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

_ids = st.text(min_size=1, max_size=40)
_text = st.text(max_size=300)


@st.composite
def message_events(draw: st.DrawFn) -> MessageEvent:
    """A well-formed message event (every id a consumer needs), with arbitrary text in every field."""
    return MessageEvent(
        event_id=draw(_ids),
        message_id=draw(_ids),
        user_id=draw(_ids),
        conversation_id=draw(_ids),
        text=draw(_text),
        time_zone=draw(st.text(max_size=40)),
        locale=draw(st.text(max_size=35)),
        reply_to=draw(st.text(max_size=60)),
        user_is_minor=draw(st.booleans()),
    )


def _decoded_or_poison(body: bytes) -> MessageEvent | None:
    try:
        return decode_event(body)
    except PoisonEvent:
        return None


@FAST
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_decode_or_are_poison(body: bytes) -> None:
    event = _decoded_or_poison(body)
    if event is not None:
        if event.HasField("account_erasure"):
            assert all((event.event_id, event.user_id, event.account_erasure.erasure_id))
        else:
            assert all((event.event_id, event.message_id, event.user_id, event.conversation_id))


@FAST
@given(message_events())
def test_a_well_formed_event_round_trips(event: MessageEvent) -> None:
    assert decode_event(event.SerializeToString()) == event


@FAST
@given(message_events(), st.sampled_from(["event_id", "message_id", "user_id", "conversation_id"]))
def test_an_event_missing_an_id_is_poison(event: MessageEvent, field: str) -> None:
    event.ClearField(field)  # type: ignore[arg-type]
    with pytest.raises(PoisonEvent, match=field):
        decode_event(event.SerializeToString())


@FAST
@given(message_events(), st.integers(min_value=0, max_value=64), st.binary(min_size=1, max_size=8))
def test_a_mangled_event_decodes_or_is_poison(event: MessageEvent, cut: int, noise: bytes) -> None:
    """Truncated, extended or overwritten bytes of a real event: never anything but PoisonEvent."""
    body = event.SerializeToString()
    _decoded_or_poison(body[: max(0, len(body) - cut)])
    _decoded_or_poison(body + noise)
    position = cut % max(1, len(body))
    _decoded_or_poison(body[:position] + noise + body[position + len(noise) :])


@FAST
@given(_ids, _ids, _ids)
def test_an_account_erasure_round_trips(event_id: str, user_id: str, erasure_id: str) -> None:
    event = MessageEvent(event_id=event_id, user_id=user_id)
    event.account_erasure.erasure_id = erasure_id
    assert decode_event(event.SerializeToString()) == event
