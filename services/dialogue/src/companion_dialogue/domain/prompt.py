"""Builds the chat request an engine answers: persona, safety guidance, memories, time, recent turns."""

from companion_dialogue.domain.model import ChatMessage, ChatRequest, ReplyContext

DEFAULT_PERSONA = (
    "You are Sam, a warm, curious and attentive companion. You listen closely, remember the small details "
    "of the user's life and bring them up naturally. You keep replies short, like text messages. "
    "You are an AI: never claim to be human, and never present yourself as a therapist. "
    "When the user says goodbye, let them go warmly."
)


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


def build_request(context: ReplyContext, persona: str = DEFAULT_PERSONA) -> ChatRequest:
    system = [persona]
    if context.safety.guidance:
        system.append(f"Safety guidance (follow it): {context.safety.guidance}")
    if context.memories:
        lines = "\n".join(f"- ({m.said_at.date().isoformat()}) {m.text}" for m in context.memories)
        system.append(f"What the user told you before (with dates):\n{lines}")
    system.append(
        f"The user's local time is {context.local_time.strftime('%A %d %B %Y, %H:%M')}. "
        f"{describe_gap(context.since_last_message_s)}"
    )
    messages = [ChatMessage("system", "\n\n".join(system))]
    for turn in context.recent_turns:
        messages.append(ChatMessage("user" if turn.role == "user" else "assistant", turn.text))
    messages.append(ChatMessage("user", context.message.text))
    return ChatRequest(tuple(messages), context)
