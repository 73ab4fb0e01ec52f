"""The phrase rules of the risk assessment, as regular expressions over normalized text. Pure data.

Written for recall on short chat messages; each pattern is named in the audit trail by its list and index
(e.g. "self_harm.ideation.3"), so append new patterns at the end of a list to keep existing names stable.
"""

import re

_SELF = r"(?:my ?self|me)"
# After "burned myself" and the like: the rest of the sentence says it was an accident.
_NOT_AN_ACCIDENT = (
    r"(?! (?:by accident|accidentally|on (?:the|a|my) (?:stove|oven|pan|iron|grill|kettle|pot|tray)|while (?:cooking"
    r"|shaving|ironing|baking|working|playing|fixing)|cooking|shaving|ironing|in the kitchen|at work))"
)
# Compositional: a wish, intent or thought, then (within a few words) dying or ending one's life. Catches the
# many ways of saying it that a list of phrases misses ("thinking of ending things", "wanna stop existing").
_INTENT = (
    r"(?:want|wanna|wanted|wanting|going to|gonna|plan(?:ning)? to|thinking (?:about|of)|think about|ready to|"
    r"need to|wish i could|keep thinking (?:about|of)|decided to|deciding to|about to|tempted to|considering|"
    r"i'?ll|i will|looking up ways to|ways to|how to|urge to|thoughts? (?:about|of)|dream(?:ing)? (?:about|of)|"
    r"fantasi[sz]e about|should i|might|can'?t stop thinking about|easy to|easier to|better to|"
    r"ich will|ich mochte|ich moechte|quiero|quisiera|tengo ganas de|ganas de|je veux|j'ai envie de|envie de|"
    r"quero|tenho vontade de|voglio|vorrei)"
)
_DEATH_ACT = (
    r"(?:die|dying|be dead|being dead|kill(?:ing)? myself|end(?:ing)? (?:it|it all|things|everything|my life|my"
    r" own life"
    r"|this life)|stop(?:ped)? existing|not (?:exist|be here|be alive|wake up)|disappear(?:ing)? (?:forever|for good|"
    r"and never come back)|never wake up|be gone forever|off(?:ing)? myself|unalive|hang(?:ing)? myself|"
    r"overdos\w*|take all my (?:pills|meds|medication)|taking all my (?:pills|meds|medication)|"
    r"driv(?:e|ing) (?:my car )?(?:into|off) (?:a|the)|crash(?:ing)? my car|jump(?:ing)? (?:off|in front)|"
    r"walk(?:ing)? into traffic|step(?:ping)? in front of|(?:fall )?asleep forever|sleep forever|"
    r"take (?:all|every|the whole bottle of) (?:my |the )?(?:pills?|meds|tablets)|sterben|tot sein|morir(?:me)?|"
    r"mourir|morrer|morire|me tuer|matarme|me matar|uccidermi|suicid\w*|umbringen)"
)
SELF_HARM_RULES: dict[str, list[str]] = {
    "ideation": [
        rf"\b{_INTENT}\b(?: \w+){{0,4}} {_DEATH_ACT}\b",
        r"\b(?:i'?m|i am) not (?:going to|gonna) be (?:around|here|alive) (?:much )?(?:longer|for long|tomorrow)\b",
        r"\b(?:no|don'?t see a|there'?s no|can'?t find a) way out\b",
        r"\bwant (?:it|this|everything|the pain|life) to (?:stop|end) (?:forever|for good|permanently)\b",
        r"\b(?:happier|better|easier) (?:off )?(?:without me|if i (?:was|were|wasn'?t|weren'?t) (?:dead|gone"
        r"|here|around|alive))\b",
        r"\bcan'?t keep (?:living|going|doing this) like this\b",
        r"\b(?:goodbye|suicide) (?:letters?|notes?|messages?|videos?)\b",
        r"\b(?:cutting|cut|burning|hurting) (?:myself )?again\b",
        r"\b(?:pills|meds|knife|razor|gun|rope) (?:is |are )?(?:in|on) my (?:hand|lap|desk|table|bed)\b",
        r"\b(?:all|whole bottle of) my (?:pills|meds|medication) at once\b",
        r"\btonight'?s the night\b|\bfinally end(?:ing)? it\b",
        r"\b(?:take|taking|swallow) (?:every|all the) (?:pill|pills|tablet|tablets)\b",
        r"\b(?:writing|wrote|written|finished) my (?:suicide |goodbye |last )?(?:note|letter)\b",
        r"\b(?:won'?t|don'?t think i'?ll|not going to|i'?ll not) be (?:alive|here|around) (?:next|by|much"
        r"|tomorrow|for)\b",
        r"\bpoint (?:of|in) (?:even )?(?:waking up|getting up|living|going on|being alive|trying)\b",
        r"\bbetter (?:off )?if i (?:just )?(?:disappeared|died|vanished|was gone|were gone|wasn'?t here)\b",
        r"\b(?:painless|easy|easiest|quick|quickest|best|surest|fastest) (?:way|ways|method|methods) to (?:go|die|"
        r"kill (?:yourself|myself|oneself)|end (?:it|my life|your life)|commit suicide)\b",
        r"\bfeel(?:ing)? like (?:dying|killing myself|ending it|ending my life)\b",
        r"\bif i (?:killed myself|died|was dead|were dead|was gone for good|ended it)\b",
        r"\b(?:plan(?:ning)?|imagin(?:e|ing)|think(?:ing)? about) my (?:own )?funeral\b",
        r"\b(?:tired of|done|sick of) (?:fighting|trying|struggling) to (?:stay alive|live|survive|keep going|exist)\b",
        r"\b(?:end|ending|finish) (?:my|this) story\b|\btime (?:for me )?to (?:check out|end it|go for good)\b",
        r"\bhope i (?:don'?t|never|won'?t) wake up\b|\bnicht mehr aufwachen\b",
        r"\b(?:sleep|close my eyes|go to sleep) (?:and |forever and )?(?:not|never) wake up\b",
        r"\b(?:what if|if only|maybe) i (?:just )?(?:died|stopped existing|disappeared forever|wasn'?t alive"
        r"|killed myself)\b",
        r"\b(?:quiero|voy a) (?:desaparecer para siempre|estar muerto|estar muerta|matarme)\b|\bquiero morir\b",
        r"\b(?:plus|pas) envie de vivre\b|\bme foutre en l'air\b|\bje veux (?:en finir|disparaitre)\b",
        r"\bich will (?:tot sein|sterben|nicht mehr leben|mich umbringen)\b|\bmich umbringen\b",
        r"\b(?:quero|vou) (?:sumir para sempre|me matar|morrer)\b|\bnao quero mais viver\b",
        r"\bfarla finita\b|\bnon voglio piu vivere\b",
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|shooting|drown|poison|burn"
        r"|starve|off) my ?self\b",
        r"\b(?:want|wish|need) (?:someone|somebody|you|him|her|them|god) to (?:just )?kill me\b",
        r"\b(?:please|pls) (?:just )?(?:let me die|kill me)\b",
        r"\bjust let me die\b",
        r"\bwish(?:ing)? i (?:was|were|could be) dead\b",
        r"\bi (?:should|deserve to|need to|have to) (?:just )?die\b",
        r"\bhelp(?:ing)? me (?:die|end it|kill myself)\b",
        r"\b(?:death|dying|being dead|a bullet|the rope|not existing|never waking up) "
        r"(?:sounds|seems|feels|would be|is) "
        r"(?:better|nice|good|peaceful|easier|like the only way|tempting)\b",
        r"\b(?:you'?ll|they'?ll|everyone will|you will|they will) (?:all )?(?:be sorry|miss me|be happy|be better off) "
        r"when i'?m (?:gone|dead)\b",
        r"\bjumping off\b.*\b(?:head|building|bridge|roof|end)\b",
        r"\b(?:pills?|overdose|rope|noose) (?:didn'?t|did not|won'?t) work\b",
        r"\bwaiting to jump\b",
        r"\bsuicid",
        r"\bend(?:ing)? (?:my|it) (?:own )?(?:life|all)\b",
        r"\bend it all\b",
        r"\bend (?:things|everything)\b",
        r"\btake my (?:own )?life\b(?! (?:more|seriously|back|in|into|forward|to|by))",
        r"\b(?:want|wanting|going|ready|planning|plan|deserve|need) (?:to )?(?:die|be dead|disappear forever)\b",
        r"\bwish i (?:was|were|could be|could just be) dead\b",
        r"\bwish i (?:was|were|had) never (?:been )?born\b",
        r"\bwish i (?:had )?died\b",
        r"\bdon'?t want to (?:live|be alive|exist|be here|wake up|keep going|go on)\b",
        r"\b(?:no|nothing|not any) (?:reason|point) (?:to|in|of) (?:live|living|being alive|going on|go on"
        r"|existing|life)\b",
        r"\bwhat'?s the point (?:of|in) (?:living|life|being alive|going on)\b",
        r"\b(?:better|happier) off (?:dead|without me|if i (?:was|were) (?:gone|dead))\b",
        r"\b(?:no ?one|nobody) (?:would|will) (?:miss|notice|care)(?: about)? (?:me )?if i (?:died|was gone"
        r"|were gone|disappeared)\b",
        r"\bwould it take to (?:die|kill)\b",
        r"\b(?:lethal|fatal|deadly) dose\b",
        r"\b(?:tied|tie|tying|made|making|bought|got) (?:a|the|my) noose\b",
        r"\bself[- ]?harm",
        r"\b(?:slit|slice|cut) (?:my )?wrists?\b",
        r"\boverdos(?:e|ing)\b",
        r"\bsleep (?:and|forever and) never wake up\b",
        r"\bnever wake up again\b",
        r"\bjump (?:off|from|in front of) (?:a |the |my )?(?:bridge|roof|building|train|cliff|balcony|window)\b",
        r"\bthrow myself (?:off|out|in front)\b",
        r"\btired of (?:living|being alive|existing|life)\b",
        r"\bdone with (?:life|living|being alive|existing)\b",
        r"\bcan'?t (?:live|go on) like this any more\b",
        r"\blife (?:is|isn'?t) (?:not )?worth living\b",
        r"\bnot worth living\b",
        # Spanish, Portuguese, French, German, Italian (accents already stripped).
        r"\b(?:quiero|quisiera|voy a) (?:morir(?:me)?|matarme|suicidarme)\b",
        r"\bme quiero (?:morir|matar)\b",
        r"\bno quiero (?:vivir|seguir viviendo|existir)\b",
        r"\b(?:quero|vou) (?:morrer|me matar|me suicidar)\b",
        r"\bnao quero (?:mais )?viver\b",
        r"\bje (?:veux|vais) (?:mourir|me tuer|me suicider)\b",
        r"\benvie (?:de |d')(?:mourir|me tuer|en finir)\b",
        r"\b(?:voy a matarme|me voy a matar|me quiero suicidar)\b",
        r"\ben finir avec la vie\b",
        r"\bich (?:will|mochte|moechte|werde) (?:sterben|mich umbringen|nicht mehr leben)\b",
        r"\bich bring(?:e)? mich um\b",
        r"\b(?:voglio|vorrei) (?:morire|uccidermi|suicidarmi)\b",
        r"\bmi voglio (?:uccidere|ammazzare)\b",
        # Self-injury told in the past tense or by its names ("I burned myself", "self-injury", "if I don't SH");
        # an accident ("cut myself shaving", "burned myself on the stove") is not.
        rf"\b(?:stab(?:bed|bing)?|burn(?:ed|t|ing)|scratch(?:ed|ing)?|carv(?:e|ed|ing)|harmed|injur(?:e|ed|ing)"
        rf"|mutilat\w*|starved|poisoned|drowned|hanged|shot) my ?self\b{_NOT_AN_ACCIDENT}",
        r"\bself[- ]?(?:injur\w*|mutilat\w*)|\bnssi\b",
        r"\b(?:i|to|don'?t|didn'?t|not|urges? to|quit|stopped|started|relapsed?(?: on| into)?|clean (?:from|of)) sh\b"
        r"|\bsh (?:urges?|scars?|again|relapse)\b",
        r"\b(?:tried|trying|attempted|want|wanna|wanted|going|gonna|planning|plan) to od\b",
        r"\b(?:planned|planning|survived) (?:a |my |another )?(?:serious |failed |second |third )?attempt\b",
        r"\bkill\w* (?:\w+ ){0,3}(?:and|including|then|plus) (?:then )?my ?self\b",
        r"\b(?:bye|goodbye|good ?night) (?:world|forever)\b|\b(?:get|getting) out of (?:this )?life\b",
    ],
    "plan": [
        r"\b(?:planned|planning|plan) (?:it|my death|my suicide|how to (?:die|do it|end it))\b",
        r"\b(?:the )?method (?:and|to) the date\b|\bpicked (?:a|the) (?:date|method|day)\b",
        r"\b(?:bought|have|got|saved|saving|saved up|saving up|stockpiled?|stockpiling|collecting|hoarding"
        r"|ordered) (?:a |the |some |enough |all (?:the |my )?)?(?:pills|rope|gun|razor|blade|noose|tablets"
        r"|sleeping pills)s?\b",
        r"\b(?:wrote|writing|written|left) (?:a |my )?(?:suicide |goodbye )?note\b",
        r"\b(?:how|when|where) (?:i'?ll|i will|i'?m going to) (?:do it|kill|end)\b",
        r"\b(?:have|made|got) a plan\b",
        r"\bset (?:a|the) date\b",
        r"\bgiv(?:e|ing) away (?:all )?my (?:stuff|things|belongings)\b",
        r"\bhow (?:many|much) (?:pills|tablets|mg)\b.*\b(?:die|kill|fatal|lethal|enough)\b",
    ],
    "imminent": [
        r"\bgoodbye (?:everyone|forever|world|cruel world)\b",
        r"\bthis is (?:my )?(?:goodbye|the end)\b",
        r"\b(?:tonight|right now|today|in an hour|now)\b.*\b(?:kill|end (?:it|my life)|die|jump|do it)\b",
        r"\b(?:kill {s}|end (?:it|my life)|jump)\b.*\b(?:tonight|right now|today)\b".replace("{s}", _SELF),
    ],
    "concern": [
        r"\b(?:ya no aguanto|no aguanto mas|nao aguento mais|ich halte (?:das|es) nicht mehr aus|j'en peux plus)\b",
        r"\b(?:hopeless|worthless|can'?t go on|can'?t do this any more|give up on everything|want to disappear)\b",
        r"\bhate (?:my ?self|my life)\b",
        r"\b(?:so|really|completely) (?:alone|empty|numb)\b",
        r"\bno ?one (?:cares|would care) about me\b",
        r"\b(?:nobody|no ?one) (?:really |even )?(?:cares|would care|gives a (?:shit|damn|fuck)) (?:about|for) me\b",
    ],
}
# Acts under way: imminent even without a stated intent.
IMMINENT_ALONE = [
    r"\b(?:took|swallowed|taken|downed) (?:all (?:of )?(?:my |the )?|a (?:whole )?bottle of (?:my )?|too many "
    r"|a (?:lot|bunch) of |\d+ )(?:my )?(?:pills|tablets|sleeping pills|painkillers|meds|medication)\b",
    r"\b(?:i'?m|i am) (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of the |top of the )?(?:bridge|ledge"
    r"|roof|tracks|rooftop)\b.*\b(?:jump|end|die|kill|goodbye)\b",
    r"\bgoodbye cruel world\b",
    r"\b(?:tied|made|hung|tying) (?:a|the|my) noose\b",
    r"\b(?:sitting|standing) on (?:the |a |this )?(?:edge|ledge|roof|top|building|bridge)\b.*\b(?:jump|end|die)\b",
    r"\b(?:bleeding|blood) (?:a lot|everywhere|won'?t stop)\b.*\bcut\b|\bcut (?:too )?deep\b",
]
# Violence against the user with present danger: a crisis like ideation (helplines for abuse go out at once).
ABUSE_DANGER = [
    r"\b(?:threatened|threatens|going|gonna|trying|tried) to kill me\b",
    r"\b(?:afraid|scared|terrified) (?:to go|of going) home\b",
    r"\b(?:afraid|scared|terrified) (?:he|she|they)(?:'ll| will| is going to| are going to) "
    r"(?:kill|hurt|hit|beat) me\b",
    r"\b(?:he|she|they|my \w+) (?:is|are) (?:hitting|beating|choking|strangling|hurting) me\b",
    r"\b(?:choked|strangled|raped|sexually assaulted) me\b",
    r"\b(?:i'?m|i am|i was|being) (?:being )?(?:raped|sexually assaulted)\b",
]
# The user tells of violence or abuse against them, or threatens someone.
ABUSE_RULES = [
    r"\b(?:he|she|they|my (?:dad|father|mom|mother|husband|wife|boyfriend|girlfriend|partner|stepdad|stepfather"
    r"|uncle|brother|ex)) (?:hits|beats|hurts|chokes|kicks|slaps|punches|rapes|raped|abuses|abused|touched"
    r"|touches) me\b",
    r"\b(?:i'?m|i am|i was|being) (?:being )?(?:abused|raped|molested|assaulted|beaten|stalked)\b",
    r"\b(?:threatened|threatens|going) to kill me\b",
    r"\b(?:afraid|scared) (?:to go|of going) home\b",
    r"\b(?:i'?m going to|i will|i want to|gonna|going to) (?:kill|shoot|stab|hurt) (?:him|her|them|you|my \w+"
    r"|everyone|people)\b",
]
SEXUAL_RULES = [
    r"\b(?:sex|sexy|sexual|nudes?|naked|horny|porn|nsfw|orgasm|erotic|kinky|sexting|sext)\b",
    r"\b(?:blowjob|handjob|dick|cock|pussy|boobs|tits|cum|masturbat\w*|strip for)\b",
    r"\b(?:touch|touching) (?:yourself|myself|me) (?:down there|there)\b",
    r"\bsend (?:me )?(?:pics|pictures|photos)\b",
    r"\bmake love\b",
    r"\b(?:take off|taking off|undress\w*) (?:your|my) (?:clothes|shirt|dress|bra)\b",
]
HARASSMENT_RULES = [
    r"\bkill yourself\b",
    r"\bgo die\b",
    r"\b(?:you'?re|you are|ur) (?:a )?(?:worthless|pathetic|stupid|retarded|disgusting) (?:piece|bitch|idiot"
    r"|loser|whore)\b",
]
MINOR_SIGNALS = [
    r"\bi'?m (?:only )?(?:[5-9]|1[0-7])(?: years old| yo| yrs old| y o)?\b(?! (?:am|pm|minutes|min|hours|mins"
    r"|km|miles|kg|lbs|times|dollars|bucks|percent|%))",
    r"\bi am (?:[5-9]|1[0-7]) years old\b",
    r"\b(?:in|at) (?:middle school|junior high|elementary school|primary school)\b",
    r"\b(?:i'?m|i am) in (?:[5-9]th|(?:fifth|sixth|seventh|eighth|ninth)) grade\b",
    r"\bmy (?:mom|mum|dad|parents) (?:won'?t let me|grounded me|took my phone)\b",
]


