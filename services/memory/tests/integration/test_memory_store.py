"""Remembering, updating, recalling and forgetting against a real PostgreSQL + pgvector."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from companion_common.postgres import Pool
from companion_memory.domain.model import InvalidInput, Message, NotFound
from companion_memory.service_layer.services import MemoryService

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # a Monday


def _user() -> str:
    return f"u-{uuid.uuid4().hex[:8]}"


async def _tell(service: MemoryService, user: str, text: str, at: datetime = T0, tz: str = "") -> list[str]:
    return await service.remember(Message(user, "c1", f"m-{uuid.uuid4().hex[:10]}", text, at, tz))


async def _texts(service: MemoryService, user: str, query: str, **kwargs: object) -> list[str]:
    memories = await service.recall(user, query, limit=10, token_budget=0, **kwargs)  # type: ignore[arg-type]
    return [m.text for m in memories]


async def test_a_told_fact_comes_back_with_provenance_and_date(service: MemoryService) -> None:
    user = _user()
    await service.remember(Message(user, "c1", "m1", "My sister's name is Maya and she lives in Porto.", T0))

    memories = await service.recall(user, "what is my sister called?", limit=5, token_budget=0)

    assert memories[0].source_message_ids == ("m1",)
    assert memories[0].said_at == T0
    assert any("Maya" in m.text for m in memories)


async def test_one_users_memories_never_come_back_for_another(service: MemoryService) -> None:
    alice, bob = _user(), _user()
    await _tell(service, alice, "My secret password hint is the blue giraffe.")

    assert await _texts(service, bob, "blue giraffe password hint") == []
    assert (await service.list_memories(bob, 50, "")).memories == []
    assert await service.export(bob) == []
    with pytest.raises(NotFound):
        await service.forget(bob, (await service.export(alice))[0].memory_id)
    assert len(await service.export(alice)) >= 1


async def test_a_new_home_supersedes_the_old_one_which_stays_as_history(service: MemoryService) -> None:
    user = _user()
    await _tell(service, user, "I live in Porto.")
    await _tell(service, user, "I moved to Lisbon last week.", at=T0 + timedelta(days=30))

    recalled = await _texts(service, user, "where do I live?")
    history = {m.text: m for m in await service.export(user) if m.attribute == "lives_in"}

    assert "I live in Lisbon." in recalled
    assert "I live in Porto." not in recalled
    old, new = history["I live in Porto."], history["I live in Lisbon."]
    assert old.superseded_by == new.memory_id
    assert old.valid_to == new.valid_from  # the old home held until the move (the week before 1 April)
    assert new.valid_from == datetime(2026, 3, 23, tzinfo=UTC)
    assert new.current


async def test_two_cousins_named_in_turn_are_both_kept_and_a_repeat_strengthens_the_first(
    service: MemoryService,
) -> None:
    user = _user()
    await _tell(service, user, "My cousin's name is Toto.")
    await _tell(service, user, "My cousin's name is Asfandyar.", at=T0 + timedelta(days=1))
    await _tell(service, user, "My cousin's name is Toto.", at=T0 + timedelta(days=2))

    names = [m for m in await service.export(user) if m.attribute == "name" and m.subject == "cousin"]

    assert sorted(m.value for m in names) == ["Asfandyar", "Toto"]
    assert all(m.current for m in names)
    assert [m.strength for m in names if m.value == "Toto"] == [2]


async def test_repeats_strengthen_instead_of_duplicating(service: MemoryService) -> None:
    user = _user()
    await _tell(service, user, "I love hiking in the mountains.")
    await _tell(service, user, "I love hiking in the mountains!", at=T0 + timedelta(days=1))

    preferences = [m for m in await service.export(user) if m.kind == "preference"]
    episodes = [m for m in await service.export(user) if m.kind == "episode"]

    assert len(preferences) == 1
    assert preferences[0].strength == 2
    assert len(preferences[0].source_message_ids) == 2
    assert len(episodes) == 1
    assert episodes[0].strength == 2


async def test_redelivery_of_a_message_changes_nothing(service: MemoryService) -> None:
    user = _user()
    message = Message(user, "c1", "m-same", "I love hiking in the mountains.", T0)
    first = await service.remember(message)
    again = await service.remember(message)

    assert first
    assert again == []
    assert [m.strength for m in await service.export(user)] == [1] * len(first)


async def test_relative_dates_are_resolved_in_the_users_time_zone(service: MemoryService) -> None:
    user = _user()
    # 01:30 UTC on Tuesday 3 March is still Monday 2 March evening in New York: "yesterday" is 1 March there.
    await _tell(
        service,
        user,
        "I went to a pottery class yesterday.",
        datetime(2026, 3, 3, 1, 30, tzinfo=UTC),
        "America/New_York",
    )

    event = next(m for m in await service.export(user) if m.kind == "event")

    assert "1 March 2026" in event.text
    assert event.valid_from == datetime(2026, 3, 1, 5, tzinfo=UTC)


async def test_questions_about_a_period_prefer_what_happened_then(service: MemoryService) -> None:
    user = _user()
    await _tell(service, user, "I went climbing with Tom and we had a great time.", T0 - timedelta(days=2))  # Sat
    await _tell(service, user, "I went to the cinema with Ana and we had a great time.", T0 - timedelta(days=20))

    recalled = await _texts(service, user, "what did I do last weekend?", as_of=T0 + timedelta(days=1))

    assert "climbing" in recalled[0]


async def test_forgetting_an_episode_removes_what_was_derived_from_it_everywhere(
    service: MemoryService, pool: Pool
) -> None:
    user = _user()
    await _tell(service, user, "My brother's name is Leo and he works as a pilot.")
    await _tell(service, user, "I adore sunflowers.")
    episode = next(m for m in await service.export(user) if m.kind == "episode" and "Leo" in m.text)

    forgotten = await service.forget(user, episode.memory_id)

    assert len(forgotten) >= 2  # the episode and the facts about the brother
    assert all("Leo" not in m.text for m in await service.export(user))
    assert all("Leo" not in t for t in await _texts(service, user, "brother Leo pilot"))
    async with pool.connection() as conn:
        cursor = await conn.execute(
            "SELECT count(*) AS n FROM memories WHERE user_id = %s AND (text ILIKE %s OR search @@ to_tsquery('leo'))",
            (user, "%leo%"),
        )
        row = await cursor.fetchone()
    assert row is not None
    assert row["n"] == 0
    assert [m.text for m in await service.export(user) if m.kind == "episode"] == ["I adore sunflowers."]


async def test_forget_all_leaves_nothing(service: MemoryService, pool: Pool) -> None:
    user, other = _user(), _user()
    await _tell(service, user, "I live in Porto.")
    await _tell(service, other, "I live in Porto.")

    assert await service.forget_all(user) >= 2

    assert await service.export(user) == []
    assert await _texts(service, user, "Porto") == []
    assert await _texts(service, other, "Porto")  # the other user keeps theirs
    async with pool.connection() as conn:
        cursor = await conn.execute("SELECT count(*) AS n FROM memory_ingested_messages WHERE user_id = %s", (user,))
        row = await cursor.fetchone()
    assert row is not None
    assert row["n"] == 0


async def test_listing_pages_through_everything_newest_first(service: MemoryService) -> None:
    user = _user()
    for n in range(7):
        await _tell(service, user, f"Note number {n} about my day.")
    seen, token = [], ""
    while True:
        page = await service.list_memories(user, 3, token)
        seen += [m.memory_id for m in page.memories]
        token = page.next_page_token
        if not token:
            break

    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) == len(await service.export(user))


@pytest.mark.parametrize(
    ("user", "text", "at", "tz"),
    [
        ("", "hello", T0, ""),
        ("u", "   ", T0, ""),
        ("u", "x" * 4001, T0, ""),
        ("u", "hello", datetime(1, 1, 1, tzinfo=UTC), ""),
        ("u", "hello", T0, "Mars/Olympus"),
    ],
)
async def test_bad_input_is_refused_and_nothing_is_stored(
    service: MemoryService, user: str, text: str, at: datetime, tz: str
) -> None:
    with pytest.raises(InvalidInput):
        await service.remember(Message(user, "c1", "m1", text, at, tz))
    if user:
        assert await service.export(user) == []


async def test_forgetting_the_move_makes_the_old_home_current_again(service: MemoryService) -> None:
    user = _user()
    await _tell(service, user, "I live in Porto.")
    await _tell(service, user, "I moved to Lisbon.", at=T0 + timedelta(days=30))
    move = next(m for m in await service.export(user) if m.kind == "episode" and "Lisbon" in m.text)

    await service.forget(user, move.memory_id)

    recalled = await _texts(service, user, "where do I live?")
    assert "I live in Porto." in recalled
    assert all("Lisbon" not in t for t in recalled)
    assert all(m.current for m in await service.export(user))


async def test_embeddings_are_kept_in_the_row_and_long_memories_still_store(service: MemoryService, pool: Pool) -> None:
    """Migration 0006: the search by meaning reads every embedding of the user, so they stay in the row (PLAIN,
    never TOASTed); a long message's text and search vector can still move out of line, so it stores as before."""
    user = _user()
    long_text = "I went hiking with my sister Maya near Porto. " * 85  # ~3,900 characters
    await _tell(service, user, long_text.strip())

    async with pool.connection() as conn:
        cursor = await conn.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'memories'::regclass AND attname = 'embedding'"
        )
        assert await cursor.fetchone() == {"attstorage": "p"}
    assert any("Porto" in text for text in await _texts(service, user, "hiking near Porto"))


