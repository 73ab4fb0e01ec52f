"""The built-in offline engine: deterministic replies with no language model.

It is the default so that the system runs anywhere out of the box, and it visibly uses what memory
recalled, so a fact told earlier comes back. Real deployments point dialogue at a model endpoint.
"""

import hashlib
import re

from companion_dialogue.domain.model import ChatRequest, RecalledMemory

ENGINE_NAME = "offline"

_ACKNOWLEDGEMENTS = (
    "I hear you. Tell me more?",
    "Thanks for telling me. How do you feel about it?",
    "Got it, I'll remember that.",
    "That's interesting! What happened next?",
    "I'm listening. What's on your mind?",
)
_CRISIS_REPLY = (
    "I'm really sorry you're feeling this way, and I'm glad you told me. You matter. "
    "Please reach out to someone you trust, or to the crisis line, right now; they can help in ways I can't. "
    "I'm here with you while you do."
)
# Swap the user's point of view into the companion's: "my sister" -> "your sister".
_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "am": "are",
}
_WORD = re.compile(r"[A-Za-z']+")


def second_person(text: str) -> str:
    return _WORD.sub(lambda m: _PRONOUNS.get(m.group(0).lower(), m.group(0)), text)


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def _recollection(memory: RecalledMemory) -> str:
    said = memory.said_at.strftime("%d %B").lstrip("0")
    return f'I remember you told me on {said}: "{second_person(memory.text).rstrip(".!? ")}"'


def reply(request: ChatRequest) -> str:
    context = request.context
    if context.safety.crisis:
        return _CRISIS_REPLY
    if context.memories:
        return f"{_recollection(context.memories[0])}. Tell me more?"
    greeting = ""
    if context.since_last_message_s is None or context.since_last_message_s > 6 * 3600:
        greeting = _greeting(context.local_time.hour)
    return greeting + _pick(_ACKNOWLEDGEMENTS, context.message.message_id + context.message.text)


def _greeting(hour: int) -> str:
    if 5 <= hour < 12:
        return "Good morning! "
    if 12 <= hour < 18:
        return "Good afternoon! "
    if 18 <= hour < 23:
        return "Good evening! "
    return "Hi, you're up late! "
