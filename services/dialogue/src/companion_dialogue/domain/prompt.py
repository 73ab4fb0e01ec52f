"""Builds the chat request an engine answers, within a token budget.

Always kept: the persona, safety guidance, the user's local date and time and the time since the last
message, the message(s) being answered and the post-history instructions. The rest is added while the budget
lasts, most useful first: recalled memories (with their dates), the recent turns (newest first), lore-book
entries the conversation mentions, then the card's example messages. ``creator_notes`` never reach a prompt.
"""

from companion_dialogue.domain.model import ChatMessage, ChatRequest, ReplyContext
from companion_dialogue.domain.persona import DEFAULT_PERSONA, Persona, char_name, fill_placeholders

DEFAULT_TOKEN_BUDGET = 3000
DEFAULT_USER_NAME = "User"
# Chat formats spend a few tokens per message on roles and separators.
_PER_MESSAGE_TOKENS = 4


def estimate_tokens(text: str) -> int:
    """About four characters per token for English text; deliberately conservative, no tokenizer needed."""
    return len(text) // 4 + 1


def describe_gap(seconds: float | None) -> str:
    if seconds is None:
        return "This is the first message of the conversation."
    if seconds < 120:
        return "The previous message was moments ago."
    if seconds < 3600:
        return f"The previous message was {int(seconds // 60)} minutes ago."
    if seconds < 2 * 86400:
        return f"The previous message was {int(seconds // 3600)} hours ago."
    return f"The previous message was {int(seconds // 86400)} days ago."


def _main_prompt(persona: Persona) -> str:
    original = DEFAULT_PERSONA.system_prompt
    if not persona.system_prompt.strip():
        return original
    return persona.system_prompt.replace("{{original}}", original)


def _character(persona: Persona) -> list[str]:
    parts = []
    if persona.description.strip():
        parts.append(persona.description.strip())
    if persona.personality.strip():
        parts.append(f"{{{{char}}}}'s personality: {persona.personality.strip()}")
    if persona.scenario.strip():
        parts.append(f"Scenario: {persona.scenario.strip()}")
    return parts


def _book_entries(persona: Persona, seen_text: str) -> list[str]:
    lowered = seen_text.lower()
    chosen = [
        entry
        for entry in persona.book
        if entry.enabled and (entry.constant or any(k.strip() and k.lower() in lowered for k in entry.keys))
    ]
    return [entry.content for entry in sorted(chosen, key=lambda e: e.insertion_order) if entry.content.strip()]


def build_request(
    context: ReplyContext, *, token_budget: int = DEFAULT_TOKEN_BUDGET, user_name: str = DEFAULT_USER_NAME
) -> ChatRequest:
    persona = context.persona

    def fill(text: str) -> str:
        return fill_placeholders(text, char=char_name(persona), user=user_name)

    required = [_main_prompt(persona), *_character(persona)]
    if context.safety.guidance:
        required.append(f"Safety guidance (follow it): {context.safety.guidance}")
    time_note = (
        f"The user's local time is {context.local_time.strftime('%A %d %B %Y, %H:%M')}. "
        f"{describe_gap(context.since_last_message_s)}"
    )
    post_history = persona.post_history_instructions.replace("{{original}}", "").strip()
    user_message = ChatMessage("user", context.message.text)
    spent = sum(estimate_tokens(p) for p in (*required, time_note, post_history, user_message.content))
    spent += 3 * _PER_MESSAGE_TOKENS

    def afford(text: str) -> bool:
        nonlocal spent
        cost = estimate_tokens(text) + _PER_MESSAGE_TOKENS
        if spent + cost > token_budget:
            return False
        spent += cost
        return True

    memory_lines = [f"- ({m.said_at.date().isoformat()}) {m.text}" for m in context.memories]
    memory_lines = [line for line in memory_lines if afford(line)]
    turns = []
    for turn in reversed(context.recent_turns):
        if not afford(turn.text):
            break
        turns.append(ChatMessage("user" if turn.role == "user" else "assistant", turn.text))
    turns.reverse()
    if not context.recent_turns and persona.first_mes.strip() and afford(persona.first_mes):
        turns.insert(0, ChatMessage("assistant", fill(persona.first_mes)))
    seen = " ".join([context.message.text, *(t.text for t in context.recent_turns[-4:])])
    lore = [entry for entry in _book_entries(persona, seen) if afford(entry)]
    examples = persona.mes_example.strip()
    if examples and not afford(examples):
        examples = ""

    system = list(required)
    if lore:
        system.append("Background you know:\n" + "\n".join(lore))
    if memory_lines:
        system.append("What the user told you before (with dates):\n" + "\n".join(memory_lines))
    system.append(time_note)
    if examples:
        system.append(f"Examples of how {{{{char}}}} writes:\n{examples}")
    messages = [ChatMessage("system", fill("\n\n".join(system)))]
    messages.extend(turns)  # the users' words and the replies as they were, nothing substituted
    messages.append(user_message)
    if post_history:
        messages.append(ChatMessage("system", fill(post_history)))
    return ChatRequest(tuple(messages), context)