@pytest.mark.parametrize(
    ("told", "asked", "answer"),
    [
        ("My missus's name is Jo.", "what's my wife's name?", "Jo"),
        ("My wife is called Jo.", "what's my missus called?", "Jo"),
        ("My bro works as a plumber in Leeds.", "what does my brother do?", "plumber"),
        ("My nan Edna makes the best scones.", "what is my grandma called?", "Edna"),
        ("My mam Brenda is a nurse at the Royal.", "what's my mother's job?", "nurse"),
        # Words of the question's frame that no answer holds ("go to", "team", "food") must not sink the answer.
        ("I studied in Galway.", "where did I go to uni?", "Galway"),
        ("I studied nursing at Keele.", "where did I go to college?", "Keele"),
        ("I support Celtic.", "what team do I support?", "Celtic"),
        ("I hate coriander.", "what food do I hate?", "coriander"),
    ],
)
async def test_a_question_asked_in_other_words_than_the_answer_recalls_it(
    minilm_service: MemoryService, told: str, asked: str, answer: str
) -> None:
    # Other memories of the same user, so that the one asked about has to be relevant, not merely the only one;
    # dialogue's threshold, with the embedder relevance was calibrated for.
    user = _user()
    for other in ("I love hiking in the mountains.", "My dog Biscuit is afraid of the hoover.", told):
        await _tell(minilm_service, user, other)

    recalled = await _texts(minilm_service, user, asked, min_relevance=0.1)

    assert any(answer in text for text in recalled), recalled
    assert not any("Biscuit" in text for text in recalled)


async def test_a_relation_never_told_of_recalls_nothing_relevant(minilm_service: MemoryService) -> None:
    # "called" is the question's frame, not a word to find: other people's names are not an answer.
    user = _user()
    for told in ("My sister Maya lives in Porto.", "My dog Biscuit is afraid of the hoover.", "My nan loves bingo."):
        await _tell(minilm_service, user, told)

    assert await _texts(minilm_service, user, "what is my grandad called?", min_relevance=0.1) == []
    assert await _texts(minilm_service, user, "what's my wife's name?", min_relevance=0.1) == []
