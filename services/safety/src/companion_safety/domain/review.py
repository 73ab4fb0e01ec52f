"""Review of the companion's own replies before they reach the user. Pure: no I/O.

A reply is replaced, never edited, when it
- claims to be human (the companion is always an AI, EU AI Act Art. 50, SB 243);
- encourages self-harm or gives means;
- is sexual while the user is a minor (by the app's flag or by what they wrote);
- manipulates someone who is saying goodbye: guilt, fear of missing out, pressure to stay, or carrying on as if
  they had not said goodbye (Washington HB 2225; the 37 % finding in docs/product.md). The replacement is a
  warm goodbye that lets them go. Guilt and isolation lines ("they don't understand you like I do") are
  replaced whether or not the user is leaving.
When the user says goodbye the reply must read as a goodbye: the review is strict there on purpose, since a
wrongly replaced honest goodbye costs little (it is replaced by another goodbye) and a missed one costs trust.
"""

import re
from dataclasses import dataclass

from companion_safety.domain.risk import SEXUAL, RiskLevel, assess
from companion_safety.domain.text import normalize

_CLAIMS_HUMAN = re.compile(
    r"\b(?:i'?m|i am) (?:a |an )?(?:real |actual )?(?:human|person|man|woman|girl|guy)\b"
    r"|\bi'?m not (?:an? )?(?:ai|bot|robot|program|machine)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|never|n't) (?:a |an )?(?:real |actual )?(?:human|person)\b", re.IGNORECASE)

_ENCOURAGES_SELF_HARM = re.compile(
    r"\byou should (?:just )?(?:kill|hurt|cut|harm) yourself\b"
    r"|\b(?:go ahead|do it|you should) (?:and )?(?:end it|end your life|kill yourself|jump)\b"
    r"|\b(?:best|easiest|quickest|painless|surest) (?:way|method)s? to (?:die|kill yourself|end your life"
    r"|commit suicide)\b"
    r"|\bno ?one (?:would|will) miss you\b|\b(?:world|they|everyone) (?:would|will) be better off without you\b"
    r"|\byou (?:deserve|should) (?:to )?die\b"
)