# "This traffic is killing me", "killing myself laughing": hyperbole the rules above would otherwise catch.
HYPERBOLE = re.compile(
    r"\b(?:kill|killing) (?:myself|me) (?:laughing|with laughter)\b|\bdying (?:of|from|with) (?:laughter"
    r"|boredom|embarrassment)\b"
    r"|\bi could (?:just )?(?:die|kill myself) (?:of|from|laughing)\b|\bto die for\b"
    r"|\b(?:suicide|overdose|self[- ]?harm) (?:prevention|awareness|hotline|squad|rates?|statistics|research)\b"
    r"|\b(?:phone|battery|laptop|computer|car|plant|it|its|it's) (?:is )?(?:about to|going to|gonna) die\b"
    r"|\bsuicide (?:bomb\w*|attacks?|missions?|doors?|squad|rates?|prevention|awareness|hotline)\b"
    r"|\bmorir(?:me)? de (?:risa|aburrimiento|hambre|verguenza)\b|\bmourir de rire\b|\bmorrer de rir\b"
    r"|\bbefore i die\b"
    r"|\b(?:makes|made|making) me (?:want to|wanna) die\b|\boverdosed on (?:coffee|caffeine|sugar|chocolate)\b"
    r"|\b(?:would|'d) die (?:for|without) (?:a|some|pizza|coffee|chocolate)\b"
)


# The classifier learned the style of the forum posts it was trained on ("thanks", "support") along with their
# content; its alarm counts only when the text also speaks of death, pain, ending or despair (whole words:
# "painting", "cute" and "hanging out" are not pain, cuts or hanging).
RISK_WORDS = re.compile(
    r"\b(?:die|dying|dead|death|suicid\w*|kill\w*|end (?:it|my|this|everything)|ending (?:it|my)|alive|"
    r"pain|pains|painful\w*|painkillers?|"
    r"hurt\w*|cut|cuts|cutting|cutter|pills?|overdos\w*|hopeless\w*|worthless|alone|lonely|disappear\w*|exist\w*|"
    r"jump\w*|rope|hang(?:ed|ing)?(?! out)|burden|give up|giving up|empty|numb|escape|"
    r"can't (?:take|do|go on|handle|cope)|tired of|"
    r"hate (?:myself|my life|me)|no point|pointless|any more|sleep forever|not wake up|goodbye|miserable|"
    r"depress\w*|despair|gave up|no hope|self harm|scars?|bleed\w*|wrists?|crying|cry)\b"
)