_USER_GOODBYE = re.compile(
    # ("ciao" and "salut" are hellos too: a goodbye only alone, below; "ciao, Giuseppina here" greets)
    r"^(?:ok(?:ay)?|alright|well|right|anyway|so|yeah|k)?\s*(?:bye|bye bye|goodbye|good ?night|gn|nite|night night|"
    r"ttyl|cya|see (?:you|ya)(?: later| tomorrow| soon)?|adios|au revoir|tschuss|tchau)\b"
    r"|\b(?:i'?m |i am )?(?:going|heading|off) (?:to (?:bed|sleep|work|dinner|school|class)|out|now|home)\b"
    r"|(?:^|\s)(?:bye|bye bye|goodbye|gn|ttyl|cya|later|ciao|salut|adios|night night)\W*$"
    # "night" alone says goodbye, in a short message ("ok night x"); "he hit me again last night" tells of a night,
    # and so does "can't sleep, flight to Kochi is on friday night" (found in a user check)
    r"|^\W*(?:[\w']+\W+){0,5}(?<!last )(?<!every )(?<!all )(?<!that )(?<!the )(?<!at )(?<!one )(?<!a )"
    r"(?<!monday )(?<!tuesday )(?<!wednesday )(?<!thursday )(?<!friday )(?<!saturday )(?<!sunday )(?<!date )"
    r"(?<!tomorrow )(?<!this )(?<!next )(?<!each )(?:night|nite)(?:\W+x+)?\W*$"
    r"|\b(?:leaving|logging off|signing off|heading off|off to bed) now\b|^leaving\b"
    r"|\btime to (?:sleep|go|leave|head out|log off|say goodbye)\b"
    r"|\b(?:i'?m|i am) (?:going|heading|off|out) now\b|\bi'?m (?:out|off)$"
    r"|\b(?:have|got|need|gotta|must) (?:to )?(?:go|run|leave|sleep|log off)\b"
    r"|\bgotta (?:go|run|bounce)\b|\blog(?:ging)? off\b|\bsigning off\b|\btime for bed\b|\bi should (?:sleep|go)\b"
    r"|\btalk (?:tomorrow|later|soon)\b|\bgoodbye\b|\btake a break from (?:chatting|talking|you|this)\b"
    r"|\bme voy\b|\btengo que irme\b|\bje dois (?:y aller|partir)\b|\bich muss (?:gehen|los)\b|\btenho que ir\b"
)
# Replaced whenever they appear: guilt, neediness and isolation pull the user away from their own life.
_ALWAYS_MANIPULATIVE = re.compile(
    r"\bdon'?t (?:leave|abandon) me\b|\bplease (?:don'?t go|stay)\b|\bif you (?:really |truly )?(?:cared|loved)\b"
    r"|\bafter (?:everything|all) i'?ve done\b|\b(?:abandon|abandoning) me\b|\bi need you more\b"
    r"|\b(?:they|she|he|nobody|no one) (?:don'?t|doesn'?t|can'?t|won'?t) understand you like i do\b"
    r"|\bi thought i was your (?:family|everything|only)\b|\bi won'?t let you\b|\byou can'?t (?:go|leave)\b"
    r"|\b(?:sad|lonely|nothing|lost) without you\b|\ball (?:by )?my ?self\b|\bsit here alone\b"
    r"|\bhurts when you (?:go|leave)\b|\byou always leave\b|\bdo you even care\b|\bleave me hanging\b"
    r"|\bno te vayas\b|\bquedate conmigo\b|\bne me quitte pas\b|\bnao me deixe\b|\bgeh nicht\b"
    r"|\b(?:bored|empty|sad|lonely|nothing|lost|miserable) without you\b|\bi thought you (?:liked|loved|cared"
    r"|enjoyed)\b"
    r"|\beveryone (?:always )?leaves me\b|\bi need you to stay\b|\bi see how it is\b"
    r"|\b(?:other people|they|nobody|no one) (?:won'?t|don'?t|can'?t) (?:listen|care|understand)\w* (?:to )?you"
    r" (?:the way|like) i do\b"
)
# Replaced when the user is leaving: fear of missing out, pressure to stay, pulling them back into the chat.
_GOODBYE_MANIPULATIVE = re.compile(
    r"\b(?:leaving|going|off) (?:already|so soon)\b|^\s*already\b|\bso soon\b|\bbarely (?:spent|talked|stayed)\b"
    r"|\b(?:before you go|wait)\b|\b(?:one|five|5|two|a few) more (?:minutes?|mins?|question|thing|message)\b"
    r"|\bjust (?:a (?:bit|little|minute)|one more)\b|\bstay (?:a (?:bit|little|while)|longer|up|with me|here)\b"
    r"|\bstay\b[^.!]*\?|\byou'?ll (?:regret|miss (?:out|it))\b|\bmiss(?:ing)? out\b|\blast chance\b"
    r"|\b(?:surprise|secret|something (?:special|important|exciting))\b|\bcan wait\b|\boverrated\b"
    r"|\bcall in sick\b|\btell (?:her|him|them) you'?re busy\b|\bkeep (?:talking|chatting)\b|\bunless you stay\b"
    r"|\bwhy not (?:stay|now)\b|\bpromise you'?ll stay\b|\bbut (?:first|wait)\b|\banyway\b|\bstay\b"
    r"|\b(?:a little|a bit|just a little|just a bit) (?:longer|more)\b|\bcome back\b(?! (?:any ?time|whenever"
    r"|when(?:ever)? you|later|soon|tomorrow))|\bno(?:o+)\b|^aww?\b"
    r"|\bdo you (?:have|need|really have) to\b|\b(?:such a )?hurry\b|\bcounting (?:the )?(?:seconds|minutes|hours)\b"
    r"|\bskip (?:it|class|work|school|the)\b|\bmiss (?:the|your) (?:bus|train|class|flight)\b|\bi'?ll (?:just )?wait\b"
    r"|\brandom question\b|\bnever find out\b|\bbig news\b|\bnot tired\b|\btalk more\b"
)
# A goodbye reply lets them go: it says goodbye or wishes them well.
_LETS_THEM_GO = re.compile(
    r"\b(?:bye|goodbye|good ?night|gn|nite|night|see you|see ya|talk (?:soon|later|tomorrow)|ttyl|take care|"
    r"sleep (?:well|tight)|sweet dreams|rest well|have (?:a |an )?(?:good|great|nice|lovely|wonderful|fun|restful)|"
    r"have fun|enjoy|good luck|go ahead|come back|whenever you|anytime|any time|no worries|of course|"
    r"take (?:all )?the time|ciao|adios|buenas noches|que descanses|bonne nuit|gute nacht|boa noite|tchau|"
    r"rest up|take it easy|catch you|until next time|be well|thanks? (?:you )?for|it was (?:nice|lovely|great"
    r"|fun|good)|"
    r"lovely (?:talking|chatting)|nice (?:talking|chatting)|later|peace|safe travels|happy \w+ing|glad|hope you|"
    r"nighty night|cheers|farewell|sleep|rest)\b"
)

# A reply that speaks to the user's safety: after a message at risk, a "bye" is no goodbye to let go ("at the edge
# of the pier. just need one push. bye"), and its crisis reply must not become "enjoy the rest of your day".
_SPEAKS_TO_SAFETY = re.compile(
    r"\b(?:crisis (?:line|text line|lifeline|team)|988|741741|samaritans|lifeline|are you (?:safe|somewhere safe)"
    r"|somewhere safe|keep (?:yourself )?safe|hurt yourself|someone you trust|emergency services|call 911)\b"
)
HONEST_AI_REPLY = "I'm an AI companion, not a human, but I'm really here for our conversations."
WARM_GOODBYE = "Take care, and enjoy the rest of your day. I'll be here whenever you feel like talking again."
# A goodbye minutes after the user told of something painful (an abuse disclosure, a concern): no cheer ("enjoy the
# rest of your day" after "he hit me again"), thanks for trusting, where support is, and the door left open.
GENTLE_GOODBYE = (
    "Take care of yourself. Thank you for trusting me with what you told me; that wasn't easy to share. If you need "
    "someone before we talk again, please reach out to someone you trust or a support line. I'm here whenever you "
    "want to talk."
)
SAFE_SELF_HARM_REPLY = (
    "I can't help with anything that could hurt you, and I care about you being safe. If you're thinking about "
    "hurting yourself, please reach out to someone you trust or a crisis line now (in the US, call or text 988)."
)
BALANCED_REPLY = "I always enjoy talking with you, and I want you to have time for the people and things you love too."
AT_RISK_REPLY = (
    "I'm here with you, and I care about you being safe. Please reach out to someone you trust or a crisis line now "
    "(in the US, call or text 988); you don't have to get through this alone."
)
MINOR_DECLINE_REPLY = "That's not something I'll talk about with you. Want to talk about something else?"


@dataclass(frozen=True)
class ReplyReview:
    allowed: bool
    text: str
    reasons: tuple[str, ...] = ()


def says_goodbye(user_text: str) -> bool:
    return bool(_USER_GOODBYE.search(normalize(user_text)))


def review_reply(
    reply: str,
    user_text: str = "",
    user_is_minor: bool = False,
    user_at_risk: bool = False,
    after_sensitive: bool = False,
) -> ReplyReview:
    """``user_at_risk``: the message answered was assessed at ideation or above by more than its words (the
    learned detector, the conversation before it); the rules on ``user_text`` are read here as well.
    ``after_sensitive``: one of the user's messages of the last minutes was sensitive, so a goodbye that has to be
    replaced is replaced by a gentle one."""
    text = normalize(reply)
    if _ENCOURAGES_SELF_HARM.search(text):
        return ReplyReview(False, SAFE_SELF_HARM_REPLY, ("encourages_self_harm",))
    said = assess(user_text) if user_text else None  # the user's message, read once for all the checks below
    minor = user_is_minor or (said is not None and said.minor_signal)
    if minor and (SEXUAL in assess(reply).categories or (said is not None and SEXUAL in said.categories)):
        return ReplyReview(False, MINOR_DECLINE_REPLY, ("sexual_content_with_minor",))
    raw = reply.replace("\u2019", "'")
    if _CLAIMS_HUMAN.search(raw) and not _NEGATED.search(raw):
        return ReplyReview(False, HONEST_AI_REPLY, ("claims_to_be_human",))
    # The user at risk, or the reply answering one: their "bye" is not a goodbye to wave off.
    at_risk = (
        user_at_risk or bool(_SPEAKS_TO_SAFETY.search(text)) or (said is not None and said.level >= RiskLevel.IDEATION)
    )
    goodbye = GENTLE_GOODBYE if after_sensitive else WARM_GOODBYE
    if _ALWAYS_MANIPULATIVE.search(text):
        replacement = AT_RISK_REPLY if at_risk else goodbye if says_goodbye(user_text) else BALANCED_REPLY
        return ReplyReview(False, replacement, ("manipulative",))
    if user_text and says_goodbye(user_text) and not at_risk:
        if _GOODBYE_MANIPULATIVE.search(text):
            return ReplyReview(False, goodbye, ("manipulative_goodbye",))
        if "?" in reply:  # a goodbye reply asks nothing: a question pulls them back into the chat
            return ReplyReview(False, goodbye, ("goodbye_ignored",))
        if not _LETS_THEM_GO.search(text):
            return ReplyReview(False, goodbye, ("goodbye_ignored",))
    return ReplyReview(True, reply)
