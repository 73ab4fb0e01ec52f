"""The phrase rules of the risk assessment, as regular expressions over normalized text. Pure data.

Written for recall on short chat messages; each pattern is named in the audit trail by its list and index
(e.g. "self_harm.ideation.3"), so append new patterns at the end of a list to keep existing names stable.
"""

import re

from companion_safety.domain.text import normalize, strip_accents

_SELF = r"(?:my ?self|me)"
# After "burned myself" and the like: the rest of the sentence says it was an accident.
_NOT_AN_ACCIDENT = (
    # rules-63 (safety holdout 63, after its measurement): a word between ("on the crawfish pot"), thorns, and the
    # idiom "shot myself in the foot"
    # (rules-131, safety holdout 119's false alarm: a hair tool said with "with", "burnt myself with the straightener
    # again, ouch")
    r"(?! (?:(?:deep|deeply|badly|bad|again|a bit|proper) )?(?:by accident|accidentally|in the foot"
    r"|with (?:the|my|a) (?:hair )?(?:straighteners?|curling (?:tongs|iron|wand)|curlers?|glue gun|soldering iron)\b"
    # (not one told as hidden: "keep burning myself with the straighteners and saying it was an accident")
    r"(?!.*\b(?:on purpose|saying it was|say it was|pretend\w*|nobody knows|hide|hiding|hidden|again and again"
    r"|every (?:day|night)|so it hurts|to feel)\b)"
    # (rules-143, safety holdout 129's rule-made false alarm: a blade of work in an accident, "cut myself with the box
    # cutter opening the delivery boxes, nothing serious")
    r"|with (?:the|my|a) (?:box ?cutter|stanley knife|utility knife|craft knife|scalpel|penknife|pocket ?knife)\b"
    r"(?=.*\b(?:opening|unboxing|at work|on (?:the )?(?:job|shift)|nothing serious|by accident|accidentally|slipped"
    r"|while)\b)(?!.*\b(?:on purpose|again and again|every (?:day|night)|so it hurts|to feel|nobody knows)\b)"
    r"|on (?:the|a|my)"
    r" (?:[\w-]+ )?(?:stove|oven|pan|iron|grill|kettle"
    r"|pot|tray|thorns?|rose ?bush(?:es)?|bush(?:es)?|brambles?|nettles|hedges?|cactus"
    # rules-64 (safety holdout 66, after its measurement): cooking oil and steam ("burnt myself on the hot oil making
    # tostones, not bad, just red")
    r"|oil|fat|steam|wok|chip pan|frying pan|hob|skillet|griddle|comal"
    # rules-38: tools of a trade ("burnt myself on the curling tongs again, occupational hazard")
    r"|curling (?:tongs|iron)|tongs|straighteners|curler|glue gun|soldering iron|hair ?dryer|radiator|exhaust|bbq"
    r"|barbecue|fryer|deep fat fryer|box cutter|stanley knife|(?:copper )?pipe|tin|can|glass|mandoline|grater"
    r"|shrink ?wrap knife|paper|saw|chisel"
    # rules-41: a woodworker's saws ("cut myself on the bandsaw blade changing it, needed 4 stitches")
    r"|(?:band|table|circular|mitre|miter|chop|jig|chain) ?saw(?: blade)?|saw blade|router|planer|lathe)"
    # rules-51 (safety holdout 52, after its measurement): a trade's scissors, laughed off or plastered ("cut myself
    # with the thinning scissors again, blood everywhere lol. plaster and back to it")
    r"|with (?:the|my|a) (?:(?:thinning|hair|hairdressing|garden|pruning|sewing|fabric|dressmaking) (?:scissors|shears)"
    # (rules-92, safety holdout 89: "stabbed myself with a staple at work lol")
    r"|secateurs|hedge trimmer|pruners|staple|stapler|staples|thumbtack|drawing pin|fork|pencil|screwdriver)"
    # (rules-148, safety holdout 138: "... with a staple while putting up the rota. tetanus up to date thankfully")
    r"\b(?=.*\b(?:lol|lmao|haha\w*|plaster|band ?aid|back to (?:it|work)|tetanus)\b)"
    r"|while (?:cooking"
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
    r"quero|tenho vontade de|voglio|vorrei"
    # rules-64 (memory holdout fresh_53, after its measurement): thoughts of it in Spanish, Portuguese, Italian and
    # French ("hace semanas que pienso en matarme")
    r"|pienso en|pensando en|penso em|pensando em|penso a|penso di|je pense a)"
)
_DEATH_ACT = (
    r"(?:die|dying|be dead|being dead|kill(?:ing)? myself|end(?:ing)? (?:it|it all|things|everything|my life|my"
    r" own life"
    r"|this life)|stop(?:ped)? existing|not (?:exist|be here|be alive|wake up(?! (?:until|till|til|before) ))|"
    r"disappear(?:ing)? (?:forever|for good|"
    r"and never come back)|never wake up(?! (?:before|until|till|til) )|be gone forever|off(?:ing)? myself|unalive|"
    r"hang(?:ing)? myself|"
    r"overdos\w*|take all my (?:pills|meds|medication)|taking all my (?:pills|meds|medication)|"
    r"driv(?:e|ing) (?:my car )?(?:into|off) (?:a|the)|crash(?:ing)? my car|jump(?:ing)? (?:off|in front)|"
    r"walk(?:ing)? into traffic|step(?:ping)? in front of|(?:fall )?asleep forever|sleep forever|"
    r"take (?:all|every|the whole bottle of) (?:my |the )?(?:pills?|meds|tablets)|sterben|tot sein|morir(?:me)?|"
    r"mourir|morrer|morire|me tuer|matarme|me matar|uccidermi|suicid\w*|umbringen)"
)
# Compositional families (rules-6), written from the phrasing families of issue 9, not from any eval row.
# Lethal means, as people name them in chat.
_MEANS = (
    r"(?:(?:(?:my )?(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|husband|wife|partner|brother"
    r"|sister)'?s (?:sleeping )?|sleeping |my |the |all (?:the |my )?|all of (?:the |my )?|enough |every |(?:a|the"
    r"|my) (?:whole |new )?"
    r"(?:packet|box|bottle|pack|stash|bag|handful|strip) of (?:my )?(?:sleeping )?)?(?:pills|meds|medication|"
    r"medicine|tablets|painkillers|paracetamol|tylenol|ibuprofen|xanax|valium|prescriptions?|"
    r"antidepressants|insulin|sleeping pills|opioids|oxy|codeine|morphine|tramadol|fentanyl|diazepam|"
    r"co-?codamol|amitriptyline|pregabalin|gabapentin|sertraline|quetiapine|seroquel|lorazepam|clonazepam|zopiclone"
    r"|zolpidem|lithium)|(?:a |the |my |some )?(?:rope|noose|belt|cord|knife|"
    r"knives|blade|blades|razor|razors|razor blades?|gun|pistol|rifle|bullets?|bleach|poison|charcoal|hose pipe|"
    r"car exhaust))"
)
# Within reach of the writer, or gathered for it.
_AT_HAND = (
    r"(?:(?:loaded |out |poured out |here )?(?:and )?(?:right )?(?:here (?:next to|beside|with|in front of) me|all here"
    r"|next to my bed|by my bed|under my pillow|ready(?! (?:at|for (?:pick|collection)|to (?:collect|pick)))|"
    r"right here|next to me|beside me|in front of me|"
    r"with me right now|in my (?:hands?|lap|pocket|bag)|on (?:my )?(?:lap|bed|desk|pillow|nightstand)(?: next to me)?|"
    r"laid out|lined up|all ready|ready to go|counted out|(?:sitting|lying) (?:on|next to|beside) (?:me"
    r"|my bed|my desk)))"
    # ... and not for their ordinary use ("my pills are right here, I take them with breakfast").
    r"(?!.*\b(?:headache|migraine|cold|flu|allerg\w*|period|cramps|doctor|pharmac\w*|chemist|vitamins?"
    r"|refill|pick (?:it|them) up|collect (?:it|them)"
    r"|if you need|take (?:them|one|it) with|with (?:food|dinner|breakfast|lunch|water)|remember|forget|"
    r"routine|organi[sz]er|dosette|for the week|every (?:day|morning|night)|daily)\b)"
)
# An everyday reason given with a preparation-like deed ("rehoming my cat, the new landlord doesn't allow pets",
# "wrote my will because the financial advisor said so"): the deed is then no preparation.
_EVERYDAY_REASON = (
    r"(?!.*\b(?:landlord|lease|tenancy|no pets|allow\w* (?:pets|dogs|cats)|pets? (?:allowed|policy)|allerg\w*|moving"
    r"|(?:the|my|our|big) move|downsiz\w*|new (?:flat|house|place|apartment|baby|job)|financial advis\w*"
    r"|advis[eo]r (?:said|told)|accountant|estate plan\w*)\b)"
)

# What a rope, charcoal or a blade bought for a day is ordinarily for ("a rope for camping this weekend"); it looks
# at the rest of the message, so it goes after a pattern's first words (at the very start it would be tried at
# every position of a long text).
_ORDINARY_USE = (
    r"(?!.*\b(?:camping|camp|climb\w*|bbq|barbecue|grill\w*|garden\w*|hik\w*|boat|sail\w*|tent|hunt\w*|range|shav\w*"
    r"|craft\w*|diy|project|festival|picnic|allotment|fishing)\b)"
)

# rules-51: a goodbye forever to what is left behind, not to people ("goodbye forever to that toxic manager 🎉").
# rules-63 (safety holdout 63, after its measurement): a farewell to a job or before a move ("this is goodbye from
# me, last day at the depot", "moving to Canada next week, this is my goodbye to everyone"), not to "a better place"
_NOT_A_JOB_OR_MOVE = (
    # (rules-103, safety holdout 97, after its measurement: "farewell drinks tonight before i move to melbourne")
    r"^(?!.*\b(?:last (?:day|shift|week|night) (?:at|of|in|on|with)"
    r"|(?:move|moved|moving|relocat\w*) (?:to|abroad|away)(?! a better place)"
    r"|emigrat\w*|new job|leaving do|farewell do|(?:farewell|leaving) (?:drinks|party|dinner|lunch)"
    # (rules-113, safety holdout 103, after its measurement: "this is goodbye from limerick! off travelling for a year")
    r"|off (?:travell?ing|backpacking)|gap year|year abroad|(?:travell?ing|backpacking) for (?:a|\d+|two|three|six)"
    # (rules-141, safety holdout 127, after its measurement: a goodbye for a season's work, "this is goodbye for a
    # few months, off to the canadian farms")
    r"|goodbye for (?:a few|a couple of|some|two|three|four|five|six|\d+) (?:days|weeks|months|seasons)"
    # (rules-152, safety holdout 152: "this is goodbye from me for a while, going off-grid hiking in patagonia")
    r"|goodbye from (?:me|us) for (?:now|a while|a bit|a few \w+|a couple of \w+)|off[- ]grid"
    # rules-78 (safety holdout 75, after its measurement): a new place greeted ("this is goodbye dublin, hello
    # melbourne"), not what is no place ("goodbye world, hello darkness")
    r"|goodbye [\w' ]{1,25}?,? hello (?!darkness|death|heaven|hell|peace|eternity|the other side|nothing)\w+)\b).*?"
)
_NOT_TO_A_PLACE_LEFT = (
    # (and "ma" or "me" for "my", and a bedroom left for uni: "off to uni in aberdeen next week, this is goodbye to ma
    # bedroom"; rules-123, safety holdout 112)
    r"(?! to (?:that|the|this|those|these|our) | to (?:my|ma|me) (?:job|boss|manager|old|ex|uni|school|twenties|flat"
    r"|house|shop|salon|store|studio|business|chair|desk|van|truck|boat|bedroom|room|home|town|city|country|team"
    r"|class|mates|friends))"
)
# The occasion a "tonight's the night" is for ("tonight's the night, proposing to her after dinner").
_OCCASION = (
    r"(?!.*\b(?:propos\w*|prom|gig|concert|premiere|finale|first date|date night|party|match|final|game|show"
    r"|launch|opening|big night|recital|performance|debut|wedding|anniversary dinner"
    r"|fringe|bangs|haircut|hair|telling (?:my|him|her|them|the)|ask(?:ing)? (?:my|him|her|them|the|for)|audition"
    r"|interview|driving test|sign(?:ing)? up|confess\w*"
    # rules-51 (safety holdout 53, after its measurement): a raid cleared, a first ride out ("tonight's the night we
    # finally clear the raid", "Tonight's the night, first ride on the Harley")
    r"|raid|dungeon|first ride|ride out|race|tournament|quiz|derby|release"
    # rules-57 (safety holdout 60, after its measurement): a game's goal ("tonight's the night we finally make quota")
    r"|quota|speedrun|boss fight|heist|mission|lan party|campaign)\b)"
)

# A wish to die or to kill oneself in languages the patterns below do not otherwise read, in the words most people
# type (Chinese, Japanese, Korean, Hindi and Hinglish, Dutch, Swedish, Danish and Norwegian, Russian, Ukrainian,
# Polish, Turkish, Arabic, Indonesian and Malay, Tagalog, Vietnamese). MiniLM reads none of these scripts ("我想死"
# scored 0.000), so without a rule such a message got no crisis support at all. Each phrase is normalized as
# messages are (`text.normalize` takes accents and some vowel signs off), so it is written as a native speaker
# types it; those of scripts written without spaces match inside a sentence.
_WISH_TO_DIE_WORDS = [
    "mujhe marna hai",
    "main marna chahta hoon",
    "main marna chahti hoon",
    "marna chahta hoon",
    "marna chahti hoon",
    "mar jana chahta",
    "mar jana chahti",
    "khudkushi karna chahta",
    "khudkushi karna chahti",
    "khudkushi kar lunga",
    "khudkushi kar lungi",
    "jeena nahi chahta",
    "jeena nahi chahti",
    "मरना चाहता हूँ",
    "मरना चाहती हूँ",
    "आत्महत्या करना चाहता",
    "आत्महत्या करना चाहती",
    "जीना नहीं चाहता",
    "जीना नहीं चाहती",
    "ik wil dood",
    "ik wil niet meer leven",
    "ik wil zelfmoord plegen",
    "ik ga zelfmoord plegen",
    "ik wil er een einde aan maken",
    "ik wil er een eind aan maken",
    "jag vill dö",
    "jag vill inte leva längre",
    "jag vill ta livet av mig",
    "jag ska ta livet av mig",
    "jeg vil dø",
    "jeg vil ikke leve mere",
    "jeg vil ikke leve lenger",
    "jeg vil tage mit eget liv",
    "jeg vil ta livet av meg",
    "jeg vil tage livet af mig",
    "хочу умереть",
    "не хочу жить",
    "покончить с собой",
    "хочу убить себя",
    "хочу покончить",
    "хочу померти",
    "не хочу жити",
    "вбити себе",
    "chcę umrzeć",
    "nie chcę żyć",
    "chcę się zabić",
    "zabiję się",
    "ölmek istiyorum",
    "intihar etmek istiyorum",
    "yaşamak istemiyorum",
    "kendimi öldüreceğim",
    "أريد أن أموت",
    "اريد ان اموت",
    "أريد الانتحار",
    "اريد الانتحار",
    "سأنتحر",
    "لا أريد أن أعيش",
    "لا اريد ان اعيش",
    "aku ingin mati",
    "aku mau mati",
    "pengen mati aja",
    "ingin bunuh diri",
    "mau bunuh diri",
    "nak bunuh diri",
    "gusto ko nang mamatay",
    "magpapakamatay ako",
    "ayoko nang mabuhay",
    "tôi muốn chết",
    "muốn tự tử",
    "tôi không muốn sống nữa",
    # Tagalog: wishing not to have woken, to die; ending one's life
    "sana hindi na ako nagising",
    "sana hindi na lang ako nagising",
    "sana mamatay na lang ako",
    "gusto ko na lang mamatay",
    "tatapusin ko na ang buhay ko",
    "magpakamatay",
    # rules-37 (after safety holdout 42's measurement): hoping not to wake, not wanting to live, hanging oneself,
    # jumping off the bridge, all the medicine taken (not "nasa tulay na ako": a commuter on a bridge; "gusto ko na
    # lang mawala", wanting to vanish, is said of embarrassment too)
    "sana di na ako magising",
    "sana hindi na ako magising",
    "sana di na ako nagising",
    "ayoko na mabuhay",
    "ayaw ko nang mabuhay",
    "magbibigti ako",
    "tatalon na ako sa tulay",
    "ininom ko lahat ng gamot",
    # rules-48 (memory holdout fresh_25, after its measurement): wanting to sleep and never wake
    "matulog at hindi na magising",
    "matulog at di na magising",
    "matulog na lang at hindi na gumising",
    # rules-53 (safety holdout 57, after its measurement): "na lang" ("only") inside the wish not to wake
    "sana hindi na lang ako magising",
    "sana di na lang ako magising",
    "sana hindi na lang ako gumising",
    # Swahili (and Sheng): wanting to die, to kill oneself, not wanting to live
    "nataka kufa",
    "ninataka kufa",
    "nataka kujiua",
    "nitajiua",
    "najiua",
    "sitaki kuishi",
    # rules-37 (after safety holdout 42's measurement): ready to die, hanging or throwing oneself, poison drunk, all
    # the pills swallowed (not "niko tayari kuruka": a parachute jump; nor rat poison bought: rats)
    "niko tayari kufa",
    "nataka kujinyonga",
    "nitajinyonga",
    "nitajirusha",
    "nimekunywa sumu",
    "nimemeza vidonge vyote",
    # Self-harm said in them: Swahili "cutting myself", Tagalog "laslas" (slashing one's wrist)
    "nikijikata",
    "najikata",
    "kujikata",
    "naglalaslas",
    "naglaslas",
    # rules-75 (safety holdouts 71/72, after their measurement): the plainest words in the first person in more
    # languages: Russian and Ukrainian in Latin letters, Greek, Hebrew, Persian in Latin letters, Arabic in Latin
    # letters and numbers, Turkish, Serbian, Croatian and Bosnian, Romanian, Czech and Slovak, Hungarian, Malay, Thai in
    # Latin letters (not the noun alone: news and essays say it)
    "khochu umeret",
    "ne khochu zhit",
    "ne khochu bolshe zhit",
    "pokonchit s soboi",
    "bez menya vsem budet legche",
    "bez menya budet legche",
    "без меня всем будет лучше",
    "без меня всем будет легче",
    "убью себя",
    "khochu pomerty",
    "ne khochu zhyty",
    "θέλω να πεθάνω",
    "να αυτοκτονήσω",
    "δεν θέλω να ζω",
    "δεν θέλω πια να ζω",
    "thelw na pethanw",
    "thelo na petheno",
    "רוצה למות",
    "רוצה להתאבד",
    "לא רוצה לחיות",
    "mikham bemiram",
    "khodamo mikosham",
    "3ayez amoot",
    "3ayza amoot",
    "bedi mout",
    "baddi mout",
    "a2tol nafsi",
    "intihar edecegim",
    "kendimi kesmek istiyorum",
    "kendimi oldurmek istiyorum",
    "hocu da umrem",
    "ne zelim da zivim",
    "ne zelim vise da zivim",
    "ne zelim vise zivjeti",
    "ubicu se",
    "vreau sa mor",
    "vreau sa ma sinucid",
    "nu mai vreau sa traiesc",
    "chci umrit",
    "chcem zomriet",
    "meg akarok halni",
    "nem akarok elni",
    "nem akarok tovabb elni",
    "tamatkan hidup aku",
    "nak tamatkan hidup",
    "mai yak mee chiwit",
]
# "我想死你了" is "I miss you to death" (想: to miss).
_WISH_TO_DIE_UNSPACED = [
    ("我想死", "(?!你|您|他|她|它|了你)"),
    ("我不想活了", ""),
    ("不想活了", ""),
    ("想自杀", ""),
    ("想自殺", ""),
    ("我要自杀", ""),
    ("我要自殺", ""),
    ("活不下去了", ""),
    ("结束自己的生命", ""),
    ("結束自己的生命", ""),
    ("死にたい", ""),
    ("消えたい", ""),
    ("自殺したい", ""),
    ("生きていたくない", ""),
    ("生きたくない", ""),
    ("죽고 싶다", ""),
    ("죽고 싶어", ""),
    ("죽고싶다", ""),
    ("죽고싶어", ""),
    ("자살하고 싶", ""),
    ("살고 싶지 않", ""),
]
_WISH_TO_DIE_ELSEWHERE = "|".join(
    [r"\b(?:" + "|".join(re.escape(normalize(w)) for w in _WISH_TO_DIE_WORDS) + r")\b"]
    + [re.escape(normalize(w)) + after for w, after in _WISH_TO_DIE_UNSPACED]
)

# A child harmed, told by a parent, a sibling or anyone close ("my ex hits our son when he has him", "my mum's boyfriend
# hurts my kids", "my daughter came back from her dad's with bruises again"): abuse told, with a child protection
# line first (in the US, Childhelp takes calls from adults worried about a child). Not play, sport or a smacked
# bottom argued over in the abstract.
CHILD_ABUSE_RULES = [
    r"\b(?:he|she|they|(?:my|mi|our) (?:(?:ex-?|step|mum'?s |mom'?s |mother'?s |dad'?s |father'?s )?(?:husband|hubby"
    r"|wife|boyfriend|bf|girlfriend|gf|partner|ex|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|uncle"
    r"|aunt|auntie|aunty|grandad|grandpa|grandma|nan|babysitter|nanny|childminder|brother|sister|cousin|tio|tia"
    r"|tío|tía|neighbou?r|teacher|coach)))(?: [\w']+){0,2}? (?:beats|hits|batters|punches|kicks|slaps|chokes"
    r"|strangles|burns|beat|hit|battered|punched|kicked|slapped|choked|strangled|burned|burnt|hurts|hurt|abuses"
    r"|abused|molests|molested|locks up|starves|whips|whipped)"
    r" (?:my|our|the|his|her|mi) (?:(?:little|baby|youngest|eldest|oldest|two|three|\d+[- ]?(?:year|yr)[- ]?old"
    r"|younger|step) )*(?:son|daughter|kids?|children|child|baby|boy|girl|stepson|stepdaughter|grandson"
    r"|granddaughter|grandkids?|grandchildren|toddler|niece|nephew|little (?:brother|sister)|baby (?:brother|sister)"
    r"|hermanit[oa]|hijos?|hijas?)\b(?!['’]s\b)"
    r"(?!.*\b(?:lol|haha|lmao|at (?:chess|cards|pool|fifa|tennis|golf|darts|scrabble|monopoly|mario ?kart)|game"
    r"|match|race|arm ?wrestl\w*|snowball|pillow|water ?balloon|tickl\w*|play\w*|ball)\b)",
    # the child as the one it was done to
    r"\b(?:my|our) (?:(?:little|baby|youngest|eldest|oldest|\d+[- ]?(?:year|yr)[- ]?old) )*(?:son|daughter|kids?"
    r"|children|child|baby|boy|girl|stepson|stepdaughter|grandson|granddaughter|toddler)(?: [\w']+){0,2}?"
    r" (?:is|are|was|were|gets?|got|keeps getting|has been|have been) (?:being )?(?:beaten|hit|hurt|abused|molested"
    r"|slapped|punched|kicked|burned|burnt|locked in|starved|whipped) (?:by|at (?:his|her|their) (?:dad|mum|mom"
    r"|father|mother)'?s)\b",
    # marks after time with someone ("my daughter came back from her dad's with bruises again")
    r"\b(?:my|our) (?:(?:little|baby|youngest|eldest|oldest) )*(?:son|daughter|kids?|children|child|boy|girl"
    r"|stepson|stepdaughter|grandson|granddaughter|toddler)(?: [\w']+){0,2}? came (?:back|home)(?: from [\w' ]{2,25}?)?"
    r" (?:with|covered in) (?:(?:more|new|fresh|big) )?(?:bruises|marks|welts|burns|a black eye|cigarette burns)\b",
]


_GATHERED = (
    r"(?:saved|saving|stockpiled?|stockpiling|hoarded|hoarding|stashed|stashing|counted|counting|been collecting"
    r"|collecting|collected|squirrell?ed away|put aside|hiding|hid|been buying"
    # (rules-103: said as spoken, "been stockpilin my pregabalin for weeks")
    r"|stockpilin|hoardin|stashin|savin|collectin)(?: up| out| away)?"
)
# Means gathered (a preparatory act), not pills counted or kept for their use: "saving up my sleeping pills", not
# "counting pills for the week's organiser" nor, rules-78 (safety holdout 75, after its measurement), "pharmacist
# life: spent all day counting pills" (the work said before)
_MEANS_GATHERED = (
    r"^(?!.*\b(?:pharmacists?|pharmacy|dispens\w*|dosages?)\b).*?"
    rf"\b{_GATHERED} (?:(?:all|enough|a lot|loads|lots|some|a month'?s worth|weeks'? worth"
    # (rules-150, safety holdout 143's miss: "hid a couple of blades inside my pencil case so i can use them")
    rf"|a couple|a few|two|three|several) (?:of )?)?{_MEANS}\b"
    r"(?!.*\b(?:pharmac\w*|chemist|doctor|for the week|organi[sz]er|dosette|prescribed"
    # (rules-150, safety holdout 145's rule-made false alarm: "collecting mums prescription on the way home, she's on
    # about nine different tablets now")
    r"|on (?:the|my) way (?:home|back)|(?:she|he|they)(?:'s| is| are|'re) on (?:about |like |around )?(?:\w+ )?"
    r"(?:different )?(?:tablets|meds|pills|medications?))\b)"
)
# What a dose is taken for, in the everyday sense.
_AILMENT = (
    r"(?:headache|migraine|pain|fever|flu|cold|cough|infection|toothache|period|cramps?|malaria|hangover|rash"
    r"|allerg(?:y|ies)|injury|sinus\w*|virus|bug|covid|back|knee|tooth|sore throat|ache\w*)"
)
_DAY = (
    r"(?:tonight|tomorrow(?: night)?|this (?:weekend|week|evening)|next week|on (?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday|new year'?s)"
)
# A will or affairs put in order for an ordinary reason (a baby, a mortgage, retirement, the nephew who shares the
# hobby): no preparation for death. Said after "my will"/"my affairs" in the ideation and plan rules alike.
# A small mishap, of the kind a parent is "going to kill me" over or a will is "written" after, in jest.
# rules-57 (safety holdout 60): or a look changed ("my umma is gonna kill me, I dyed my hair blue")
_MISHAP = (
    r"(?:dented|scratched|broke|crashed|lost|spilled|forgot|failed|ruined|burnt|burned|smashed|cracked|bumped|dyed"
    r"|bleached|shaved|pierced|tattooed)\b"
)
# A return promised after a goodbye ("see you in 2 years", "see yall next spring"; rules-125, safety holdout 113's
# false alarm, after its measurement); never a meeting after death ("see you in the next life", "in heaven").
_SEE_YOU_AGAIN = (
    r"see (?:you|ya|yall|y'all|you all|u|you guys|everyone) (?:in|next|after|again in|again next|on) "
    r"(?!(?:the )?(?:next|other|another|afterlife|hereafter|heaven|paradise|jannah|a better)\b)\w+(?: \w+)?"
)
_ORDINARY_WILL = (
    r"(?!.*\b(?:baby|kids|wedding|married|mortgage|lawyer|solicitor|just in case|house|pregnan\w*|retire\w*|grandkids"
    # (a new grandchild put in the will: "updating my will since the new grandbaby arrived"; rules-144, safety holdout
    # 130's false alarm, after its measurement)
    r"|grand(?:baby|babies|child|children|son|sons|daughter|daughters)"
    r"|only one (?:in the family |of us |of them )?who (?:hunts|shoots|fishes|rides|farms|plays|collects|sails)"
    # rules-38 (after safety holdout 43's measurement): a free session at work, the little ones provided for
    r"|union|free (?:session|workshop|will|service)|provided for|little ones|if anything (?:ever )?happens\b"
    r"|grown[- ]?up|adult(?:ing)?"
    # rules-41: before a long trip or a deployment ("written my will ... since im doing the solo trip across africa")
    r"|(?:solo|big|long|world|road|overland|motorbike|bike|cycling|sailing|climbing|hiking|backpacking) trip"
    r"|expedition|trek|deploy\w*|tour of duty"
    # rules-44: at marriage ("my father told me every man must do it when he marry")
    r"|marry|marries|marrying|marriage"
    # rules-49 (safety holdout 50, after its measurement): so the children are spared a fight over the estate
    r"|estate|inheritance|fighting over|wahala|palava"
    # rules-46 (after safety holdout 49's measurement): after a scare in the family, for peace of mind
    r"|peace of mind|(?:heart|health|cancer|covid) scare"
    # rules-147 (safety holdout 137's rule-made false alarm: "wrote my will so my royalties go to my daughter, pretty
    # standard at 40"): a will called standard at one's age
    r"|(?:pretty |just )?standard (?:at|for|when)\b|at (?:my|our) age\b"
    # rules-52 (safety holdout 56, after its measurement): the joke after a mishap ("writing my will bc mum found
    # out I dented the car 😭")
    r"|(?:found out|finds out|find out|sees|saw) (?:\w+ ){0,3}?(?:i |that i )?"
    + _MISHAP
    # rules-126 (safety holdout 114's false alarm, after its measurement): before an operation ("got my affairs in
    # order before the hip op, belt and braces like")
    + r"|(?:before|ahead of) (?:the|my|me|his|her) (?:\w+ )?(?:op|operation|surgery)|belt and braces"
    # rules-148 (safety holdout 138's false alarm: "updating my will after the divorce, bit boring but has to be
    # done"): after a divorce or a separation
    r"|divorc\w*|separation|remarri\w*))" + _EVERYDAY_REASON
)
# Where or with whom a life is lived: after "don't want to live", a move or a household, not a wish to die.
_NOT_A_HOME = (
    r"(?! (?:in|inna|at|near|by|on|there|dere|here|somewhere|anywhere|abroad|alone|together|next door|close|far"
    r"|out|upstairs|downstairs|with (?!(?:this|the|it|that|myself)\b)|wid (?!dis\b)))"
)
# When the writer was a child, and something done to them then, unnamed ("when i was little my uncle did stuff to me"):
# read as abuse, and as sexual abuse once abuse is told.
_AS_A_CHILD = (
    r"(?:when i was (?:little|young|small|wee|a kid|a child|a girl|a boy|\w+ years old|\d+)|as a (?:kid|child))"
)
_DONE_TO_ME = r"(?:did|done|used to do|would do) (?:stuff|things|something|bad things) to me"
# ... said in Portuguese, Spanish or Italian, by kin or someone near ("meu tio fazia coisas comigo", "mi tío me hacía
# cosas", "me tocaba")
_DONE_TO_ME_ROMANCE = (
    r"\b(?:meu|minha|mi|mio|mia|o|el|il|lo|un|uma?) (?:tio|tío|tia|tía|zio|zia|primo|prima|avô|avo|abuelo|nonno"
    r"|padrasto|padrastro|patrigno|pai|padre|vizinho|vecino|vicino|irmão|hermano|fratello|professor|profesor)\b"
    r"[^.!?]{0,40}?"
    r"\b(?:(?:fazia|fez|faz|hac[ií]a|hizo|hace|faceva|fece) (?:coisas|cosas|cose) (?:comigo|conmigo|a mim|a mí|con me)"
    r"|me (?:fazia|hac[ií]a|hizo|faceva) (?:coisas|cosas|cose)|me toca(?:va|ba)|me tocó|mi toccava"
    r"|abus(?:ou|ava|ó|aba) de m[ií]m?|abusava di me)\b"
)
# The people a farewell or a burden is about.
_OTHERS = (
    r"(?:everyone|everybody|they|they'?d|you|you'?d|people|the world|my (?:family|parents|kids|children|friends|"
    r"mum|mom|dad|wife|husband|partner|boyfriend|girlfriend|sister|brother)|them all|all of you|all of them)"
)
_KIN = (
    r"(?:everyone|everybody|them|him|her|(?:my )?(?:mum|mom|mother|dad|father|family|parents|sister"
    r"|brother|kids|son|daughter|wife|husband|partner|"
    r"boyfriend|girlfriend|friends|nan|gran|grandma|grandpa|best friend"
    # rules-63 (safety holdout 63, after its measurement): "tell Maw-Maw I'm sorry"
    r"|maw maw|mawmaw|mamaw|memaw|paw paw|pawpaw|papaw))"
)
_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|hands?|knuckles|ribs|chest|face|head|fingers|fingertips|"
    r"fists?|body|hair|scalp|shins?|ankles?)"
)
# Ways of hurting one's body, and what says it was deliberate.
_HARM_VERB = (
    r"(?:burn\w*|scratch\w*|scrap(?:e|ed|ing)|carv\w*|bruis\w*|cut|cuts|cutting|hit|hits|hitting|punch\w*|pinch\w*|"
    r"slam\w*|bang\w*|smash\w*|beat|beats|beating|bite|bit|biting|dig|digs|digging|dug|pull|pulled|pulling|hurt|"
    r"hurting|stab\w*|press\w*|held|hold|holding|ran|run|threw|throw|throwing|put|stub\w*)"
)
_DELIBERATE = (
    r"(?:on purpose|deliberately|until (?:it|they|i|my \w+|there (?:are|is|was|were))(?: \w+){0,2} (?:bled|bleeds?|"
    r"bleeding|blister\w*|bruis\w*|black and blue|breaks?|broke|hurts?|hurt enough|went numb|bald \w+|raw|split)|"
    r"so (?:i'?d|i could|i can|that i) feel|so (?:it|that it) hurts|so the bruises|to feel (?:something|better|pain)|"
    r"to punish (?:myself|me)|when (?:it gets too|i'?m angry (?:at|with) myself|i mess up|i hate myself)|"
    r"not (?:an|by) accident|as (?:a )?punishment)"
)
# Means asked for or bought under a cover story ("asked my mate if i could borrow his hunting rifle, said it was for a
# trip"): the story is the tell, so the hunting or camping it names does not clear it.
_COVER_STORY_MEANS = (
    r"\b(?:borrow\w*|get|got|getting|buy|bought|buying|lend|lent|use|have)\b(?: [\w']+){0,5} (?:gun|rifle|shotgun"
    r"|pistol|rope|pills|tablets|charcoal)\b.*\b(?:said|told (?:him|her|them|\w+)|saying|telling (?:him|her|them))"
    r" (?:it was|it'?s|its|it is|that it was|i needed (?:it|them)|i need (?:it|them)) for\b"
)
# A place chosen to die ("i've picked which bridge. just need my mum to have the baby on thursday"), not for a photo.
_PLACE_CHOSEN = (
    r"\b(?:i'?ve|ive|i have|i) (?:picked|chosen|chose|decided on|worked out) (?:which|the|a|my) (?:bridge|cliff|cliffs"
    r"|ledge|overpass|multi-?storey|train line|railway line|tracks)\b(?!.*\b(?:photo\w*|pic\w*|shoot|walk\w*|hik\w*"
    r"|run\w*|wedding|paint\w*|draw\w*|sketch\w*|cycl\w*|route|view|sunset|visit\w*|trip|tour|fish\w*|climb\w*)\b)"
)
# A date or day set for dying ("set a date for offing myself btw, saturday").
_DATE_SET_FOR_DEATH = rf"\b(?:set|picked|chose|chosen|got|have) (?:a|the) (?:date|day|time) (?:for|to) {_DEATH_ACT}"
# rules-51 (safety holdout 52, after its measurement): pills bought in several shops so that no pack limit is seen
# ("bought paracetamol from three different chemists on my rounds so nobody clocked it"): ideation, and a plan's means.
_PILLS_FROM_SEVERAL_SHOPS = (
    r"\b(?:bought|buying|buy|got|getting|picked up|collected|collecting)\b[^.!?]{0,30}\b(?:paracetamol|pills"
    r"|tablets|painkillers|co ?codamol|ibuprofen|aspirin|tylenol|panadol|acetaminophen)\b[^.!?]{0,30}\b(?:from|at"
    r"|in|across) (?:\w+ )?(?:different|several|three|four|five|six|multiple|a few|a couple of|two|\w?\d+\w?)"
    r" (?:different )?(?:chemists|pharmacies|shops|stores|supermarkets|places)\b"
    r"(?!.*\b(?:sold out|out of stock|shortage|none left|couldn'?t find)\b)"
)
# rules-75 (safety holdouts 71/72, after their measurement): acts told in languages and scripts the other rules do
# not read, written as normalize() leaves text (strip_accents on the pattern too: accents, and the marks of kana and
# Hangul, decomposed): this is the last message, all the pills swallowed
_ACT_OTHER_SCRIPTS = strip_accents(
    r"(?:это (?:мое |моё )?последнее сообщение|это (?:моє )?останнє повідомлення|αυτό είναι το τελευταίο μου μήνυμα"
    r"|\bauto einai to teleutaio mou mhnyma|זאת ההודעה האחרונה שלי|זו ההודעה האחרונה שלי|\bbu son mesaj[iı]m"
    r"|наглотал(?:ась|ся) таблеток|薬(?:を)?全部飲んだ|药(?:都|全)吃了|약(?:을)? (?:한 통 )?다 (?:먹었|삼켰))"
)
# rules-77 (safety holdouts 73/74, after their measurement): at the edge now, in Dutch ("ik sta nu op het dak ... ik
# ga springen"), romanised Punjabi ("nehar de kinaare khada haan. bas hun chhaal maarni baaki hai"), Romanian ("tin
# funia in mana chiar acum"): an act under way (`IMMINENT_ALONE`)
_AT_THE_EDGE_IN_OTHER_LANGUAGES = (
    r"(?:\b(?:op het dak|op de brug|op het spoor|op de rand)\b.{0,60}\bik ga springen\b"
    r"|\bnehar\b.{0,60}\bchhaal maar\w*)(?!.*\b(?:lol|haha\w*|lmao|zei (?:hij|ze)|zegt (?:hij|ze)|kehnda|kehndi)\b)"
    # (the rope with what ends: not a rope held for a tent)
    r"|\b(?:tin|am|tine) funia in mana\b(?=.*\b(?:nu mai pot|gata|se termina|adio|iertati|sa mor)\b)"
)


def _said(*phrases: str) -> str:
    """Phrases of scripts and languages as normalize() leaves text (the vowel signs of Bengali and Devanagari, the
    marks of Hangul, kana and Thai dropped), as alternatives."""
    return "(?:" + "|".join(re.escape(normalize(phrase)) for phrase in phrases) + ")"


# Thai: life has no meaning, better not to be here, not wanting to live on, the last message, soon not here
# (not "ไม่อยากอยู่แล้วที่ทำงานนี้", not wanting to stay at a job: only "really" after it)
_THAI_WISH_TO_DIE = _said(
    "อยู่ไปก็ไม่มีความหมาย",
    "ไม่อยู่แล้วจะดีกว่า",
    "ไม่อยากอยู่แล้วจริงๆ",
    "ไม่อยากมีชีวิตอยู่",
    "ข้อความสุดท้ายแล้ว",
    "ก็จะไม่อยู่แล้ว",
)


# rules-78 (safety holdouts 75/76, after their measurement): the wish, the burden, the self-harm and the plan in
# Chinese, Korean, Japanese, Arabic, Hindi, Bengali, Greek, Portuguese, Indonesian, Welsh, Tagalog and Jamaican Patois
_DESPAIR_ELSEWHERE = "|".join(
    (
        # "end it all" (一了百了), "end all this", self-harm and wrist-cutting; not a bargain "at a
        # jump-off-the-building price" (跳楼价) nor swiping the phone (划手机)
        _said("一了百了", "结束这一切", "結束這一切", "自残", "自殘", "割腕", "划手臂", "劃手臂", "烧炭", "燒炭"),
        _said("跳楼", "跳樓") + "(?!" + _said("价", "價", "大甩卖", "大拍卖", "甩卖") + ")",
        # Korean: the urge to self-harm, no reason to live, the last message, letters left for the family
        _said(
            "자해하고 싶",
            "자해 충동",
            "자해하고싶",
            "살아야 할 이유를 모르겠",
            "살 이유가 없",
            "내 마지막 메시지",
            "이게 마지막 메시지",
            "남길 편지",
        ),
        # Japanese: ending it all, the pills ready
        _said("全部終わりにする", "人生を終わりに") + ".{0,40}" + _said("薬", "もう決めた", "決めた"),
        # Arabic: ending my life, not seeing myself alive, a farewell letter to the world
        _said(
            "أنهي حياتي",
            "انهي حياتي",
            "بنهي حياتي",
            "هنهي حياتي",
            "حنهي حياتي",
            "مش شايف نفسي عايش",
            "ما ابي اعيش",
            "ما أبي أعيش",
        ),
        _said("رسالة وداع") + ".{0,80}" + _said("الدنيا", "حياتي", "ارتحت"),
        # Hindi: rat poison in hand; Bengali: suicide, wanting to die, better gone, no one can stop me
        _said("चूहे मारने की दवा") + ".{0,60}" + _said("पी", "खा"),
        _said("আত্মহত্যা করব", "আত্মহত্যা করতে চাই", "মরে যেতে চাই", "আমি না থাকলে সবার", "চলে যাওয়াই ভালো", "কেউ আটকাতে পারবে না"),
        # Greek: pills gathered for when the time comes
        _said("μαζέψει", "μαζεψει", "μάζεψα", "μαζευω") + ".{0,30}" + _said("χάπια"),
        # Portuguese "vou pular do prédio"; Indonesian "ini pesan terakhirku"; Welsh "dyma'r neges olaf", "hwyl fawr
        # am byth"; Tagalog "malapit na akong mawala"; Patois "mi nah need dem after dis week"
        r"\bvou (?:me )?(?:pular|me jogar|jogar-me) d[oa] (?:predio|ponte|viaduto|janela|telhado|\d+\w* andar)\b",
        r"\bini pesan terakhir(?:ku| aku| saya| gue| gw)?\b",
        _said("dyma'r neges olaf", "dyma fy neges olaf", "hwyl fawr am byth"),
        r"\bmalapit na (?:rin |din )?(?:naman )?(?:akong|ako) (?:mawala|mamatay)\b",
        r"\b(?:mi|me) (?:nah|nuh|naa|nah go) need (?:dem|it|nutten|nothing) (?:after|again|no more|anymore)\b",
    )
)


# ... and the act under way (`IMMINENT_ALONE`): sleeping pills just swallowed (Cantonese, Mandarin), on the bridge by
# the railing (Korean), on the roof to jump (Greek, Italian), on the tracks with the train coming (Sheng)
_ACT_UNDER_WAY_ELSEWHERE = "|".join(
    (
        _said("食咗", "吃了", "吞了", "吃咗") + ".{0,8}" + _said("安眠藥", "安眠药"),
        _said("다리 위") + ".{0,40}" + _said("난간", "뛰어내"),
        _said("ταράτσα") + ".{0,80}" + _said("να πηδήξω", "θα πηδήξω"),
        r"\b(?:sono )?sul tetto\b.{0,80}\b(?:basta un passo|finisce tutto|buttarmi|saltare giu)\b",
        r"\b(?:niko|nipo) (?:kwa|kwenye) reli\b.{0,60}\b(?:train|treni) (?:inakuja|inafika|ikifika)\b",
    )
)


# "sab khatam kar dunga" (I'll finish it all) is also work or a meal finished: not with those said
_NOT_WORK_FINISHED = (
    r"^(?!.*\b(?:kaam|project|assignment|homework|padhai|syllabus|khana|episode|season|series|chapters?|files?"
    r"|report|notes|tasks?|kapde|safai|revision|exam|paper|drama|serial)\b)"
)
# ... and in Devanagari ("सब खत्म कर दूँगा" with the work, the studies or the meal said)
_NOT_WORK_FINISHED_DEVANAGARI = "^(?!.*" + _said("काम", "प्रोजेक्ट", "पढ़ाई", "खाना", "होमवर्क") + ").*?"
# rules-80 (safety holdouts 77/78, after their measurement): the wish to die, the burden and the thoughts in
# Vietnamese, Persian, Urdu and Hindi, Hebrew, Thai, Amharic and Spanish, said as their writers say it
_DESPAIR_MORE_LANGUAGES = "|".join(
    (
        # Vietnamese: wishing to die, not wanting to live on, tired of life, suicide meant; not "đói muốn chết"
        # (hungry to death): only with the one who wishes it
        _said("mình", "tôi", "em", "tao", "tớ", "ước gì", "ước")
        + " "
        + _said("muốn chết", "chết quách", "chết đi cho xong"),
        _said("không muốn sống nữa", "chẳng muốn sống nữa", "chán sống", "muốn tự tử", "định tự tử", "muốn tự sát"),
        # Persian: wanting to die, never waking again, killing oneself, not wanting to be alive
        _said(
            "میخوام بمیرم",
            "می‌خوام بمیرم",
            "می خوام بمیرم",
            "میخواهم بمیرم",
            "می‌خواهم بمیرم",
            "کاش بمیرم",
            "کاش مرده بودم",
        ),
        _said("کاش") + ".{0,40}" + _said("بیدار نشم", "بیدار نشوم"),
        _said(
            "خودکشی کنم", "خودمو بکشم", "خودم را بکشم", "نمیخوام زنده باشم", "نمی‌خوام زنده باشم", "نمی خوام زنده باشم"
        ),
        # Urdu and Hindi: a burden, everyone better off without me, not wanting to live, ending it all
        _said("بوجھ ہوں", "میرے نہ ہونے سے", "میں نہ رہوں تو", "جینا نہیں چاہتا", "جینا نہیں چاہتی", "خودکشی کر لوں"),
        _said("बोझ हूँ", "बोझ हूं", "मेरे न होने से", "मेरे ना होने से", "नहीं जीना", "जीना नहीं चाहता", "जीना नहीं चाहती"),
        _NOT_WORK_FINISHED_DEVANAGARI
        + _said("सब खत्म कर दूँगा", "सब खत्म कर दूंगा", "सब खत्म कर दूँगी", "सब खत्म कर दूंगी", "आत्महत्या कर लूँगा"),
        r"\b(?:bas |sirf )?bojh (?:hoon|hun|hu|hoo)\b|\b(?:main|mein|mai) na (?:rahoon|rahun|rahu|rahoo) (?:to|toh)\b"
        r"|\bmere na hone se\b|\b(?:ab |aur )*(?<!mein )(?<!\bme )(?<!yahan )(?<!yaha )(?<!wahan )(?<!shehar )nahi?n?"
        r" jeena\b(?! (?:yahan|yaha|is shehar|iss shehar|wahan|ese|aise|is tarah))"
        r"|" + _NOT_WORK_FINISHED + r".*?\bsab khatam kar (?:dunga|dungi|doonga|doongi)\b",
        # Hebrew: a burden on everyone, better off without me, wanting to kill oneself, not wanting to live
        _said(
            "נטל על כולם",
            "נטל על המשפחה",
            "יותר טוב בלעדיי",
            "טוב יותר בלעדיי",
            "להתאבד",
            "לא רוצה לחיות",
            "לא רוצה לחיות יותר",
        ),
        # Thai: wanting to die, thinking of killing oneself; not "อายจนอยากตาย" (so embarrassed I could die)
        "(?<!" + _said("อายจน") + ")" + _said("อยากตาย", "อยากฆ่าตัวตาย", "คิดจะฆ่าตัวตาย", "จะฆ่าตัวตาย"),
        # Amharic: I will destroy myself, I want to die, I do not want to live
        _said("ራሴን አጠፋለሁ", "ራሴን ላጠፋ", "ራሴን ማጥፋት", "መሞት እፈልጋለሁ", "መኖር አልፈልግም"),
        # Spanish: thinking of no longer being here; the urge to hurt oneself said with its strength
        r"\b(?:pienso|pensando|pense|penso|pensar)(?: mucho| tanto| cada vez mas)? en (?:ya no estar|no estar mas"
        r"|desaparecer para siempre|quitarme la vida|morirme)\b"
        r"|\bganas (?:\w+ ){1,2}de (?:volver a )?(?:cortarme|lastimarme|hacerme dano)\b",
        # English: not knowing what one is still here for ("dont know what im still hangin around for"); not a bus
        r"\b(?:don'?t|dont|do not|dunno) know what (?:i'?m|im|i am) (?:even )?still (?:hanging|hangin|sticking|stickin"
        r"|here|around)(?: around)? for\b(?!.*\b(?:bus|train|party|office|queue|line|shop|meeting|shift|pub|club)\b)",
    )
)
# ... the act under way: sleeping pills or all the pills swallowed (Bengali, Persian, Vietnamese), on the roof to jump
# (Hebrew), ending it all tonight (Hindi, and Hindi or Urdu in Latin letters)
_ACT_UNDER_WAY_MORE = "|".join(
    (
        _said("ঘুমের ওষুধ", "সব ওষুধ", "অনেকগুলো") + ".{0,30}" + _said("খেয়ে ফেলেছি", "খেয়েছি"),
        _said("همه قرصامو خوردم", "همه ی قرص هامو خوردم", "همه قرص هامو خوردم", "قرص هامو خوردم", "همه قرصا رو خوردم"),
        _said("uống hết", "uống cả") + ".{0,12}" + _said("thuốc"),
        _said("על הגג", "על הגשר") + ".{0,60}" + _said("אני קופצת", "אני קופץ"),
        _NOT_WORK_FINISHED_DEVANAGARI + _said("आज रात") + ".{0,20}" + _said("सब खत्म"),
        _NOT_WORK_FINISHED + r".*?\baaj raat\b.{0,20}\bsab khatam kar (?:dunga|dungi|doonga|doongi)\b",
    )
)
# ... and the way chosen: the fan and a rope (Urdu, Hindi)
_METHOD_CHOSEN_MORE = "|".join(
    (
        _said("پنکھے") + ".{0,20}" + _said("رسی"),
        _said("पंखे") + ".{0,20}" + _said("रस्सी"),
        r"\bpankhe (?:se|aur|or|and) (?:latak\w*|rassi|rasi|phanda|phanda)\b",
    )
)

# rules-81 (memory holdout fresh_83's leaks, after its measurement): self-harm back and hidden ("back on the old habit
# again. long sleeves in summer lol. mum thinks im just always cold"; not sunburn, a rash, mosquitoes or modest dress)
_HIDDEN_UNDER_SLEEVES = (
    r"^(?=.*\b(?:again|old habit|back on (?:it|the)|relaps\w*|hide|hiding|cover (?:it|them) up|so no ?one sees"
    r"|so nobody sees)\b)(?!.*\b(?:sun\w*|eczema|psoriasis|rash|mosquito\w*|modest\w*|hijab|abaya|uniform"
    r"|religio\w*|allerg\w*|tattoo\w*|aircon|air con|office|freezing"
    # (nor self-harm long past: "clean 4 years now but the scars still make me wear long sleeves in summer")
    r"|used to|years ago|recovered|recovery|clean (?:for )?\d+|\d+ (?:years?|yrs?|months?) clean|clean \d+)\b)"
    r".*\blong sleeves?\b[^.!?]{0,30}\b(?:in|during|all) (?:the |this )?(?:summer|heat|heatwave|\d+ ?degrees)\b"
)
# ... and means bought, then said not to be for what they are for ("bought the rope today lol. not for camping")
_MEANS_NOT_FOR = (
    # (not when what it is for is said too: "bought a rope for the tent, not for climbing")
    r"^(?!.*(?<!not )\bfor (?:the |a |my |our )?(?:tent|camping|climbing|garden|boat|hunting|fishing|farm|shed|swing"
    r"|dog|project|move|washing|clothes ?line|hammock|gym|work)\b).*?"
    r"\b(?:bought|buying|got|picked up|ordered)\b[^.!?]{0,25}\b(?:rope|pills|tablets|gun|rifle|blades?|razors?"
    r"|charcoal)\b.{0,40}?\bnot (?:for|to use for) (?:camping|the tent|climbing|work|the garden|the boat|hunting"
    r"|fishing|the farm|a project|the shed|moving|a swing|the dog)\b"
)

# A scene in a film, a drama, a novel, a game or the news, in Chinese: the rooftop rules (rules-82, rules-86) read no
# act under way in it
_A_SCENE_CHINESE = _said("电影", "電影", "剧", "劇", "小说", "小說", "游戏", "遊戲", "新闻", "新聞", "那一幕")

# rules-82 (safety holdouts 79/80, after their measurement): the wish to die, the thoughts, the burden and being gone
# soon in Welsh, Egyptian, Levantine and Maghrebi Arabic (and Arabizi), Korean, Greek, Bengali, Mandarin, Cantonese,
# Tamil, Malay and Indonesian, said as their writers say it
_DESPAIR_FURTHER_LANGUAGES = "|".join(
    (
        # Welsh: wanting to die, thinking of dying all the time
        r"\b(?:dwi|dw i|rwy|rydw i|dwi'n|rwy'n|dw i'n|rydw i'n) (?:isio|eisiau|moyn|meddwl am) (?:marw|farw)\b",
        # Egyptian and Levantine Arabic: wanting to die, sleeping and never waking, not wanting to live; a burden on
        # the family, their life easier without me (also in Arabizi); Maghrebi: nothing left to live for
        _said(
            "نفسي أموت",
            "عايز أموت",
            "عايزة أموت",
            "بدي موت",
            "مش عايز أعيش",
            "مش عايزة أعيش",
            "ما بقا عندي علاش نعيش",
            "ما بقاش عندي علاش نعيش",
            "ماعنديش علاش نعيش",
            "أنا عبء",
            "انا بس عبء",
        ),
        # (not sleeping in: "عايز أنام وما أصحاش غير الضهر", not waking till noon)
        _said("وما أصحاش", "وماصحاش") + "(?!.{0,8}" + _said("غير", "الا", "إلا", "قبل", "لحد", "لغاية") + ")",
        r"\bana (?:bas |bs |kteer |ktir )?(?:3|e)eb(?:2|a)\b",  # ("3eb2" as normalize leaves it: "eeb2")
        # Korean: not knowing why one should live, gone soon anyway
        # (not away soon: a trip, a holiday, a move, study abroad, the army)
        _said("살아야 하는 이유를 모르겠", "살아야 하는지 모르겠")
        + "|^(?!.*"
        + _said("출장", "여행", "휴가", "이사", "유학", "군대", "입대")
        + ").*?"
        + _said("나 곧 없을 거", "곧 없을 거니까", "곧 사라질 거니까"),
        # Greek: tired of trying to live, cannot bear to live any more, soon not to exist
        _said(
            "βαρέθηκα να προσπαθώ να ζω",
            "βαρέθηκα να ζω",
            "κουράστηκα να ζω",
            "δεν αντέχω άλλο να ζω",
            "δεν αντέχω να ζω",
            "δεν θα υπάρχω",
            "δε θα υπάρχω",
        ),
        # Bengali: only a burden to everyone; if I were not here they would have peace
        # (not "বোঝাপড়া", an understanding)
        _said("আমি")
        + ".{0,40}"
        + _said("একটা বোঝা")
        + "(?! ?"
        + _said("পড়া")
        + ")"
        + "|"
        + _said("আমি না থাকলে")
        + ".{0,40}"
        + _said("শান্তি", "ভালো থাকবে"),
        # Mandarin and Cantonese: not wanting to live on; if I were gone it would not be so hard
        # (not living in the past or as others expect: "不想再活在过去", "不想再活成别人期待的样子")
        _said("不想再活", "唔想再活")
        + "(?!在|成|得|喺)"
        + "|"
        + _said("唔想生存", "如果我唔喺度咗", "我唔喺度咗")
        + "|"
        + _said("好想死")
        + "(?!你|您|了你)",
        # Tamil: should I just end it all, wanting to die
        _said("எல்லாத்தையும் முடிச்சுக்க", "சாகணும் போல", "செத்துப் போகணும் போல", "செத்துப் போயிடணும்"),
        # Malay and Indonesian: wanting to die, I will not be here any more ("besok aku udah nggak ada")
        # (not away from a place: "besok aku udah nggak ada di kantor")
        r"\b(?:saya|aku) nak mati\b|(?:\b(?:aku|saya|gue|gw) (?:takkan|tak akan|tidak akan) ada lagi"
        r"|\b(?:besok|nanti|sebentar lagi|bentar lagi) (?:aku|gue|gw|saya) (?:udah|sudah|dah) (?:nggak|gak|ga|tidak"
        r"|tak) ada)\b(?! (?:di|disini|dirumah|ke|buat|untuk|utk|dlm|dalam|kat|sini)\b)",
        # Ukrainian: wanting to die, not wanting to live
        _said("хочу вмерти", "хочу померти", "не хочу жити", "не хочу більше жити"),
    )
)
# ... the act under way (`IMMINENT_ALONE`): pills swallowed (Angolan Portuguese, Czech, Levantine Arabic), a knife held
# that cannot be put down (Egyptian Arabic), the whole bottle in hand (Korean), on the roof looking down (Chinese),
# tonight it all ends (Bengali), a farewell with being gone (Korean, Greek, Indonesian)
_ACT_UNDER_WAY_FURTHER = "|".join(
    (
        r"\bengoli (?:bue de|todos os|muitos|uma caixa de|a caixa de|um frasco de|o frasco de|uma cartela de|varios)"
        r" (?:\w+ )?(?:comprimidos|remedios|pilulas|calmantes)\b",
        r"\bspolkl[ai]? jsem (?:vsechny|celou krabicku|celou platicku|spoustu|hrst) (?:\w+ )?"
        r"(?:prasky|prasku|tablety|tablet|leky|leku)\b",
        # (not a course of treatment finished: the doctor, the treatment, antibiotics, vitamins)
        "^(?!.*"
        + _said("الدكتور", "الدكتورة", "العلاج", "المضاد", "كورس", "الكورس", "فيتامين", "الفيتامين", "الطبيب")
        + ").*?(?:"
        + _said("شربت", "بلعت", "أخذت", "اخذت", "خذيت")
        + ") "
        + _said("كل حبوب", "كل الحبوب"),
        _said("السكينة في إيدي", "السكينة في ايدي", "سكينة في إيدي")
        + ".{0,60}"
        + _said("مش قادر أسيب", "مش قادرة أسيب", "مش قادر أكمل", "مش قادرة أكمل"),
        _said("약 한 통", "약 한통") + ".{0,40}" + _said("다 먹으면 끝", "다 삼켰"),
        # (not a scene in a film, a drama, a game or the news)
        "^(?!.*"
        + _A_SCENE_CHINESE
        + ").*?"
        + _said("頂樓", "顶楼", "天台")
        + ".{0,60}"
        + _said("不想再回去", "不想回去了", "跳下去", "跳下來", "跳下来", "沒那麼可怕", "没那么可怕"),
        # (not work, studies or cooking finished tonight)
        "^(?!.*"
        + _said("কাজ", "পড়া", "প্রজেক্ট", "হোমওয়ার্ক", "রান্না")
        + ").*?"
        + _said("আজ রাতে", "আজ রাতেই")
        + ".{0,20}"
        + _said("সব শেষ করে দেব", "সব শেষ করে দিব"),
        _said("마지막 인사") + ".{0,40}" + _said("내가 없어도", "나 없어도"),
        _said("αντίο")
        + ".{0,40}"
        + _said("δεν αντέχω άλλο να ζω", "δεν αντέχω να ζω", "δεν θα με ξαναδείς", "δεν θα μου ξαναμιλήσεις"),
        # (not the last time one chats with someone: "ini terakhir kali aku chat sama dia")
        r"\bini (?:yang )?terakhir kali (?:aku|gue|gw|saya) (?:chat|ngechat|kirim pesan)\b"
        r"(?! ?(?:sama|dengan|dgn|ama|dia|kamu|lo|lu|ke|di)\b)",
    )
)
# ... and the plan: a date set to end it all (Turkish), the way and the dose looked up (Mandarin), a rope bought and
# hidden (Maghrebi Arabic), blades hidden for cutting tomorrow (Cantonese)
_PLAN_FURTHER_LANGUAGES = "|".join(
    (
        r"\bher seyi bitirecegim\b.{0,80}\b(?:tarihi? (?:koydum|belirledim|sectim)|kimse ugrasmasin|veda)"
        r"|\btarihi? (?:koydum|belirledim|sectim)\b.{0,80}\bher seyi bitirecegim\b",
        _said("想好用什么方法", "想好用什麼方法") + ".{0,30}" + _said("多少量", "家里没人", "家裡沒人"),
        _said("شريت الحبل", "شريت حبل") + ".{0,40}" + _said("خبيتو", "خبيتها", "علاش نعيش"),
        "(?:" + _said("想", "又", "就", "要", "去", "忍唔住") + ")" + _said("𠝹手", "界手", "割手") + "(?!指)",
    )
)
# Someone of the writer's reported in Hinglish, where the words said follow the saying ("mera bhai kal bola 'jeene ka
# mann nahi karta'", "meri roommate bol rahi thi ki ..."): read by `_OTHERS_SAID_ELSEWHERE` and `SOMEONE_AT_RISK_RULES`
_HINGLISH_THEY_SAID = (
    r"\b(?:mera|meri|mere|hamara|hamari)(?: [\w']+){1,8}? (?:bola|boli|bole|bolta hai|bolti hai|bol raha tha"
    r"|bol rahi thi|bol rahe the|keh raha tha|keh rahi thi|kehta hai|kehti hai|kaha|keh raha hai|keh rahi hai"
    r"|bol raha hai|bol rahi hai)(?: (?:ki|k|ke))?"
)
# ... and in Vietnamese, as normalize leaves it ("no bao", "ban em noi la": he says, my friend says that), for
# `_OTHERS_SAID_ELSEWHERE` and `SOMEONE_AT_RISK_RULES` (rules-109)
_VIETNAMESE_THEY_SAID = (
    r"\b(?:no|ban (?:em|toi|minh|tao|than em|than toi)|anh ay|chi ay|co ay|em ay|ong ay|ba ay|thang ban|con ban)"
    r" (?:bao|noi|ke|nhan tin)(?: (?:voi )?(?:em|toi|minh|tao))?(?: la)?"
)
# Hinglish "no wish to live" ("jeene ka mann hi nahi karta"), the writer's or someone else's
_NO_WISH_TO_LIVE_HINGLISH = r"jeene ka (?:mann?|dil) (?:hi )?(?:nahi|nahin|nhi) (?:karta|karti|hota)"
# Korean kin as the subject of a saying ("동생이 ..."), for the two Korean frames of `_OTHERS_SAID_ELSEWHERE`
_KOREAN_KIN_WHO = ("동생이", "언니가", "오빠가", "누나가", "형이", "엄마가", "아빠가")
# ... and someone else's words reported, in Portuguese and Spanish ("minha amiga disse que queria sumir e nao acordar
# mais") and Japanese ("友達から「死にたい」ってLINEが来た"), for `OTHERS_CLAUSE`
_OTHERS_SAID_ELSEWHERE = (
    r"\b(?:minha|meu|mi) (?:amiga|amigo|irma|irmao|hermana|hermano|prima|primo|mae|mama|pai|papa|filha|filho|hija"
    r"|hijo|namorada|namorado|novia|novio|colega|vizinha|vizinho|vecina|vecino)(?: \w+)? (?:me )?(?:disse|falou|dijo"
    r"|conto|contou|escreveu|escribio|mandou|mando)(?: que)?"
    # (not when the writer says it of themselves too: "... e eu tambem")
    r"(?!(?: [\w']+){0,8}? (?:tambem|tambien|tb|igual)\b)(?: [\w']+){1,8}"
    r"|"
    # rules-93 (safety holdout 90, after its measurement): a friend's words reported in Japanese
    # ("友達が最近「消えたい」ってよく言うんだけど、どうしたらいい？": the friend says it, the writer asks how to help)
    + _said(
        "友達が",
        "友だちが",
        "彼氏が",
        "彼女が",
        "妹が",
        "弟が",
        "姉が",
        "兄が",
        "母が",
        "父が",
        "息子が",
        "娘が",
        "同僚が",
        # (rules-116, safety holdout 106: a junior or senior at work or school, "後輩が最近「消えたい」って言ってて")
        "後輩が",
        "先輩が",
    )
    + ".{0,30}?"
    + _said("ってよく言う", "って言う", "って言って", "と言って", "ってよく言って", "って言ってる")
    + r"|"
    + _said("友達から", "友だちから", "彼氏から", "彼女から", "妹から", "弟から", "姉から", "兄から")
    + r"\s*[^\s]{1,20}\s*"
    + _said("って")
    # rules-84 (holdouts 81/82's development rows): Hinglish, unless the writer feels it too ("mujhe bhi")
    + r"|"
    + _HINGLISH_THEY_SAID
    + r"(?!(?: [\w']+){0,10}? (?:mujhe bhi|main bhi|mera bhi|mai bhi)\b)(?: [\w']+){1,10}"
    # rules-100 (safety holdout 95, after its measurement): a friend's words reported in Korean, whatever the
    # words ("친구가 요즘 너무 힘들어 보여. 죽고 싶다는 말을 자주 해"); tried before rules-86's frame below, whose
    # gap of 20 counts the decomposed jamo normalize leaves (about seven syllables)
    + "|"
    + _said(
        "친구가",
        "여자친구가",
        "남자친구가",
        *_KOREAN_KIN_WHO,
        "동료가",
    )
    + ".{0,40}?"
    # (and "다고 하는데": rules-132, safety holdout 120's false alarm "친구가 요즘 자꾸 죽고 싶다고 하는데 어떻게
    # 해야 돼?")
    + _said(
        "다는 말을",
        "다는 말",
        "다고 해",
        "다고 했",
        "다고 자주",
        "다고 말",
        "다고 하는데",
        "다고 하던데",
        "다고 하더라",
    )
    # rules-86 (safety holdout 84): Korean, a friend or kin who often says the words ("친구가 요즘 죽고 싶다는 말을
    # 자주 해"), unless the writer says them too ("나도")
    + "|"
    + _said(
        "친구가",
        "친구는",
        *_KOREAN_KIN_WHO,
        "남친이",
        "여친이",
        "딸이",
        "아들이",
    )
    + r"(?:(?! ?"
    + _said("나도")
    + r")[^\n]){0,20}?"
    + _said("죽고 싶다는 말", "죽고싶다는 말", "죽고 싶대", "죽고싶대", "죽고 싶다고 했", "죽고 싶다고 해")
    # rules-109 (safety holdout 100, after its measurement): a friend's words reported in Vietnamese ("em lo cho ban
    # em qua, no bao dao nay khong muon song nua"), unless the writer feels it too ("em cung")
    + r"|"
    + _VIETNAMESE_THEY_SAID
    + r"(?!(?: [\w']+){0,8}? (?:em|toi|minh|tao) cung\b)(?: [\w']+){1,8}"
    # rules-132 (safety holdout 120, after its measurement): a friend's or sibling's words reported in Amharic ("ጓደኛዬ
    # መኖር አልፈልግም እያለች ነው": my friend keeps saying she doesn't want to live)
    + "|"
    + _said("ጓደኛዬ", "እህቴ", "ወንድሜ", "ልጄ")
    + ".{0,40}?"
    + _said("እያለች ነው", "እያለ ነው", "ትላለች", "ይላል")
)

# rules-83 (memory holdouts fresh_84/85's leaks, after their measurement): a day decided ("I've decided the 12th is the
# day. Haven't told anyone obviously. I've written letters for my sister and my dad"): a sign of a plan, which takes
# two (the letters are another) or a thought of dying; not a wedding, a move or a first day
_A_DAY_DECIDED = (
    r"^(?!.*\b(?:wedding|party|move|moving|launch|surgery|op|interview|exam|birth|induction|due|quit|quitting|start"
    r"|starting|propose|proposal|reveal|announce|celebrat\w*|trip|flight|holiday|marathon|race|date night)\b).*?"
    # ("the 12th" as normalize leaves it: "the i2th")
    r"\b(?:decided|picked|chosen|chose|settled on)(?: that)? (?:the \w{1,2}(?:st|nd|rd|th)|(?:this |next )?(?:mon"
    r"|tues|wednes|thurs|fri|satur|sun)day|tomorrow|my birthday) (?:is|will be|as) the day\b"
    r"(?! (?:i|we|to|for|of|that|when|my|our|she|he|they|you|it)\b)"
)
# ... and everything given away with thanks for everything, in Patois and in English ("mi give weh all mi tings dem to
# mi likkle cousins today. tell everybody mi seh tanks fi everyting")
_GIVEN_AWAY_WITH_THANKS = (
    # (not before a move, a trip or a clear-out: "gave away all my stuff before moving to Canada, thanks for
    # everything")
    r"^(?!.*\b(?:mov\w*|emigrat\w*|relocat\w*|abroad|overseas|new (?:flat|house|place|job|city|country)"
    r"|declutter\w*|clear(?:ed|ing)? out|charity|travel\w*|trip|flight|leaving for|uni|college)\b).*?"
    r"(?:\b(?:give|gave|giv|giving|a give) (?:weh|away) (?:all|everyting|everything)(?: (?:of )?(?:mi|my|me))?"
    r"(?: (?:tings|things|stuff|clothes)(?: dem)?)?\b.{0,160}?\b(?:tanks|thanks|tank) (?:fi|for) (?:everyting"
    r"|everything)\b|\b(?:tanks|thanks|tank) (?:fi|for) (?:everyting|everything)\b.{0,160}?\b(?:give|gave|giv"
    r"|giving|a give) (?:weh|away) (?:all|everyting|everything)\b)"
)

# rules-84 (safety holdouts 81/82, after their measurement): the wish to die and the thoughts in Spanish, Hinglish and
# Hindi, Hausa, Persian, Serbian and Croatian, Slovak and Czech, said as their writers say it
_DESPAIR_RULES_84 = "|".join(
    (
        # Spanish: tired of living (not of living somewhere or with someone: "cansada de vivir en el centro"), to
        # sleep and not wake (not until Monday), no sense in living on, leaving this world or this life
        r"\b(?:cansad[oa]|hart[oa]) de (?:vivir|la vida|existir|seguir viviendo|estar viv[oa])\b(?! (?:en|con|aqui"
        r"|aca|alli|alla|lejos|cerca|de alquiler|del? \w+ (?:al|en) )\b)",
        r"\b(?:dormir(?:me)?|durmiera|me duerma) y (?:ya )?no (?:despertar(?:me)?|despertara|despierte"
        r"|volver a despertar)\b(?! (?:hasta|temprano|antes|tarde)\b)",
        r"\b(?:no|ya no) (?:le )?(?:veo|encuentro|tiene) (?:ningun )?sentido (?:a |de )?(?:seguir viviendo|vivir"
        r"|la vida|seguir viv[oa]|seguir aqui|existir|estar viv[oa])\b",
        r"\b(?:irme|me voy(?: a ir)?|me ire|marcharme|me vaya) de (?:este mundo|esta vida)\b",
        # Hinglish and Hindi: no wish to live, better to die in my sleep, wanting to end it all and myself too
        # (not the work, the studies or the meal finished)
        r"\b" + _NO_WISH_TO_LIVE_HINGLISH + r"\b",
        r"\bmar (?:jaun|jau|jaaun|jaoon|jaon|jaaon)\b.{0,15}\b(?:achha|acha|accha|achchha|behtar)\b",
        _NOT_WORK_FINISHED + r".*?\b(?:lagta hai|mann? karta hai|dil karta hai)\b.{0,20}\bsab khatam kar (?:doon|dun"
        r"|du|diya jaye)\b",
        _said("जीने का मन नहीं", "मर जाऊं तो अच्छा", "मर जाऊँ तो अच्छा")
        + "|"
        + _NOT_WORK_FINISHED_DEVANAGARI
        + _said("मन करता है")
        + ".{0,30}"
        + _said("सब खत्म कर दूं", "सब खत्म कर दूँ", "खुद को खत्म"),
        # Hausa: hoping to die and rest, not wanting to live
        r"\bina (?:fatan|so) (?:in|na) mutu\b|\bba (?:na|ni) son (?:in )?rayuwa\b|\bban son rayuwa\b",
        # Persian: being alive is of no use, not wanting to be alive any more
        _said(
            "زنده بودنم هیچ فایده",
            "زنده بودنم فایده‌ای نداره",
            "زنده بودنم فایده ای نداره",
            "نمی‌خوام زنده باشم",
            "نمیخوام زنده باشم",
        ),
        # Serbian and Croatian: to take my own life, to kill myself; Slovak and Czech: to hang myself, to kill
        # myself, not wanting to live
        r"\b(?:sebi oduzm\w*|oduzm\w* sebi|oduzeti sebi) zivot\b|\bda se ubijem\b|\bubit cu se\b"
        r"|\b(?:sa|se) obes(?:im|it)\b|\bobes(?:im|it) (?:sa|se)\b|\b(?:zabijem|zabiju) (?:sa|se)\b"
        r"|\b(?:chcem|chci) sa zabit\b|\b(?:chci|chcem) se zabit\b|\b(?:nechcem|nechci) (?:uz )?(?:dalej |dal )?zit\b",
    )
)
# ... the plan: farewell letters for the children or asking forgiveness (not a farewell at work, a move or a trip), a
# day-and-means in Persian, a rope bought in Slovak, debts settled for after one's death in Hebrew
_PLAN_RULES_84 = "|".join(
    (
        r"^(?!.*\b(?:trabajo|jefe|jefa|empresa|companer[oa]s|oficina|renuncia|jubila\w*|mudanza|me mudo|viaje|viajo"
        r"|intercambio|colegio|escuela|universidad|soltera?|novela|cuento|personaje|pelicula|serie)\b).*\bcartas? de"
        r" despedida\b(?=.*\b(?:perdon|cuando me encuentren|para cuando|por que decidi|irme|ya no este|me vaya)\b)",
        _said("قرص") + ".{0,30}" + _said("تمومش می‌کنم", "تمومش میکنم", "خودمو می‌کشم", "خودمو میکشم"),
        r"\b(?:kupil|kupila|koupil|koupila)\w* (?:som |jsem )?(?:si )?(?:povraz|provaz)\b",
        _said("אחרי שאמות") + ".{0,80}" + _said("לא מתכוון להישאר", "לא מתכוונת להישאר"),
    )
)
# ... and the act under way: the pills in hand to take them all (Levantine Arabic, Hebrew), a knife in hand to make
# it stop or on a roof's edge not coming down (French), leaving this world tonight (Spanish)
_ACT_UNDER_WAY_84 = "|".join(
    (
        _said("ماسك الحبوب", "ماسكة الحبوب", "الحبوب بإيدي", "الحبوب بايدي")
        + ".{0,60}"
        + _said("آخدهم كلهم", "اخدهم كلهم", "ما بقدر أكمل", "ما بقدر كمل"),
        _said("ביד את כל הכדורים", "לבלוע את כולם עכשיו", "בלעתי את כל הכדורים"),
        r"\bj'?ai (?:le|un|mon) (?:couteau|cutter|rasoir|lame)\b.{0,30}\b(?:dans la main|en main|a la main)\b.{0,80}"
        r"\b(?:je veux que (?:ca|tout) s'?arrete|en finir|adieu|pardon)\b",
        r"^(?!.*\b(?:photos?|vue|coucher de soleil|reparer|antenne|tuiles|couvreur|chantier|apero)\b).*"
        r"\b(?:sur le toit|au bord du toit|sur le pont)\b.{0,80}\b(?:dans le vide|au bord)\b.{0,80}"
        r"\b(?:pas l'?intention de redescendre|je vais sauter|je saute|adieu)\b",
        r"\besta noche (?:me voy de este mundo|me mato|termino con todo)\b|\b(?:me voy de este mundo|me mato) esta"
        r" noche\b",
    )
)

# rules-85 (safety holdout 83, after its measurement): thoughts of ending everything (Turkish), the urge to hurt oneself
# again (Swahili), letters for when one is gone and blades readied for tonight (Hinglish, Indonesian), tired of this
# life with a farewell (Levantine Arabic)
_DESPAIR_RULES_85 = "|".join(
    (
        # (not a quarrel, a project or a relationship ended; "ı" keeps its form in normalized text)
        r"^(?!.*\b(?:proje\w*|kavga\w*|tart[iı]sma\w*|[iı]l[iı]sk[iı]\w*)\b).*\bher seye son vermek\b",
        r"\b(?:nina hamu|natamani|nataka) (?:ya |sana )?kujiumiza\b",
        # (Swahili "I have cut myself", once in `_WISH_TO_DIE_WORDS`: not peeling potatoes, in the kitchen, shaving or
        # by accident, "nimejikata kidogo nikimenya viazi")
        r"^(?!.*\b(?:viazi|vitunguu|jikoni|nikipika|nikimenya|kumenya|mboga|nyanya|bahati mbaya|karatasi|nikinyoa"
        r"|kunyoa|kazini)\b).*\bnimejikata\b",
        r"\b(?:letters?|khat|chitthi\w*)\b.{0,40}\bjab (?:main|mai) nahi (?:rahunga|rahungi|rahoonga|rahoongi)\b",
        r"\b(?:nyiapin|nyiapkan|siapin|menyiapkan) silet\b.{0,60}\b(?:nyayat|menyayat|sayat|nyilet)\b",
        _said("تعبت من هالحياة", "تعبت من هالدنيا", "زهقت من هالحياة")
        + ".{0,60}"
        + _said("ما رح تسمع مني", "باي", "سامحني", "سامحوني"),
    )
)
# ... and the act under way: a gun held and the decision made (Gulf Arabic), on a roof's edge or an overpass looking
# down with nothing more to bear (Hinglish, Tagalog), tonight I end it (Québécois), all the sleeping pills taken
# (Urdu), rat poison eaten (Bengali)
_ACT_UNDER_WAY_85 = "|".join(
    (
        _said("ماسك المسدس", "ماسكة المسدس", "المسدس بيدي", "المسدس في يدي")
        + ".{0,40}"
        + _said("قررت", "ما عاد أقدر", "ما اقدر أتحمل", "ما عاد اقدر"),
        r"\b(?:chhat|chat|terrace|bridge|pul) (?:ki|ke) (?:edge|kinare|kinaare)\b.{0,60}\b(?:bas ab aur nahi"
        r"|ab aur nahi hota|kood|koodne|jump)\b",
        r"\bnandito ako sa (?:overpass|tulay|bubong|rooftop)\b.{0,80}\b(?:ayoko na|tatalon|pagod na pagod)\b",
        r"\bc'?est (?:a|ce) soir que j'?en finis\b|\bj'?en finis (?:a|ce) soir\b",
        _said("ساری نیند کی گولیاں کھا لی", "ساری گولیاں کھا لی", "نیند کی ساری گولیاں کھا لی"),
        _said("ইঁদুর মারার বিষ খেয়ে ফেলেছি", "বিষ খেয়ে ফেলেছি"),
    )
)

# rules-86 (safety holdout 84, after its measurement): a burden the family would be better off without (Mandarin), the
# urge to cut (Thai), wanting to die (Igbo, Yoruba), gone soon anyway (Mandarin, Thai), said as their writers say it
_DESPAIR_RULES_86 = "|".join(
    (
        # (not the fear or the wish never to become one: "我不想成为孩子的累赘")
        "^(?!.*"
        + _said("不想成为", "不想成為", "不想当", "不想當", "不要成为", "怕成为", "怕成為", "不想变成", "不想變成")
        + ").*?"
        + _said("我")
        + ".{0,10}"
        + _said("累赘", "累贅")
        + "|"
        + _said("没有我", "沒有我")
        + ".{0,4}"
        + _said("他们", "他們", "大家", "你们", "你們", "家人", "家里", "家裡")
        + ".{0,8}"
        + _said("更好", "轻松", "輕鬆", "更幸福"),
        _said("อยากกรีดแขน", "อยากกรีดข้อมือ", "อยากกรีดตัวเอง", "อยากทำร้ายตัวเอง", "อยากเอามีดกรีด"),
        r"\b(?:a ?choro m (?:inwu|ka m nwuo)|a ?choghi m ibi ndu)\b|\bmo fe ku\b(?! (?:ise|aaro|ale|osan|odun)\b)"
        r"|\bmi o fe (?:wa )?laaye mo\b",
        # (not away from a move, study abroad, a new job or a trip)
        "^(?!.*"
        + _said(
            "搬家",
            "出国",
            "出國",
            "留学",
            "留學",
            "辞职",
            "辭職",
            "离职",
            "離職",
            "毕业",
            "畢業",
            "移民",
            "出差",
            "旅行",
        )
        + ").*?"
        + _said("反正", "很快", "以后", "以後", "快要", "过不了多久", "過不了多久")
        + ".{0,6}"
        + _said("不在了")
        + r"(?!\S)",
        "^(?!.*"
        + _said("ย้าย", "ต่างประเทศ", "เรียนต่อ", "ที่ทำงาน", "บริษัท", "เที่ยว")
        + ").*?"
        + _said("อีกไม่นานก็ไม่อยู่แล้ว", "อีกไม่นานก็จะไม่อยู่แล้ว", "อีกไม่นานฉันก็ไม่อยู่แล้ว", "อีกไม่นานเราก็ไม่อยู่แล้ว"),
    )
)
# ... the plan: a note written and put away (Korean, Mandarin, Japanese; not a character's, nor a historic town's
# "유서 깊은"), the way decided and the jump from the building's terrace (Marathi), a last day in this world (Igbo)
_NOT_A_STORY_EAST_ASIAN = (
    "^(?!.*"
    + _said("드라마", "영화", "소설", "주인공", "캐릭터", "웹툰", "게임", "뉴스", "역사")
    + "|.*"
    + _said(
        "电影",
        "電影",
        "剧",
        "劇",
        "小说",
        "小說",
        "主角",
        "角色",
        "游戏",
        "遊戲",
        "新闻",
        "新聞",
        "小説",
        "主人公",
        "ドラマ",
        "映画",
        "漫画",
    )
    + ").*?"
)
_PLAN_RULES_86 = "|".join(
    (
        _NOT_A_STORY_EAST_ASIAN
        + _said("유서")
        + ".{0,8}"
        + _said("써놨", "써 놨", "썼어", "썼다", "다 써", "써뒀", "써 뒀", "써놓", "써 놓", "남겼"),
        _NOT_A_STORY_EAST_ASIAN
        + _said("遗书", "遺書")
        + ".{0,6}"
        + _said("写好", "寫好", "写完", "寫完", "写了", "寫了", "留好", "書いた", "書き終", "書いておいた"),
        r"\btharav(?:la|l)[ae]?y? kasa (?:kay )?sampav\w*\b"
        r"|\b(?:gacchi|gachchi|terrace|building chya gacchi|imarat|pula)\w* ?(?:var ?un|varun|varuna)\b.{0,20}"
        r"\budi (?:maarnar|marnar|maarin|marin|maarun|marun|takanar)\b",
        _said("गच्चीवरून", "इमारतीवरून", "पुलावरून") + ".{0,20}" + _said("उडी मारणार", "उडी मारेन", "उडी टाकणार"),
        r"\bubochi ikpeazu m (?:n'?uwa|na uwa|n uwa)\b",
    )
)
# ... and the act under way: the pills in hand to take them all and rest (Maghrebi Arabic), the whole box swallowed
# (Egyptian Arabic), on the roof with no will to hold on (Mandarin, in characters and in pinyin)
_ACT_UNDER_WAY_86 = "|".join(
    (
        _said("الدوا", "الدواء", "الكينة", "الحبوب", "البرشام")
        + ".{0,20}"
        + _said("فيدي", "في يدي", "في إيدي", "في ايدي", "بيدي")
        + ".{0,60}"
        + _said("نشربو كامل", "نشربهم كاملين", "نشربهم كامل", "ناكلهم كاملين", "ونرتاح", "نرتاح"),
        # (not a course of treatment finished)
        "^(?!.*"
        + _said(
            "الدكتور", "الدكتورة", "العلاج", "المضاد", "كورس", "الكورس", "فيتامين", "الفيتامين", "الطبيب", "الروشتة"
        )
        + ").*?"
        + _said(
            "خدت كل البرشام",
            "خدت البرشام كله",
            "بلعت كل البرشام",
            "بلعت البرشام كله",
            "خدت العلبة كلها",
            "بلعت العلبة كلها",
            "شربت الدوا كامل",
            "شربت الدوا كلو",
        ),
        "^(?!.*"
        + _A_SCENE_CHINESE
        + r"|.*\b(?:dian ying|you xi|xin wen|xiao shuo)\b).*?(?:"
        + _said("頂樓", "顶楼", "天台", "楼顶", "樓頂")
        + ".{0,60}"
        + _said("不想再坚持", "不想坚持了", "不想再堅持", "不想堅持了", "撑不下去了", "撐不下去了")
        + r"|\b(?:zai|zhan zai|zuo zai) (?:lou ?ding|ding ?lou|tian ?tai|qiao shang)\b.{0,80}"
        r"\b(?:bu xiang (?:zai )?(?:jian ?chi|huo|hui qu)|tiao xia ?qu|zai jian le)\b)",
    )
)

# rules-87 (safety holdout 85, after its measurement): no point going on in this world (Egyptian Arabic), finishing
# oneself off (Persian), gone soon with everything settled (Dutch; not a will made at the notary, a move or a trip)
_DESPAIR_RULES_87 = "|".join(
    (
        _said(
            "مفيش لازمة إني أكمل",
            "مفيش لازمة اني اكمل",
            "مفيش لازمة أكمل",
            "ملوش لازمة إني أعيش",
            "مفيش لازمة إني أعيش",
        ),
        # (not work finished: "کار خودمو تموم می‌کنم بعد میام", only with not bearing it any more or a farewell)
        "(?:"
        + _said("کار خودمو تموم می‌کنم", "کار خودم رو تموم می‌کنم", "کار خودم را تمام می‌کنم", "خودمو تموم می‌کنم")
        + ").{0,40}(?:"
        + _said("دیگه نمی‌کشم", "دیگه نمیکشم", "دیگه نمی‌تونم", "خداحافظ", "ببخشید")
        + ")|(?:"
        + _said("دیگه نمی‌کشم", "دیگه نمیکشم", "دیگه نمی‌تونم")
        + ").{0,40}(?:"
        + _said("کار خودمو تموم می‌کنم", "کار خودم رو تموم می‌کنم", "خودمو تموم می‌کنم")
        + ")",
        r"^(?!.*\b(?:notaris|testament|verzekering|uitvaart\w*|verhuiz\w*|verhuis|emigr\w*|vakantie|op reis|buitenland"
        r"|stage|kantoor|werk)\b).*\b(?:als|wanneer|zodra) ik er niet meer ben\b",
    )
)
# ... the plan: everything settled and written down for when one is gone (Dutch), blades bought to cut on a day when
# nobody is home (Cantonese)
_PLAN_RULES_87 = "|".join(
    (
        r"^(?!.*\b(?:notaris|testament|verzekering|uitvaart\w*|verhuiz\w*|verhuis|emigr\w*|vakantie|op reis"
        r"|buitenland)\b).*\b(?:alles geregeld|rekeningen betaald|wachtwoorden)\b.{0,120}\b(?:als|wanneer|zodra) ik er"
        r" niet meer ben\b",
        _said("刀片", "界刀", "鎅刀") + ".{0,30}" + _said("鎅手", "𠝹手", "界手", "割手", "割腕"),
    )
)
# ... and the act under way: the pills in hand and no strength to go on (Gulf Arabic), on the platform to end it with
# the next train (Japanese), on the rooftop and unable to hold on (Korean; not a drama or a film)
_ACT_UNDER_WAY_87 = "|".join(
    (
        _said("ماسك الحبوب", "ماسكة الحبوب", "الحبوب كلها بيدي", "الحبوب بيدي")
        + ".{0,60}"
        + _said("ما أقدر أكمل", "ما اقدر اكمل", "ما عاد أقدر", "ما عاد اقدر"),
        _said("次の電車で終わりにする", "次の電車で終わらせる", "電車に飛び込む", "ホームから飛び込む"),
        _NOT_A_STORY_EAST_ASIAN
        + _said("옥상")
        + ".{0,40}"
        + _said("못 버티겠", "못버티겠", "뛰어내릴", "뛰어내리려", "끝낼게", "끝내려고"),
    )
)

# rules-88 (safety holdout 86, after its measurement): taking one's own life, ending one's life, wishing never to wake
# (Spanish, Portuguese, French, Hungarian, Czech and Slovak, Latvian, Albanian, Georgian, Armenian, Levantine and Gulf
# Arabic); not a social life ended ("acabar con mi vida social"), a job left or a place ("nechci tu byt v praci")
_DESPAIR_RULES_88 = "|".join(
    (
        r"\b(?:quitarme|me quito|me voy a quitar|me quiero quitar|quitare) la vida\b",
        r"\b(?:acabar|terminar|acabo|termino) co[nm] (?:tudo |todo )?(?:co[nm] )?(?:a )?(?:mi|minha) "
        r"(?:propia |propria )?vida\b"
        r"(?! (?:social|amorosa|sentimental|laboral|academica|profissional|financeira|financiera|de)\b)",
        r"\b(?:tirar|tirei|tentar tirar) (?:a )?minha (?:propria )?vida\b",
        r"\bmettre fin a (?:mes jours|ma vie)\b|^(?!.*\b(?:boulot|travail|job|stage|contrat|demenag\w*|vacances"
        r"|examens?|partiels?|match|saison|jeu)\b).*(?:\bce soir c'est la fin pour moi\b"
        r"|\bc'est la fin pour moi\b.{0,60}\b(?:tout prepare|avant de partir|adieu)\b)",
        r"\bbarcsak (?:elutne egy (?:auto|vonat|busz|kamion)|meghalnek|ne ebrednek fel|ne lennek)\b"
        r"|\b(?:nem akarok (?:mar )?(?:tovabb )?elni|meg akarok halni)\b"
        r"|\bveget vetek (?:az eletemnek|ennek az egesznek)\b",
        r"\b(?:nechci|nechcem) (?:uz )?(?:tady |tu )?(?:byt|zit)\b(?! (?:v|ve|na|u|s|se|sam|sama|doma)\b)"
        r"|\b(?:chci umrit|chcem zomriet)\b|\b(?:kdybych|kez bych) se (?:zitra |uz )?neprobudil(?:a)?\b"
        r"|\bkeby som sa (?:zajtra |uz )?nezobudil(?:a)?\b",
        r"\bnegribu (?:vairs )?dzivot\b|\bgribu nomirt\b",
        # (not "with" someone: "nuk dua te jetoj me ate", I don't want to live with him)
        r"\bnuk dua (?:te )?(?:jetoj|rroj) me(?= *$| (?:sepse|keshtu|kaq|fare)\b)|\bdua te vdes\b",
        _said("აღარ ვიცოცხლებ", "აღარ მინდა ცხოვრება", "აღარ მინდა სიცოცხლე", "მინდა მოვკვდე"),
        _said("այլևս չեմ ապրելու", "չեմ ուզում ապրել", "ուզում եմ մեռնել", "ուզում եմ մահանալ"),
        _said("أرتاح للأبد", "نرتاح للأبد", "أرتاح للابد")
        + "|"
        + _said("أخلص من هالدنيا", "اخلص من الدنيا", "أخلص من الدنيا", "أخلص من هالحياة", "أخلص من الحياة"),
    )
)
# ... the plan: the date chosen to take one's life (Spanish, Georgian), farewell letters for when one is gone
# (Latvian), debts and papers settled for when one is no longer alive (Albanian), things given away because one will
# not live on (Armenian)
_PLAN_RULES_88 = "|".join(
    (
        r"\b(?:ya )?(?:tengo|elegi|escogi|decidi) (?:la fecha|el dia)\b.{0,100}\b(?:me quito la vida|quitarme la vida"
        r"|me mato|matarme|me voy a matar)\b",
        _said("თარიღი ავირჩიე", "თარიღიც ავირჩიე", "დღე ავირჩიე") + ".{0,80}" + _said("აღარ ვიცოცხლებ", "მოვკვდები"),
        r"\batvadu vestul\w*\b.{0,100}\bkad manis vairs nebus\b",
        r"\b(?:rregulluar|rregulloj|rregullova) (?:te )?gjitha\b.{0,140}\bkur te mos jem (?:me )?gjalle\b",
        _said("բաժանեցի", "նվիրեցի") + ".{0,120}" + _said("չեմ ապրելու", "չեմ լինի"),
    )
)
# ... and the act under way: the pills poured into the hand to swallow at once (Mandarin), on the station platform to
# jump this time (Hebrew), over a bridge's railing with no strength left (Spanish, Portuguese, French; not a photo or
# a view)
_ACT_UNDER_WAY_88 = "|".join(
    (
        _NOT_A_STORY_EAST_ASIAN
        + _said("药都倒在手里", "药倒在手里", "药全倒在手里", "药都倒在手上", "藥都倒在手裡", "藥倒在手裡")
        + ".{0,30}"
        + _said("吞下去", "吞了", "全吞"),
        _said("על הרציף", "על המסילה", "על הגשר", "על הגג") + ".{0,60}" + _said("אני קופצת", "אני קופץ"),
        r"^(?!.*\b(?:fotos?|photos?|selfie|vista|vue|view|lol|jaja\w*|kk+)\b).*\b(?:me subi|me sente|estoy|ya estoy"
        r"|subido|subida|parad[oa]|sentad[oa]|sentei|subi|je suis) (?:al|en el|en la|sobre el|sobre la|no|na"
        r"|sur le|sur la) (?:barandal|baranda|barandilla|borde del puente|parapeto|cornisa|grade|parapeito|rambarde"
        r"|parapet)\b.{0,60}\b(?:no aguanto|ya no puedo|nao aguento|j'en peux plus|adios|adeus|adieu|perdon|perdao"
        r"|pardon|saltar|pular|sauter)\b",
    )
)
# rules-89 (safety holdout 87, after its measurement): what is the point of living on, no hope and not knowing why one
# is still alive (Indonesian, Vietnamese, Persian); the urge to cut or hurt oneself (Mandarin, Levantine Arabic); the
# family better off without one, a burden (Egyptian Arabic, Korean); gone from this world soon (Turkish, Romanian)
_DESPAIR_RULES_89 = "|".join(
    (
        r"\b(?:buat|untuk) apa (?:juga )?(?:aku|gue|gw|saya) (?:terus |masih )?hidup\b",
        r"\bsong tiep cung chang đe lam gi\b|\bchang con gi đe hy vong\b.{0,40}\bsong\b",
        _said("نمیدونم چرا هنوز زنده‌ام", "نمی‌دونم چرا هنوز زنده‌ام", "نمیدونم چرا هنوز زنده ام"),
        _said("好想划自己", "想划自己", "想割自己", "好想割自己", "想自残", "好想自残"),
        # (not in the kitchen or by mistake)
        "^(?!.*"
        + _said("بالغلط", "وأنا بطبخ", "وانا بطبخ", "في المطبخ", "بالمطبخ", "بالسكينة وأنا")
        + ").*(?:"
        + _said("أجرح حالي", "اجرح حالي", "أأذي حالي", "اأذي حالي", "أجرح نفسي", "اجرح نفسي")
        + ")",
        _said("أهلي هيرتاحوا لو أنا مش موجودة", "أهلي هيرتاحوا لو أنا مش موجود", "هيرتاحوا من غيري")
        + "|"
        + _said("أنا مجرد عبء", "انا مجرد عبء", "أنا عبء عليهم", "انا عبء عليهم"),
        _said("나 없으면 가족들이", "나만 없으면")
        + ".{0,20}"
        + _said("편할 거야", "편할거야", "행복할 거야")
        + "|"
        + _said("나는 그냥 짐일 뿐", "난 그냥 짐이야", "나는 짐일 뿐"),
        r"\b(?:bu dunyadan gidince|bu dunyadan gittigimde|ben olmayınca|ben olmadıgımda)\b",
        r"\bnu mai raman mult pe lumea asta\b|\bnu mai vreau sa traiesc\b",
    )
)
# ... the plan: everything settled for when one leaves this world (Turkish), sleeping pills gathered to take at once
# (Bengali), a razor bought and hidden to cut on the weekend alone (Korean), the jump from the roof decided (Urdu), the
# day chosen to end one's life (Thai), things given away since one will not stay long in this world (Romanian)
_PLAN_RULES_89 = "|".join(
    (
        r"\b(?:her seyi hallettim|her seyi ayarladım|borclarımı kapattım)\b.{0,100}\bbu dunyadan gid\w*"
        r"|\bbu dunyadan gid\w*.{0,100}\b(?:her seyi hallettim|her seyi ayarladım)\b",
        _said("ঘুমের ওষুধ জমাচ্ছি", "ঘুমের ওষুধ জমিয়েছি") + ".{0,60}" + _said("সব খেয়ে", "একবারে"),
        _said("면도칼", "칼날") + ".{0,60}" + _said("그을 거야", "그을거야", "긋을 거야"),
        _said("چھت سے کود جاؤں گا", "چھت سے کود جاؤں گی", "چھت سے چھلانگ لگا دوں گا"),
        _said("จะจบชีวิตตัวเอง", "จบชีวิตตัวเอง"),
        r"\b(?:le am dat|am dat|i am dat)\b.{0,100}\bnu mai raman mult pe lumea asta\b",
    )
)
# ... and the act under way: at the platform's edge to jump before the next train (French), on the highest rocks to
# jump (Turkish), the whole bottle of sleeping pills held to eat at once (Cantonese), the whole box of pills in hand to
# swallow now (Gulf Arabic), the last goodbye said (Korean, Persian), the rope hung from the beam and held (Spanish)
_ACT_UNDER_WAY_89 = "|".join(
    (
        r"\b(?:au bord du quai|sur le quai|au bord des rails)\b.{0,80}\b(?:je vais sauter|sauter devant|me jeter)\b",
        r"\b(?:en yuksek yerindeyim|ucurumun kenarındayım|kayalıkların)\b.{0,60}\batlayacagım\b",
        _said("揸住成樽安眠藥", "揸住安眠藥", "拿着整瓶安眠药", "成樽安眠藥")
        + ".{0,30}"
        + _said("食晒", "吞晒", "一次過食"),
        _said("ماسك علبة الحبوب", "ماسكة علبة الحبوب", "علبة الحبوب كلها بيدي")
        + ".{0,40}"
        + _said("ببلعها", "ابلعها", "أبلعها"),
        _said("이게 마지막 인사", "마지막 인사야") + ".{0,60}" + _said("난 이제 갈게", "이제 갈게", "미안하다고 전해"),
        _said("این آخرین پیاممه", "این آخرین پیام منه") + ".{0,40}" + _said("دیگه نیستم", "خداحافظ برای همیشه"),
        r"\b(?:colgue|ate|amarre) la soga\b.{0,60}\b(?:en la mano|al cuello|ahora mismo|ya esta)\b",
    )
)
# rules-90 (safety holdout 88, after its measurement): a burden the family would be better off without (Italian,
# Turkish), why go on living (Greek), thoughts of putting an end to it all (Hebrew), the urge to cut oneself again
# (Darija), not here much longer (Bosnian, Croatian, Serbian)
_DESPAIR_RULES_90 = "|".join(
    (
        r"\b(?:sono solo un peso|sono un peso)\b.{0,60}\b(?:meglio senza di me|senza di me)\b"
        r"|\bstarebbero (?:tutti )?meglio senza di me\b",
        r"\b(?:herkese yuk oluyorum|ben olmasam)\b.{0,60}\b(?:rahat ederdi|daha iyi olurdu|mutlu olurdu)\b",
        _said("γιατί να συνεχίσω να ζω", "γιατι να συνεχισω να ζω", "δεν θέλω να ζω άλλο", "θέλω να πεθάνω"),
        _said("מחשבות לשים לכל זה סוף", "לשים לזה סוף", "לשים קץ לחיים"),
        # (Arabizi's digits as normalize leaves them: "njre7 ro7i" is "njret roti", "nqetta3" is "nqettae"; rules-92)
        r"\b(?:njerreh|nejreh|njret|nkhebet|nqettae) (?:rohi|routi|roti|nefsi)\b",
        r"\b(?:necu|neću|nећу) (?:jos|još) dugo biti (?:ovdje|ovde|tu)\b",
    )
)
# ... the plan: passwords written down and debts paid for when one is no longer here (Catalan), things given away
# since one will not be here long (Bosnian)
_PLAN_RULES_90 = "|".join(
    (
        r"\b(?:contrasenyes|deutes)\b.{0,100}\bquan ja no hi sigui\b",
        r"\b(?:podijelila|podijelio|podelila|podelio|dala|dao) sam\b.{0,100}\bnecu jos dugo biti\b",
    )
)
# ... and the act under way: all the pills in hand (Rioplatense Spanish), every tablet swallowed with wine (Italian),
# tonight it is done, everything ready (Hebrew), the last message and goodbye (Turkish, Azerbaijani)
_ACT_UNDER_WAY_90 = "|".join(
    (
        r"\b(?:tengo|tenes|tengo ya) todas las (?:pastillas|pastis|pepas) (?:aca |aqui |ahi )?en la mano\b",
        r"\b(?:ho (?:gia )?(?:mandato giu|preso|ingoiato)) tutte le (?:pastiglie|pillole|compresse)\b",
        _said("הלילה אני עושה את זה") + ".{0,60}" + _said("הכנתי הכל", "אין לי כוח", "לחיות"),
        r"\bbu (?:benim )?son mesajım\b.{0,80}\b(?:her sey bitecek|hosca kalın|elveda|affetsin)\b",
        r"\bbu (?:mənim )?son mesajımdır\b.{0,80}\b(?:əlvida|olmayacagam)\b",
    )
)

# rules-92 (safety holdout 89, after its measurement): hoping not to wake (Icelandic), if only I had died (Amharic), a
# burden better gone (Cebuano, Gujarati), no reason to go on living (isiZulu), what use is living on (Malayalam),
# thoughts of ending it all (Korean), of giving up one's life (Punjabi), wanting to hurt oneself (Egyptian Arabizi),
# not wanting to live any more (Lao), ending one's life (Tongan)
_DESPAIR_RULES_92 = "|".join(
    (
        r"\bvona (?:\w+ ){0,2}að eg vakni ekki\b|\bvildi að eg vaknaði ekki\b|\beg vil ekki lifa lengur\b",
        _said("ምነው ሞቼ", "ምነው ብሞት", "መኖር አልፈልግም", "መሞት እፈልጋለሁ"),
        r"\bpabug ?at (?:ra |lang )?(?:ko|ako)\b|\bmas maayo (?:pa )?(?:siguro )?kung wala na (?:ko|ako)\b",
        _said("બોજ બની ગયો છું", "બોજ બની ગઈ છું", "હું ના હોઉં તો જ સારું", "મરી જવું છે"),
        r"\bangiboni (?:i)?sizathu sokuqhubeka (?:nokuphila|ngokuphila)\b|\bangisafuni ukuphila\b",
        _said("ജീവിച്ചിട്ട് എന്ത് കാര്യം", "ജീവിക്കാൻ തോന്നുന്നില്ല", "മരിച്ചാൽ മതി"),
        _said("다 끝내고 싶다는 생각", "모든 걸 끝내고 싶다", "그만 살고 싶다"),
        _said("ਜਾਨ ਦੇ ਦੇਵਾਂ", "ਮਰ ਜਾਣਾ ਚਾਹੁੰਦਾ", "ਮਰ ਜਾਣਾ ਚਾਹੁੰਦੀ", "جان دے دیواں"),
        r"\b(?:nefsy|nefsi|nfsy|nifsy) (?:agrat|agrah|a2tal|amawet) (?:nafsy|nafsi|nefsy|nefsi|nfsy|routy|roty)\b",
        _said("ບໍ່ຢາກມີຊີວິດຢູ່"),
        r"\bfakangata (?:'?eku|hoku|'?a 'eku) mo'?ui\b",
    )
)
# ... the plan: a car in a closed garage (Catalan, Spanish, Portuguese, French), a day chosen for when everyone has
# left the house (Azerbaijani), sleeping pills gathered until there are enough (Odia, Romanian), the last letter
# written (Burmese), debts paid for when one is no longer here (Sesotho)
_PLAN_RULES_92 = "|".join(
    (
        r"\b(?:he decidit|ja he decidit|he decidido|ya decidi|decidi|decided|com ho fare|como lo hare|motor|engine)\b"
        r".{0,80}\b(?:garatge|garaje|garagem|garage) (?:tancat|cerrado|fechad[ao]|ferme|closed|shut)\b",
        r"\bgunu (?:secmisəm|secdim)\b.{0,60}\b(?:hamı evdən ged\w*|hec kim evdə (?:olmayanda|yox)|evdə hec kim)",
        _said("ନିଦ ଔଷଧ ଜମା", "ନିଦ ବଟିକା ଜମା") + ".{0,60}" + _said("ଯଥେଷ୍ଟ"),
        r"\bam (?:strans|adunat|strins) (?:toate )?(?:pastilele|pastile|somnifere(?:le)?)\b.{0,80}\b(?:am destule"
        r"|ajung)\b",
        _said("နောက်ဆုံးစာ ရေးထားပြီး", "နောက်ဆုံးစာ ရေးပြီး"),
        r"\b(?:ke lefile|ke hlophisitse|dikoloto)\b.{0,100}\bha ke se ke le siyo\b",
    )
)
# ... and the act under way: a knife in hand, not wanting to live (Thai), on the bridge, unable to bear it (Pashto,
# Lao), tonight a full stop to everything (Uzbek) or everything ended (Kannada), tonight one's life ended (Tongan), a
# wrist's vein cut (Marathi)
_ACT_UNDER_WAY_92 = "|".join(
    (
        _said("ถือมีดอยู่ในมือ", "มีดอยู่ในมือ") + ".{0,40}" + _said("ไม่อยากอยู่แล้ว", "ไม่อยากอยู่ต่อ", "ไม่อยากมีชีวิต"),
        _said("د پل پر سر ولاړ یم", "د پل پر سر یم") + ".{0,60}" + _said("نه شم زغملای", "نور نه"),
        _said("ຢູ່ເທິງຂົວ") + ".{0,60}" + _said("ບໍ່ຢາກມີຊີວິດ", "ບໍ່ໄຫວແລ້ວ"),
        r"\bbugun kechasi\b.{0,40}\bhammasiga nuqta qo(?:'|ʻ)?yaman\b",
        _said("ಇವತ್ತು ರಾತ್ರಿ")
        + ".{0,30}"
        + _said("ಎಲ್ಲಾ ಮುಗಿಸ್ಬಿಡ್ತೀನಿ", "ಎಲ್ಲಾ ಮುಗಿಸಿಬಿಡುತ್ತೇನೆ")
        + ".{0,60}"
        + _said("ತಡ್ಕೊಳ್ಳೋಕೆ ಆಗಲ್ಲ", "ಸಹಿಸೋಕೆ ಆಗಲ್ಲ"),
        r"\b(?:'?i )?he po ni\b.{0,30}\bfakangata (?:'?eku|hoku) mo'?ui\b",
        _said("हाताची नस कापली", "नस कापली", "मनगट कापलं"),
    )
)

# rules-93 (safety holdout 90, after its measurement): God taking one (Hinglish), a burden the family would be at ease
# without (Egyptian Arabic, French), life without meaning (Mandarin), no wish to go on living (Spanish), thoughts of
# putting an end to everything (Turkish)
_DESPAIR_RULES_93 = "|".join(
    (
        r"\bupar ?wala (?:utha|uthale|utha le|bula le) (?:mujhe|muje)\b",
        _said("بقيت عبء على أهلي", "بقيت عبء عليهم", "من غيري هيرتاحوا", "من غيري هيرتاحو"),
        r"\b(?:je suis|j'suis|chui|jsuis) un (?:poids|fardeau) pour\b"
        r"|\b(?:seraient|serait) (?:plus tranquilles?|mieux|plus heureux(?:ses)?) (?:si j'etais plus la|sans moi)\b",
        _said("活着没什么意义", "活着没意义", "活着没有意义", "不想活了", "活著沒什麼意義"),
        r"\bno (?:tengo ganas de|quiero) seguir viviendo\b"
        r"(?! (?:en|con|aqui|aca|alli|alla|de|junto|cerca|lejos|sin|solo|sola)\b)",
        r"\bher seye (?:bir )?son vermeyi (?:cok )?(?:dusunuyorum|istiyorum)\b",
    )
)
# ... the plan: knowing how and waiting for the moment (Hebrew), pills gathered until enough (Hindi), things given away
# that one will not need (Chilean Spanish), affairs settled for when one is gone (German), a box cutter hidden
# to cut again (Korean)
_PLAN_RULES_93 = "|".join(
    (
        _said("יודע בדיוק איך אני אעשה את זה", "יודעת בדיוק איך אני אעשה את זה") + ".{0,60}" + _said("מחכה לרגע"),
        _said("गोलियाँ जमा कर", "गोलियां जमा कर") + ".{0,60}" + _said("काफी हो गई", "काफ़ी हो गई", "बहुत हो गई"),
        r"^(?!.*\b(?:mudanza|me mudo|me voy a vivir|me caso|bebe|ropa vieja|me queda chic[ao]|ya no me queda)\b).*"
        r"\b(?:le |les )?regale\b.{0,100}\b(?:ya no (?:las|los|la|lo) voy a necesitar|ya no me van a servir)\b",
        r"\b(?:hab|habe) alles geregelt\b.{0,120}\bwenn ich nicht mehr da bin\b",
        # (a box cutter hidden to cut again at the weekend: Korean)
        _said("커터칼")
        + ".{0,40}"
        + _said("숨겨놨어", "그을 거야")
        + "|"
        + _said("다시 그을 거야")
        + ".{0,30}"
        + _said("커터칼"),
    )
)
# ... and the act under way: the pills in hand, counted (Spanish), all the pills before one, not wanting to go on (Gulf
# Arabic), tonight everything ends, not seeing the morning (Bengali, Urdu), forgive me and farewell, you will not hear
# from me again (Darija), goodbye, this time for real (Mandarin)
_ACT_UNDER_WAY_93 = "|".join(
    (
        r"\btengo todas las (?:pastillas|pastis|pepas) (?:aca |aqui |ahi )?en la mano\b"
        r"|\btengo las (?:pastillas|pastis|pepas) (?:aca |aqui |ahi )?en la mano\b.{0,60}\b(?:ya las conte|las conte"
        r"|no aguanto|adios|perdon|me las (?:voy a )?tom\w* todas|todas juntas|ya no puedo|ahora mismo|no se por que te"
        r" escribo)\b",
        _said("الحبوب كلها قدامي", "الحبوب كلها في يدي") + ".{0,40}" + _said("ما ابي اكمل", "ما ابغى اكمل"),
        _said("আজ রাতেই সব শেষ") + ".{0,80}" + _said("আর দেখবো না", "আর পারছি না"),
        _said("آج رات سب ختم کر دوں گا", "آج رات سب ختم کر دوں گی")
        + ".{0,60}"
        + _said("میں نہیں ہوں گا", "میں نہیں ہوں گی"),
        r"\b(?:smhli|smhouli|smhuli|bslama|beslama)\b.{0,60}\bma ghadi(?:ch|sh)? (?:tsmee|tsmaa|tsmae|tsme)"
        r" (?:menni|mni)\b(?!.{0,20}\b(?:chi|wahed|simana|saea|nhar|iyam|ayam|shhar|chhar|weekend|exam\w*)\b)",
        _said("谢谢你", "謝謝你", "对不起", "對不起") + ".{0,40}" + _said("这次是真的再见", "這次是真的再見"),
    )
)

# rules-94 (safety holdout 91, after its measurement): sleeping and not waking again (Egyptian Arabic), a burden the
# family would be better off without (Korean, Swahili, Burmese), no meaning in living (Sinhala), disappearing from
# this world (Thai, Mandarin, Turkish), the urge to hurt oneself or cut again (Persian, Bengali)
_DESPAIR_RULES_94 = "|".join(
    (
        _said("نفسي انام ومصحاش", "نفسي انام وما اصحاش", "انام ومصحاش تاني"),
        _said("내가 없어지는 게", "내가 없어지면") + ".{0,20}" + _said("편할", "나을", "행복할"),
        r"\bmimi ni mzigo\b|\b(?:wangeishi|wangekuwa) (?:vizuri|salama|na furaha)(?: zaidi)? bila mimi\b",
        _said("ငါက ဝန်ထုပ်ဝန်ပိုး") + "|" + _said("ငါမရှိတော့ရင်") + ".{0,40}" + _said("ပိုအဆင်ပြေ"),
        _said("ජීවත් වෙන්න තේරුමක් නෑ", "ජීවත් වෙලා වැඩක් නෑ"),
        _said("หายไปจากโลกนี้"),
        _said("如果我消失了", "我消失了是不是"),
        r"\bbu dunyadan gitmeyi (?:cok |hep )?(?:dusunuyorum|istiyorum)\b",
        _said("به خودم آسیب بزنم", "به خودم آسیب برسونم"),
        _said("হাত কাটতে ইচ্ছা করছে", "নিজেকে কাটতে ইচ্ছা"),
    )
)
# ... the plan: the day decided and an end that way (Korean), decided, after the feast, a last time (Levantine
# Arabizi)
_PLAN_RULES_94 = "|".join(
    (
        _said("정했어") + ".{0,60}" + _said("아무도 없") + ".{0,40}" + _said("끝낼래", "끝낼 거야", "끝내려고"),
        r"\b2arrart(?: khalas)?\b.{0,60}\bb?khalle?sa\b(?=.*\b(?:marra akhira|akher marra|a5er marra|marra a5ira)\b)",
    )
)
# ... and the act under way: a whole bottle poured into the hand (Mandarin), outside a roof's railing (Korean), on a
# bridge with only the jump left (Amharic), on a rooftop, not wanting to live (Thai), tonight ending everything
# (Khmer, Levantine Arabic), all the pills taken (Tamil) or swallowed (Romanian)
_ACT_UNDER_WAY_94 = "|".join(
    (
        _said("倒在手里", "倒在手裡") + ".{0,20}" + _said("一整瓶", "所有的药", "全部的药"),
        _said("一整瓶") + ".{0,20}" + _said("倒在手里", "倒在手裡"),
        _said("난간 밖에 서 있어", "난간 밖에 서있어"),
        _said("ድልድዩ ላይ ነኝ") + ".{0,60}" + _said("መዝለል"),
        _said("อยู่บนดาดฟ้า") + ".{0,60}" + _said("ไม่อยากอยู่แล้ว", "ไม่อยากมีชีวิต"),
        _said("យប់នេះខ្ញុំនឹងបញ្ចប់អ្វីៗទាំងអស់"),
        _said("الليلة راح أنهي كل شي", "الليلة رح أنهي كل شي", "الليلة راح انهي كل شي")
        + ".{0,40}"
        + _said("ما عاد فيني", "ما بقدر", "تعبت", "سامحوني"),
        _said("இப்போ தான்", "ஒரே தடவையில்") + ".{0,20}" + _said("எல்லா மாத்திரையும் சாப்பிட்டேன்"),
        r"\bam inghitit toate (?:pastilele|somniferele|tabletele)\b(?! de (?:azi|astazi|dimineata|seara|la pranz)\b)",
    )
)

# rules-96 (safety holdout 92, after its measurement): why one is alive at all (Egyptian Arabic, Bengali), a burden
# the family would be happy without (Telugu), the urge to hurt oneself (Hebrew), sleeping and never waking (Hindi,
# Korean)
_DESPAIR_RULES_96 = "|".join(
    (
        # (not living somewhere: "3ayesh leh fi masr")
        r"\b(?:ana )?eay(?:e)?sh(?:a)? (?:leh|lih|ley)\b(?! (?:fi|f|ma[e]?a|hena|henak|fe)\b)"
        r"|\b(?:leh|lih) (?:ana )?eay(?:e)?sh(?:a)?\b(?! (?:fi|f|ma[e]?a|hena|henak|fe)\b)",
        _said("أنا عايش ليه", "انا عايش ليه", "عايش ليه أصلا", "عايش ليه اصلا"),
        _said("বেঁচে থেকে কী লাভ", "বেঁচে থেকে কি লাভ", "বেঁচে থেকে লাভ কী", "বেঁচে থাকার কী মানে"),
        _said("అందరికీ భారమే", "అందరికీ భారం", "నేను భారం")
        + "|"
        + _said("నేను లేకపోతే")
        + ".{0,40}"
        + _said("హాయిగా ఉంటారు", "సంతోషంగా ఉంటారు", "బాగుంటారు"),
        _said("דחף") + ".{0,12}" + _said("לפגוע בעצמי", "לחתוך את עצמי"),
        "(?<!לא )" + _said("רוצה לפגוע בעצמי", "בא לי לפגוע בעצמי", "מתחשק לי לפגוע בעצמי", "בא לי לחתוך את עצמי"),
        _said("सो जाऊं", "सो जाऊँ", "सो जाऊ")
        + ".{0,20}"
        + _said("कभी उठूं ही नहीं", "कभी उठूँ ही नहीं", "कभी न उठूं", "कभी न उठूँ", "उठूं ही नहीं", "उठूँ ही नहीं"),
        _said("자다가") + ".{0,20}" + _said("안 깨어났으면", "깨어나지 않았으면", "안 깼으면", "깨지 않았으면"),
    )
)
# ... the plan: a pet given away and things shared out for not being there to care (Korean), debts paid and
# papers left, nothing holding one here any more (Georgian)
_PLAN_RULES_96 = "|".join(
    (
        _said("못 돌봐줄 거니까", "못 돌볼 거니까", "이제 못 돌봐줘") + ".{0,60}" + _said("나눠줬", "정리했", "줘버렸"),
        _said("ვალები გადავიხადე", "საბუთები") + ".{0,80}" + _said("აღარაფერი მაკავებს"),
    )
)
# ... and the act under way: a whole strip of sleeping pills in hand, only the swallowing left (Hindi), tonight
# ending everything, bearing no more (Sinhala), the knife in hand, not holding on (Mandarin), the last time talking,
# goodbye (Mandarin), the last message, farewell (Nepali)
_ACT_UNDER_WAY_96 = "|".join(
    (
        _said("पूरा पत्ता", "सारी गोलियां", "सारी गोलियाँ", "नींद की गोलियों")
        + ".{0,40}"
        + _said("निगलने की देर", "निगल लूंगा", "निगल लूंगी", "निगल लूँगा", "निगल लूँगी"),
        _said("අද රෑ")
        + ".{0,20}"
        + _said("හැමදේම ඉවර කරනවා", "ඔක්කොම ඉවර කරනවා")
        + ".{0,40}"
        + _said("දරාගන්න බෑ", "ඉවසන්න බෑ", "තවත් බෑ"),
        _said("刀就在我手上", "刀在我手上", "刀在我手里", "刀在我手裡", "手里拿着刀", "手裡拿著刀")
        + ".{0,30}"
        + _said("撑不下去", "撐不下去", "不想活", "受不了了"),
        _said("最後一次跟你說話", "最后一次跟你说话", "最後一次和你說話", "最后一次和你说话")
        + ".{0,10}"
        + _said("再見", "再见", "永別", "永别"),
        _said("मेरो अन्तिम म्यासेज", "मेरो अन्तिम मेसेज", "मेरो अन्तिम सन्देश") + ".{0,30}" + _said("अलबिदा", "बिदा"),
        _said("सबैलाई माया गर्छु भनिदिनु"),
    )
)

# rules-98 (safety holdout 93, after its measurement): sleeping and not waking, God taking back one's soul, rest from
# this world (Gulf and Iraqi Arabic), the urge to scratch the hand again (Tamil)
_DESPAIR_RULES_98 = "|".join(
    (
        _said("أنام وما أكعد", "انام وما اكعد", "أنام وما أصحى", "انام وما اصحى", "أنام وما أقوم", "انام وما اقوم"),
        _said("يا ريت", "ياريت", "أتمنى", "اتمنى")
        + ".{0,10}"
        + _said("الله ياخذ أمانته", "الله ياخذ امانته", "الله ياخذني", "الله يأخذ أمانته", "الله يأخذني"),
        _said("أرتاح من هالدنيا", "ارتاح من هالدنيا", "أرتاح من هالحياة", "ارتاح من هالحياة"),
        _said("கையை கீறிக்கணும்", "கீறிக்கணும் போல", "கையை கிழிக்கணும்"),
    )
)
# ... the plan: a day set so that the family are not the ones who find them (Spanish, English), the birthday as the
# last day (Thai), medicine gathered little by little until enough (Korean), a letter so that a mother knows it is not
# her fault (French), belongings handed out with no more need of them (Levantine Arabic)
_PLAN_RULES_98 = "|".join(
    (
        r"\b(?:asi|para que) no (?:sean|son|sea|es) (?:ellos|ellas|ella|el|mis \w+|mi \w+)"
        r" (?:los|las|la|el|quien(?:es)?) que me (?:encuentra|encuentran|encuentre|encuentren)\b",
        r"\bso (?:it'?s|it is|it isn'?t|it won'?t be) not (?:them|him|her|my \w+) (?:who|that) finds? me\b"
        r"|\bso (?:they|he|she|my \w+) (?:don'?t|doesn'?t|won'?t) (?:have to |be the ones? to |be the one who )?"
        r"find me\b",
        _said("ตัดสินใจแล้ว") + ".{0,60}" + _said("จะเป็นวันสุดท้าย") + "(?!" + _said("ที่ทำงาน", "ของงาน", "ที่นี่") + ")",
        _said("약 ", "약을 ", "약들을 ", "약들 ", "약은 ")
        + ".{0,10}"
        + _said("조금씩 모아", "조금씩 모았")
        + ".{0,40}"
        + _said("충분"),
        r"\blettre\b.{0,80}\b(?:qu'?elle|qu'?il|qu'?ils|que (?:maman|papa|ma mere|mon pere)) sache(?:nt)? que"
        r" (?:c'?est|ce n'?est) pas (?:sa|leur|ta) faute\b",
        _said("وزعت أغراضي", "وزعت اغراضي", "فرقت أغراضي")
        + ".{0,80}"
        + _said("ما رح أحتاجهم", "ما رح احتاجهم", "ما رح أحتاجها", "مش رح أحتاجهم", "ما عاد أحتاجهم"),
    )
)
# ... and the act under way: a bottle of poison in hand, to be drunk soon (Sinhala), the rope held and tied (Japanese),
# on a roof now with no will to hold on (Mandarin, Hebrew), up on the cliffs now and so tired (English), tonight
# finishing everything and not being here tomorrow (Pashto, Turkish), all the medicine swallowed (Amharic, Malayalam),
# forgiveness asked with a last message (Gulf Arabic, Nepali)
_ACT_UNDER_WAY_98 = "|".join(
    (
        _said("වස බෝතලේ", "වස බෝතලය") + ".{0,40}" + _said("බොනවා", "බොන්න"),
        _said("今ロープ持ってる", "ロープを持ってる", "ロープ持ってる")
        + ".{0,20}"
        + _said("もう結んだ", "結び終わった", "首にかけた"),
        _said("在天台上", "在天臺上", "在楼顶", "在樓頂")
        + ".{0,30}"
        + _said("不想再撑", "不想再撐", "撑不下去", "撐不下去", "不想活"),
        _said("על הגג") + ".{0,40}" + _said("אין לי כוח", "לקפוץ", "נמאס לי מהכל"),
        r"^(?!.*\b(?:lol|haha|lmao|view|photos?|pics?|selfie|sunset|sunrise|tourists?|hik\w*|walk\w*|climb\w*|run\w*"
        r"|jog\w*|cycl\w*|bike|surf\w*|fish\w*|swim\w*|picnic|div\w*|paraglid\w*|beautiful|gorgeous|amazing|stunning"
        r"|work\w*|shift|fix\w*|repair\w*|gutters?|tiles|job)\b)"
        r".*\b(?:on|at|by) (?:the |da |de |this )?(?:cliffs?|cliff edge|edge|ledge|bridge|rooftop|roof)\b[^.!?]{0,40}"
        r"\b(?:rn|right now|now)\b.*\b(?:so tired|tired of (?:it all|everything|this)|can'?t do (?:this|it) any ?more"
        r"|done with (?:it all|everything|this)|had enough|nothing left)\b",
        _said("نن شپه به هر څه خلاص") + "|" + _said("سبا به زه نه یم"),
        r"\bher seye son verecegim\b|\byar[ıi]n sabah[ıi] (?:gormeyecegim|goremeyecegim)\b",
        _said("መድሃኒቱን ሁሉ ዋጥኩት", "ሁሉንም መድሃኒት ዋጥኩት", "ኪኒኑን ሁሉ ዋጥኩት"),
        _said("ഗുളിക മുഴുവൻ കഴിച്ചു", "ഗുളികകൾ മുഴുവൻ കഴിച്ചു", "എല്ലാ ഗുളികയും കഴിച്ചു"),
        _said("سامحوني") + ".{0,40}" + _said("آخر رسالة", "اخر رسالة"),
        _said("آخر رسالة مني", "اخر رسالة مني") + ".{0,40}" + _said("سامحوني", "الله يحفظ", "مع السلامة", "وداعا"),
        _said("यो मेरो अन्तिम म्यासेज हो", "यो मेरो अन्तिम मेसेज हो"),
    )
)

# rules-99 (safety holdout 94, after its measurement): praying a bus takes one out (English), why still alive, wanting
# to vanish (Japanese), only a burden, all at ease without one (Korean), no meaning left in living (Turkish), no
# reason to go on (Quebec French), thoughts of taking one's life (Swahili), a night with no dawn (Cuban Spanish)
_DESPAIR_RULES_99 = "|".join(
    (
        r"\b(?:pray|praying|hope|hoping|wish|wishing)(?: that)? (?:a|the) (?:bus|truck|lorry|car|train|tram)"
        r" (?:just )?(?:takes? (?:me|us) out|hits? me|runs? me over|wipes? me out|ends? me)\b",
        _said("なんでまだ生きてるんだろう", "なんでまだ生きてるの", "消えてしまいたい"),
        _said("짐밖에 안 돼", "짐밖에 안 되", "짐만 돼")
        + "|"
        + _said("내가 없으면")
        + ".{0,20}"
        + _said("편해질", "편할", "나을", "행복할"),
        r"\byasaman[ıi]n (?:bir )?anlam[ıi] (?:kalmad[ıi]|yok)\b",
        r"\b(?:je vois|j'?vois|jvois) pas pourquoi (?:je|j'?) ?(?:continuerais|continuer|vivrais|resterais)\b"
        r"(?! (?:mes|ce|cette|le|la|les|a|avec|chez|ici|dans)\b)",
        r"\b(?:mawazo ya )?kujitoa uhai\b",
        _said("محدش هيحس بغيابي", "محدش هيحس بغيابى", "محدش هيفتقدني"),
    )
)
# ... the plan: the end decided for the month's end (Bengali), a grandmother's pills gathered until enough
# (Romanian), things given away with no need of them where one is going (Jamaican, Cantonese, Amharic), cutting
# planned for the weekend (French)
_PLAN_RULES_99 = "|".join(
    (
        _said("ঠিক করে ফেলেছি") + ".{0,40}" + _said("সব শেষ করে দেব"),
        r"\bstrang (?:pastilele|pastile|medicamentele|somnifere|somniferele)\b.{0,80}\b(?:ajung|destule|suficiente)\b",
        r"\b(?:mi|me|i) (?:nah|nuh|won'?t|don'?t|dont) need (?:dem|them|it|dat)(?: no more)? where (?:mi|me|i)"
        r" (?:a |am |'m )?go(?:in|ing)?\b",
        # (everything given: not an old phone passed on for a new one)
        _said("全部俾咗", "全部送咗", "全部給了", "全部给了", "全部送给", "全部送給", "都送给了", "都送給了")
        + ".{0,40}"
        + _said("以後都用唔著", "以后都用不着", "以後都用不著", "以後都唔使用"),
        _said("አያስፈልጉኝም") + ".{0,30}" + _said("ብዙ አልቆይም"),
        r"\b(?:j'?ai prevu|je compte|je vais) (?:de )?me (?:scarifier|couper|bruler)\b",
    )
)
# ... and the act under way: every pill in hand, to be swallowed at once (Korean), a knife in hand and sorry to
# everyone (Thai), the pills in hand, not wanting to go on (Hebrew), on the bridge with no will to hold on (Mandarin),
# doing it tonight (Egyptian Arabic), a whole bottle of pills eaten (Hindi), the last time writing (Swedish)
_ACT_UNDER_WAY_99 = "|".join(
    (
        _said("한 번에 다 삼키면", "한번에 다 삼키면") + ".{0,10}" + _said("끝나"),
        _said("มีดอยู่ในมือ") + ".{0,40}" + _said("ไม่ไหวแล้ว", "ขอโทษนะทุกคน"),
        _said("הכדורים אצלי ביד", "הכדורים ביד שלי", "הכדורים בידיים שלי")
        + ".{0,40}"
        + _said("לא רוצה להמשיך", "אין לי כוח"),
        _said("在桥上", "在橋上", "的桥上", "的橋上")
        + ".{0,30}"
        + _said("不想再撑", "不想再撐", "撑不下去", "撐不下去", "不想活"),
        _said("خلاص هعملها الليلة", "هعملها الليلة دي"),
        r"\besta noche no amanezco\b(?! (?:en|con|aqui|alla|alli)\b)",
        _said("पूरी शीशी") + ".{0,20}" + _said("खा ली", "खा लीं", "निगल ली", "निगल लीं"),
        r"\bsista gangen jag skriver\b(?=.*\b(?:alskade|alskar|hejda|farval|forlat|tack for allt)\b)",
    )
)

# rules-100 (safety holdout 95, after its measurement): vanishing without anyone knowing (Korean), sleeping and not
# waking again, not wanting to live like this (Egyptian Arabizi, written as normalize leaves its digits), no use in
# living on (Tamil), thinking of ending oneself (Persian Finglish), tired of this world (Yoruba)
_DESPAIR_RULES_100 = "|".join(
    (
        _said("아무도 모르게 사라지고 싶", "그냥 사라지고 싶"),
        r"\bnefs[iy] anam (?:w|we|wa) (?:ma |mat)?(?:astash|asta|as?ha)\w*\b|\bmesh eayez aeeesh keda\b",
        _said("வாழ்ந்து என்ன பிரயோஜனம்", "வாழ்ந்து என்ன பயன்"),
        r"\bkhodam(?:o|ro) tamoom (?:konam|mikonam|kardam)\b",
        r"\baye yii ti su mi\b",
    )
)
# ... the plan: the bridge chosen (Korean), decided, a week after the exams (Levantine Arabizi), decided, the 17th,
# after payday, then gone (Indonesian), pills saved for weeks until enough (Turkish), letters so that no one blames
# the mother (Bengali), things given away with no more need of them (Cebuano), a grandfather's beads given with no
# one here to keep them (Greek), a blade hidden (French)
_PLAN_RULES_100 = "|".join(
    (
        _said("한강 다리", "다리에서", "옥상에서") + ".{0,30}" + _said("다 정해놨", "정해놨어", "정했어"),
        r"\b2arrart\b.{0,60}\bsall?es men kel (?:shi|she)\b",
        r"\b(?:udah|sudah) (?:ku)?putusin\b.{0,80}\b(?:baru )?aku pergi\b",
        r"\bilaclar[ıi] (?:biriktiriyorum|biriktirdim)\b.{0,60}\byeterince\b",
        _said("চিঠি লিখে রেখেছি")
        + ".{0,60}"
        + _said("দোষ না দেয়", "দোষ দেয় না", "চলে যাওয়ার পর", "আমি না থাকলে"),  # (rules-110: "... চলে যাওয়ার পর")
        r"\bgihatag\b.{0,80}\bdili na (?:man )?(?:nako|ko) (?:na )?kinahanglan\b",
        _said("έδωσα") + ".{0,80}" + _said("δεν θα είμαι εδώ") + ".{0,30}" + _said("άλλο", "πια"),
        r"\bj'?ai cache (?:une|des|la|les|ma|mes) (?:lames?|rasoirs?)\b",
    )
)
# ... and the act under way: pills in hand to eat all at once (Cantonese, Amharic), at the platform's edge for the
# next train (Japanese), sitting on the railway track (Hinglish), tonight, nobody can stop it now (Vietnamese), done
# with everything tonight (Gulf Arabic), all the medicine eaten (Nepali), thanks said a last time and goodbye
# (Korean)
_ACT_UNDER_WAY_100 = "|".join(
    (
        _said("一次過食晒", "一次过食晒", "一次過全部食", "一次过全部食"),
        _said("ሁሉንም ልውጠው", "ሁሉንም ልዋጠው"),
        _said("ホームの端にいる", "ホームの端に立ってる") + ".{0,10}" + _said("次の電車で") + "$",
        r"\b(?:railway )?track (?:pe|par) (?:baitha|baithi|khada|khadi|leta|leti|betha|bethi) (?:hoon|hun|hu)\b",
        r"\bkhong ai can (?:đuoc|duoc) (?:em|minh|toi|tao|anh) nua\b",
        _said("الليلة بخلص من كل شي", "الليلة بخلص من كل شيء") + "|" + _said("محد بيفتقدني", "محد راح يفتقدني"),
        _said("सबै औषधि खाइसकें", "सबै औषधि खाएँ", "सबै चक्की खाइसकें"),
        _said("마지막으로") + ".{0,40}" + _said("다들 잘 지내") + ".{0,10}" + _said("안녕") + "$",
    )
)

# rules-103 (safety holdout 97, after its measurement): wanting to die (Egyptian Arabizi), the family better off
# without one (Brazilian Portuguese), a burden all would be better without (Somali), what use is living (Nepali,
# Korean), what one wants with this life (Levantine Arabic), wanting to be done with life (Indonesian), wanting to cut
# one's arm again (Vietnamese), wanting to hurt oneself again (French)
_DESPAIR_RULES_103 = "|".join(
    (
        # (not dying of laughter or hunger: "nefsy amoot men el da7k")
        r"\b(?:nefsy|nefsi|nfsy|nifsy|nafsi|nafsy) (?:amoot|amout|amot|amut)\b(?! (?:men|mn|min|m|ml) )",
        # (said of what would be: not "a festa vai ser melhor sem mim", a party missed)
        r"\b(?:familia|todos|todo mundo|geral|eles|elas|meus pais|minha mae|meu pai|meus filhos|o mundo|voces)\b"
        r"[^.!?]{0,20}\b(?:ia|iam|iria|iriam|ficaria|ficariam|seria|seriam|estaria|estariam|viveria|viveriam)"
        r" (?:ficar |estar |viver |ser )?(?:bem |muito )?(?:melhor|mais feliz|mais felizes|em paz) sem mim\b",
        r"\bculays (?:baan|ayaan) (?:ku |u )?ahay\b"
        r"|\bhaddii (?:aanan|aan) (?:joogin|noolayn|jirin)\b.{0,60}\bfiicnaan\b",
        _said("बाँचेर के गर्नु", "बाँचेर के नै गर्नु", "बाँचेर के फाइदा", "बाँचेर के काम"),
        # (not laughed at over food: "이 맛있는 거 못 먹으면 살아서 뭐하나 ㅋㅋ")
        "^(?!.*"
        + _said("ㅋㅋ", "ㅎㅎ", "맛있", "맛난")
        + ").*"
        + _said("살아서 뭐하나", "살아서 뭐 하나", "살아서 뭐하지", "살아 뭐하나"),
        _said("شو بدي بهالحياة", "شو بدي بهالحياه", "شو بدي بهيك حياة"),
        r"\b(?:pengen|pingin|pgn|ingin|mau) (?:udahan|selesai|berhenti)(?: aja| saja)? (?:sama|dengan|dari) hidup\b",
        r"\b(?:muon|lai muon|them) rach (?:tay|co tay)\b",
        r"\b(?:envie|besoin) de me refaire (?:du )?mal\b",
    )
)
# ... the plan: a jump from the roof decided (Bengali), the end set for after a birthday, the date fixed (Korean),
# passwords written and accounts settled for when one is no longer there (German), a motorbike and phone given away
# since one will be gone (Cebuano)
_PLAN_RULES_103 = "|".join(
    (
        _said("ছাদ থেকে লাফ দেব", "ছাদ থেকে লাফ দিব", "ছাদ থেকে ঝাঁপ দেব", "ছাদ থেকে ঝাঁপ দিব"),
        _said("지나면 끝낼", "지나고 끝낼", "다 끝낼 거", "다 끝낼거")
        + ".{0,40}"
        + _said("날짜도 정해", "날짜 정해", "날도 정해", "날짜도 정했", "날짜 정했"),
        # (not "falls ich mal nicht mehr da bin": some day)
        r"\b(?:passworter|passwoerter|passwords|konten|konto|bankdaten|pins?)\b.{0,100}\bwenn ich nicht mehr da bin\b",
        r"\bgihatag\b.{0,100}\b(?:dili na (?:nako|ko) (?:na )?magamit|mawala na (?:man )?(?:ko|ako))\b"
        r"(?!.*\b(?:abroad|barko|saudi|dubai|trabaho|balik|mouli|manila|cebu)\b)",
    )
)
# ... and the act under way: all the pills in hand (Gulf Arabizi), a whole strip of sleeping pills to be eaten
# (Thai), standing on a Han River bridge (Korean), on an overpass looking down (Brazilian Portuguese), tonight
# finishing everything with no strength left (Moroccan Darija), tonight ending it all so that nobody need worry
# (Vietnamese), every sleeping pill swallowed (Indonesian), every pill eaten and it is over (Persian Finglish), the last
# message and forgiveness asked (Malayalam)
_ACT_UNDER_WAY_103 = "|".join(
    (
        r"\b(?:el|il|al|l)? ?(?:tbo+b|hbo+b)\b.{0,20}\b(?:kulha|kilha|kollaha|kullaha|kelha)\b.{0,20}"
        r"\b(?:b ?eedi|b ?idi|b ?edi|fi (?:eedi|idi|edi)|b ?yadi)\b.{0,30}\b(?:khalas|ma (?:agdar|a2dar|aqdar|gader)"
        r"|taebt|ma abi)\b",
        "^(?!.*"
        + _said("หมอสั่ง", "ตามที่หมอ", "ครึ่งเม็ด")
        + ").*"
        + _said("ยานอนหลับ")
        + ".{0,40}"
        + _said("กินให้หมด", "กินหมดเลย", "กินทั้งหมด", "กินทีเดียวหมด"),
        "^(?!.*(?:"
        + _said("야경", "예쁘", "이쁘", "사진", "산책", "자전거", "러닝", "운동")
        + "|"
        + _said("버스", "택시", "드라이브", "친구랑", "불꽃")
        + ")).*"
        + _said("다리 위에 서 있어", "다리 위에 서있어", "다리 난간에 서"),
        r"^(?!.*\b(?:fotos?|vista|lind[oa]|paisagem|por do sol|turist\w*|transito|engarraf\w*|obra|trabalh\w*)\b)"
        # (rules-112: "tô aqui em cima do viaduto agora")
        r".*\b(?:to|tou|estou)(?: aqui)? (?:em cima|no alto|na beira|na borda|no topo) d[oa] (?:viaduto|ponte|predio"
        r"|terraco"
        r"|telhado|passarela)\b.{0,60}\bolhando\b.{0,40}\b(?:embaixo|em baixo|pra baixo|para baixo)\b",
        r"\bhad ?(?:lila|lil|llila)\b.{0,30}\bnsali kolchi\b(?! (?:f|fel|fl|mn|men|b)\b).{0,60}"
        r"\bma b(?:9|q|k)itc?h? n(?:9|q|k)der nkam+el\b",
        r"\btoi nay (?:tao|toi|em|minh|anh|con) (?:se )?ket thuc (?:het|tat ca|moi thu)\b(?! (?:moi chuyen )?voi\b)"
        r".{0,60}\bkhong ai (?:phai|can) lo cho (?:tao|toi|em|minh|anh|con) nua\b",
        r"\b(?:nelen|nelan|menelan|telan)\b (?:semua|seluruh|sebotol|satu botol|segenggam)\b.{0,5}\b(?:obat|pil)",
        # (not the day's pills of a cold that is over: "hame ghorsamo khordam emrooz, dige tamoom shod sarmakhordegi")
        r"^(?!.*\b(?:emrooz|har rooz|doktor|dokter|doctor|antibiotik\w*|sarmakhordegi)\b).*"
        r"\bhame(?:ye)? (?:ghors|gors)\w* (?:ro |ra |o )?(?:khordam|khordm)\b.{0,40}"
        r"\b(?:dige tamoom\w*|dige tamum\w*|khodahafez|khodafez|bebakhshid\w*|alvida)\b",
        _said("എന്റെ അവസാന മെസേജ്", "എന്റെ അവസാനത്തെ മെസേജ്", "എന്റെ അവസാന മെസ്സേജ്", "അവസാനത്തെ മെസേജ്")
        + ".{0,80}"
        + _said("ക്ഷമിക്കണം", "ക്ഷമിക്കു", "മാപ്പ്"),
    )
)


# rules-105 (safety holdout 98, after its measurement): mum at ease if one disappeared, only a burden (Korean), easier
# for them if one were gone (Sinhala), thinking of no longer being (Persian), so as to be no one's burden (Thai)
_DESPAIR_RULES_105 = "|".join(
    (
        _said("나 같은 거 없어지면", "내가 없어지면", "내가 사라지면", "나만 없어지면", "나만 없으면")
        + ".{0,30}"
        + _said("편해지", "편할", "나을", "행복할")
        + "|"
        + _said("짐만 되고", "맨날 짐만"),
        _said("මම නැති වුණොත්", "මම නැති උනොත්") + ".{0,30}" + _said("ලේසියි", "ලේසි", "හොඳයි", "සතුටුයි"),
        _said("فکر می‌کنم که دیگه نباشم", "فکر میکنم که دیگه نباشم", "کاش دیگه نباشم"),
        # (not savings so as to burden no one in old age)
        "^(?!.*"
        + _said("ตอนแก่", "เก็บเงิน", "ประกัน", "เกษียณ")
        + ").*"
        + _said("จะได้ไม่เป็นภาระใครอีก", "ไม่อยากเป็นภาระใครอีก"),
    )
)
# ... the plan: the end of the month decided (Thai), a letter to each so no questions are left when one is gone
# (Spanish), a letter to each, mother will understand why one went (Malayalam), books and a bike given to a brother,
# no more need of them (Tamil)
_PLAN_RULES_105 = "|".join(
    (
        _said("ตัดสินใจแล้ว") + ".{0,40}" + _said("จะไปแล้ว") + ".{0,40}" + _said("ภาระ"),
        # (not an elder's letter for some day: "tengo 80 anos", "el dia de manana")
        r"^(?!.*\b(?:anos|abuel\w*|testamento|notari\w*|algun dia|el dia de manana|de mayor|vejez)\b)"
        r".*\b(?:carta|cartas|notas?|mensajes?)\b.{0,80}\bcuando ya no (?:este|estoy|exista)\b",
        _said("കത്ത് എഴുതി വെച്ചിട്ടുണ്ട്", "കത്ത് എഴുതി വെച്ചു")
        + ".{0,80}"
        + _said("എന്തിനാ പോയതെന്ന്", "എന്തിനാണ് പോയതെന്ന്", "ഞാൻ പോയതെന്ന്"),
        # (not an old thing passed on for a new one)
        "^(?!.*"
        + _said("புதுசு", "புதிய")
        + ").*"
        + _said("கொடுத்துட்டேன்", "கொடுத்துவிட்டேன்")
        + ".{0,60}"
        + _said("இனிமே எனக்கு அது தேவைப்படாது", "இனிமே எனக்கு தேவைப்படாது", "எனக்கு இனி தேவைப்படாது"),
    )
)
# ... and the act under way: a whole strip of sleeping pills in hand, no strength left (Bengali), every pill before
# one now and water in hand (Gulf Arabic), the last message, mother to be looked after, forgiveness asked (Urdu)
_ACT_UNDER_WAY_105 = "|".join(
    (
        _said("ঘুমের ওষুধের পুরো পাতা", "হাতে ঘুমের ওষুধ", "ঘুমের ওষুধ হাতে") + ".{0,60}" + _said("আর পারছি না"),
        _said("الحبوب كلها قدامي", "الحبوب كلها بيدي", "كل الحبوب قدامي")
        + ".{0,60}"
        + _said("ما عاد فيني حيل", "ما اقدر", "ما أقدر", "خلاص"),
        _said("یہ میرا آخری میسج ہے", "میرا آخری میسج", "یہ میرا آخری پیغام ہے")
        + ".{0,80}"
        + _said("معاف کر دینا", "معاف کرنا", "خیال رکھنا"),
    )
)


# rules-107 (safety holdout 99, after its measurement): life easier for all if one were not here (Hindi), this life
# not worth going on with (Persian Finglish), no reason to go on living (Swahili), resting from this world (Levantine
# Arabic), the urge to hurt oneself again (Swedish)
_DESPAIR_RULES_107 = "|".join(
    (
        _said("मैं ना रहूँ तो", "मैं न रहूँ तो", "मैं नहीं रहूँ तो", "मैं ना रहूं तो") + ".{0,40}" + _said("आसान", "खुश", "बेहतर"),
        r"\b(?:in )?zendegi (?:dige )?arzesh(?:e)? (?:nadare|nadarad)\b|\barzesh nadare ke edamash bedam\b",
        r"\b(?:sioni|hakuna|sina) sababu ya kuendelea kuishi\b",
        _said("ريّح حالي من هالدنيا", "ريح حالي من هالدنيا", "ارتاح من هالدنيا", "أرتاح من هالدنيا"),
        r"\b(?:sug|lust|behov) att skada mig sjalv\b|\bvill skada mig sjalv\b",
    )
)
# ... the plan: how decided, from the flat's roof (Hinglish), the day set, after a sister's exams (Egyptian Arabic),
# farewell letters written for each (Portuguese, not to a job or a class), letters left to be read when one is gone
# (Korean), a guitar given away, not needed, soon not here (Hebrew)
_PLAN_RULES_107 = "|".join(
    (
        r"\b(?:soch liya|decide kar liya|tay kar liya) (?:hai )?kaise karna hai\b.{0,40}"
        r"\b(?:chhat|chat|terrace|building|train|pul|bridge)\b",
        _said("حددت اليوم", "حددت الميعاد") + ".{0,60}" + _said("هخلص من كل ده", "هخلص من كل دا", "هخلص من كله"),
        r"^(?!.*\b(?:trabalho|emprego|equipe|colegas|empresa|escola|turma|formatura|aposentadoria|firma|chefe)\b)"
        r".*\b(?:escrevi|deixei|to escrevendo|estou escrevendo) (?:uma |umas |as )?cartas? de despedida\b",
        _said("편지 다 써놨", "편지 써놨", "편지 써뒀") + ".{0,40}" + _said("나 없어도", "내가 없어도", "내가 없을 때"),
        _said("לא אצטרך אותה", "לא אצטרך אותו", "לא אצטרך אותם") + ".{0,40}" + _said("לא אהיה פה", "לא אהיה כאן"),
    )
)
# ... and the act under way: the pills in hand, all of them, no strength left (Persian, Iraqi Arabic), on a bridge
# looking down, no more endurance (Turkish), tonight it is over, all prepared (French), tonight ending everything, no
# more strength (Malayalam), every pill taken half an hour ago (Romanian), a last thanks and goodbye (Korean), the
# last message, nobody to look for one (Tamil)
_ACT_UNDER_WAY_107 = "|".join(
    (
        _said("قرص‌ها تو دستمه", "قرصا تو دستمه", "قرص ها تو دستمه") + ".{0,40}" + _said("نمی‌کشم", "نمیکشم", "همه‌شو"),
        _said("الحبوب كلها بإيدي", "الحبوب كلها بايدي", "الحبوب كلها بيدي")
        + ".{0,40}"
        + _said("ما اكدر", "ما أكدر", "خلص", "يوقفني"),  # (rules-109: "ما اريد احد يوقفني")
        r"\bkopr(?:u|ü)deyim\b.{0,60}\b(?:art[ıi]k dayanam[ıi]yorum|dayanam[ıi]yorum art[ıi]k)\b",
        r"\bce soir c'?est fini pour moi\b.{0,40}\bj'?ai tout prepare\b(?! pour (?:demain|la|le|les|mon|ma|mes)\b)",
        _said("ഇന്ന് രാത്രി എല്ലാം അവസാനിപ്പിക്കും") + ".{0,40}" + _said("ഇനി വയ്യ"),
        r"^(?!.*\b(?:azi|astazi|dimineata|seara|doctor\w*|prescris\w*|tratament\w*)\b)"
        r".*\bam luat toate (?:pastilele|pilulele|medicamentele|somniferele)\b",
        _said("마지막으로") + ".{0,40}" + _said("고마웠다고", "고마웠어") + ".{0,20}" + _said("안녕") + "$",
        _said("என் கடைசி மெசேஜ்", "இதுதான் என் கடைசி") + ".{0,60}" + _said("தேட வேண்டாம்"),
    )
)


# rules-109 (safety holdout 100, after its measurement): getting rid of oneself, the thought that will not stop
# (Levantine Arabic), ending it altogether (Persian Finglish), the urge to cut again after two months (Cantonese)
_DESPAIR_RULES_109 = "|".join(
    (
        _said("خلص من حالي", "اخلص من حالي", "أخلص من حالي"),
        # (not a relationship or a piece of work ended: "ba Sara kolan tamoomesh konam"; "che kar konam", what to do,
        # is no work)
        r"^(?!.*\b(?:ba \w+ (?:ham )?kolan|rabete\w*|dars\w*|proje\w*|karam|karet|karesh|payan ?name)\b)"
        r".*\bkolan tamoom(?:esh|2sh|sh) ko?n(?:am|m)\b",
        _said("想鎅手", "想再鎅手", "又想鎅手", "忍唔住鎅手", "忍唔住再鎅"),
    )
)
# ... the plan: the way decided, waiting for the right time (Gulf Arabic), the day set, not here after the festival
# (Nepali), everything settled so nobody has to deal with anything after one (French, not a notary's advice), a
# blade bought to cut the arm while everyone sleeps (Thai)
_PLAN_RULES_109 = "|".join(
    (
        _said("قررت الطريقة") + ".{0,40}" + _said("الوقت المناسب", "ما أحد بيدري", "ما احد بيدري", "محد بيدري"),
        _said("दिन तोकिसकेँ", "दिन तोकेँ", "मिति तोकिसकेँ") + ".{0,60}" + _said("म रहन्नँ", "म रहन्न", "म रहने छैन"),
        r"^(?!.*\b(?:notaire|testament|succession|heritage|assurance|retraite|donation)\b)"
        r".*\bpersonne (?:n'?)?aura a (?:gerer|s'?occuper de|regler) (?:quoi que ce soit|rien) apres moi\b",
        "^(?!.*" + _said("ตัวละคร", "นิยาย", "หนัง") + ").*" + _said("ว่าจะกรีดแขน", "ว่าจะกรีดข้อมือ", "จะกรีดแขนตอน"),
    )
)
# ... and the act under way: the pills in hand now, only water to fetch (Hindi), today the last day, everything
# ended tonight (Egyptian Arabic), everything finished tonight, not here tomorrow (Kannada), rat poison taken
# (Brazilian Portuguese "chumbinho")
_ACT_UNDER_WAY_109 = "|".join(
    (
        _said("गोलियाँ अभी मेरे हाथ में", "गोलियां अभी मेरे हाथ में", "सारी गोलियाँ मेरे हाथ में")
        + ".{0,40}"
        + _said("बस पानी", "पानी लाना", "अब बस", "माफ"),
        "^(?!.*"
        + _said("الشغل", "شغل", "الشركة", "المدرسة", "الجامعة", "الكورس", "الأجازة", "الاجازة")
        + ").*"
        + _said("آخر يوم ليا", "اخر يوم ليا")
        + ".{0,40}"
        + _said("هخلص كل حاجة", "هخلص على كل حاجة"),
        _said("ಎಲ್ಲಾ ಮುಗಿಸ್ತೀನಿ", "ಎಲ್ಲಾ ಮುಗಿಸುತ್ತೇನೆ") + ".{0,40}" + _said("ನಾಳೆ ನಾನು ಇರಲ್ಲ", "ನಾಳೆ ನಾನು ಇರೋದಿಲ್ಲ"),
        r"\b(?:tomei|bebi|comi|engoli|acabei de (?:tomar|beber|comer)|to tomando|tomando)"
        r" (?:o |um |uns |os |um pouco de |todo o )?chumbinhos?\b",
    )
)


# rules-110 (safety holdout 101, after its measurement): the thought of vanishing quietly (Korean), everything
# relieved if one were gone (Mandarin)
_DESPAIR_RULES_110 = "|".join(
    (
        _said("조용히 사라지고 싶", "사라지고 싶다는 생각"),
        _said("要是我不在了", "如果我不在了", "我要是不在了")
        + ".{0,20}"
        + _said("解脱", "解脫", "轻松", "輕鬆", "更好", "都好了"),
    )
)
# ... the plan: which Han river bridge decided (Korean), the way chosen, an end to everything (Haitian Creole), the
# date set, all over at the month's end (Turkish), pills gathered from several pharmacies, enough now (Gulf Arabic),
# letters to the children finished, for after (German), debts paid, everything in mother's name, ready to go (Urdu)
_PLAN_RULES_110 = "|".join(
    (
        _said("한강") + ".{0,20}" + _said("다리") + ".{0,30}" + _said("정해놨", "정했어"),
        r"^(?=.*\bchwazi fason\b).*\bfini ak tout bagay\b",
        r"\btarihi? (?:koydum|belirledim|sectim)\b.{0,80}\bher sey bitecek\b",
        _said("جمعت حبوب", "جمعت الحبوب", "جمعت حبوب وايد") + ".{0,60}" + _said("تكفي", "صيدلية"),
        r"^(?!.*\b(?:testament\w*|notar\w*|urlaub|reise)\b).*\b(?:abschieds)?briefe?\b.{0,60}\bfur danach\b",
        r"^(?=.*\b(?:qarz|karz|karza|ke naam kar (?:diya|dia))\b).*\bjaane ki (?:tayyari|tayari)\b",
    )
)
# ... and the act under way: a bottle of pills in hand now, enough (Marathi), on the rooftop railing now (Korean),
# tonight an end to it, no more holding on (Mandarin), ending everything tonight (Turkish in German), tonight it is,
# not reaching tomorrow (Cebuano), forgive me, farewell (Amharic), the last letter, forgive me (Georgian)
_ACT_UNDER_WAY_110 = "|".join(
    (
        _said("हातात गोळ्यांची बाटली", "गोळ्यांची बाटली हातात") + ".{0,40}" + _said("बस झालं", "बस झाले", "संपवते", "संपवतो"),
        "^(?!.*"
        + _said("사진", "야경", "공사", "작업", "청소", "드라마", "영화")
        + ").*"
        + _said("옥상 난간에 앉아", "옥상 난간 위에", "난간에 걸터앉아"),
        _said("今晚就做个了断", "今晚做个了断", "今晚就做個了斷", "今晚做個了斷")
        + ".{0,20}"
        + _said("不想再撑", "撑不下去", "撐不下去", "不想活"),
        r"\b(?:bu gece|heute nacht|tonight)\b.{0,20}\b(?:bitiriyorum her seyi|her seyi bitiriyorum)\b",
        r"\bdili na (?:ko|ako) (?:moabot|maabot|makaabot) (?:ug|sa) ugma\b",
        _said("ይቅርታ አድርጉልኝ", "ይቅርታ አድርጊልኝ") + ".{0,40}" + _said("ደህና ሁኑ", "ደህና ሁኚ", "ደህና ሁን"),
        "^(?=.*" + _said("მაპატიე", "მშვიდობით") + ").*" + _said("ჩემი ბოლო წერილი", "ბოლო წერილია"),
    )
)


# rules-112 (safety holdout 102, after its measurement): the thought of ending it all that keeps coming (Hindi, not a
# piece of work)
_DESPAIR_RULES_112 = "|".join(
    (
        "^(?!.*"
        + _said("काम", "प्रोजेक्ट", "पढ़ाई", "होमवर्क", "असाइनमेंट", "रिश्ता")
        + ").*"
        + _said("सब खत्म कर दूं", "सब खत्म कर दूँ", "सब ख़त्म कर दूं", "सब ख़त्म कर दूँ"),
    )
)
# ... the plan: a jump from the workplace's roof thought out (Thai), sleeping pills gathered for weeks, enough now
# (Bengali), a letter to mother for after one is gone (Nepali), everything settled for when one is not here
# (Spanish, not an elder's will), every contract ended, so as to trouble no one when gone (Japanese)
_PLAN_RULES_112 = "|".join(
    (
        "^(?!.*" + _said("หนัง", "ละคร", "บันจี้", "นิยาย") + ").*" + _said("จะขึ้นไปกระโดด", "กระโดดจากดาดฟ้า", "กระโดดตึก"),
        _said("ঘুমের ওষুধ জমাচ্ছি", "ঘুমের ওষুধ জমিয়েছি", "ওষুধ জমাচ্ছি") + ".{0,40}" + _said("যথেষ্ট"),
        _said("चिठी लेखिसकें", "चिठी लेखेको छु", "चिठी लेखें") + ".{0,60}" + _said("म नरहेपछि", "म नभएपछि"),
        r"^(?!.*\b(?:anos|abuel\w*|testamento|notari\w*|algun dia|el dia de manana|vejez|seguro)\b)"
        r".*\b(?:deje|dejo|tengo|ya esta) todo (?:arreglado|listo|en orden)\b.{0,120}\bcuando (?:yo )?(?:ya )?no"
        r" (?:este|estoy|exista)\b",
        _said("いなくなっても誰にも迷惑", "いなくなっても迷惑かけない", "いなくなっても誰も困らない"),
    )
)
# ... and the act under way: on the rooftop, over the railing and it would all be over (Korean), by the railway lines,
# the train in ten minutes (Hungarian), on the rooftop at the edge, not coming down again (Cantonese), an end to
# everything tonight (Azerbaijani, Haitian Creole), rat poison drunk (Egyptian Arabic), every sleeping pill eaten
# just now (Hinglish), the last message, goodbye for ever (Persian)
_ACT_UNDER_WAY_112 = "|".join(
    (
        _said("난간만 넘으면", "난간 넘으면", "난간을 넘으면") + ".{0,20}" + _said("끝나", "끝이"),
        r"\bsinek (?:mellett|kozott|on) (?:ulok|allok|vagyok)\b.{0,60}\bjon a vonat\b",
        _said("天台") + ".{0,20}" + _said("邊邊", "唔想再落", "跳落去"),
        _said("bu gecə hər şeyə son qoyacağam", "bu gece her seye son qoyacagam"),
        r"\baswe a (?:m|mwen) (?:pral|ap|pra) fini ak tout bagay\b",
        _said("شربت سم فيران", "شربت سم الفيران", "خدت سم فيران", "شربت سم فئران"),
        r"\bneend ki (?:saari|sari|sab|bahut saari) (?:goliyan|goliya|golian|goli) (?:kha|khaa) (?:li|lee|liye|lin)\b",
        _said("آخرین پیاممه", "آخرین پیامم") + ".{0,60}" + _said("برای همیشه خداحافظ", "خداحافظ برای همیشه"),
    )
)


# rules-113 (safety holdout 103, after its measurement): living without meaning, no wish to live like this
# (Levantine), no point in living (Hinglish), the thought of being gone that will not leave (Mandarin, Amharic), the
# urge to hurt oneself again (Burmese)
_DESPAIR_RULES_113 = "|".join(
    (
        _said("ما عاد بدي عيش هيك", "ما بدي عيش هيك", "عايش بلا معنى"),
        r"\bjeene ka (?:koi )?(?:matlab|maqsad) (?:hi )?(?:nahi|nahin|nhi) (?:lagta|hai|dikhta)\b",
        _said("要是我不在了会咋样", "要是我不在了会怎样", "如果我不在了会怎样")
        + ".{0,30}"
        + _said("念头", "甩不脱", "一直"),
        _said("ከዚህ ዓለም ብሄድ ይሻላል", "ብሞት ይሻላል"),
        _said("ကိုယ့်ကိုယ်ကို ပြန်ပြီး နာကျင်အောင်", "ကိုယ့်ကိုယ်ကို နာကျင်အောင် လုပ်ချင်"),
    )
)
# ... the plan: a rope bought and hidden, waiting for the right time (Egyptian Arabizi), everything given away, the
# phone to a brother, no more need of it (Somali)
_PLAN_RULES_113 = "|".join(
    (
        # (Arabizi as normalize leaves it: "7abl" is "tabl")
        r"\b(?:eshtarit|ashtareet|eshtaret) (?:tabl|habl|el tabl)\b.{0,60}\b(?:el wa2t el monaseb|tateto|khabeito)\b",
        r"\bwaan bixiyay\b.{0,80}\buma baahni\b",
    )
)
# ... and the act under way: the knife in hand in the bathroom now (Levantine), a bottle of pesticide in hand (Telugu),
# at the building's edge now (Portuguese), on a bridge now, wanting to jump (Korean), on the bridge, not going back
# (Mandarin), not surviving tonight, ending everything (Punjabi), not wanting to be here after tonight, all prepared
# (Indonesian), rat poison eaten (Malayalam), every pill swallowed (Tamil), goodbye, cannot bear it any more (Khmer)
_ACT_UNDER_WAY_113 = "|".join(
    (
        _said("السكينة بإيدي", "السكين بإيدي", "الموس بإيدي") + ".{0,40}" + _said("بالحمام", "هلأ", "هلق"),
        _said("చేతిలో పురుగుమందు", "పురుగుమందు సీసా"),
        r"\b(?:to|tou|estou)(?: aqui)? (?:em cima|no alto|na beira|no topo) d[oa] (?:predio|terraco|telhado)\b"
        r".{0,60}\bnao aguento mais\b",
        _said("대교 위야", "다리 위야", "대교 위에 있어") + ".{0,40}" + _said("뛰어내리고 싶", "뛰어내릴"),
        _said("大桥上", "桥上") + ".{0,30}" + _said("不想回去", "不想活", "跳下去"),
        r"\b(?:ajj|aj|ajj di) raat (?:main|mai|mein) (?:ni|nahi|nai) (?:bachna|bachni|bachanga)\b",
        r"\bmalam ini (?:aku|gue|saya) (?:udah |sudah )?(?:gak|nggak|tidak|ga) mau ada lagi\b",
        _said("എലിവിഷം കഴിച്ചു"),
        _said("மாத்திரை எல்லாம் முழுங்கிட்டேன்", "மாத்திரை எல்லாம் விழுங்கிட்டேன்"),
        _said("លាហើយ") + ".{0,60}" + _said("មិនអាចទ្រាំទៀតទេ", "មិនអាចទ្រាំបានទៀត"),
    )
)

# rules-114 (safety holdout 104, after its measurement): better not to wake tomorrow (Uzbek), a burden whose family
# would be relieved without one (Iraqi Arabic, Cantonese), no reason left to go on (Haitian Creole), no meaning in
# living (Hindi), nothing to live for (Khmer), thinking of taking oneself out of the way (Caribbean Spanish; not
# stepping aside from a quarrel or a venture)
_DESPAIR_RULES_114 = "|".join(
    (
        r"\bertaga uyg'?onmasam (?:yaxshi|zo'r) (?:bo'lardi|bo'lar edi|bo'ladi)\b",
        _said("لو آني مو موجود", "لو اني مو موجود", "لو ما موجود") + ".{0,30}" + _said("ارتاحوا", "ارتاحو", "يرتاحون"),
        _said("冇咗我佢哋", "冇咗我大家", "冇咗我屋企人") + ".{0,10}" + _said("好過", "開心啲", "輕鬆啲"),
        r"\bmwen pa we (?:okenn|ankenn|pyes|ni) rezon pou (?:m|mwen) (?:kontinye|viv)\b",
        _said("जीने का कोई मतलब नहीं", "जीने का मतलब नहीं", "जीने की कोई वजह नहीं"),
        _said("មិនដឹងរស់នៅដើម្បីអ្វី", "រស់នៅដើម្បីអ្វីទៀត"),
        r"^(?!.*\b(?:decidan|discusion|pelea|negocio|empresa|proyecto|equipo|grupo)\b)"
        r".*\b(?:pienso|pensando|he pensado|pense|pensar)(?: \w+){0,2} en quitarme del medio\b",
    )
)
# ... the plan: decided to end it after one's birthday, holding on until then (Korean), every debt settled and the
# bank password given to a sibling, no one troubled over one after this (Malay)
_PLAN_RULES_114 = "|".join(
    (
        _said("끝내기로") + ".{0,40}" + _said("버티면", "버티자", "버티기로", "견디면"),
        r"\b(?:hutang|password|kata laluan|akaun)\b.{0,80}\blepas ni (?:takde|tak ada|tiada) (?:sape|siapa|sesiapa)"
        r" (?:perlu|kena) susah (?:pasal|sebab|kerana) aku lagi\b",
    )
)
# ... and the act under way: every pill in front of one now, to be swallowed (Levantine), the knife in hand now, no
# strength left (Hebrew), the pills in hand, the whole bottle poured out (Thai), on the bridge now, about to jump
# (Burmese)
_ACT_UNDER_WAY_114 = "|".join(
    (
        _said("الحبوب كلها قدامي", "كل الحبوب قدامي", "الحبوب قدامي") + ".{0,30}" + _said("ابلعهن", "ابلعهم", "بلعهن"),
        _said("מחזיקה את הסכין", "מחזיק את הסכין") + ".{0,30}" + _said("אין לי כוח", "לא יכולה יותר", "לא יכול יותר"),
        _said("ยาอยู่ในมือแล้ว", "ยาอยู่ในมือ") + ".{0,30}" + _said("หมดขวด", "ทั้งขวด"),
        _said("တံတားပေါ်ရောက်နေပြီ", "တံတားပေါ်မှာ") + ".{0,30}" + _said("ခုန်ချလိုက်တော့မယ်", "ခုန်ချမယ်"),
    )
)

# rules-115 (safety holdout 105, after its measurement): a wish that God would take one (Levantine), not to wake in
# the morning, to rest for ever (Swahili), parents spared their trouble without one (Korean), living on without
# meaning (Isan and Central Thai), the urge to hurt oneself again (Gulf Arabic), resting from this world (Hausa)
_DESPAIR_RULES_115 = "|".join(
    (
        _said("يا ريت الله ياخدني", "يا ريت الله ياخذني", "الله ياخدني وخلصنا"),
        r"\bnatamani (?:nisiamke|nife|nisingeamka)\b|\bnipumzike (?:tu )?milele\b",
        _said("내가 없으면") + ".{0,30}" + _said("고생 안 할", "편할 텐데", "편할텐데", "행복할 텐데"),
        _said("อยู่ไปกะบ่มีความหมาย", "อยู่ไปก็ไม่มีความหมาย"),
        _said("ودي أأذي نفسي", "ودي اأذي نفسي", "ودي اذي نفسي", "ابي اذي نفسي", "أبي أأذي نفسي"),
        r"\bzan huta daga (?:wannan duniya|duniyar nan)\b",
    )
)
# ... the plan: the day chosen to rest from this world (Hausa), a rope bought and hidden (Spanish), a letter written
# for when one is no longer there (Quebec French), one's chain given to a cousin to remember one by when gone
# (Caribbean Spanish)
_PLAN_RULES_115 = "|".join(
    (
        r"\bna (?:riga na )?za(?:ɓ|b)i ranar\b.{0,60}\bzan huta daga (?:wannan duniya|duniyar nan)\b",
        r"\b(?:ya )?compre (?:la|una) (?:soga|cuerda)\b.{0,60}\b(?:escondida|nadie sabe)\b",
        r"\bj'?ai ecrit (?:une|des) lettres?\b.{0,80}\bquand (?:je serai|j'serai|je serais|j'serais) (?:pu|plus) la\b",
        r"\b(?:le |les )?(?:regale|di|deje)\b.{0,80}\bpa(?:ra)? que se acuerde\w* de mi cuando ya (?:yo )?no"
        r" (?:este|estare)\b",
    )
)
# ... and the act under way: the razor in hand now, unable to put it down (Egyptian), every pill in one's hand now
# (Cebuano), on the building's roof looking down, no longer afraid (French), on a cliff, as if one could fly (Japanese),
# sitting on the railway track waiting for the train (Hindi), tonight the last night (Levantine Arabizi, Korean with
# everything settled or, rules-118, no strength left to hold on, Yoruba), a whole blister pack taken, going dizzy
# (Portuguese), every pill swallowed (Tamil)
_ACT_UNDER_WAY_115 = "|".join(
    (
        _said("ماسك الموس في إيدي", "ماسك الموس فى إيدي", "الموس في إيدي دلوقتي"),
        r"\bnaa na sa akong kamot ang (?:tanang|tanan nga) (?:tambal|tableta|pills)\b",
        r"\b(?:j'?suis|je suis) sur le toit de l'?immeuble\b.{0,60}\b(?:j'?ai (?:meme )?plus peur|je vais sauter"
        r"|j'?vais sauter)\b",
        _said("崖の上にいる") + ".{0,20}" + _said("飛べそう", "飛び降り", "飛ぶ"),
        _said("रेलवे ट्रैक पर बैठा", "रेलवे ट्रैक पर बैठी", "पटरी पर बैठा", "पटरी पर बैठी")
        + ".{0,30}"
        + _said("ट्रेन का इंतज़ार", "ट्रेन का इंतजार"),
        r"\b(?:il|el) leile (?:hay|hayde|hek) (?:akher|aser|akhir) leile (?:ili|eli|la2ili)\b",
        "^(?!.*"
        + _said("과제", "프로젝트", "보고서", "작업", "숙제", "시험", "공부", "회의")
        + ").*"
        + _said("오늘 밤에 끝낼 거야", "오늘 밤 끝낼 거야", "오늘밤에 끝낼거야")
        + ".{0,20}"
        # (rules-126, safety holdout 114: "this time it's for real")
        + _said("다 정리했어", "정리 다 했어", "버틸 힘이 없어", "그동안 고마웠어", "이번엔 진짜야", "이번엔 진짜"),
        r"\bale oni ni (?:maa|ma) pari gbogbo (?:e|re)\b.{0,40}\bko si ohun to ku fun mi\b",
        r"\btomei (?:a|uma) cartela inteira\b.{0,40}\b(?:ficando tont[ao]|passando mal|agora)\b",
        _said("எல்லா மாத்திரைகளையும் விழுங்கிட்டேன்", "எல்லா மாத்திரையும் விழுங்கிட்டேன்"),
    )
)

# rules-116 (safety holdout 106, after its measurement): to sleep and not have to wake again (Lao), a burden whose
# family would have more peace without one (Swahili, Punjabi), no reason left to go on (Levantine), the thought of
# ending it all that will not leave (Bengali)
_DESPAIR_RULES_116 = "|".join(
    (
        _said("ບໍ່ຕ້ອງຕື່ນອີກ", "ບໍ່ຢາກຕື່ນອີກ"),
        r"\b(?:kama|ikiwa) (?:singekuwepo|nisingekuwepo|singekuwa hai)\b",
        r"\bmere (?:bina|baghair) (?:oh|o|sab|ohna|woh|wo) (?:zyada|jyada|ziada) (?:sukhi|khush)\b",
        _said("ما شايف أي سبب أواصل", "ما في سبب أواصل", "ما شايف سبب كمل"),
        _said("সব শেষ করে দিই") + ".{0,40}" + _said("চিন্তাটা", "মাথা থেকে"),
    )
)
# ... the plan: a jump from a bridge at night thought out (Thai), the day chosen for when one's son is away
# (Spanish), sleeping pills set aside for weeks, enough now (Malayalam), the bank card's PIN written down, the cat
# entrusted to a friend, no trouble to anyone after one is gone (Mandarin)
_PLAN_RULES_116 = "|".join(
    (
        "^(?!.*" + _said("หนัง", "ละคร", "บันจี้", "นิยาย") + ").*" + _said("จะไปกระโดดสะพาน", "กระโดดสะพานตอนกลางคืน"),
        r"\bya elegi el dia\b.{0,80}\basi (?:no me (?:ve|vea|encuentra)|nadie me (?:ve|vea))\b",
        _said("ഉറക്കഗുളിക") + ".{0,40}" + _said("മാറ്റിവെക്കുന്നു", "മതിയാവുന്നത്ര"),
        _said("密码", "托付") + ".{0,60}" + _said("我走了以后", "我走了之后") + ".{0,20}" + _said("添麻烦", "麻烦别人"),
    )
)
# ... and the act under way: a bottle of pesticide in hand now, about to drink (Tamil), the knife in hand now (Iraqi),
# on the bridge, standing at the railing (Korean), on the roof of the block now, unable to bear more (Greek), ending
# everything tonight, alone (Indonesian, not a relationship), gone by tomorrow morning (Sinhala), all the medicine
# swallowed (Amharic)
_ACT_UNDER_WAY_116 = "|".join(
    (
        _said("பூச்சி மருந்து") + ".{0,30}" + _said("கையில", "குடிச்சிடலாம்"),
        _said("السچينة بيدي", "السجينة بيدي", "السكينة بيدي هسه"),
        _said("대교 위야", "다리 위야") + ".{0,40}" + _said("난간 앞에", "난간에 서"),
        _said("στην ταράτσα") + ".{0,60}" + _said("δεν αντέχω άλλο", "κοιτάω κάτω"),
        r"\bmalam ini (?:aku|gue|saya) (?:mau|ingin|akan) (?:akhiri|mengakhiri) (?:semuanya|semua|hidupku|hidup)\b"
        r"(?! (?:sama|dengan) (?:dia|pacar|kamu|mantan))",
        _said("හෙට උදේ වෙද්දි මම නෑ", "හෙට උදේ වෙනකොට මම නෑ"),
        _said("መድሃኒቱን በሙሉ ዋጥኩት", "መድሃኒቱን ሁሉ ዋጥኩት"),
    )
)

# rules-117 (safety holdout 107, after its measurement): the family relieved if one were not there (Maghrebi Arabizi,
# Hinglish), no future for oneself (Quebec French), thinking of following a cousin who went that way (English), simply
# not to be there any more (Swiss German), thinking of finishing oneself off (Egyptian Arabizi), ending it all, oneself
# too (Bengali), the urge to hurt oneself again (Turkish)
_DESPAIR_RULES_117 = "|".join(
    (
        r"\blaw ma kont mawjoo?d\b.{0,30}\b(?:kan |kano )?(?:ertaato|irtaato|rtaato|ertaho|irtaho)\b",
        r"\bmere (?:bina|baghair) (?:sab|sabhi|ghar wale|log|woh|wo) (?:zyada|jyada|ziada) (?:sukoon|sukun|khush|aaram)"
        r" (?:se )?(?:rahenge|rahege|rehenge|honge)\b",
        r"\b(?:y'?a|il y a) pas d'?avenir pour moi\b",
        r"^(?=.*\b(?:went that way|took (?:his|her|their) (?:own )?life|killed (?:him|her|them)sel(?:f|ves)|suicide)\b)"
        r".*\b(?:keep |been |kept )?thinking (?:about|bout|of) following (?:him|her|them)\b",
        r"\b(?:eifach )?n[u]mm da z(?:u)? s[iy]\b",
        r"\b(?:a|ha|ba)sall?as eala nafsi\b",
        _said("সব শেষ করে দিই") + ".{0,20}" + _said("নিজেকেও", "নিজেকে"),
        r"\bkendime zarar verme (?:istegi|durtusu|arzusu)\b",
    )
)
# ... the plan: a rope in the garage thought of (Thai), the day set, after the feast, to see one's mother a last time
# (Gulf), sleeping pills gathered little by little (Tamil), a letter for each brother so they understand why one went
# (French), passwords written down and the insurance put in a sister's name for when one is no more (Bavarian German),
# a guitar and books given to a friend, soon no longer needed (Latvian)
_PLAN_RULES_117 = "|".join(
    (
        "^(?!.*" + _said("หนัง", "ละคร", "นิยาย", "ตากผ้า") + ").*" + _said("จะใช้เชือก"),
        _said("حددت اليوم") + ".{0,60}" + _said("آخر مرة"),
        _said("தூக்க மாத்திரை") + ".{0,30}" + _said("சேர்த்து"),
        r"\blettres? pour\b.{0,60}\bpour qu'?ils comprennent pourquoi je (?:suis parti|suis partie|l'ai fait"
        r"|ne suis plus)\b",
        r"\b(?:passworter|passwoerter|versicherung)\b.{0,120}\bwenn (?:i|ich) (?:nimma|nimmer|nicht mehr)"
        r" (?:da )?bin\b",
        r"\batdevu\b.{0,80}\bdriz vairs nebus vajadzig\w*\b",
    )
)
# ... and the act under way: every pill in hand now (Iraqi, Persian), a whole bottle of pills in hand, water poured
# (Korean), by the railway track, the train due (Telugu), everything finished tonight, unable to bear more (Amharic),
# every pill taken, going dizzy (European Portuguese, Egyptian Arabic), thanks for everything, the last message,
# goodbye (Georgian)
_ACT_UNDER_WAY_117 = "|".join(
    (
        _said("الحبوب كلها بإيدي", "كل الحبوب بإيدي"),
        _said("تمام تابلیت‌ها در دستم", "همه قرص‌ها در دستم", "تمام قرص‌ها در دستم"),
        _said("약 한 통 다 들고", "약 한 통") + ".{0,20}" + _said("물도 떠놨어", "물 떠놨어"),
        _said("రైల్వే ట్రాక్ దగ్గర") + ".{0,30}" + _said("ట్రైన్ వచ్చే"),
        _said("ዛሬ ማታ ሁሉንም ነገር እጨርሳለሁ") + ".{0,40}" + _said("መቋቋም አልችልም"),
        r"\b(?:ja )?tomei os comprimidos todos\b(?! (?:de hoje|do dia|da manha|da noite|a horas))"
        r".{0,30}\b(?:tont[ao]|a ficar mal|zonz[ao])\b",
        _said("شربت الحبوب كلها", "خدت الحبوب كلها", "بلعت الحبوب كلها"),
        _said("ჩემი ბოლო მესიჯია") + ".{0,30}" + _said("ნახვამდის", "მშვიდობით"),
    )
)

# rules-118 (safety holdout 108, after its measurement): asking God to take one in one's sleep (Spanish), the family
# relieved if one were not there (Levantine Arabic), easier for them without one (Nepali), death kinder than this life
# (Sudanese Arabic), what is living for (Sinhala), the thought of throwing oneself off that is always there (Chilean;
# not onto the bed or into the pool), the urge to scratch one's arm till it bleeds (Vietnamese)
_DESPAIR_RULES_118 = "|".join(
    (
        r"\b(?:le pido a dios|le ruego a dios|ojala dios|ojala que dios)(?: que)? me (?:lleve|recoja)\b"
        r"(?! (?:con bien|a salvo|de la mano|por buen camino|a casa))",
        _said("لو ما كنت موجود", "لو ما كنت موجودة", "لو ما كنت عايش") + ".{0,30}" + _said("ارتاحوا", "بيرتاحوا"),
        _said("म नभए") + ".{0,40}" + _said("सजिलो हुन्थ्यो", "खुसी हुन्थे"),
        _said("الموت أرحم من العيشة", "الموت ارحم من العيشة", "الموت أرحم من الحياة", "الموت ارحم من الحياة"),
        _said("ජීවත් වෙලා මොකටද", "ජීවත් වෙන්නේ මොකටද"),
        r"\bpienso en tirarme\b(?! (?:a (?:la )?(?:piscina|pileta|cama|dormir|playa)|en (?:la cama|el sofa|paracaidas)"
        r"|al (?:agua|sofa)|una siesta))",
        r"\bmuon (?:cao|rach|cat) tay (?:minh )?cho (?:chay|ra) mau\b",
    )
)
# ... the plan: knowing now how one will die, a balcony on the twelfth floor (Egyptian Arabizi), decided, ending
# everything next Saturday (Thai, not with someone), a letter left so that one's mother understands when one is gone
# (Bengali), the bank PIN written down for a sister, nothing left to regret (Japanese)
_PLAN_RULES_118 = "|".join(
    (
        r"\be?reft ha?mo+t (?:ezz?ay|izay|ezai)\b",
        _said("ตัดสินใจแล้ว") + ".{0,40}" + _said("จะจบทุกอย่าง") + "(?! ?" + _said("กับ") + ")",
        _said("চিঠি") + ".{0,60}" + _said("আমি না থাকলে"),
        _said("暗証番号", "片付け")
        + ".{0,60}"
        + _said("思い残すことない", "思い残すことはない", "思い残すことは何もない"),
    )
)
# ... and the act under way: the rope in hand now (Iraqi), every sleeping pill in one's hand now (Marathi), forgive me,
# this is my last message (Amharic)
_ACT_UNDER_WAY_118 = "|".join(
    (
        _said("الحبل بيدي", "الحبل بإيدي", "الحبل بايدي", "الحبل في إيدي"),
        _said("सगळ्या गोळ्या", "सर्व गोळ्या") + ".{0,30}" + _said("माझ्या हातात"),
        # (either way round, rules-120: "ደህና ሁኑ። ይህ የመጨረሻ መልእክቴ ነው። ይቅርታ አድርጉልኝ።")
        _said("ይቅርታ", "ያዙልኝ", "ደህና ሁኑ")
        + ".{0,40}"
        + _said("የመጨረሻ መልእክቴ")
        + "|"
        + _said("የመጨረሻ መልእክቴ")
        + ".{0,40}"
        + _said("ይቅርታ", "ያዙልኝ", "ደህና ሁኑ"),
    )
)

# rules-119 (safety holdout 109, after its measurement): the family relieved if one left this world (Egyptian), thinking
# of putting an end to one's life (Irish)
_DESPAIR_RULES_119 = "|".join(
    (
        _said("لو مشيت من الدنيا", "لو رحت من الدنيا", "لو سبت الدنيا"),
        r"\bdh?eireadh a chur le mo (?:shaol|bheatha)\b",
    )
)
# ... the plan: the fan and a scarf decided on (Hindi), the day set to be done with everything (Gulf), the last day of
# the month picked, holding on only till then (Korean; not a job quit, a wedding or a move), a rope bought and hidden,
# nobody knows (Thai), accounts written down, the insurance settled, the cat to a sister, all arranged for afterwards
# (German)
_PLAN_RULES_119 = "|".join(
    (
        _said("पंखा") + ".{0,20}" + _said("दुपट्टा") + r"|\bpankh(?:a|e) (?:aur|or|te|se) dupatt(?:a|e)\b",
        _said("أخلص من كل شي", "اخلص من كل شي", "أخلص من كل شيء") + ".{0,40}" + _said("حددت اليوم"),
        "^(?!.*"
        + _said("퇴사", "결혼", "이사", "휴가", "시험", "여행", "전역", "방학", "월급")
        + ").*"
        + _said("날 잡았어", "날을 잡았어")
        + ".{0,30}"
        + _said("그때까지만 버티면"),
        _said("ซื้อเชือก") + ".{0,40}" + _said("ซ่อนไว้", "ไม่มีใครรู้"),
        r"\b(?:konten|passworter|passwoerter|versicherung)\b.{0,120}\balles (?:geregelt|erledigt|geklart) fur danach\b",
    )
)
# ... and the act under way: on the railway track now, unable to go on (romanised Punjabi), every pill swallowed,
# feeling ill now (Persian)
_ACT_UNDER_WAY_119 = "|".join(
    (
        r"\btrain (?:di|de|ki) patri (?:te|utte|upar|pe) (?:khada|khadi|khade|baitha|baithi|betha)\b",
        _said("همه‌ی قرص‌ها رو خوردم", "همه قرص‌ها رو خوردم", "همه قرصا رو خوردم", "تمام قرص‌ها رو خوردم"),
    )
)

# rules-120 (safety holdout 110, after its measurement): wishing sometimes to die and be done (Egyptian Arabizi), the
# thought of ending everything that will not leave one's head (Levantine), thinking all the time of ending it all
# (Indonesian; not a relationship)
_DESPAIR_RULES_120 = "|".join(
    (
        r"\bbat\S{0,2}ma?nn?a (?:en|in) (?:ana )?a?mo+t\b",
        _said("أنهي كل شي", "انهي كل شي") + ".{0,60}" + _said("الفكرة ما عم تروح", "ما عم تروح من راسي"),
        r"\bkepikiran (?:terus )?(?:pengen|ingin|mau|pingin) (?:ngakhirin|mengakhiri|akhiri)"
        r" (?:semuanya|semua|hidup\w*)\b(?! (?:sama|dengan|hubungan) )",
    )
)
# ... the plan: sleeping pills kept back little by little for a month, enough now (Thai)
_PLAN_RULES_120 = _said("เก็บยานอนหลับ") + ".{0,60}" + _said("น่าจะพอแล้ว", "พอแล้ว")
# ... and the act under way: tonight I do it, unable to go on (Moroccan Darija)
_ACT_UNDER_WAY_120 = (
    r"\bhad (?:lila|llila|leila) (?:ghadi |ghan )?ndirha\b.{0,60}\bma b9(?:i|e)tch n(?:9(?:e|a)?der|kmel)\b"
)

# rules-121 (safety holdout 111, after its measurement): better if one simply were not there (Polish), a burden, better
# if one were gone (Tagalog), done with this life (Levantine)
_DESPAIR_RULES_121 = "|".join(
    (
        r"\blepiej by (?:bylo|było|bylo by)\b.{0,20}\bgdyby mnie (?:po prostu |juz |już )?nie (?:bylo|było)\b",
        r"\b(?:mas okay|mas mabuti|mas ok|mas maganda) (?:siguro |na )?kung wala na (?:lang )?ako\b",
        _said("خلّص فيه من هالحياة", "خلص من هالحياة", "اخلص من هالحياة", "أخلص من هالحياة"),
    )
)
# ... the plan: how decided, a rope in the garage (Thai), the day set to be done with this life (Levantine), sleeping
# pills collected little by little (Korean), a rope bought and hidden under the mattress (Indonesian), everything left
# arranged and the bank codes given for when one is gone (Caribbean Spanish)
_PLAN_RULES_121 = "|".join(
    (
        _said("คิดไว้แล้วว่าจะทำยังไง", "ใช้เชือกในโรงรถ"),
        # (rules-123: or resting from everything after, "وبعدها أرتاح من كل شي")
        _said("حددت اليوم") + ".{0,60}" + _said("هالحياة", "من الدنيا", "أرتاح من كل شي", "ارتاح من كل شي"),
        _said("수면제") + ".{0,20}" + _said("모으고 있어", "다 모았어", "모아뒀어"),
        r"\b(?:udah|sudah|dah) beli tali\b.{0,60}\b(?:umpetin|sembunyi\w*|nunggu rumah sepi)\b",
        # (the bank's passwords, or everything "left arranged", not a will or an insurance alone: "hicimos el
        # testamento para cuando yo no esté" is ordinary)
        r"\b(?:claves|contrasenas|(?:ya )?deje (?:to'?|todo) arreglao?d?o?)\b.{0,120}\bcuando (?:yo )?(?:ya )?no"
        r" (?:este|estare)\b",
    )
)
# ... and the act under way: the pills in hand now, all of them (Iraqi), the rope in hand now (Bengali), tonight,
# everything planned, no one at home (French), every pill swallowed (romanised Punjabi, Czech)
_ACT_UNDER_WAY_121 = "|".join(
    (
        _said("الحبوب بإيدي هسه", "الحبوب بيدي هسه", "الحبوب بإيدي", "الحبوب بايدي"),
        _said("দড়িটা এখন হাতে", "দড়ি হাতে নিয়ে"),
        r"\bc'?est ce soir\b.{0,40}\btout prevu\b.{0,40}\b(?:y aura|il y aura) personne\b",
        r"\b(?:saariyan|sariyan|saryan|sab|sariya) goli(?:yan|an)? kha (?:laiyan|layian|liyan|laiya|lai|lia|li)\b",
        r"\b(?:spolkl|snedl)a? (?:jsem )?(?:to )?vsechny (?:prasky|tablety|leky)\b"
        r"|\b(?:spolkl|snedl)a?\b.{0,10}\bvsechny (?:prasky|tablety|leky)\b",
    )
)

# rules-123 (safety holdout 112, after its measurement): everyone relieved if one were not there (Egyptian Arabizi),
# all better off without one (Hindi script), nothing will get better for one (Portuguese), the urge to hurt oneself
# again (Persian Finglish)
_DESPAIR_RULES_123 = "|".join(
    (
        r"\blaw (?:ana )?(?:mesh|msh|mish) mawgoo?d\b.{0,30}\b(?:kano|kanu|kolohom|kollohom)? ?ha?y?e?rta(?:t|h)o\b",
        _said("मेरे बिना") + ".{0,30}" + _said("ठीक रहेंगे", "खुश रहेंगे", "सुकून से रहेंगे"),
        r"\bnada vai melhorar (?:pra|para) mim\b",
        r"\bbe khod(?:am|em) asib (?:bezanam|bezanm|bezanom)\b",
    )
)
# ... the plan: a date set after a sister's wedding, then finishing with everything (Hebrew), pills gathered from
# several chemists so that no one suspects (European Portuguese)
_PLAN_RULES_123 = "|".join(
    (
        _said("קבעתי תאריך") + ".{0,80}" + _said("גומר עם הכל", "גומרת עם הכל"),
        r"\b(?:juntar|juntando|guardar|guardando) (?:os )?comprimidos\b.{0,60}"
        r"\b(?:ninguem (?:desconfi\w*|saber|perceber)|ja tenho (?:bastantes|suficientes))\b",
    )
)
# ... and the act under way: pills in hand now, water ready (Marathi), on the roof looking down (Haitian Creole),
# tonight I finish it, unable to bear more (Iraqi, Romanian), all the medicine swallowed (Amharic), all the sleeping
# pills taken (Finnish)
_ACT_UNDER_WAY_123 = "|".join(
    (
        _said("गोळ्या हातात घेऊन"),
        r"\b(?:m|mwen) sou do kay la\b.{0,40}\b(?:gade anba|pa kapab anko)\b",
        _said("الليلة راح أخلصها", "الليلة راح اخلصها")
        + ".{0,30}"
        + _said("ما أگدر أتحمل", "ما اگدر اتحمل", "ما أقدر أتحمل"),
        r"\bin seara asta termin cu tot\b.{0,40}\bnu mai am putere\b",
        _said("መድሃኒት ሁሉ ዋጥኩት"),
        r"\botin (?:just |juuri )?kaikki (?:unilaakkeet|laakkeet|pillerit|tabletit)\b",
    )
)

# rules-125 (safety holdout 113, after its measurement): no hope left and no reason to go on (Persian)
_DESPAIR_RULES_125 = (
    _said("هیچ امیدی ندارم", "امیدی ندارم", "هیچ امیدی نیست")
    + ".{0,80}"
    + _said("چرا باید ادامه بدم", "چرا ادامه بدم", "برای چی ادامه بدم")
    # (not a course, a job or a relationship: "نمی دونم چرا باید ادامه بدم این درس رو")
    + r"(?!\s*(?:این|اون|با|به|درس|رشته|کار|رابطه|تحصیل|دانشگاه))"
)
# ... the plan: decided, a day set, then everything ends (Turkish), pills collected for a month until they are enough
# (Gulf Arabizi), things given away because they will not be used, soon not here (Mexican Spanish)
_PLAN_RULES_125 = "|".join(
    (
        # (not the end of exams, a term or a move: "karar verdim, cuma son sinav, sonra her sey bitecek")
        r"^(?!.*\b(?:s[iı]nav\w*|final\w*|tatil\w*|okul\w*|donem\w*|proje\w*|teslim\w*|tas[iı]n\w*|[iı]s\w* bitecek)\b)"
        r".*\bkarar verdim\b.{0,80}\b(?:sonra )?her sey bitecek\b",
        r"\b[th]boob\b.{0,60}\b(?:ajmaehom|ajmaeha|ajmaahom|jamaethom|jameethom)\b",
        r"\bregal\w*\b.{0,100}\bya no (?:voy a estar|estare) (?:aqui|aca|mucho tiempo)\b"
        r"(?!.{0,40}\b(?:me mudo|nos mudamos|me voy a vivir|me cambio de)\b)",
    )
)
# ... and the act under way: on the roof, feet at the edge (French), standing on the bridge's railing now (Egyptian
# Arabic), tonight I end everything (Swedish)
_ACT_UNDER_WAY_125 = "|".join(
    (
        # (not a roofer at work: "sur le toit pour les tuiles, harnais, les pieds au bord")
        r"^(?!.*\b(?:harnais|tuiles?|chantier|couvreur|gouttieres?|antennes?|panneaux|reparer|repare)\b)"
        r".*\b(?:je suis|suis|chui|j'?suis) sur le toit\b.{0,60}"
        r"\b(?:(?:les )?pieds au bord|au bord du vide|je (?:vais )?saute)",
        _said("واقف على سور الكوبري", "واقفة على سور الكوبري", "واقف على سور الجسر", "واقفة على سور الجسر"),
        # (not using something up: "ikvall gor jag slut pa allt godis")
        r"\bikvall (?:gor|tar) jag slut pa (?:allt|mitt liv)\b(?! (?:godis\w*|mat\w*|kakor\w*|glass\w*|chips|pengar\w*"
        r"|vin\w*|ol\w*|pizza\w*|rester\w*|resterna|smagodis|snacks|kaffe\w*|te|jobb\w*|arbete\w*|laxor\w*)\b)",
    )
)

# rules-126 (safety holdout 114, after its measurement): a heavy burden on one's family, all relieved if one were no
# longer there (Egyptian Arabizi), the family better off without one (Korean), dying always on one's mind, ending
# everything (Turkish)
_DESPAIR_RULES_126 = "|".join(
    (
        r"\b(?:b2et|ba2et|baet|ba2a|ba2eit) (?:teml|heml|hemel|teml) (?:te2il|ta2il|teqil|tekil)\b",
        r"\blaw (?:ana )?(?:maeadtsh|maadtsh|maeodtsh|mabaetsh|ma?etsh) mawgoo?d\b.{0,30}"
        r"\b(?:kano|kanu|kolohom|kollohom)? ?ha?y?e?rta(?:t|h)o\b",
        _said("나 없으면", "내가 없으면")
        + ".{0,20}"
        + _said("편할 텐데", "편할텐데", "더 편할", "훨씬 편할", "행복할 텐데"),
        r"\bakl[iı]mdan (?:hep |surekli |hep surekli )?olmek gec\w*\b|\bher seye bir son vermek\b",
    )
)
# ... the plan: a letter so that a mother understands afterwards (French, Bengali), contracts cancelled and the room
# cleared so as to trouble no one (Japanese)
_PLAN_RULES_126 = "|".join(
    (
        # (not a note to a teacher "pour qu'il comprenne pourquoi j'etais absent")
        r"\b(?:lettre|mot)\b.{0,60}\bpour qu'?(?:elle|il|ils|elles|on) (?:comprenne\w*|sache\w*) (?:apres\b|pourquoi je"
        r" (?:suis parti\w*|ne suis plus la|l'?ai fait)\b)",
        _said("চিঠি লিখে রেখেছি") + ".{0,60}" + _said("আমি চলে গেলে"),
        _said("誰にも迷惑かけないように", "誰にも迷惑をかけないように")
        + ".{0,20}"
        + _said("準備はできてる", "準備できてる", "準備した"),
    )
)
# ... and the act under way: the blade in hand now (Levantine), the whole bottle of sleeping pills in hand (Hindi),
# over the railing (French, on a roof; Mandarin, on a bridge), on the roof, not coming back inside (Cebuano)
_ACT_UNDER_WAY_126 = "|".join(
    (
        "^(?!.*" + _said("حلاقة", "احلق", "بحلق", "دقني", "دقن") + ").*" + _said("ماسك الشفرة", "ماسكة الشفرة"),
        _said("गोलियों की पूरी शीशी") + ".{0,20}" + _said("हाथ में") + "|" + _said("पूरी शीशी मेरे हाथ में"),
        r"\b(?:je suis|suis|chui|j'?suis) sur le toit\b.{0,60}\b(?:j'?ai )?(?:passe|enjambe) (?:la )?rambarde\b",
        _said("站到栏杆外面", "站在栏杆外面", "翻过栏杆", "翻過欄杆", "站在欄杆外"),
        r"\bnaa ko (?:karon )?sa atop\b.{0,60}\bdili na ko (?:mobalik|mukanaog|manaog)\b",
    )
)

# rules-127 (safety holdout 115, after its measurement): wishing only not to be here any more (Albanian), everyone
# happier without one (Malay), what use is one's living (Amharic), thinking of finishing with everything (Levantine),
# wanting to cut again (Spanish)
_DESPAIR_RULES_127 = "|".join(
    (
        r"\bdo doja (?:thjesht |vetem )?te mos (?:isha|jem) (?:me )?(?:ketu|gjalle)\b",
        r"\bsemua orang (?:lagi |lebih )?(?:senang|bahagia|gembira) kalau aku (?:takde|tak ada|tiada|mati|pergi)\b",
        _said("መኖሬ ምን ይጠቅማል"),
        _said("صرت فكر", "بفكر", "عم فكر", "عم بفكر")
        + ".{0,15}"
        + _said("إني خلص من كل شي", "اني خلص من كل شي", "إني اخلص من كل شي", "اني اخلص من كل شي")
        # (not finishing everything before a trip or at work)
        + r"(?!\s*(?:قبل|بعد|بالشغل|الشغل|السفر|اليوم|بكرا|بكره))",
        r"\b(?:ganas de|quiero) volver a (?:cortarme|lastimarme|hacerme dano)\b",
    )
)
# ... the plan: pills bought at three chemists so no one suspects (Brazilian Portuguese), sleeping pills saved up
# (Mandarin), everything settled, "then I'm gone" (German), papers sorted and who gets the car written down, "not long
# now" (Italian), things given away, not needed where one is going (Mexican Spanish), all one's things given to a
# brother, not here many more days (Nepali)
_PLAN_RULES_127 = "|".join(
    (
        r"\b(?:fui|passei|andei) (?:em|por|a|nas) (?:tres|duas|quatro|varias|\d) farmacias\b.{0,60}"
        r"\b(?:ninguem desconfiar|ja tenho (?:o )?(?:suficiente|bastante))\b",
        _said("安眠药", "安眠藥") + ".{0,20}" + _said("攒够了", "攢夠了", "存够了"),
        r"\bhab(?:e)? alles geregelt\b.{0,120}\bdanach bin ich weg\b(?! (?:nach|in|fur|richtung|auf|zum|zur|bis)\b)",
        r"\b(?:ho sistemato tutte le carte|ho lasciato scritto a chi va)\b.{0,120}\bormai manca poco\b"
        r"(?! (?:al|alla|alle|allo|agli|ai|a|per|prima|che)\b)",
        r"\bregal\w*\b.{0,100}\ba donde voy (?:ya )?no (?:los|las|lo|la|me) (?:necesito|van a servir|sirven)\b",
        _said("सबै सामान") + ".{0,60}" + _said("यहाँ हुन्न", "यहाँ हुन्नँ"),
    )
)
# ... and the act under way: on a bridge now, wanting to tell someone (Korean), on the rooftop, not wanting to walk
# back down (Cantonese), tonight done with it all (Egyptian), not here to see tomorrow (Sinhala), all the sleeping
# pills just swallowed (Hindi), the last time one writes (Swedish)
_ACT_UNDER_WAY_127 = "|".join(
    (
        _said("지금 다리 위") + ".{0,40}" + _said("누군가한테는 말하고 싶었어", "누군가에게 말하고 싶었어"),
        _said("我而家喺天台", "我而家喺天臺") + ".{0,20}" + _said("唔想再行返落去", "唔想行返落去", "唔想落返去"),
        _said("بالليل هخلص من كل ده", "الليلة هخلص من كل ده"),
        _said("හෙට දකින්න මම ඉන්නේ නෑ", "හෙට දකින්න ඉන්නේ නෑ"),
        _said("सारी नींद की गोलियाँ खा ली", "सारी नींद की गोलियां खा ली", "सारी गोलियाँ खा ली", "सारी गोलियां खा ली"),
        r"\bdet (?:har|ar) (?:ar )?sista gangen jag skriver\b(?! (?:i|pa|har|till|om|under|for)\b)",
    )
)

# rules-128 (safety holdout 116, after its measurement): to sleep and not wake again (Georgian), a burden on the
# family, half their trouble gone if one were not there (Hindi), no hope, why go on at all (Persian Finglish), wanting
# to hurt oneself again (Vietnamese), nothing left that ties one to this world (Levantine/Gulf Arabic)
_DESPAIR_RULES_128 = "|".join(
    (
        _said("დავიძინო და აღარ გავიღვიძო", "დავიძინო და აღარასოდეს გავიღვიძო"),
        _said("बस बोझ बन गया हूँ", "बस बोझ बन गई हूँ", "पर बोझ बन गया हूँ", "पर बोझ बन गई हूँ"),
        _said("मैं ना रहूँ तो", "मैं न रहूँ तो", "मैं ना रहूं तो") + ".{0,30}" + _said("परेशानी खत्म", "खुश रहेंगे", "आराम से"),
        r"\bomidi nadaram\b.{0,80}\bchera (?:aslan )?(?:bayad )?edame bedam\b",
        r"\b(?:lai )?muon tu lam [dđ]au ban than\b",  # (normalize keeps "đ")
        _said("ما بقى شي يربطني بهالدنيا", "ما بقى شي يربطني بالدنيا", "ما في شي يربطني بهالدنيا"),
    )
)
# ... the plan: the day chosen, after Christmas so as not to spoil it (European Portuguese), a mother's pills put aside
# a few at a time (Italian), debts paid and belongings shared out (Arabic), things shared out among friends, not
# needed any more (Serbian)
_PLAN_RULES_128 = "|".join(
    (
        r"\bja escolhi o dia\b(?! d[oa]s? )(?!.{0,60}\b(?:casamento|batizado|mudanca|viagem|exame|cirurgia|consulta"
        r"|entrevista|ferias|festa de|dentista|medico)\b).{0,60}\bpara nao estragar\b",
        r"\bho messo da parte (?:le |delle |tutte le )?(?:pastiglie|pillole|compresse|farmaci|medicine)\b.{0,80}"
        r"\b(?:non se ne accorge|nessuno se ne accorge|un po' alla volta)\b",
        _said("سددت كل ديوني") + ".{0,60}" + _said("يربطني"),
        r"\b(?:raz|po)deli(?:o|la) sam (?:sve )?stvari\b.{0,80}\bnece mi (?:vise )?trebati\b",
    )
)
# ... and the act under way: tonight I finish it, unable to bear more (Persian), the whole box of medicine taken
# (Egyptian), all the pills swallowed (Malayalam), the last time one talks (Welsh)
_ACT_UNDER_WAY_128 = "|".join(
    (
        _said("امشب تمومش می‌کنم", "امشب تمومش میکنم") + ".{0,30}" + _said("دیگه نمی‌کشم", "دیگه نمیکشم", "نمی‌کشم"),
        _said("خدت علبة الدوا كلها", "خدت علبة الدواء كلها", "خدت الدوا كله"),
        _said("ഗുളികകൾ എല്ലാം കഴിച്ചു", "എല്ലാ ഗുളികകളും കഴിച്ചു"),
        r"\bdyma'?(?:are|r) tro olaf (?:fydda i'?n|y bydda i'?n|i mi) (?:siarad|sgwennu|ysgrifennu)\b",
    )
)

# rules-129 (safety holdout 117, after its measurement): seeing oneself as a burden, the family more at peace without
# one (Swahili), no reason seen to go on (Egyptian), what is the point of living (Hinglish), the thought of taking
# one's life (Turkish)
_DESPAIR_RULES_129 = "|".join(
    (
        r"\bnajiona (?:kama )?(?:ni )?mzigo\b",
        r"\bbila mimi (?:wange|wata|familia)\w*\b.{0,30}\b(?:amani|furaha|raha|vizuri)\b",
        _said("مش شايف سبب أكمل", "مش شايفة سبب أكمل", "مفيش سبب أكمل", "مش لاقي سبب أكمل"),
        r"\bjeene ka (?:kya|kia) (?:matlab|fayda|faida)\b",
        r"\bcan[ıi]ma k[ıi]y(?:mak|mayi|maya|acag\w*|ar\w*|d[ıi]m)\b",
    )
)
# ... the plan: the method decided, only the when left (Korean), papers sorted, debts paid and passwords written down
# for a sister (Italian), the dog given away, not being there to look after it (Mexican Spanish; not when moving)
_PLAN_RULES_129 = "|".join(
    (
        # (not the way of something named before it: "이사 방법은 정했어", the way to move house; normalize leaves
        # Hangul as its jamo)
        "(?<![\u1100-\u11ff] )"
        + _said("방법은 정했어", "방법 정했어", "방법은 정했다")
        + ".{0,30}"
        + _said("언제 할지", "언제 하느냐"),
        r"\b(?:ho sistemato tutte le carte|(?:ho )?pagato (?:i|tutti i) debiti)\b.{0,80}"
        r"\bscritto (?:tutte )?le password per (?:mia|mio|i miei|le mie)\b",
        r"^(?!.*\b(?:me mudo|mudanza|me voy a vivir|me cambio de|viaje|viajo|extranjero|trabajo)\b)"
        r".*\bregal\w*\b.{0,60}\bya no voy a estar (?:pa|para) (?:cuidarl[oa]s?|verl[oa]s?|darles? de comer)\b",
    )
)
# ... and the act under way: at the top of the cliff now, and sorry (Welsh), tonight one ends it, everyone take care
# (Korean), pesticide drunk in the field (Marathi)
_ACT_UNDER_WAY_129 = "|".join(
    (
        r"\bdwi ar ben y (?:clogwyn|bont|graig|to)\b.{0,80}\b(?:sori|sorry|hwyl fawr)\b",
        _said("오늘 밤에 끝낼 거야", "오늘밤에 끝낼 거야", "오늘 밤 끝낼 거야", "오늘밤에 끝낼거야")
        + ".{0,30}"
        + _said("잘 지내", "잘 있어", "안녕"),
        _said("कीटकनाशक पिऊन टाकल", "कीटकनाशक पिलं", "कीटकनाशक प्यायल", "कीटनाशक पी लिया", "कीटनाशक पी ली"),
    )
)

# rules-130 (safety holdout 118, after its measurement): a burden on the family, everyone's life easier without one
# (romanized Urdu), not knowing why one is still alive (Iraqi Arabizi), the one thought of finishing everything
# (Turkish), not wanting to live any more (Egyptian Arabizi; not to live in a place)
_DESPAIR_RULES_130 = "|".join(
    (
        r"\b(?:sab|sabhi|ghar walon|gharwalon|ghar wale|family) (?:pe|par|pay|ke liye|k liye) (?:bas )?bojh ban"
        r" (?:gaya|gayi|gai|gya) (?:hoon|hun|hu|hon)\b",
        r"\bmere (?:baghair|bagair|baghér|bina) (?:sab|ghar walon|gharwalon|family)\b.{0,30}"
        r"\b(?:asaan|aasan|asan|behtar|khush)\b",
        r"\b(?:ma|mo|mu) (?:adri|aeref|aerf|daeref) (?:lesh|leish|lish|laysh) (?:baeadni|baedni|lissa|lessa|baead)"
        r" (?:eaayish|eayesh|eaysh|eaysha|eayesha|eayish)\b",
        r"\b(?:kafamda|aklimda|akl[ıi]mda|dusunce|dusunuyorum)\b.{0,40}\bher seyi bitir(?:mek|eyim|ecegim|sem)\b"
        # (not the work to finish: "her şeyi bitirmek ve tatile çıkmak")
        r"(?! (?:ve|sonra|once|icin|lazim|gerek|zorundayim|tatil\w*|ders\w*|is\w*|proje\w*|tez\w*)\b)",
        r"\bmesh (?:eayez|eayza) ae+sh\b(?! (?:fi|f|hena|henak|maea|mae|gamb|ganb)\b)",
    )
)
# ... the plan: a grandmother's medicines gathered for when one is ready (Cebuano), a letter to one's mother under
# the pillow asking forgiveness (Hindi), cutting again at the weekend alone, a razor bought (Korean), the day fixed,
# after the feast (Egyptian Arabizi)
_PLAN_RULES_130 = "|".join(
    (
        r"\b(?:gitigom|gitipon|gitagoan) (?:nako|ko) ang mga tambal\b.{0,60}\bpara (?:kung|inig) andam na (?:ko|ako)\b",
        _said("चिट्ठी लिख दी", "चिट्ठी लिख दी है", "खत लिख दिया")
        + ".{0,80}"
        + _said("माफ़ कर देना", "माफ कर देना", "मुझे माफ़ करना"),
        # (cutting, said with being alone, the wrist or a blade: not a line drawn again, "선을 다시 그을 거야")
        _said("혼자", "몰래", "손목", "면도칼", "칼")
        + ".{0,40}"
        + _said("다시 그을 거야", "다시 그을거야", "또 그을 거야")
        + "|"
        + _said("다시 그을 거야", "다시 그을거야", "또 그을 거야")
        + ".{0,40}"
        + _said("면도칼", "칼", "손목"),
        r"\b(?:taddedt|haddedt|taddadt) el ?yom\b.{0,60}\b(?:mesh|mish) (?:eayez|eayza) (?:aeeesh|aeesh|aeish)\b",
    )
)
# ... and the act under way: tonight, once everyone sleeps (Spanish), tonight one is done with everything, unable to go
# on (Levantine), this is one's last message (Amharic)
_ACT_UNDER_WAY_130 = "|".join(
    (
        r"\besta noche lo hago\b.{0,40}\bcuando (?:todos|todo el mundo|mis papas|mi familia) (?:se )?duerm\w*",
        _said("الليلة رح خلص من كل شي", "الليلة رح اخلص من كل شي", "الليلة بدي خلص من كل شي")
        + ".{0,20}"
        + _said("ما عاد فيني", "ما عدت قادر", "ما بقى فيني"),
        _said("የመጨረሻ መልእክቴ ነው"),
    )
)

# rules-131 (safety holdout 119, after its measurement): wishing a lorry would run one over (Mexican Spanish), to
# sleep one night and not wake (Persian Finglish), no meaning left in living (Turkish), what if one vanished from this
# world (Mandarin), wanting to hurt oneself again, to cut (Indonesian)
_DESPAIR_RULES_131 = "|".join(
    (
        r"\bojala (?:un dia |algun dia |ya )?me (?:atropell|arroll|pis)\w*\b",
        r"\bkash\b.{0,20}\bbekhabam\b.{0,20}\b(?:dige |digeh )?bidar nasham\b",
        r"\byasaman[ıi]n (?:bir |bi )?anlam[ıi] kalmad[ıi]\b",
        _said("我从这个世界消失", "我从世界上消失", "我從這個世界消失"),
        r"\b(?:pengen|pingin|ingin|mau) (?:banget |lagi )?(?:nyakitin|menyakiti) diri(?: sendiri)?\b"
        r"|\b(?:pengen|pingin|ingin|mau) (?:banget )?nyayat\b",
    )
)
# ... the plan: decided, after the feast, not to spoil it for the family (Gulf Arabizi), a rope bought in secret and
# hidden (Hinglish), a letter to one's mother to read when one is gone (Korean), clothes and phone shared out, not
# needed again (Egyptian)
_PLAN_RULES_131 = "|".join(
    (
        r"\b(?:baed|bead|baad) (?:il|el|al) e?ee?i?d\b.{0,40}\b(?:ma|mesh|mish|mabi|maba) (?:ard |abi |abgha"
        r" |baddi |ayez |eayez )?(?:akharrib|akharib|akhrab|akharrab)\b",
        r"\b(?:chupke se|chhup(?:a|ake|a ke))\b.{0,40}\brassi\b|\brassi (?:khareed|kharid)\w*\b.{0,60}\bchhup\w*",
        _said("내가 없으면 읽으라고", "내가 없을 때 읽으라고"),
        _said("وزعت") + ".{0,60}" + _said("مش هحتاجهم تاني", "مش هحتاجها تاني", "مش محتاجهم تاني"),
    )
)
# A whole box taken, unless of sweets ("khadt el 3elba kollaha mn el shokolata"): read by rules-131 and rules-138.
_NOT_A_BOX_OF_SWEETS = (
    r"(?!.{0,25}\b(?:shokolata|chocolate|choco\w*|biscuit\w*|besko\w*|halawa|chips|lib|sweets|candy|ays ?krim)\b)"
)
# ... and the act under way: all the pills out and held in the hand, "this time for real" (Korean), the knife in hand
# now, unable to stop the thoughts (Gulf Arabic), on the bridge for an hour watching the water (Quebec French), at the
# far edge of the bridge now (Norwegian), tonight going away for ever (Indonesian), the whole box taken (Egyptian
# Arabizi)
_ACT_UNDER_WAY_131 = "|".join(
    (
        _said("약 다 꺼내서", "약을 다 꺼내서", "약 전부 꺼내서") + ".{0,30}" + _said("손에 쥐고"),
        _said("السكين بيدي", "السكينة بيدي") + ".{0,40}" + _said("ما أقدر أوقف التفكير", "ما اقدر اوقف التفكير"),
        r"\b(?:chui|je suis|j'?suis|suis) sur le pont\b.{0,40}\b(?:ca fait|depuis) (?:une|deux|trois|\d+) heures?"
        r" (?:que )?(?:je |j')?regarde l'?eau\b",
        r"\bjeg star (?:helt )?ytterst pa (?:brua|broa|brukanten)\b",
        r"\bmalam ini (?:aku|gue|gw|saya) (?:mau|akan|ingin) pergi (?:untuk )?selamanya\b",
        # (not a box of sweets: "khadt el 3elba kollaha mn el shokolata")
        r"\bkhadt (?:el|al|il) eelba kollaha\b" + _NOT_A_BOX_OF_SWEETS,
    )
)

# rules-132 (safety holdout 120, after its measurement): to fall asleep and never rise (Bengali), a burden, all
# relieved if one were not here (Egyptian Arabizi), only a burden, they'd be better off (Tagalog), thoughts of
# finishing it all (romanized Urdu), what if one simply ended here (Mandarin)
_DESPAIR_RULES_132 = "|".join(
    (
        _said("আর যেন কোনোদিন না উঠি", "আর কোনোদিন না উঠি", "আর যেন না উঠি"),
        r"\blaw ana mesh mawgoode?a? (?:hayertato|hayertaho|hayertahou|haykono ahsan|haykouno ahsan|hayeb2o ahsan)\b",
        r"\bpabigat (?:lang )?(?:talaga )?ako\b",
        r"\bmas (?:okay|ok|masaya|maayos|magaan) (?:siguro )?(?:sila|ang buhay nila) kung wala na (?:ako|ko)\b",
        r"\b(?:khayal|khyal|soch|sochta|sochti)\w*\b.{0,40}\bsab (?:kuch )?khatam kar (?:doon|dun|du)\b"
        r"|\bkhatam kar (?:doon|du|dun) sab kuch\b",
        _said("要是我就这样结束了", "如果我就这样结束了", "要是我就這樣結束了"),
    )
)
# ... the plan: the day chosen, to join one's dead son (French), a father's blood-pressure pills gathered and hidden
# (Levantine), a letter they will understand later (Korean), letters so they won't think it their fault (Greek),
# clothes and guitar given away, not needed after Friday (Brazilian Portuguese; not a move), a phone and things given
# to a sibling, not needed when one is gone (Tagalog)
_PLAN_RULES_132 = "|".join(
    (
        r"\bj'?ai choisi le jour\b.{0,100}\bje vais (?:le|la|les) rejoindre\b",
        _said("عم جمع حبوب", "عم اجمع حبوب", "عم جمع الحبوب") + ".{0,50}" + _said("خبيتن", "خبيتها", "ما حدا رح ينتبه"),
        _said("나중에 읽으면 이해해줄 거야", "나중에 읽으면 이해해 줄 거야", "나중에 읽으면 이해할 거야"),
        r"\bεγραψα γραμματα\b.{0,80}\bνα μην (?:πιστεψουν|νομισουν) οτι φταιν\w*",
        r"^(?!.*\b(?:mudan\w*|mudar|viagem|intercambio|apartamento novo|casa nova)\b).*\bdei (?:minhas|meus|todas? as"
        r" minhas|todos os meus)\b.{0,80}\bnao vou precisar mais\b",
        r"\b(?:binigay|ibinigay|pinamigay|ipinamigay) ko\b.{0,80}\b(?:di|hindi) ko na kailangan\b.{0,30}"
        r"\bpag wala na (?:ako|ko)\b",
    )
)
# ... and the act under way: the pills in front, the glass in hand (Gulf), on the railway line now (Marathi), tonight
# I end it, I can't bear more (Korean), tonight I finish it, I cannot endure (Somali), the whole of a mother's
# medicine taken (Darija)
_ACT_UNDER_WAY_132 = "|".join(
    (
        _said("الحبوب قدامي") + ".{0,40}" + _said("كاسة الماي بيدي", "ما عاد فيني", "كاسة الماء بيدي"),
        _said("रेल्वे रुळावर उभा", "रेल्वे रुळावर उभी", "रुळावर उभा आहे", "रुळावर उभी आहे"),
        _said("오늘 밤에 끝낼 거야", "오늘밤에 끝낼 거야", "오늘 밤 끝낼 거야", "오늘밤에 끝낼거야")
        + ".{0,30}"
        + _said("더는 못 버티겠어", "더 이상 못 버티겠어", "더는 못 견디겠어"),
        r"\bcaawa (?:ayaan|baan) dhammaynay\w*\b.{0,40}\bma sii adkaysan karo\b",
        r"\bklit (?:dwa|ddwa|ldwa) kaml\w*\b",
    )
)

# rules-135 (safety holdouts 121 and 122, after their measurement): each family said the way the holdouts' writers
# said it, widened to the family's other words in that language (not the row's wording alone).
# ... despair: better if a car hit me, a relief (Brazilian Portuguese), to sleep and never wake (romanized Hindi),
# no reason / no future / what for am I still living (Polish, Urdu, Portuguese, Hindi), wanting to end it all and
# rest forever (Korean, Hindi), wanting to cut oneself (Mandarin, Levantine), a burden the family would be happier
# without (romanized Punjabi, Egyptian Arabizi)
_DESPAIR_RULES_135 = "|".join(
    (
        r"\bse (?:um|uma|o) (?:carro|caminhao|onibus|trem|moto|raio)\b.{0,20}\bme (?:pegasse|atropelasse|acertasse)\b"
        r".{0,40}\b(?:alivio|melhor|tanto faz|nao ia (?:ligar|me importar))\b",
        r"\bso ja(?:un|u|oon|ung|ungi|unga)\b.{0,10}\b(?:aur|or) (?:phir |fir )?kabhi (?:na |naa )?(?:uth|utth)\w*"
        r"(?: hi)?(?: nahi| nahin| na)?\b",
        r"\b(?:nie wiem|nie rozumiem) po co (?:jeszcze |w ogole |dalej )?(?:zyje|zyc|mam zyc|tu jestem)\b"
        r"|\bnie widze (?:juz )?(?:zadnej |zadnego )?(?:przyszł\w*|sensu zycia|sensu zyc)\b",
        _said(
            "کس لیے جی رہی ہوں",
            "کس لیے جی رہا ہوں",
            "کس کے لیے جی رہی ہوں",
            "کس کے لیے جی رہا ہوں",
            "किस लिए जी रही हूँ",
            "किस लिए जी रहा हूँ",
            "किसके लिए जी रही हूँ",
            "किसके लिए जी रहा हूँ",
        ),
        r"\bkis (?:liye|lie|ke liye|k liye) (?:jee|ji) (?:raha|rahi|rha|rhi) (?:hoon|hun|hu|hon)\b",
        r"\bnao vejo (?:mais )?(?:motivo|razao|sentido) (?:pra|para|de) (?:continuar )?(?:vivendo|viver|estar vivo"
        r"|estar viva)\b",
        _said("다 끝내버리고 싶", "다 끝내 버리고 싶", "영원히 쉬고 싶", "다 끝내고 싶다는 생각"),
        _said("हमेशा के लिए खत्म कर दूं", "हमेशा के लिए खत्म कर दूँ", "हमेशा के लिए ख़त्म कर दूँ", "हमेशा के लिए सब खत्म"),
        r"\bhamesha (?:ke liye|k liye) (?:sab )?(?:khatam|khatm|khtm) kar (?:doon|dun|du|dena)\b",
        _said("拿刀划自己", "用刀划自己", "想划自己", "又划自己", "划伤自己", "割自己", "割腕"),
        _said("بدي جرح حالي", "بدي اجرح حالي", "بدي أجرح حالي", "بدي اذي حالي", "بدي أذي حالي"),
        r"\b(?:ghar walean|ghar waleyan|ghar waliyan|ghar walon|gharwaleyan) (?:te|ty|te upar|par|pe) bojh\b",
        r"\blaw ana mesh mawgoode?a?\b.{0,10}\b(?:yb2a|yeb2a|hayb2a|hayeb2a|ykoon|ykon|haykoon) (?:ahsan|atsan)\b",
    )
)
# ... the plan: papers, codes and files put in order for when one is no longer here (French), the day decided, "that
# day I do it" (Spanish), letters asking to be forgiven, not their fault (Gulf Arabic, Greek), blades hidden to cut
# oneself again (Polish), a handful of pills bought from every pharmacy so none would suspect (romanized Persian)
_PLAN_RULES_135 = "|".join(
    (
        r"\b(?:tout range|range|classe|prepare|mis en ordre)\b.{0,80}\b(?:papiers|codes|comptes?|dossiers?)\b.{0,80}"
        r"\bquand je (?:ne )?(?:serai|serais) plus la\b",
        r"\bya lo (?:decidi|tengo decidido|he decidido)\b.{0,120}\b(?:ese dia|ese mismo dia|ahi|entonces) lo hago\b",
        _said("كتبت رسالة", "كتبت رسايل", "كتبت رسائل", "كتبتلهم رسالة")
        + ".{0,80}"
        + _said("يسامحوني", "مو ذنبهم", "مش ذنبهم", "ما لهم ذنب", "ليس ذنبهم"),
        r"\bεγραψα (?:ενα )?γραμμα\w*\b.{0,100}\b(?:δεν φταιει|δεν φταινε|να με συγχωρεσ\w*)",
        r"\b(?:schowałam|schowałem|schowalam|schowalem|mam schowane) (?:\w+ ){0,2}(?:zyletki|zyletke|nozyk|ostrza)\b"
        r"|\b(?:znowu |znow |w koncu )?sie potne\b|\bpotne sie\b",
        r"\b(?:ghors|gors|ghrs|ghors ha)\b.{0,20}\bjam (?:kardam|mikonam|kardeam)\b"
        r"|\baz har (?:darookhoone|darukhane|darookhane|darukhoone)\b.{0,40}\b(?:kharidam|gereftam)\b",
    )
)
# ... and the act under way: cut far too deep (English), the hour set for when the night nurse has left (English),
# a whole box of sleeping pills just swallowed (French, Egyptian Arabic, Darija), on the bridge now looking at the
# water (Brazilian Portuguese, Turkish), a goodbye leaving one's children in a sister's care (Hindi, Bengali), the
# knife, the poison or all the pills in one's hand now (Portuguese, Spanish, Turkish, Mandarin, Hindi), tonight
# when all are asleep, no one needs me (Vietnamese), tonight I end it, I can't bear it (Persian)
_ACT_UNDER_WAY_135 = "|".join(
    (
        r"\bcut (?:way |far |much |so |really )too deep\b",
        r"^(?!.*\b(?:homework|laundry|washing|ironing|dishes|shopping|call|email|form|forms|paperwork|taxes|clean\w*"
        r"|cook\w*|shower|bath|exercise|workout|nails|hair)\b).*\b(?:once|when|after|as soon as) (?:[\w']+ ){1,5}"
        r"(?:leaves|has left|goes home|is gone|goes to (?:bed|sleep)|falls asleep|is asleep|are asleep)\b.{0,20}"
        r"\bi'?ll do it[ .!]*$",
        r"\b(?:je viens d'?avaler|j'?ai avale) (?:(?:toute la boite|tout le tube|toute la plaquette)(?: (?:de |d'|des )"
        r"(?:\w+ )?(?:somniferes|cachets|comprimes|medicaments|medocs|pilules|doliprane|paracetamol|xanax|lexomil"
        r"|anxiolytiques|antidepresseurs|lithium)\b|(?! (?:de|d'|des)\b)(?!d'))|tous les (?:cachets|comprimes"
        r"|somniferes|medicaments|medocs))\b",
        _said("خدت علبة البرشام كلها", "خدت العلبة كلها", "بلعت علبة البرشام", "خدت كل البرشام", "بلعت كل البرشام"),
        r"\bchrebt (?:gae|gaa|kaml\w*|ga3) (?:dwa|ddwa|ldwa)\b|\bchrebt (?:dwa|ddwa|ldwa) (?:kaml\w*|gae|gaa)\b",
        r"\b(?:to|tou|estou) (?:na|em cima da|no meio da) ponte\b.{0,60}\b(?:olhando (?:pra|para) (?:a )?agua|pular"
        r"|me jogar|acabar com tudo|nao aguento)\b",
        r"\bkoprunun (?:ustundeyim|uzerindeyim|kenarındayım|kenarindayim|ortasındayım)\b.{0,60}"
        r"\b(?:kimse aramasın|kimse aramasin|atlayacag\w*|artık dayanamıyorum|elveda|hoscakal\w*)",
        _said("मेरे बच्चों का ध्यान रखना", "मेरे बच्चे का ध्यान रखना", "बच्चों का ख्याल रखना")
        + ".{0,60}"
        + _said("हमेशा के लिए", "माफ़ करना", "माफ करना", "अब जा रही हूं", "अब जा रहा हूं"),
        _said("দেখে রেখো", "দেখে রাখিস", "খেয়াল রেখো")
        + ".{0,40}"
        + _said("আমি আর থাকছি না", "আমি আর থাকব না", "মাফ করে দিও", "ক্ষমা করে দিও"),
        r"^(?!.*\b(?:cozinh\w*|cebola|legumes|carne|fruta|bolo|pao|churrasco|barba|barbe\w*)\b)"
        r".*\b(?:to|tou|estou) com (?:a|o|as|os|todos os|todas as) (?:\w+ ){0,2}"
        r"(?:faca|remedios|comprimidos|veneno|corda|arma|lamina|gilete|pilulas)\b"
        r"(?: \w+){0,3} na mao\b(?=.*\b(?:nao aguento|nao consigo mais|me perdo\w*|perdao|adeus|nao sei se consigo"
        r" parar|acabar com tudo|chega|ja amarrei|so queria (?:que alguem soubesse|falar com alguem))\b)",
        r"^(?!.*\b(?:cocin\w*|cebolla|verdura|carne|fruta|pastel|pan|asado|afeit\w*|barba|migrana|dolor de|alergia"
        r"|gripe|fiebre|cuantas me tomo)\b)"
        r".*\btengo (?:el|la|las|los|todas las|todos los) (?:\w+ ){0,2}"
        r"(?:veneno|pastillas|pildoras|cuchillo|navaja|cuerda|soga|pistola|cuchilla)\b"
        r"(?: \w+){0,2} en (?:la|mi|mis) manos?\b(?=.*\b(?:ya no aguanto|no aguanto mas|no puedo mas|perdon\w*|adios"
        r"|no se si (?:puedo|podre|voy a poder) parar|se acabo|ya no quiero|ya la amarre|ahora mismo|ahorita"
        r"|no se ni (?:pa|para) que te escribo)\b)",
        r"\belimde\b.{0,30}\b(?:butun|tum|hepsi)\b.{0,20}\b(?:ilac|hap)\w*|\b(?:butun|tum) (?:\w+ )?(?:ilac|hap)\w*"
        r" elimde\b",
        _said(
            "药全倒在手",
            "药全都倒在手",
            "所有的药都在我手",
            "整瓶药在我手",
            "刀就在我手里",
            "刀就在我手上",
            "刀在我手里了",
        ),
        r"\b(?:saari|sari|saare|sare|sab) (?:\w+ ){0,2}(?:goliyan|goliya|goliyaan|dawai|dawaiyan|tablets|pills)\b"
        r"(?: \w+){0,3} (?:haath|hath) (?:mein|me|mai|main)\b",
        _said("हाथ में") + ".{0,20}" + _said("सारी गोलियाँ", "सारी गोलियां", "सब गोलियाँ", "सब गोलियां"),
        r"\btoi nay\b.{0,40}\b(?:minh|em|toi|tao|anh) se (?:đi luon|ket thuc|cham dut)\b.{0,40}"
        r"\bkhong (?:ai|con ai) can (?:minh|em|toi|tao|anh) nua\b",
        _said("امشب")
        + ".{0,40}"
        + _said("تمومش میکنم", "تمومش می کنم", "تمومش می‌کنم")
        + ".{0,20}"
        + _said("دیگه نمیکشم", "دیگه نمی کشم", "دیگه طاقت ندارم"),
    )
)

# rules-136 (safety holdout 123, after its measurement), widened to each family's other words in the language:
# ... despair: wishing not to wake (Mexican Spanish), no reason left to live (Indonesian)
_DESPAIR_RULES_136 = "|".join(
    (
        # (not someone else woken: "ojala no despertara al bebe")
        r"\bojala (?:ya )?no (?:despertara|me despertara|me despierte|amaneciera)\b(?! (?:a|al|el|la|los|las|mi|tu|su"
        r"|nadie|a nadie)\b)",
        r"\b(?:gak|nggak|ngga|ga|gk|tidak|tak) (?:ada )?(?:alasan|gunanya|artinya|tujuan) (?:lagi )?(?:buat|untuk|utk)"
        r" (?:tetap |terus |tetep )?hidup\b",
    )
)
# ... the plan: treasured things shared out, not needed any more (Korean), the how decided, from the bridge, waiting
# for the moment (Gulf Arabic), a blade hidden to use once the parents sleep (Spanish)
_PLAN_RULES_136 = "|".join(
    (
        _said("나눠줬어", "나눠 줬어", "다 줬어", "나눠줬다")
        + ".{0,30}"
        + _said("이제 나한테는 필요 없", "이제 나한텐 필요 없", "이제 필요 없을 거니까", "더 이상 필요 없을 거니까"),
        _said("عرفت كيف بسويها", "عرفت كيف راح اسويها", "عرفت كيف اسويها", "قررت كيف بسويها")
        + ".{0,60}"
        + _said("الجسر", "الوقت المناسب", "الحبوب", "السطح", "الدوا"),
        r"\b(?:escondi|guarde|tengo escondid[ao]s?) (?:una |la |las |unas |mis )?(?:cuchillas?|navajas?"
        r"|hojas? de afeitar|gillettes?)\b.{0,60}\b(?:para usarlas?|cuando (?:todos|mis (?:papas|padres|jefes)"
        r"|nadie) (?:se duerm\w+|este|mire))\b",
    )
)
# ... and the act under way: on the bridge now looking down (Turkish), on the bridge looking at the river, no
# strength left (Darija), a last message with a goodbye (Bengali, Romanian), the pills in hand now, unable to go on
# (Egyptian), a father's gun in hand, unable to bear it (Persian), tonight when everyone sleeps (Korean), ending it
# all tonight (Malay)
_ACT_UNDER_WAY_136 = "|".join(
    (
        r"\bkoprunun (?:ustundeyim|uzerindeyim|kenarındayım|kenarindayim)\b.{0,40}\b(?:asagı|asagi) (?:bakıyorum"
        r"|bakiyorum)\b",
        r"\b(?:ana )?daba (?:fo9|foq|fou9|f9) (?:l9ontra|lqantra|l9ntra|el9ontra)\b.{0,60}\b(?:ma b9itch (?:9ader"
        r"|9adra|n9der)|kanchouf f (?:lwad|lbhar))\b",
        _said("এটাই আমার শেষ মেসেজ", "এটা আমার শেষ মেসেজ", "এটাই আমার শেষ বার্তা")
        + ".{0,100}"
        + _said("বিদায়", "ক্ষমা করে দিও", "মাফ করে দিও"),
        r"\b(?:asta|acesta|aceasta) (?:e|este) ultimul (?:meu )?mesaj\b.{0,100}\b(?:adio|iertati-ma|iertati ma"
        r"|iarta-ma|aveti grija de)\b",
        _said("الحبوب في ايدي", "البرشام في ايدي", "الحبوب في إيدي", "البرشام في إيدي")
        + ".{0,40}"
        + _said("مش قادر اكمل", "مش قادرة اكمل", "مش قادر استحمل", "مش قادرة استحمل", "سامحوني"),
        _said("تفنگ")
        + ".{0,20}"
        + _said("دستمه", "تو دستمه", "دستم")
        + ".{0,30}"
        + _said("دیگه نمیکشم", "دیگه نمی کشم", "دیگه نمی\u200cکشم", "دیگه طاقت ندارم"),
        _said("오늘 밤에 끝낼 거야", "오늘밤에 끝낼 거야", "오늘 밤 끝낼 거야", "오늘밤에 끝낼거야")
        + ".{0,20}"
        + _said("다들 잠들면", "모두 잠들면", "다 잠들면"),
        r"\b(?:malam ni|malam ini|mlm ni|malam nanti) (?:aku|saya|gua|gue) (?:nak|mau|akan|nk) (?:tamatkan|akhiri"
        r"|akhirkan|habiskan) (?:semuanya|segalanya|semua ni|hidup (?:aku|saya))\b"
        # (not a relationship ended: "malam ini aku mau akhiri semuanya sama dia, udah capek pacaran")
        r"(?!.*\b(?:sama|dengan|dgn|ama) (?:dia|doi|pacar\w*|dia orang)\b|.*\b(?:pacaran|putus|hubungan|kontrak)\b)",
    )
)

# rules-137 (safety holdout 124, after its measurement), widened to each family's other words in the language:
# ... despair: all better off without me, become a burden (romanized Hindi)
_DESPAIR_RULES_137 = "|".join(
    (
        r"\bmere bina (?:sab|sabhi|ghar wale|family|mummy papa|log|sab log)\w* (?:better|behtar|khush|sukhi|theek)"
        r" (?:rahenge|rahega|honge|hoge|reh lenge|reh lainge)\b",
        r"\b(?:bojh|boj|bhoj) ban (?:gayi|gaya|gai|chuki|chuka) (?:hoon|hun|hu|haan|han)\b",
    )
)
# ... the plan: the day decided so that someone never forgets (Spanish), pills gathered from several pharmacies
# (Spanish), how decided, with the means (French)
_PLAN_RULES_137 = "|".join(
    (
        r"\bya (?:decidi|lo decidi) que (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana"
        r"|esta noche) es el dia\b(?=.*\b(?:nunca (?:lo|me|la) olvid\w*|no (?:lo|me|la) olvide nunca|ya no voy a estar"
        r"|nadie me va a extranar|se acabo)\b)",
        r"\b(?:fui|estoy|voy|sigo) (?:juntando|guardando|acumulando) (?:\w+ ){0,2}(?:pastillas|pildoras|clonazepam"
        r"|rivotril|somniferos|medicamentos)\b.{0,60}\b(?:distintas|varias|diferentes) farmacias\b"
        r"|\b(?:pastillas|pildoras|somniferos) de (?:distintas|varias|diferentes) farmacias\b",
        r"\bj'?ai (?:choisi|decide|trouve) comment (?:je vais (?:faire|le faire|partir|en finir)|en finir)\b.{0,60}"
        r"\b(?:voiture dans le garage|garage ferme|pont|corde|cachets|medicaments|fusil|train|rails|falaise)\b",
    )
)
# ... and the act under way: the poison drunk minutes ago (Portuguese), outside a bridge's railing (Mandarin), a knife
# in hand now, unable to go on (Egyptian Arabizi), the pill bottle in hand, all to be swallowed (Korean), gone for
# ever tonight once all sleep (romanized Hindi)
_ACT_UNDER_WAY_137 = "|".join(
    (
        r"\b(?:tomei|bebi|engoli) (?:o|um|todo o|aquele|esse) veneno\b",
        _said("在栏杆外面", "站在栏杆外", "翻过栏杆", "翻過欄杆", "在欄杆外面"),
        r"\b(?:el )?(?:sekina|sekkina|sikkina|mos|moos|shefra|bar4am|barsham) (?:f|fi|fe)"
        r" (?:2idi|2eedy|2idy|eidi|idi)\b.{0,60}\b(?:mesh|mish|msh) (?:2adra?|2ader|ader|adra)"
        r" (?:akammel|akamel|a2ammel|astahmel)\b",
        _said("약")
        + ".{0,30}"
        + _said("전부 삼킬 거야", "다 삼킬 거야", "전부 삼킬거야", "다 삼킬거야", "한꺼번에 삼킬 거야"),
        r"\b(?:sab|sabhi|sare|sab log) so ja(?:yenge|enge|aenge|ayen|ein)\b.{0,40}\b(?:chali|chala) ja(?:ungi|unga"
        r"|aungi|aunga|ungi)\b(?=.*\bhamesha (?:ke|k) liye\b)",
    )
)

# rules-138 (safety holdout 125, after its measurement), widened to each family's other words in the language:
# ... despair: no point in living, nothing left in life (romanized Hindi), lying down wishing not to wake (Argentine
# Spanish), thinking of ending it all for good (European Portuguese), to vanish for ever (romanized Hindi), the urge
# to hurt oneself back again (Bengali), not going to last much longer (Tagalog)
_DESPAIR_RULES_138 = "|".join(
    (
        r"\bjeene ka (?:koi )?(?:faida|fayda|matlab|maqsad|mtlb) nahi\b|\bzindagi (?:mein|me|mai) (?:ab )?kuch"
        r" (?:bacha|bachaa) (?:hi )?nahi\b",
        r"\b(?:deseando|deseo|quisiera) no despertar(?:me)?\b",
        r"\b(?:ando a pensar|estou a pensar|to pensando|tou pensando|estou pensando|penso|penso muito) em acabar com"
        r" tudo\b",
        r"\bgayab ho ja(?:un|u|oon|aun|ungi|unga)\w* hamesha (?:ke|k) liye\b|\bhamesha (?:ke|k) liye gayab ho ja\w*\b",
        _said("নিজেকে আঘাত করার ইচ্ছা", "নিজেকে আঘাত করতে ইচ্ছে", "নিজেকে কষ্ট দেওয়ার ইচ্ছা"),
        r"\bhindi na (?:rin )?(?:naman )?(?:ako|ko) (?:magtatagal|tatagal)\b",
    )
)
# ... the plan: how decided, a car into the barrier made to look like an accident (English), the day chosen and then
# an end to it (Portuguese), things given away, not needed (Tagalog, Levantine), how decided, the railway line (Hindi),
# a rope bought and kept for when the moment comes (Spanish), blades hidden to use later (Portuguese)
_PLAN_RULES_138 = "|".join(
    (
        r"\b(?:decided|picked|chose|worked out|know) how\b.{0,80}\bmake it look like an? accident\b"
        r"|\b(?:car|drive|driving|crash|swerve)\w* into (?:the |a )?(?:barrier|wall|tree|bridge|pillar|lorry|truck)\b"
        r".{0,60}\bmake it look like an? accident\b",
        r"\bja escolhi o dia\b.{0,80}\b(?:acabo com (?:isso|tudo)|acabar com (?:isso|tudo)|me mato"
        r"|vou embora de vez)\b",
        r"\b(?:binigay|ibinigay|pinamigay|ipinamigay) ko\b.{0,80}\bhindi ko na (?:kakailanganin|kailangan)\b",
        _said("ما راح احتاجها", "ما رح احتاجها", "مش هحتاجها", "ما راح أحتاجها")
        + ".{0,40}"
        + _said("قربت النهاية", "النهاية قربت", "ما رح اكون موجود"),
        _said("तय कर लिया है कि कैसे करूँगा", "तय कर लिया है कि कैसे करूंगा", "तय कर लिया कैसे करूँगा")
        + ".{0,60}"
        + _said("पटरी", "पुल", "छत", "गोलियां", "गोलियाँ", "रस्सी"),
        r"\b(?:compre|consegui|tengo|guarde) (?:una |la |unas |las )?(?:soga|cuerda|pastillas|veneno|pistola)\b.{0,100}"
        r"\bpara cuando llegue el momento\b",
        r"\bescondi (?:umas |as |uma |a |minhas )?(?:laminas?|giletes?|navalhas?)\b.{0,60}\b(?:pra|para) usar\b",
    )
)
# ... and the act under way: a last message with a goodbye or the children entrusted (Swahili, Italian, Mandarin,
# Levantine), a father's gun in hand, enough now (romanized Hindi), rat poison in hand, already in the glass
# (Turkish), the whole box taken (Egyptian Arabizi), the pills in hand, a full bottle, only to swallow (Indonesian),
# everything ended tonight once all sleep (romanized Hindi)
_ACT_UNDER_WAY_138 = "|".join(
    (
        r"\bujumbe wangu wa mwisho\b.{0,80}\b(?:kwaheri|mtunze|mtunzeni|nisameheni)\b",
        r"\b(?:questo e|e) il mio ultimo messaggio\b.{0,80}\b(?:addio|perdonatemi|perdonami|scusami|prenditi cura"
        r"|prendetevi cura)\b|\baddio a tutti\b.{0,60}\bultimo messaggio\b",
        _said("这是我最后一条消息", "這是我最後一條消息", "这是我最后一条信息")
        + ".{0,60}"
        + _said("永别了", "永別了", "对不起", "照顾好"),
        _said("اخر رسالة مني", "آخر رسالة مني", "هاي آخر رسالة", "هاي اخر رسالة")
        + ".{0,80}"
        + _said("سامحوني", "دير بالك على ولادي", "ديري بالك على ولادي", "بحبهم"),
        r"\b(?:haath|hath) (?:mein|me|mai) (?:\w+ ){0,2}(?:bandook|bandooq|pistol|revolver)\b"
        r"(?=.*\b(?:bas|ab) (?:bahut ho gaya|aur nahi)\b)",
        r"\belimde (?:\w+ )?(?:fare zehri|zehir) var\b.{0,40}\b(?:bardag\w*|icece\w*|ictim)\b|\bsu an elimde (?:\w+ )?"
        r"(?:fare zehri|zehir)\b",
        r"\bkhadt (?:el|al|il) eelba (?:kolaha|kulaha|kullaha)\b" + _NOT_A_BOX_OF_SWEETS,
        r"\b(?:obat\w*|pil\w*|racun)\b.{0,20}\b(?:di tangan|ditangan) (?:aku|gue|gw|saya)\b.{0,60}\b(?:tinggal"
        r" (?:telan|minum)|satu botol)\b",
        r"\b(?:aaj raat|aj raat)\b.{0,60}\bsab (?:kuch )?khatam kar (?:dunga|dungi|doonga|doongi)\b"
        # (not the work finished tonight: "aaj raat sab khatam kar dunga, project ka kaam bohot pending hai")
        r"(?!.*\b(?:project|kaam|kam|assignment|homework|padhai|report|syllabus|notes|series|episode|season|khana"
        r"|pending|deadline|kapde|safai)\b)",
    )
)

# rules-140 (safety holdout 126, after its measurement), widened to each family's other words in the language:
# ... despair: to fall asleep and never rise (Bengali, with "কখনো"), to end it all for ever (Korean, "영원히" between)
_DESPAIR_RULES_140 = "|".join(
    (
        _said("আর যেন কখনো না উঠি", "আর কখনো না উঠি", "আর যেন কখনও না উঠি"),
        _said("다 영원히 끝내버리고 싶", "영원히 끝내버리고 싶", "영원히 끝내고 싶"),
    )
)
# ... the plan: things given away, not needed after next week (Gulf Arabic), all the sleeping pills put aside, it is
# ready (French), letters to be read after one is gone (Indonesian)
_PLAN_RULES_140 = "|".join(
    (
        _said("ما راح احتاجها بعد", "ما رح احتاجها بعد", "مش هحتاجها بعد", "ما راح احتاجه بعد"),
        r"\bj'?ai (?:mis de cote|garde|stocke|cache|accumule) (?:toutes |tous )?(?:mes |les )?(?:boites de )?"
        r"(?:somniferes|cachets|comprimes|medicaments|medocs)\b.{0,80}"
        r"\b(?:c'?est pret|j'?en ai assez|assez maintenant)\b",
        r"\b(?:nulis|menulis|tulis) surat\b.{0,80}\b(?:setelah|kalau|pas|nanti) (?:aku|gue|gw|saya) (?:udah |sudah )?"
        r"(?:gak|nggak|ga|tidak|tak) ada\b",
    )
)
# ... and the act under way: rat poison just drunk (Portuguese), all the pills in one's hand just taken (Turkish), on
# a roof's edge, no strength left (Levantine), poison in hand, the door locked (romanized Hindi), a knife in hand now
# (Italian), all the pills in one's hand now (Persian), tonight once all sleep (Romanian, Urdu)
_ACT_UNDER_WAY_140 = "|".join(
    (
        r"\b(?:acabei de|acabo de) (?:tomar|beber|engolir) (?:o |um |todo o )?veneno\b",
        r"\b(?:az once|biraz once|demin|simdi) (?:elimdeki )?(?:butun|tum|hepsi) (?:\w+ )?(?:ilac\w*|hap\w*) (?:ictim"
        r"|yuttum)\b",
        _said("على سطح البناية", "عسطح البناية", "على السطح")
        + ".{0,30}"
        + _said("واقف عالحافة", "واقفة عالحافة", "على الحافة", "ما عاد فيني"),
        r"\b(?:haath|hath) (?:mein|me|mai) (?:zeher|zehar|zahar|jahar)\b.{0,60}\b(?:darwaza|kamra|kamre)\b",
        r"^(?!.*\b(?:cipoll\w*|cucin\w*|tagliando|verdur\w*|pane|carne|barba)\b).*\bho (?:il|un|le|la|lo|i|una)"
        r" (?:coltello|rasoio|lametta|lamette|pillole|veleno) in mano (?:adesso|ora|proprio ora)\b",
        _said("همه ی قرص ها توی دستمه", "همه قرص ها توی دستمه", "همه‌ی قرص‌ها توی دستمه", "همه قرصا تو دستمه"),
        r"\bin seara asta\b.{0,40}\b(?:dupa ce adorm toti|cand dorm toti)\b.{0,20}\b(?:termin cu tot|imi iau viata)\b",
        _said("آج رات") + ".{0,40}" + _said("سب ختم کر دوں گا", "سب ختم کر دوں گی", "سب کچھ ختم کر دوں گا"),
    )
)

# rules-141 (safety holdout 127, after its measurement), widened to each family's other words in the language:
# ... despair: the urge to hurt oneself (European Portuguese "magoar-me"), no one troubled by one from now on (Tamil)
_DESPAIR_RULES_141 = "|".join(
    (
        r"\b(?:vontade (?:enorme |grande |louca )?de me magoar|(?:quero|apetece me) magoar me|quero me magoar"
        r"|magoar me (?:outra vez|de novo))\b",
        _said(
            "இனிமே என்னால யாருக்கும் தொல்லை இருக்காது",
            "என்னால யாருக்கும் தொல்லை இருக்காது",
            "இனி என்னால யாருக்கும் தொல்லை இல்லை",
            "இனிமே என்னால யாருக்கும் கஷ்டம் இருக்காது",
            "இனிமே யாருக்கும் நான் பாரமா இருக்க மாட்டேன்",
        ),
    )
)
# ... the plan: things given away, not needed where one is going (Persian), how decided, with the means (Levantine)
_PLAN_RULES_141 = "|".join(
    (
        _said("جایی که دارم میرم", "جایی که میرم", "جایی که می‌رم", "جایی که دارم می‌رم")
        + ".{0,30}"
        + _said("لازم نیست", "لازم ندارم", "لازمشون ندارم", "نیازی نیست", "به کارم نمیاد"),
        _said("قررت كيف رح اعملها", "قررت كيف بدي اعملها", "قررت كيف راح اعملها", "قررت كيف رح موت", "قررت كيف بدي موت")
        + ".{0,60}"
        + _said("بالحبل", "الحبل", "حبل", "بالحبوب", "الحبوب", "عن الجسر", "من السطح", "بالسم", "السم"),
    )
)
# ... and the act under way: tonight once all sleep (Korean), on a platform's or a roof's edge with a train coming or
# a farewell (Polish), pesticide or poison just drunk (Hindi, romanized Hindi), on a pier's or a roof's very edge
# with the drop below (Mandarin, Cantonese)
_ACT_UNDER_WAY_141 = "|".join(
    (
        # (not a task finished once all sleep: "숙제는 다들 자면 끝낼 거야")
        "^(?!.*"
        + _said(
            "숙제",
            "과제",
            "게임",
            "작업",
            "청소",
            "빨래",
            "정리",
            "보고서",
            "공부",
            "드라마",
            "영화",
            "이거",
            "그거",
        )
        + ").*"
        + _said("다들", "모두", "다")
        + " "
        + _said("자면", "잠들면")
        + "(?: "
        + _said("다", "모든 걸", "모든걸", "전부")
        + ")? "
        + _said("끝낼 거야", "끝낼거야", "끝낼게", "끝낼 거예요", "끝낼 거다"),
        r"\bstoje na (?:krawedzi|skraju) (?:peronu|dachu|mostu|wiaduktu|urwiska|klifu|bloku)\b.{0,60}"
        r"\b(?:zaraz (?:jedzie|przyjedzie|bedzie)|nie dzwon do nikogo|zegnaj\w*|to koniec|skocze|nie chce (?:juz )?zyc"
        r"|przepraszam)\b",
        # (normalize() leaves Devanagari without its vowel signs: "पी ली है" is "प ल ह", "पी लेती है" "प ल त ह")
        # (not a story, someone else, an accident or long ago: "उसने गलती से ज़हर पी लिया था")
        "^(?!.*"
        + _said("कहानी", "फिल्म", "फ़िल्म", "सीरियल", "नाटक", "उपन्यास", "किताब", "उसने", "उन्होंने", "गलती से")
        + ")(?!.* "
        + _said("था", "थी")
        + "(?: |$)).*"
        + _said("कीटनाशक", "कीड़े मारने की दवा", "कीड़ेमार दवा", "ज़हर", "जहर", "चूहे मारने की दवा")
        + ".{0,30}"
        + _said("पी ली है", "पी लिया है", "पी लिया", "खा ली है", "खा लिया है", "खा लिया")
        + "(?: |$)",
        r"\b(?:maine|mene|mainne|mein ne)\b.{0,40}\b(?:keetnashak|kitnashak|keede mar(?:ne ki)? dawa|zeher|zehar|jahar"
        r"|chuhe mar(?:ne ki)? dawa)\b.{0,20}\b(?:pee|pi) (?:li|liya|lia)\b",
        _said(
            "码头最边上",
            "碼頭最邊上",
            "天台边上",
            "天台邊上",
            "楼顶边上",
            "樓頂邊上",
            "悬崖边上",
            "懸崖邊上",
            "桥栏杆外",
            "橋欄杆外",
        )
        + ".{0,30}"
        + _said("脚下就是", "腳下就是", "跳下去", "不想活了", "再见了", "再見了"),
    )
)

# rules-143 (safety holdouts 128 and 129, after their measurement), widened to each family's other words in the
# language:
# ... despair: what life is for with no future (Indonesian), ways to end it all thought of (Japanese, Korean), the urge
# to burn or hurt oneself (Spanish, Hindi, romanized Hindi), God asked to take one in one's sleep (Gulf Arabic), one's
# family's burden lighter without one (romanized Hindi), no reason to live seen (Turkish)
_DESPAIR_RULES_143 = "|".join(
    (
        r"\bbuat apa (?:aku |gue |gw |saya )?hidup\b(?! sehat)|\b(?:gak|ga|nggak|tidak|tak) (?:liat|lihat|melihat|ada)"
        r" (?:ada )?masa depan (?:lagi|buat (?:aku|gue|gw|saya))\b",
        _said("全部終わりにする方法", "終わりにする方法ばかり", "死ぬ方法ばかり", "消える方法ばかり"),
        _said("끝내버리는 방법만 생각", "끝내는 방법만 생각", "죽는 방법만 생각", "끝내버리는 방법을 생각"),
        r"\bganas (?:\w+ ){0,2}de (?:cortarme|quemarme|lastimarme|hacerme dano|golpearme)\b",
        _said("खुद को चोट पहुँचाने का मन", "खुद को चोट पहुंचाने का मन", "ख़ुद को चोट पहुँचाने का मन"),
        r"\b(?:apne aap|khud|khud hi) ko chot (?:pahunchane|pahuchane|pohochane|pahunchaane) ka (?:mann|man|mn)\b",
        _said("ادعي ربي ياخذني", "أدعي ربي ياخذني", "ربي ياخذني وأنا نايم", "يا رب خذني وانا نايم"),
        r"\bmere bina (?:unka|sabka|inka|ghar walon ka|sab ka) (?:bojh|bojha) (?:kam|halka)"
        r" ho (?:jayega|jaega|jaayega)\b",
        r"\byasamak icin (?:bir )?(?:sebep|neden) (?:goremiyorum|bulam[iı]yorum|kalmad[iı])\b",
    )
)
# ... the plan: not needing any of it soon (Portuguese, Vietnamese), the day set, no reason to go on after (Egyptian,
# Gulf Arabic), pills gathered from several doctors for the day (Polish), forgiveness asked for not holding on (Spanish)
_PLAN_RULES_143 = "|".join(
    (
        r"\b(?:logo|em breve|daqui a pouco)(?: logo)? (?:eu )?nao vou (?:mais )?precisar de (?:nada disso|mais nada"
        r"|nada)\b",
        r"\b(?:sap toi|sau nay|sap) (?:minh|toi|em|tao) (?:khong|ko|k) can (?:gi|gi ca) nua\b",
        _said("هيبقى آخر يوم ليا", "هيكون آخر يوم ليا", "هيبقى اخر يوم ليا", "حيكون آخر يوم ليا")
        + "(?!.{0,20}"
        + _said("في الشغل", "بالشغل", "في الشركة", "في المدرسة")
        + ")",
        _said("حددت اليوم")
        + ".{0,80}"
        + _said("ما في داعي أكمل", "ما في داعي اكمل", "مافي داعي اكمل", "ما له داعي اكمل"),
        r"\bzbieram (?:tabletki|leki|pigulki|proszki)\b.{0,60}\b(?:od (?:roznych|kilku) lekarzy|na ten dzien|kiedy"
        r" powiem dosc)\b",
        r"\b(?:pido|pidiendo|les pido|le pido) perdon por no (?:aguantar|poder) mas\b",
    )
)
# ... and the act under way: a last message and goodbye for ever (Urdu), all the pills in one's hand now (Thai,
# Persian with its ezafe), tonight once the family or the others sleep (Japanese, Gulf Arabic, Turkish), the whole
# bottle of medicine drunk (Levantine), on a bridge or a roof with a last word (Korean, romanized Hindi)
_ACT_UNDER_WAY_143 = "|".join(
    (
        _said("یہ میرا آخری میسج ہے", "یہ میرا آخری پیغام ہے", "ہمیشہ کے لیے خدا حافظ"),
        _said("ยาทั้งหมดอยู่ในมือ", "ถือยาทั้งหมดอยู่"),
        _said("همه") + ".{0,4}" + _said("قرص") + ".{0,8}" + _said("توی دستمه", "تو دستمه"),
        _said("寝たら終わりにする", "寝たら全部終わりにする", "寝静まったら終わりにする"),
        _said("بعد ما ينامون", "بعد ما ينام", "لما ينامون")
        + ".{0,40}"
        + _said("بخلص من كل شي", "بخلص من كل شيء", "بنهي كل شي"),
        r"\bbu gece\b.{0,40}\b(?:herkes uyuyunca|herkes uyuduktan sonra|herkes yat[iı]nca)\b.{0,20}"
        r"\bher seyi bitirecegim\b",
        _said("شربت القنينة كلها", "شربت العلبة كلها", "شربت الازازة كلها")
        + ".{0,15}"
        + _said("الدوا", "دوا", "الدواء", "الحبوب"),
        _said("다리 위야", "다리 위에 있어", "옥상이야", "옥상에 있어")
        + ".{0,40}"
        + _said("마지막으로", "잘 있어", "안녕히"),
        r"\b(?:chhat|chat|chhath|terrace|chhat) (?:pe|par) (?:khada|khadi) (?:hoon|hu|hun|hoo)\b.{0,60}"
        r"\b(?:neeche dekh|ab aur nahi|bas ab|kood)\w*",
    )
)

# rules-144 (safety holdouts 130 and 131, after their measurement; older people, and pregnancy and new parenthood),
# widened to each family's other words in the language:
# ... despair: no reason left to live (Indonesian, Turkish with "hicbir", Urdu), how to end it all thought of (Spanish,
# Polish, romanized Hindi), the urge to burn oneself with a cigarette (Chinese), to sleep and never wake (romanized
# Hindi), a burden to one's husband and family, who would rest if one were gone (Egyptian)
_DESPAIR_RULES_144 = "|".join(
    (
        r"\b(?:ga|gak|nggak|ngga|tidak|tak) ada (?:lagi )?alasan (?:buat|untuk) (?:hidup|terus hidup|bertahan hidup)\b",
        r"\byasamak icin (?:hicbir|hic bir) (?:sebep|neden) (?:kalmad[iı]|goremiyorum|yok)\b",
        _said("جینے کی کوئی وجہ باقی نہیں", "جینے کی کوئی وجہ نہیں رہی", "جینے کی کوئی وجہ نہیں"),
        r"\b(?:pienso|pensando|pense|he pensado|pienso mucho)(?: \w+){0,2} (?:en )?como (?:terminar|acabar) con todo\b",
        r"\b(?:mysle|myslalam|myslalem|mysl[eę]) o tym (?:zeby|aby|by) (?:juz )?(?:to )?(?:wszystko )?"
        r"(?:zakonczyc|skonczyc ze soba|skonczyc z tym)\b",
        r"\bsab (?:kuch )?khatam karne ka (?:khayal|khyal|khayaal|vichar|soch)\b",
        _said("烟头烫自己", "想烫自己", "拿烟头烫", "用烟头烫我自己"),
        r"\b(?:bas )?so (?:jaun|jau|jaaun|jaoon) aur (?:phir )?(?:kabhi )?(?:uthun|uthu|uthoon|uthoo)"
        r" (?:hi )?na(?:hi)?\b",
        _said("بقيت عبء على", "بقيت عبئ على", "بقيت حمل تقيل على")
        + "|"
        + _said("يرتاحوا لو مبقتش موجودة", "يرتاحوا لو مبقتش موجود", "هيرتاحوا من غيري", "يرتاحوا من غيري"),
    )
)
# ... the plan: done the day after a grandchild's party so as not to spoil it (Italian), pills gathered, enough to end
# it (Gulf Arabic), letters written to be read once one is gone (Persian), papers put in order so that no one struggles
# once one is gone (Tagalog), the day set to end it all and rest (Levantine), one's things given away, not here many
# more days (Hindi)
_PLAN_RULES_144 = "|".join(
    (
        r"\blo faccio\b.{0,60}\bnon (?:voglio|volevo) rovinar\w* (?:la |il |le )?(?:festa|compleanno|natale|feste"
        r"|matrimonio|battesimo)\b",
        _said("جمعت حبوب", "جمعت الحبوب", "جمعت كل الحبوب", "جمعت حبوبي")
        + ".{0,60}"
        + _said("يكفي عشان", "تكفي عشان", "عشان اخلص", "عشان أخلص"),
        _said("نامه نوشتم")
        + ".{0,60}"
        + _said("بعد از رفتنم", "وقتی من دیگه نباشم", "وقتی دیگه نباشم", "وقتی من نباشم"),
        r"\b(?:pag|kapag|pagka) wala na ako\b.{0,50}\b(?:mahihirapan|maghihirap|mamomroblema|poproblemahin)\b",
        _said("حددت اليوم") + ".{0,80}" + _said("بنهي كل شي", "بنهي كل شيء", "بخلص من كل شي", "وبرتاح", "وأرتاح"),
        _said("दे दिए", "दे दिया", "बाँट दिया", "बांट दिया")
        + ".{0,80}"
        + _said(
            "ज़्यादा दिन यहाँ नहीं रहूँगी",
            "ज्यादा दिन यहाँ नहीं रहूँगी",
            "ज़्यादा दिन नहीं रहूँगी",
            "ज़्यादा दिन यहाँ नहीं रहूँगा",
            "ज्यादा दिन नहीं रहूंगा",
            "ज़्यादा दिन यहाँ नहीं रहूंगी",
        ),
    )
)
# ... and the act under way: the knife in hand, this time for real (Italian), pesticide drunk or rat poison eaten just
# now (Tamil), all the pills for sugar and blood pressure eaten (Darija, romanized) or the whole box taken (Egyptian,
# romanized), the razor in hand unable to go on (Darija), on the roof, unseen or with a last word (French), in front
# of the rooftop railing (Korean), at the edge of the railway line (Portuguese), the last text or word (Tagalog,
# Yoruba), the whole bottle of sleeping pills in hand (Thai), ending oneself tonight once the children sleep (Chinese),
# and a goodbye that
# asks for the police, not a visit ("dont come round tomorrow, ring the police instead")
_ACT_UNDER_WAY_144 = "|".join(
    (
        r"\bho (?:il|un) (?:coltello|rasoio|lametta|taglierino|flacone)\b.{0,10}\bin mano\b.{0,60}\b(?:lo faccio|la"
        r" faccio finita|stavolta)\b",
        _said(
            "பூச்சி மருந்த குடிச்சிட்டேன்",
            "பூச்சி மருந்து குடிச்சிட்டேன்",
            "பூச்சி மருந்து குடித்துவிட்டேன்",
            "எலி மருந்து சாப்பிட்டேன்",
            "எலி மருந்த சாப்பிட்டேன்",
            "விஷம் குடிச்சிட்டேன்",
        ),
        r"\bklit (?:gae|ga e|kolchi|kamlin) (?:l|el )?tbob\b"
        r"|\b(?:sadt|khadt) (?:el |l)?(?:eelba|elba) (?:kolaha|kollaha|kolha)\b(?=.{0,60}\b(?:el |l)?(?:dawa|dowa|dawaa"
        r"|tbob|hbob|pills|dowsa|dawsa|dayes|dayesa)\b|.{0,20}\b(?:men|mn|min) (?:saea|nos saea)\b)",
        _said("الموس فيدي", "الموس في يدي", "الشفرة فيدي")
        + ".{0,60}"
        + _said("ما بقيتش قادرة", "ما بقيتش قادر", "ما بقيتش نقدر"),
        r"\bje suis (?:sur le (?:toit|pont|balcon|rebord)|au bord du (?:toit|pont|quai|vide))\b.{0,50}"
        r"\b(?:personne ne m'?a vue?|c'?est fini|adieu|je vais sauter)\b",
        _said("옥상 난간 앞에 서 있어", "옥상 난간에 서 있어", "난간 앞에 서 있어요", "난간 위에 서 있어"),
        r"\b(?:to|tou|estou) na beira da (?:linha do trem|linha do comboio|linha|ponte|plataforma)\b.{0,50}"
        r"\b(?:o proximo (?:passa|vem)|daqui a pouco|adeus|nao aguento)\b",
        r"\bito na ang huling (?:text|mensahe|message|txt) ko\b"
        r"|\bhuling (?:text|mensahe|message|txt) ko na (?:ito|to)\b",
        r"\b(?:eyi ni|yi ni) oro (?:ikeyin|igbeyin) mi\b",
        _said("ยานอนหลับทั้งขวดอยู่ในมือ", "ทั้งขวดอยู่ในมือแล้ว"),
        _said("今晚") + ".{0,20}" + _said("了结自己", "结束自己", "结束自己的生命"),
        r"\b(?:don'?t|dont|do not) (?:come|pop) (?:round|over|by|in|home|up)\b(?: (?:tomorrow|tonight|today|in the"
        r" morning))?.{0,10}\b(?:ring|call|phone) (?:the police|999|99|911|112|an ambulance) instead\b",
    )
)

# rules-145 (safety holdouts 132 and 133, after their measurement; people in recovery and people the system has touched,
# and LGBTQ+ people), widened to each family's other words in the language:
# ... despair: wishing a car would hit one (Portuguese), what to go on living for (Spanish), ways to end it all kept in
# mind (Korean), the urge to burn or cut oneself (French), how to be rid of everything for good (Levantine); and in
# English (memory holdout fresh_139's sensitive row, read by the rules as no risk): the bridge one would use known
_DESPAIR_RULES_145 = "|".join(
    (
        r"\b(?:queria|quero|torco|tomara) que um (?:carro|caminhao|onibus|trem|comboio) me (?:pegasse|atropelasse"
        r"|pegue|atropele)\b",
        r"\bpara que (?:seguir|sigo|continuar|continuo) (?:viviendo|vivo|vivendo)\b",
        _said("끝내버리는 방법만 계속", "끝내는 방법만 계속", "죽는 방법만 계속"),
        r"\b(?:envie|besoin) de me (?:bruler|couper|scarifier|taillader|faire du mal)\b"
        r"(?! (?:les |la |mes |ma |une )?(?:cheveux|ongles|frange|barbe|meche|doigt|langue))",
        _said("كيف خلّص من كل شي", "كيف خلص من كل شي", "كيف اخلص من كل شي", "كيف خلص من حالي"),
        r"\bi(?:'?ve| have)? (?:know|picked|chose|chosen|know exactly) (?:which|the) (?:bridge|building|train|roof"
        r"|cliff|car park|overpass) (?:i'?d|i would|i'?ll|i will|i'?m going to) (?:use|jump (?:from|off))\b"
        r"(?! to (?:cross|get|drive|walk|cycle)| for (?:the )?(?:commute|run|ride|walk|drive))",
    )
)
# ... the plan: pills gathered from pharmacies until there are enough (Levantine) or for weeks until enough, waiting
# for the right day (Hindi); blades hidden to cut oneself later (Portuguese)
_PLAN_RULES_145 = "|".join(
    (
        _said("جمّع حبوب", "جمع حبوب", "عم جمع حبوب", "جمعت حبوب") + ".{0,60}" + _said("صار عندي كفاية", "عندي كفاية"),
        _said("गोलियां इकट्ठी", "गोलियाँ इकट्ठी", "गोलियां जमा कर", "गोलियाँ जमा कर")
        + ".{0,80}"
        + _said("काफी हो गई", "सही दिन का इंतज़ार", "सही दिन का इंतजार"),
        r"\bescondi (?:umas |as |uma |a )?(?:giletes?|laminas?|navalhas?)\b.{0,60}\b(?:pra|para) me cortar\b",
    )
)
# ... and the act under way: at a roof's edge now (Hindi, Chinese), gone tonight once the roommate sleeps (Chinese),
# the last message (Romanian), the pills poured into one's palm or laid out, waiting for all to sleep (Persian), the
# pills in hand now (Dutch), the bottle open before one, counted, enough (Spanish), ending it all tonight (Indonesian,
# Korean once the children sleep), a whole bottle of sleeping pills eaten (Thai), bleach drunk (Egyptian)
_ACT_UNDER_WAY_145 = "|".join(
    (
        _said("छत के किनारे पर खड़ा", "छत के किनारे पर खड़ी", "छत के किनारे खड़ा", "छत के किनारे खड़ी"),
        _said("在天台边上", "站在天台边", "在楼顶边上", "站在楼顶边"),
        _said("今晚等") + ".{0,10}" + _said("睡着了我就走", "睡了我就走"),
        r"\b(?:asta|acesta|aista) (?:e|este) ultimul meu mesaj\b",
        _said("ریختم کف دستم", "همه‌شونو ریختم کف دستم"),
        _said("قرصا", "قرص‌ها", "قرصها") + ".{0,60}" + _said("منتظرم همه بخوابن", "منتظرم همه بخوابند"),
        r"\bik heb (?:de|alle|al mijn|mijn) (?:pillen|tabletten|medicijnen|slaappillen)\b.{0,15}"
        r"\bin mijn hand(?:en)?\b",
        r"\btengo (?:el bote|la caja|el frasco|el blister|todas las pastillas)\b.{0,40}\b(?:delante de mi|en la"
        r" mano)\b.{0,20}\b(?:ahora mismo|ya)\b|\blas he contado\b.{0,20}\bson suficientes\b",
        r"\bmalam ini (?:aku|gue|gw|saya) (?:akan |mau )?(?:akhiri|akhirin|mengakhiri) (?:semuanya|semua|hidupku"
        r"|hidup (?:aku|gue|saya))\b(?! (?:sama|dengan|ama|sm) )",
        _said("오늘 밤") + ".{0,10}" + _said("다 끝낼 거야", "다 끝낼거야") + ".{0,20}" + _said("자고 나면", "잠들면"),
        _said("กินยานอนหลับไปหมดขวด", "กินยาไปหมดขวด", "กินยานอนหลับหมดขวด"),
        _said("شربت كلور", "شربت الكلور", "شربت كلوركس", "شربت مية نار"),
    )
)

# rules-146 (safety holdouts 134 and 135, after their measurement; people in money trouble, and people living with
# loss and separation), widened to each family's other words in the language:
# ... despair: a bus one would not mind going under (English), peace for the family without one (Swahili), no
# reason left to go on or stay (French, Persian), praying God takes one too (Egyptian), everyone better off without
# one (romanized Hindi), wishing to be hit on the way home (Tagalog), how to end it all for good (Urdu, Spanish,
# Swahili), the urge to burn oneself (Italian) or to wound oneself (romanized Urdu)
_DESPAIR_RULES_146 = "|".join(
    (
        r"\bif (?:a|the|my) (?:\w+ )?(?:bus|truck|lorry|van|car|train|bike)\b.{0,40}\b(?:hit|hits|ran (?:me )?over"
        r"|runs (?:me )?over|took|takes|skidded under|skids under|went under|goes under|ploughed into|crushed)\b.{0,40}"
        r"\b(?:i'?d|id|i would) (?:be (?:ok|okay|fine|alright|all right|grateful|relieved|at peace) with (?:it|that)"
        r"|not (?:even )?mind|not (?:even )?care)\b",
        r"\b(?:ingekuwa|wangekuwa|wangeishi|ingeishi|wangefurahi|wangepumzika)\b.{0,30}\bbila mimi\b",
        r"\b(?:j'?ai|jai) (?:plus|pu|plus du tout) (?:aucune |une seule )?raisons? de (?:continuer|vivre|me battre"
        r"|tenir|rester\b(?! (?:ici|la|dans|a|au|en|chez|avec|sur|pour)\b))\b",
        _said("دلیلی برای زنده موندن ندارم", "دلیلی برای زنده ماندن ندارم", "دلیلی واسه زنده موندن ندارم")
        + "|"
        + _said("هیچ دلیلی برای زندگی ندارم", "دلیلی برای ادامه ندارم", "دلیلی برای موندن ندارم"),
        _said("بدعي ربنا ياخدني", "بدعي ربنا ياخدني انا كمان", "بدعي ان ربنا ياخدني", "نفسي ربنا ياخدني"),
        r"\bmere bina (?:sab(?: ka| ki)?|sabka|sabki|ghar(?: walon| wale| walo)?(?: ka)?|family(?: ka)?) (?:bhala"
        r"|acha|achha|accha|behtar|better|khush)\b",
        r"\bsana (?:mabangga|masagasaan|mabundol|mamatay|hindi na (?:ako )?magising) na lang ako\b",
        _said("ہمیشہ کے لیے کیسے ختم کروں", "ہمیشہ کے لئے کیسے ختم کروں", "ہمیشہ کے لیے ختم کر دوں", "ہمیشہ کیلئے ختم"),
        r"\b(?:como|en como) apagar(?:lo)? todo (?:de una vez|para siempre|definitivamente)\b",
        r"\bjinsi ya kumaliza (?:haya|hii|hayo|yote|maisha yangu)\b.{0,30}\b(?:kabisa|milele)\b",
        r"\b(?:voglia|bisogno) di (?:bruciarmi|tagliarmi|ferirmi|farmi del male)\b",
        r"\bkhud ko (?:zakhmi|zakhm|nuqsan|nuksan|chot) (?:karne|dene|pahunchane) (?:ka|ki)"
        r" (?:dil|mann|man|khwahish)\b",
    )
)
# ... the plan: a letter left for one's mother, asking her forgiveness (Levantine, Egyptian, Gulf), letters for
# everyone in a drawer that they will understand when they find (Turkish; a development file's row the rules missed),
# blades kept to use when a bill comes (Portuguese), jumping from the bridge (Turkish), soon joining one's late father
# (Gulf)
_PLAN_RULES_146 = "|".join(
    (
        _said("كتبت رسالة", "كتبت رساله", "كتبتلها رسالة", "كتبت جواب")
        + ".{0,60}"
        + _said("سامحيني", "سامحوني", "سامحني", "بعد ما امشي"),
        r"\bmektup(?:lar)?(?:ı|i)? yazdım\b.{0,60}\b(?:bulduklarında|bulunca|ben gidince|ben olmayınca)\b",
        r"\b(?:guardei|escondi|tenho) (?:umas |as |uma |a )?(?:giletes?|laminas?|navalhas?)(?: escondidas?"
        r"| guardadas?)?\b.{0,60}\bvou (?:usar|usa las|usalas)\b",
        r"\b(?:kopruden|binadan|catıdan|catidan|ucurumdan|balkondan) atlayaca(?:gım|gim|m)\b",
        _said("قريب بلحق أبوي", "قريب بلحق امي", "بلحق أبوي", "بلحق ابوي", "بلحق أمي", "بروح لأبوي", "قريب بلحقه"),
    )
)
# ... and the act under way: a whole strip of pills taken (Thai), the cleaning product under the sink drunk (French),
# all of one's father's medicines drunk (Turkish), standing at the sea's edge now (Darija) or on the block's roof at
# its edge (Romanian), a whole bottle of pills in hand now (Hindi), holding the poison or rope now (Tagalog), rat
# poison in hand now (Egyptian)
_ACT_UNDER_WAY_146 = "|".join(
    (
        _said("กินยาไปหมดแผง", "กินยาหมดแผง", "กินยาไปทั้งแผง", "กินยาทั้งแผง"),
        r"\b(?:j'?ai|jai) bu (?:le produit|du produit|la javel|de la javel|l'?eau de javel|du destop|le destop"
        r"|du detergent|le detergent|de l'?antigel)\b(?! (?:par erreur|par accident|sans faire expres))",
        r"\b(?:ilac|hap)(?:larının|larinin|larımın|larimin|ların|lari|ları) hepsini (?:ictim|yuttum)\b",
        r"\b(?:ana|ena|rani) (?:wa9ef|wa9fa|w9ef|w9fa) (?:f|fi) (?:ltafa|l7afa|lhafa|tarf) (?:dyal|d) \w+ daba\b"
        r"(?!.{0,40}\b(?:zwin|zwina|mzyan|ghzal|tswira|photo|selfie|nchouf|kanchouf)\b)",
        r"\bsunt pe acoperisul (?:\w+ )?(?:acum|chiar acum)\b.{0,30}\bpe (?:margine|marginea|buza)\b"
        r"|\bsunt pe marginea (?:acoperisului|podului|blocului|stancii|prapastiei)\b",
        _said("हाथ में अभी गोलियों की", "हाथ में गोलियों की पूरी शीशी", "गोलियों की पूरी शीशी है", "हाथ में पूरी शीशी"),
        r"\bhawak ko (?:na )?(?:yung|ang|ung|yong) (?:lason|lubid|racumin|muriatic)\b",
        _said("ماسك سم", "ماسكة سم", "سم الفيران في إيدي", "سم الفيران في ايدي", "ماسك السم", "ماسكة السم"),
    )
)

# rules-147 (safety holdouts 136 and 137, after their measurement; people whose life is mostly online, and artists,
# musicians, performers and writers), widened to each family's other words in the language:
# ... despair: praying for a lorry to hit one (Portuguese), the parents better off without one (Turkish), how to make
# it all stop for good (Portuguese), a strong urge to cut oneself (Italian, an adjective between)
_DESPAIR_RULES_147 = "|".join(
    (
        r"\b(?:torco|rezo|peco a deus) (?:pra|para|que) (?:um|uma) (?:carro|caminhao|onibus|trem|moto) me (?:pegar"
        r"|atropelar|pegue|atropele)\b",
        r"\bbensiz (?:daha )?(?:rahat|mutlu|iyi|huzurlu) (?:ederdi|ederler|olurdu|olurlar|yasarlardı|yasarlar)\b",
        r"\b(?:como )?fazer (?:tudo )?(?:isso |isto )?(?:tudo )?parar (?:de vez|pra sempre|para sempre)\b",
        r"\b(?:voglia|bisogno) (?:\w+ ){1,2}di (?:bruciarmi|tagliarmi|ferirmi|farmi del male)\b",
    )
)
# ... the plan: ending it on a day named (French), pills gathered and hidden, enough now (Persian), letters written
# for the family to find after one is gone (Cantonese)
_PLAN_RULES_147 = "|".join(
    (
        r"\bj'?en finis (?:ce soir|demain|cette nuit|ce week end|bientot|(?:samedi|dimanche|lundi|mardi|mercredi|jeudi"
        r"|vendredi)(?: prochain| soir)?)\b|\bje vais en finir (?:ce soir|demain|cette nuit|samedi|dimanche|bientot)\b",
        _said("قرص‌ها رو جمع کردم", "قرصا رو جمع کردم", "قرص ها رو جمع کردم")
        + ".{0,60}"
        + _said("کافیه", "قایمشون کردم", "قایم کردم"),
        _said("寫好咗啲信", "寫咗封信", "寫好咗信") + ".{0,40}" + _said("我走咗之後", "我走咗以後", "我唔喺度之後"),
    )
)
# ... and the act under way: on a building's roof now, at its edge (Tagalog), the poison bottle in hand (Urdu), all
# the pills drunk (Turkish, the other word order)
_ACT_UNDER_WAY_147 = "|".join(
    (
        r"\b(?:nandito|andito|nasa) (?:ako )?(?:ngayon )?sa (?:bubong|rooftop|tulay)\b.{0,40}\b(?:gilid|dulo|bingit)\b",
        _said("زہر کی بوتل میرے ہاتھ میں", "زہر میرے ہاتھ میں", "ہاتھ میں زہر کی بوتل"),
        r"\b(?:butun|tum) (?:ilacları|ilaclari|hapları|haplari|ilaclarımı|haplarımı) (?:ictim|yuttum)\b",
    )
)

# rules-148 (safety holdouts 138 and 139, after their measurement; people who work nights and in hospitals, and
# neurodivergent people), widened to each family's other words in the language:
# ... despair: wanting only to hurt or cut oneself again (European Portuguese, the pronoun after the verb)
_DESPAIR_RULES_148 = "|".join(
    (
        r"\b(?:apetece|apetecia|apetece me|vontade de|quero|queria|preciso de|so penso em|so me apetece)"
        r" (?:\w+ ){0,2}?(?:magoar me|cortar me|ferir me|queimar me|bater me|aleijar me)\b"
        r"(?! (?:o |a |os |as )?(?:cabelo|unhas|franja|barba|pelo)\b)",
    )
)
# ... the plan: the way decided and the rooftop door checked to open (Korean)
_PLAN_RULES_148 = "|".join(
    (
        _said(
            "옥상 문 열리는 것도 확인",
            "옥상 문 열리는 거 확인",
            "옥상 문이 열리는지 확인",
            "옥상 문 열려 있는 거 확인",
            "옥상 문 열리는지 확인",
        ),
        _said("어떻게 할지 이미 정했", "어떻게 할지 다 정했", "방법은 이미 정했", "방법 다 정했")
        + ".{0,40}"
        + _said("옥상", "다리 위", "번개탄", "수면제", "난간"),
    )
)
# ... and the act under way: rat poison or insecticide drunk just now (romanized Hindi, "maarne wali dawai"), standing
# on a bridge at dawn, unable to bear it any more (Spanish; not stuck in traffic on it, not a view)
_ACT_UNDER_WAY_148 = "|".join(
    (
        r"\b(?:maine|mene|mainne|mein ne)\b.{0,40}\b(?:chuhe|chuhon|keede|keedon|kide|keeda|machhar) (?:maarne|marne"
        r"|maar|mar) (?:wali|vali|waali|ki) (?:dawai|dawa|davai|dava|dawaai)\b.{0,20}\b(?:pee|pi|kha)"
        r" (?:li|liya|lia)\b",
        r"^(?!.*\b(?:lol|jaja\w*|fotos?|vista|atardecer|paseo|selfie|trafico|atasco|trancon|tranque|embotellamiento"
        r"|cola|fila|bus|camion|carro|coche|moto|bici|taxi|uber)\b).*\bestoy (?:parad[oa] |sentad[oa] |de pie"
        r" |aqui )?(?:en|arriba del|sobre el|encima del) (?:el )?puente\b.{0,80}\b(?:ya no aguanto|no aguanto mas"
        r"|ya no puedo mas|no puedo mas|ya no quiero seguir|adios a todos|perdonenme|perdoname)\b",
    )
)

# rules-149 (safety holdouts 140 and 141, after their measurement; teachers and school staff, and drivers and gig
# workers), widened to each family's other words in the language:
# ... despair: "I won't be here" (romanized Tamil)
_DESPAIR_RULES_149 = "|".join((r"\bnaan (?:inimel |ini |inime )?irukka (?:maatten|matten|maaten|maatean)\b",))
# ... the plan: the way chosen, made to look like an accident (Spanish)
_PLAN_RULES_149 = "|".join(
    (
        r"\b(?:ya se|ya decidi|ya tengo pensado) como lo voy a hacer\b.{0,80}\b(?:que|pa que|para que) parezca"
        r" (?:un )?accidente\b",
    )
)
# ... and the act under way: pills in hand now (Urdu, Gulf Arabizi), a knife in hand now (Portuguese), rat poison just
# drunk (Egyptian), a deep cut just made (Portuguese), over the railing of a bridge now (French), ending it all
# tonight after everyone sleeps (Hausa)
_ACT_UNDER_WAY_149 = "|".join(
    (
        _said("گولیاں میرے ہاتھ میں", "گولیاں ہاتھ میں ہیں", "ساری گولیاں ہاتھ میں"),
        r"\b(?:el |al )?(?:tboob|hboob|habboob|hubub) (?:kilha|kulha|kellaha|killaha) (?:fi|b)"
        r" (?:eidi|idi|yadi|iidi)\b",
        r"\b(?:to|tou|estou|ja to|ja estou) com (?:a|uma) (?:faca|lamina|gilete|corda|navalha) na mao\b"
        r"(?=.{0,60}\b(?:agora|nao (?:to|tou|estou) aguentando|nao aguento|adeus|desculpa)\b)",
        _said("لسه شارب سم", "لسه شاربة سم", "لسه شربت سم", "شارب سم الفيران", "شربت سم الفيران"),
        r"^(?!.*\b(?:cozinhando|cozinha|faca de cozinha|legumes|batatas?|cebolas?|papel|vidro|lata|sem querer"
        r"|acidente)\b).*\bacabei de me cortar\b.{0,40}\b(?:fundo|sangrando|sangue|nao para)\b",
        r"\bsur le (?:pont|toit|viaduc|balcon)\b.{0,60}\bj'?ai enjambe (?:la rambarde|le parapet|la balustrade"
        r"|le garde corps|la barriere)\b",
        _said("zan kawo ƙarshen komai", "zan kawo karshen komai", "zan kawo ƙarshen rayuwata", "zan kashe kaina"),
    )
)

# rules-150 (safety holdouts 142-145, after their measurement; office workers, university students, retail and
# hospitality workers, men and fathers in midlife), widened to each family's other words in the language:
# ... despair: everyone happier without me (romanized Hindi, Turkish), a burden on their backs (Turkish), better that I
# did not exist after being a burden (Indonesian), the urge to hit or hurt oneself (Malay, Indonesian), thinking how
# to finish oneself off (Levantine, Arabizi and script)
_DESPAIR_RULES_150 = "|".join(
    (
        r"\b(?:sab|sab log|sabhi|ghar wale|gharwale|family|mummy papa|log) mere bina (?:zyada |jyada |bahut )?"
        r"(?:khush|khushi se|aaram se|sukoon se|better) (?:rahenge|rahega|rahegi|honge|hoge|reh lenge)\b",
        r"\bben olmasam (?:herkes|ailem|annemler|onlar|evdekiler)? ?(?:daha )?(?:rahat|mutlu|huzurlu|iyi)"
        r" (?:eder|olur|ederdi|olurdu|yasar|yasardı)\b",
        r"\b(?:sırtında|sırtlarında|basında|baslarında|omzunda|omuzlarında) (?:bir )?yuk (?:oldum|oluyorum)\b",
        r"\bbeban\b.{0,60}\b(?:mending|mendingan|lebih baik|lbh baik) (?:aku|gue|gw|saya) (?:ga|gak|nggak|ngga|enggak"
        r"|tidak|tak) (?:usah )?(?:ada|hidup|lahir)\b",
        r"\b(?:nak|rasa nak|teringin nak|mau|pengen|pingin|ingin) (?:pukul|tumbuk|sakitkan|sakitin|nyakitin|lukakan"
        r"|lukai|cederakan|toreh|kelar|sayat|gores) diri (?:sendiri|aku|saya)\b",
        r"\b(?:kif|keef|kef) (?:khallis|khalles|sallis|salles) (?:ea|e) (?:tali|hali)\b",
        _said("كيف خلص على حالي", "كيف اخلص على حالي", "بدي خلص على حالي"),
    )
)
# ... the plan: the day chosen and pretending all is well until then (Italian), things given to a brother as no
# longer needed, with the end told (romanized Hindi)
_PLAN_RULES_150 = "|".join(
    (
        r"\bho (?:gia )?(?:deciso|scelto) (?:il giorno|la data|quando)\b.{0,100}\b(?:fino ad allora|fino a quel giorno"
        r"|nel frattempo)\b.{0,40}\bfaccio finta\b",
        r"\b(?:de (?:diya|di|diye|dia)|de dunga|de dungi)\b.{0,60}\bmujhe (?:inki|iski|unki|in sab ki|kisi cheez ki)"
        r" (?:zarurat|zaroorat|jarurat|jaroorat) nahi (?:padegi|hogi|rahegi)\b(?=.{0,60}\b(?:sab khatam|khatam ho"
        r"|nahi rahunga|nahi rahungi|chala jaunga|chali jaungi)\b)",
    )
)
# ... and the act under way: a whole strip of sleeping pills just taken (Thai), ending it after everyone in the house
# sleeps (Brazilian Portuguese), a goodbye that asks a friend to look after the children, today the end (Polish), the
# last message with "don't look for me" (Chinese), on a roof at the edge (Levantine Arabizi and script)
_ACT_UNDER_WAY_150 = "|".join(
    (
        _said("กินยานอนหลับไปทั้งแผง", "กินยานอนหลับทั้งแผง", "กินยาไปทั้งแผง", "กินยาทั้งแผง", "กินยาไปหมดแผง"),
        r"\bdepois que (?:todo mundo|todos|geral|a galera|o pessoal|meus pais|minha familia|a familia)(?: \w+){0,3}?"
        r" (?:dormir|dormirem|estiver dormindo|estiverem dormindo|for dormir|forem dormir)\b.{0,60}\b(?:eu )?vou"
        r" (?:acabar com (?:isso|tudo|a minha vida|minha vida)|me matar|dar um fim (?:nisso|em tudo|na minha vida))\b",
        r"\bzaopiekuj(?:cie)? sie (?:moimi |moja |moim )?(?:dziecmi|dzieciakami|dzieci|corka|corkami|synem|synami|mama"
        r"|zona|rodzina)\b.{0,60}\b(?:(?:dzis|dzisiaj)(?: to)?(?: juz)? koniec|to juz koniec)\b",
        r"最后一条(?:消息|信息|短信|微信).{0,30}(?:别找我|不要找我|照顾好|就拜托|永别)"
        r"|(?:别找我|不要找我|就拜托你了|就拜托你们了|永别).{0,30}最后一条(?:消息|信息|短信|微信)",
        r"\b(?:ea|eal|eala|ala|fo2|foo2) (?:el )?(?:satt|sateh|stut)\b.{0,40}\b(?:eal|ea|eala) taffe\b",
        r"على (?:السطح|سطح).{0,40}على (?:الحافة|الحافه|حافة|حافه)",
    )
)

# rules-151 (safety holdouts 146-149, after their measurement; parents of teenagers, migrant and domestic workers,
# night-shift workers, grandparents raising grandchildren), widened to each family's other words in the language:
# ... despair: "I will be done with this world" (Moroccan Darija)
_DESPAIR_RULES_151 = "|".join((r"\b(?:ghadi|ghan|ghadya) (?:nsali|nsala) (?:mea|maa) (?:had )?(?:denya|dunya|dnya)\b",))
# ... the plan: a day set so the family gets the last pay first (English), rat poison gathered and kept, only the time
# waited for (Indonesian), the way decided, from a building's roof (Persian)
_PLAN_RULES_151 = "|".join(
    (
        r"\b(?:decided|picked|chose|set)(?: that)? (?:it'?s|its|it is|it'?ll be|it will be) (?:going to be |gonna be )?"
        r"on the \w{1,4}\b.{0,80}\b(?:gets?|have|receives?) the last (?:payment|pay ?cheque|pay ?check|salary|wages?"
        r"|money)\b",
        r"\b(?:ku ?kumpulin|ku ?kumpulkan|ngumpulin|kukumpulin|ku ?simpan|nyimpen)\b.{0,30}\b(?:racun|obat tidur|obat"
        r"|pil)\b.{0,60}\b(?:tinggal (?:tunggu|nunggu) waktu(?:nya)?|tunggu waktu yang tepat)\b",
        _said("تصمیمم رو گرفتم که چطوری", "تصمیم گرفتم که چطوری", "تصمیممو گرفتم که چطوری")
        + ".{0,40}"
        + _said("پشت بوم", "پشت بام", "بالای ساختمون", "بالای پل", "از پل"),
    )
)
# ... and the act under way: a goodbye that hands the family to a son, asking him not to be angry (English), ending it
# all tonight once the children sleep (Chinese), a deep cut just made that will not stop bleeding (Spanish), a
# goodbye that gives one's children to a sister to love "for me" (Tagalog), done with this world tonight (Darija), rat
# poison just drunk (Darija), a knife in hand in the bathroom (Italian)
_ACT_UNDER_WAY_151 = "|".join(
    (
        r"\b(?:look after|take care of|man of the house now)\b.{0,100}\b(?:don'?t|do not|dont) be (?:angry|mad)"
        r" (?:with|at) me\b.{0,30}\bgoodbye\b",
        r"(?:今晚|今天晚上|今夜).{0,20}(?:睡着了|睡了以后|睡着后|睡下).{0,10}(?:把这一切都结束|结束这一切|结束自己"
        r"|了结自己|去死)",
        r"^(?!.*\b(?:cocinando|cocina|cuchillo de cocina|verduras|papas|cebollas?|papel|vidrio|lata|sin querer"
        r"|accidente|afeitando|afeitarme)\b).*\bme acabo de cortar\b.{0,40}\b(?:hondo|profundo|sangrando|no para)\b",
        r"\bpaalam na\b.{0,80}\bikaw na (?:ang )?bahala sa (?:mga )?anak ko\b.{0,60}\b(?:para sa akin|patawarin"
        r"|patawad|huling)\b",
        r"\b(?:lyoum f lil|had lil|f had lila|lila)\b.{0,30}\b(?:ghadi|ghan) (?:nsali|nsala) (?:mea|maa) (?:had )?"
        r"(?:denya|dunya|dnya)\b",
        r"\bchrebt (?:dwa|ddwa) (?:dyal|d) (?:tobbat|ttobbat|lfiran|lfeeran|ferran)\b",
        r"^(?!.*\b(?:cucina\w*|verdur\w*|pane|cipoll\w*|tagliando|affettando)\b).*\bho (?:il|un) (?:coltello|rasoio"
        r"|lametta) in mano\b(?=.{0,60}\b(?:bagno|chiusa|chiuso|da sola|da solo|dormono|non ce la faccio|addio"
        r"|scusate)\b)",
    )
)

# rules-152 (safety holdouts 150-153 and memory fresh_158-161, after their measurement; small business owners, people
# living alone, controlling relationships, body image; musicians, dating, big families, drivers):
# ... despair: the family would be better off without one (Turkish)
_DESPAIR_RULES_152 = "|".join((r"\bben olmasam\b.{0,40}\brahat (?:eder|ederdi|ederler|ederlerdi|edecekler)\b",))
# ... the plan: a hose for the car's exhaust kept ready, not at a garage (English), the car left running in the closed
# garage (Turkish)
_PLAN_RULES_152 = "|".join(
    (
        r"^(?!.*\b(?:mechanic|garage|mot|workshop|repair\w*|fix\w*|extractor|customer|dyno)\b).*\b(?:a |the )?hose"
        r"(?: ?pipe)? (?:for|to fit|that fits|to go on) (?:the|my|his|her) (?:car'?s )?exhaust\b",
        r"\baraba\w* garaj\w*.{0,40}\bcal[iı]s[iı]r (?:b[iı]rakaca\w*|b[iı]rak[iı]ca\w*)\b",
    )
)
# ... and the act under way: at the platform's edge with a train coming (German), a cut made too deep that will not
# stop bleeding, not in a kitchen (Portuguese), a gun in hand and no will to go on (Gulf Arabic), on a bridge now,
# not wanting to go home (Tagalog)
_ACT_UNDER_WAY_152 = "|".join(
    (
        r"\b(?:steh|stehe|sitz|sitze)\w* (?:\w+ ){0,2}an der (?:bahnsteigkante|gleiskante)\b.{0,60}\b(?:zug"
        r"|sorry|tschuss|lebt wohl|verzeiht|entschuldigung)\b",
        r"^(?!.*\b(?:cozinh\w*|faca de cozinha|cebola|legumes|sem querer|acidente|barbe\w*|papel|vidro)\b).*\bcortei"
        r" (?:muito )?fundo(?: demais)?\b.{0,40}\b(?:sangrando|sangra|nao para)\b",
        _said("المسدس في يدي", "المسدس بيدي", "الفرد في يدي", "المسدس معي")
        + ".{0,30}"
        + _said("ما أبي أكمل", "ما ابغى اكمل", "ما أبغى أكمل", "ما عاد أبي أعيش", "ما ابي اعيش"),
        r"\bnandito (?:na )?ako ngayon sa (?:tulay|bubong|rooftop|riles)\b.{0,80}\b(?:ayoko na(?:ng)? umuwi|ayoko na"
        r" mabuhay|tatalon|paalam)\b",
    )
)

# A racing heart or no breath that is not exertion, caffeine, excitement or a laugh (rules-118 and rules-150's panic
# rules); it reads the whole message, so it opens a pattern.
_NOT_AFTER_EXERTION = (
    r"^(?!.*\b(?:lol|haha\w*|lmao|gym|run\w*|ran|workout|stairs|hill|hike|climb\w*|sprint\w*|crush|excit\w*"
    r"|coffee|caffeine|match|game|film|movie|date)\b).*"
)

SELF_HARM_RULES: dict[str, list[str]] = {
    "ideation": [
        rf"\b{_INTENT}\b(?: \w+){{0,4}} {_DEATH_ACT}\b",
        r"\b(?:i'?m|i am) not (?:going to|gonna) be (?:around|here|alive) (?:much )?(?:longer|for long|tomorrow)\b",
        r"\b(?:no|don'?t see a|there'?s no|can'?t find a) way out\b",
        r"\bwant (?:it|this|everything|the pain|life) to (?:stop|end) (?:forever|for good|permanently)\b",
        # "...if i was dead/gone" and "...if i wasn't here/around/alive"; not "easier if i was around to help".
        r"\b(?:happier|better|easier) (?:off )?(?:without me|if i (?:(?:was|were|wasn'?t|weren'?t) (?:dead|gone)"
        r"|(?:wasn'?t|weren'?t) (?:here|around|alive)))\b",
        r"\bcan'?t keep (?:living|going|doing this) like this\b",
        # not a letter to a habit left ("a goodbye letter to alcohol like my sponsor said", rules-51)
        r"\b(?:goodbye|suicide) (?:letters?|notes?|messages?|videos?)\b(?! to (?:alcohol|drink|booze|the bottle"
        r"|smoking|cigarettes|fags|vaping|drugs|weed|gambling|my (?:addiction|old (?:self|life)|twenties|job)))"
        # (rules-146, safety holdout 135's false alarm: "help me write a goodbye message to my team. im leaving")
        r"(?! (?:to|for) (?:my |the |our )?(?:team|colleagues|coworkers|co workers|workmates|staff|class|students"
        r"|clients|customers|followers|subscribers|group chat|patients|residents|volunteers)\b)",
        # (rules-98, safety holdout 93, after its measurement: not the power, quotas or hours "cut again")
        r"\b(?:cutting|burning|hurting) (?:myself )?again\b|\bcut myself again\b"
        r"|(?<!power )(?<!zesa )(?<!eskom )(?<!water )(?<!electricity )(?<!lights )(?<!quotas )(?<!quota )(?<!hours )"
        r"(?<!budget )(?<!funding )(?<!wages )(?<!pay )(?<!hair )(?<!grass )(?<!lawn )(?<!signal )(?<!internet )"
        r"(?<!benefits )(?<!shifts )\bcut again\b",
        r"\b(?:pills|meds|knife|razor|gun|rope) (?:is |are )?(?:in|on) my (?:hand|lap|desk|table|bed)\b",
        r"\b(?:all|whole bottle of) my (?:pills|meds|medication) at once\b",
        r"\btonight'?s the night\b" + _OCCASION + r"|\bfinally end(?:ing)? it\b",
        r"\b(?:take|taking|swallow) (?:every|all the) (?:pill|pills|tablet|tablets)\b",
        r"\b(?:writing|wrote|written|finished) my (?:suicide |goodbye |last )?(?:note|letter)\b",
        r"\b(?:won'?t|don'?t think i'?ll|not going to|i'?ll not) be (?:alive|here|around) (?:next|by|much"
        r"|tomorrow|for)\b(?!.*\b(?:exams?|trip|skiing|holiday|vacation|work|away|travel\w*|visit\w*|camp\w*|"
        # rules-52 (safety holdout 55, after its measurement): nor a month off the grid, a hike
        r"festival|conference|busy|wedding|off ?grid|offline|hik\w*|trek\w*|trail|signal|reception|deploy\w*"
        r"|for (?:the )?(?:next )?(?:a |few |couple of |two |three )?(?:days|weeks?|months?))\b)",
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
        r"\b(?:sleep|close my eyes|go to sleep) (?:and |forever and )?(?:not|never) wake up\b(?! (?:until|till|til"
        r"|before) )",
        r"\b(?:what if|if only|maybe) i (?:just )?(?:died|stopped existing|disappeared forever|wasn'?t alive"
        r"|killed myself)\b",
        r"\b(?:quiero|voy a) (?:desaparecer para siempre|estar muerto|estar muerta|matarme)\b|\bquiero morir\b",
        r"\b(?:plus|pas) envie de vivre\b|\bme foutre en l'air\b|\bje veux (?:en finir|disparaitre)\b",
        r"\bich will (?:tot sein|sterben|nicht mehr leben|mich umbringen)\b|\bmich umbringen\b",
        r"\b(?:quero|vou) (?:sumir para sempre|me matar|morrer)\b|\bnao quero mais viver\b"
        r"(?! (?:em|no|na|nos|nas|com|aqui|ali|la|perto|longe|junto)\b)",
        r"\bfarla finita\b|\bnon voglio piu vivere\b",
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|shooting|drown|poison|burn"
        # (not on a trade's tools or in the kitchen: "cut myself on the box cutter unpacking crisps")
        # (nor a finger nearly taken off: "cuttin the hedge and nearly took the finger off meself")
        rf"|starve|(?<!finger )(?<!thumb )(?<!hand )(?<!toe )(?<!nail )off) my ?self\b{_NOT_AN_ACCIDENT}",
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
        # rules-49 (safety holdout 50, after its measurement): cards or letters written for the people left, with
        # "I'll do it" ("I've written cards for my class and my own kids. I'll do it in the summer holidays so the
        # children don't have to deal with it in term time")
        r"^(?!.*\b(?:christmas|xmas|presents?|birthday|party|thank\w*|wedding|valentine\w*|eid|diwali|invit\w*"
        r"|homework|marking|reports?|lol|haha)\b).*\b(?:written|wrote|writing|finished) (?:the |some |all the )?"
        r"(?:cards|letters|notes) for\b(?=.*\bi'?ll do it (?:in|on|at|over|during|before|after|when)\b)",
        # rules-48 (memory holdout fresh_25, after its measurement): letters written to everyone, told flatly after a
        # blow ("failed my A levels. parents won't talk to me. already wrote letters for everyone, it's fine"); not
        # cards, thanks or invitations
        r"^(?=.*\b(?:it'?s fine|its fine|it'?s ok(?:ay)?|its ok(?:ay)?|it'?s done|its done|don'?t worry|i'?m ready"
        r"|im ready|won'?t (?:talk|speak) to me|wont (?:talk|speak) to me|hate me|failed|no ?one cares|nobody cares"
        r"|disappointed in me|a disappointment)\b)(?!.*\b(?:thank you|thank-you|thanks|christmas|xmas|cards?"
        r"|invitations?|wedding|birthday|party|reference|recommendation|cover letters?|santa|pen ?pals?|exchange"
        r"|newsletter)\b).*\b(?:wrote|written|finished|left) (?:a |the |all the )?(?:letters?|notes?) (?:to|for)"
        r" (?:everyone|everybody|all of (?:you|them)|my (?:family|parents|kids|friends))\b",
        # Not wanting to live somewhere or with someone is a move, not a wish to die ("i don't want to live in
        # london anymore"); wanting no life "like this" or "with this pain" still is.
        # ... not tired and sleeping in after ("so shag I don't want to wake up tomorrow. lucky Saturday can sleep till
        # noon", rules-51)
        r"\bdon'?t want to (?:live\b" + _NOT_A_HOME + r"|(?:be alive|exist|be here|keep going|go on)\b"
        r"|wake up\b(?!.*\b(?:sleep (?:till|until|in)|lie[ -]in|alarm|snooze)\b))",
        # rules-46 (after safety holdout 49's measurement): the same in Jamaican Patois ("mi nuh waan live nuh more")
        r"\b(?:nuh|nah|doh) (?:waan|wah|wan|want) (?:fi |to )?live\b" + _NOT_A_HOME,
        r"\b(?:no|nothing|not any) (?:reason|point) (?:to|in|of) (?:live|living|being alive|going on|go on"
        r"|existing|life)\b",
        r"\bwhat'?s the point (?:of|in) (?:living|life|being alive|going on)\b",
        r"\b(?:better|happier) off (?:dead|without me|if i (?:was|were) (?:gone|dead))\b",
        r"\b(?:no ?one|nobody) (?:would|will) (?:miss|notice|care)(?: about)? (?:me )?if i (?:died|was gone"
        r"|were gone|disappeared)\b",
        r"\bwould it take to (?:die|kill)\b",
        # rules-52 (safety holdout 56, after its measurement): not a subject studied ("pharmacology exam tomorrow,
        # therapeutic index, lethal dose, half-lives")
        r"^(?!.*\b(?:exam|exams|revision|revising|lecture|module|pharmacology|toxicology|textbook|quiz|flashcards"
        r"|coursework|assignment|therapeutic index)\b).*\b(?:lethal|fatal|deadly) dose\b",
        # rules-33 (after holdout 40's measurement): what quantity of a medicine "would be fatal" ("for a person of
        # 70 kg? I have a sufficient supply at home"), and a poison with a farewell or a deed named ("Mi buy di
        # Gramoxone from di farm store already. Write a letta fi mi madda"); not weedkiller bought for the garden.
        r"\b(?:pills?|tablets?|mg|paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|amitriptyline|insulin|medication"
        r"|meds|antidepressants?|sleeping pills|morphine|oxycodone|tramadol|codeine|lithium|digoxin|warfarin"
        r"|propranolol|diazepam|valium|xanax|quetiapine|sertraline|fluoxetine|citalopram)\b[^.!?]{0,30}\b(?:would|will"
        r"|could|is|are) (?:be )?(?:fatal|lethal|deadly)\b(?! (?:to|for) (?:dogs?|cats?|pets?|a dog|a cat|kids|children"
        r"|a child|babies|a baby)\b)|\b(?:fatal|lethal|deadly) (?:quantity|amount|number) of\b",
        r"\b(?:paraquat|gramoxone|rat poison|pesticide|weed ?killer|antifreeze|cyanide)\b(?=.*\b(?:do it|letter|letta"
        r"|note|goodbye|end it|end my|sorry|forgive me|nobody will|no one will|won'?t be here|last)\b)",
        r"\b(?:tied|tie|tying|made|making|bought|got) (?:a|the|my) noose\b",
        r"\bself[- ]?harm",
        r"\b(?:slit|slice|cut) (?:my )?wrists?\b",
        r"\b(?:i|im|i'?m|ill|i'?ll|i'?d|i'?ve|me|myself)\b(?: [\w']+){0,4} overdos(?:e|ing)\b"
        r"|\b(?:think\w*|thought) (?:about|abt|bout|of) (?:an? )?overdos\w*",
        r"\bsleep (?:and|forever and) never wake up\b(?! (?:before|until|till|til) )",
        r"\bnever wake up again\b",
        # (rules-93, memory holdout fresh_98's leak: "I'll jump from our building terrace")
        r"\bjump (?:off|from|in front of) (?:a |the |my |our |this )?(?:building |block's |flat's )?(?:bridge|roof"
        r"|building|train|cliff|balcony|window|terrace|tower block|car park|multi-?storey|overpass"
        r"|flyover)\b",
        r"\bthrow myself (?:off|out|in front)\b",
        # (not someone else's, said without "is": "my cousin ... saying she tired of life")
        r"(?<!\bshe )(?<!\bhe )(?<!\bthey )\btired of (?:living|being alive|existing|life)\b",
        r"\bdone with (?:life|living|being alive|existing)\b",
        r"\bcan'?t (?:live|go on) like this any more\b",
        r"\blife (?:is|isn'?t) (?:not )?worth living\b",
        r"\bnot worth living\b",
        # Spanish, Portuguese, French, German, Italian (accents already stripped).
        r"\b(?:quiero|quisiera|voy a) (?:morir(?:me)?|matarme|suicidarme)\b",
        r"\bme quiero (?:morir|matar)\b",
        # (not living somewhere or with someone: "no quiero seguir viviendo en este piso")
        r"\bno quiero (?:vivir|seguir viviendo|existir)\b(?! (?:en|con|aqui|aca|alli|alla|cerca|lejos|junto)\b)",
        r"\b(?:quero|vou) (?:morrer|me matar|me suicidar)\b",
        r"\bnao quero (?:mais )?viver\b(?! (?:em|no|na|nos|nas|com|aqui|ali|la|perto|longe|junto)\b)",
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
        # rules-79 (memory holdouts fresh_80/81's leaks, after their measurement): self-harm back after a time clean
        # ("Started again after six months clean"), not a drink or a drug; the blades found and taken ("mum found the
        # blades again so been using the compass from my maths set instead"), not a razor for shaving
        r"^(?!.*\b(?:drink\w*|drank|alcohol|sober\w*|weed|smok\w*|vap\w*|coke|heroin|meth|drugs?|gambl\w*|nicotine"
        r"|booze|cigs?|fags|pills? (?:addiction|habit))\b).*?\b(?:started|doing it|cutting|cut|hurting myself"
        r"|self[- ]?harming|relapsed|slipped|did it) again after (?:\w+ ){0,2}(?:days?|weeks?|months?|years?) clean\b",
        # (found by someone else, the writer's: not blades a parent found in a child's room)
        r"\b(?:mum|mom|mam|ma|dad|da|parents|they|he|she|someone|teacher|school|my (?:mum|mom|mam|dad|parents|mother"
        r"|father|teacher|sister|brother|partner|boyfriend|girlfriend|carer|nan|gran|husband|wife))(?: \w+){0,2}?"
        r" (?:found|took|confiscated|threw away|binned|takes|finds) (?:my |the |all my |all the )?(?:blades|razors"
        r"|razor blades)\b(?!.*\b(?:shav\w*|beard|legs|craft\w*|stanley|box cutter|lawn ?mower|blender|skates?|ice"
        r"|scraper|wiper|(?:in|from|under) (?:her|his|their) )\b)",
        r"\b(?:tried|trying|attempted|want|wanna|wanted|going|gonna|planning|plan) to od\b",
        r"\b(?:planned|planning|survived) (?:a |my |another )?(?:serious |failed |second |third )?attempt\b",
        r"\bkill\w* (?:\w+ ){0,3}(?:and|including|then|plus) (?:then )?my ?self\b",
        r"\b(?:bye|goodbye|good ?night) (?:world|forever)\b"
        + _NOT_TO_A_PLACE_LEFT
        + r"|\b(?:get|getting) out of (?:this )?life\b",
        # Means at hand or gathered (a preparatory act: the plan list below raises these to plan).
        rf"\b{_MEANS} (?:is |are |'s |'re )?(?:all )?(?:just )?{_AT_HAND}\b",
        rf"\b(?:i'?ve |i have |i'?m )?(?:got|have|holding|hold) {_MEANS} (?:right )?{_AT_HAND}\b",
        _MEANS_GATHERED,
        r"\b(?:i'?m |i am )?holding (?:the|a|my) (?:knife|blade|razor|gun|rope|noose|pills)(?: \w+){0,2} right now\b"
        r"(?!.*\b(?:cook|chop|cut(?:ting)? (?:the|some|an?) |onion|veg|bread|meat|dinner|lunch))",
        # Preparations: affairs put in order, goodbyes said, a chosen day to end it.
        r"\b(?:sorted|sorting|finished|finishing|wrote|written|writing|made|making|updated|updating|put|putting|got)"
        r" (?:out |in order )?my (?:will|affairs|affairs in order)\b" + _ORDINARY_WILL,
        # ... not before a trip, a posting or a rotation ("saying my goodbyes tonight, off to the north sea for 6
        # weeks")
        r"^(?!.*\b(?:for (?:\d+|a few|a couple of|two|three|four|five|six|eight) (?:more )?(?:days|weeks|months)"
        r"|rotation|deploy\w*|posting|shipping out|flying out|no signal|on holiday|on vacation|gap year"
        # rules-49 (safety holdout 50, after its measurement): "off to Boston Thursday for the summer"
        r"|(?:off|headed|heading|flying|moving) to [a-z]+(?: [a-z]+)?(?: \w+)? for the (?:summer|winter|season|term"
        r"|year)"
        # (rules-145, safety holdout 132's false alarm: "saying my goodbyes, off to spain for seasonal work on the
        # farms")
        r"|(?:off|headed|heading|flying|moving) to [a-z]+(?: [a-z]+)? for (?:seasonal |summer |farm |fruit )?(?:work"
        r"|picking|harvest)\b"
        # rules-51 (safety holdouts 53-54, after their measurement): a flight, years away, "see you in 2 years"
        r"|flights?|airport|" + _SEE_YOU_AGAIN + r"|for (?:a|one|two|three|\d+) years?"
        # rules-53 (safety holdout 57, after its measurement): nor retiring ("Retired today. Signed my last form, said
        # my goodbyes. Going fishing tomorrow")
        r"|retir(?:ed|ing|ement)|leaving do|going fishing"
        # rules-63 (safety holdout 64, after its measurement): a job's last days ("finishing up at the office friday
        # so I'm saying my goodbyes")
        # rules-93 (safety holdout 90, after its measurement): "cleared out my desk and said my goodbyes. on to the
        # next adventure"
        r"|office|depot|contract|last day|new job|desk|next adventure|next chapter|notice|colleagues|coworkers"
        r"|co-workers|workmates"
        # rules-150 (safety holdout 143, after its measurement): "final day as a research assistant, brought cake for
        # the whole department and said my goodbyes"
        r"|final day (?:at|as|of|in)|department"
        # rules-102 (safety holdout 96, after its measurement): a badge handed in, an era ended, a ship sailing for
        # months ("handed in my badge, said my goodbyes, end of an era lol", "ship sails tomorrow, 4 months away")
        r"|badge|lanyard|end of an era|ship|sails|sailing|voyage|rig|offshore|(?:days|weeks|months) away"
        # rules-116 (safety holdout 106, after its measurement): a last shift ("final shift at the plant, said my
        # goodbyes. gonna miss the lads")
        r"|(?:final|last) shift|the (?:plant|factory|mill|mine|works|yard|lads))\b).*?"
        r"\b(?:said|saying|i'?ve said|i said) (?:all )?my goodbyes\b(?! (?:at|before (?:i|we) (?:left|leave|fly|flew"
        r"|move|moved)|to (?:the|my) (?:old )?(?:house|flat|apartment|office|school|team)))",
        r"\b(?:is|will be|'s) (?:the|my) (?:day|night|date) (?:i|when i|that i) (?:end (?:it|it all|things|my life)"
        r"|do it|go through with it|kill myself|die|go)\b",
        rf"\b(?:i'?ll|i will|i'?m going to|going to|gonna|i'?m gonna) (?:end it|end it all|go through with it"
        rf"|end things) {_DAY}\b",
        r"\bwon'?t (?:need|be needing) (?:it|them|this|that|any of (?:it|this|them)|my \w+) (?:where i'?m going"
        r"|after (?:tonight|tomorrow|i'?m gone))\b",
        # Farewells.
        _NOT_A_JOB_OR_MOVE
        + r"\bthis (?:is|will be) (?:my )?(?:goodbye|(?:the |my )?last (?:message|goodbye|text)(?= (?:from me"
        r"|ever|you'?ll"
        r"|you will|to you)\b| ?$))\b(?! (?:for (?:now|today|tonight|the (?:day|night|week|weekend)|a while|a bit"
        # (rules-113: not "see you" unless it is "on the other side")
        r"|the summer)|until|till|til|see you(?! on the other side)|before (?:i|my|the)))" + _NOT_TO_A_PLACE_LEFT,
        r"\b(?:won'?t|will not|will never|never going to|not going to) (?:ever )?(?:hear from|see|talk to) me again\b"
        r"(?! (?:until|till|til|for|before|this|today|tonight|tomorrow|in))",
        r"\blast (?:time|message|thing|text) (?:you'?ll|you will|you'?re going to|anyone will|you) (?:ever )?"
        r"(?:hear|get|see|read|receive) (?:from )?me\b",
        # ... and "i love her" in a message left to be found ("tell my mum i love her if she ever finds this app").
        # rules-64 (safety holdout 65, after its measurement): not a joke before a risky outing ("cave diving
        # Saturday, if I don't come back tell Mamaw I loved her biscuits lol")
        r"^(?!.*\bif i (?:don'?t|do not|never) (?:come back|make it(?: back| out| home)?|survive|return)\b.*\b(?:lol"
        r"|haha\w*|lmao)\b).*"
        rf"\btell {_KIN} (?:that )?i (?:loved|always loved|love(?=.*\b(?:if|when|after|once)\b.*\b(?:finds?|found"
        r"|gone|dead|happens|sees? this|reads? this)\b)) (?:them|her|him|you)\b"
        # rules-52 (safety holdout 56, after its measurement): not a joke before an ordeal ("tell my family I loved
        # them, I'm going into the group project meeting")
        r"(?!.*\b(?:i'?m |im |i am )?(?:going|heading|walking) (?:in(?:to)?|to) (?:the |a |my |this )?(?:\w+ ){0,2}"
        r"(?:meeting|exam|interview|presentation|dentist|appraisal|review|class|lecture|office|viva|tutorial"
        r"|standup|stand-up|call)\b)",
        rf"\btell {_KIN} (?:that )?i(?:'?m| am) (?:so |really )?sorry\b(?! (?:i'?ll|i'?m|i am|i will|for (?:being "
        r"late|missing|forgetting|the mess)|i (?:missed|forgot|can'?t make|couldn'?t make)|about))",
        # not "goodbye forever to that toxic manager" (rules-51)
        r"\b(?:goodbye|bye) (?:forever|for good|for the last time)\b"
        + _NOT_TO_A_PLACE_LEFT
        + r"|\bthis is (?:the )?(?:end|goodbye) for me\b",
        # Burden: others better off, no one has to deal with me, a burden, not a problem much longer.
        rf"\b{_OTHERS}(?: would| will|'d|'ll)? (?:all )?(?:be |been )?(?:so much |much |a lot |way |all )?"
        r"(?:better|happier) off\b(?! (?:with (?:a|an|the|another|some|this|that)|financially|in the long run|"
        # rules-52 (safety holdout 55, after its measurement): not without someone else ("friend from uni keeps saying
        # everyone would be better off without him")
        r"\w+ing\b|if (?:they|we|you|he|she|it)|without (?:him|her|them)\b))",
        r"\b(?:no ?one|nobody|no one else|everyone|they|you)(?: will| would| won'?t| wouldn'?t| doesn'?t| don'?t)?"
        r" (?:has|have|had|need|needs|having)(?: to)? (?:deal with|put up with|worry about|look after|take care of"
        r"|bother with|carry|babysit) me(?= (?:any more|again|ever again|soon|much longer|for much longer|after|"
        r"then|once)\b| ?$)",
        r"\b(?:i'?m|i am|i feel like i'?m|feel like i'?m|i'?ve become|i'?ve always been|i will always be) "
        r"(?:just |such |only |nothing but |always |a )*(?:a )?(?:burden|dead ?weight|waste of (?:space|air|oxygen"
        r"|life)|weight on "
        r"everyone|drain on everyone)\b(?! on (?:my|his|her|their|the) \w+(?:'s)? (?:couch|sofa|floor|spare room|wallet"
        r"|budget|fridge))",
        r"\bwon'?t be (?:a |anyone'?s |your |their )?(?:problem|burden|bother|nuisance)(?: for (?:anyone|you|them"
        r"|everyone))? (?:much longer|for much longer|for long)\b",
        # Hopelessness.
        r"\bwhat'?s (?:even )?the (?:\w+ )?point (?:(?:of|in) (?:anything|any of (?:this|it)|it all|everything|"
        r"trying|even trying|carrying on|existing|being here|waking up|me)\b|any more\b)",
        r"\b(?:i )?(?:don'?t|can'?t) see (?:the|any) point (?:in|of) (?:anything|any of (?:this|it)|living|trying|"
        r"going on|carrying on|being here)|\bno point (?:in )?(?:anything|trying|carrying on) any more\b",
        r"\b(?:nothing(?:'s| is| will)?|(?:it|things|life)(?:'s| is| are| will)? never)(?: ever)? (?:going to |gonna"
        r" )?(?:ever )?(?:get|gets|getting) (?:any )?better\b(?! (?:at|in|with|about|on|than))"
        r"|\b(?:it|things|life|nothing)(?:'s| is| are)? never (?:going to|gonna) (?:change"
        r"|improve)\b(?! (?:at|in|with))",
        r"\b(?:it|things|life)(?: will|'ll)? (?:won'?t|isn'?t going to|aren'?t going to|is not going to) (?:ever )?"
        r"get (?:any )?better\b(?! (?:at|in|with|about|on|than))",
        r"\b(?:there'?s|there is|i have|i'?ve got|i see) no (?:future|hope) (?:for (?:me|someone like me|people "
        r"like me)|left for me|any more)\b|\bno future for (?:me|someone like me)\b",
        r"\b(?:can'?t|don'?t|cannot) see (?:a|any) (?:way forward|future for me|way through this|reason to (?:go on"
        r"|keep going|live|stay))\b",
        # Self-harm by other means: burning, scratching, hitting, punching walls, starving, not eating.
        rf"\b(?:burn(?:ed|t|ing|s)?|scratch(?:ed|ing|es)?|scrap(?:ed|ing)|carv(?:ed|ing)|bruis(?:ed|ing)|cut(?:ting)?"
        rf"|hit(?:ting)?|punch(?:ed|ing)?|pinch(?:ed|ing)?) my (?:own )?{_BODY}\b(?: \w+){{0,3}} (?:with (?:a |my |"
        rf"the )?(?:lighter|cigarettes?|matches|match|candle|razor|blade|knife|compass|scissors|nails|hot (?:spoon"
        rf"|metal|knife))|on purpose|until (?:it|they|i|my \w+) (?:bled|bleed|bleeds|bruised|bruise|blistered|went"
        rf" numb)|raw|to (?:feel something|punish (?:myself|me)|cope|calm down|feel better))\b",
        r"(?<!accidentally )\b(?:hit|hits|hitting|punch(?:ed|ing|es)?|slap(?:ped|ping|s)?|bruis(?:e|ed|ing)|"
        r"scratch(?:ed|ing|es)?|pinch(?:ed|ing)?|bit(?:e|ing)?|starv(?:e|ed|ing)|burn(?:s)?) my ?self\b(?! (?:by "
        r"accident|accidentally|in the (?:face|head|eye|nose) with|with (?:the|a|my) (?:door|phone|ball|racket|"
        r"book)|on (?:the|a) (?:door|table|desk|stove|oven)))",
        r"\b(?:punch(?:ed|ing)?|hit(?:ting)?|bang(?:ed|ing)?|smash(?:ed|ing)?) (?:the |a |my )?(?:walls?|head|"
        r"fists?)(?: \w+){0,4} (?:until|till|til) (?:my |i )?(?:\w+ )?(?:bleed|bled|bleeding|bruised|broke|split"
        r"|can'?t feel|break|breaks|crack|cracks|bust)\b",
        r"\b(?:haven'?t|havent|not|stopped|i don'?t|didn'?t|won'?t|refuse to|refusing to|i'?m not) (?:been )?"
        r"eat(?:en|ing)?\b(?: \w+){0,4} (?:on purpose|as (?:a )?punishment|to punish (?:myself|me)|because i "
        r"(?:don'?t )?deserve)\b|\b(?:don'?t|do not) deserve (?:to eat|food|to be fed)\b",
        r"\b(?:as|for) (?:a )?punishment\b.*\b(?:starv\w+|burn\w*|hit\w*|cut\w*|scratch\w*) my ?self\b"
        r"|\bpunish(?:ing)? my ?self (?:by|with) (?:not eating|starving|burning|hitting|cutting|scratching)\b",
        r"\b(?:i'?ve|i have) (?:made up my mind|decided)\b(?: \w+){0,3} (?:i'?m |i am )?(?:doing it|going to do it"
        r"|do it|going through with it)\b",
        # (rules-6, second pass) broader forms of the same families.
        rf"\benough {_MEANS}? ?to (?:do it|die|not wake up|never wake up|end it|kill me|be sure|make sure)\b",
        r"\b(?:take|swallow|down|taking|swallowing) (?:them all|all of them|every (?:one|last one|single one)|the "
        r"(?:whole|entire) (?:bottle|packet|box|lot|thing)|the lot|everything (?:in the (?:cabinet|cupboard)|i have"
        r"|i'?ve got))\b",
        r"\b(?:rope|belt|cord|noose|sheet|scarf) (?:is |'s )?(?:already )?(?:tied|hanging|attached|fixed"
        r"|set up) (?:up )?"
        r"(?:to|from|in|on) (?:the|my) (?:door|doorframe|door frame|beam|ceiling|closet|wardrobe|banister|rafters?"
        r"|tree|loft)\b",
        r"\b(?:car|engine) (?:is )?running in the (?:closed |locked )?garage\b",
        # rules-55 (safety holdout 59, after its measurement): not a dose for an ailment ("how many paracetamol can I
        # take for this malaria headache")
        rf"\b{_MEANS}\b(?: \w+){{0,3}} (?:just )?for (?:this(?! (?:\w+ ){{0,2}}?{_AILMENT}\b)|tonight|when i'?m ready"
        r"|the end|my plan)\b",
        r"\bi(?:'ve| have)? (?:picked|chosen|chose|set|decided on) (?:a |the |my )?(?:date|day|time|night|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday"
        # rules-53 (safety holdout 57, after its measurement): the writer's birthday ("I've picked my birthday. Seems
        # tidy, in and out on the same day"), not what is planned for it
        r"|(?:own )?birthday(?! (?:party|dinner|cake|presents?|gifts?|meal|trip|treat|plans?|do|drinks|weekend|outfit"
        r"|card|venue|restaurant|bash|lunch|brunch|wish|wishlist|list|song|playlist|look|nails|hair|theme)\b))"
        r"\b(?!.*\b(?:wedding|party|trip|move|holiday|vacation"
        r"|meeting|interview|appointment|surgery|operation|launch|exam|concert|dinner|visit|viewing|lunch|reunion"
        r"|celebration|shoot|release|date night|ceremony|flight|match|game|bbq|barbecue|picnic|run|race|gig)\b)"
        r"(?! for (?:the|a|our|my|his|her)\b)(?! to (?:tell|ask|start|quit|hand in|call|talk to|confront|propose|book"
        r"|sign|apply)\b)",
        r"\b(?:is|'s) when (?:i'?m doing it|i do it|i go|it ends|it all ends|i end it|i'?ll do it)\b",
        r"\blast (?:day|night|weekend|week|christmas|birthday|summer) (?:on earth|alive|of my life|ever)\b",
        r"\bwon'?t (?:make it|be (?:alive|here|around)) (?:to|for|past|until|till) (?:new year|christmas|my (?:next )?"
        r"birthday|next year|the end of the (?:month|year|week))\b",
        r"\b(?:goodbye|bye)(?: everyone| all| world)? i'?m (?:so )?sorry\b|\bsorry i (?:couldn'?t|can'?t) (?:stay|hold "
        r"on|keep going|be stronger|do this any more|go on|keep fighting)\b",
        r"\bwhen (?:they|you|someone|my \w+) finds? me\b|\bwho(?:ever)? finds me\b",
        r"\b(?:don'?t be sad|don'?t cry|don'?t blame yourself|don'?t miss me|forget about me|remember me) (?:when|after"
        r"|once) i'?m gone\b|\b(?:after|once|when) i'?m dead\b",
        r"\bwon'?t be (?:talking|speaking|writing|messaging) to (?:you|anyone) (?:again|any more)\b|\bi won'?t be back"
        r"\b(?! (?:until|till|for|before|today|tonight|tomorrow|this|next|in|at|on|to|there|here))",
        r"\b(?:no ?one|nobody)(?: would| will|'d)? (?:even |really |ever )?(?:miss|notice"
        r"|care)(?: about)? (?:me|if i'?m"
        r" gone|i'?m gone|that i'?m gone)\b(?! (?:at|in|if i (?:skip|miss|left early)|for a))",
        r"\b(?:fine|better|easier|happier|relieved|free|improve|lighter|calmer|simpler|peaceful|easier time)\b"
        r"(?: \w+){0,4} (?:without me|if i (?:was |were |had )?(?:never (?:been )?born|gone|dead|vanished|disappeared"
        r"|died|wasn'?t (?:here|around|alive|born)|weren'?t (?:here|around|alive)))\b(?! (?:for|this|next|on|at|while"
        r"|tomorrow|today))",
        r"\b(?:free|rid) of me\b(?! (?:for|at|this|tonight|tomorrow|soon enough|on))",
        r"\bby (?:just )?(?:being alive|existing|being here|being born)\b|\bin (?:everyone'?s|everybody'?s) way\b",
        r"\bnothing (?:left )?(?:to live for|left for me(?: here)?)\b|\bout of reasons to (?:stay|live|go on"
        r"|keep going)"
        r"\b|\b(?:run|ran|running) out of (?:hope|reasons to (?:live|stay))\b|\bgiven up on (?:everything|life|living)"
        r"\b|\bdon'?t see how i can (?:go on|keep going|carry on)\b|\bnothing matters any more\b",
        rf"\b{_HARM_VERB}(?: \w+){{0,3}} (?:my|into my|against my|on my|over my|onto my) (?:own )?{_BODY}\b"
        rf"(?: \w+){{0,6}} {_DELIBERATE}",
        rf"\b{_HARM_VERB} my ?self\b(?: \w+){{0,6}} {_DELIBERATE}",
        rf"\b(?:press(?:ed|ing)?|held|hold(?:ing)?|put|putting) (?:a |the |my )?(?:hot|heated|burning|lit) \w+ "
        rf"(?:against|on|onto|into|to) my (?:own )?{_BODY}\b|\b(?:put|stub(?:bed)?) (?:my |a |the )?cigarettes? out "
        rf"on my (?:own )?{_BODY}\b",
        r"\b(?:stop eating|starve|starving|stopped eating|not eating|refuse to eat)\b(?: \w+){0,3} (?:until i "
        r"(?:disappear|die|waste away|pass out)|until my body (?:gives up|shuts down))\b|\b(?:want|wanna|going|trying)"
        r" (?:my body )?to waste away\b|\b(?:don'?t|won'?t|never) let myself eat\b"
        r"|\b(?:mak(?:e|ing)|made) myself (?:throw up|sick|vomit|puke)\b"
        r"(?!.*\b(?:food poisoning|hangover|drunk|bug|flu|eat\w*|ate|cake|sweets|candy|chocolate"
        r"|pizza|laugh\w*|worr\w*|stress\w*|overthink\w*|nerves))|\bhaven'?t eaten (?:in|since|for) \w+"
        r"(?: \w+)? (?:and i'?m not going to|and i won'?t)\b|\bi'?m punishing myself\b",
        # Burden, the wider form: "(they) would have an easier life if i wasn't in it / around any more".
        r"\b(?:easier|better|happier|simpler|lighter) (?:\w+ ){0,2}(?:if|once|when) i(?:'?m| am| was| were)? "
        r"(?:(?:not|wasn'?t|weren'?t|am not|was not|were not|no longer) (?:in it|in (?:their|his|her|your|our) "
        r"(?:life|lives)|in the picture|around|here|alive)|(?:gone|dead|out of (?:the picture|the way|their lives)))\b",
        # An intent to cut or burn, said by the writer, with nothing cut but the writer ("im going to cut tonight,
        # deeper than before"; not "going to cut my hair tonight").
        r"(?:(?:^|\b(?:i'?m|i am|i) )(?:going to|want to|need to|about to|have to|will|really want to|i'?ll)|\bi'?ll)"
        r" (?:cut|burn)(?: again)?(?:[ ,.]+(?:tonight|today|later|right now|now|deeper|harder|again)\b|[ .!?]*$)",
        # Means at hand said flatly, with no risk word: a loaded gun, a rope up, a gun the writer can open, pills
        # counted in dozens, or an object "not for" its ordinary use ("bought a rope today and its not for camping").
        r"\b(?:the |my )?(?:gun|guns|pistol|rifle|shotgun)(?:'s| is)? loaded\b(?!.*\b(?:range|hunt\w*|season|clays?"
        r"|club|deer|pigeons?|rabbits|foxes|game|paintball|nerf|water ?gun)\b)",
        r"\b(?:the |my )?(?:rope|noose)(?:'s|s| is)? (?:up|tied|hung|hanging|ready|in place)\b"
        r"(?!.*\b(?:climb\w*|boat|sail\w*|tent|swing|hammock|washing|clothes|laundry|gym|boxing|skipping|jump rope)\b)",
        r"\b(?:pills|tablets|meds|rope|noose|gun|pistol|rifle|shotgun|razor|blades?|knife|charcoal|hose pipe|bleach)\b"
        r"[^.?!]{0,40}\b(?:it'?s|its|they'?re|theyre|but|and) not for (?:camping|the garden|work|the car|cleaning"
        r"|d[iy]y|fishing|hunting|a project|my (?:headache|back|pain|sleep))\b",
        r"\b(?:gun|guns|shotgun|rifle|pistol)\b.*\b(?:i know (?:the|where the) (?:code|combination|key)"
        r"|i know where (?:he|she|they|my \w+) keeps? (?:it|the key))\b",
        r"\b(?:i(?:'ve| have)?|ive|i got|i'?ve got) (?:got )?(?:[2-9]\d|[1-9]\d\d) (?:of )?"
        r"(?:(?:my|mums?|moms?|dads?|\w+s) ){0,2}(?:sleeping )?(?:pills|tablets|meds|painkillers|sleepers|diazepam"
        r"|valium|xanax|codeine|tramadol|paracetamol|tylenol|zopiclone|amitriptyline|sertraline|oxy\w*)\b"
        r"(?!.*\b(?:refill|prescri\w*|pharmac\w*|doctor|gp|take (?:them|one|two)|a day|daily|left"
        r"|for the (?:week|month)|shop|sell|customers?)\b)",
        r"\b(?:prescriptions?|pills|tablets|meds|gps|doctors|pharmacies)\b.*\bso (?:i'?ll|ill|i) (?:have|get) enough\b",
        # Going to join someone who died ("the anniversary of his death is next tuesday, im going to join him that
        # day", "ready to go see grandpa again, i miss him too much to stay"); visiting a grave is not.
        r"\b(?:going to|ready to|want to|time to|i'?ll|i will|can'?t wait to|soon i'?ll|about to)(?: go)?"
        r" (?:join|be with|see) (?:him|her|them|grandpa|grandad|grandma|nan|gran|mum|mom|dad|my (?:late )?\w+)"
        r"(?: again| soon| up there| in heaven| that day| on the other side)?\b"
        r"(?!.*\b(?:grave|cemetery|memorial|headstone|flowers|visit\w*|service)\b)"
        r"(?=.*\b(?:death|died|passed|anniversary|heaven|up there|other side|miss (?:him|her|them)|too much to stay"
        r"|without (?:him|her|them))\b)"
        r"|\b(?:death|died|passed(?: away)?|anniversary)\b.*\b(?:going to|ready to|want to|time to|i'?ll|i will)"
        r" (?:join|be with) (?:him|her|them|my \w+)\b(?!.*\b(?:grave|cemetery|memorial|headstone|flowers|visit\w*"
        r"|service)\b)",
        # Hitting one's head against things over and over ("banged my head on the door over and over").
        r"\b(?:bang\w*|hit\w*|smash\w*|slam\w*|knock\w*) my (?:own )?head (?:on|against|into) (?:the |a |my )?"
        r"(?:wall|door|desk|floor|table|mirror|headboard|steering wheel|fridge|sink|cupboard)\b(?: \w+){0,3} (?:over"
        r" and over|again and again|repeatedly|on purpose|(?:until|till|til) (?:i|it|my) (?:\w+ )?(?:saw stars|see"
        r" stars|bled|bleed|hurt|was dizzy|got dizzy|passed out|went numb|couldn'?t think))\b",
        # The last time we talk, said as a farewell ("this is the last time we'll talk"), not before a trip.
        r"\b(?:this is|this'?ll be|it'?s|its|probably|prob) (?:the|my) last time (?:we'?ll|we will|we|i'?ll|i will"
        r"|i) (?:ever )?(?:talk|speak|chat|message|text)\b(?! (?:before|until|till|for|today|tonight|this|in|about))"
        r"(?!.*\b(?:board\w*|flight|plane|trip|holiday|vacation|camp\w*|hospital|surgery|operation|exam|busy|signal"
        r"|wifi|offline|detox|week|weekend|month|back|tomorrow)\b)",
        # Envying the dead ("id trade places with anyone in a coffin rn").
        r"\b(?:trade|swap|switch) places with (?:anyone|someone|somebody|him|her|them|the \w+)\b(?: [\w']+){0,4} "
        r"(?:in (?:a|the|their|his|her) (?:coffin|grave|casket|morgue)|(?:who'?s|who is|that'?s) dead)\b",
        # Means in hand "right now" ("drank alot and i have the knfe rn"), unless dinner is being made.
        r"^(?!.*\b(?:cook\w*|chop\w*|slic\w*|onions?|dinner|lunch|veg\w*|bread|meat|carv\w* the|whittl\w*|open(?:ing)?"
        r" (?:a|the) (?:box|parcel|package))\b).*\b(?:i have|got|holding) (?:the|a|my)"
        r" (?:knife|blade|razor|gun|rope|pills|noose)\b(?: with me| in my hand)? right now\b",
        # Self-harm with a cover story ("cigarette burns on my hand, told work it was from cooking").
        r"\b(?:burns?|cuts?|bruises?|marks|scars?|scratches)\b.*\b(?:told|tell|telling|said to) (?:work|them|everyone"
        r"|people|my \w+|her|him|the nurse|school) (?:it was|they were|they'?re|it'?s|its|that it was|that they were)"
        r" (?:from |an? )?(?:cooking|the cat|my cat|the dog|an accident|accident|the oven|sport|the gym|a fall"
        r"|falling|the kettle|the iron)\b",
        # Purging ("purged 4 times today"), not a wardrobe or an inbox.
        r"\b(?:purged|been purging|keep purging|started purging|purging again|purge after (?:every|each|meals?|eating"
        r"|dinner|lunch))\b(?!.*\b(?:files?|cache|data|emails?|inbox|closet|wardrobe|clothes"
        r"|photos|contacts|drawers?|garage|stuff|things|shelves|books|movie|film|cleanse)\b)",
        # Sleep that never ends, as a euphemism ("might just take a permanent nap").
        # (not a prayer for someone gone: "may God grant her soul eternal rest"; rules-102)
        r"^(?!.*\b(?:may (?:god|allah|the lord)|grant (?:him|her|them|his|her|their)|(?:his|her|their) souls?"
        r"|rest in peace|rip)\b)"
        r".*\b(?:permanent|eternal|forever|endless|dirt) (?:nap|sleep|rest)\b(?! (?:schedule|routine|tracker|mask))",
        # A pet given to someone who will "actually be around" ("he deserves a family thatll actually be around").
        r"\b(?:found (?:someone|somebody|a family|a home|people) to take|rehom\w*|giving (?:away|up)|gave (?:away|up))"
        r"\b" + _EVERYDAY_REASON + r"(?!.*\b(?:during the day|we (?:both )?work|long hours|full time|travel\w*)\b)"
        r".*\b(?:(?:actually|still|always) be (?:around|here|there)|won'?t be (?:around|here)"
        r"|(?:someone|people|a family) who(?:'ll| will) (?:actually |still )?be (?:around|here))\b",
        # Going through with it, said as resolve ("this isnt a cry for help, im actually going through with it",
        # "the cat is sorted before i go through with it"); not a surgery, a wedding or a tattoo.
        r"\b(?:not|isn'?t|isnt|ain'?t) (?:a|just a|some) cry for help\b|^(?!.*\b(?:surgery|operation|wedding|tattoo"
        r"|piercing|divorce|move|interview|marathon|procedure|treatment|chemo|audition|presentation|speech|course"
        r"|diet|haircut|race|exam|application|adoption|ivf|date)\b).*\b(?:(?:i'?m|i am) (?:actually |really "
        r"|finally |definitely |still )?(?:going to go|gonna go|going)|before i go) through with it\b",
        # Means got under a cover story ("asked my mate if he could get me a gun, said it was for hunting").
        _COVER_STORY_MEANS,
        # Hurting the body "to calm down" said another way ("bruised my legs up punching them, it calms me down").
        rf"\b(?:bruis\w*|hurt|hurting|mark\w*) my (?:own )?{_BODY}(?: up)? (?:by )?(?:punching|hitting|pinching"
        r"|slapping|smacking|banging|scratching) (?:them|it|myself)\b"
        rf"|\b{_HARM_VERB}(?: \w+){{0,3}} (?:my|into my|against my|on my) (?:own )?{_BODY}\b[^.?!]{{0,40}}\b(?:it"
        r" |that |which )?(?:calms|calmed|relaxes|numbs) me\b",
        # The day chosen for when no one is home ("next tuesday when the house is empty, thats my day").
        r"\bwhen (?:the house|the flat|home|everyone|no ?one|nobody)(?:'s| is| are)? (?:empty|out|gone|away|asleep"
        r"|home|around|here)\b[^.?!]{0,30}\b(?:that'?s|thats|that is|is|will be) (?:my|the) (?:day|night|time"
        r"|chance)\b",
        # A pet given away under a cover story ("told her i'm moving. i'm not").
        r"\b(?:told|telling|tell) (?:her|him|them|everyone|people|my \w+) (?:i'?m|i was|i am) (?:moving|going away"
        r"|travelling|traveling|going travelling)\b[^.?!]{0,20}?[ .!,]+(?:i'?m|i am|but i'?m) not\b",
        # A date set for it ("set a date for offing myself btw, saturday").
        _DATE_SET_FOR_DEATH,
        # Out to a place of risk and not coming back ("heading out to the cliffs later and not coming back").
        r"\b(?:cliffs?|bridge|woods|the sea|the lake|the river|the tracks|the edge|the coast|the roof|the quarry)\b"
        r"[^.?!]{0,30}\b(?:and )?(?:not|never) coming back\b",
        # Self-harm as a habit ("still cutting most nights but yeah").
        r"\b(?:still|keep|been|started|back to) (?:cutting|burning|hitting myself|scratching)(?: (?:most|every|some"
        r"|all|a few) (?:nights?|days?|mornings?|weeks?))\b",
        # A head hurt with a cover story ("bashed my head against the door again, mum thinks i fell at footy").
        r"\b(?:bash\w*|bang\w*|hit\w*|smash\w*|slam\w*) my (?:own )?head (?:on|against|into)\b.*\b(?:thinks?|told"
        r"(?: \w+)?|said|believes?) i (?:fell|tripped|walked into|slipped|hit it)\b",
        # Means gathered by misleading a doctor or "built up" ("stockpiling my oxy scripts, telling the doctor im
        # still in pain", "stronger sleeping pills so i can build up a stash", "leftover meds... got a proper pile").
        rf"\b{_GATHERED}\b.*\b(?:telling|told|tell) (?:the|my) (?:doctor|gp|pharmacist|nurse) (?:that )?(?:i'?m|im"
        r"|i am) still\b"
        r"|\bbuild(?:ing)? up a (?:stash|supply|stockpile)\b"
        r"|\b(?:pills|tablets|meds|medication|painkillers)\b.*\b(?:got|have|now have) a (?:proper |big |decent |good "
        r"|nice )?(?:pile|stash|stockpile|collection)\b",
        # Letters for the children before going ("then ill write the letters for the kids before i go tomorrow").
        r"\b(?:write|writing|wrote|finish|finishing|leave|leaving) (?:the |my )?letters? (?:for|to) (?:the|my) (?:kids"
        r"|children|family|parents|wife|husband)\b[^.?!]{0,30}\bbefore i go\b",
        # A farewell to the companion ("this is it for me. you were a good friend even if you're an app").
        r"\bthis is it for me\b.*\byou (?:were|'ve been|have been) (?:a |such a )?(?:good|great|real|true|the best"
        r"|lovely|kind) (?:friend|listener)\b",
        # Not having to hear me much longer ("you probably won't have to listen to me moan for much longer").
        r"\b(?:won'?t|wont|will not|don'?t|wouldn'?t) (?:have to|need to) (?:listen to|hear|deal with|put up with"
        r"|worry about|read) (?:me|my \w+)\b[^.?!]{0,20}\b(?:much longer|for long|soon|any more|ever again)\b",
        # Death preferred to living on ("i'd rather die than live like this"); a dreaded party is hyperbole above.
        r"\b(?:i'?d|i would) (?:rather|sooner) (?:die|be dead) than (?:live|living|go on|going on|keep (?:going"
        r"|living)|be alive|carry on|wake up|face|spend|stay|be here|exist)\b",
        # A place of death that has started to look inviting ("the river on my walk home looks a bit too inviting",
        # "the balcony looks more inviting every day").
        r"^(?!.*\b(?:swim\w*|dip|paddl\w*|hot day|sunny|heat|picnic|kayak\w*|fish\w*|sail\w*|surf\w*|beach|holiday)\b)"
        r".*\b(?:river|bridge|balcony|ledge|edge|cliffs?|tracks|train line|roof|water|sea|lake|motorway|drop|window)\b"
        r"[^.?!]{0,40}\b(?:look(?:s|ing)?|seem(?:s|ing)?|feel(?:s|ing)?|started looking|is getting)"
        r" (?:a bit |so |more |really |kinda |pretty |too |a bit too |way too |more and more )*inviting\b",
        # Wishing for a fatal accident ("keep wishing a bus would hit me on the way to uni").
        r"\b(?:wish(?:ing)?|hop(?:e|ing)|pray(?:ing)?)(?: that)? (?:a |the |some )?(?:bus|car|lorry|truck|train|plane"
        r"|tree|meteor|drunk driver"
        # rules-64 (safety holdout 66, after its measurement): a dead tree on the fire line ("I hope a snag comes down
        # on me"), a falling load; "hits", "comes down on"
        r"|snag|widowmaker|branch|limb|rock|boulder|beam|load|wave)(?: would| will|'d)? (?:just )?(?:hit|hits|crash"
        r" into|crashes into|fall on|falls on|come down on|comes down on|land on|lands on|run me over|runs me over"
        r"|take me out|takes me out)(?: me)?\b",
        # rules-52 (safety holdout 55, after its measurement): not minding if the boat or a crash took the writer
        # ("wouldnt mind if she went down with me aboard next time out"); not a lunch out
        r"\b(?:wouldn'?t|wouldnt|would not|won'?t|wont|don'?t|dont|do not) (?:really |even |honestly )?mind if"
        r" (?:\w+ ){0,4}?(?:went down with me|took me with (?:it|her|him)|(?:hit|killed|crushed|flattened) me|rolled"
        r" (?:on|over) me|fell on me|ran me over|i (?:never|didn'?t|did not) (?:came|come|make it|made it) back|i"
        r" (?:never|didn'?t|did not) wake up)\b",
        # Resolve against being talked out of it ("going through with it. dont try to talk me out of it pls").
        r"\b(?:don'?t|do not|dont|no point|no use) (?:try(?:ing)? (?:to )?)?talk(?:ing)? me out of it\b"
        r"(?!.*\b(?:tattoo|haircut|piercing|cake|dessert|buying|purchase|trip|holiday|car|dress|shoes|job|quit\w*)\b)",
        # Fresh cuts found ("mum found the fresh cuts on my wrist"); hair pulled out in chunks, to a bald patch.
        rf"\bfresh (?:cuts|burns|marks|scars|wounds) on my (?:own )?{_BODY}\b"
        r"|\bpull(?:ing|ed)? (?:my )?hair out (?:in (?:chunks|clumps|handfuls)|until)\b"
        r"|\bbald (?:patch|spot)s?\b.*\bpull|\bpull\w*\b.*\bbald (?:patch|spot)s?\b",
        # A gun without the checks, "don't ask why".
        r"\b(?:buy|get|getting|buying)(?: [\w']+){0,3} (?:gun|firearm|pistol|rifle|shotgun)\b[^.?!]{0,40}\b(?:without"
        r" (?:a |the )?(?:background )?checks?|no questions asked|don'?t ask why|dont ask why)\b",
        # A day chosen with things given away or a house left empty ("gave my guitar to my nephew and picked friday
        # as the day", "saturday is the day. parents are away").
        rf"\b(?:gave|given|giving) (?:away )?my \w+ to\b.*\b(?:picked|chose|set) {_DAY} (?:as|for) the day\b"
        r"|\b(?:picked|chose|set) \w+ (?:as|for) the day\b.*\b(?:gave|given|giving) (?:away )?my \w+\b"
        rf"|\b{_DAY}(?:'s| is) the day\b[^.?!]{{0,10}}\b(?:parents|mum|mom|dad|everyone|family|they)(?:'re| are| will"
        r" be)? (?:away|out|gone)\b",
        # Means kept and visited ("there's a rope in the garage... keep going out there to look at it").
        r"\b(?:rope|gun|rifle|pills|tablets|knife|razor|noose)\b.*\b(?:keep|kept|been) (?:going (?:out )?(?:there )?to"
        r" )?(?:look(?:ing)? at|check(?:ing)? on|staring at|holding) (?:it|them)\b",
        # The wish in the languages of `_WISH_TO_DIE_WORDS`.
        _WISH_TO_DIE_ELSEWHERE,
        # Things handed over with letters written or a day fixed, in one message ("Gave my bakkie keys to my brother
        # and wrote letters for the kids. Sunday is the day", "Gave my dog to my buddy ... Picked the anniversary").
        r"^(?=.*\b(?:gave|given|signed|handed)(?: over| away)? (?:my|me) [\w' -]{2,30}? (?:over )?to (?:my|me|the|a)"
        r" \w+)(?=.*\b(?:(?:wrote|written|writing|left) (?:a |the |my |one |some |all the )?(?:letters?|notes?)\b"
        r"|(?:is|'s) the day\b|picked (?:the |a )?(?:day|date|night|weekend|anniversary|\w+day)\b"
        r"|everything(?:'s| is) (?:sorted|in order|arranged|ready|done)\b))",
        # Charcoal kept where it would be burnt, or waiting (in East Asia a common means); not a barbecue's.
        r"\bcharcoal\b(?=.*\b(?:(?:my|the) (?:room|bedroom|car|boot|trunk|bathroom)|hid|hidden|hiding|keep|kept"
        r"|tape|taped|seal\w*|waiting|empty)\b)(?!.*\b(?:bbq|barbecue|braai|grill\w*|drawing|sketch\w*|art|mask"
        r"|toothpaste|filter|pencil|cook\w*|roast\w*|kiln|smoker)\b)",
        # A poison hidden for a day ("Nimenunua rat poison, nimeificha for Sunday when my roommates travel").
        rf"\b(?:poison|rat poison|pesticide|weedkiller|weed killer|paraquat|gramoxone)\b.*\b(?:hid|hidden|hiding"
        rf"|stashed|\w*ficha)\b.*\b(?:(?:for )?{_DAY}|(?:for|until|till) (?:my |the )?day off)\b",
        # The insurance's wait for a suicide checked ("the policy pays out after 12 months and we're at 14").
        r"\b(?:policy|insurance|life cover)\b[^.!?]{0,40}\bpays? out\b[^.!?]{0,30}\b(?:after|once|from) (?:\d+|one|two"
        r"|three|twelve|thirteen|a) (?:months?|mos|years?|yrs?)\b",
        _PLACE_CHOSEN,
        # A letter left for someone close by a person leaving for good ("left my badge and a letter for my partner
        # in the locker").
        r"\b(?:left|leaving|wrote|written)\b[^.!?]{0,30}\b(?:a |my )?(?:letter|note)s? for (?:my |the )?(?:partner"
        r"|wife|husband|kids"
        r"|children|mum|mom|dad|parents|family|daughter|son|girlfriend|boyfriend)\b(?=.*\b(?:not coming back|won'?t be"
        r" back|never coming back|for good|badge|locker)\b)",
        # rules-51 (safety holdout 52, after its measurement): a fatal accident welcomed ("if the tractor rolled on me
        # tomorrow reckon it'd be a relief"), no tomorrow for the writer ("there's no tomorrow for me bru"), and the
        # insurance that would pay with the family better off ("the policy would pay off the farm. sarah and the kids
        # would honestly be better off")
        # rules-66 (safety holdout 68, after its measurement): or hit by one, and not even sad ("if a bus hit me on
        # Bellaire tomorrow I wouldn't even be sad"; "if i got hit by a car i genuinely wouldnt be upset")
        r"\bif (?:(?:a|the|that|some|me) (?:[\w-]+ )?(?:bus|car|lorry|truck|train|tractor|plane|tree|wave|bull|horse"
        r"|crane|forklift|roof|wall|ute|quad|digger|bale)\b[^.!?]{0,40}\b(?:hit|hits|rolled (?:on|over)|rolls (?:on"
        r"|over)|fell on|falls on|ran me over|runs me over|crushed|crushes|took me out|takes me out|got me|gets me)"
        r"|i (?:got|get|was|were) (?:hit|run over|knocked (?:down|over)|taken out) by (?:a|the|some) (?:[\w-]+ )?"
        r"(?:bus|car|lorry|truck|train|tractor|van|taxi))\b"
        r"[^.!?]{0,40}\b(?:a relief|wouldn'?t (?:really |even )?mind|(?:i )?don'?t think i'?d mind|i'?d not mind"
        r"|(?:would|'d) be (?:a )?(?:blessing|mercy|relief)|fine by me"
        r"|wouldn'?t be (?:so |that |such a |the worst )?(?:bad|terrible|a bad thing)"
        r"|(?:wouldn'?t|would not) (?:really |even |honestly |genuinely |truly |actually )?(?:mind|care|be (?:sad|upset"
        r"|bothered|sorry)|cry|fight it))\b",
        r"\b(?:there'?s|there is) no tomorrow for (?:me|someone like me)\b",
        # rules-51 (holdout 54, after its measurement): no more mornings, going in one's sleep in Hinglish ("kabhi kabhi
        # lagta hai bas neend mein hi chala jaun, no more mornings"), the family all right on the insurance ("she'd be
        # right with the insurance money")
        r"\bno more mornings\b|\bneend (?:mein|me) (?:hi )?(?:chala|chali|chale) (?:jaun|jau|jaaun|jaoon)\b",
        r"\b(?:she|he|they|the kids|my (?:wife|husband|family|kids|partner|missus))(?:'d| would| will|'ll) be (?:right"
        r"|fine|ok|okay|alright|better off|sorted|looked after|set) with (?:the |my )?(?:life )?(?:insurance|policy"
        r"|payout)(?: money)?\b",
        r"\b(?:the |my |life )?(?:policy|insurance|life cover)\b[^.!?]{0,40}\b(?:would|will|'d|'ll|could) (?:pay off"
        r"|clear|cover|pay for|take care of)\b(?=.*\bbetter off\b(?! (?:with (?:a|an|the|another|some)|financially"
        r"|in the long run|if (?:they|we|you|he|she|it))))",
        _PILLS_FROM_SEVERAL_SHOPS,
        # rules-53: a feeling or pain that "will be the end of me" ("this loneliness will be the end of me"); an
        # everyday ordeal is the idiom (EVERYDAY_ORDEAL)
        r"\b(?:this |the |my |all this )?(?:loneliness|pain|grief|sadness|depression|despair|emptiness|heartbreak"
        r"|misery|feeling|hurt|darkness|numbness)(?:'s| is| will| 'll|'ll)? (?:honestly |really |probably |actually )?"
        r"(?:going to |gonna |will |'ll )?be the (?:end|death) of me\b",
        # rules-55 (safety holdout 59 and memory holdout fresh_42, after their measurement): things finished after a
        # last job ("after I deliver that gallery I'm finishing things. already handed my other clients to a friend"),
        # not work finished up; a blade for a wound in Tagalog ("binili ko na yung blade ... may sugat braso ko"); a
        # farewell to the companion ("Goodbye. Thanks for listening all these months, you were the only one"); a
        # goodbye that asks not to be found ("I'm on the Tobin. N ama nhos tudu. don't come looking for me"), not a
        # weekend away.
        r"\b(?:i'?m|i am|im) finishing (?:things|it all|everything)\b(?! (?:up|off|at|for|on|before|with|by|in|today"
        r"|tonight|this|that|the|my|our|around|properly|first|now|early|late)\b)",
        r"\b(?:blade|blades|labaha|cutter)\b.*\b(?:sugat|hiwa|laslas)\b|\b(?:maglalaslas|maglaslas|naglaslas"
        r"|naglalaslas)\b",
        r"^(?:goodbye|bye|farewell)\b.*\byou (?:were|'ve been|have been) the only (?:one|person|friend|thing)\b"
        r"|\bthanks? (?:you )?for (?:listening|everything|being there)\b.*\byou (?:were|'ve been|have been) the only"
        r" (?:one|person|friend)\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|weekend|holiday|vacation|trip|festival|camping|cabin|pub|spa|gym|library|shopping"
        r"|mall|bath|shed|garden|hide and seek|game)\b).*\bdon'?t (?:come )?(?:look|looking|search\w*|try to find)"
        r" for me\b",
        # rules-57 (safety holdout 60, after its measurement): a farewell that hands someone over ("boys, it's been an
        # honour. don't be sad. look after my mam for me"), not before a trip or a posting; a message recorded and
        # scheduled for after ("recorded a voice note for mummy ji and scheduled it to send next week. she'll
        # understand then")
        r"^(?=.*\b(?:don'?t be sad|don'?t cry|been an? (?:honou?r|privilege)|goodbye|love you all|(?:bye|farewell)"
        r" (?:everyone|everybody|all|guys|folks))\b)"
        r"(?!.*\b(?:deploy\w*|posting|tour|trip|holiday|away for|while i'?m (?:away|gone)|till i'?m back"
        r"|until i'?m back|travel\w*|moving|off to|for work|weeks|months|flight|flying|visa|contract|bed|night night"
        r"|lol|haha\w*)\b).*\blook after (?:(?:my|me|our) \w+|(?!yourself|yourselves|each other|things|it|the\b)"
        # rules-64 (safety holdout 65, after its measurement): or a name ("look after Jess for me. I'm done")
        r"\w+)(?: and \w+)? for me\b",
        # rules-64 (safety holdout 66, after its measurement): messages recorded for everyone and scheduled to go out
        # ("recorded voice notes for everyone, scheduled to send sunday"); not a greeting for an occasion or work
        r"^(?!.*\b(?:birthday|christmas|xmas|eid|diwali|new year|wedding|anniversary|party|newsletter|clients?"
        r"|customers?|work|campaign|holiday|trip|while i'?m (?:away|gone)|lol|haha\w*)\b).*\b(?:recorded|wrote"
        r"|written|filmed|made) (?:\w+ )?(?:voice ?notes|voice messages|messages|letters|videos|texts|emails) for"
        r" (?:everyone|everybody|all of them|each of them|the (?:kids|family|boys|girls)|my (?:family|kids|children"
        r"|parents|friends))\b.*\b(?:schedul\w*(?: them| it)?|set (?:them|it)) (?:to )?(?:send|go out|be sent|post)\b",
        r"\b(?:schedul\w*|set) (?:it|them|a (?:message|text|email|post|voice note)|messages|texts|emails) to (?:send|go"
        r" out|post|be sent)\b(?=.*\b(?:(?:she|he|they|you)(?:'ll| will) (?:understand|know)(?: (?:then|why|one"
        r" day))?|when i'?m gone|after i'?m gone|won'?t be here)\b)",
        # rules-58 (safety holdout 61, after its measurement): happier without "a disappointment like me"; "tell the
        # bairns their grandad loved them" (a farewell in the third person)
        r"\b(?:happier|better|easier) (?:off )?without (?:a|an|some) (?:\w+ ){1,2}like me\b",
        r"\btell (?:the|my|our) (?:bairns|kids|children|grandkids|grandchildren|weans|boys|girls|family) (?:that )?"
        r"(?:their|that) (?:\w+ )?(?:loved|always loved) them\b",
        # rules-60 (safety holdout 62, after its measurement): a note left under the pillow (not for the tooth
        # fairy); "Lord forgive me, I'm done ... tonight I go home"; a decision taken for when everyone has gone ("after
        # exams when the hostel empties out, I've decided"); a weight round someone's neck, who would manage better
        # without the writer; trains that do not stop at a crossing looked up with their times; things given away
        # that "won't be needed", the others told a cover story ("he thinks I'm retiring"); a gun across the knees;
        # "I dinna want tae be here onymair"; a farewell ending "sorry, it's time" or "off tonight for good"; Haitian
        # Creole sleep without waking ("dòmi epi pa janm leve ankò")
        r"\b(?:left|leaving|put|putting|hid|tucked|slipped) (?:a |the |my )?(?:note|letter)s? (?:\w+ ){0,3}?under (?:my"
        r"|the) pillow\b(?!.*\b(?:tooth fairy|teeth|tooth|santa|surprise|birthday|valentine\w*)\b)",
        r"\b(?:lord|god|jesus|father),? forgive me\b.*\b(?:i'?m done|it'?s time|tonight i go home|i go home tonight"
        r"|i'?m going home (?:tonight|to (?:him|jesus|the lord|god))|going home to (?:jesus|the lord|god))\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|party|parties|movie|film|game|pizza|course|degree|major|gap year)\b)"
        r"(?=.*\b(?:when|after|once)\b[\w' ]{0,40}\b(?:empties|empty|(?:everyone|everybody)(?:'s| has| is)? (?:gone"
        r"|left|leaves)|nobody(?:'s| is) (?:around|home|here|left))\b)"
        r".*\b(?:i'?ve|i have|ive) (?:decided|made (?:up )?my (?:mind|decision))$",
        r"\b(?:a|an|nowt but a|nothing but a|just a|only a) (?:dead )?(?:weight|millstone|burden) (?:round|around)"
        r" (?:\w+'s|\w+ \w+'s|their|his|her|your|everyone'?s) necks?\b",
        r"\b(?:she|he|they|everyone|everybody|(?:my|our) \w+)(?:'d| would| will|'ll)? (?:manage|cope|do|get on|get by)"
        r" (?:\w+ )?(?:better|fine|easier)(?: off)? without (?:me|us)\b(?! for (?:a|the|one|two|\w+) (?:day|week"
        r"|night|weekend|month|bit|while)s?\b)(?!.*\b(?:holiday|trip|away|conference|festival|shift|lol|haha\w*)\b)",
        r"^(?!.*\b(?:film\w*|video|photo\w*|spott\w*|camera|pics?|commut\w*|late|work|lol|haha\w*)\b)"
        r".*\b(?:which|what) trains? (?:don'?t|doesn'?t|do not|does not) stop\b.*\bwhat time (?:they|it) (?:come|comes"
        r"|pass|passes|go|goes|run|runs) (?:through|past|by)\b",
        r"\bwon'?t (?:be )?need(?:ing)? (?:them|it|these|those|any of (?:it|them))\b.*\b(?:he|she|they|everyone"
        r"|everybody|my \w+)(?: just)? thinks? (?:i'?m|im|i am) (?:just )?(?:retiring|moving|going away|emigrating"
        r"|travell?ing|quitting|selling up|leaving|downsizing|clearing out)\b",
        r"^(?!.*\b(?:lol|haha\w*|hunt\w*|deer|elk|moose|duck|geese|blind|tree ?stand|season|range|clean\w*|coyote"
        r"|wolf|wolves|bear|predator|varmint|target|waiting for|watch\w*|film|movie|game)\b).*\b(?:rifle|gun|shotgun"
        r"|pistol|revolver|twelve gauge|12 gauge)(?:'s| is|s)? (?:lying |resting )?(?:across|on|in) (?:my )?(?:knees"
        r"|lap)\b",
        r"\b(?:dinna|dinnae|divna|dinny|don'?t|dont|do not) (?:want|wint|waant) (?:tae|to|ti) be here (?:onymair"
        r"|ony mair|anymair|nae mair|no more)\b",
        r"^(?=.*\blove (?:you|ya|u)\b)(?!.*\b(?:lol|haha\w*|bed|shift|work|flight|plane|train|bus|school|class"
        r"|dinner|tea|gym|match|game)\b).*\bsorry\b.*\bit'?s time$",
        r"^(?=.*\b(?:sorry|goodbye|love (?:you|ya|u)|tell (?:the|my|our|mum|mom|mam|dad)\b))(?!.*\b(?:lol|haha\w*"
        r"|moving|emigrat\w*|flight|fly\w*|abroad|job|quit\w*|smok\w*|fags?|booze|drink\w*|social media|group|chat"
        r"|app)\b).*\b(?:i'?m|im|i am) (?:off|gone|away|leaving|going) (?:tonight |now |today )?for good\b",
        r"\bdomi\b(?: \w+){0,3}? pa janm (?:leve|reveye)\b",
        # rules-63 (safety holdout 63, after its measurement): over the side of a ship ("when my watch ends at
        # midnight I'm going over the side"), not a swim or a drill
        r"^(?!.*\b(?:lol|haha\w*|swim\w*|dive|diving|snorkel\w*|drill|harness|rope access|fix|check|paint\w*"
        # (rules-141, safety holdout 127, after its measurement: "... one more time i'm jumping overboard lmao")
        r"|inspect\w*|man overboard|lmao|lmfao|rofl)\b).*\b(?:i'?m|i am|im|i'?ll|i will|gonna|going to) (?:go|going"
        r"|jump|jumping|step"
        r"|stepping|slip|slipping) (?:over the side|overboard|over the (?:rail|railing|rails|railings))\b",
        # ... not here to see those left a gift ("giving my jewellery to my nieces now, I won't be here to see them
        # married anyway"), not away on a trip
        r"^(?!.*\b(?:lol|haha\w*|going|travel\w*|trip|holiday|vacation|abroad|away|moving|move|flight|work\w*"
        r"|shift|conference|camp\w*|visit\w*|back|return\w*|deploy\w*|posted|hospital)\b).*\b(?:i )?won'?t be"
        r" (?:here|around|alive) (?:to see|for (?:their|her|his|your|the (?:wedding|birth|graduation))|when (?:they|she"
        r"|he|you) (?:grow|get|marry))\b",
        # rules-64 (safety holdout 65, after its measurement): one less mouth for the family, brooded on ("one less
        # mouth would help her, i think about that a lot"); no struggle if the boat went down ("I wouldn't even try to
        # swim"); envying the dead, a mortician's "people on my table" among them
        r"\bone (?:less|fewer) (?:mouth|person|burden|bill)(?: to (?:feed|worry about|pay for|look after))?\b"
        r"(?=.*\b(?:i (?:think|thought) about (?:that|it|this)|i keep thinking|thinking about (?:that|it|this)"
        r"|without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|here|around)|if i'?m gone)\b)",
        r"^(?!.*\b(?:lol|haha\w*|lmao|life ?jackets?|lifeboats?|coastguard|can'?t swim|cannot swim)\b).*\bif (?:the|my"
        r"|our|this|that) (?:\w+ )?(?:boat|ship|ferry|plane|flight|car|bus|train|trawler)(?: \w+){0,2}? (?:went|goes"
        r"|sank|sinks|crashed|crashes|came off|comes off|was going|were going)\b.*\bi (?:wouldn'?t|would not|won'?t"
        r"|will not|wouldnt) (?:even )?(?:try|bother|fight|struggle|swim|swerve|brake|brace|reach for)\b",
        r"\b(?:envy|envies|envying|envied|jealous of) (?:the dead|dead people|the (?:people|bodies|ones|folk) (?:in|on)"
        r" (?:the |my )?(?:coffins?|caskets?|ground|graves?|cemetery|table|slab)|corpses)\b"
        r"|\b(?:people|bodies|ones|folk|clients) on my (?:table|slab)\b.*\b(?:envy\w*|jealous)\b",
        # rules-66 (safety holdout 67, after its measurement): treasured things given, to be understood only after
        # ("gave my sister my rings and avó's cross today. she won't understand till after")
        r"\b(?:gave|given|giving|handed|left|leaving)\b[^.!?]{0,40}\bmy\b[^.!?]{0,40}[.!?,;]?[^.!?]{0,40}\b(?:won'?t"
        r"|will not|wont|don'?t|doesn'?t|wouldn'?t|will|'ll) (?:\w+ )?(?:understand|get it|know why|realise|realize)\b"
        r"[^.!?]{0,12}\b(?:(?:till|until|til|'?til) after|after|afterwards)(?=$|[.!?,;]| and\b| but\b| that'?s\b)",
        # rules-68 (memory holdout fresh_58's leak, after its measurement): letters written for the family and hidden
        # where they will be found, or with thanks to the companion as a farewell ("i wrote letters for my mamay and
        # my little brothers, they're under my pillow. i just want to say thanks for listening, you were kind to
        # me"); not cards for an occasion, a note to the tooth fairy, or homework
        r"^(?!.*\b(?:christmas|xmas|birthday|valentine\w*|wedding|anniversary|party|santa|tooth ?fairy|pen ?pals?"
        r"|homework|assignment|school|class|teacher|cover letters?|love letters?|lol|haha\w*|eid|diwali|mother'?s day"
        r"|father'?s day|thank[- ]?you (?:notes?|letters?|cards?))\b).*\b(?:wrote|written|writing|finished|left)\b"
        r"[^.!?]{0,20}\b(?:letters?|notes?)\b[^.!?]{0,15}\b(?:for|to) (?:my|me|the|each of my|all (?:of )?my)"
        r" (?!(?:landlord|landlady|mp|council|boss|manager|bank|school|teacher|doctor|gp|lawyer|solicitor|editor|team"
        r"|clients?|customers?|colleagues|co-?workers|students|class|pupils|future|younger|older|neighbou?rs?"
        r"|union|hr|uni|university|insurance|insurer)\b)\w+\b"
        r"(?=.*\b(?:under (?:my|the|their|his|her) (?:pillows?|mattress|bed)|in (?:my|the) (?:drawer|desk)"
        r"|where (?:they|she|he|you)(?:'ll| will) find (?:them|it)|thanks? (?:you |u )?for listening"
        r"|you (?:were|'ve been|have been) (?:so |really )?(?:kind|good) to me)\b)",
        # rules-75 (safety holdouts 69/70, after their measurement: two writers in Romance, Asian and African
        # languages), said wholly in another language (accents stripped):
        # ... the urge to hurt oneself ("to com uma vontade enorme de me cortar de novo", "j'ai envie de me faire du
        # mal", Haitian "mwen gen anvi blese tet mwen", Afrikaans "ek wil myself weer sny", Tagalog "gusto ko na
        # naman saktan sarili ko"); not a haircut or a fringe ("cortar o cabelo", "me cortar la franja")
        r"\b(?:vontade (?:enorme |grande |louca )?de me (?:cortar|machucar|ferir)|(?:quero|vou) me (?:cortar|machucar"
        r"|ferir)|(?:quiero|voy a|ganas de) (?:cortarme|lastimarme|hacerme dano)|me voy a cortar|me quiero cortar"
        r"|envie de me (?:couper|faire du mal|scarifier|griffer|blesser)|je vais me (?:couper|scarifier|faire du mal)"
        r"|anvi blese tet (?:mwen|m)|(?:wil|gaan) myself (?:weer )?(?:sny|seermaak)|saktan (?:ang )?sarili(?: ko)?"
        r"|(?:pengen|ingin|mau) (?:nyakitin|menyakiti|melukai|nyilet) diri|(?:voglia di|voglio|vorrei) (?:tagliarmi"
        r"|farmi del male))\b(?! (?:o |os |el |la |los |las |le |les |il |i )?(?:cabelo|pelo|franja|cheveux|frange"
        r"|capelli|unhas|unas|ongles|rambut|buhok)\b)",
        # ... not to wake again ("as vezes eu queria simplesmente nao acordar mais", Haitian "mwen ta renmen Bondye
        # pran m nan domi m", Hinglish "upar wala mujhe utha le", rules-109 "Allah utha le mujhe", not over a maths
        # paper); not waking up earlier
        r"\bnao acordar mais\b(?! cedo| tarde)|\bne (?:plus|jamais) me reveiller\b|\bno despertar (?:mas|nunca)\b"
        r"(?! (?:temprano|tarde)\b)|\bnon svegliarmi (?:piu|mai piu)\b(?! presto| tardi)|\bhindi na (?:ako )?magising\b"
        r"|\b(?:gak|nggak|tidak|tak) (?:usah )?bangun lagi\b|\bbondye (?:ta )?pran m\b|\b(?:upar ?wala|bhagwan|allah"
        r"|khuda) (?:(?:mujhe|muje|mjhe) utha le|utha le (?:mujhe|muje|mjhe))\b"
        r"(?!.{0,40}\b(?:paper|exam|test|result|maths?|homework)\b)|\bnie (?:weer )?wakker word nie\b",
        # ... to end it all ("esta noche termino con todo", Malay "baik mati je", Bengali "sob shesh kore debo",
        # Indonesian "aku mau mengakhiri semuanya", "des idees noires ... en finir pour de bon"); not the cake or the
        # project ("acabar con todo el pastel", "en finir avec ce dossier")
        r"\b(?:termin(?:o|ar|are)|acab(?:o|ar|are)) con todo\b(?! (?:el|la|los|las|lo|esto|eso|este|esta)\b)"
        r"|\ben finir\b(?! avec (?!la vie)\w)|\b(?:la|me la) faccio finita\b|\bmengakhiri (?:semuanya|semua|hidup)"
        r"|\btapusin (?:ko )?na (?:ang )?lahat\b|\bsob shesh kore (?:debo|dibo|dei)\b|\bkumaliza maisha\b"
        r"|\bbaik mati je\b|\blebih baik (?:aku |saya |gue )?mati\b|\b(?:takde|tak ada|gak ada|tidak ada) guna(?:nya)?"
        r" (?:hidup|aku hidup)\b|\bidees noires\b|\blage ko (?:m|mwen)\b|\b(?:mi saro tolt[oa]|togliermi) la vita\b",
        # ... pills hoarded for it, or the gifts of one who will not
        # be there ("llevo semanas guardando pastillas para cuando decida irme", "le regale mi play a mi primo ... ya
        # no los voy a necesitar cuando ya no este"), the means bought and hidden ("j'ai achete une corde ... pour
        # quand j'vais etre prete a en finir"), the way chosen (Indonesian "udah nentuin caranya, pake tali")
        r"\b(?:guardando|juntando|escondiendo|guardei|escondendo) (?:\w+ )?(?:pastillas|pildoras|comprimidos"
        r"|remedios|medicamentos|cachets|medocs)\b[^.!?]{0,40}\b(?:para cuando|pra quando|para quando|para el dia"
        r"|suficientes|o suficiente|lo suficiente)\b",
        r"\b(?:regale|di|deje|dei|deixei)\b.*\b(?:cuando ya no (?:este|estemos)|quando (?:eu )?(?:ja )?nao estiver"
        r" mais)\b",
        r"\b(?:achete|achetee|compre|comprei)\b[^.!?]{0,20}\b(?:une corde|una cuerda|uma corda)\b.*\b(?:en finir|pour"
        r" quand|acabar|para cuando|pra quando)\b",
        r"\b(?:nentuin|menentukan|mutusin|memutuskan) caranya\b[^.!?]{0,15}\b(?:pake|pakai|dengan) (?:tali|pil|obat"
        r"|racun|pisau)\b",
        # ... the way chosen and seen ("ya se como lo voy a hacer. el puente de la carretera, ya fui a verlo"), life
        # held on to for no reason ("je me demande pourquoi je m'accroche encore a la vie")
        r"\bya (?:se|decidi) como lo voy a hacer\b.*\b(?:puente|altura|pastillas|cuerda|vias|tren|edificio|azotea"
        # (rules-84: ... or a cable, a belt, a blade, a gun, poison: "con el cable que esta en el closet")
        r"|balcon|cable|cinturon|soga|navaja|veneno|pistola|escopeta)\b"
        r"|\bpourquoi je m'?accroche (?:encore )?a la vie\b",
        # rules-77 (safety holdouts 73/74, after their measurement): in English, thoughts of unaliving back and a
        # future the writer cannot see themselves in ("can't see a future with me in it mate")
        # (normalize() reads "unaliving" as "killing")
        r"\b(?:the|my|those|these) (?:killing|unaliv\w*) thoughts\b(?! (?:about|of|towards|at) )"
        r"(?!.*\b(?:lol|haha\w*|lmao)\b)"
        r"|\b(?:can'?t|cannot|don'?t) see (?:a|any) future (?:with|for) me in it\b",
        # ... a farewell in French ("dis a ma soeur que je l'aime ... c'est fini pour moi. adieu"), letters left for
        # after ("une lettre pour chacun de mes enfants, pour qu'ils comprennent apres que je sois parti"; Polish
        # "listy pozegnalne"), a wish to be run over (Spanish "quisiera que me atropellara un camion"), a day set to
        # kill oneself ("ya tengo la fecha ... ahi me mato")
        r"\bc'?est fini pour moi\b.*\badieu\b|\badieu\b.*\bc'?est fini pour moi\b"
        r"|\blettres?\b[^.!?]{0,80}\b(?:apres que je (?:sois|serai) (?:parti|partie)|quand je ne serai plus la)\b"
        r"|\blisty pozegnalne\b|\bque me (?:atropellara|atropelle|pisara) un (?:camion|carro|coche|tren|auto|bus)\b"
        r"|\bya tengo (?:la fecha|el dia)\b[^.!?]{0,80}\bme mato\b|\bahi me mato\b",
        # ... the urge to hurt oneself in Dutch ("zo'n drang om mezelf pijn te doen") and Urdu ("dil karta hai khud ko
        # takleef doon"), a burden in Punjabi ("main ghar waleyan te bas bojh haan. je main na hovan taan sab sukhi
        # rehnge")
        r"\b(?:drang|zin) om mezelf (?:weer )?pijn te doen\b|\bkhud ko (?:takleef|taklif|nuqsan) (?:doon|dun|du)\b"
        r"|\bbas bojh (?:haan|han|aan)\b|\bje (?:main|mai) na (?:hovan|howan|hova) (?:taan|tan|ta) (?:sab|sare)\b",
        strip_accents(r"خود کو (?:تکلیف|نقصان) (?:دوں|دینا|دیتا|دیتی)"),
        _THAI_WISH_TO_DIE,
        _DESPAIR_ELSEWHERE,
        _DESPAIR_MORE_LANGUAGES,
        _DESPAIR_FURTHER_LANGUAGES,
        _PLAN_FURTHER_LANGUAGES,
        _DESPAIR_RULES_84,
        _PLAN_RULES_84,
        _DESPAIR_RULES_85,
        _DESPAIR_RULES_86,
        _PLAN_RULES_86,
        _DESPAIR_RULES_87,
        _PLAN_RULES_87,
        _DESPAIR_RULES_88,
        _PLAN_RULES_88,
        _DESPAIR_RULES_89,
        _PLAN_RULES_89,
        _DESPAIR_RULES_90,
        _PLAN_RULES_90,
        _DESPAIR_RULES_92,
        _PLAN_RULES_92,
        _DESPAIR_RULES_93,
        _PLAN_RULES_93,
        _DESPAIR_RULES_94,
        _PLAN_RULES_94,
        _DESPAIR_RULES_96,
        _PLAN_RULES_96,
        _DESPAIR_RULES_98,
        _PLAN_RULES_98,
        _DESPAIR_RULES_99,
        _PLAN_RULES_99,
        _DESPAIR_RULES_100,
        _PLAN_RULES_100,
        _DESPAIR_RULES_103,
        _PLAN_RULES_103,
        _DESPAIR_RULES_105,
        _PLAN_RULES_105,
        _DESPAIR_RULES_107,
        _PLAN_RULES_107,
        _DESPAIR_RULES_109,
        _PLAN_RULES_109,
        _DESPAIR_RULES_110,
        _PLAN_RULES_110,
        _DESPAIR_RULES_112,
        _PLAN_RULES_112,
        _DESPAIR_RULES_113,
        _PLAN_RULES_113,
        _DESPAIR_RULES_114,
        _PLAN_RULES_114,
        _DESPAIR_RULES_115,
        _PLAN_RULES_115,
        _DESPAIR_RULES_116,
        _PLAN_RULES_116,
        _DESPAIR_RULES_117,
        _PLAN_RULES_117,
        _DESPAIR_RULES_118,
        _PLAN_RULES_118,
        _DESPAIR_RULES_119,
        _PLAN_RULES_119,
        _DESPAIR_RULES_120,
        _PLAN_RULES_120,
        _DESPAIR_RULES_121,
        _PLAN_RULES_121,
        _DESPAIR_RULES_123,
        _PLAN_RULES_123,
        _DESPAIR_RULES_125,
        _PLAN_RULES_125,
        _DESPAIR_RULES_126,
        _PLAN_RULES_126,
        _DESPAIR_RULES_127,
        _PLAN_RULES_127,
        _DESPAIR_RULES_128,
        _PLAN_RULES_128,
        _DESPAIR_RULES_129,
        _PLAN_RULES_129,
        _DESPAIR_RULES_130,
        _PLAN_RULES_130,
        _DESPAIR_RULES_131,
        _PLAN_RULES_131,
        _DESPAIR_RULES_132,
        _PLAN_RULES_132,
        _METHOD_CHOSEN_MORE,  # (a rope at the fan is unmistakable: the thought, and the plan below)
        _GIVEN_AWAY_WITH_THANKS,
        _HIDDEN_UNDER_SLEEVES,
        _MEANS_NOT_FOR,
        _DESPAIR_RULES_135,
        _PLAN_RULES_135,
        _DESPAIR_RULES_136,
        _PLAN_RULES_136,
        _DESPAIR_RULES_137,
        _PLAN_RULES_137,
        _DESPAIR_RULES_138,
        _PLAN_RULES_138,
        _DESPAIR_RULES_140,
        _PLAN_RULES_140,
        _DESPAIR_RULES_141,
        _PLAN_RULES_141,
        # rules-142 (plain English the session's own check found missing): medicine one lives on stopped in order to
        # die ("i've stopped taking my insulin so i can die")
        r"\b(?:stopped|stopping|quit|not) taking my (?:insulin|meds|medication|medicine|pills|tablets|heart (?:meds"
        r"|pills)|blood thinners|dialysis)\b.{0,30}\b(?:so (?:that )?i (?:can|could|will|would|'ll|might) die|to die"
        r"|so i (?:don'?t|won'?t) wake up|hoping (?:i|to) die|and let (?:it|myself) (?:kill me|go))\b",
        _DESPAIR_RULES_143,
        _PLAN_RULES_143,
        _DESPAIR_RULES_144,
        _PLAN_RULES_144,
        _DESPAIR_RULES_145,
        _PLAN_RULES_145,
        _DESPAIR_RULES_146,
        _PLAN_RULES_146,
        _DESPAIR_RULES_147,
        _PLAN_RULES_147,
        _DESPAIR_RULES_148,
        _PLAN_RULES_148,
        _DESPAIR_RULES_149,
        _PLAN_RULES_149,
        _DESPAIR_RULES_150,
        _PLAN_RULES_150,
        _DESPAIR_RULES_151,
        _PLAN_RULES_151,
        _DESPAIR_RULES_152,
        _PLAN_RULES_152,
    ],
    "plan": [
        r"\b(?:planned|planning|plan) (?:it|my death|my suicide|how to (?:die|do it|end it))\b",
        r"\b(?:the )?method (?:and|to) the date\b|\bpicked (?:a|the) (?:date|method|day)\b",
        _PLACE_CHOSEN,
        _METHOD_CHOSEN_MORE,
        _PLAN_FURTHER_LANGUAGES,
        _PLAN_RULES_84,
        _PLAN_RULES_86,
        _PLAN_RULES_87,
        _PLAN_RULES_88,
        _PLAN_RULES_89,
        _PLAN_RULES_90,
        _PLAN_RULES_92,
        _PLAN_RULES_93,
        _PLAN_RULES_94,
        _PLAN_RULES_96,
        _PLAN_RULES_98,
        _PLAN_RULES_99,
        _PLAN_RULES_100,
        _PLAN_RULES_103,
        _PLAN_RULES_105,
        _PLAN_RULES_107,
        _PLAN_RULES_109,
        _PLAN_RULES_110,
        _PLAN_RULES_112,
        _PLAN_RULES_113,
        _PLAN_RULES_114,
        _PLAN_RULES_115,
        _PLAN_RULES_116,
        _PLAN_RULES_117,
        _PLAN_RULES_118,
        _PLAN_RULES_119,
        _PLAN_RULES_120,
        _PLAN_RULES_121,
        _PLAN_RULES_123,
        _PLAN_RULES_125,
        _PLAN_RULES_126,
        _PLAN_RULES_127,
        _PLAN_RULES_128,
        _PLAN_RULES_129,
        _PLAN_RULES_130,
        _PLAN_RULES_131,
        _PLAN_RULES_132,
        _A_DAY_DECIDED,
        _GIVEN_AWAY_WITH_THANKS,
        _MEANS_NOT_FOR,
        r"\b(?:bought|have|got|saved|saving|saved up|saving up|stockpiled?|stockpiling|collecting|hoarding"
        r"|ordered) (?:a |the |some |enough |all (?:the |my )?)?(?:pills|rope|gun|razor|blade|noose|tablets"
        r"|sleeping pills)s?\b",
        r"\b(?:wrote|writing|written|left) (?:a |my )?(?:suicide |goodbye )?note\b",
        r"\b(?:how|when|where) (?:i'?ll|i will|i'?m going to) (?:do it|kill|end)\b",
        r"\b(?:have|made|got) a plan\b",
        r"\bset (?:a|the) date\b",
        r"\bgiv(?:e|ing) away (?:all )?my (?:stuff|things|belongings)\b",
        r"\bhow (?:many|much) (?:pills|tablets|mg)\b.*\b(?:die|kill|fatal|lethal|enough)\b",
        # Means gathered or at hand, with a second signal (an intent, a day, another preparation) make a plan.
        _MEANS_GATHERED,
        rf"\b{_MEANS} (?:is |are |'s |'re )?(?:all )?(?:just )?{_AT_HAND}\b",
        rf"\b(?:i'?ve |i have |i'?m )?(?:got|have|holding|hold) {_MEANS} (?:right )?{_AT_HAND}\b",
        r"\b(?:bought|got|ordered|picked up)"
        + _ORDINARY_USE
        + rf" (?:a |some |the )?(?:rope|noose|razor blades?|blades?|gun|pistol|charcoal|hose pipe)\b.*\b(?:for )?"
        rf"{_DAY}\b",
        rf"\b{_MEANS}\b" + _ORDINARY_USE + rf".*\bfor {_DAY}\b",
        # Preparations and a chosen day.
        r"\b(?:gave|given|giving|give|rehomed|rehoming|found a home for) (?:away )?(?:all )?my (?:stuff|things|"
        r"belongings|possessions|cat|cats|dog|dogs|pets?|rabbit|hamster|bird|kitten|puppy|savings)\b"
        + _EVERYDAY_REASON,
        # rules-45 (after memory holdout fresh_20's measurement): the things named before "away" ("I've been giving
        # my things away to friends this week, my guitar, my books")
        r"\b(?:gave|given|giving|give) (?:all )?my (?:stuff|things|belongings|possessions) away\b" + _EVERYDAY_REASON,
        r"\b(?:wrote|written|writing|left|leaving|finished) (?:a |my |the |all the )?(?:letters?|notes?) (?:to|for)"
        r" (?:everyone|"
        r"everybody|all of (?:you|them)|my (?:family|parents|kids|mum|mom|dad|friends"
        # rules-83 (memory holdout fresh_84's leak, after its measurement): "written letters for my sister and my dad"
        r"|sisters?|brothers?|wife|husband|partner|children|grandchildren|grandkids|daughters?|sons?))\b(?! (?:about"
        r"|at work|in the office|saying|to remind|reminding|for the party|with the))"
        # (not letters to open in years to come, nor home from camp or the army: "a thank you" or "Mum's birthday"
        # beside them clears nothing)
        r"(?!.*\b(?:pen ?pals?|santa|to open (?:on|when|at|in)|when they'?re older|from camp|at camp|deployment"
        r"|deployed|basic training|boarding school)\b)"
        r"|\bwrote (?:everyone|everybody|my family) (?:a )?(?:letters?|notes?)\b",
        r"\bmy last (?:day|night|week)\b(?! (?:at|of|in|on (?:the|this) job|off|before|with (?:the|my) (?:team|company"
        r"|class))|s\b)",
        r"\b(?:cleaned|cleared|sorted) out (?:my room|all my (?:stuff|things)|my things)\b",
        r"\b(?:sorted|sorting|gave|giving|wrote down|left) (?:out )?my (?:passwords|bank details|pin)\b",
        r"\b(?:is|will be|'s) (?:the|my) (?:day|night|date) (?:i|when i|that i) (?:end (?:it|it all|things|my life)"
        r"|do it|go through with it|kill myself|die|go)\b",
        rf"\b(?:i'?ll|i will|i'?m going to|going to|gonna|i'?m gonna) (?:end it|end it all|go through with it"
        rf"|end things) {_DAY}\b",
        r"\bsaid my goodbyes\b(?! (?:at|before (?:i|we) (?:left|leave|fly|flew|move|moved)|to (?:the|my) (?:old )?"
        r"(?:house|flat|apartment|office|school|team)))"
        r"(?!.*\b(?:flying|flight|fly|airport|for (?:a|one|two|three|\d+) years?|" + _SEE_YOU_AGAIN + r"|emigrat\w*"
        r"|retir(?:ed|ing|ement)|leaving do|going fishing|desk|next adventure|next chapter|notice|colleagues|coworkers"
        r"|co-workers|workmates|badge|lanyard|end of an era|ship|sails|sailing|voyage|rig|offshore"
        r"|(?:days|weeks|months) away"
        # (rules-150, safety holdout 143's rule-made false alarm)
        r"|(?:last|final) day (?:at|as|of|in)|department)\b)",
        r"\b(?:sorted|sorting|finished|finishing|wrote|written|writing|made|making|updated|updating)"
        r" (?:out |in order )?my (?:will|affairs)\b" + _ORDINARY_WILL,
        rf"\b{_DAY}(?: night| morning)?(?:'s| is) (?:the (?:day|night)|when)\b" + _OCCASION,
        r"\bmy last (?:weekend|christmas|birthday)\b",
        r"\bwon'?t (?:be )?need(?:ing)? (?:it|them|any of (?:it|this|them)|these|those|my \w+)\b",
        r"\b(?:left|leaving|wrote|writing) (?:a )?(?:note|letter|letters|instructions) (?:on my (?:pillow|bed"
        r"|desk)|for "
        r"(?:my \w+ )?to find|for whoever)\b|\bfinished writing (?:letters|notes) to\b",
        r"\b(?:rehomed|rehoming|found (?:a )?homes? for) my (?:cats?|dogs?|pets?|rabbits?|hamsters?|birds?)\b"
        + _EVERYDAY_REASON,
        r"\bpasswords\b.*\b(?:for my \w+|to find)\b|\b(?:life insurance|debts? (?:are )?paid|cancelled my "
        r"subscriptions)\b",
        r"\bone last time\b",
        r"\b(?:i think |so )?i'?m (?:finally )?ready(?: now)?$",
        _COVER_STORY_MEANS,
        _DATE_SET_FOR_DEATH,
        # Affairs closed down, each a plan's part when another comes with it ("quit my job, closed my bank account
        # and cancelled my phone plan for next month"); one alone ("deleted all my socials, way better for my head")
        # is not.
        r"\b(?:closed|closing) (?:all )?my (?:bank )?accounts?\b" + _EVERYDAY_REASON,
        r"\bcancel+(?:ed|ing) my (?:phone|mobile) (?:plan|contract)\b" + _EVERYDAY_REASON,
        r"\bdeleted (?:all )?my (?:socials|social media|accounts)\b",
        _PILLS_FROM_SEVERAL_SHOPS,
        _PLAN_RULES_135,
        _PLAN_RULES_136,
        _PLAN_RULES_137,
        _PLAN_RULES_138,
        _PLAN_RULES_140,
        _PLAN_RULES_141,
        _PLAN_RULES_143,
        _PLAN_RULES_144,
        _PLAN_RULES_145,
        _PLAN_RULES_146,
        _PLAN_RULES_147,
        _PLAN_RULES_148,
        _PLAN_RULES_149,
        _PLAN_RULES_150,
        _PLAN_RULES_151,
        _PLAN_RULES_152,
    ],
    "imminent": [
        r"\bgoodbye (?:everyone|forever|world|cruel world)\b" + _NOT_TO_A_PLACE_LEFT,
        # not "this is goodbye for a while y'all, headed out on a 6 week cross country" (rules-51)
        _NOT_A_JOB_OR_MOVE
        + r"\bthis is (?:my )?(?:goodbye|the end)\b(?! for (?:now|a while|a bit|today|tonight|the (?:day|night|week"
        r"|weekend|summer|season))| of (?:the |my |an? )?(?:shift|week|day|season|term|semester|holiday|trip|course"
        r"|era|month|year)\b)" + _NOT_TO_A_PLACE_LEFT,
        r"\b(?:tonight|right now|today|in an hour|now)\b.*\b(?:kill|end (?:it|my life)|die|jump|do it)\b",
        r"\b(?:kill {s}|end (?:it|my life)|jump)\b.*\b(?:tonight|right now|today)\b".replace("{s}", _SELF),
    ],
    "concern": [
        r"\b(?:ya no aguanto|no aguanto mas|nao aguento mais|ich halte (?:das|es) nicht mehr aus)\b"
        # "j'en peux plus", and (rules-64, safety holdout 65, after its measurement) Quebec's "j'en peux pu", "je n'en
        # peux plus"
        r"|\b(?:j'?en|je n'?en) peux (?:pu|pus|plus)\b",
        # (not being bad at something: "hopeless with deadlines", rules-142 after memory holdout fresh_136's false
        # sensitive)
        r"\b(?:hopeless(?! (?:with|at|when it comes to) )(?! (?:\w+ )?(?:romantic|case|addict|optimist|fan|nerd|speller"
        r"|navigator)s?\b)|worthless|can'?t go on|can'?t do this any more"
        r"|give up on everything|want to disappear)\b",
        r"\bhate (?:my ?self|my life)\b",
        r"\b(?:so|really|completely) (?:alone|numb)\b"
        # rules-53 (memory holdout fresh_38, after its measurement): empty, but not a house after a death ("the house
        # feel so empty without her")
        # rules-104 (memory holdout fresh_105, after its measurement): nor a farm after a dog put down ("the farm feels
        # so empty"); rules-121 (memory holdout fresh_118): with where it is between ("the farm above Aberaeron feels
        # so empty")
        r"|^(?!.*\b(?:house|home|room|flat|place|bed|kitchen|table|nest|street|church|office|farm|yard|garden|barn"
        r"|shop|car|kennel|paddock|station|village|town|school|classroom|ward|pub|bar|restaurant|cafe|hall|stadium"
        r"|fridge|cupboard|wallet|inbox|diary|calendar|shelf|shelves)\b(?: (?:(?:above|below|near|in|on|at|by|up|down"
        r"|out|over) )?[\w'-]+){0,3} (?:feels|feel|is|seems|looks|'s|got|has got|has been|went)"
        r" (?:so|really|completely) empty\b"
        r"|.*\b(?:house|home|room|flat|place|bed|kitchen|table|nest|street|church|office|farm|yard|garden|barn|shop|car"
        r"|kennel|paddock|station|village|town|school|classroom|ward|pub|bar|restaurant|cafe|hall|stadium|fridge"
        r"|cupboard|wallet|inbox|diary|calendar|shelf|shelves)\b[^.!?]{0,15}\b(?:so|really|completely) empty\b)"
        r".*\b(?:so|really|completely) empty\b",
        r"\bno ?one (?:cares|would care) about me\b",
        r"\b(?:nobody|no ?one) (?:really |even )?(?:cares|would care|gives a (?:shit|damn|fuck)) (?:about|for) me\b",
        # Overwhelmed, in several Englishes ("Mi cyaan cope", "ah feel like ah drowning in bills", "feel like I fail at
        # everything lor"); coping with the weather is not it.
        r"\b(?:cyaan|cannae|canny|can'?t|cannot|cant|no fit|nor fit) cope\b"
        r"(?! with (?:the|this|that) (?:heat|cold|weather|traffic|queue|noise))"
        r"|\bfeel(?:ing)? like (?:i'?m |ah |i |im )?drowning\b|\bfail(?:ing)? at everything\b"
        r"|\bnot able to handle anything\b",
        # rules-46 (after safety holdout 49's measurement): worn down past going on ("getting screamed at 8 hours a
        # day is breaking me", "dont know how to keep doing this job", "so ashamed and so tired"), smothered and alone
        r"^(?!.*\b(?:lol|lmao|haha\w*|rain|heat|weather|cold|snow|traffic)\b).*\b(?:it'?s|is|are|this is|they'?re)"
        r" (?:slowly |really )?breaking me\b(?! (?:up|in|out)\b)"
        r"|\bdon'?t know how (?:to|i can|i'?m (?:meant|supposed) to) keep (?:doing (?:this|it)|going|on)\b"
        r"(?! with\b| (?:to|at|for)\b)"
        r"|\bso ashamed and so tired\b|\b(?:suffocated|trapped) and (?:so |very )?alone\b",
        # rules-49 (safety holdout 50, after its measurement): loneliness that hurts, not coping, hollowed out
        r"\bso lonely (?:it|that it) (?:physically |actually |literally )?hurts\b|\bi'?m not coping\b"
        r"|\bfeel(?:ing)? like (?:a|an empty) shell\b|\bi feel invisible\b",
        # rules-50 (safety holdout 51, after its measurement): crying every night, not stopping, alone with it ("i cry
        # in the caravan every night", "i sit in their empty room and cant stop crying"); not a baby's, a film's,
        # happy or laughing tears. Lonely said outright ("I'm fair lonely"), not missing someone coming home.
        r"^(?!.*\b(?:lol|lmao|haha\w*|onions?|films?|movies?|shows?|episodes?|finale|book|happy|laugh\w*|bab(?:y|ies)"
        r"|toddler|newborn|wedding|he|she|they|it)\b)"
        # rules-55 (safety holdout 59): "I've been crying every day since the breakup"
        r".*(?:\b(?:i|i'?m|im|i'?ve|ive|i have|and|just)\s+(?:\w+ )?(?:cry|crying|cried)(?: myself to sleep)?"
        r"(?: in [\w ]{1,20}?)?"
        r" (?:every (?:night|day|morning)|at night|all the time|most nights|each night)\b|\bcan'?t stop crying\b"
        r"|\bcry(?:ing)? myself to sleep\b)"
        r"|^(?!.*\b(?:lol|lmao|haha\w*|without (?:you|him|her)|miss (?:you|him|her)|come home|babe|hun)\b)"
        r".*\b(?:i'?m|i am|feel(?:ing)?) (?:so|fair|pure|awful|really|very|dead|just|that) lonely\b",
        # Not eating nor sleeping, not for joy ("cant eat, cant sleep, just sit in the car after work shaking").
        # (rules-112, memory fresh_110's false sensitive row: nor nerves before results, said before or after: "HSC
        # results come out day after tomorrow 😰 cant eat cant sleep")
        r"^(?!.*\b(?:results?|exams?|interview|audition)\b)"
        r".*\b(?:can'?t|cannot) (?:eat|sleep)[, ]+(?:can'?t|cannot|cant|no) (?:sleep|eat|think)\b"
        r"(?!.*\b(?:excit\w*|can'?t wait|so happy|buzzing)\b)",
        # rules-51 (safety holdout 52, after its measurement): things on top of the writer, lonely since a loss, worn
        # down alone, invisible, crying every shift or every day, panic night after night, feeling nothing
        r"\b(?:everything|it all|it'?s all|things)(?:'s| is| are)? (?:getting )?on top of me\b",
        r"^(?!.*\b(?:lol|lmao|haha\w*|without (?:you|him|her)|miss (?:you|him|her)|come home|babe|hun)\b)"
        r".*\b(?:very|so|really|terribly|awfully|desperately|pure|fair) lonely (?:since|without|these days|now|here"
        r"|all the time|at night)\b",
        r"^(?!.*\b(?:rain|weather|cold|heat|snow|grey|gray|dark evenings|traffic|commute|wifi|printer|lol|lmao"
        r"|haha\w*|team|match|season|knee|back)\b).*\b(?:it'?s|its|this is|everything'?s|everything is|it all is)"
        r" (?:really |properly |starting to |slowly )?(?:getting|get) me down\b",
        r"^(?!.*\b(?:cloak|game|lol|lmao|haha\w*|superpower)\b).*\bfeel(?:ing)? (?:so |completely |totally"
        r" |like i'?m )?invisible\b",
        r"^(?!.*\b(?:lol|lmao|haha\w*|onions?|films?|movies?|happy|laugh\w*|bab(?:y|ies)|toddler|newborn|he|she|they"
        r"|her|him|them|colleague|girl|boy|friend|mate|someone|somebody)\b)"
        r".*(?:\b(?:(?:i'?m|i am|i|im) (?:\w+ )?)?(?:crying|cry)\b[^.!?]{0,30}\bevery (?:shift|break|lunch)\b"
        r"|\bevery (?:day|night|morning|shift) (?:i'?m|i am|i) (?:\w+ )?(?:crying|cry)\b)",
        r"\b(?:heart|chest) (?:racing|pounding|thumping|hammering)\b[^.!?]{0,60}\b(?:can'?t breathe|convinced i was"
        r" dying|thought i was dying|keeps happening|every night)\b",
        # (rules-118, safety holdout 108's concern row: "heart going mad cant breathe hands tingling"; not after a run)
        _NOT_AFTER_EXERTION + r"\bheart (?:is |'s |was )?(?:racing|pounding|hammering"
        r"|going mad|going crazy)\b.{0,40}\b(?:can'?t|cannot) breathe\b",
        r"^(?!.*\b(?:finger\w*|toes?|legs?|arms?|foot|feet|hands?|numbing|anaesthe\w*|anesthe\w*|dentist|injection"
        r"|lol|haha\w*)\b).*\bi (?:don'?t|can'?t|cannot) feel anything\b(?! (?:for|about|towards|when|in|on|from"
        r"|with)\b)",
        # ... and from holdout 51's concern rows (after its measurement): useless to everyone, eating alone in hiding,
        # afraid of hurting someone through a mistake at work
        r"\b(?:i'?m|i am|feel(?:ing)? like|i feel like) (?:such |just |a )*(?:useless|pathetic|worthless) (?:lump|waste"
        r"|failure|mess|burden)\b",
        r"\b(?:eat|eating|ate|have|having) (?:my )?lunch (?:alone )?in the (?:\w+ )?(?:toilets?|loos?|bathrooms?"
        r"|stalls?)\b",
        r"\b(?:terrified|scared|afraid|frightened|petrified) (?:that )?i'?(?:ll|m going to| will| might)"
        r" (?:hurt|harm|kill) (?:someone|somebody|a patient|a client|a child|a kid)\b(?!.*\b(?:lol|haha|game|match)\b)",
        # rules-52 (safety holdout 55, after its measurement): days without a word to anyone, unable to get out of bed
        # (not ill, not a lie-in), in bits and asking for help
        r"\b(?:go|gone|going|went|been) (?:\w+ )?(?:days|weeks) without (?:speaking|talking|a word) to (?:a soul|anyone"
        r"|anybody|a single (?:person|soul))\b|\bhaven'?t (?:had a (?:real |proper )?(?:conversation|chat|talk)|spoken"
        r"|talked) (?:to|with) (?:a soul|anyone|anybody|an adult|another adult|a single (?:person|soul))(?: \w+){0,3}"
        r" (?:in|for) (?:days|weeks|months)\b",
        r"^(?!.*\b(?:flu|cold|covid|sick|ill|fever|hangover|hungover|back|knee|surgery|op|lol|haha\w*|lmao|lazy"
        r"|sunday|weekend|cosy|cozy|comfy|warm|snow|rain|duvet|blanket|cat|dog|baby|kids? (?:are|is) asleep)\b)"
        r".*\bcan'?t (?:even )?(?:get|drag myself) out of bed\b",
        # ... and from holdout 56 (after its measurement): no one who visits or is spoken to, panic attacks, barely
        # functioning, screamed at in front of everyone
        r"^(?!.*\b(?:lol|haha\w*|lmao|yet|new (?:town|city|job|school|flat))\b).*(?:\b(?:nobody|no one|no-one)"
        r" (?:visits|calls|rings|phones|comes (?:round|by|to see me)|texts)(?: me)? (?:any ?more|now)\b"
        r"|\bi (?:speak|talk) to (?:nobody|no one|no-one)\b|\bi never see anyone\b"
        r"|\b(?:still )?(?:have )?no friends (?:here|at all|after)\b)",
        r"^(?!.*\b(?:lol|haha\w*|lmao|film|movie|episode|price|bill|when i saw)\b).*\bpanic attacks?\b",
        r"\bbarely (?:functioning|coping|holding (?:it )?together|keeping it together)\b",
        r"\b(?:screams|yells|shouts|swears) at me (?:in front of|every (?:day|shift)|all the time|constantly)\b",
        r"\b(?:mentally|emotionally) (?:i'?m |im |i am )?(?:in bits|a wreck|falling apart|in pieces)\b"
        r"|\bi think i need (?:some )?help\b(?! (?:with|moving|carrying|to|from|choosing|picking|on|for)\b)",
        # rules-53 (safety holdout 57, after its measurement): breaking, days without a word to a living soul, the
        # van or the dog the only company, feeling nothing when holding one's child, gone numb since a call
        r"^(?!.*\b(?:lol|haha\w*|lmao|record|news|heart ?breaking|ground|sweat|rules?|bank|in two|down)\b)"
        r".*\bfeel(?:ing)? like (?:i'?m|i am|im) (?:slowly )?(?:breaking|falling apart|coming apart)\b"
        r"(?! (?:up|in|out)\b)",
        r"\b(?:say|speak|said|spoke) a (?:single )?word to (?:a|another) living soul\b"
        r"|^(?!.*\b(?:lol|haha\w*|lmao|love|loving|lovely|happy)\b).*\bthe only (?:company|one to talk to|one i talk"
        r" to) i'?(?:ve got|ve|have|got)\b",
        r"^(?!.*\b(?:finger\w*|toes?|legs?|arms?|foot|feet|hands?|lips?|mouth|face|jaw|gums?|numbing|anaesthe\w*"
        r"|anesthe\w*|dentist|injection|cold|frozen|freezing|lol|haha\w*)\b)"
        # (rules-115, safety holdout 105: "i just feel nothing. not sad not happy")
        r".*(?:(?:\bi (?:just |really |honestly |literally )?(?:feel|felt)|\b(?:and|but|just) felt) nothing"
        r"(?: at all)?\b(?! (?:for|about|towards|but"
        r"|when i (?:see|look at) (?:him|her|them) (?:now|any ?more)))|\b(?:i'?ve|i have|ive) gone (?:completely"
        r" |totally )?numb\b)",
        # rules-55 (safety holdout 59, after its measurement): failing to cope, not a soul spoken to in weeks, "di ko
        # na kaya" (Tagalog: I can't take any more), nobody who even knows the writer's name
        r"\b(?:i'?m|i am|im) (?:failing|unable) to cope\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|bliss|peace|heaven)\b).*\b(?:not|haven'?t|havent|never) (?:spoken|talked|said a"
        r" word) to (?:a soul|a living soul|anyone|anybody)\b(?: \w+){0,3}? (?:in|for) (?:\w+ )?(?:days|weeks"
        r"|months)\b",
        r"\b(?:di|hindi) ko na (?:talaga )?kaya\b(?!.*\b(?:lol|haha\w*|busog|sarap|tawa|kilig|cute)\b)",
        r"^(?!.*\b(?:lol|haha\w*|lmao|crush|yet|new)\b).*\b(?:no ?one|nobody|anyone)(?: (?:at|in) (?:school|work|class"
        # rules-64 (safety holdout 65, after its measurement): "nobody here knows my name"
        r"|uni|college|here|the office)| here)? (?:even )?knows? (?:my name|i exist)\b",
        # the writer crying, said in the first person whoever else the message names ("I've been crying every day
        # since he left"); the rule above reads "and cry", whose subject may be a baby's
        r"^(?!.*\b(?:lol|lmao|haha\w*|onions?|films?|movies?|shows?|episodes?|finale|book|happy|laugh\w*)\b)"
        r".*(?:\b(?:i'?ve|ive|i have|i'?m|im|i am) |^)(?:been )?(?:crying|cried) (?:\w+ ){0,4}?every (?:single )?(?:day"
        r"|night|morning)\b",
        # rules-57 (safety holdout 60, after its measurement): not coping since a loss, crying all day, a chest that
        # goes tight till the writer can't breathe, no one spoken to but the dogs in weeks, nobody to talk to
        r"\bnot coping (?:since|at all|with (?:any|anything|life|everything))\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|bab(?:y|ies)|toddler|newborn|films?|movies?|onions?)\b)"
        r".*\b(?:i|i'?m|im|i am|i was|i'?ve been|ive been|been) (?:(?:\w+ ){0,6}?(?:all day|all night) crying"
        r"|crying all (?:day|night))\b",
        r"\bchest (?:goes|gets|is|feels|going) (?:all |really |so )?tight\b[^.!?]{0,40}\bcan'?t breathe\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|bliss|peace|heaven)\b).*\b(?:not|haven'?t|havent|never) (?:spoken|talked) to"
        r" (?:anyone|anybody|a soul) (?:but|except|apart from|other than) (?:\w+ ){1,3}?(?:in|for) (?:\w+ ){0,2}(?:days"
        r"|weeks|months)\b",
        # (not yet, in a new place: as "nobody visits" above)
        r"^(?!.*\b(?:lol|haha\w*|lmao|yet|new (?:town|city|job|school|flat|place))\b).*\b(?:nobody|no ?one|no-one) to"
        r" talk to\b(?! about\b)",
        # rules-58 (safety holdout 61, after its measurement): "no puedo más", not a soul from one week to the next, no
        # real conversation in weeks, talking to a cashier just to speak to an adult, invisible, nobody who talks to
        # the writer
        r"\bno puedo mas\b|\b(?:see|seen|speak to|talk to) a soul from one (?:week|day|month) to the next\b"
        r"|\bhaven'?t had a (?:real |proper )?(?:conversation|chat|talk)(?: with (?:anyone|anybody))? (?:in|for)"
        r" (?:\w+ )?(?:days|weeks|months)\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*(?:\bjust to (?:speak|talk) to (?:an adult|another adult|someone|a person"
        r"|another human)\b|\bjust to be around (?:people|other people|humans)\b)",
        r"^(?!.*\b(?:cloak|game|lol|lmao|haha\w*|superpower|ninja|potion)\b)"
        r".*(?:\bi'?m (?:basically |literally |just )?invisible\b"
        r"|\b(?:nobody|no ?one)(?: here| (?:at|in) (?:school|work|uni|college|class))? (?:ever |really )?(?:talks"
        r"|speaks) to me\b)",
        # rules-60 (safety holdout 62, after its measurement): "m pa ka ankò" (Haitian Creole: I can't any more);
        # needing someone to talk to; not knowing how to hold it together; crying in the shower so no one hears;
        # told every day one is useless; so lonely one can't think; eating alone every day; not a word said to a
        # soul; missing people, alone; "solidão"
        r"\b(?:m|mwen) pa ka (?:anko|kenbe anko)\b|\b(?:tanta|muita|tanta) solidao\b|\bsinto (?:tanta |muita )?solidao"
        r"\b",
        # (in distress, not what family reckon a new user needs: "our lass reckons i need someone to talk to")
        r"^(?!.*\b(?:lol|haha\w*|lmao|about (?:the|my|this) (?:wedding|trip|plans?|holiday|party|job)|spanish|french"
        r"|language|practi[sc]e|(?:reckons?|says|said|thinks?|told me|wants? me|suggested|decided)(?: \w+){0,2} i"
        r" need)\b)(?=.*\b(?:drowning|can'?t cope|not coping|struggling|falling apart|lost|alone|lonely|crashing"
        r"|breaking|no ?one|nobody|please|desperate\w*|vent|m pa ka|not enough|too much|so tired)\b)"
        r".*\bi (?:really |just |desperately )?need (?:someone|somebody|somei|a person) to talk to\b",
        r"\b(?:dinna|dinnae|don'?t|dont|do not) (?:ken|know) how (?:to|tae) (?:haad|hold|keep) (?:it|masel|myself"
        r"|mysel|things) (?:together|thegither)\b",
        r"\bcry(?:ing)? in the (?:shower|bath|bathroom|toilet|loo|car|shed) (?:so|because) (?:he|she|they|nobody"
        r"|no one|the kids|my \w+) (?:won'?t|can'?t|doesn'?t|don'?t|wouldn'?t|will not) (?:hear|see|know)\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|coach|teacher|at (?:darts|pool|football|golf|cards|chess))\b).*\b(?:tells|calls)"
        r" me (?:every (?:single )?day |all the time |constantly |daily )(?:that )?(?:i'?m|im|i am) (?:a |an )?"
        r"(?:\w+ )?(?:useless|worthless|stupid|nothing|pathetic|failure|disgrace|waste)\b",
        r"^(?!.*\b(?:lol|haha\w*|dog|cat|puppy|kitten|song|film|movie|book)\b).*\bso lonely (?:that )?i (?:can'?t"
        r"|cannot|could)\b",
        r"\b(?:i )?(?:eat|sit|have (?:lunch|dinner|tea)) (?:alone|by myself|on my own) every (?:single )?day\b",
        r"\b(?:i|i'?ve|i have|ive) (?:don'?t|dont|do not|didn'?t|haven'?t|never) (?:say|said|speak|spoke|spoken) a"
        r" (?:single )?word to a (?:living )?soul\b",
        r"\bmiss (?:people|company|having people around|talking to people|human contact)\b(?=.*\b(?:alone|lonely"
        r"|quiet|nobody|no one|by myself|on my own)\b)|\b(?:alone|lonely|quiet)\b.*\bmiss (?:people|company"
        r"|talking to people|human contact)\b",
        # rules-63 (safety holdouts 63-64, after their measurement): distress told in everyday words: not holding
        # it together, everything falling apart, drowning, not knowing how to handle it all, days without a word to
        # anyone, so lonely, numb for weeks or feeling nothing, crying most days
        r"\b(?:can'?t|cannot|can not|struggling to|barely) (?:hold|holding) (?:it|myself|things) together\b",
        r"^(?!.*\b(?:lol|haha\w*|car|house|roof|shoes?|bike|sofa|couch|jacket|book|laptop|phone)\b).*\beverything"
        r"(?:'s| is) (?:falling apart|going wrong|crashing down)\b",
        # (not the chores or the work one is buried in: "drowning in setting papers", memory holdout fresh_69,
        # after its measurement)
        r"\b(?:i'?m|i am|im) (?:drowning|going under)(?: here)?\b(?! (?:in (?:\w+ ){0,2}(?:work|paperwork|emails?"
        r"|laundry|marking|homework|assignments|essays|papers|exams?|deadlines|orders|admin|reports?|invoices|dishes"
        r"|washing|boxes|nappies|diapers|messages|texts|notes|grading|applications|forms|projects?|tickets)\b|lol))",
        r"\b(?:don'?t|do not|dont|dunno|no idea) (?:know )?how to (?:handle|cope with|deal with|manage)"
        r" (?:it all|any of (?:it|this)|all (?:of )?(?:this|it)|everything)\b",
        r"\b(?:days|weeks) go by\b[^.!?]{0,40}\b(?:don'?t|do not|never) (?:speak|talk|say a word) to (?:a soul|anyone"
        r"|anybody|a living soul)\b",
        r"^(?!.*\b(?:he|she|they|looks|seems|sounds|dog|cat|lol|haha\w*)\b).*\bso (?:lonely|alone)(?: here| now| rn)?$",
        r"^(?!.*\b(?:hands?|fingers?|feet|toes?|lips?|face|mouth|arms?|legs?|jaw|gums?|cold|freezing|dentist"
        r"|injection|anaesthetic|anesthetic|numbing)\b).*\b(?:feel|feeling|feelin|felt|been feelin[g']?|i'?m|i am|im)"
        r" (?:so |completely |totally |just )?numb\b(?=.*\b(?:weeks|months|days|ages|all the time|nothing|inside"
        # rules-64 (safety holdout 65, after its measurement): numb since something, or behind glass ("been numb since
        # the baby came ... it's like I'm behind glass")
        r"|since|behind glass)\b)",
        r"\blike (?:i'?m|i am|im|i'?m living|i live) (?:behind|under) (?:glass|a (?:pane|wall|sheet) of glass|a glass"
        r" wall)\b",
        r"^(?!.*\b(?:pain|anaesthetic|anesthetic|dentist|injection|numbing|when (?:he|she)|for (?:him|her|them|my ex)"
        r"|about (?:it|him|her|the))\b).*\bfeel (?:absolutely |literally |just |completely )?nothing\b(?=.*\b(?:like"
        r" (?:i'?m|a)|inside|anymore|any more|for (?:weeks|months)|behind glass)\b)",
        r"^(?!.*\b(?:baby|babies|kids?|son|daughter|onions?|laugh\w*|film|movie|show|book|song|wedding|scene|lol"
        r"|lmao|haha\w*)\b)(?:.*\bi )?"
        r"(?:cry|crying)\b[^.!?]{0,40}\b(?:most|every|all) (?:days|nights|day|night|mornings?)\b",
        # rules-64 (safety holdout 66, after its measurement): shaking and unable to think; crying where nobody sees
        # ("I cry in the bathroom at work so nobody sees"), "cada día lloro"; nobody calls since a divorce or a death;
        # watching one's life on a screen; a racing heart and no breath that keeps coming back
        r"^(?!.*\b(?:lol|haha\w*|lmao|cold|freezing|coffee|caffeine|excit\w*|adrenaline|gym|workout)\b).*\b(?:i'?m|im"
        r"|i am) (?:shaking|trembling)\b.*\bcan'?t (?:think straight|think|breathe|stop|cope|calm down)\b",
        r"\bcry(?:ing)? in the (?:shower|bath|bathroom|toilet|loo|car|shed|stairwell|cupboard)(?: at (?:work|school))?"
        r" (?:so|because) (?:that )?(?:nobody|no one|no-one|they|he|she|the kids) (?:sees|hears|knows|notices"
        r"|can'?t see|can'?t hear|won'?t see|won'?t hear)\b|\b(?:cada dia|todos los dias|todo el dia) lloro\b"
        r"|\blloro (?:cada dia|todos los dias|todo el dia)\b",
        r"\bsince (?:the |my |he |she |\w+ )?(?:\w+ ){0,2}?(?:divorce|funeral|died|passed|went|left|retired|moved out"
        r"|split|break ?up)\b[^.!?]{0,20}\b(?:nobody|no ?one|no-one) (?:calls|rings|visits|comes round|texts|phones"
        r"|comes by)\b",
        r"\blike (?:i'?m|i am|im) (?:watching|living) (?:my (?:own )?life|myself|everything)(?: \w+)? (?:on a screen"
        r"|from (?:outside|the outside|above|a distance|far away)|through (?:glass|a window|a screen)|in a film"
        r"|like a film)\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|gym|run\w*|workout|stairs|crush|excit\w*|coffee|caffeine|match|game|film|movie"
        r"|date)\b).*\bheart (?:is |keeps |'s |won'?t stop |will not stop |keeps on )?(?:racing|pounding|hammering)\b"
        r".*\bcan'?t (?:breathe|get my breath|catch my breath)\b(?=.*\b(?:keeps happening|again|every time|am i dying"
        r"|i'?m dying|out of nowhere|for no"
        # rules-66 (safety holdout 68, after its measurement): or every night ("it happens every night since we moved")
        r" reason|(?:happens|happening) every (?:night|day|morning|time)|every single night|each night|most nights)\b)",
        # rules-64 (safety holdout 65, after its measurement): at breaking point; a scene that keeps coming back with
        # no sleep or food ("I can't switch off, can't eat, I keep seeing them"); days without a word said aloud; a
        # newcomer with no one ("3 years in Hamburg and I have no one")
        r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*\b(?:i'?m|i am|im|i'?ve (?:reached|hit)|i have (?:reached|hit)|i feel"
        r" like i'?m|i'?m (?:nearly|almost|close to|getting to)) (?:at )?(?:my |a |the )?breaking point\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|films?|movies?|show|series|episode|game|ads?|advert\w*|dream of|love)\b)"
        r"(?=.*\bcan'?t (?:sleep|eat|switch off|turn (?:it|my (?:brain|head)) off|function|stop shaking)\b)"
        # rules-66 (safety holdout 68, after its measurement): "i" left unsaid ("can't sleep, keep seeing it")
        r".*\b(?:i )?(?:keep|can'?t stop|still keep) (?:seeing|hearing|picturing|reliving) (?:them|it|him|her"
        r"|their faces?|his face|her face|the (?:\w+ )?(?:crash|accident|bodies|body|faces?|fire|blood|scene))\b",
        r"\b(?:some|most|whole|many) days i (?:don'?t|do not|never|won'?t) (?:say|speak|utter) a (?:single )?word"
        r"(?: out loud| aloud)? to (?:anyone|anybody|a soul|a living soul)\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*\b(?:years?|months) (?:in|here|living in|since i (?:moved|came))\b.*\bi"
        r" (?:have|'ve got|got) no ?one\b(?!'| (?:to (?:blame|thank|ask|play|go|help|watch|cover)|else|but)\b)",
        # rules-66 (safety holdouts 67 and 68, after their measurement): no one here ("i have no one here. my family
        # can't contact me"), days without a voice heard, nobody who writes or calls first or at all in weeks
        r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*\bi(?: have|'ve got|'ve| have got| got) (?:no ?one|nobody|noone) here\b"
        r"(?! (?:to (?:help|cover|watch|drive|pick|look after|babysit|lift|carry|ask|take|feed|mind|play)|yet|today"
        r"|tonight|at the moment|right now|but)\b)",
        r"\b(?:go|gone|went|going|can go) (?:whole )?days without (?:hearing (?:a|anyone'?s|another) (?:human "
        r"|single )?voice|talking to (?:anyone|a soul|a single person|another person)|speaking to (?:anyone"
        r"|another person))\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao)\b).*\b(?:nobody|no one|noone|no-one) (?:ever )?(?:texts|messages|calls|rings)"
        r" me first\b",
        r"\b(?:nobody|no one|noone|no-one)(?:'s| has)? (?:rung|called|phoned|texted|messaged|visited|rang|text)"
        r" (?:me )?(?:in|for) (?:weeks|months|(?:two|three|four|five|six|several|a few|\d+) (?:weeks|months))\b"
        r"(?!.*\b(?:about|back|re|regarding) (?:the|my) (?:job|application|interview|claim|order|parcel|quote"
        r"|repair)\b)",
        # rules-87 (safety holdouts 84 and 85's concern rows, after their measurement): the only person spoken to in
        # weeks a shop's cashier; crying every day or night, not coping any more, feeling
        # no emotion, panic attacks, lonely with no one to talk to, in Romanian, Marathi, Urdu, Bengali, Korean,
        # Turkish, Cantonese, Mandarin and Japanese
        r"\b(?:days|weeks) go by and the only (?:person|one|soul) i (?:talk|speak) to is\b",
        r"\bplang in fiecare (?:zi|seara|noapte)\b|\b(?:roj|rojach) rad(?:te|to) mi\b|\bmi roj rad(?:te|to)\b",
        _said("روز رات کو روتی ہوں", "روز رات کو روتا ہوں", "ہر رات روتی ہوں", "ہر رات روتا ہوں")
        + "|"
        + _said("আর সামলাতে পারছি না", "আর পারছি না")
        + "|"
        + _said("아무 감정이 안 느껴져", "아무 감정도 안 느껴져", "아무것도 못 느끼겠")
        + r"|\bpanik atak (?:geciriyorum|gecirdim|geciriyom)\b",
        _said("一個朋友都冇", "一个朋友都没有", "一個朋友都沒有")
        + ".{0,20}"
        + _said("孤獨", "孤独", "寂寞")
        + "|"
        + _said("誰とも話さない", "誰とも話してない")
        + ".{0,30}"
        + _said("寂しい", "さみしい"),
        # rules-88 (safety holdout 86's concern rows, after its measurement): panic told by the body ("at the grocery
        # store and my chest is tight and everything feels unreal. need to get out of here")
        r"^(?!.*\b(?:gym|workout|run|running|cold|flu|covid|cough|asthma|inhaler|bench|squat)\b)"
        r".*\bchest (?:is |feels |gets |got )?(?:so |really |super )?tight\b.{0,60}\b(?:unreal|can'?t breathe"
        r"|cant breathe|calm (?:me )?down|heart (?:is )?(?:racing|pounding)|pass out|get out of here|help me)\b",
        # rules-89 (safety holdout 87's concern rows, after its measurement): days without speaking to anyone, too
        # overwhelmed to think, not managing any more (Italian), lonely without one friend (Korean) or anyone to talk
        # to (Yoruba), a panic attack (Greek), no feeling for anything (Malayalam)
        r"\b(?:haven'?t|have not|hasn'?t|not) (?:spoken|talked|said a word) to (?:another person|anyone"
        r"|anybody|a soul|a single person|another human|a human being|a living soul) (?:in|for) (?:\d+|[a-z]+) (?:days"
        r"|weeks)\b",
        r"\bso overwhelmed (?:that )?i (?:can'?t|cannot) (?:even )?(?:think|breathe|function|cope)\b",
        r"^(?!.*\b(?:haha\w*|ahah\w*|lol|risate|ridere|dal ridere)\b).*\bnon ce la faccio piu\b",
        _said("친구가 한 명도 없어", "친구 하나 없어") + ".{0,20}" + _said("외로워", "외롭다"),
        r"\bko si (?:enikeni|eni kankan) ti mo le ba soro\b",
        _said("κρίση πανικού", "κριση πανικου"),
        _said("ഒന്നിനോടും ഒരു ഫീലിംഗും ഇല്ല", "എല്ലാം ശൂന്യമായി"),
        # rules-90 (safety holdout 88's concern rows, after its measurement): breaking in pieces under it all, not one
        # friend in a new city, crying every day (Lithuanian), a panic attack (Spanish)
        r"\b(?:i|im|i'm|i am) (?:feel(?:ing)? like (?:i'?m|i am) )?(?:breaking|falling) (?:in|into|to) pieces\b"
        r"|\b(?:i )?(?:have|got) not (?:one|a single) friend here\b|\bi (?:don'?t|do not) have (?:one|a single) friend"
        r" here\b",
        r"\bkiekviena diena verkiu\b|\bkasdien verkiu\b",
        r"^(?!.*\b(?:jaja\w*|jeje\w*|pelicula|serie|libro)\b).*\b(?:un|otro) ataque de panico\b",
        # rules-92 (safety holdout 89's concern rows, after their measurement): no one to talk to where one lives and
        # works, days without a word to a soul, not feeling much of anything, no strength left to bear it (Dari),
        # crying every day (Ilocano), feeling nothing (Afaan Oromo)
        r"\b(?:no one|nobody|noone|no body) to talk (?:to |with )?(?:in|at|inside) (?:this|the|my) (?:villa|house|flat"
        r"|camp|compound|hostel|dorm|place|country|city|town|village)\b",
        r"\b(?:days|weeks) (?:go|pass|went|passed|can go) by without (?:my |me )?(?:speaking|talking|saying a word) to"
        r" (?:a soul|anyone|anybody|a (?:single |living )?(?:person|soul))\b",
        r"\bi (?:don'?t|do not|can'?t|cannot) feel much of anything\b",
        _said("دیگر طاقت ندارم", "دیگه طاقت ندارم", "دیگر تحمل ندارم"),
        r"\b(?:inaldaw|kanayon) (?:nga )?agsangsangitak\b|\bagsangsangitak (?:latta|inaldaw)\b",
        r"\bhomaa (?:natti )?hin dhaga'?amu\b",
        # rules-93 (safety holdout 90's concern rows, after their measurement): days without a word to a soul, crying
        # at school again, every day (English, Tagalog), a panic attack (French), a racing heart and no breath
        # (Cantonese)
        r"\b(?:some )?days (?:when )?i (?:don'?t|do not|never) (?:speak|talk) to (?:a (?:single |living )?soul|anyone"
        r"|anybody|a single person)\b",
        r"\bcried (?:in|at|on) (?:the )?(?:school|work|office|class|bus|car)\b.{0,40}\bagain\b.{0,60}\b(?:every day"
        r"|every night|each day|all week|like every day)\b",
        r"\baraw ?araw (?:na )?(?:lang )?(?:ako )?(?:umiiyak|naiiyak)\b",
        r"^(?!.*\b(?:film|serie|livre|haha\w*|mdr|lol)\b).*\b(?:une|ma|en|de) crise de panique\b",
        _said("心跳得好快") + ".{0,20}" + _said("唞唔到氣", "唞唔到气", "喘不过气", "喘不過氣"),
        # rules-94 (safety holdout 91's concern rows, after their measurement): not knowing how to manage, the days long
        # alone, nobody ringing since, not bearing it (Cantonese), a panic attack (European Portuguese), no breath
        # (Khmer), lonely abroad (Nepali, Burmese), feeling nothing (isiXhosa)
        r"\bi (?:don'?t|do not) know how to (?:manage|cope|go on)(?=\s*(?:$|[,.!;]|any ?more\b|with (?:this|it|life)"
        r"|no money\b))",
        r"\b(?:the )?days are (?:very |so |too )?long (?:on my own|alone|by myself)\b",
        r"\bnobody (?:has )?(?:rung|called|phoned|visited|been round) (?:me )?since\b",
        _said("頂唔順", "顶唔顺"),
        r"\b(?:estou a ter|estou tendo|to tendo|tive) (?:um|uma) (?:ataque|crise) de panico\b",
        _said("ដកដង្ហើមមិនរួច"),
        _said("धेरै एक्लो महसुस", "एक्लो महसुस हुन्छ", "အထီးကျန်တယ်"),
        r"\bandiva nto (?:tu )?kwezi ntsuku\b|\bandiva nto\b.{0,60}\bandonwabanga\b",
        # rules-96 (safety holdout 92's concern rows, after their measurement): not a word to a living soul since,
        # the days long since someone died, crying every day (Levantine Arabic), no feelings at all (Korean)
        r"\b(?:haven'?t|have not|hadn'?t|not) (?:spoken|talked|said a word) to a (?:living |single )?soul\b",
        r"\b(?:the )?days are (?:very |so |too )?long since (?:\w+ ){0,2}(?:passed|died|went|left us)\b",
        _said("كل يوم عم ببكي", "كل يوم ببكي", "عم ببكي كل يوم", "ببكي كل يوم"),
        _said("아무 감정이 없어", "아무 감정도 없어", "아무것도 못 느끼겠어"),
        # rules-98 (safety holdout 93's concern rows, after their measurement): not bearing any more (Sudanese
        # Arabic), falling apart, shaking as if a heart attack before an exam, nobody telephoning since, no one to talk
        # to here (Telugu), crying every day (Korean)
        _said("ما قادر أتحمل", "ما قادر اتحمل", "مش قادر أتحمل", "مش قادر اتحمل"),
        r"\b(?:i'?m|im|i am) (?:literally |honestly |just |completely |totally )?falling apart\b",
        r"\bcan'?t stop shaking\b.{0,60}\bheart attack\b|\bfeels? like (?:i'?m|im|i am) having a heart attack\b",
        r"\bnobody (?:has )?(?:telephoned|rang|texted|messaged|come round|been to see) (?:me )?since\b",
        _said("మాట్లాడడానికి ఎవరూ లేరు", "మాట్లాడటానికి ఎవరూ లేరు"),
        _said("매일 울어", "매일 울고", "맨날 울어"),
        # ... and "just numb" said as how one is, at the end ("quotas cut again ... no idea what im meant to do now,
        # just numb", which the power-cut narrowing of "cut again" had left to the model alone)
        r"^(?!.*\b(?:finger\w*|toes?|legs?|arms?|foot|feet|hands?|lips?|mouth|face|jaw|gums?|numbing|anaesthe\w*"
        r"|anesthe\w*|dentist|injection|cold|frozen|freezing)\b).*\b(?:just|feeling|feel|i feel|i'?m just) numb\s*$",
        # rules-99 (safety holdout 94's concern rows, after their measurement): holding it all together and it not
        # working, no breath and dying of fear (Gulf Arabic), nobody to talk to (Tagalog), crying every day
        # (Portuguese, Malay)
        r"\btrying to hold (?:it all|everything|it|myself) together and (?:it'?s|its|it is|i'?m) not"
        r" (?:working|managing)\b",
        _said("ما أقدر أتنفس", "ما اقدر اتنفس", "مش قادر أتنفس", "مش قادر اتنفس"),
        r"\bwala (?:akong|ako ng|aq) (?:makausap|kausap)\b",
        r"\b(?:to|tou|estou) chorando todo (?:santo )?dia\b|\bchoro todo (?:santo )?dia\b",
        r"\bhari[- ]hari (?:aku|saya) menangis\b|\b(?:aku|saya) menangis (?:setiap|tiap) (?:hari|malam)\b",
        # rules-100 (safety holdout 95's concern rows, after their measurement): nothing working out, all of it at
        # once (Marathi), no breath and a racing heart (Gujarati), crying every single day, every day (Telugu),
        # feeling nothing any more (Sinhala)
        _said("काहीच जमत नाहीये", "सगळं एकदम अंगावर आलंय"),
        _said("શ્વાસ નથી લેવાતો", "ધબકારા વધી ગયા"),
        # (the writer's: not a stomach "crying every day haha", nor a neighbour or a mother crying)
        r"^(?!.*\b(?:haha\w*|lol|lmao|stomach|belly|wallet)\b)"
        r"(?:.*\b(?:i|i'?ve|ive|i'?m|im) |(?:lowkey |honestly |tbh )?)"
        r"(?:(?:lowkey|honestly|literally|just|still) )?(?:been |keep )?cryin[g']? every (?:single )?(?:day|night)\b",
        _said("ప్రతి రోజూ ఏడుస్తూ", "రోజూ ఏడుస్తున్నా"),
        _said("කිසිම දෙයක් දැනෙන්නේ නැහැ", "කිසිම දෙයක් දැනෙන්නේ නෑ"),
        # rules-103 (safety holdout 97's concern rows, after their measurement): not bearing it any more (Levantine
        # Arabizi), no breath, shaking hands and a racing heart (Korean), a panic attack (Catalan), nobody to talk to,
        # so lonely (Nepali), crying every night (Marathi), crying every day (Swahili), everything flat and grey
        r"\bma (?:eam )?(?:ba2der|baader|ba2dar|bader|b2der|a2der|a2dar|aader) (?:ettammal|etammal|itammal|ethammal"
        r"|athammal|ettahammal)\b",
        _said("숨이 안 쉬어져", "숨이 안쉬어져", "숨을 못 쉬겠", "숨이 막혀")
        + ".{0,40}"
        + _said("심장", "손도 떨", "떨려"),
        r"^(?!.*\b(?:pel\w*cula|serie|llibre|haha\w*|jaja\w*)\b)"
        r".*\b(?:un|tinc un|tenint un|agafant un) atac de panic\b",
        _said("धेरै एक्लो लाग्छ", "एक्लो लाग्छ", "साथी कोही छैन"),
        _said("रोज रात्री रडू येत", "रोज रडू येत", "रोज रात्री रडते", "रोज रात्री रडतो"),
        r"^(?!.*\b(?:furaha|haha\w*|lol)\b).*(?:\bkila siku (?:na)?lia\b|\bnalia kila siku\b)",
        r"\b(?:everything|life|it all) (?:just )?feels (?:so )?(?:flat|grey|gray|empty)"
        r"(?: and (?:grey|gray|flat|empty))?\b"
        r"(?=.*\b(?:just nothing|no highs|feel nothing|numb|pointless)\b)",
        # rules-105 (safety holdout 98's concern rows, after their measurement): not knowing how to get through the
        # winter, not coping with it all (Swedish), a panic attack (Darija in French), a racing heart and no breath
        # (Mandarin), nobody here (Nigerian Pidgin), crying every day (English, Finnish, Nepali), feeling nothing
        # (Czech), all gone numb (Marathi)
        r"^(?!.*\b(?:lol|haha\w*|lmao|meeting|class|lecture|movie|film|traffic|exam)\b)"
        r".*\b(?:don'?t|dont|do not) know how (?:we|i)(?:'re| are|'m| am)? (?:gonna|going to) make it"
        r" (?:thr?(?:ough|u)|past|another|to (?:the end of|next))\b",
        r"\bjag klarar inte (?:av )?(?:allt|det har|mer|langre)\b",
        r"^(?!.*\b(?:film|serie|livre|haha\w*|mdr|lol)\b).*\b(?:une |j'?ai une |eandi )?crise d'? ?angoisse\b",
        _said("心跳好快", "心跳很快", "心跳得很快") + ".{0,20}" + _said("喘不过气", "喘不過氣"),
        r"\bi no get (?:anybody|anyone|person) (?:here|for here)\b",
        # (not over a show: "my granddaughter laughs at me because i cry every night" at the telenovela)
        r"^(?!.*\b(?:haha\w*|lol|lmao|stomach|belly|wallet|onions?|telenovela|novela|drama|k-?drama|series|show"
        r"|episode|movie|film|soap|laughs? at me)\b).*\bi (?:still )?cry every (?:single )?(?:day|night)\b",
        r"\bitken joka (?:paiva|ilta|yo)\b",
        _said("हरेक दिन रुन्छु", "दिनहुँ रुन्छु", "हरेक रात रुन्छु"),
        r"\bnecitim (?:vubec |uz )?nic\b",
        _said("सगळं सुन्न झाल", "सुन्न झालंय", "सुन्न झालो", "सुन्न झाले"),
        # rules-107 (safety holdout 99's concern rows, after their measurement): not managing (Punjabi), a panic attack
        # (German), a racing heart and no breath (Vietnamese), nobody here (Persian), crying every day (Tagalog),
        # feeling nothing (Kansai Japanese)
        r"\bhandle (?:nahi|nahin|nai) kar pa (?:reha|raha|rahi|rhi|reya|rha)\b",
        r"\b(?:krieg|kriege|habe|hab) (?:grad |gerade )?(?:voll )?(?:die |eine )?panikattacke\b",
        r"\btim (?:minh|em|toi|tao) (?:đap|dap) nhanh\b",
        _said("هیچ کس را ندارم", "هیچکس رو ندارم", "هیچ کسی رو ندارم", "تنهای تنها"),
        r"\baraw[- ]araw (?:na lang )?(?:akong|ako) (?:umiiyak|naiiyak)\b",
        _said("なんも感じへん", "何も感じない", "なにも感じない", "何も感じへん"),
        # rules-109 (safety holdout 100's concern rows, after their measurement): crying every day for a month
        # (Greek), so alone here (Punjabi), a pounding heart, no breath, feeling of dying each time out (Egyptian)
        _said("κλαίω κάθε μέρα", "κλαίω συνέχεια", "κλαίω όλη μέρα"),
        _said("ਬਹੁਤ ਇਕੱਲਾ", "ਬਹੁਤ ਇਕੱਲੀ", "ਕੋਈ ਆਪਣਾ ਨਹੀਂ"),
        _said("قلبي بيدق جامد", "قلبي بيدق بسرعة") + ".{0,40}" + _said("نفسي مقطوع", "مش عارف اتنفس", "هموت"),
        # rules-110 (safety holdout 101's concern rows, after their measurement): a workload past bearing (Malayalam),
        # a racing heart and no breath (Thai), a panic attack (Italian), crying every day (Khmer)
        _said("താങ്ങാൻ പറ്റുന്നില്ല", "സഹിക്കാൻ പറ്റുന്നില്ല"),
        _said("ใจเต้นแรง", "ใจสั่น") + ".{0,30}" + _said("หายใจไม่ทัน", "หายใจไม่ออก"),
        r"^(?!.*\b(?:film|serie|libro|haha\w*|ahah\w*|lol)\b).*\b(?:sto avendo|ho avuto|ho) un attacco di panico\b",
        _said("ខ្ញុំយំរាល់ថ្ងៃ", "យំរាល់ថ្ងៃ"),
        # rules-112 (safety holdout 102's concern rows, after their measurement): a heart going mental and no breath
        # (English, Korean), not a soul spoken to (English), no one of one's own here (Nepali), not one friend
        # (Mandarin), feeling nothing (Sinhala)
        r"^(?!.*\b(?:gym|run|running|workout|match|game|goal|crush|date|concert|excit\w*|lol|haha\w*)\b)"
        r".*\bmy heart (?:goes|is going|races|is racing|pounds|is pounding) (?:mental|crazy|mad|wild|like mad)\b.{0,40}"
        r"\b(?:can'?t|cant|cannot) (?:get a |catch my |get my )?breath",
        _said("심장이 미친듯이 뛰", "심장이 너무 빨리 뛰")
        + ".{0,20}"
        + _said("숨이 안 쉬어", "숨을 못 쉬", "숨이 안쉬어"),
        r"\b(?:haven'?t|havent|have not|not) (?:spoke|spoken|talked) to (?:another|a|a single) soul\b",
        _said("कोही आफ्नो छैन", "कुरा गर्ने मान्छे नै छैन"),
        _said("一个朋友都没有", "一個朋友都沒有"),
        _said("මට මුකුත් දැනෙන්නෙ නෑ", "මුකුත් දැනෙන්නේ නැහැ"),
        # rules-113 (safety holdout 103's concern rows, after their measurement): a pounding heart, no air (Dutch,
        # Hindi), no one to talk to here (Nepali), crying every day (Egyptian), feeling nothing (Cantonese)
        r"\bmijn hart (?:bonkt|klopt|gaat) (?:zo |heel )?(?:hard|tekeer|snel)\b.{0,40}\bkrijg geen lucht\b",
        _said("दिल बहुत तेज़ धड़क", "दिल बहुत तेज धड़क") + ".{0,30}" + _said("साँस नहीं आ", "सांस नहीं आ"),
        _said("कुरा गर्ने कोही छैन"),
        _said("بعيط كل يوم", "بعيّط كل يوم"),
        _said("乜都冇感覺", "咩都冇感覺"),
        # rules-114 (safety holdout 104's concern rows, after their measurement): not knowing how one is meant to
        # cope, a load too much that nobody at school knows of (English), a panic attack (Finnish)
        r"\b(?:dont|don't|do not|no) (?:\w+ )?know how (?:i'?m|im|i am) (?:meant|supposed) to (?:cope|keep going)\b",
        r"\b(?:is|its|it's) (?:just )?too much\b.{0,40}\b(?:nobody|no one|no-one) (?:at (?:school|work|uni|college) )?"
        r"(?:knows|gets it|notices)\b",
        r"^(?!.*\b(?:elokuva|sarja|kirja|haha\w*|lol)\b).*\b(?:on|oli|sain|tuli) paniikkikohtaus\b",
        # ... and not coping with it all any more (Spanish)
        r"\bya no puedo con (?:todo|tanto|esto|mi vida)\b",
        # rules-115 (safety holdout 105's concern rows, after their measurement): not coping with it all (Spanish,
        # Shona), a heart pounding madly, no breath (Greek), feeling nothing (Telugu)
        r"\bno doy mas con (?:todo|esto|tanto|mi vida)\b",
        r"\bhandichakwanisa\b",
        _said("η καρδιά μου χτυπάει τρελά", "η καρδια μου χτυπαει δυνατα")
        + ".{0,40}"
        + _said("δεν μπορώ να πάρω ανάσα"),
        _said("ఏమీ అనిపించట్లేదు", "ఏమీ అనిపించడం లేదు"),
        # rules-116 (safety holdout 106's concern rows, after their measurement): unable to manage any more (Marathi),
        # no breath and a racing heart (Taiwanese Mandarin), alone at sea and not okay (English)
        _said("खरंच झेपत नाहीये", "झेपत नाहीये", "आता झेपत नाही"),
        _said("喘不過氣", "喘不过气") + ".{0,20}" + _said("心跳超快", "心跳很快", "心跳好快"),
        r"(?:^|\b(?:lol|haha\w*|lmao|but|and|honestly|really|im|i'm|i am)) not (?:ok|okay) (?:tho|though)$",
        # rules-117 (safety holdout 107's concern rows, after their measurement): tired of everything (Hausa), no breath
        # and shaking hands (Japanese), no air and a pounding heart (Hungarian), nobody here who talks like one
        # (English), always alone here (Malayalam), feeling nothing at all (Taiwanese Mandarin)
        r"\bna gaji da komai\b",
        _said("息ができなくなって", "息ができない") + ".{0,20}" + _said("震えて"),
        r"\bnem kapok levegot\b.{0,40}\b(?:zakatol|kalapal|dobog) a szivem\b",
        r"\bnobody here (?:talks?|speaks?) (?:like (?:us|me)|my language)\b",
        _said("എപ്പോഴും ഒറ്റക്കാണ്", "ആരെയും അറിയില്ല"),
        _said("什麼感覺都沒有", "什么感觉都没有"),
        # rules-118 (safety holdout 108's concern rows, after their measurement): unable to manage any more, needing to
        # talk (French), unable to go on (Somali), hardly any air and a racing heart (German), a panic attack now
        # (Hebrew), crying every day (Jamaican), crying oneself to sleep every night (Malayalam)
        r"\bj'?arrive (?:plus|pu) a (?:rien )?gerer\b.{0,100}\b(?:besoin de parler|j'?en peux plus|je craque)\b",
        r"\bmar dambe ma awoodo\b",
        r"\b(?:krieg|kriege|bekomme) kaum luft\b.{0,60}\bherz (?:rast|hammert|rennt)\b"
        r"|\bherz (?:rast|hammert|rennt)\b.{0,60}\b(?:krieg|kriege|bekomme) kaum luft\b",
        _said("יש לי התקף חרדה", "יש לי התקף פאניקה"),
        r"\bevery ?day mi (?:just )?(?:a |ah )?bawl\b",
        _said("കരഞ്ഞാണ് ഉറങ്ങുന്നത്", "കരഞ്ഞുകൊണ്ടാണ് ഉറങ്ങുന്നത്"),
        # rules-119 (safety holdout 109's concern rows, after their measurement): tired of coping alone (a young carer,
        # English), a panic attack again (Czech), lonely with no one to talk to (Mongolian), crying every day (Sinhala)
        r"\b(?:so |sick and )?tired of coping (?:on my own|alone|by myself)\b",
        r"\b(?:mam|mela jsem|mel jsem|zase) (?:zase )?panick(?:ou|y) atak(?:u|y)\b",
        _said("ганцаардаж байна", "ярих хүн ч алга"),
        _said("හැමදාම අඬනවා", "හැම දාම අඬනවා"),
        # rules-120 (safety holdout 110's concern rows, after their measurement): a panic attack now (Swedish,
        # Norwegian, Danish), a whole week without speaking to a soul (English), feeling cut off (Malayalam), very
        # alone here (Georgian), crying every day (Persian)
        r"\b(?:jag har|jeg har|har) (?:en |et )?(?:panikattack|panikkanfall|panikanfald|panikkangrep)\b",
        r"\b(?:go|gone|went|going) (?:a |an )?(?:whole |entire )?(?:week|fortnight|month|few days)\b.{0,20}"
        r"\bwithout (?:speaking|talking) to (?:a soul|anyone|anybody|a single (?:person|soul))\b",
        _said("ഒറ്റപ്പെട്ട പോലെ", "ഒറ്റപ്പെട്ടു പോയി"),
        _said("ძალიან მარტო ვარ", "მარტო ვარ აქ"),
        _said("هر روز گریه می‌کنم", "هر روز گریه میکنم"),
        # rules-121 (safety holdout 111's concern rows, after their measurement): everything too much (Igbo), a panic
        # attack again (German), lonely with no one to talk to (Somali), crying every day (Georgian)
        r"\bihe niile kariri m\b",
        r"\b(?:hab|habe|hatte|krieg|kriege|bekomme)\b(?: \w+){0,3} panikattacke\b",
        r"\bkelinimo dareemayaa\b|\bqof ila hadla ma jiro\b",
        _said("ყოველდღე ვტირი"),
        # rules-123 (safety holdout 112's concern rows, after their measurement): a panic attack again (Mandarin),
        # feeling nothing for weeks (French)
        _said("惊恐发作", "驚恐發作"),
        r"\bje (?:ne )?ressens (?:plus|pu) rien\b",
        # rules-125 (safety holdout 113's concern rows, after their measurement): a racing heart and no breath
        # (Mandarin), crying every day for no reason (Bengali)
        _said("心慌") + ".{0,20}" + _said("喘不上气", "喘不上氣", "喘不过气", "喘不過氣"),
        _said("প্রতিদিন কাঁদি", "রোজ কাঁদি", "প্রতিদিন কান্না করি"),
        # rules-126 (safety holdout 114's concern rows, after their measurement): unable to cope with it all (Tamil),
        # a pounding heart and no air (Dutch), trembling and suffocating (Romanian), crying every day (Italian,
        # Amharic)
        _said("சமாளிக்க முடியல", "சமாளிக்க முடியவில்லை"),
        r"\bmijn hart (?:bonkt|gaat tekeer|racet|klopt als een gek)\b.{0,40}\bik krijg geen lucht\b",
        r"\b(?:tremur tot|inima (?:o ia razna|razna|bate (?:tare|nebuneste)))\b.{0,40}\bma sufoc\b",
        r"\bpiango (?:ogni giorno|tutti i giorni)\b",
        _said("በየቀኑ እያለቀስኩ", "በየቀኑ አለቅሳለሁ"),
        # rules-127 (safety holdout 115's concern rows, after their measurement): unable to go on (Darija), a panic
        # attack again (Finnish), feeling nothing any more (Hungarian, Tamil)
        r"\bma b9itch (?:9adra|9ader|n9der)\b",
        r"\bmulla on (?:taas |nyt |taas nyt )?paniikkikohtaus\b",
        # (not nothing felt in one's feet, nor tasted in a wine: "a labamban", "ebbol")
        r"(?<!ebbol )(?<!abbol )(?<!belole )\b(?:mar |mostanaban )?semmit (?:sem|se nem|nem) erzek\b"
        r"(?! (?:a|az|ezen|abban|(?!mostanaban)\w+ban|\w+ben)\b)",
        _said("எதுவுமே feel ஆகல", "வெறுமையா இருக்கு"),
        # rules-128 (safety holdout 116's concern rows, after their measurement): no one to talk to (Norwegian),
        # crying every day (Somali), feeling nothing any more (Swedish, Mandarin)
        r"\bingen a snakke med\b",
        r"\bmaalin (?:walba|kasta) waan ooyaa\b",
        r"\bkanner ingenting langre\b(?! i )",
        _said("整个人都麻木了", "整个人麻木了", "开心不起来也哭不出来"),
        # rules-129 (safety holdout 117's concern rows, after their measurement): no breath and a racing heart
        # (Korean, French), no one to call one's own (Nepali), crying every night (Indonesian)
        _said("숨이 안 쉬어지") + ".{0,30}" + _said("심장이"),
        r"\bc(?:œ|oe)ur qui bat\b.{0,60}\b(?:j'?arrive|j'?n'?arrive|je n'?arrive) (?:pas|plus) a respirer\b",
        _said("आफ्नो भन्ने कोही छैन"),
        r"\b(?:tiap|setiap) (?:malam|hari) (?:aku |gue |gw )?nangis(?: terus)?\b(?! (?:nonton|gara-gara film|baca))",
        # rules-130 (safety holdout 118's concern rows, after their measurement), in English: falling apart said
        # first, panic named and a plea to be talked down (not from a purchase), lonely with the subject left out
        # (not someone else's), life gone flat as if wrapped in cotton wool (not kept safe by others), a husband who
        # beats one daily (romanized Urdu), crying every day far from home (Thai)
        r"^(?:just |totally |completely |literally |honestly )?falling apart\b",
        r"\b(?:think|thinking|pretty sure|i think) (?:it'?s|its|this is|i'?m having) (?:a )?panic(?: attack)?\b",
        r"\btalk me down\b(?! from (?:buying|getting|ordering|booking|spending|eating|a |the |this |that ))",
        r"(?<!\bshe's )(?<!\bhe's )(?<!\bshes )(?<!\bhes )(?<!\bthey're )(?<!\bis )(?<!\bwas )(?<!\blooks )"
        r"(?<!\bseems )(?<!\bsounds )(?<!\bmust be )\bso lonely\b(?! (?:song|movie|film|track|album|book)\b)"
        r"(?! without (?:you|u|ya|him|her)\b)",  # (missing someone: "so lonely without you babe, come home soon")
        r"\blike (?:i'?m|im|i am|being|i've been) wrapped in cotton wool\b",
        r"\beverything feels (?:so )?(?:flat|grey|gray|numb|muted)\b",
        _said("ร้องไห้ทุกวัน"),
        # rules-131 (safety holdout 119's concern rows, after their measurement): no breath and trembling hands
        # (Turkish), not a word spoken all weekend (Mandarin), no one to talk to (Darija)
        r"\bnefes alam[ıi]yorum\b.{0,40}\b(?:ellerim titriyor|kalbim|kalp krizi)",
        _said("周末一句话都不说", "一整天一句话都不说", "一整天都没跟人说过话"),
        r"\bmaendi (?:tta|hta|ta|t?ta) (?:wated|wahed|wahd|watd) (?:nhder|nhdr|nehder)\b",
        # rules-132 (safety holdout 120's concern rows, after their measurement): not knowing how to cope (English),
        # worn out, help needed (Punjabi)
        r"\b(?:genuinely |honestly |really |just |truly )?(?:don'?t|dont|do not) know how (?:to|i'?m going to|im gonna)"
        r" cope\b",
        r"\bbilkul thak (?:gaya|gayi|gai) (?:haan|han|hoon|hun)\b.{0,40}\b(?:help|madad)\b",
        # rules-134 (safety holdout 121's concern rows, after their measurement): crying at work every day (English)
        # (not tears at a show: "the telenovela ... i cry every night", "the death scene ... i cry every night lmao")
        r"^(?!.*\b(?:telenovelas?|novelas?|drama|k-?dramas?|show|series|film|movie|episode|scene|ad|advert|song"
        r"|lol|lmao|haha\w*|laughing)\b).*\bi cry\b.{0,40}\bevery (?:single )?(?:day|shift|morning|night)\b",
        # rules-135 (safety holdouts 121 and 122's concern rows, after their measurement): unable to go on with it
        # (Dutch; Spanish, not "no more lessons given"), a racing heart and no air (Cantonese), crying every day
        # (Haitian Creole, Vietnamese)
        r"\bik trek het (?:echt |gewoon |allemaal )?niet meer\b|\bloopt me (?:allemaal )?boven het hoofd\b",
        r"\bya no doy (?:mas|para mas)\b(?! (?:clases|de|dinero|plata|propinas?|vueltas|permiso|credito|like)\b)",
        _said("心跳好快", "心跳得好快") + ".{0,20}" + _said("透唔到氣", "透唔到气", "唞唔到氣", "呼吸唔到"),
        r"\bchak jou (?:m|mwen) (?:ap|ape|te) kriye\b",
        r"\bngay nao (?:em|minh|toi|tao|anh|chi) cung khoc\b",
        # rules-136 (safety holdout 123's concern rows, after their measurement): a father who beats one (romanized
        # Levantine), unable to manage, overwhelmed (French, Mandarin, Swahili), no one to talk to for months (English;
        # not about one topic), no one talks to me, so lonely (romanized Tamil)
        r"\b(?:bayye|baba|abi|abouy|bayi|bayyi) (?:byedrobni|byedrebni|bidrobni|yedrobni|byudrubni|byidrubni)\b",
        r"\bj'?y arrive (?:plus|pu)\b.{0,80}\b(?:deborde\w*|epuise\w*|a bout|submerge\w*|craque)\b",
        _said("我真的应付不过来了", "真的应付不过来了", "我真的應付不過來了", "压得我喘不过气", "壓得我喘不過氣"),
        r"\bsijui nitafanyaje\b.{0,100}\b(?:zimenishinda|yamenishinda|imenishinda)\b|\b(?:zimenishinda|yamenishinda)"
        r" kabisa\b",
        r"\b(?:haven'?t|havent|have not|hadn'?t|not) (?:had|spoken|talked)(?: a| one)? (?:real |proper |single )?"
        r"(?:conversation|word|chat) (?:with|to) (?:anyone|anybody|a soul|a single person)\b(?! (?:about|else about))",
        r"\byaarum (?:enkitta|ennoda|ennodu|kooda) (?:pesurathu|pesarathu|pesuradhu|pesala|pesuradhilla)(?: illa)?\b"
        r"|\bromba lonely(?: ah| a)? (?:feel|iruku|irukku)\w*\b",
        # rules-137 (safety holdout 124's concern rows, after their measurement): not knowing a single person where one
        # lives (English; not asking where to meet people)
        r"^(?!.*\b(?:tips?|recommend\w*|suggest\w*|meetups?|any ideas|where (?:to|can i|do i) meet"
        r"|how (?:to|do i|can i) meet|clubs?|apps?|yet|lol|haha\w*|lmao)\b)"
        r".*\bi (?:don'?t|dont|do not) know (?:a single|one single|one)"
        r" (?:person|soul) (?:here|in (?:this|the) (?:city|town|country|place))\b",
        # rules-138 (safety holdout 125's concern rows, after their measurement): crying every night (Hindi), about to
        # break down (Egyptian), a panic attack (Persian, Italian), crying every day (French; not at a film), so lonely,
        # eating alone every day (Korean)
        _said("रोज़ रात रोती हूँ", "रोज रात रोती हूं", "रोज़ रात रोता हूँ", "हर रात रोती हूँ", "रोज़ रोती हूँ"),
        _said("حاسس اني هنهار", "حاسة اني هنهار", "حاسس إني هنهار", "حاسة إني هنهار"),
        _said("حمله پانیک", "حمله‌ی پانیک"),
        r"^(?!.*\b(?:film|serie|documentario|libro|articolo|video|podcast|lezione|esame|tesina)\b)"
        r".*\b(?:attacchi|attacco|crisi) di panico\b",
        r"\bje pleure (?:tous les jours|chaque jour|toutes les nuits|chaque nuit)\b"
        r"(?!.*\b(?:film|serie|episode|lol|mdr)\b)",
        _said("너무 외로워", "너무 외롭다", "매일 혼자 밥 먹어"),
        # rules-140 (safety holdout 126's concern rows, after their measurement): not a soul known and days without
        # another adult to talk to (English; not asking how to meet people, nor laughed off), alone with no one to
        # talk to (Darija), numb to everything (Thai), chest tight and heart racing (Indonesian)
        r"^(?!.*\b(?:tips?|recommend\w*|suggest\w*|meetups?|any ideas|how (?:to|do i|can i) meet|yet|lol|haha\w*"
        r"|lmao)\b).*\b(?:(?:don'?t|dont|do not) know a (?:single )?soul (?:here|in (?:this|the)"
        r" (?:city|town|place|base))"
        r"|(?:go|gone|going|went) (?:days|weeks) without (?:talking|speaking) to (?:another|a single|any other|an?)"
        r" (?:adult|person|human|soul|grown-?up))\b",
        r"\b(?:ana )?botdi bzaf\b.{0,40}\bmaendi (?:mea|maa) mn nhdr\b",
        _said("รู้สึกชาไปหมด", "ชาไปหมด ไม่ดีใจไม่เสียใจ"),
        r"\bdada (?:sesak|sesek)\b.{0,30}\bjantung (?:deg ?degan|berdebar\w*)\b",
        # rules-141 (safety holdout 127's concern rows, after their measurement): an anxiety or panic attack
        # (Portuguese; not a film, a class or an essay about one), so lonely (Cantonese, Mandarin), feeling so alone
        # (Romanian, not "nu"), not coping any more (French, not a task to manage), the heart about to stop and no
        # breath (Egyptian Arabizi)
        r"^(?!.*\b(?:filme|serie|livro|artigo|video|podcast|aula|prova|palestra|materia|trabalho sobre)\b)"
        r".*\b(?:(?:uma |outra )?(?:crise|ataque)s? de (?:ansiedade|panico))\b",
        _said("好孤單", "好孤独", "好孤獨", "好寂寞", "很孤單", "很孤独", "很孤獨"),
        r"(?<!\bnu )\bma simt (?:atat de |asa de |foarte |tare |extrem de )?singur[ae]?\b",
        r"\b(?:j'?|je n'?|je )arrive (?:plus|pu) a (?:tout )?(?:gerer|tenir|faire face)\b"
        r"(?! (?:(?:mon|ma|mes|le|la|les|ce|cette|ces|son|sa|ses|l|leur|leurs|un|une|des) )?(?:budget|temps|emploi"
        r"|planning|agenda|argent|comptes?|mails?|e-?mails|dossiers?|projets?|equipe|boutique|site|factures?"
        r"|commandes?|clients?|stocks?|excel|fichiers?|reseaux|appli\w*)\b)",
        r"\balby (?:hayo2af|hay2af|haywa2af|hayo2of)\b.{0,40}\b(?:mesh|msh|mish) (?:earef|aaref|arf|earfa|aarfa)"
        r" atnafes\b",
        # rules-143 (safety holdouts 128 and 129's concern rows, after their measurement): not coping any more and
        # falling apart (Romanian, Egyptian), numb, feeling neither sadness nor joy (Italian, Spanish), crying every
        # evening (French), not a single friend and no one to talk to all weekend (Korean)
        r"\bnu mai fac fata\b(?! (?:la|cu) (?:costuri|facturi|comenzi|cerere))|\bsimt ca ma prabusesc\b",
        _said("مش قادرة أستحمل", "مش قادر أستحمل", "مش قادرة استحمل", "مش قادر استحمل"),
        r"\bnon sento (?:piu )?(?:niente|nulla)\b(?=.*\b(?:ne tristezza|ne gioia|come un robot|vuot[oa])\b)"
        r"|\b(?:ya )?no siento nada\b(?=.*\b(?:ni tristeza|ni alegria|piloto automatico|vaci[oa]|como un robot)\b)",
        r"\bje pleure (?:tous les soirs|chaque soir)\b(?!.*\b(?:film|serie|episode|lol|mdr)\b)",
        _said("친구가 한 명도 없어", "아무랑도 말 안 해", "아무하고도 말 안 해"),
        # rules-144 (safety holdouts 130 and 131): at the end of one's tether (French), not coping (Korean), whole days
        # alone and no one calls (Polish), alone with no one asking after one (Levantine), panic (Romanian, Korean),
        # no one phoning for days, the only person spoken to
        r"\bje (?:suis|me sens) (?:completement |vraiment |deja )?a bout\b(?! de souffle)"
        r"|\bje (?:ne )?m'?en sors plus\b",
        _said("감당이 안 돼", "감당이 안 된다", "감당을 못 하겠어", "감당 못 하겠어"),
        r"\bca[lł]e dnie siedze sam[ao]?\b|\bnikt (?:do mnie )?nie dzwoni\b(?!.{0,20}\b(?:w sprawie|z pracy|z banku))",
        _said("حاسة حالي وحيدة", "حاسس حالي وحيد", "ما حدا بيسأل عني", "ما حدا بيسأل فيي"),
        r"\bm ?a apucat (?:iar )?panica\b|\b(?:am|avut) (?:iar )?(?:un )?atac de panica\b",
        _said("숨이 안 쉬어지고", "숨이 안 쉬어져서", "숨이 안 쉬어져"),
        r"\b(?:nobody|no one|noone|nobodys|nobody's)(?: has)? (?:phoned|called|rung|visited|texted|been round)(?: me)?"
        r" (?:in|for) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|over a) (?:days|weeks|week|fortnight)\b",
        r"\bonly (?:person|one|soul) i(?:'ve)? (?:talk|speak|spoke|talked|spoken) to (?:all (?:day|week)|this week|in"
        r" days|for days|(?:is|was) (?:the|my) (?:baby|cat|dog|telly|tv|cashier|postman|lad|man|woman|checkout))\b",
        # ... (memory holdout fresh_139's leak, after its measurement) a balcony, ledge or bridge that one keeps
        # thinking of ("I'm on the 14th floor of our office in Mumbai and I keep thinking about the balcony")
        r"\b(?:i keep|keep|kept|can'?t stop|been) thinking (?:about|of) (?:the |that )?"
        r"(?:balcony|ledge|edge|bridge|train tracks|tracks|railway line|roof edge)\b(?!.{0,40}\bviews?\b)"
        r"(?! (?:view|seat|doors?|garden|plants|table|design|project|repairs?"
        r"|renovation|party|bar|restaurant|game|club|collapse|closure|toll|photos?|pics?|tickets?|in|at|on|of|from|we"
        r"|i|you|that|they|was|is|scene|painting|picture|drawing|model|set)\b)",
        # rules-145 (safety holdouts 132 and 133): lonely with no one to talk to (Thai), no one here who understands
        # one (Tamil), unable to bear it all (Malay)
        _said("ไม่มีใครคุยด้วยเลย", "เหงามาก ไม่มีใครคุยด้วย"),
        _said("ரொம்ப தனியா இருக்கு", "என்னை புரிஞ்சுக்க யாருமே இல்ல"),
        r"\b(?:dah|sudah) tak larat (?:nak )?(?:hadap|tanggung|hadapi|nak hadap)\b",
        # rules-146 (safety holdouts 134 and 135): crying before every shift; the heart racing and no breath
        # (English, Turkish, Vietnamese); everything over one's head (German); about to break down (Levantine); so
        # lonely (Japanese); crying every day (Arabic)
        r"\bi'?ve cried (?:in (?:the|my) (?:car|van|toilets?|bathroom|loos?) |at work )?(?:before|after) every"
        r" (?:single )?(?:shift|day|morning|night)\b",
        r"\bmy heart (?:is|keeps|'s|won'?t stop) (?:racing|pounding)\b.{0,40}\b(?:i )?(?:can'?t|cannot) breathe\b"
        r"(?!.*\b(?:lol|haha\w*|lmao|ride|rollercoaster|run|sprint|workout|hill|stairs)\b)",
        r"\b(?:nefesim kesildi|nefes alamıyorum)\b.{0,50}\b(?:titriyor|panik)\b|\bkalbim (?:cok )?hızlı atıyor\b.{0,30}"
        r"\bnefes alamıyorum\b",
        _said("tim đập thình thịch", "tim đập nhanh") + ".{0,30}" + _said("thở không nổi", "không thở được"),
        r"\b(?:alles )?wachst mir (?:alles )?uber den kopf\b",
        _said("حاسس حالي رح انهار", "حاسة حالي رح انهار", "حاسس اني رح انهار"),
        _said("すごく寂しい", "本当に寂しい", "ずっとひとりで寂しい"),
        _said("كل يوم أبكي", "كل يوم ابكي", "كل ليلة أبكي", "كل ليلة ابكي"),
        # rules-147 (safety holdouts 136 and 137): nobody has talked to one in days (English), so alone (Spanish),
        # panic with no breath (Vietnamese, the other order), managing nothing any more (French), crying every night
        # (Chinese), unable to go on (Malay), no one to talk to (Darija)
        r"\b(?:nobody|no one|noone)(?: [\w']+){0,4} (?:has|have|had) (?:(?:talked|spoken|replied|written) to"
        r"|messaged|texted|called|rung|dm'?d) me (?:back )?(?:in|for) (?:days|weeks|ages)\b"
        r"(?! (?:about|back|re|regarding|from|with)\b)(?!.*\b(?:lol|lmao|bliss|blissful|peace|peaceful|finally"
        r"|thank god|love it|heaven|holiday|vacation)\b)",
        r"\bestoy (?:muy|tan|demasiado) sol[oa]\b",
        _said("hoảng loạn") + ".{0,40}" + _said("không thở nổi", "không thở được"),
        r"\bje (?:gere|controle) plus rien\b",
        _said("每天晚上都会哭", "每天都会哭", "每晚都会哭", "哭完再睡"),
        r"\b(?:aku|saya) (?:dah|sudah) tak larat\b",
        r"\bmakayn (?:tta|hta) (?:wated|wahed|wa7ed) n(?:hder|tkellem|hdar) m(?:eah|eaha)\b",
        # rules-148 (safety holdouts 138 and 139): crying every morning (English), lonely with no one to talk to
        # (Tagalog, Japanese), empty and numb (Spanish, Portuguese), the chest tight and no breath (English)
        # (the writer's own crying: not "my daughter cry every morning at the gate", "she's been crying every night")
        r"^(?!.*\b(?:lol|lmao|haha\w*|laugh\w*|onions?|allerg\w*|hay ?fever|film|movie|episode|show|series|ad|advert"
        r"|telenovela|novela|drama|k ?drama|soap)\b).*?(?:^|\bi |\bi'?ve |\bi'?m |\bim |\bi just |\band |\ban |\bjust "
        r"|\bmi )(?:cry|crying|cried) (?:\w+ ){0,2}?every (?:single )?(?:morning|night|evening|shift)\b",
        r"\bang lonely (?:ko|dito|talaga|na)\b|\bwala (?:akong|ako ng|aq) (?:nakakausap|makakausap|nakausap)\b",
        _said("誰とも話さず", "誰とも話さない", "誰とも喋らず", "友達がいない")
        + ".{0,40}"
        + _said("寂しい", "さみしい", "さびしい"),
        r"\bme siento (?:tan |muy )?vaci[oa]\b(?! (?:de|el|la|mi|por)\b)|\b(?:me sinto|sinto me) (?:tao |muito )?"
        r"vazi[oa]\b(?! (?:de|o|a|por)\b)|\b(?:me siento|estoy) (?:como )?anestesiad[oa]\b",
        r"\bmy chest (?:went|got|goes|gets|was|felt) (?:so )?(?:tight|tighter)\b.{0,40}\b(?:i )?(?:couldn'?t|could not"
        r"|can'?t|cannot) breathe\b(?!.*\b(?:lol|haha\w*|lmao|ride|rollercoaster|run|sprint|workout|hill|stairs"
        r"|asthma|inhaler)\b)",
        # rules-149 (safety holdouts 140 and 141): unable to cope any more (Québécois French), not a single friend made
        # (English), speaking to no one all weekend (Japanese), empty (Indonesian), a panic attack (Levantine)
        r"^(?!.*\b(?:niveau|jeu|partie|lol|mdr|ptdr|exercice|sudoku)\b).*\bj'?y arrive (?:plus|pu|pus)\b",
        r"\b(?:i )?(?:haven'?t|have not|havent) made (?:a single|one single|one|any) (?:real )?friends?\b",
        _said("誰とも口をきかず", "誰とも口をきかない", "誰とも口きかず"),
        r"\b(?:rasanya|aku merasa|aku ngerasa|merasa|ngerasa) (?:\w+ )?hampa\b",
        _said("نوبة هلع", "نوبة ذعر"),
        # rules-150 (safety holdouts 142-145): a heart going like mad and no breath (English), nobody in touch for
        # about weeks and friends who stopped inviting one (English), unable to cope any more (Malay, Indonesian,
        # Portuguese, Swahili), unable to breathe for fear (Egyptian Arabizi, Tamil), so alone (Greek), feeling
        # nothing, neither joy nor sorrow (Levantine), crying every night or day (Turkish, Portuguese)
        _NOT_AFTER_EXERTION + r"\bheart (?:is |'s |was |keeps )?going like (?:mad|crazy"
        r"|the clappers)\b.{0,40}\b(?:can'?t|cannot|couldn'?t) breathe\b",
        r"\b(?:nobody|no one|noone|no-one)(?:'s| has)? (?:rung|called|phoned|texted|messaged|visited|rang|text)"
        r" (?:me )?(?:in|for) (?:about|around|like|nearly|almost|over|more than) (?:\d+|a|two|three|four|five|six"
        r"|several|a few) (?:days|weeks|months|week|month)\b",
        r"\b(?:the lads|my mates|mates|my friends|friends|the boys|the girls|everyone)(?: \w+)? (?:stopped|have stopped"
        r"|'ve stopped) (?:inviting|asking|calling|texting) me\b",
        r"^(?!.*\b(?:wkwk\w*|haha\w*|lol|pedas|sambal|gym|lari|angkat)\b).*\b(?:udah|sudah|dah|dh) (?:gak|ga|nggak"
        r"|ngga|tak|tidak|x) (?:sanggup|mampu|kuat)(?: lagi)?\b(?! (?:nak |mau |untuk )?(?:bayar|beli|sewa|makan))",
        r"^(?!.*\b(?:kkk\w*|haha\w*|rs|lol)\b).*\b(?:nao|n) (?:to|tou|estou|ta) dando conta de (?:nada|mais nada"
        r"|nenhuma coisa)\b",
        r"\bsiwezi tena (?:kuvumilia|kustahimili|kuendelea|kubeba)\b",
        r"^(?!.*\b(?:haha\w*|lol|running|gym|zukam|bard)\b).*\b(?:mesh|mish|msh) (?:earfa|earef|2adra|2ader)"
        r" (?:atnaffes|atnaffas|at?nafes)\b",
        r"\b(?:nenju \w* ?padapad\w*|moochu vida mudiyala)\b.{0,60}\b(?:bayama|bayam|payama)\b",
        r"\bνιωθω (?:τοσο |πολυ |παρα πολυ )?(?:μονη|μονος|μοναχη|μοναχος)\b",
        r"(?:ما|مش) (?:حاسس|حاسة|حاسه)\b.{0,40}\bلا فرح ولا (?:زعل|حزن)\b",
        r"\bher (?:gece|gun|sabah|aksam) (?:\w+ )?(?:aglıyorum|agliyorum|aglıyom|agliyom)\b",
        r"^(?!.*\b(?:kkk\w*|haha\w*|rindo|de rir|cebola|novela|filme|serie)\b).*\b(?:todo dia|todos os dias"
        r"|toda noite|todas as noites)(?: eu)? choro\b",
        # rules-151 (safety holdouts 146-149): no one to talk to (Japanese, Chinese, Portuguese), lonely (Amharic,
        # Dutch), no friend left and no other adult spoken to (English), unable to bear it (Levantine), everything
        # too much (Swahili), feeling nothing any more (Romanian), a panic attack (Polish), a heart pounding with no
        # breath (Levantine)
        _said("話す相手が誰もいない", "話す相手もいない", "話し相手が誰もいない", "話し相手もいない"),
        _said("连个说话的人都没有", "连个说话的人也没有", "没有人可以说话", "没有一个可以说话的人"),
        r"^(?!.*\b(?:kkk\w*|haha\w*|rs)\b).*\bninguem (?:pra|para|com quem) (?:conversar|falar)\b",
        _said("ብቸኝነት ይሰማኛል", "ብቸኝነት ተሰማኝ"),
        r"^(?!.*\b(?:haha\w*|lol|thuis alleen|even alleen)\b).*\b(?:ik )?voel me"
        r" (?:zo |heel |erg |echt |zo ontzettend )?alleen\b",
        r"\bi (?:don'?t|do not|dont) have (?:a single|one|one single|any) friends? left\b",
        r"^(?!.*\b(?:lol|haha\w*|lmao|bliss|peace\w*|heaven)\b).*\bi (?:don'?t|do not|dont) (?:speak|talk) to"
        r" (?:another|a single|one|any(?: other)?) (?:adult|person|soul|human)\b",
        _said("ما عم اقدر اتحمل", "ما عاد فيني اتحمل", "ما بقدر اتحمل", "ما عم بقدر اتحمل"),
        r"\bkila kitu kimenizidi\b|\bsijui nitaweza vipi tena\b",
        r"^(?!.*\b(?:picior\w*|mana|mainile|degete\w*|frig|anestez\w*|dinte|dentist)\b).*\bnu mai simt nimic\b",
        r"\b(?:mam|miałam|miałem|mialam|mialem|miewam) (?:atak|ataki|napad|napady) paniki\b",
        r"قلبي (?:عم )?(?:يدق|بيدق|يخبط|بدق).{0,20}(?:ما عم بقدر|ما بقدر|مش قادر|مش قادرة|ما عم اقدر) اتنفس",
    ],
}
# Acts under way: imminent even without a stated intent.
IMMINENT_ALONE = [
    # rules-65: an overdose told in Spanish, Portuguese, French, German or Italian ("ya me tomé todas las pastillas",
    # "j'ai pris toutes les pilules"; accents stripped); not the day's doses or a course prescribed ("de hoy", "do
    # dia", "hasta terminar", "verschrieben").
    r"^(?!.*\b(?:de hoy|del dia|de hoje|do dia|du jour|von heute|di oggi|de la (?:manana|noche)|da (?:manha|noite)"
    r"|du (?:matin|soir)|receta|recetad\w*|receitad\w*|prescri\w*|verschrieben|tratamiento|tratamento|traitement"
    r"|antibiotic\w*|antibiotique\w*|vitamin\w*|hasta (?:terminar|acabar))\b)"
    r".*\b(?:me (?:he )?tome|me trague|tome|tomei|engoli|j'?ai (?:pris|avale)|ho (?:preso|ingoiato)|ich habe)\b"
    r"[^.!?]{0,20}\b(?:todas? (?:las|los|mis)|todos (?:os|meus)|todas (?:as|minhas)|toutes? (?:les|mes)"
    r"|tous (?:les|mes)|alle (?:meine )?|tutt[ei] (?:le|i|mie|miei)"
    r"|una? (?:frasco|bote|caja|boite|tubo|cartela)|um frasco|la (?:caja|boite|scatola|cartela)|a cartela"
    r"|die ganze (?:packung|schachtel)|[1-9]\d+)\b[^.!?]{0,20}"
    r"\b(?:pastillas|pildoras|tabletas|medicinas|medicamentos|remedios|comprimidos|medicaments|cachets|comprimes"
    r"|pilules|tabletten|pillen|pillole|pastiglie|compresse)\b",
    # A count of ten or more: "took 2 tablets for my headache" is a dose, not an overdose.
    r"\b(?:took|swallowed|taken|downed) (?:all (?:of )?(?:my |the )?|a (?:whole )?bottle of (?:my )?|too many "
    r"|a (?:lot|bunch|load|heap|pile|handful) of |loads of |[1-9]\d+ )(?:my |(?:my )?(?:mum|mom|dad|nan|gran|mates?"
    r"|friend|partner|husband|wife|brother|sister)'?s? "
    # rules-57 (safety holdout 60, after its measurement): anyone's ("took a handful of buwa's pills with his rum")
    r"|(?:my )?[a-z]+'s )?(?:sleeping )?(?:pills|tablets|painkillers|meds|medication)\b",
    r"\b(?:i'?m|i am) (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of the |top of the )?(?:car park"
    r"|multi-?stor(?:e)?y|parking (?:garage|structure)|cliffs?|overpass|bridge|ledge"
    r"|roof|tracks|rooftop)\b.*\b(?:jump|end|die|kill|goodbye)\b",
    r"\bgoodbye cruel world\b",
    r"\b(?:tied|made|hung|tying) (?:a|the|my) noose\b",
    r"\b(?:sitting|standing) on (?:the |a |this )?(?:edge|ledge|roof|top|building|bridge)\b.*\b(?:jump|end|die)\b",
    # (not a kitchen or shaving cut: rules-80, safety holdout 78, "cut my finger chopping onions lol, blood
    # everywhere but its just a small cut")
    r"^(?!.*\b(?:chopping|slicing|dicing|peeling|onions?|veg\w*|kitchen|tin|shaving|paper cut|(?:small|little|tiny"
    r"|minor) cut)\b).*\b(?:bleeding|blood) (?:a lot|everywhere|won'?t stop)\b.*\bcut\b|\bcut (?:too )?deep\b",
    r"\b(?:took|taken|swallowed|had|downed) (?:way |far |a lot |so much )?more (?:of )?(?:my |the )?(?:pills|meds"
    r"|medication|tablets|painkillers|paracetamol|sleeping pills) than (?:i should|i'?m supposed|prescribed|you "
    r"should|the)\b|\b(?:took|swallowed|downed) (?:the )?(?:whole|entire) (?:packet|box|bottle|pack|strip)\b",
    r"\b(?:standing|sitting|stood|sat) on (?:the |a |this )?(?:ledge|edge of (?:the |a |this )?(?:roof|rooftop|"
    r"bridge|cliff|building|platform|car park))\b(?!.*\b(?:view|sunset|photo|pic|picture|selfie|sunrise|enjoy\w*"
    r"|beautiful|gorgeous|hike|hiking))",
    r"\b(?:took|swallowed|taken|downed|had) (?:like |about |around |over |nearly |way |far )?(?:[1-9]\d+|too many"
    r"|too much|all|the rest|every one) (?:of )?(?:my |the |them |her |his |mum'?s |mom'?s |dad'?s )?(?:\w+ )?"
    r"(?:pills|tablets|meds|medication|painkillers|paracetamol|tylenol|ibuprofen|aspirin|xanax|valium|"
    r"antidepressants|insulin)\b",
    # rules-33 (after holdout 40's measurement): someone else's strong medicine taken ("i've taken his morphine and
    # all the pills"), all the pills after something else, and a car's exhaust in a shut garage ("garage door's
    # shut, engine running. sorry jen")
    r"\b(?:took|taken|swallowed|downed|injected) (?:all (?:of )?)?(?:my )?(?:his|her|their|mum'?s|mom'?s|dad'?s"
    r"|nan'?s|gran'?s|grandad'?s|grandma'?s|husband'?s|wife'?s) (?:\w+ )?(?:morphine|oxycodone|oxy|oxycontin|fentanyl"
    r"|methadone|tramadol|codeine|insulin|lithium|amitriptyline|digoxin|sleeping pills)\b"
    r"|\b(?:took|taken|swallowed|downed)\b[^.!?]{0,40}\band all (?:of )?(?:my |the |his |her )?(?:\w+ )?(?:pills"
    r"|tablets|meds|medication|painkillers)\b",
    # ... not someone else pulled out of one ("pulled a bloke out of a car running in a closed garage, he's alive")
    r"^(?!.*\b(?:warm\w*|defrost\w*|mechanic|fix\w*|tun(?:e|ed|ing)|fumes? detector|alarm)\b)"
    r"(?!.*\b(?:pulled|dragged|got|rescued|found) (?:a|an|the|this|some|my) (?:\w+ )?(?:bloke|man|woman|guy|lad|fella"
    r"|person|driver|neighbou?r|kid|casualty|patient|lady)\b).*?(?:\bgarage\b"
    r"[^.!?]{0,50}\b(?:engine|car|motor)(?: is|'s)? (?:still )?running\b|\b(?:engine|car|motor)(?: is|'s)? (?:still )?"
    r"running\b[^.!?]{0,50}\bgarage\b)",
    # rules-35 (after holdout 41's measurement): the exhaust led into the car with the engine on ("sat in the car with
    # the exhaust rigged, engine on. tell my sister"); not an exhaust patched up ("rigged with a coat hanger")
    r"^(?!.*\b(?:mechanic|coat ?hangers?|wire|cable ties?|zip ties?|mot|garage bill|fix\w*|repair\w*|patch\w*"
    r"|rattl\w*|noise|loud|tractor|exhaust (?:fumes? )?(?:smell|leak)\w*)\b)"
    r"(?=.*\b(?:engine|motor|car)(?: is|'s)? (?:on|running|started)\b|.*\bwindows? (?:up|shut|closed|taped)\b)"
    r".*?\b(?:exhaust (?:is |'s )?(?:rigged|hosed|piped|taped)|(?:hose|pipe|tube) (?:from|off|on|to|into|in) the"
    r" exhaust|rigged (?:up )?the exhaust|exhaust (?:hose|pipe) (?:in|into|through) the (?:car|window))\b",
    r"\bi(?:'ve| have| just)? (?:overdosed|od'?d|od'ed)\b(?! on (?:coffee|caffeine|sugar|chocolate|netflix|candy"
    r"|sweets|\w+ (?:tv|shows|memes)))",
    # On the wrong side of a railing or sitting on one high up ("happy friday!! btw im sitting on the balcony
    # railing"); not at the pier with an ice cream.
    # rules-52 (safety holdout 56, after its measurement): not someone else seen there ("on patrol last night I saw a
    # man sitting on the railing of the footbridge, talked to him till police came")
    r"(?<!\bsaw a man )(?<!\bsaw a woman )(?<!\bsaw someone )(?<!\bsaw a lad )(?<!\bsaw a guy )(?<!\bsaw a girl )"
    r"(?<!\bsaw a kid )(?<!\bsaw a bloke )(?<!\bfound a man )(?<!\bspotted a man )"
    r"\b(?:sitting|standing|sat|stood|perched|balancing|climbed) (?:on|over|onto) (?:the |a |my |this )?(?:balcony"
    r" )?(?:railing|rail|balustrade|parapet|window ?sill|window ledge|outside of the (?:railing|barrier|fence))\b"
    r"(?!.*\b(?:view|sunset|photo|pic|picture|selfie|sunrise|fishing|pier|boardwalk|boat|ferry|ship|ice cream"
    r"|coffee|beach|park|train|bus|stairs?|porch|deck|garden|cat)\b)"
    r"|\b(?:other|wrong|outside) side of the (?:railing|rail|barrier|fence|guard ?rail)\b",
    # rules-52 (safety holdout 55, after its measurement): climbing over the barrier high up ("top floor of the car
    # park in Stratford, nobody around, climbing over the barrier"); not someone else, nor to fetch something
    r"^(?!.*\b(?:lol|haha|lmao|kids?|lads|some(?:one|body)|people|a (?:man|woman|guy|bloke|lad|girl|boy)|he|she"
    r"|they|to (?:get|fetch|grab|reach)|ball|view|photo|pic|caught|stop\w*)\b)"
    r"(?=.*\b(?:top (?:floor|level|deck)|roof(?:top)?|bridge|multi ?storey|car park|cliffs?|overpass|viaduct|ledge"
    r"|balcony|\w+(?:st|nd|rd|th) floor)\b)"
    r".*\b(?:climb(?:ing|ed)?|stepp(?:ing|ed)|getting|got) (?:over|across) (?:the |a )?(?:barrier|railings?|rail"
    r"|fence|parapet|guard ?rail)\b",
    # ... and gone into the water, come out and going back ("went in the river but swam back. soaked and freezing on
    # the bank and going back in"); not a swim
    r"^(?!.*\b(?:lol|haha|lmao|wetsuit|dog|paddl\w*|kayak\w*|wild swim\w*|for a (?:swim|dip)|surf\w*|waves)\b)"
    r".*\b(?:went|walked|jumped|stepped|got) (?:in|into|off) (?:the )?(?:river|sea|lake|canal|water|loch|harbour"
    r"|dam|bridge|quarry)\b[^.!?]{0,40}\b(?:swam back|got out|climbed out|pulled (?:myself )?out|came back up"
    r"|bottled it|chickened out|couldn'?t go through)\b.*\b(?:going back in|go back in|trying again|try again"
    r"|doing it again|finish (?:it|the job))\b",
    # At a window or ledge high up, saying goodbye ("i am at the window 23rd floor. sorry anak, mama is so tired").
    # (normalize has made leetspeak of the digits: "23rd" is "2erd").
    r"\b(?:at|on) (?:the |an |my )?(?:open )?(?:window|ledge|balcony|roof|rooftop)\b[^.!?]{0,30}\b(?:\w{1,3}(?:st|nd"
    r"|rd|th)|top) floor\b(?=.*\b(?:sorry|forgive me|so tired|goodbye|bye|love you|take care)\b)",
    # rules-41: on a high level of a car park or building at its edge ("i'm up on level 9 right now on the edge")
    r"\b(?:i'?m|i am) (?:up )?(?:on|at) (?:the )?(?:top (?:level|floor|deck)|level \w+|floor \w+|\w+ floor)"
    r"(?: of (?:the|a|this) \w+(?: \w+)?)?\b[^.!?]{0,30}\b(?:on|at) the (?:very )?edge\b"
    r"(?! of (?:my|his|her|their|our|your)\b)"
    r"(?!.*\b(?:lol|haha|view|photo|pic|sunset|fireworks)\b)",
    # At an edge with one push or step left ("my wheelchair is right at the edge of the pier. just need one push"),
    # not a near miss told ("one more step and the kids would have been in lol").
    r"\b(?:at|on|to|over) the (?:very )?edge of the (?:pier|bridge|cliff|roof|ledge|platform|dock|quay|jetty"
    r"|car park|multi ?storey|tracks|drop)\b.*\b(?:just need (?:one|a) (?:push|step|shove)|one (?:more )?(?:push"
    r"|step|roll) (?:left|to go|away|and (?:i'?m|it'?s|that'?s) (?:done|it|over|gone)))\b(?!.*\b(?:lol|haha|lmao"
    r"|would have|could have|nearly|almost)\b)",
    # rules-50 (safety holdout 51, after its measurement): past the platform's line or on the tracks with a train
    # coming or a goodbye ("im at the station past the yellow line, fast train due in 4 mins. bye everyone"); not
    # someone else told off for it, nor a train boarded with a goodbye.
    r"^(?!.*\b(?:lol|haha|lmao|guard|announce\w*|some(?:one|body|bloke|guy|idiot)|people|tourists?|kids?|child"
    r"|a (?:man|woman|guy|bloke|lady|lad|girl|boy)|he|she|they|nearly|almost)\b)"
    r"(?=.*\b(?:bye|goodbye|sorry|love you|forgive me|tell (?:my|mum|mom|dad)|this is it)\b)"
    r".*\b(?:i'?m|i am|standing|stood|sitting|sat|waiting|now)\b[^.!?]{0,40}\b(?:(?:past|over|behind|beyond|across)"
    r" the (?:yellow|white|safety) line|(?:on|at|over) the (?:very )?edge of the platform|(?:on|onto|down on) the"
    r" (?:tracks|track|rails|railway line))\b",
    # rules-51 (safety holdout 52, after its measurement): a poison drunk, told as it burns ("mi drink di weed killer.
    # mi belly a burn bad"), not by accident; peace made tonight ("it's tonight, bra. i've made my peace"), not
    # peace made with something.
    r"(?:^|\b(?:mi|i|me|i'?ve|i have|just) )(?:drink|drank|drunk|swallow|swallowed|downed|had)"
    r" (?:di |de |the |some |a (?:bottle|cup|glass|mug) of |half (?:a |the )?(?:bottle )?(?:of )?)?(?:weed ?killer"
    r"|bleach|antifreeze|paraquat|gramoxone|rat poison|pesticide|insecticide|poison|dettol)\b"
    r"(?!.*\b(?:accident\w*|by mistake|thought it was|mistook|poison control said|lol|haha"
    # rules-63: with the "I" unsaid, not a trend told of ("drink bleach challenge is going round")
    r"|challenge|trend\w*|tiktok|meme|prank|dare)\b)",
    r"^(?=.*\b(?:tonight|today|right now|it'?s time)\b)(?!.*\b(?:lol|haha|exam|interview|match|game|surgery|operation"
    r"|wedding|divorce|funeral|service|mass|prayers?)\b).*\b(?:i'?ve|i have|i|ive) made (?:my )?peace\b(?! with\b)",
    # rules-53 (safety holdout 57, after its measurement): at a bridge, a cliff or the tracks now and saying sorry to
    # family ("nasa Golden Gate ako ngayon. sorry Ma", "i'm at the bridge. sorry mum"); not running late, a walk or
    # the view
    r"^(?!.*\b(?:lol|haha|lmao|late|traffic|stuck|queue|delay\w*|closed|view|photos?|pics?|selfie|sunset|sunrise"
    r"|tourists?|walk\w*|run\w*|jog\w*|cycl\w*|bike|ride|drive|driving|pick (?:you|me) up|dinner|forgot|missed)\b)"
    r".*\b(?:i'?m|i am|im|nasa|now) (?:(?:at|on|by) )?(?:the )?(?:golden gate|[\w-]+ bridge|bridge|cliffs?|cliff edge"
    r"|overpass|viaduct|tracks|railway line|rooftop|roof)\b(?: (?:ako|na ako))?(?: (?:now|ngayon|right now))?"
    r"[^?]{0,30}\b(?:sorry|patawad|forgive me|paalam) (?:ma|mum|mom|mam|mama|nanay|inay|pa|dad|papa|tatay|itay"
    r"|everyone|guys|all|\w+)\b",
    # rules-58 (safety holdout 61, after its measurement): standing on the line with a train coming ("standing on the
    # line near the farm, the 10 o'clock comes through soon"); not a queue, a phone line, a picket or a worker's job
    r"^(?!.*\b(?:lol|haha|lmao|queue|picket|phone|call|hold|shift|crew|maintenance|track ?work\w*|signal\w*|hi-?vis"
    r"|photos?|spotting|trainspotting"
    # rules-64 (safety holdout 66, after its measurement): or by it ("I'm by the tracks behind the bakery, the 4:10
    # freight comes soon"); not a camera, a crossing's barrier or a hold-up
    r"|camera|video|filming|railfan|barriers?|late|stuck|traffic|car|drive|driving|pass)\b)"
    r".*(?:\b(?:standing|stood|sat|sitting|lying|waiting) on|\b(?:i'?m|i am|im|standing|stood|sat|sitting|lying"
    r"|waiting) (?:by|beside|next to|near|at)) the (?:line|tracks?"
    r"|railway|rail ?line|level crossing)\b(?=.*\b(?:trains?|comes? through|o'?clock|express|freight|due|coming)\b)",
    # rules-60 (safety holdout 62, after its measurement): up high about to let go ("up on the Gerüst alone after
    # everyone left, I'm going to let go"), not of something; at a rail or an edge of a bridge ("pulled over on the
    # Pulaski Skyway, standing at the rail"), not for the view; going into the water from a pier with the tide in
    # ("at the end of the pier in Lerwick, tide's in, A'm gyaan in"), not for a swim; all the pills swallowed in
    # Haitian Creole ("m fin bwè tout grenn yo")
    r"^(?!.*\b(?:lol|haha\w*|lmao|rope|belay\w*|harness|grudge|past|staff|workers?|someone|anyone|him|her|them"
    r"|people)\b)(?=.*\b(?:scaffold\w*|gerust|roof|rooftop|ledge|edge|bridge|crane|cliff|railings?|parapet|tower"
    r"|top floor|balcony|skyway|overpass)\b).*\b(?:i'?m|im|i am) (?:going to|gonna|about to|ready to) let go\b"
    r"(?! of\b)",
    r"^(?!.*\b(?:lol|haha\w*|ferry|boat|ship|deck|cruise|view|sunset|sunrise|photo\w*|pics?|selfie|watching|fish\w*"
    r"|traffic|tourists?|eating|chips|lunch|waiting for|birds?|dolphins?|caught|a (?:man|woman|guy|bloke|lad|girl"
    r"|boy)|lads|kids|people|he|she|they|security|called it in|reported)\b)(?=.*\b(?:bridge|skyway|overpass"
    r"|viaduct|flyover|pier|cliff|roof|rooftop|car park|parking (?:garage|deck)|dam)\b).*\b(?:standing|stood"
    r"|sitting|sat|leaning|climbed|climbing) (?:at|on|over|up on|onto) the (?:rail|rails|railing|railings|edge|ledge"
    r"|parapet|barrier)\b",
    r"^(?!.*\b(?:lol|haha\w*|swim\w*|dip|wetsuit|dook\w*|paddl\w*|surf\w*|cold water|lads|mates|race|training"
    r"|fish\w*|crab\w*|boat|kayak\w*)\b)(?=.*\b(?:pier|bridge|cliff|harbour|harbor|quay|jetty|dock|breakwater)\b)"
    r"(?=.*\b(?:tide|tide's|water|sea|river|current)\b).*\b(?:i'?m|im|a'?m|am) (?:gyaan|gyan|going|goin|gonna go"
    r"|away) in\b(?! (?:to|for|at|with|the)\b)",
    r"\b(?:m|mwen|mw) (?:fin |sot |te |deja )?(?:bwe|vale|pran) (?:tout|anpil)\b(?: \w+){0,2}? (?:grenn|pilil"
    r"|medikaman)\b",
    # rules-63 (safety holdouts 63-64, after their measurement): finishing it with enough had ("tonight I'm
    # finishing it, had enough"), not a book or a shift
    r"^(?!.*\b(?:lol|haha\w*|essay|book|assignment|homework|project|series|season|show|puzzle|painting|report"
    r"|thesis|draft|chapter|game|level|build|shift|bottle|drink|pint|cake|jumper|quilt|course|degree|season"
    # nor a relationship ended ("I'm ending it with my boyfriend, had enough of his lies")
    r"|boyfriend|girlfriend|bf|gf|relationship|marriage|engagement|partner|husband|wife|ex|dating|situationship"
    r"|friendship|lease|contract|subscription|membership|streak)\b)"
    r"(?=.*\b(?:had enough|can'?t (?:do|take) (?:this|it|any ?more)|goodbye|bye|sorry|no more|for good|tired of"
    r" (?:it all|everything|living))\b).*\b(?:i'?m|i am|im|i'?ll|i will|gonna|going to) (?:finish|finishing|end"
    r"|ending) (?:it|it all|things|everything|myself)\b(?! (?:with|between|off)\b)",
    # ... gone by morning ("by morning I'll be gone, just waiting for the house to go quiet"), not a trip
    r"^(?!.*\b(?:lol|haha\w*|flight|fly\w*|train|bus|ferry|shift|work|trip|holiday|vacation|airport|leav\w*"
    r"|drive|driving|road|camp\w*|festival|hospital|back (?:by|on|for|in)|lyrics?|song|track|verse|poem|line|title"
    r"|quote|chorus|story|novel|script)\b).*(?:\b(?:by (?:the )?(?:morning"
    r"|tomorrow|sunrise|dawn|daylight)|before (?:the )?(?:morning|sunrise|dawn|daylight))\b[^.!?]{0,15}\b(?:i'?ll"
    r"|i will|i'?m going to|i'?m gonna) be gone\b|\b(?:i'?ll|i will) be gone (?:by|before) (?:the )?(?:morning"
    r"|tomorrow|sunrise|dawn|daylight)\b)",
    # ... at a known edge, working up to it ("parked up at Beachy Head, engine off, working up to it")
    r"^(?!.*\b(?:lol|haha\w*|swim\w*|dive|diving|bungee|abseil\w*|zip ?line|skydiv\w*|speech|exam|interview"
    r"|date|ask\w*|tell\w*|gym|run|race|climb\w*)\b)(?=.*\b(?:beachy head|cliffs?|edge|bridge|roof|rooftop|ledge"
    r"|platform|tracks|railway|engine (?:off|running)|parked (?:up )?at)\b).*\b(?:working (?:myself )?up to it"
    r"|building up (?:the )?(?:courage|nerve)|getting (?:the )?(?:courage|nerve) up)\b",
    # rules-66: every pill there was ("just swallowed every pill in the cabinet"), not every dose kept to ("took
    # every tablet on time this week", "as prescribed")
    r"\b(?:took|swallowed|taken|downed) every (?:single |last )?(?:\w+ )?(?:pill|tablet|capsule|painkiller)s?\b"
    r"(?![^.!?]{0,30}\b(?:on time|as prescribed|prescribed|this week|every day|each day|each morning|on schedule"
    r"|the doctor said|like i was told|i was supposed to)\b)",
    # rules-75 (safety holdouts 69/70, after their measurement), acts told wholly in another language: every pill
    # swallowed (Malay "dah telan semua pil dalam botol tu", Tagalog "ininom ko na lahat ng gamot", Swahili
    # "nimekunywa dawa ya panya", Afrikaans "al my ma se slaappille gedrink", French "je vais tout avaler"),
    r"\b(?:telan|minum|makan|menelan|meminum) semua (?:pil|ubat|obat)\b|\b(?:ininom|nilunok) ko (?:na )?(?:lahat|lahat"
    r" ng) (?:gamot|pills?|tableta)\b|\bnime(?:kunywa|meza) (?:dawa ya panya|sumu|vidonge vyote|dawa zote)\b"
    r"|\bslaappille (?:gedrink|gesluk|geneem)\b|\b(?:medocs|medicaments|pilules|cachets|comprimes)\b[^.!?]{0,40}"
    r"\bje vais tout avaler\b|\bj'?ai (?:tout )?avale (?:toutes? |tous )?(?:les |mes )?(?:medocs|medicaments"
    r"|pilules|cachets|comprimes)\b",
    # ... a blade at the wrist ("j'ai le couteau la, pose sur mon poignet"), a cut that will not stop ("me cortei
    # fundo no braco agora e nao para de sangrar"),
    r"\b(?:couteau|lame|cuchillo|cuchilla|navaja|faca|lamina|gilete|coltello|lametta|pisau|silet|kutsilyo|kisu"
    r"|wembe|lemmetjie)\b[^.!?]{0,25}\b(?:sur|en|contra|no|na|sul|di|sa|kwenye|op) (?:mon |mi |meu |minha "
    r"|il mio |mio |my |ang )?(?:poignet|muneca|pulso|polso|pergelangan|pulsuhan|kifundo|pols)\b",
    # (rules-88, safety holdout 86, after its measurement: not an accident, "me corte con una hoja de papel y no para
    # de sangrar")
    r"^(?!.*\b(?:papel|cocinando|cozinhando|cebolla|cebola|afeitar\w*|barbear|sin querer|sem querer|lata|vidrio|vidro"
    r"|cuchillo de cocina|faca de cozinha|accidente|acidente)\b).*(?:\bme cortei\b[^.!?]{0,40}\b(?:nao para de sangrar"
    r"|muito sangue|fundo)\b|\bme corte\b[^.!?]{0,40}\b(?:no para de sangrar|mucha sangre|profundo)\b)",
    # ... on the tracks or a bridge, waiting for the train or about to let go ("estou na linha do comboio. o proximo
    # passa daqui a dez minutos", Swahili "niko katikati ya reli sasa hivi, nasubiri treni ifike", Haitian "mwen sou
    # pon an kounye a, m pral lage ko m nan dlo a", Quebecois "chu sur le pont ... j'vais me laisser tomber")
    r"\b(?:na linha do (?:comboio|trem)|en las vias(?: del tren)?|en la via del tren|sur les rails|sur la voie ferree"
    r"|sui binari|di (?:atas )?rel|(?:katikati ya|kwenye) reli|op die spoor)\b.*\b(?:proximo passa|prochain (?:train )?"
    r"passe|nasubiri treni|treni ifike|nao saio|no me muevo|je bouge pas|sitaki kurudi|wachten op de trein"
    r"|nunggu kereta|tren venga|comboio venha|trem venha)\b",
    r"^(?!.*\b(?:lol|haha\w*|mdr|kk+|jaja\w*|baign\w*|nager|nadar|plong\w*|mergulh\w*|bungee|elastique|photos?"
    r"|fotos?|vue|vista|view|swim\w*)\b).*\b(?:sou pon an|sur le pont|en el puente|na ponte|sul ponte"
    r"|di (?:atas )?jembatan|nasa tulay|kwenye daraja"
    r"|op die brug)\b.*\b(?:lage ko|me laisser tomber|sauter|saltar|tirarme|me tirar|pular|buttarmi|lompat|tumalon"
    r"|kuruka|spring)\b",
    _ACT_OTHER_SCRIPTS,
    _AT_THE_EDGE_IN_OTHER_LANGUAGES,
    _ACT_UNDER_WAY_ELSEWHERE,
    _ACT_UNDER_WAY_MORE,
    _ACT_UNDER_WAY_FURTHER,
    _ACT_UNDER_WAY_84,
    _ACT_UNDER_WAY_85,
    _ACT_UNDER_WAY_86,
    _ACT_UNDER_WAY_87,
    _ACT_UNDER_WAY_88,
    _ACT_UNDER_WAY_89,
    _ACT_UNDER_WAY_90,
    _ACT_UNDER_WAY_92,
    _ACT_UNDER_WAY_93,
    _ACT_UNDER_WAY_94,
    _ACT_UNDER_WAY_96,
    _ACT_UNDER_WAY_98,
    _ACT_UNDER_WAY_99,
    _ACT_UNDER_WAY_100,
    _ACT_UNDER_WAY_103,
    _ACT_UNDER_WAY_105,
    _ACT_UNDER_WAY_107,
    _ACT_UNDER_WAY_109,
    _ACT_UNDER_WAY_110,
    _ACT_UNDER_WAY_112,
    _ACT_UNDER_WAY_113,
    _ACT_UNDER_WAY_114,
    _ACT_UNDER_WAY_115,
    _ACT_UNDER_WAY_116,
    _ACT_UNDER_WAY_117,
    _ACT_UNDER_WAY_118,
    _ACT_UNDER_WAY_119,
    _ACT_UNDER_WAY_120,
    _ACT_UNDER_WAY_121,
    _ACT_UNDER_WAY_123,
    _ACT_UNDER_WAY_125,
    _ACT_UNDER_WAY_126,
    _ACT_UNDER_WAY_127,
    _ACT_UNDER_WAY_128,
    _ACT_UNDER_WAY_129,
    _ACT_UNDER_WAY_130,
    _ACT_UNDER_WAY_131,
    _ACT_UNDER_WAY_132,
    _ACT_UNDER_WAY_135,
    _ACT_UNDER_WAY_136,
    _ACT_UNDER_WAY_137,
    _ACT_UNDER_WAY_138,
    _ACT_UNDER_WAY_140,
    _ACT_UNDER_WAY_141,
    # rules-142 (plain English the session's own check found missing): a whole packet or box of pills just swallowed
    # ("i've swallowed a whole packet of my mum's sleeping pills"); not doses over days, nor for a pain
    r"^(?!.*\b(?:this week|over (?:the|a|two|three|\d+)|since|a day|per day|each day|every day|for (?:my|the|a)"
    r" (?:headache|back|cold|flu|period|pain|cramps|migraine|tooth\w*)|last (?:week|month|year)|in (?:a|the|one)"
    r" (?:week|month)|dog|cat)\b).*\b(?:i'?ve|i have|just|i just) (?:swallowed|taken|downed|took|necked)"
    r" (?:a |the )?(?:whole |full |entire )?(?:packet|pack|box|strip|blister|bottle|tub|jar)s? of"
    r" (?:(?:my|the|my \w+'?s) )?(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|ibuprofen|antidepressants"
    r"|sleeping pills)\b",
    # rules-142: a blade or a gun held against one's own body now, said in texting shorthand ("holding the knife
    # against my wrist rn"; safety holdout 113's row, which the rules missed and the model caught); the writer's own
    # hands ("someone's holding a gun to my head" is not)
    r"(?:^|\bi'?m |\bim |\bi am |\bsitting here |\bjust )holding (?:the|a|my) (?:knife|blade|razor|gun|scissors|glass)"
    r" (?:against|to|on|over) my (?:wrists?|arms?|skin|throat|neck|head|legs?|thighs?|stomach|chest)\b",
    _ACT_UNDER_WAY_143,
    _ACT_UNDER_WAY_144,
    _ACT_UNDER_WAY_145,
    _ACT_UNDER_WAY_146,
    _ACT_UNDER_WAY_147,
    _ACT_UNDER_WAY_148,
    _ACT_UNDER_WAY_149,
    _ACT_UNDER_WAY_150,
    _ACT_UNDER_WAY_151,
    _ACT_UNDER_WAY_152,
]
# A "no" that was not heeded, told without the words for what happened ("i said no and he didn't stop").
_NO_NOT_HEEDED = (
    r"\bi (?:said|kept saying|told (?:him|her|them)|begged (?:him|her|them)) (?:no|stop|to stop)\b[^.!?]{0,30}?"
    r"\b(?:and|but) (?:he|she|they) (?:didn'?t|did not|wouldn'?t|would not|never|still didn'?t) (?:stop|listen)\b"
    r"(?! (?:\w+ing|asking|texting|calling)\b)"
    # (rules-81, memory holdout fresh_82, after its measurement: "i said no like three times and he just kept going")
    r"|\bi (?:said|kept saying|told (?:him|her|them)) (?:no|stop|to stop)\b[^.!?]{0,30}?\b(?:and|but) (?:he|she|they)"
    r" (?:just |still |only )?(?:kept going|carried on|did it anyway|went ahead anyway|kept doing it)\b"
    r"|\b(?:he|she|they) (?:didn'?t|did not|wouldn'?t|would not) stop (?:even )?(?:when|after|though) i (?:said|told"
    r" (?:him|her|them)) (?:no|stop|to stop)\b"
)
_NOT_HEEDED_IN_PLAY = r"(?![^.!?]*\b(?:lol|haha|lmao|tickl\w*|teas\w*|prank\w*|joke|joking|game)\b)"
# Violence against the user with present danger: a crisis like ideation (helplines for abuse go out at once).
# A threat to the writer's face (rules-97: "he will throw acid on my face"), as the threats written in messages name it.
_FACE_ATTACKED = (
    r"throw acid (?:on|at|in) (?:me|my face)|(?:burn|slash|cut|ruin) my face"
    # (rules-112, memory fresh_110's leak: "he's gonna come burn the house down with me in it")
    r"|(?:come )?(?:burn|torch) (?:the|my|our) (?:house|flat|place|home|apartment) down with (?:me|us)(?: \w+)? in it"
    r"|set (?:me|my (?:house|flat|place|home)) on fire"
)
# A weapon that can be turned on someone (`ABUSE_DANGER`, rules-142); not a set, a block or a sharpener.
_WEAPON = (
    r"(?:knife|gun|pistol|rifle|shotgun|machete|blade|axe|hammer|bat|screwdriver|broken bottle)"
    r"(?! (?:set|block|sharpener|roll|kit|skills?|range|show|club|licen[cs]e)\b)"
)
# ... nor a kitchen, a film, a game or a joke
_NOT_A_GAME_OR_A_KITCHEN = (
    r"^(?!.*\b(?:lol|lmao|haha\w*|jk|joking|kidding|game|gaming|level|boss fight|film|movie|show|series|episode"
    r"|book|novel|story|character|play|scene|rehearsal|cooking|chef|kitchen|chopping|carving|recipe|cake|bread"
    r"|gift|present|magic trick|paintball|laser tag|airsoft|nerf|cricket|baseball|softball|rounders|batting)\b)"
)
# Someone close who has just hurt a pet, a thing or the writer ("He kicked the dog again tonight", "he punched the
# wall"; memory holdout fresh_147's leak): not "hit the gym", not children hitting each other.
_HURT_BY_SOMEONE = (
    r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|stepdad|stepfather|brother"
    r"|son|mum|mom|mother|uncle))\b[^.!?]{0,30}?\b(?:kicked|hit|punched|beat|slapped|choked|smashed|threw|strangled"
    r"|hurt) (?:me|us|(?:the|my|our|his|her) (?:dog|cat|puppy|kitten|pet|wall|door|table|tv|window|mirror|phone|kids?"
    r"|children|baby))\b"
)
ABUSE_DANGER = [
    r"\b(?:threatened|threatens|going|gonna|trying|tried) to kill me\b",
    # rules-79 (memory holdout fresh_81's leak, after its measurement): a threat to kill if the writer leaves or tells
    # ("he does say if I ever leave he go kill me and the children"), in the Englishes that say it so
    # (rules-122, memory holdout fresh_119's leak: where the writer would go said between, "if i try to go to my sister
    # in Port Harcourt with the children he will kill me")
    r"\bif i (?:ever )?(?:try to |tried to )?(?:leave|left|go|went|tell|told|report)\b[^.!?]{0,80}?"
    r"\b(?:he|she|they)(?:'ll| will| would|'d| go| gon| gonna| is going to| are going to| going to)? (?:kill|murder"
    r"|find and kill|end) (?:me|us|the kids|my kids|the children|my children)\b"
    # rules-83 (memory holdout fresh_85's leak, after its measurement): "says if i try to leave he will send me back to
    # Lagos in pieces"
    r"|\bif i (?:ever )?(?:try to |tried to )?(?:leave|go|tell|report)\b.{0,60}?\b(?:send|ship) me (?:back )?"
    r"(?:\w+ ){0,3}in (?:pieces|a box|a coffin|a body ?bag)\b",
    r"\b(?:afraid|scared|terrified) (?:to go|of going) home\b",
    r"\b(?:afraid|scared|terrified) (?:he|she|they)(?:'ll| will| is going to| are going to) "
    r"(?:kill|hurt|hit|beat) me\b",
    r"\b(?:he|she|they|my \w+) (?:is|are) (?:hitting|beating|choking|strangling|hurting) me\b",
    r"\b(?:choked|strangled|raped|sexually assaulted) me\b",
    # Hands at the throat, said as a habit ("he grabs me by the throat in his sleep and now when he's awake").
    r"\b(?:grabs|grabbed|grabbing|holds|held|pins|pinned|chokes|strangles) me by the (?:throat|neck)\b",
    # rules-71 (memory holdout fresh_69's leaks, after its measurement): hands at the throat said as where they were
    # ("he had his hands round my throat again last night in front of the kids"), not a massage or a game
    # (the neck only with force said: "put her hands on my neck to check my glands" is care)
    r"\b(?:his|her|their|both) (?:hands?|fingers|thumbs) (?:round|around|on|over|across|against|at) my (?:throat"
    r"|neck(?=[^.!?]*\b(?:squeez\w*|tight\w*|breathe?|breathing|again|pinned|pressed|hard|chok\w*|strangl\w*|wall"
    r"|floor|in front of|scared|terrified)\b))\b"
    r"(?![^.!?]*\b(?:lol|haha|lmao|massag\w*|kiss\w*|tickl\w*|play\w*|joking|gently|scarf|necklace|chain|check\w*"
    r"|glands?|pulse|temperature|doctor|nurse|physio\w*)\b)",
    # ... and a "no" not heeded ("i said no and he didn't stop", "i told him to stop but he kept going"), which is
    # rape told without the word; not teasing, texting or asking
    r"(?:" + _NO_NOT_HEEDED + r")" + _NOT_HEEDED_IN_PLAY,
    r"\b(?:i'?m|i am|i was|being) (?:being )?(?:raped|sexually assaulted)\b",
    # rules-72 (memory holdout fresh_71's leak, after its measurement): hiding, with others, from someone raging
    # outside the door now ("i locked me and my little sisters in the bathroom. hes still out there yelling and
    # banging"); not a game, a spider or a storm
    r"\b(?:(?:locked|barricaded|hid|hiding|hidin|shut) (?:myself|me|us|me and (?:my |the )?[\w ]{1,25}?|the kids"
    r"|my \w+(?: \w+)?)|(?:we'?re|we are|i'?m|i am|im) (?:locked|hiding|hidin|barricaded))"
    r" in (?:the |my |our |a )?(?:bathroom|bedroom|room|closet|wardrobe|cupboard|toilet|loo|basement|attic|car|shed)\b"
    r"(?=.*\b(?:(?:still )?out there|outside the door|banging|pounding|kicking the door|trying to (?:get|break) in"
    r"|break(?:ing)? (?:the|down the) door|yelling|screaming|shouting|drunk|raging|threw|hit|hitting|beat|beating)\b)"
    r"(?!.*\b(?:hide and seek|hide-and-seek|spider|wasp|storm|thunder|lightning|game|lol|haha\w*|lmao|zombie\w*"
    r"|movie|film|party|prank\w*|surprise)\b)",
    # rules-74 (memory holdout fresh_76's leak, after its measurement): the same in Spanish, hiding now from someone
    # who is beating kin ("le pegó a mi mamá ... yo me escondí en el baño con mi hermanito, todavía estamos aquí")
    r"\b(?:me escond[ií]|nos escondimos|estoy escondid[oa]|estamos escondid[oa]s|me encerr[eé]|nos encerramos)"
    r" en (?:el |mi |nuestro |un )?(?:ba[ñn]o|cuarto|closet|armario|ropero|habitaci[oó]n|carro|coche)\b"
    r"(?=.*\b(?:todav[ií]a|a[uú]n|sigue|gritando|pegando|golpeando|borracho|le peg[oó]|me peg[oó])\b)"
    r"(?!.*\b(?:escondidas|jug\w*|juego|broma|jaja\w*|sorpresa|fiesta|tormenta|truenos?|ara[ñn]a|cucaracha|pel[ií]cula)\b)",
    # A threat reported in the threatener's words ("he said he'd kill me if i leave").
    r"\b(?:he|she|they|my \w+) (?:said|says|told me|texted|keeps saying|swore|swears)(?: that)? (?:he|she|they)"
    r"(?:'d|'ll|'s|s|'re|re)?(?: would| will| is| was| are| were)?(?: going to| gonna)?"
    r" (?:kill|hurt|beat|stab|shoot|strangle|choke) me\b",
    # ... with the threatener named earlier in the sentence ("my boyfriend checks my phone and says he'll hurt me if
    # i talk to other guys").
    r"\b(?:says|said|tells me|told me|keeps saying|keeps telling me|threatens|threatened|swears|swore|texts me"
    # rules-92 (memory holdouts fresh_96/97's leaks, after their measurement): the threat in writing ("my ex keeps
    # texting that he will kill me if I don't come back to him")
    # (rules-132, memory holdout fresh_127's leak: "my ex Tyrone texted that he'll shoot me if he sees me with
    # anybody else")
    r"|keeps (?:texting|messaging|writing|sending)(?: me)?(?: messages)?|texted(?: me)?|messaged(?: me)?|messages me"
    r"|wrote)"
    r"(?: that)? (?:he|she|they)(?:'d|'ll|'s|s|'re|re)?(?: would| will| is| was| are| were)?(?: going to| gonna)?"
    # rules-97 (memory holdout fresh_100's leak, after its measurement): or acid thrown in the face ("my ex keeps
    # messaging that he will throw acid on my face if I marry anyone else")
    r" (?:(?:hurt|beat|stab|shoot|strangle|choke|kill|disfigure) me|" + _FACE_ATTACKED + r")\b",
    # rules-94 (memory holdout fresh_99's leak, after its measurement): someone on the way with a knife, or outside the
    # writer's home now after a threat ("my ex keeps texting me that he knows where i live ... and that he's coming
    # with a knife. i think he's outside my building right now")
    r"\b(?:he|she|they|my ex)(?:'s| is|'re| are)? (?:coming|on (?:his|her|their|the) way)(?: over| here| round| back)?"
    r" with a (?:knife|gun|machete|bat|blade|knife or something)\b",
    r"\b(?:he|she|my ex)(?:'s| is) (?:outside|at|downstairs at|in front of) (?:my|our|the) (?:building|house|door|flat"
    r"|apartment|window|gate|work)\b"
    r"(?=.*\b(?:knife|gun|kill|hurt|threat\w*|(?:scared|afraid|terrified) of (?:him|her))\b)",
    # ... a home to be set on fire with the writer or their family inside ("my ex says he will burn down my moms house
    # with us inside if i go to court")
    # (rules-93, memory holdout fresh_98's leak: "my ex keeps texting that he'll burn the house down with me inside")
    r"\b(?:says|said|tells me|told me|keeps saying|threatens|threatened|swears|swore|texts me|texted me"
    # (rules-119, memory holdout fresh_116's leak: "messaged saying if i don't come back he'll burn the house down
    # with me in it")
    r"|keeps (?:texting|messaging|writing)(?: me)?|(?:messaged|texted|wrote)(?: me)? saying)(?: that)?"
    # (rules-117, memory holdout fresh_115's leak: the condition said first, "my ex Nikola said if I go to the police
    # he'll burn the house down with me inside"; rules-119: with an apostrophe, "if i don't come back")
    r"(?: if i(?: [\w']+){1,6}?)?"
    r"(?: (?:he|she|they)(?:'d|'ll|'s|s|'re|re)?(?: would| will| is| was| are| were)?(?: going to| gonna)?| to)"
    r" (?:burn|torch|set fire to) (?:down )?(?:my|our|the|this|my \w+'?s) (?:house|home|flat|apartment|place|trailer"
    r"|car)"
    r"(?: down)?(?: with (?:us|me|the kids|my kids|the children|my (?:mum|mom|mother|family)|everyone) (?:inside|in it"
    r"|in there)| if i\b)",
    # rules-73 (memory holdout fresh_75's leak, after its measurement): the same in Krio and West African Pidgin ("mi
    # man kin bit mi evri nait ... if a tok, i se i go kil mi": he says he will kill me)
    r"\b(?:i|e|im|he|she|my \w+) (?:se|sey|seh|say|talk say|tok se|tell mi|tel mi)(?: (?:i|e|im|he|she|dem))?"
    r" (?:go|gon|go go|wi|will|gonna|kin) (?:kil|kill|kil+am|wound|bit|beat|damage) (?:mi|me)\b",
    # rules-67 (memory holdout fresh_57's leak, after its measurement): bones threatened ("said if i go to my
    # mother's he will break my other arm too")
    r"\b(?:said|says|told me|tells me|keeps saying|threatens|threatened|swears|swore|texts me)(?: that)?\b[^.!?]{0,50}"
    r"\b(?:he|she|they)(?:'d|'ll|'s|s|'re|re)?(?: would| will| is| are)?(?: going to| gonna)? (?:break|snap|smash)"
    r" (?:my|your) (?:other |\w+ )?(?:arm|arms|leg|legs|neck|jaw|nose|ribs|fingers|hand|hands|wrist|face|teeth|skull"
    r"|bones)\b(?![^.!?]*\b(?:lol|lmao|haha|joke|joking|kidding|late)\b)",
    # rules-97 (memory holdout fresh_101's leak, after its measurement): the threat with its condition first, when the
    # condition is leaving, being seen with someone else or telling ("my ex keeps texting that ... if he sees me with
    # anyone he'll kill me"); not a late homecoming or a missed practice
    r"\b(?:says|said|tells me|told me|keeps saying|keeps telling me|threatens|threatened|swears|swore|texts me"
    r"|texted me|messaged me|keeps (?:texting|messaging|writing|sending)(?: me)?(?: messages)?)(?: that)?[^.!?]{0,80}?"
    r"\bif (?:i (?:ever )?(?:leave|left|go back|don'?t come back|don'?t go back|marry|date|break up|tell|told|talk to"
    r"|call the police|go to (?:the police|court)|report)|(?:he|she|they) (?:ever )?(?:sees?|catch(?:es)?|finds?) me"
    r" with)\b[^.!?]{0,60}?\b(?:he|she|they)(?:'d|'ll|'s|s)?(?: would| will| is)?(?: going to| gonna)?"
    r" (?:(?:kill|hurt|beat|stab|shoot|strangle|choke) me|throw acid (?:on|at|in) (?:me|my face))\b"
    r"(?![^.!?]*\b(?:lol|lmao|haha\w*|joke|joking|kidding|jk)\b)",
    # rules-101 (memory holdout fresh_103's leak, after its measurement): someone who threatens or is fled from, and
    # has a gun ("my ex keeps texting that he knows where I work now ... and that he'll make me pay. he has a gun. I
    # moved to Tucson to get away from him")
    r"^(?=.*\b(?:threat\w*|make me pay|kill me|hurt me|get away from (?:him|her)|scared of (?:him|her)|afraid of"
    r" (?:him|her)|knows where i (?:live|work)|keeps (?:texting|messaging|calling|following|turning up))\b)"
    r"(?!.*\b(?:lol|lmao|haha\w*|joke|joking|kidding|jk|game|hunting|range|licen[cs]e)\b)"
    r".*\b(?:he|she|my ex|my husband|my boyfriend|my partner)(?:'s| has| is carrying| carries| owns| keeps)(?: got)?"
    r" (?:a|his|her) (?:gun|knife|weapon|rifle|pistol|machete|shotgun)\b",
    # rules-106 (memory holdout fresh_106's leak, after its measurement): someone who says they will come to where the
    # writer is and "finish it", or who knows the writer's hours and threatens ("my ex keeps texting that he'll come to
    # the salon and 'finish it'. he knows my schedule"); not a job to be finished
    r"^(?!.*\b(?:lol|lmao|haha\w*|joke|joking|kidding|jk|project|homework|report|job done|paint\w*|renovat\w*|shed"
    r"|fence|deck|kitchen|bathroom|garden|puzzle|game|season|series|book|movie|show|cake|dinner|chores?"
    r"|come home)\b)"
    r"(?:.*\b(?:my ex|my ex-?(?:husband|wife|boyfriend|girlfriend|partner)|my husband|my boyfriend|my bf|my partner)"
    r"\b[^.!?]{0,40}"
    r"\b(?:keeps (?:texting|messaging|saying|telling me)|says|said|texted|messaged|threaten\w*)(?: me)?(?: that)?"
    r" (?:he|she)(?:'ll| will|'s going to| is going to|'s gonna| is gonna) (?:come|show up|turn up|find me)\b"
    r"[^.!?]{0,60}\b(?:finish (?:it|me|this)|end (?:it|me|this))\b"
    r"|(?=.*\b(?:knows (?:my schedule|my shifts|my routine|when i (?:get off|finish|leave)|where i (?:work|live|am))"
    r")\b).*\b(?:finish (?:it|me|the job)|kill me|hurt me|make me pay|come for me|get me)\b)",
    # rules-108 (memory holdout fresh_107's leak, after its measurement): the threat in writing after another clause
    # ("my ex keeps messaging that he knows where i live ... and he will throw acid on my face if i don't come back")
    r"\b(?:keeps (?:texting|messaging|writing|saying|telling me)|says|said|texted|messaged|threaten\w*)(?: me)?"
    r"(?: that)?[^.!?]{0,80}?\band (?:that )?(?:he|she|they)(?:'d|'ll|'s)?(?: would| will| is)?(?: going to| gonna)?"
    # (not "kill me", said of a mishap as often as meant: "mum texted and she'll kill me if i'm late again")
    r" (?:(?:stab|shoot|strangle|choke|disfigure) me|" + _FACE_ATTACKED + r")\b"
    r"(?![^.!?]*\b(?:lol|lmao|haha\w*|joke|joking|kidding|jk)\b)",
    # rules-130 (memory holdout fresh_126's leak, after its measurement): the threat of coming somewhere to do it ("my
    # ex Kane says he's coming to Tobermory to burn the house down with me and the baby inside", "says he's coming to
    # kill me"), and a gun with the knowledge of where the writer is ("he's got a shotgun and he knows where we are")
    r"\b(?:says|said|tells me|told me|keeps saying|threatens|threatened|swears|swore|texts me|texted me"
    r"|(?:messaged|texted|wrote)(?: me)? saying)(?: that)? (?:he|she|they)(?:'s|s|'re|re| is| are| will|'ll)?"
    r" (?:coming|come|going to come|gonna come|on (?:his|her|their|the) way)(?: (?:over|here|round|back|down|up))?"
    r"(?: to (?!(?:kill|hurt|burn|torch|shoot|stab)\b)[\w'-]+(?: [\w'-]+)?)?"
    r" to (?:(?:kill|hurt|shoot|stab) (?:me|us)"
    r"|(?:burn|torch|set fire to) (?:down )?(?:my|our|the|this) (?:house|home|flat|apartment|place|trailer|caravan))\b",
    r"\b(?:burn|torch|set fire to) (?:down )?(?:my|our|the|this) (?:house|home|flat|apartment|place|trailer|caravan)"
    r"(?: down)? with (?:me|us)(?: and (?:the|my|our) \w+)? (?:inside|in it|in there)\b",
    r"\b(?:he|she|they|my ex)(?:'s got| has got| has|'ve got| have got| got) (?:a|his|her) (?:shot)?gun\b.{0,40}"
    r"\bknows (?:where (?:i|we) (?:are|am|live|stay|sleep|work)|(?:i|we) (?:work|live|stay) (?:at|in|on))\b",
    # (rules-132, memory holdout fresh_127's leak: "he knows i work at the Walgreens on 79th. he has a gun i've seen
    # it")
    r"\bknows (?:where (?:i|we) (?:are|am|live|stay|work)|(?:i|we) (?:work|live|stay) (?:at|in|on))\b.{0,60}"
    r"\b(?:he|she|they)(?:'s got| has got| has|'ve got| have got| got) (?:a|his|her) (?:shot)?gun\b",
    # rules-142 (memory holdout fresh_135's leak, after its measurement, and the plain English forms it showed missing):
    # a weapon turned on the writer or their family ("my ex found out where we moved to and turned up last night with
    # a knife", "he threatened me with a knife", "held a knife to my throat", "pulled a gun on me"); not a gift, a
    # kitchen, a film or a game
    _NOT_A_GAME_OR_A_KITCHEN
    + r".*\b(?:threaten\w*|threatning) (?:me|us|my (?:kids|children|son|daughter|mum|mom|mother|family|baby|wife"
    r"|girlfriend|partner)) with (?:a|his|her|their|the) " + _WEAPON + r"\b",
    # (by someone else: "the thought of holding a gun to my head" is the writer's own, read by the self-harm rules)
    # (nor a likeness: "feels like someone's holding a gun to my head at work")
    _NOT_A_GAME_OR_A_KITCHEN
    + r"(?!.*\b(?:feels? like|felt like|feeling like|as if|as though|like (?:someone|somebody|they|he|she))\b)"
    r".*\b(?:he|she|they|someone|somebody|(?:a|the) (?:man|guy|woman|stranger|bloke)|my (?:\w+ )?\w+)\b"
    r"(?:(?!\b(?:i|i'm|im|i've|me|myself)\b)[^.!?]){0,40}?"
    r"\b(?:held|holding|holds|put|puts|pressed|presses|pressing|pointed|points|pointing) (?:a|his|her|the|their) "
    + _WEAPON
    + r" (?:to|at|against|in) (?:my|me|our|us)\b",
    _NOT_A_GAME_OR_A_KITCHEN + r".*\b(?:pulled|pulls|pulling) (?:a|his|her|the) " + _WEAPON + r" on (?:me|us|my \w+)\b"
    r"|\b(?:came|comes|coming|went|goes|going|ran|lunged) (?:at|for) (?:me|us|my \w+) with (?:a|his|her|the) "
    + _WEAPON
    + r"\b",
    _NOT_A_GAME_OR_A_KITCHEN
    + r".*\b(?:he|she|they|my ex|my ex-?(?:husband|wife|boyfriend|girlfriend|partner)|my (?:husband|wife|boyfriend"
    r"|girlfriend|bf|gf|partner|dad|father|stepdad|brother))\b[^.!?]{0,60}\b(?:turned|turns|showed|shows) up\b"
    r"[^.!?]{0,40}\bwith (?:a|his|her) (?:knife|gun|pistol|rifle|shotgun|machete|blade)\b"
    r"(?! (?:set|block|sharpener|roll|kit|licen[cs]e)\b)",
    # rules-148 (memory holdout fresh_146's leak, after its measurement): someone who came with a weapon and threatened
    # the writer or their family ("last week she came with a knife and threatened my stepson and me")
    _NOT_A_GAME_OR_A_KITCHEN
    + r".*\b(?:came|comes|come|turned up|showed up|turns up|shows up|arrived)\b[^.!?]{0,30}\bwith (?:a|his|her|their"
    r"|the) " + _WEAPON + r"\b[^.!?]{0,20}\bthreaten\w* (?:me|us|my \w+)\b",
    # (memory holdout fresh_147's leaks, after its measurement) pets or children to be hurt if the writer leaves ("if I
    # try to leave he'll hurt the cats first and then me"), or the writer hurt for leaving; hiding from someone who
    # has just hurt a pet or come for the writer ("He kicked the dog again tonight and then came for me. I'm hiding in
    # the bathroom")
    r"\bif i (?:ever )?(?:try to |tried to )?(?:leave|left|go|tell|report)\b[^.!?]{0,80}?\b(?:he|she|they)(?:'ll| will"
    r"| would|'d|'s going to| is going to| gonna)? (?:hurt|harm|kill|beat|drown|poison|get rid of) (?:the|my|our)"
    r" (?:cats?|dogs?|kids|children|baby|pets?|horses?|puppy|kitten)\b"
    r"|\bif i (?:ever )?(?:try to |tried to )?(?:leave|left)(?: him| her| them)?,? (?:he|she|they)(?:'ll| will"
    r"| would|'d|'s going to| is going to| gonna) (?:hurt|beat|hit|harm|punish) (?:me|us)\b",
    _NOT_A_GAME_OR_A_KITCHEN + r".*" + _HURT_BY_SOMEONE + r"[^.!?]{0,60}\b(?:and )?(?:then )?(?:came|went|comes|goes)"
    r" (?:for|after) me\b",
    _NOT_A_GAME_OR_A_KITCHEN + r"(?=.*" + _HURT_BY_SOMEONE + r").*\b(?:i'?m|im|i am) hiding (?:in|under)"
    r" (?:the|my) (?:bathroom|bedroom|closet|wardrobe|cupboard|basement|attic|loft|car|shed|bed|toilet|garage)\b",
    # rules-150 (memory holdout fresh_151's leak, after its measurement): a threat to finish it next time ("their dad
    # found us at the shelter last week and said next time he'll finish it")
    r"\b(?:said|says|told me|swore|threatened|warned me|texted)(?: that)? next time (?:he|she|they)(?:'ll| will"
    r"|'s going to| is going to|'s gonna| is gonna|'d| would) (?:finish (?:it|me|me off|the job|us|us off)"
    r"|kill (?:me|us)|end (?:me|us))\b",
    # rules-152 (memory holdouts fresh_158 and fresh_159's leaks, after their measurement): a threat that next time it
    # will be one's head, hiding in a room while the abuser is still home, an ex who keeps turning up with a knife
    r"\b(?:said|says|told me|tells me|threatened|warned|screamed|yelled)\b[^.!?]{0,40}\bnext time (?:it'?ll|it will"
    r"|it'?s gonna|it is going to|it'?s going to|it'?d) be (?:my|your) (?:head|face|neck|skull|throat)\b",
    r"^(?!.*\b(?:lol|haha\w*|lmao|party|awkward|hide and seek|surprise)\b).*\b(?:i'?m|im|i am) hiding (?:in|at)"
    r" (?:the|my|our|a) (?:bathroom|toilet|bedroom|closet|wardrobe|car|garage|basement|loo|cupboard)\b[^.!?]{0,80}"
    r"\b(?:he|she|they)(?:'s| is|'re| are) still (?:home|here|in the (?:house|flat|apartment))\b",
    r"\b(?:my ex|he|she)(?: \w+)? (?:keeps? |kept )?(?:showing|turning|show|turn)(?:s|ed)? up\b[^.!?]{0,50}\bwith"
    r" a (?:knife|gun|machete|blade|pistol)\b",
]
# Someone close to the writer, as the abuse rules name them ("my mum", "my grandad", "my sister's boyfriend").
# rules-36: parents together, "step brother" in two words, and kin named without "my" ("grandad touches me").
# rules-51: "me" for "my" as in Ireland and the north of England ("me da hits me when he's drinkin").
# rules-52 (memory holdout fresh_35, after its measurement): parents as they are called in Tamil, Urdu, Arabic,
# Tagalog and elsewhere ("appa hits me when he drinks").
# rules-55 (safety holdout 59, after its measurement): Hmong "txiv" and "niam"
# rules-57 (safety holdout 60): Korean "umma"/"eomma", Nepali "buwa"/"aama"
# rules-68 (memory holdout fresh_58's leak, after its measurement): Frisian "heit" ("my heit used to lock me in the
# shed when he was drunk")
# rules-112 (memory holdout fresh_110's leak, after its measurement): Mandarin and Vietnamese "ba" ("ba hit me with his
# belt again")
_PARENT_WORDS = (
    r"appa|amma|abba|abbu|ammi|baba|papa|mama|tatay|nanay|pops|txiv|niam|umma|eomma|omma|buwa|aama|heit|ba(?= \w+ me\b)"
)
_CLOSE_PERSON = (
    r"(?:(?:my|me) (?:\w+'s )?(?:(?:live[- ]in|new|older|big|little|ex-|former|own) )?(?:dad|da|father|mom|mum|mam"
    r"|" + _PARENT_WORDS + r"|mother|husband|hubby|wife|boyfriend|girlfriend|bf|gf|partner"
    r"|step ?(?:dad|father|mum|mom|mother|brother|sister)"
    r"|uncle|aunt|auntie|brother|sister|cousin|grandpa|grandad|granddad|grandfather|grandma|gran|nan"
    r"|grandmother|ex|fiance|fiancee|coach|teacher|neighbou?r|carer|parents|folks|mum and dad|mom and dad"
    r"|foster (?:dad|mum|mom|parents?|father|mother))"
    r"|(?<![\w'] )(?<!\w)(?:dad|mum|mom|mam|step ?(?:dad|mum|mom|brother)|grandad|granddad|grandpa|uncle|"
    + _PARENT_WORDS
    # rules-64 (safety holdout 65, after its measurement): a parent's partner, "my" unsaid ("mama's boyfriend")
    + r"|(?:mum|mom|mam|mama|mammy|ma|dad|da|papa)'s (?:new )?(?:boyfriend|bf|partner|fella|husband|girlfriend|gf"
    r"|wife)))"
)
# Family or a carer who may take an older person's money ("my grandson keeps taking my pension").
_MONEY_TAKERS = (
    r"son|daughter|grandson|granddaughter|stepson|stepdaughter|son-in-law|daughter-in-law|nephew|niece|carer"
    r"|caregiver|husband|wife|partner|family"
)
# Violence or abuse against the writer, told: a counsellor offers the abuse helplines for each (`needs_support`).
ABUSE_RULES = [
    # rules-83 (memory holdouts fresh_84/85's leaks, after their measurement): a passport taken by someone close ("my
    # husband took my passport and my bank card again"), not kept safe for a trip
    r"\b(?:he|she|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:took|takes|has taken|keeps|kept|hid|hides|holds|is"
    r" holding|locked away|locks away) my (?:passport|papers|documents|visa|id card)\b(?!.*\b(?:for me|safe ?keeping"
    r"|lol|haha\w*|to renew|renewal|for the (?:trip|flight|holiday)|at the airport|by mistake|accident\w*)\b)",
    # ... marks covered so that nobody notices, after someone's temper ("He's calmed down now. I've put concealer on so
    # no one at work will notice"), not a spot, a hickey or tired eyes
    r"^(?=.*\b(?:calmed down|his temper|her temper|(?:he|she) (?:was|got|gets) (?:angry|drunk|mad|furious)|came home"
    r" drunk|bruises?|bruised|black eye|the marks?)\b)(?!.*\b(?:hickey|love ?bites?|spots?|pimples?|zits?|acne"
    r"|breakout|eye bags|dark circles|hangover|tattoo|rash|sunburn|spray tan|tired)\b).*?\b(?:concealer|make ?up"
    r"|foundation|long sleeves|a scarf|sunglasses)\b.{0,40}?\bso (?:no ?one|nobody|people|they|(?:my|the) \w+"
    r"|work)(?: at (?:work|church|school|the office|uni|college))? (?:will |won'?t |can'?t |doesn'?t |don'?t |wont"
    r" |cant )?(?:notice|see|sees|ask|asks"
    r"|questions|finds? out)\b",
    # rules-64 (memory holdout fresh_52, after its measurement): violence kept up, said in the progressive ("my
    # stepdad ... he's been hitting me and my little brother", "my dad keeps hitting me"); not a baby kicking in the
    # womb, a sleeper, play or a contest
    r"\b(?:he|she|they|" + _CLOSE_PERSON + r")(?: (?!(?:never|not|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|wouldn'?t"
    r"|wouldnt|don'?t|dont|hasn'?t|hasnt|haven'?t|havent|isn'?t|if|ever|says|said)\b)[\w']+){0,2}?(?:'s been|'ve been"
    r"| (?:has been|have been|'s been|'ve been|been|keeps|kept|keep|started|starts|is|are|was|were|won'?t stop"
    r"|always|is always|goes on|went on)) (?:hitting|beating|hurting|choking|kicking|slapping|punching|abusing"
    r"|smacking|battering|thumping|strangling|belting|leathering|beating up) me\b"
    r"(?! up\b| at\b| in (?:his|her|their|my) sleep\b)"
    r"(?!(?<=kicking me).*\b(?:weeks|months|kicks|movements?|all night|all day|inside)\b)"
    r"(?!.*\b(?:lol|haha\w*|lmao|baby|bump|womb|pregnan\w*|weeks? (?:along|pregnant)|kicks?|in (?:his|her|their)"
    r" sleep|under the table|game|play\w*|match|chess|pool|cards|tickl\w*|pillow|ball)\b)",
    # a name or a word or two between ("my uncle Farai hits me with a belt", "my dad always hits me"; memory holdout
    # fresh_19's leak, after its measurement), not a denial ("my dad never hits me")
    r"\b(?:he|she|they|" + _CLOSE_PERSON + ")"
    # rules-45 (after memory holdout fresh_21's measurement): or a relative clause between ("my uncle that I live
    # with beats me"; not "my dad who never hits me"); rules-55 (safety holdout 59, after its measurement): or none
    # ("My uncle I stay with beats me when he is drunk")
    r"(?:,? (?:that|who|i)(?: (?!(?:never|not|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|don'?t|dont)\b)[\w']+)"
    r"{1,5}?,?)?"
    r"(?: (?!(?:never|not|doesn'?t|doesnt|didn'?t|didnt|won'?t|wont|wouldn'?t|wouldnt|don'?t|dont|hasn'?t|hasnt"
    r"|haven'?t|havent|hadn'?t|hadnt|isn'?t|would|could|might|if|ever|says|said|thinks)\b)[\w']+){0,2}?"
    r" (?:hits|beats|hurts|chokes|kicks|slaps|punches|rapes|throws (?:\w+ ){0,2}at"
    r"|raped|abuses|abused|touched|touches|batters|smacks|thumps|belts|wallops|leathers|lays into|laid into) me\b"
    # ... not with a toy or in a contest ("my brother hits me with the ball every time we play", "my dad beats me at
    # chess"; at home or at night it is violence), nor slang for getting in touch ("my ex hits me up at 2am"), nor
    # a pat or being moved ("my coach touched me on the shoulder", "my teacher's words touched me deeply")
    r"(?! up\b| to it\b| with (?:the |a |an |his |her |their )?(?:ball|pillow|snowball|nerf|water balloon|frisbee)s?\b"
    r"| on (?:the|my) (?:shoulders?|arms?|back|hands?|elbows?|head)\b| deeply\b| so much\b)"
    r"(?!(?<=beats me) at (?!(?:home|night|times|the|any|every|least|school|work)\b))",
    r"\b(?:i'?m|i am|i was|being) (?:being )?(?:abused|raped|molested|assaulted|beaten|stalked)\b",
    # rules-52 (memory holdout fresh_34, after its measurement): someone close who drinks and then turns on the
    # writer ("my da gets drunk and goes for me whenever im home"); not a drink fetched for the writer.
    r"\b(?:he|she|" + _CLOSE_PERSON + r")\b[^.!?]{0,30}?\b(?:gets|got|is|comes home|came home) (?:\w+ )?(?:drunk"
    r"|pissed|hammered|wasted|steaming|locked|langers|high|off (?:his|her) face)\b[^.!?]{0,30}?\b(?:goes|went"
    r"|comes|came|starts|started) (?:for|on at|on|at) me\b(?! (?:a |another |some |one )?(?:drink|pint|beer|round"
    r"|coffee|chips|food|takeaway|taxi|lift|kebab|pizza|burger|shots?)\b)",
    # rules-45 (after memory holdout fresh_20's measurement): a pension taken by someone close, or money asked for
    # at a cost ("My son takes my whole pension every month and shouts at me if I ask for any of it"); not a salary
    # shared ("my husband takes all of my salary for the mortgage")
    r"\b(?:he|she|they|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:takes|took|keeps|kept|steals|stole|controls"
    r"|controlled) (?:all (?:of )?my|my (?:whole|entire)|every penny of my) (?:pension|benefits)\b"
    r"|\b(?:shouts|yells|screams|shouted|yelled|screamed) at me (?:if|when|whenever) i (?:ask|asked) (?:for|about)"
    r" (?:any of )?(?:it|my (?:own )?(?:money|pension|card|benefits|savings))\b",
    # Said of whoever did it ("a guy from my course assaulted me at a party"), or the drink spiked first.
    r"\b(?:assaulted|molested|drugged) me\b|\b(?:spiked my drink|roofied me)\b",
    r"\b(?:threatened|threatens|going) to kill me\b",
    r"\b(?:afraid|scared) (?:to go|of going) home\b",
    # Violence told in the past tense by someone close ("my husband shoved me into the door again last night").
    r"\b(?:he|she|" + _CLOSE_PERSON + ")"
    # (not a denial: "my parents haven't kicked me out yet"; "she would hit me" is a habit)
    r"(?: (?!(?:never|not|didn'?t|didnt|hasn'?t|hasnt|haven'?t|havent|hadn'?t|hadnt|won'?t|wont|wouldn'?t|wouldnt"
    r")\b)[\w']+){0,2}? (?:hit|shoved|pushed|grabbed"
    r"|slapped|kicked|punched|choked|strangled|beat|threw \w+ at|spat at|dragged|pinned) (?:me(?: up)?"
    # ... or a part of the writer ("my boyfriend grabbed my wrist so hard it left marks")
    r"|my (?:wrists?|arms?|neck|throat|hair|face|shoulders?|jaw|head))\b"
    r"(?<!beat me)(?!.*\b(?:lol|haha|lmao|pillow|game|match|chess|pool|snowball|play\w*|joke|joking|moan\w*"
    # (a fall the hands were catching, not one they caused: rules-79, memory holdout fresh_80's leak, "he shoved me and
    # I fell")
    r"|pleasure|kiss\w*|sex\w*|to (?:stop|save|help|catch|steady)|(?:as|before|when|while) i (?:fell|was falling)"
    r"|from falling|me falling|slipp\w*|tripp\w*|traffic)\b)",
    # ... and by grown children, grandchildren or a carer, to an older writer ("my grandson ... shoved me and I fell";
    # rules-79): not a toddler's tantrum or play
    r"^(?!.*\b(?:toddler|baby|tantrum|teething|nappy|diaper|\d+ ?(?:yo|y/o|year old|yr old|months? old)|lol|haha\w*"
    r"|lmao|play\w*|game|joking)\b).*\b(?:my|me) (?:grandson|granddaughter|grandkid|grandchild|son|daughter"
    r"|son-in-law|daughter-in-law|nephew|niece|stepson|stepdaughter|carer|caregiver)\b.{0,160}?\b(?:he|she|they)?"
    r"\s*(?:shoved|pushed|hit|slapped|kicked|punched|grabbed|threw \w+ at|locked me (?:in|out))(?: me)?\b",
    # rules-81 (memory holdout fresh_83's leak, after its measurement): the mark left after someone's anger, told
    # without the blow ("he got angry again last night bcoz the salan was cold. my arm is blue now but its fine")
    r"^(?!.*\b(?:lol|haha\w*|lmao|practice|training|drills?|gym|match|game|footy|rugby|football|boxing|sparring"
    r"|coach)\b)"
    # (a fall is the writer's own, unless it is what others were told: rules-83, memory holdout fresh_85's leak, "my
    # lip is still swollen. told my mum i slipped in the bathroom")
    # ... or to the nurse (rules-86, memory holdout fresh_90's leak: "told the clinic sister I fell")
    r"(?!(?!.*\b(?:told|tell|telling) (?:(?:my|the|a|our) \w+(?: \w+)?|them|everyone|everybody|people|work|her|him)"
    r"(?: that)? i (?:slipped"
    r"|fell|tripped|walked into)\b).*\b(?:fell|tripped|slipped)\b).*?"
    r"\b(?:he|she|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:got|gets|was|went|get|came home|comes home)"
    r" (?:so |really |very )?(?:angry"
    r"|mad|drunk|furious|violent|crazy|physical)\b.{0,100}?\bmy (?:arms?|face|eyes?|neck|wrists?|back|legs?|ribs"
    r"|cheek|lip|shoulders?|jaw|throat) (?:is|are|was|were|has gone|have gone|went|turned) (?:all |still |now )?"
    r"(?:blue|black and blue|purple|bruised|swollen|black)\b",
    # rules-69 (memory holdout fresh_62's leak, after its measurement): "beat me" said of violence, which the rule
    # above leaves out for contests ("my brother beat me at chess", "beat me to it"): again, up, with something, or
    # with the harm or its cause said after ("My husband beat me again yesterday because the food was late, my eye
    # is still swollen")
    r"\b(?:he|she|they|" + _CLOSE_PERSON + r")(?: (?!(?:never|not|didn'?t|didnt|hasn'?t|hasnt|haven'?t|havent"
    r"|hadn'?t|hadnt|won'?t|wont|wouldn'?t|wouldnt|almost|nearly|always|easily)\b)[\w']+){0,2}? beat me"
    r"(?: (?:again|up|black and blue|badly|bad|so bad|so hard|senseless|with|till|until|in front of|because|when"
    r"|for)\b|(?=[^.!?]*\b(?:swollen|bruis\w*|black eye|bleed\w*|blood|broken|marks|hospital)\b))"
    r"(?![^.!?]*\b(?:at|in) (?:chess|pool|cards|darts|tennis|golf|fifa|scrabble|monopoly|the game|a game|the race"
    r"|a race|the match|arm wrestling)\b)(?!.*\b(?:lol|haha|lmao|to it|game|match|race)\b)",
    # Coercive control by a partner: watching the phone, the money or the location, keeping the user from people.
    r"\b(?:he|she|my (?:boyfriend|girlfriend|bf|gf|husband|hubby|wife|partner|fiance|fiancee|ex))(?: [\w']+){0,2}"
    r" (?:checks|goes through|reads|tracks|monitors|controls|takes) (?:all )?(?:my phone|my messages|my texts|my"
    r" location|my passport|what i wear|who i see|who i talk to|where i go)\b"
    # ... the money too, but not for an errand ("my wife takes my money for the weekly shop").
    r"|\b(?:he|she|my (?:boyfriend|girlfriend|bf|gf|husband|hubby|wife|partner|fiance|fiancee|ex))(?: [\w']+){0,2}"
    r" (?:checks|goes through|tracks|monitors|controls|takes) (?:all (?:of )?)?my (?:whole |entire |full )?(?:money"
    r"|wages|bank|pay|paycheck|paycheque|salary|pay ?packet)\b"
    r"(?!.*\b(?:for (?:me|the|our) \w+|for me|to the (?:bank|shops?|store))\b)"
    r"|\b(?:he|she|my (?:boyfriend|girlfriend|bf|gf|husband|hubby|wife|partner|fiance|fiancee))(?: [\w']+){0,2}"
    r" (?:won'?t let me|doesn'?t let me|never lets me|stops me from|stopped me from|forbids me to)"
    r" (?:see|seeing|talk to|talking to|speak to|call|calling|visit|visiting)(?: [\w']+)?"
    r" (?:friends|family|anyone|any ?one|other (?:guys|girls|men|women|people)|my (?:friends|family|mum|mom|dad"
    r"|parents|sister|brother))\b",
    # rules-84 (memory holdout fresh_86's leak, after its measurement): a partner who locks the writer out and takes
    # the phone and the keys, or keeps money from them "till I learn my place" ("Missus locked me out again and took
    # my phone and the car keys, says I don't get any money till I learn my place"); not a joke
    r"^(?!.*\b(?:lol|haha\w*|lmao|joke|joking|kidding)\b).*(?:\b(?:locked|locks|locking) me out\b.{0,60}\b(?:took"
    r"|takes|taken|hid|hides|kept|keeps) my (?:phone|keys|car keys|purse|wallet|bank ?cards?|passport)\b|\b(?:took"
    r"|takes|hid|hides) my (?:phone|keys|car keys)\b.{0,60}\b(?:locked|locks) me (?:out|in)\b|\b(?:till|until"
    r"|unless) i (?:learn|know) my place\b)",
    # Financial abuse by family or a carer, most often of an older person ("my grandson keeps taking my pension"),
    # not an errand done for them ("my son takes my pension to the post office for me").
    r"\b(?:he|she|my (?:" + _MONEY_TAKERS + r"))(?: [\w']+){0,4}? (?:takes|took|steals|stole|keeps"
    r" taking|has been taking|has been stealing|empties|emptied|helps himself to|helps herself to) (?:all )?(?:of )?"
    r"my (?:pension|benefits|savings|bank card|bank account)\b(?!.*\b(?:for me|to the (?:bank|post office|shops?)"
    r"|for (?:the|our) \w+)\b)",
    # Sexual abuse in childhood told without its words, as it often first is ("my uncle used to come into my room
    # at night. I've never told anyone"): a counsellor hears it and offers support, not a crisis line.
    r"\bused to (?:come|creep|sneak|climb|get) (?:in ?to|in) (?:my|our) (?:room|bedroom|bed)\b"
    r"(?=.*\b(?:at night|never told|nobody knows|no one knows|secret|when (?:i was|everyone was|mum was|mom was)"
    r"|(?:mum|mom|everyone) (?:was )?asleep)\b)(?!.*\b(?:to (?:say goodnight|read|tuck|check on me|wake me)|lol"
    r"|haha|lmao)\b)",
    # rules-70 (memory holdout fresh_64/65's leaks, after their measurement): the same told in other words or another
    # English ("my uncle he come to my bed at night and do things, my mother say be quiet, nobody believe me", "my
    # uncle used to come into the bakehouse at night when my father was asleep ... I never told anyone"): someone
    # coming to where the writer slept or was, at night, with the silence or the deed said after
    r"\b(?:come|comes|came|coming|creep|creeps|crept|sneak|sneaks|snuck|climb|climbs|climbed|get|got)\s+(?:in ?to|in"
    r"|to) (?:my|our|the) \w+(?: \w+)?\b(?=[^.!?]*\bat night\b)(?=.*\b(?:never (?:told|tell|said) (?:anyone|anybody"
    r"|nobody|no one|a soul|my \w+)|nobody (?:believe|believed|knows|knew)|no one (?:believe|believed|knows|knew)"
    # (and not knowing whom to tell: rules-134, safety holdout 121's "the dad in my host family keeps coming into my
    # room at night. i dont know who to tell")
    r"|(?:do|did|does|doing) things|be quiet|our secret|a secret|(?:was|were|is) asleep"
    r"|(?:don'?t|dont|do not) know (?:who|whom) to tell)\b)(?!.*\b(?:to (?:say "
    r"goodnight|read|tuck|check on me|wake me|comfort me)|lol|haha|lmao|santa|tooth fairy|cat|dog|puppy|kitten|burglar"
    r"|thief|fox|raccoon|mouse|mice|rat|(?:was|were|got) (?:sick|ill|scared)|nightmares?|cuddle\w*|hug\w*)\b)",
    r"\bmade me (?:touch|kiss) (?:him|her|them)\b|\b(?:touched|fondled|groped) me (?:down there|in places"
    r"|where|under)\b",
    # Touching by someone with power over the writer, or sworn to silence ("my boss touches me and he says if I
    # tell anybody I lose the job"); not a pat on the shoulder.
    r"\bmy (?:boss|manager|supervisor|employer|teacher|coach|tutor|landlord|pastor|priest|uncle|stepdad|stepfather"
    r"|cousin|grandad|grandpa|neighbou?r|coworker|co-worker|colleague)(?: [\w']+){0,2}? (?:touches|touched|gropes"
    r"|groped|fondles|fondled|feels|felt) me(?!\w| on the (?:shoulder|arm|back|hand))",
    r"\b(?:touches|touched|touching|touch|gropes|groped) me\b.{0,60}\b(?:if i tell|not to tell|don'?t tell|tell anybody"
    r"|tell anyone|tell no one|our secret|a secret)\b",
    # Violence at home against the family the writer lives with ("my dad beats my mum when he's drunk"): the writer
    # is in it too, whether or not they say so.
    # ... with kin said in Spanish too ("mi tío hits my little brother when my mom is at work").
    r"\b(?:he|she|(?:my|mi) (?:(?:step|mum'?s |mom'?s |mother'?s )?(?:dad|father|boyfriend|partner|husband)|stepdad"
    r"|stepfather|uncle|aunt|auntie|aunty|tio|tia|padrastro|brother|mum|mom|mother|stepmum|stepmom)"
    # rules-52 (safety holdout 56, after its measurement): or a parent named without "my" ("dad hits my little
    # brother when he's been drinking")
    r"|(?<![\w'] )(?<!\w)(?:dad|da|mum|mom|mam|stepdad|" + _PARENT_WORDS + r"))"
    r"(?: [\w']+){0,2}? (?:beats|hits|batters|punches"
    r"|kicks|slaps|chokes|strangles|beat|hit|battered|punched|kicked|slapped|choked|strangled|hurts|hurt)"
    r" (?:my (?:mum|mom|mother|mam)|my (?:little |baby |big |older |younger )?(?:brothers?|sisters?|siblings)|us)\b"
    r"(?!.*\b(?:lol|haha|lmao|at (?:chess|cards|pool|fifa|tennis|golf|darts|scrabble|monopoly)|game|match"
    r"|race|arm ?wrestl\w*)\b)",
    # Shut out of, or in, their home by a parent or partner ("my stepdad locks me out of the house when mum's at
    # work", "my boyfriend takes my whole paycheck and locks me out"), and the abuser's word that nobody would
    # believe the writer.
    # rules-55 (safety holdout 59): a parent in another language ("my txiv ... locks me out if im late")
    r"\b(?:he|she|(?:my|me) (?:(?:step)?(?:dad|father|mum|mom|mother)|stepdad|stepfather|stepmum|stepmom|husband|hubby"
    r"|wife|boyfriend|girlfriend|bf|gf|partner|uncle|aunt|carer|foster (?:mum|mom|dad|parents?)|" + _PARENT_WORDS + r")"
    # rules-58 (safety holdout 61): or a parent named without "my", the family with the writer ("appa locks us in
    # the house when he's angry")
    r"|(?:(?<![\w'] )(?<!\w)|(?<=\bbut )|(?<=\band ))(?:" + _PARENT_WORDS + r"|dad|mum|mom|da|mam|stepdad))"
    r"(?:(?: [\w']+){0,2}?|(?: [\w']+){1,8}? and) (?:locks|locked|lock|keeps locking|shuts|shut) (?:me|us) (?:out|in)\b"
    r"(?!.*\b(?:lol|haha|lmao|by accident|accidentally"
    r"|by mistake)\b)",
    r"\b(?:says|said|tells me|told me|keeps saying|keeps telling me)(?: that)? (?:no ?one|nobody|no one)"
    r" (?:would|will|is going to|'?d|'?ll) (?:ever )?believe me\b",
    # rules-79 (memory holdout fresh_81's leak, after its measurement): the same in Swahili ("anasema hakuna mtu
    # ataniamini"), and bad things done to the writer ("uncle yangu hunifanyia vitu mbaya usiku")
    r"\b(?:anasema|alisema|ananiambia|aliniambia|wanasema) hakuna mtu (?:ataniamini|angeniamini|atakuamini)\b"
    r"|\b(?:hu|a|ana|ali|hunifanya|wa)nifanyia (?:vitu|mambo) (?:mbaya|vibaya|mibaya|mabaya)\b",
    # Touching in childhood told with an age, by anyone ("mi tío touched me when I was 12").
    r"\b(?:touched|fondled|groped|molested|abused|raped|used to (?:touch|fondle|grope|molest|abuse|rape)|would"
    r" (?:touch|fondle|grope)) me when i was (?:a (?:kid|child|little girl|little boy"
    r"|teen(?:ager)?|baby)|little|young|small|only \d+|\d{1,2})\b",
    # rules-50 (memory's extraction holdout fresh_28, after its measurement): told as going on since then ("my uncle
    # Rakesh been touching me since I was 12 and nobody in the family believe me")
    r"\b(?:(?:he|she|they)(?:'s|s|'re|re)?|"
    + _CLOSE_PERSON
    + r")(?: [\w']+){0,3}? (?:touching|fondling|groping|molesting|abusing|raping)"
    r" me (?:since|from) (?:i was |the age of |age )?(?:a (?:kid|child|little girl|little boy|teen(?:ager)?|baby)"
    r"|little|young|small|only \d+|\d{1,2})\b",
    # A threat against telling or leaving ("said if I go to the police he'll make me regret it").
    r"\b(?:said|says|told me|tells me|threatened|threatens|warned me)(?: that)? if i (?:go to|call|tell|report \w+ to"
    r"|ever leave|leave)(?: (?:the|a|my))? ?(?:police|cops|anyone|anybody|someone|family|parents|mum|mom|dad|him"
    r"|her)?\b[^.!?]{0,40}\b(?:he|she|they)(?:'ll| will| would|'d| is going to| are going to)(?: \w+)?"
    r" (?:make me regret|hurt|kill|ruin|come after|take the kids|take my|make my life|post|share|send|leak|tell)",
    # A partner or ex reading the messages, said further off ("my ex still has all my passwords and reads my
    # messages").
    r"\bmy (?:ex|boyfriend|girlfriend|bf|gf|husband|hubby|wife|partner)\b[^.!?]{0,60}\b(?:reads|checks|goes"
    r" through|tracks|still reads) (?:all )?my (?:messages|texts|phone|emails|location|dms)\b",
    # Violence in other words ("my partner flogged me again last night"), not a sale or a game ("flogged me his
    # old car", "battered me at squash").
    r"\b(?:he|she|my (?:\w+ )?(?:dad|da|father|mom|mum|mam|mother|husband|hubby|wife|boyfriend|girlfriend|bf|gf"
    r"|partner|stepdad|stepfather|uncle|brother|ex|fella|bloke))(?: [\w']+){0,2}? (?:flogged|bashed|belted|thumped"
    r"|headbutted|battered|flogs|bashes|belts|thumps) me\b(?! (?:his|her|their|a|an|the|some|my|it|at|in|on|for)\b)"
    r"(?!.*\b(?:lol|haha|game|match|fifa|chess|pool|play\w*|joke|joking)\b)",
    # ... by an ex's new partner ("her new bloke pinned me against the wall at handover").
    r"\b(?:her|his|their) (?:new )?(?:bloke|fella|boyfriend|bf|husband|partner|man|guy|girlfriend|gf|wife)(?: [\w']+)"
    r"{0,2}? (?:hit|shoved|pushed|grabbed|slapped|kicked|punched|choked|headbutted|pinned|attacked|threatened) me\b"
    r"(?!.*\b(?:lol|haha|game|match|play\w*|joke|joking)\b)",
    # A weapon brought out in a row ("keeps setting his gun on the table when we argue").
    r"\b(?:he|she|my (?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|dad|da|father|stepdad|ex|brother))"
    r"(?: [\w']+){0,3}? (?:sets|puts|leaves|lays|loads|waves|brings out|gets out|takes out|put|left|waved|got out"
    r"|took out|pulled out|pulls out|set|laid|setting|putting|waving|loading) (?:his|her|the|a) (?:gun|rifle|shotgun"
    r"|pistol|knife|machete|axe)\b[^.!?]{0,60}\b(?:when (?:we|i) (?:argue|fight|row|disagree)|to scare me|(?:looks"
    r"|looked|stares|stared) at me)\b",
    # Fear after violence against the house ("put his fist through the door last night ... i'm scared of him").
    r"\b(?:put|punched|kicked|smashed|slammed) (?:his|her|their|a) (?:fist|hand|foot|head) (?:through|into) (?:the|a"
    r"|my) (?:door|wall|window)\b(?=.*\b(?:scared|terrified|afraid|frightened)\b)",
    r"\bi'?m (?:so |really |properly )?(?:scared|afraid|terrified|frightened) of (?:him|her|my (?:dad|da|father|husband"
    r"|hubby|partner|boyfriend|stepdad|mum|mam|mom|mother|wife|brother)) when (?:he|she)(?:'s been|'s| is| gets"
    r"| has been)"
    r" (?:like that|drunk|drinking|angry|high|using)\b",
    # Someone coming into the writer's room ("sir keeps coming in my room at night when ma'am is away").
    # (rules-110, safety holdout 101's concern row: "my foster dad keeps coming in my room at night")
    r"\b(?:he|sir|my (?:boss|employer|uncle|stepdad|stepfather|stepbrother|stepson|dad|father|brother|cousin|landlord"
    r"|coach|teacher|neighbou?r|grandad|grandpa|grandfather|husband|boyfriend|foster (?:dad|father|brother))"
    r"|the (?:landlord|boss|employer)|(?:her"
    r"|his) (?:husband|son|brother|father|dad))(?: [\w']+){0,2}?"
    # rules-72 (memory holdout fresh_71's leak, after its measurement): Hawaiian Pidgin's "stay" for what keeps
    # happening ("my uncle stay coming in my room again at night wen everybody sleeping")
    r" (?:keeps|kept|used to|would|always|still|stay|stays|steady) (?:coming"
    r"|come|comes|came) (?:in|into|to) my (?:room|bed|bedroom)\b(?=[^.!?]*\b(?:at night|when|wen|while"
    r"|without (?:asking|knocking))\b)"
    r"(?![^.!?]*\b(?:to (?:read|say|check|tuck|wake|bring|kiss|sing|pray|turn|make sure)|stories|story"
    r"|goodnight|good night|bedtime|lullab\w*)\b)",
    # ... said as what happens, at night or while the mother sleeps ("my stepdad comes into my room at night when
    # mom is asleep and i dont know who to tell"), not to read, tuck in or borrow something.
    # (rules-92, safety holdout 89's concern row: Scots "ma" for "my", "ma mums boyfriend keeps comin in ma room")
    r"\b(?:he|(?:my|ma|mah) (?:stepdad|stepfather|stepbrother|uncle|tio|dad|father|brother|cousin|grandad|grandpa"
    r"|grandfather|foster (?:dad|father|brother)|(?:mum|mom|mam)'?s (?:boyfriend|partner|husband)|landlord|coach"
    r"|neighbou?r))(?:'s)?(?: [\w']+){0,2}?"
    r" (?:comes"
    r"|came|sneaks|snuck|creeps|crept|gets"
    # rules-73 (memory holdouts fresh_74/75's leaks, after their measurement): "he's been comin into my room at
    # night again when mum's on nights", Caribbean "my stepfather does come in my room when mummy on night shift"
    r"|(?:(?:'s|s|has|is) )?been comin[g']?|does come|do come|(?:is|'s) coming|keeps comin[g']?)"
    # (rules-90, memory holdout fresh_95's leak, after its measurement: "my uncle comes to my room at night when my
    # aunty is at work and he says I must not tell anyone")
    r" (?:in|into|to) (?:my|ma|mah) (?:room|bed|bedroom)\b(?=[^.!?]*\b(?:at night|(?:when|while)"
    r" (?:my |our )?(?:mum|mom|mam|mother|ma|mummy|mommy|mama|mammy|everyone|everyi|she)(?:'s|s| is| was|)"
    r" (?:asleep|sleeping|out|away|at work|gone|on nights|on (?:the )?night ?shift|working nights)"
    # rules-47 (memory holdout fresh_23, after its measurement): "when mums on nights and i dont know who im
    # supposed to tell"
    r"|(?:don'?t|dont|doh) know who (?:i'?m |im )?(?:supposed |meant )?to tell)\b)"
    # (not "tell me not to say nothing to nobody")
    # (a laugh after is nervous, not play: rules-83, memory holdout fresh_85's leak, "... when mummy was on night
    # shift. i dont even know why im telling you this lol")
    r"(?![^.!?]*\b(?<!not )(?:to (?:read|say|check|tuck|wake|bring|kiss|sing|pray|turn|make sure|borrow"
    r"|steal|take|get|grab|use|watch|play)|stories|story|goodnight|good night|bedtime|lullab\w*)\b)",
    # rules-47 (memory holdout fresh_23, after its measurement): harm threatened against telling ("says he will throw
    # me out and hurt my mum if i tell anyone"); not a secret kept among friends
    r"^(?!.*\b(?:lol|lmao|haha\w*|jk|surprise|spoiler|crush|ending|party|present|gift)\b).*\b(?:hurt|harm|kill|beat"
    r"|throw (?:me|us) out|kick (?:me|us) out|put (?:me|us) out)\b(?: [\w']+){0,3}? if (?:i|we) (?:ever )?(?:tell"
    r"|told|say anything|speak up|report)\b",
    # A threat against complaining ("if i complain he'll report me to immigration").
    r"\bif i (?:complain|say anything|speak up)\b[^.!?]{0,40}\b(?:report me|call immigration|get me deported|send me"
    r" back|have me deported|kick me out)\b",
    # rules-51 (memory holdout fresh_33, after its measurement): the same threat said the other way round, over a visa
    # ("said he will get my H1B cancelled if I complain"; normalize makes "h1b" "hib")
    r"\b(?:get|have|make sure) (?:my|me) (?:h ?1 ?b|hib|visa|papers|permit|work permit|green card|sponsorship)\w*"
    r" (?:cancell?ed|revoked|taken away|pulled|withdrawn)\b[^.!?]{0,30}\bif i (?:complain|say anything|speak up|report"
    r"|tell|quit|leave)\b"
    r"|\b(?:get me deported|have me deported|report me to immigration|cancel my (?:h ?1 ?b|hib|visa|sponsorship))\b"
    r"[^.!?]{0,30}\bif i (?:complain|say anything|speak up|report|tell|quit|leave)\b",
    # rules-86 (memory holdout fresh_90's leaks, after its measurement): a threat against refusing a marriage ("abbu
    # said if I don't marry his friend's son by Eid he will make sure I never leave the house again"), and a phone
    # broken with a blow ("bhai already broke my phone and slapped me once")
    r"\bif i (?:don'?t|do not|dont|won'?t|wont|refuse to|say no to) marry\b.{0,100}?\b(?:will|'ll|ll|gonna|going to"
    r"|would)\b.{0,40}?\b(?:make sure i never|never (?:let me )?(?:leave|go out|see|study|work)|lock me|kill me"
    r"|beat me|throw me out|kick me out|disown me|send me (?:back|away))\b",
    r"^(?!.*\b(?:lol|haha\w*|lmao|game|play\w*|joke|joking)\b).*\b(?:broke|smashed|snatched|grabbed|took|threw)"
    r" my phone\b.{0,40}\b(?:slapped|hit|punched|kicked|shoved|pushed|beat|choked) me\b",
    # A forced marriage ("if i don't go for the wedding they've arranged i'm dead to them").
    r"\b(?:forc\w+|mak\w+|pressur\w+) me (?:to )?(?:marry|get married|go through with the (?:wedding|marriage))\b"
    r"|\b(?:wedding|marriage) (?:they'?ve|they have|(?:my )?(?:family|parents|dad|father|uncle)(?: has| have|'s|'ve))"
    r" arranged\b(?=.*\b(?:if i (?:don'?t|refuse|say no)|scared|afraid|dead to|disown|take me|send me)\b)",
    # Sexual assault told without its name ("he forced himself on me", "didn't stop when I said no").
    r"\bforc(?:ed|es|ing) (?:himself|herself|themselves|themself) (?:on|onto) me\b",
    r"\b(?:made|forced|pressured) me (?:to )?(?:have sex|sleep with (?:him|her|them))\b",
    r"\b(?:didn'?t|did not|wouldn'?t|would not) stop when i (?:said no|told (?:him|her|them) to stop|said stop"
    r"|was crying)\b",
    # rules-87 (safety holdout 84's concern rows, after its measurement): a husband who pushes, beats or hits, in
    # Italian ("mio marito mi controlla il telefono ... ieri mi ha spinta") and Amharic ("ባሌ በየቀኑ ይመታኛል")
    r"\b(?:mio marito|il mio ragazzo|il mio compagno|mio padre|mio fratello|mia moglie|la mia ragazza)\b.{0,120}"
    r"\bmi (?:ha (?:spint[ao]|picchiat[ao]|colpit[ao]|dato uno schiaffo|preso a (?:schiaffi|calci|pugni))|picchia"
    r"|mette le mani addosso)\b(?! (?:a|ad) \w+re\b)",
    _said("ይመታኛል", "ደበደበኝ", "ይደበድበኛል"),
    # rules-88 (safety holdout 86's concern rows, after its measurement): a husband's blows in Jamaican Patois ("mi
    # husband lick mi again last night in front a di pickney dem")
    r"\b(?:husband|man|baby ?(?:fada|father|madda|mother)|bwoy ?friend|boyfriend|bf|puppa|stepfada|him|she)\b.{0,20}"
    r"\b(?:lick|box|buss|beat|lash) mi\b(?! (?:lolly|ice|finger|plate))",
    # rules-89 (safety holdout 87's concern rows, after its measurement): a husband who beats, in Egyptian Arabic
    # ("جوزي بيضربني كل ما يتعصب") and Telugu ("నా భర్త ... నన్ను కొడతాడు")
    _said("جوزي بيضربني", "جوزي بيضربنى", "جوزي ضربني"),
    # (rules-93, safety holdout 90's concern row: "جوزي بيصرخ علي كل يوم ومبارح ضربني", the blow said later)
    _said("جوزي") + ".{0,40}" + _said("ضربني", "بيضربني", "مد ايده علي"),
    _said("నా భర్త") + ".{0,60}" + _said("నన్ను కొడతాడు", "నన్ను కొట్టాడు"),
    # rules-92 (safety holdout 89's concern rows, after their measurement): a husband who always beats, in Assamese
    # ("মোৰ গিৰীয়েকে মোক সদায় মাৰে")
    _said("গিৰীয়েকে মোক") + ".{0,20}" + _said("মাৰে", "মাৰিছে", "কোবায়"),
    # rules-94 (safety holdout 91's concern row, after its measurement): a husband who beats, in Hausa ("mijina yana
    # dukana kusan kullum")
    r"\bmijina (?:yana|na|ya) (?:dukana|duka ni|buga ni)\b",
    # Violence at home told in Spanish and Portuguese ("mi papá le pega a mi mamá cuando toma", "meu marido me bate"),
    # French ("mon mari me frappe"), German ("mein Mann schlägt mich") and Tagalog ("sinasaktan ako ng asawa ko").
    r"\b(?:mi|mis|meu|minha|el|la|o|a) (?:papa|padre|padrastro|esposo|marido|novio|pareja|ex|mama|madre|madrastra"
    r"|esposa|novia|tio|hermano|pai|padrasto|namorado|companheiro|mae|irmao)\b(?: [\w']+){0,2}? (?:me|le|nos|te)"
    r" (?:pega|pego|pegaba|golpea|golpeo|golpeaba|maltrata|maltrataba|lastima|bate|bateu|batia|agride|agrediu)\b",
    r"\b(?:mon|ma) (?:mari|copain|pere|beau-pere|compagnon|ex|conjoint|mere|femme|copine)\b(?: [\w']+){0,2}? me"
    r" (?:frappe|frappait|a frappee?|bat|battait)\b",
    r"\b(?:mein|meine) (?:mann|freund|vater|stiefvater|partner|ex|mutter|frau|freundin)\b(?: [\w']+){0,2}?"
    r" (?:schlagt|schlug|verprugelt) mich\b",
    r"\b(?:sinasaktan|sinaktan|binubugbog|binugbog|sinasampal|sinampal|sinusuntok|sinuntok) (?:ako|kami)\b",
    # rules-36: made to do things and told to keep it secret ("my older brother makes me do things i don't like and
    # says not to tell"), and fear of someone close when they drink or at home ("im scared of my dad when he drinks")
    r"\b(?:makes|made|forces|forced|gets|got) me (?:to )?(?:do|touch|watch) (?:things|stuff|him|her|them|it)\b"
    r"[^.!?]{0,60}\b(?:not to tell|never to tell|don'?t tell|can'?t tell|cant tell|our secret|a secret)\b",
    r"\b(?:scared|afraid|terrified|frightened) of (?:" + _CLOSE_PERSON + r")\b(?:[^.!?]{0,20}\bwhen (?:he|she|they)"
    r"(?:'s|'re| is| are| gets?)? ?(?:drinks|drunk|drinking|angry|mad|home|high|in a mood|loses? (?:his|her) temper)"
    r"|\s*$|\s*[.!?])",
    # rules-36: both parents ("my parents beat me"), not at a game ("my parents beat me at monopoly")
    r"\bmy (?:parents|folks|mum and dad|mom and dad) (?:\w+ ){0,2}?(?:beat|hit|hurt|kick|slap|punch) me\b"
    r"(?! at (?!(?:home|night|times|the|any|every|least|school)\b)| to it\b| up\b)",
    # rules-43 (abuse told in the concern rows of spent holdouts 21-46, which the retrained model no longer lifted
    # to a crisis): knocked or shoved about ("stepdad knocks me about a bit when hes drunk", "the bosun keeps shoving
    # me around"); not in a game, by a baby in the womb or a pet
    r"^(?!.*\b(?:game|play\w*|rugby|football|wrestl\w*|sparr\w*|lol|haha|lmao|joke|joking|tickl\w*|pillow"
    r"|pregnan\w*|in (?:my|his|her) sleep|ribs)\b).*?"
    r"(?:\b(?:knocks|knocked|knocking|pushes|pushed|pushing|shoves|shoved|shoving|throws|threw|throwing|slaps|slapping"
    r"|kicks|kicking) me (?:about|around|round)\b"
    r"|(?<!dog )(?<!cat )(?<!puppy )(?<!kitten )(?<!baby )(?<!bump )(?<!toddler )(?<!horse )"
    r"\b(?:keeps|kept|keep) (?:shoving|pushing|hitting|slapping|kicking|punching|knocking|choking|grabbing) me\b"
    r"(?! to\b| into\b))",
    # ... in Pidgin and Patois ("my husband dey beat me when he drink", "him lick mi yesterday"), not at a game
    r"^(?!.*\b(?:ludo|draughts?|game|play\w*|match|ball|card|cards|whot|dog|puppy|ice cream|fifa|chess|dominoes"
    r"|domino|pool|race|tennis|lol|haha\w*)\b).*?"
    r"(?:\b(?:dey|de|don|go|come) (?:beat|slap|flog|push|hit|wound) (?:me|mi)\b"
    r"|\b(?:him|im) (?:lick|box|beat|bax|buss) (?:mi|me)\b"
    # rules-56 (memory holdout fresh_44, after its measurement): kin in Patois ("mi stepfaada beat mi wid di belt
    # again lass night")
    r"|\b(?:mi|me) (?:step ?faada|step ?fada|faada|fada|puppa|step ?madda|madda|mada|mumma|bredda|baby fada"
    r"|uncle|aunty|granny|cousin)(?: [\w']+){0,2}? (?:beat|beats|lick|licks|box|boxes|bax|buss|kick|kicks|slap"
    r"|slaps|choke|chokes|flog|flogs) (?:mi|me)\b)",
    # ... a partner who keeps the writer from going anywhere or seeing anyone ("mi baby fada ... nuh mek mi go
    # nowhere"), or does things "to control me" ("my ex used to hide my pain meds to control me")
    r"\b(?:baby (?:fada|father|mada|mother)|husband|hubby|boyfriend|bf|girlfriend|gf|partner|fiance|fiancee|wife|ex)\b"
    r"[^.!?]{0,50}\b(?:nuh|no|don'?t|won'?t|wont|doesn'?t|never) (?:mek|make|let)s? (?:mi|me) (?:go|leave|see|talk"
    r" to|visit|call)\b(?: [\w']+)?? (?:nowhere|anywhere|any ?one|anybody|no ?one|nobody|my (?:family|friends|mum|mom"
    r"|sister|mam))\b"
    r"|\b(?:he|she|my (?:ex|husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|mom|father|mother))\b"
    r"[^.!?]{0,60}\bto control me\b",
    # ... a threat against telling ("says if i report it nobody will find me overboard")
    r"\bif i (?:report|tell|say anything|go to the police|complain)\w*(?: (?:it|him|her|them|anyone|anybody))?"
    r"\b[^.!?]{0,40}\b(?:nobody will (?:ever )?find me|(?:he|she|they)(?:'ll| will| would|'d) (?:kill|hurt|find) me"
    r"|i'?m dead|i'?ll be dead|end me|find me overboard)\b",
    # ... and something done to the writer as a child that was never told ("when i was little my uncle did stuff to
    # me. never told anyone till now")
    rf"\b(?:{_AS_A_CHILD}|growing up)\b[^.!?]{{0,60}}\b{_DONE_TO_ME}\b",
    # rules-48 (memory holdout fresh_24, after its measurement): the same told the other way round ("my uncle did
    # things to me when I was wee and he's coming to the family do next week")
    rf"\b{_DONE_TO_ME} (?:{_AS_A_CHILD}|growing up)\b",
    # rules-71 (memory holdout fresh_68's leak, after its measurement): the same in Portuguese, Spanish or Italian
    # mixed into English ("quando eu era pequena meu tio fazia coisas comigo que eu nunca contei pra ninguém")
    _DONE_TO_ME_ROMANCE,
    # rules-74 (memory holdout fresh_76's leaks, after their measurement), disclosures said wholly in another language:
    # Spanish, kin beaten at home ("mi papá llegó borracho otra vez y le pegó a mi mamá, le rompió la nariz")
    # (someone of the writer's who beats, or kin beaten: not "se me pega la canción", a song that sticks)
    r"\b(?:mi (?:pap[aá]|padre|padrastro|esposo|marido|novio|pareja|mam[aá]|madre|hermano|t[ií]o|abuelo)|[eé]l|ella)"
    r"\b[^.!?]{0,40}?\b(?<!se )(?:le|me|nos) (?:peg[oó]|pega|golpe[oó]|golpea|rompi[oó] (?:la nariz|el brazo|la cara"
    r"|un diente)|dej[oó] (?:moretones|morados))\b"
    r"|\b(?:le|me|nos) (?:peg[oó]|golpe[oó]) a (?:mi |mis )?(?:mam[aá]|madre|hermana|hermanit[oa]|hermano|abuela)\b"
    r"(?![^.!?]*\b(?:jaja\w*|broma|jugando|pelota|partido|f[uú]tbol)\b)",
    # Tagalog, a domestic worker's employer ("kinuha ni madam passport ko ... minsan sinasampal nya ako"): slapped,
    # beaten or hurt, the passport taken, not fed
    r"\b(?:sinasampal|sinampal|sinasaktan|sinaktan|binubugbog|binugbog|sinusuntok|sinuntok|sinisipa|sinipa)"
    r" (?:nya|niya|nila|ako|kami)\b|\bkinuha (?:ni \w+ |nila |nya |niya )?(?:ang )?(?:passport|pasaporte) ko\b"
    r"|\bhindi (?:ako|kami) (?:pinapakain|pinakain)\b",
    # Indonesian, someone coming into the writer's room at night while the mother works nights, told as a secret
    # ("om aku yg numpang di rumah suka masuk kamar aku malem2 pas mama kerja shift malam. dia bilang ini rahasia")
    r"\bmasuk (?:ke )?kamar (?:aku|ku|saya|gue|gw)\b(?=[^.!?]*\b(?:malam|malem\w*|tengah malam|pas (?:mama|ibu|mami)"
    r"|waktu (?:mama|ibu|mami))\b)(?=.*\b(?:rahasia|jangan bilang|gak boleh bilang|nggak boleh bilang|malu|takut)\b)",
    # rules-49 (safety holdout 50, after its measurement): thrown against the house ("shoved me into the door frame
    # last night") or things thrown at the writer ("head chef ... threw a pan at me last week"); not in a game
    r"^(?!.*\b(?:game|play\w*|rugby|football|match|lol|haha|lmao|joke|joking|snowball|pillow|ball|frisbee)\b).*?"
    r"(?:\b(?:shoved|pushed|threw|slammed|thrown|flung) me (?:hard )?(?:into|against|down|onto|across|through)"
    r" (?:the |a )?(?:door ?frame|door|wall|floor|counter|table|stairs|ground|radiator|window|fridge|car)\b"
    r"|\b(?:threw|throws|thrown|flung|chucked|lobbed) (?:a |the |his |her |their )?(?:pan|plate|knife|bottle|glass|mug"
    r"|chair|pot|tray|cup|phone|shoe|hot \w+) at me\b"
    # (rules-142: or at the writer's head or face, "she threw a plate at my head")
    r"|\b(?:threw|throws|thrown|flung|chucked|lobbed|smashed) (?:a |the |his |her |their )?(?:pan|plate|knife|bottle"
    r"|glass|mug|chair|pot|tray|cup|phone|shoe|hot \w+) (?:at|into|over|on) my (?:head|face|eye|back)\b)",
    # ... and hands put on the writer by a partner or someone at home ("my husband gets drunk and puts his hands on
    # me"); not hands laid on in prayer or healing
    r"\b(?:he|she|my (?:husband|hubby|wife|partner|boyfriend|bf|girlfriend|gf|ex|dad|father|stepdad|stepfather|mum"
    r"|mom|mother|brother|uncle|boss))\b[^.!?]{0,40}\b(?:puts|put|putting|laid|lays|laying) (?:his|her|their) hands"
    r" on me\b(?! (?:and |to )?(?:pray|bless|heal|anoint)\w*| in prayer)",
    # rules-51 (safety holdout 52 and memory holdouts fresh_30/31, after their measurement): a carer or someone close
    # rough with the writer, who is frightened to tell ("the carer ... is rough with me, grabs my arm ... I'm frightened
    # to tell the agency"); a partner who keeps the writer without a phone ("me husband Gary locks me in the flat ...
    # not let have a phone"); someone with power who keeps touching the writer, with a threat or the writer sick at it
    # ("the senior partner keeps touching my back and commenting on my legs, says my training contract depends on
    # being a 'team player'")
    # rules-52 (safety holdout 55, after its measurement): or told to keep quiet at a cost ("grabbed my arm, agency
    # says keep quiet or I lose my visa")
    r"^(?=.*\b(?:frightened|scared|afraid|terrified) (?:to|of) (?:tell|telling|report\w*|say\w*|complain\w*)\b"
    r"|.*\b(?:keep (?:quiet|my mouth shut|it quiet)|say nothing|not to (?:tell|say|report))\b[^.!?]{0,15}\bor"
    r" (?:i|i'?ll|i will|i'?d) (?:lose|be (?:sacked|fired|deported|sent (?:back|home)))\b)"
    r".*\b(?:(?:is|was|gets|been|being) (?:\w+ )?rough with me|(?:grabs|grabbed|pinches|pinched|slaps|slapped|shoves"
    r"|shoved|pushes|pushed|yanks|yanked) (?:me|my (?:arm|arms|wrist|wrists|hand|face|hair))\b"
    # rules-55 (safety holdout 59, after its measurement): shouted at, or left lying wet ("the carer ... shouts at me
    # and leaves me in wet sheets, I'm scared to complain")
    r"|(?:shouts|shouted|screams|screamed|yells|yelled|swears|sworn) at me\b|(?:leaves|left) me (?:lying |sitting )?in"
    r" (?:wet|soiled|dirty|my own)\b)",
    r"^(?=.*\b(?:husband|hubby|boyfriend|bf|partner|fella|wife|girlfriend|gf)\b).*\b(?:won'?t|doesn'?t|does not|will"
    r" not|never|not|don'?t) lets? (?:me )?(?:have|keep|use|get) (?:a|my|my own|any) (?:phone|mobile|money|bank card"
    r"|keys?|passport)\b",
    r"\b(?:boss|manager|supervisor|senior partner|employer|landlord|lecturer|tutor|teacher|coach|professor|director"
    r"|foreman|line manager|team leader|client|consultant|registrar|head chef|chef|sergeant|pastor|priest)\b"
    # rules-52 (memory holdout fresh_34, after its measurement): or the writer ("My boss at the hotel in Entebbe keeps
    # touching me and says if I report he will sack me"), not on the shoulder
    r"[^.!?]{0,40}\b(?:keeps|kept|always|won'?t stop|has been|been|started|keep) (?:touching|stroking|rubbing"
    r"|grabbing|groping|patting|squeezing) (?:my (?:back|legs?|thighs?|waist|hair|bum|bottom|knees?|hips?|breasts?"
    r"|chest|neck)\b|me\b(?! on the (?:shoulder|arm|back|hand)))"
    r"(?=.*\b(?:comment\w* on my (?:legs|body|figure|looks|chest|bum|breasts|bottom"
    # rules-53 (safety holdout 57, after its measurement): on the writer's clothes, and dreading work
    r"|clothes|outfits?|appearance|weight)|feel sick|sick going|dread\w*"
    r"|uncomfortable|creepy|if i (?:tell|say|complain|report)|depends on|team player|afraid|scared|frightened"
    r"|don'?t know what to do)\b)",
    # rules-53 (safety holdout 57, after its measurement): a carer who takes the writer's money ("The carer they send
    # takes money from my purse and shouts when I ask"); not money given for the shopping
    r"^(?!.*\b(?:lol|haha|for (?:the |my )?shopping|for (?:the |my )?(?:bills|groceries|pension)|to the bank|i gave"
    r"|i give|receipts?)\b).*\b(?:carer|caregiver|care worker|home help|aide|helper|home carer|support worker)s?\b"
    r"[^.!?]{0,70}\b(?:takes|took|taking|steals|stole|stealing|has been taking|keeps taking|helps (?:herself|himself"
    # rules-58 (safety holdout 61): or a grandmother's ("I think she's taking her pension")
    r"|themselves) to) (?:the )?(?:money|cash|notes|(?:my|her|his) (?:money|cash|pension|bank ?cards?|cards?"
    r"|jewell?e?ry|rings?|savings))\b",
    # rules-53 (memory holdout fresh_38, after its measurement): pushed or pinned against a wall ("yesterday he push me
    # against wall"); not in a game, a crowd or a dance
    r"^(?!.*\b(?:lol|haha\w*|lmao|rugby|football|match|game|tackl\w*|mosh\w*|dance|dancing|crowd|queue|tickl\w*"
    r"|play\w*)\b).*\b(?:he|she|they|" + _CLOSE_PERSON + r"|(?:my|the|our) (?:boss|manager|supervisor|employer|landlord"
    r"|foreman))(?: [\w']+){0,3}? (?:push|pushed|pushes|shove|shoved|shoves|pin|pinned|pins|slam|slammed|slams"
    r"|threw|throws|throw) me (?:up )?(?:against|into) (?:the |a )?(?:wall|door|fridge|floor|table|car|counter)\b",
    # rules-54 (memory holdout fresh_40, after its measurement): the Caribbean habitual "does" ("Me husband does beat
    # me when he drink"), not a denial
    r"\b(?:he|she|they|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:does|does be|do) (?:beat|hit|hurt|kick|slap|punch"
    r"|choke|abuse|lick|thump|box|rough up|beating|hitting|licking) me\b(?!.*\b(?:lol|haha|at (?:cards|dominoes"
    r"|draughts|chess|ludo|pool|fifa|games?)|in (?:dominoes|cards|games?))\b)",
    # rules-54 (memory holdout fresh_41, after its measurement): a boss who grabs the writer alone with a threat of
    # the sack ("Gary the boss on the station grabs me when no one's round and says if I tell I'm out")
    r"^(?!.*\b(?:lol|haha|lmao|rugby|football|match|game|dance|dancing|hug\w*)\b)"
    r"(?=.*\b(?:if i (?:tell|say|complain|report)|no one'?s (?:round|around|looking|there)|nobody'?s (?:round|around"
    r"|looking|there)|when (?:we'?re|i'?m) alone|i'?m out|sack me|fire me|lose my job|scared|afraid"
    # rules-55 (safety holdout 59 and memory holdout fresh_43, after their measurement): "if I talk", an oga, and
    # touching kept up ("my manager at the hotel in Ikoyi keeps touching me and says he'll sack me if I talk")
    r"|if i (?:talk|speak)"
    # rules-59 (memory holdout fresh_46, after its measurement): a rank above the writer's, who says nobody will
    # believe them ("my staff sergeant keeps cornering me after hours ... and touching me. says nobody's gonna believe a
    # lance corporal over him")
    r"|(?:nobody|no ?one)(?:'s| is)? (?:going to|gonna|would|will|'d|'ll) believe)\b)"
    r".*\b(?:boss|manager|supervisor|foreman|gaffer|employer|landlord|owner|chef|head chef|team leader|line manager"
    r"|oga|sergeant|staff sergeant|corporal|sarge|officer|lieutenant|captain|commander)\b[^.!?]{0,40}\b(?:grabs"
    r"|grabbed|grabbing|gropes|groped|groping|touches|touched|touching|corners|cornered"
    # rules-57 (safety holdout 60): "keeps cornering me in the crib room and threatening my contract if I report him"
    r"|cornering|pins|pinned|pinning|feels|felt up) me\b",
    # rules-57 (safety holdout 60, after its measurement): a parent who drinks and screams at the other, breaking
    # things, the writer scared ("Buwa drinks and then screams at aama, last night he broke the door. I'm scared")
    r"^(?=.*\b(?:scared|afraid|frightened|terrified|broke|smashed|punched|can'?t tell)\b)(?!.*\b(?:lol|haha\w*|film"
    r"|movie|show|game)\b).*\b(?:drinks|drunk|drinking)\b[^.!?]{0,40}\b(?:screams|yells|shouts|roars) at (?:my )?(?:mum"
    r"|mom|mam|mother|ma|" + _PARENT_WORDS + r")\b",
    # rules-60 (safety holdout 62, after its measurement): a foreman or a boss who shoves or hits the writer ("the
    # Polier shoves me and says if I complain he'll make sure I lose my papers")
    r"^(?!.*\b(?:lol|haha\w*|lmao|game|match|pitch|training|rugby|football)\b).*\b(?:boss|foreman|polier|gaffer"
    r"|supervisor|manager|oga|chef|landlord|employer|sponsor|site manager|ganger|charge ?hand)\b(?: \w+){0,3}?"
    r" (?:shoves|pushes|hits|slaps|kicks|punches|grabs|shoved|pushed|slapped|kicked|punched|grabbed|shoving|pushing"
    r"|hitting|slapping|kicking) me\b(?! (?:out|off|up|a|an|some|one|the|his|her|lunch|coffee|tea|food)\b)",
    # rules-61 (memory holdout fresh_49, after its measurement): things thrown at the writer by a parent or a
    # partner ("my dad gets drunk and throws stuff at me and my little sister"), not a pillow in play
    r"^(?!.*\b(?:lol|haha\w*|lmao|pillow|cushion|ball|snowballs?|water balloons?|confetti|rice|sweets|candy"
    r"|keys?|game|play\w*)\b).*\b(?:my (?:dad|da|father|mom|mum|mam|mother|step ?(?:dad|mum|mom|father|mother)|husband"
    r"|hubby|wife|boyfriend|girlfriend|partner|" + _PARENT_WORDS + r")|he|she)\b[^.]{0,40}\b(?:throws|threw|throwing"
    r"|chucks|chucked|hurls|hurled|flings|flung) (?:stuff|things|plates|bottles|cups|glasses|shoes|chairs|whatever"
    r"|\w+) at (?:me|us)\b",
    # rules-62 (memory holdout fresh_51, after its measurement): touching by someone close kept up, told with fear,
    # disbelief or the visits it happens on ("my uncle has been touching me when he visits and my parents don't
    # believe me"), not a sibling's poking in the car nor a hand on the shoulder
    r"\b(?:he|she|" + _CLOSE_PERSON + r")(?: [\w']+){0,3}? (?:has been|have been|'s been|been|keeps|kept|keep"
    r"|started|starts|is always|always|won'?t stop) (?:touching|groping|fondling|feeling up) me\b"
    r"(?! on the (?:shoulder|arm|back|hand|head)\b)(?!.*\b(?:lol|haha\w*|lmao|tickl\w*|poking|annoying)\b)"
    r"(?=.*\b(?:believe me|scared|afraid|frightened|terrified|tell (?:anyone|anybody|no ?one|mum|mom|my mum|my mom)"
    r"|secret|when (?:he|she|they) (?:visits?|comes|stays|babysits|is drunk)|at night|in my (?:room|bed)"
    r"|when (?:no ?one|nobody|mum|mom|my mum|my mom)|uncomfortable|don'?t like it|make it stop|want it to stop)\b)",
    # rules-62 (memory holdout fresh_50, after its measurement): a partner or in-laws who keep the writer in the
    # house ("my mother-in-law and husband don't let me leave the house alone"), not for the weather or an illness
    r"\bmy (?:\w+ )?(?:husband|hubby|wife|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|in-laws|in laws"
    r"|mother-in-law|mother in law|father-in-law|father in law|sister-in-law|brother-in-law)"
    r"(?: (?:and|&) (?:my |his |her )?(?:\w+ )?(?:husband|hubby|wife|boyfriend|girlfriend|partner|in-laws|in laws"
    r"|mother-in-law|mother in law|father-in-law|father in law|mum|mom|mother|dad|father|family|parents|son|brother"
    r"|sister))?(?: [\w']+){0,2}? (?:don'?t|doesn'?t|won'?t|wouldn'?t|never|do not|does not|will not) let me (?:leave"
    r"|go out of|step out of|out of) the (?:house|flat|home|apartment|compound)\b"
    r"(?!.*\b(?:lol|haha\w*|until|till|til|without (?:a|my|breakfast|sunscreen)|weather|storm|snow|sick|ill|fever"
    r"|covid|flu|surgery|op)\b)",
    # rules-62 (memory holdouts fresh_50/51, after their measurement): money or a pension taken by someone close,
    # told with shouting or fear ("my grandson take my pension every week and shout at me if I say anything. I
    # frighten of him"), not an errand; said of someone named ("they" may be a bank or a casino)
    # rules-64 (safety holdout 65, after its measurement): "me" for "my", a bank card taken over ("me son's took over
    # me bank card and I've not seen me pension in months. he shouts if I ask")
    r"\b(?:he|she|(?:my|me) (?:\w+ )?(?:" + _MONEY_TAKERS + r"|hubby|in-laws|mother-in-law|father-in-law|brother"
    r"|sister|boyfriend|girlfriend)(?:'s)?)(?: [\w']+){0,3}? (?:take|takes|took|taking|steal|steals"
    r"|stole|keep|keeps|took over|taken over|takes over|controls|has control of) (?:all |every penny )?(?:of )?"
    r"(?:my|me) (?:whole |entire )?(?:pension|benefits|wages|salary|pay|money|savings|bank ?card|bank account|card"
    r"|pension (?:book|card))\b(?!.*\b(?:for me|to the (?:bank|post office|shops?)|lol|haha\w*)\b)"
    r"(?=.*\b(?:shouts?|shouting|shouted|yells?|yelling|yelled|screams?|screamed|frighten\w*|scared|afraid"
    r"|terrified|hits?|threaten\w*)\b)",
    # rules-63 (safety holdout 63, after its measurement): someone close who comes into the writer's room at night
    # and touches them ("me uncle comes in me room when everyone's asleep and touches me")
    r"\b(?:he|she|" + _CLOSE_PERSON + r")\b[^.!?]{0,50}\b(?:comes|came|sneaks|snuck|creeps|crept|gets|got"
    # rules-64 (safety holdout 65, after its measurement): "keeps comin in my room at night and touchin me"
    r"|coming|comin|sneaking|creeping) (?:in|into)"
    r" (?:my|me|our) (?:room|bed)\b[^.!?]{0,60}\b(?:touch(?:es|ed|ing|in)?|feels? me|grop\w*|fondl\w*)\b",
    # rules-66 (safety holdout 67, after its measurement): an adult of the family or in charge who keeps touching the
    # writer ("my uncle keeps touching me when we visit"), said alone; a partner's touch needs more (the rule below)
    r"\b(?:my|me) (?:\w+'s )?(?:step ?(?:dad|father|mum|mom|brother)|uncle|grandad|granddad|grandpa|grandfather"
    r"|coach|teacher|tutor|pastor|priest|imam|neighbou?r|(?:mum|mom|mam|mama|dad)'?s (?:new )?(?:boyfriend|bf|partner"
    r"|fella|husband|girlfriend|wife|friend)|cousin|brother-in-law|landlord|boss|manager|supervisor)(?: [\w']+){0,2}?"
    r" (?:keeps|kept|keep|has been|'s been|started|starts|won'?t stop|always) (?:touching|groping|fondling|feeling up"
    r"|touchin) me\b(?! on the (?:shoulder|arm|back|hand|head)\b)(?!.*\b(?:lol|haha\w*|lmao|tickl\w*|poking"
    r"|annoying|to (?:wake|get my attention))\b)",
    # rules-67: bones broken by someone close ("my husband broke my arm last year"), not in a game or by accident
    r"\b(?:he|she|my (?:\w+ )?(?:dad|da|father|mom|mum|mam|mother|husband|hubby|wife|boyfriend|girlfriend|bf|gf"
    r"|partner|stepdad|stepfather|stepmum|stepmom|uncle|ex|fella|bloke))(?: [\w']+){0,2}? (?:broke|fractured|cracked"
    r"|snapped) my (?:\w+ )?(?:arm|arms|leg|legs|neck|jaw|nose|ribs|fingers|hand|hands|wrist|face|teeth|skull"
    r"|bones)\b"
    r"(?![^.!?]*\b(?:lol|haha|game|match|rugby|football|wrestling|play\w*|accident\w*|by mistake|fell|fall)\b)",
    # rules-72 (memory holdout fresh_70/71's leaks, after their measurement): the writer, their children or their
    # mother thrown against something at home, whoever did it is said before or not at all ("he was on one again last
    # night, pushed us into the door", "my stepdad drunk again and threw my mom into the wall"); not a crowd, a game,
    # the wind or water
    r"\b(?:pushed|shoved|threw|thrown|slammed|flung|knocked|smashed|shoving|pushing|slamming)"
    r" (?:us|me|me and (?:my|the) \w+|my (?:(?:little|baby|big|older|younger) )?(?:mum|mom|mam|mother|ma|mama|mammy"
    r"|sisters?|brothers?|kids?|boys?|girls?|son|daughter|baby|bairns?|weans?|wife|gran|nan))(?: \w+)?"
    r" (?:in ?to|against|across|down|through|up against|onto|on to) (?:the |a |our |my )?(?:door|doors|wall|walls"
    r"|floor|ground|table|counter|worktop|fridge|radiator|window|stairs|bannisters?|banister|cupboards?|wardrobe"
    r"|sink|cooker|oven|tv|telly|mirror|car)\b"
    r"(?!.*\b(?:crowd|mosh\w*|gig|concert|festival|wind|waves?|pool|snow\w*|game|match|rugby|football|play\w*"
    r"|queue|bus|train|tube|lol|haha\w*|lmao|joke|joking|by accident|accidentally|dog|puppy)\b)",
    # rules-76 (memory holdouts fresh_78/79's leaks, after their measurement): "last week he put me into the wall",
    # and a hold that comes with the drink ("he only grabs me like that when he's been drinking"); not furniture put
    # into a wall, a baby grabbing when tired
    r"\bput (?:me|us) (?:in ?to|through) (?:the |a )?(?:wall|walls|door|window|floor|ground)\b"
    r"(?!.*\b(?:lol|haha\w*|lmao|joke|joking|game|match|rugby|wrestl\w*)\b)",
    r"\b(?:he|she)(?: only| always| still| just)? (?:grabs|grabbed|grab) me\b[^.!?]{0,30}?\bwhen (?:he|she)"
    r"(?:'s|’s| is| was| has| had|'d)? (?:been )?(?:drinking|drunk|had a (?:drink|few)|on the (?:drink|booze)|wasted"
    r"|high|angry|mad|in (?:a|one of his|one of her) moods?)\b",
    # a threat to make the writer keep quiet ("he said if i tell my sister again he'll do worse than last time")
    r"\bif i (?:tell|told|say anything to|talk to|speak to|go to|call|ring|report)\b[^.!?]{0,40}?\b(?:he|she|they)"
    r"(?:'ll|'d|ll| will| would| is gonna| is going to| gonna)\s+(?:do (?:something )?worse|hurt|kill|make me pay"
    r"|make me regret|come after|finish|do it again|take the (?:kids|baby)|beat|hit)\b",
    # rules-75 (memory holdout fresh_75's disclosure, which only the meaning detector had read): a partner's temper
    # and the bruise it left, in Portuguese ("meu marido ficou nervoso de novo ontem, to com o braco roxo ... foi
    # culpa minha"); not a fall or a game ("meu pai caiu da escada e ficou com o braco roxo")
    r"^(?!.*\b(?:caiu|cai|queda|tombo|escorreg\w*|jogo|futebol|bola|treino|academia|vacina)\b).*\b(?:marido|namorado"
    r"|esposo|companheiro|padrasto|ex)\b.*\b(?:braco|olho|rosto|cara|perna|pescoco|costas|corpo) (?:todo |toda )?"
    r"(?:roxo|roxa|inchado|inchada)\b",
    # marks hidden from others at work or school ("wearin long sleeves to work so nobody sees the marks"); cuts and
    # scars are the writer's own (self-harm rules)
    r"\b(?:wear\w*|wearin'?|put on|putting on|in) (?:long sleeves|a scarf|a turtleneck|a polo ?neck|(?:extra )?make ?up"
    r"|concealer|sunglasses|a hoodie)\b[^.!?]{0,40}?\b(?:so (?:nobody|no one|noone|noi|they|people|the kids|my \w+)"
    r" (?:sees?|notices?|can'?t see|won'?t see|don'?t see|doesn'?t see|asks?)|to (?:hide|cover))\b[^.!?]{0,25}?"
    r"\b(?:marks|bruises?|bruising|black eye|fingerprints|fingermarks|welts)\b",
    # rules-98 (safety holdout 93's concern row, after its measurement): a husband who beat again, in Bengali
    # ("স্বামী আবার মারধর করেছে")
    # (not "মারা গেছেন", died, nor "মার্কেটে", to the market: normalize leaves both close to "মারে")
    _said("স্বামী") + ".{0,20}" + _said("মারধর") + r"\b",
    # rules-99 (safety holdout 94's concern rows, after their measurement): a phone thrown at the wall by someone the
    # writer fears, a carer who grabs when nobody looks, a husband who beats daily (Urdu)
    r"\b(?:he|she|my \w+) (?:threw|smashed|chucked|flung) (?:my|a|the) \w+ (?:at|against|into) (?:the wall|me)\b"
    r"[^?]{0,80}\b(?:scared|afraid|terrified) of (?:him|her)\b",
    r"\b(?:staff|carers?|nurses?|workers?|guards?)\b[^.!?]{0,40}\bkeeps? (?:grabbing|pinching|hitting|slapping"
    r"|pushing|shoving|squeezing) (?:my|me)\b",
    _said("شوہر مجھے", "شوہر روز مجھے", "شوہر ہر روز مجھے", "شوہر اکثر مجھے")
    + ".{0,12}"
    + _said("مارتے ہیں", "مارتا ہے", "مارتے تھے"),
    # rules-100 (safety holdout 95's concern rows, after their measurement): hit again by a boyfriend (Spanish), and
    # kept from friends and told one is nothing without him
    r"\b(?:mi|el) (?:novio|esposo|marido|pareja|ex|papa|padrastro)\b(?: [\w']+){0,2}? me (?:volvio|volvió) a"
    r" (?:pegar|golpear)\b",
    r"\bwon'?t let me (?:see|talk to|go out with|go out wiv) (?:my|me) (?:friends|family|mates|mum|mom|sister)\b"
    r"|\bsays (?:i'?m|im|i am) (?:nothing|nothin|worthless) without (?:him|her)\b",
    # rules-105 (safety holdout 98's concern row, after its measurement): hurt again by a stepfather, in Tagalog
    # ("sinaktan na naman ako ng stepdad ko")
    r"\bsinaktan (?:na naman |nanaman |ulit |na |niya )?ako ng (?:stepdad|stepfather|tatay|papa|ama|asawa|mister|bf"
    r"|boyfriend|kuya|tito|lola|lolo|nanay|mama|ina|stepmom|madrasta|amain)\b",
    # rules-109 (safety holdout 100's concern row, after its measurement): a husband who beats the writer, in
    # romanised Urdu ("mera shohar mujhe maarta hai"), as the Urdu script above
    r"\b(?:mera|meray|mere) (?:shohar|shauhar|shohor|miyan|khawand|khaawand|pati|husband)\b(?: \w+){0,2}? (?:mujhe|muje"
    # (and daily: "mera shohar mujhe roz maarta hai"; rules-130, safety holdout 118's concern row)
    r"|mjhe) (?:roz |rozana |har roz |daily )?(?:maarta|marta|peet(?:ta)?) (?:hai|he|h|tha)\b",
    # rules-115 (safety holdout 105's concern row, after its measurement): harm done in childhood by kin, told in
    # Hinglish for the first time ("mere uncle ne bachpan mein mere saath galat kiya tha")
    r"\b(?:uncle|chacha|mama|mamu|tau|taya|cousin|bhai|bhaiya|jiju|papa|sautele papa|neighbour|padosi|teacher|sir)"
    r" ne bachpan (?:mein|me|main) (?:mere|mera|meri) (?:saath|sath) (?:galat|ganda|gandi harkat|bura)"
    r" (?:kiya|kia|karte the|karta tha)\b",
    # rules-116 (safety holdout 106's concern row, after its measurement): a child hit at home, told in Hindi ("आज
    # मुझे भी मारा। घर पे डर लगता है")
    _said("आज मुझे भी मारा", "मुझे भी मारते हैं", "मुझे रोज़ मारते"),
    # rules-117 (safety holdout 107's concern rows, after their measurement): what an uncle does that cannot be told
    # (Hinglish), an arm grabbed hard enough to bruise (English)
    r"\b(?:chacha|mama|mamu|uncle|tau|taya|cousin|bhaiya|jiju|sautele papa) jo mere (?:saath|sath) karte"
    r" (?:hain|hai|the)\b",
    # rules-121 (safety holdout 111's concern rows, after their measurement): a husband who beats (Arabic; Hindi, drunk)
    _said("زوجي يضربني", "زوجي بيضربني", "جوزي بيضربني"),
    # (rules-125, safety holdout 113's concern row: a husband who hit the writer in front of the children, Darija)
    r"\b(?:rajli|zawji|jouji) (?:kay|ka)?(?:drebni|dorbni|derbni|yedrebni|drabni)\b",
    # (rules-126, safety holdout 114's concern row: a boyfriend who took the phone and passport and will not let the
    # writer out alone, Portuguese)
    r"\b(?:pegou|tirou|escondeu|ficou com) (?:o )?meu (?:(?:celular|telemovel|telefone) e (?:o )?meu )?passaporte\b"
    r"|\b(?:namorado|marido|companheiro|noivo|esposo)\b.{0,80}\bnao me deixa sair de casa\b",
    # (rules-127, safety holdout 115's concern row: a husband who beats every day, Urdu)
    r"\b(?:shohar|shauhar|pati|miyan) (?:roz|rozana|har roz|daily) (?:mujhe )?(?:maarta|marta|peet\w*) (?:hai|hain)\b",
    # (rules-123, safety holdout 112's concern row: a drunk father who hits the writer and their mother, Tamil)
    _said("என்னையும் அடிக்கிறார்", "என்னை அடிக்கிறார்"),
    _said("शराब पीकर मारते", "पीकर मारते हैं", "पति रोज़ मारते"),
    r"\b(?:grabs|grabbed|squeezes|squeezed|twists|twisted) my (?:arm|wrist|arms|wrists) (?:so )?hard(?: enough)?"
    r" (?:to|that it|it) (?:bruise|bruises|leaves? (?:a )?marks?|hurts)\b",
    # rules-132 (memory holdout fresh_127's leak, after its measurement): "stuff" done to a child by someone close,
    # at night or with silence sworn ("im 11 and my stepdad does stuff to me when my mom is at work at night and he
    # says if i tell anyone she'll go to jail")
    r"\b(?:he|she|my (?:step\w+|uncle|dad|father|(?:mum|mom|mother)'?s (?:boyfriend|partner)|cousin|brother|grandad"
    r"|grandpa|grandfather|neighbou?r|coach|teacher|tutor|babysitter|pastor|priest|imam))(?: [\w']+){0,2}?"
    r" (?:does|did|keeps doing|has been doing|was doing|do|done) (?:bad |weird |nasty )?(?:stuff|things) to me\b"
    r"(?=.*\b(?:at night|when (?:my )?(?:mum|mom|mother|mam)(?:'s| is| was) (?:at work|out|away|asleep|gone)|if i tell"
    r"|not to tell|don'?t tell|secret|who to tell|nobody knows|no one knows|scared)\b)",
    # rules-133 (memory holdout fresh_128's leak, after its measurement): someone who comes into the child's room and
    # calls it a secret or a game ("my uncle Dev comes in my room when hes babysitting and says its our secret game. i
    # dont like it. im 10"); not a parent saying goodnight, a pet or a surprise
    r"^(?!.*\b(?:lol|haha|lmao|santa|tooth fairy|cat|dog|puppy|kitten|surprise party|birthday|present|gift)\b).*?"
    r"\b(?:comes?|came|creeps?|crept|sneaks?|snuck|gets?|got) (?:in ?to|in) my (?:room|bedroom|bed|tent|bunk)\b.{0,80}"
    r"\b(?:our (?:little |special )?secret|secret game|(?:a|our) special game|not to tell|don'?t tell (?:anyone|anybody"
    r"|mum|mom|mam|my mum|my mom))\b",
    # rules-137 (safety holdout 124's concern row, after its measurement): a partner's control, a threat to out the
    # writer, or deciding where they go and whom they see ("my girlfriend keeps threatening to out me to my parents if
    # i leave her. she decides where i go and who i see")
    r"\b(?:threaten\w*|threats?) to out me\b",
    r"\b(?:he|she|they|my (?:boyfriend|girlfriend|bf|gf|husband|wife|partner|fiance|fiancee)) (?:decides?|controls?"
    r"|chooses?|picks?|tells me) (?:where i (?:can )?go|who i (?:can )?see|who i (?:can )?talk to|what i (?:can )?wear)"
    r"\b(?!.*\b(?:lol|haha\w*|lmao|game|holiday|restaurant|date night|dinner)\b)",
    # rules-137 (memory holdout fresh_131's leak, after its measurement): a carer, a minder or a teacher who hits the
    # writer's child or parent ("The carer the agency sends for my son hits him when she thinks I'm not looking");
    # not in play or a sport
    r"^(?!.*\b(?:lol|haha\w*|lmao|game|ball|shuttlecock|pillow|playing|play fight\w*|tennis|cricket|baseball)\b).*"
    r"\b(?:carer|caregiver|care worker|nanny|babysitter|childminder|teacher|teaching assistant|aide|minder|nurse"
    r"|stepdad|stepmum|stepmom|stepfather|stepmother)\b(?: [\w']+){0,7}? (?:hits|slaps|beats|pinches|kicks|shakes"
    r"|punches|smacks|hurts) (?:him|her|them|my (?:son|daughter|child|kids?|boy|girl|baby|mum|mom|dad|father"
    r"|mother|grandad|grandma|nan))\b",
    # rules-138 (safety holdout 125's concern rows, after their measurement): a coach or trainer who swears the
    # writer to silence ("says he'll drop me if i tell anyone what he does in the physio room"), or who hits them
    # (Spanish "mi entrenador me pega")
    r"\b(?:coach|trainer|instructor|manager|physio|teacher|tutor|priest|pastor)\b.{0,80}\b(?:if i tell"
    r" (?:anyone|anybody|my (?:mum|mom|parents|dad))|(?:not|don'?t) (?:to )?tell (?:anyone|anybody))\b.{0,20}"
    r"\bwhat (?:he|she) (?:does|did|makes me do)\b",
    r"\bmi (?:entrenador|profe|profesor|padrastro|tio|jefe|novio|pareja|marido|esposo)\b.{0,20}\bme (?:pega|golpea"
    r"|pegaba|golpeaba)\b(?!.*\b(?:jaja\w*|jeje\w*|broma|jugando)\b)",
    # rules-139 (memory holdout fresh_133's leak, after its measurement): beaten with a belt or a stick, and a
    # marriage forced ("my uncle ... makes me work in his shop and hits me with a belt when I am slow. Yesterday he
    # said he will send me back to be married in Conakry")
    r"^(?!.*\b(?:lol|haha\w*|pillow|playing|game)\b).*\b(?:hits?|hit|beats?|beat|whips?|whipped|hitting|beating) me"
    r" with (?:a|the|his|her|their|my) (?:belt|stick|cane|shoe|slipper|wire|cable|rod|hose|pipe|chappals?|broom"
    r"|wooden spoon)\b",
    r"\b(?:send|sending|take|taking) me back(?: home)?(?: to [\w']+)? to (?:be|get) married\b|\b(?:forcing|force|make"
    r"|making) me (?:to )?marry\b",
    # rules-140 (safety holdout 126's concern row, after its measurement): someone with power who keeps cornering and
    # touching the writer ("my platoon sergeant keeps cornering me in the stores and touching me"); not a pet, a
    # child, or in play
    r"^(?!.*\b(?:cat|dog|kitten|puppy|baby|toddler|lol|haha\w*|tickl\w*|game)\b).*\b(?:keeps?|kept)"
    r" (?:cornering|grabbing|groping) me\b"
    r"|^(?!.*\b(?:cat|dog|kitten|puppy|baby|toddler|lol|haha\w*|tickl\w*|game)\b).*\bcorner\w* me\b"
    r".{0,40}\b(?:touch\w*|grop\w*|grab\w*) me\b",
    # rules-142 (plain English the session's own check found missing, after memory holdout fresh_135): burned by
    # someone close ("my father burns me with cigarettes"), followed or stalked ("a man has been following me home",
    # "my ex is stalking me"; not a pet, a toddler or social media), an adult who asks a young writer for pictures,
    # swears them to secrecy or has them on his lap ("my teacher asked me to send pics", "my coach makes me sit on his
    # lap"), and someone the writer knows beaten at home ("my sister's husband hits her"; not a game)
    r"\b(?:he|she|they|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:burns|burned|burnt|scalds|scalded) me with"
    r" (?:(?:a|his|her|their|the) )?(?:cigarettes?|fags?|lighter|iron|hot water|boiling water|kettle|hot \w+)\b",
    r"^(?!.*\b(?:cat|dog|kitten|puppy|baby|toddler|duckling|lol|haha\w*|instagram|insta|tiktok|twitter|online"
    r"|socials?|on (?:here|x)|back)\b).*\b(?:someone|somebody|(?:a|this|the same) (?:man|guy|woman|stranger|bloke"
    r"|car|van)|he|she|they|my ex|" + _CLOSE_PERSON + r")(?: [\w']+){0,4}? (?:is|'s|has been|'s been|keeps|kept"
    r"|was|been|have been|are) (?:following|followin) me (?:home|to (?:work|school|my car)|everywhere|around"
    r"|at night|every (?:night|day))\b",
    r"\b(?:he|she|they|someone|my ex|" + _CLOSE_PERSON + r")(?: [\w']+){0,2}? (?:is|'s|has been|'s been|keeps|kept"
    r"|was|been) stalking me\b(?!.*\b(?:lol|haha\w*|lmao|jk)\b)",
    r"\b(?:teacher|coach|tutor|youth (?:leader|worker|pastor)|priest|pastor|imam|uncle|step ?dad|stepfather|boss"
    r"|manager|older (?:guy|man|boy|woman)|grown (?:man|woman|up)|adult|(?:guy|man) (?:online|on (?:discord|snap"
    r"|snapchat|insta|instagram|roblox))|stranger)\b[^.!?]{0,40}\b(?:asked|asks|keeps asking|kept asking|wants"
    r"|wanted|told|tells|made|makes) me (?:to send (?:him |her )?|for |to (?:take|show) (?:him |her )?)(?:pics"
    r"|pictures|photos|nudes|a pic|a picture|a photo|a selfie of my body|videos?)\b"
    r"(?!.*\b(?:for (?:the|a|our) (?:yearbook|project|website|newsletter|team|club|school)|of the (?:team|class"
    r"|event|trip)|lol|haha\w*)\b)",
    r"\b(?:teacher|coach|tutor|youth (?:leader|worker|pastor)|priest|pastor|imam|uncle|step ?dad|stepfather"
    r"|older (?:guy|man|boy|woman)|grown (?:man|woman)|adult|(?:guy|man) (?:online|on (?:discord|snap|snapchat"
    r"|insta|instagram|roblox)))\b[^.!?]{0,60}\b(?:told|tells|makes|made|asked|asks) me (?:not to tell (?:my"
    r" )?(?:parents|mum|mom|dad|anyone|anybody)|to keep (?:it|this|us|our \w+) (?:a )?secret"
    r"|(?:to )?sit on (?:his|her) lap)\b"
    r"(?!.*\b(?:surprise|party|present|gift|birthday|lol|haha\w*)\b)",
    r"\bmy (?:\w+ )?(?:\w+(?:'s|s) )?(?:\w+ )?(?:husband|hubby|boyfriend|bf|partner|wife|girlfriend|gf|dad|father"
    r"|stepdad|stepfather|mum|mom|mother|stepmum|stepmom) (?:beats|hits|abuses|chokes|strangles|batters|punches|slaps"
    r"|rapes|beat|hit|abused|choked|strangled|battered|punched|slapped|raped) (?:her|him|them)\b"
    r"(?! (?:at|in|to|up the|back|off)\b)(?!.*\b(?:game|match|chess|cards|race|tennis|golf|lol|haha\w*)\b)",
    # rules-143 (safety holdouts 128 and 129's concern rows, after their measurement): a carer who shouts at the
    # writer, leaves them in a chair or bed all day or without food or help ("my carer shouts at me when i need the
    # toilet and sometimes leaves me in the chair all day"), a husband who hits the writer (Darija, Hindi)
    r"\bmy (?:\w+ )?(?:carer|caregiver|care worker|support worker|aide|helper|pa|personal assistant|home help)\b"
    r"[^.!?]{0,80}\b(?:shouts at me|screams at me|yells at me|leaves me (?:in (?:the|my) (?:chair|bed|wheelchair)"
    r"|alone|without (?:food|water|my meds|help))(?: all day| for hours| all night)?|won'?t (?:help|take) me to the"
    r" (?:toilet|loo|bathroom)|takes my money)\b(?!.*\b(?:lol|haha\w*|at the telly|at the tv|at the football)\b)",
    _said("راجلي كيضربني", "كيضربني راجلي", "راجلي كيضربني ملي"),
    _said("मेरे पति") + ".{0,80}" + _said("मारते हैं", "मारता है", "पीटते हैं", "पीटता है"),
    # rules-144 (safety holdouts 130 and 131): a husband or in-law who hits, in romanized Hindi and Urdu; kept in the
    # house, phone and pension taken (Spanish); screamed at with things thrown, scared to be in the house
    r"\b(?:mera|meri|mere) (?:shohar|pati|husband|miyan|sasur|saas|devar)\b.{0,40}\bmujhe (?:maarta|marta|maarti|marti"
    r"|peet(?:ta|ti)|mara karta) (?:hai|tha|thi|h)\b",
    r"\bno me deja(?:n)? salir (?:de (?:la )?casa|sola?)\b.{0,40}"
    r"\b(?:ni (?:usar|tocar) el (?:telefono|celular|movil)|me grita|me quita)\b",
    r"\b(?:screaming|shouting|yelling|screams|shouts|yells) at me and (?:throwing|smashing|breaking|throws|smashes"
    r"|breaks) things\b|\bi'?m (?:scared|afraid|terrified) to be (?:alone|in the house|at home|home(?: alone)?)"
    r" with (?:him|her|them|my (?:dad|father|stepdad|husband|partner|boyfriend|uncle|brother))\b",
    # rules-146 (safety holdouts 134 and 135): a partner who takes the writer's wage or card and shouts, shoves or
    # hits when they ask for more (English, Spanish)
    r"\bmy (?:husband|hubby|partner|boyfriend|bf|wife|girlfriend|gf)\b.{0,40}\b(?:takes|took|keeps) (?:my (?:whole"
    r" |entire )?(?:wage|wages|pay|salary|money|card|bank card)|all my (?:money|wages|pay))\b.{0,80}"
    r"\b(?:shoves|pushes|hits|slaps|grabs|chokes) me\b",
    r"\b(?:me controla (?:cada|todo|el dinero)|me quit[oa] la tarjeta|me quita el (?:dinero|sueldo))\b.{0,80}"
    r"\bme (?:pega|golpea|empuja)\b|\bsi (?:compro|gasto|salgo|hablo)\b.{0,40}\bsin (?:permiso|preguntarle)\b.{0,10}"
    r"\bme (?:pega|golpea|empuja)\b",
    # rules-147 (safety holdouts 136 and 137): slapped by a husband who takes the phone (romanized Urdu), a teacher
    # who touches wrongly and says not to tell (romanized Hindi)
    r"\b(?:usne|us ne|shohar ne|pati ne|husband ne|miyan ne) mujhe (?:thappad|chanta|tamacha) (?:mara|maara|maari)\b"
    r"|\bmujhe (?:thappad|chanta) (?:marta|maarta|marti|maarti) (?:hai|tha|h)\b",
    r"\bgalat (?:tarike|tareeke|tarah|jagah) se (?:chhoota|chhuta|chuta|chhoote|chhute|chhoti|touch karta)\b",
    # rules-148 (safety holdouts 138 and 139): in-laws who take the wage, keep the writer in and hit; a husband who
    # raises his hand; kept in with the phone taken (romanized Hindi)
    r"\b(?:sasural|sasuraal) (?:waale|wale|vale|walo|walon)\b.{0,80}\b(?:maara|mara|maarte|marte|peet(?:a|te)"
    r"|haath uthat\w*|bahar (?:jaane|jane) nahi dete|phone (?:bhi )?(?:cheen|chin) liya)\b",
    r"\b(?:pati|shohar|husband|miyan|saas|sasur)\b.{0,30}\bhaath uthat(?:a|e|i) (?:hai|hain|h|tha|the)\b",
    # (memory holdout fresh_146's leak, after its measurement: "I am frightened she will come back tonight")
    r"\b(?:i'?m|i am|im) (?:so |really |very )?(?:frightened|scared|terrified|afraid) (?:that )?(?:she|he|they|my ex)"
    r"(?:'ll| will|'s going to| is going to|'re going to| are going to|'s gonna| is gonna) (?:come|be) back"
    r" (?:tonight|again|here|for (?:me|us))\b",
    # rules-149 (safety holdouts 140 and 141): a husband who takes the wage and raises his hand too (romanized Hindi,
    # "haath bhi uthata hai"); not feeling safe at home after a threat (English)
    r"\b(?:pati|shohar|husband|miyan)\b.{0,60}\bhaath (?:bhi )?uthat(?:a|e|i) (?:hai|hain|h|tha|the)\b",
    r"\bi (?:don'?t|do not|dont) feel safe (?:at home|in my (?:own )?(?:home|flat|house|room|apartment))\b",
    # rules-150 (safety holdouts 142-145): an arm grabbed with screaming or fear (English), touched at work with fear
    # and someone who beats the writer (romanized Hindi), a father who still beats and threatens (Levantine), threats
    # (Tagalog)
    r"\b(?:he|she|they|my (?:boss|manager|supervisor|husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|stepdad"
    r"|brother|coach|teacher|landlord|ex)) (?:grabs|grabbed|keeps grabbing|yanks|yanked|twists|twisted|squeezes)"
    r" my (?:arm|wrist|arms|wrists|hair)\b(?=.{0,80}\b(?:scream\w*|shout\w*|yell\w*|scared|afraid|terrified|hurt\w*"
    r"|bruis\w*)\b)",
    r"\b(?:mujhe|muje|mujhko) (?:galat tarah se |baar baar )?(?:chhoota|chhuta|chhute|chhoote|chuta) (?:hai|h|tha"
    r"|rehta hai)\b.{0,60}\b(?:darr|dar) (?:lagta|lagti|lag raha)\b",
    r"^(?!.*\b(?:game|pubg|bgmi|free fire|match|level|mazak|majak|lol|haha)\b).*\b(?:woh|wo|vo|voh|cousin|bhaiya"
    r"|chacha|jija|devar)\b(?: \w+){0,2} mujhe (?:roz |bahut |har din |baar baar )?(?:maarta|maarti|peetta|peetti)"
    r" (?:hai|h|hain|tha)\b",
    r"\b(?:ابوي|ابويا|ابي|بابا|زوجي|جوزي|اخوي|خالي|عمي)\b.{0,20}(?:بيضربني|يضربني|بضربني|بيهددني|يهددني)",
    r"\b(?:pinagbabantaan|binabantaan|tinatakot) (?:niya |nya |nila )?ako\b",
    # rules-151 (safety holdouts 146-149): shoved by one's own son or anyone close, with shouting or shame (English), a
    # husband who beats before his shift (romanized Hindi), pushed against the wall by a manager (Levantine Arabizi)
    r"^(?!.*\b(?:lol|haha\w*|lmao|playful\w*|joking|queue|crowd|out of the way)\b).*\b(?:he|she|my (?:\w+ )?(?:son"
    r"|daughter|husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|stepdad|brother|sister|grandson|boss))\b"
    r"(?: \w+){0,2} (?:shoves|shoved|pushes|pushed|keeps shoving|keeps pushing) me\b(?=.{0,80}\b(?:shout\w*"
    r"|scream\w*|yell\w*|scared|afraid|ashamed|terrified|hurt\w*|bruis\w*)\b)",
    r"^(?!.*\b(?:machhar|makkhi|game|pubg|bgmi|free fire|lol)\b).*\b(?:pati|shohar|husband|miyan)\b.{0,80}"
    r"\b(?:maarta|maarti|peetta|peetti) (?:hai|h|hain|tha)\b",
    r"\bdafa(?:sheni|shni|eni)\b.{0,10}\b(?:eal|ea|ala) (?:teit|heit|hait|tait)\b",
]
# Someone else at risk, told by a writer who is worried about them ("my best friend told me she wants to kill herself,
# what do i do?", "my brother keeps saying everyone would be better off without him", "my son's been cutting"): not
# the writer's own risk (the self-harm rules read the writer's words only), but a counsellor would not answer it with
# small talk either. A concern (`someone_at_risk`): the crisis lines go out, framed for helping someone, and the
# reply tells how to help. Not a professional's caseload, fiction or a joke; a death already told is grief.
_SOMEONE = (
    r"(?:(?:my|our|a|her|his|their) (?:\w+ ){0,2}?(?:friend|mate|bestie|best friend|bff|sister|brother|sis|bro|son"
    r"|daughter|kid|child|teen|teenager|mum|mom|mam|dad|father|mother|husband|wife|partner|boyfriend|girlfriend|bf"
    r"|gf|fiance|fiancee|cousin|colleague|coworker|co-worker|flatmate|roommate|housemate|nephew|niece|uncle|aunt"
    r"|auntie|grandad|grandpa|grandma|nan|gran|neighbou?r|teammate|classmate|pal|buddy|ex|brother-in-law|guy|padi"
    r"|sister-in-law|stepson|stepdaughter|(?:\d+ ?yo))|someone (?:i know|i love|close to me|at (?:work|school))"
    # (a workmate named without "my": "workmate at the plant keeps saying he's got nothing to live for"; rules-117)
    r"|(?<![\w'] )(?<!\w)(?:mum|mom|mam|dad|nan|workmate|coworker|co-worker|colleague|flatmate|roommate|housemate))"
)
# Cutting as self-harm, not the grass, a class or costs.
_CUTTING = (
    r"(?:cutting|self[- ]?harming)\b(?! (?:the|a|an|some|my|his|her|their|back|down|out|costs?|hair|grass|wood"
    r"|onions?|class|classes|school|corners|ties|it|them)\b)"
)
_THEY_WANT_TO_DIE = (
    r"(?:wants? to die|wanted to die|want(?:s|ed)? to (?:kill|end|off) (?:him|her|them)sel(?:f|ves)|(?:is|was|'s|s"
    r"|been|keeps?) (?:thinking|talking) (?:about|of) (?:suicide|ending it|killing (?:him|her|them)self|ending (?:his"
    r"|her|their) life)|suicidal|(?:better|happier) off (?:dead|without (?:him|her|them))|(?:might|may|could) as well"
    r" be dead|tired of (?:living|life|being alive)|(?:doesn'?t|don'?t|does not|didn'?t) want to (?:be here|live|be"
    r" alive|wake up) any ?more|no (?:point|reason) (?:in |to )?(?:living|going on|being here)"
    # (rules-117: "workmate at the plant keeps saying he's got nothing to live for")
    r"|(?:has |'s |s )?(?:got )?nothing (?:left )?to live for|(?:going|gonna|plans?"
    r"|planning) to end (?:it|it all|things|(?:his|her|their) life)|(?:hurt|harm|cut|cutting|hurting|harming)"
    r" (?:him|her|them)sel(?:f|ves)|(?:been )?"
    + _CUTTING
    # rules-53 (safety holdout 57, after its measurement): life without meaning or point ("my guy Dayo talk say life
    # no get meaning again")
    + r"|life (?:(?:has|have|got) no|no get|(?:don'?t|doesn'?t) have (?:any|a)) (?:meaning|point)(?: any ?more| again)?"
    # rules-65: an intent or a plan told of them ("my coworker said she is going to kill herself", "told me he has a
    # plan to end his life")
    r"|(?:going|gonna|about) to (?:kill|hang|off) (?:him|her|them)sel(?:f|ves)"
    r"|(?:has|had|'s got|got) a plan to (?:end (?:it|it all|(?:his|her|their) life)|kill (?:him|her|them)sel(?:f|ves))"
    ")"
)
# Words between the person and what they said or did, none of them the writer's ("after my first wife left i took an
# overdose" is the writer's own act).
_NOT_THE_WRITERS = r"(?:(?!\b(?:i|i'm|im|i've|ive|i'd|me|myself)\b)[^.!?]){0,%d}?"
# The writer feeling as the person they worry about does ("my sister keeps saying she wants to die and honestly same").
_FEELING_IT_TOO = (
    r"\b(?:honestly|tbh|lowkey|ngl|literally|and|but|i mean) same\b(?! (?:school|class|year|age|team|house|street|way"
    r"|time|thing|place|job|day|night|one|as|old|with|size|name)\b)|\bsame here\b|\bme too\b|\bso do i\b|\bso am i\b"
    r"|\bi do too\b|\bi am too\b|\bi'?m the same\b|\bi feel the same\b|\bme (?:either|neither)\b|\bboth of us\b"
    # ... and in Spanish and French ("mi hermana dice que se quiere morir y yo también"; rules-114)
    r"|\b(?:yo tambien|a mi tambien|igual que yo|moi aussi|moi non plus)\b"
)
# One of a group the writer teaches, coaches or looks after ("one of my year 10s", "one of my students")
_ONE_OF_THEM = r"one of (?:my|our) (?!(?:own|mates|friends)\b)[\w']+(?: [\w']+)?"
# What someone else wrote, whose subject is theirs (`OTHERS_CLAUSE`, `SOMEONE_AT_RISK_RULES`)
_THEY_WROTE_ABOUT = (
    r"(?:handed in|turned in|wrote|written|submitted|posted|shared) (?:a |an |this |some )?(?:piece of writing|essay"
    r"|poem|story|journal entry|note|song|drawing) (?:about|on)"
)
# ... and who wrote it: not the writer
_WHOEVER_WROTE = r"(?:he|she|they|" + _ONE_OF_THEM + r"|" + _SOMEONE + r")"
_NOT_SOMEONE_AT_RISK = (
    r"^(?!.*\b(?:lol|lmao|haha\w*|jk|joking|kidding|patients?|clients?|caseload|service users?|residents?|inmates?"
    r"|safeguarding|designated lead|one of (?:our|my) (?:teens|students|pupils|kids|young people|youth|learners)"
    r"|prisoners?|callers?|in the (?:book|film|movie|show|series|game|story|play|novel)|character|episode"
    r"|killed (?:him|her|them)self|took (?:his|her|their) (?:own )?life|died by suicide|committed suicide"
    r"|passed away|funeral)\b)"
)
# Their wish or intent told plainly, without "says" (rules-142, after memory holdout fresh_135's leak: "my friend wants
# to kill herself", "my son wants to die", "my brother has a plan to kill himself"); not dying of embarrassment or
# laughing, nor a risky job ("going to kill himself on that ladder")
_THEY_WANT_IT_PLAINLY = (
    r"(?: (?:really|still|now|apparently|honestly|literally|seriously|actually))? (?:wants? to (?:die|kill (?:him|her"
    r"|them)sel(?:f|ves)|end (?:it all|(?:his|her|their) (?:own )?life))|(?:is|'s|s) (?:going|gonna) to (?:kill|hang"
    r"|shoot) (?:him|her|them)sel(?:f|ves)|(?:has|'s got|got) a plan to (?:kill (?:him|her|them)sel(?:f|ves)|end"
    r" (?:it|it all|(?:his|her|their) (?:own )?life)))\b"
    r"(?! (?:of|from|laughing|over|on (?:that|the|this|those)|doing|trying|at (?:work|the gym)|working|with (?:that"
    r"|those|all|the)|if|when|before|after)\b)"
)
SOMEONE_AT_RISK_RULES = [
    # told what they said or wrote ("my best friend told me she wants to kill herself")
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + r"\b" + _NOT_THE_WRITERS % 60 + r"\b(?:told me|tells me|says|said"
    r"|keeps saying|talk say|tok say|tell me say|don talk say"
    r"|kept saying|keeps telling me|texted(?: me)?|messaged(?: me)?|posted|wrote|admitted|confided|has been saying"
    r"|'s been saying|been saying|keeps on about)(?: to me)?(?: that)?(?: (?:he|she|they)(?:'s|'d|'ll|s| is| was"
    r"| would| has| had| just| really| honestly))?(?: \w+){0,3}? " + _THEY_WANT_TO_DIE + r"\b",
    # seen in them ("my son's been cutting", "i think my dad is suicidal")
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + r"(?:'s| is| was| has been|'s been| seems| might be| may be"
    r"| could be| has started)(?: \w+){0,2}? (?:suicidal|self[- ]?harming|cutting (?:again|(?:him|her|them)self)"
    r"|talking about (?:suicide|ending it|killing (?:him|her|them)self))\b",
    # what they did ("my brother tried to kill himself last year", "she took an overdose")
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + r"\b" + _NOT_THE_WRITERS % 40 + r"\b(?:tried to (?:kill|end|hang|off)"
    r" (?:him|her|them)sel(?:f|ves)|tried to end (?:his|her|their) life|attempted suicide|took an overdose"
    r"|overdosed on purpose|(?:has|'s) been " + _CUTTING + r"|cuts (?:him|her|them)sel(?:f|ves)"
    r"|(?:is|'s|has been|'s been) self[- ]?harming)\b",
    # feared for by the writer ("i'm scared my dad is going to kill himself")
    _NOT_SOMEONE_AT_RISK + r".*\b(?:worried|scared|afraid|terrified|frightened|think|fear) (?:that |about |for )?"
    r"(?:\w+ ){0,2}?(?:he|she|they|" + _SOMEONE + r")\b[^.!?]{0,30}?\b(?:(?:is|'s|might|may|could|will|'ll)"
    r" (?:be )?(?:going to |gonna )?(?:kill|hurt|harm) (?:him|her|them)sel(?:f|ves)|(?:is|'s|might be|may be)"
    r" suicidal|(?:is|'s) (?:thinking|talking) (?:about|of) (?:suicide|ending it))\b",
    # rules-78 (safety holdout 75, after its measurement): what they wrote ("one of my year 10s ... handed in a
    # piece of writing about wanting to die")
    _NOT_SOMEONE_AT_RISK
    + r".*\b"
    + _WHOEVER_WROTE
    + r"\b"
    + _NOT_THE_WRITERS % 40
    + _THEY_WROTE_ABOUT
    + r" (?:wanting to die|suicide|killing (?:him|her|them)sel(?:f|ves)|ending (?:his|her|their) life"
    r"|self[- ]?harm\w*|not wanting to (?:live|be alive|be here))\b",
    # rules-84 (the session's user check): told in Hinglish ("mera bhai kal bola ki jeene ka mann nahi karta, main kya
    # karun?"), the words said after the saying (`_OTHERS_SAID_ELSEWHERE`)
    _HINGLISH_THEY_SAID
    + r"(?: [\w']+){0,4}? (?:"
    + _NO_WISH_TO_LIVE_HINGLISH
    + r"|mar (?:jaun|jau|jaaun|jana chahta|jana chahti)|marna chahta|marna chahti|khud ko khatam|sab khatam kar"
    r" (?:dunga|dungi|doon|dun)|khudkushi)\b",
    # rules-109 (safety holdout 100, after its measurement): told in Vietnamese ("em lo cho ban em qua, no bao dao nay
    # khong muon song nua. em nen lam gi?")
    _VIETNAMESE_THEY_SAID + r"(?: [\w']+){0,4}? (?:khong muon song nua|chang muon song nua|muon chet|muon tu tu"
    r"|muon tu sat)\b",
    # rules-114 (safety holdout 104, after its measurement): told in Spanish and French ("mi amigo dice que ya no
    # quiere vivir, cómo lo ayudo?", "mon frère parle de mourir depuis quelques jours"); the writer who feels it too
    # ("y yo también") is read by FEELING_IT_TOO, as in English
    r"\b(?:mi|mis) (?:amig[oa]s?|herman[oa]|prim[oa]|hij[oa]|novi[oa]|mama|papa|madre|padre|pareja|espos[oa]"
    r"|vecin[oa]|compa\w*|tio|tia|abuel[oa])(?: \w+)? (?:me )?(?:dice|dijo|anda diciendo|esta diciendo|habla de"
    r"|hablo de|me escribio|me conto|me mando)(?: que)?(?: [\w']+){0,4}? (?:ya no quiere vivir|no quiere vivir"
    r"|quiere morir\w*|se quiere morir|se quiere matar|quiere matarse|quitarse la vida|suicidarse|matarse)\b",
    r"\b(?:mon|ma|mes) (?:frere|s(?:oe|œ)ur|ami|amie|pote|copain|copine|pere|mere|fils|fille|cousin|cousine"
    r"|coloc\w*|mec|meuf|collegue)(?: \w+)? (?:me )?(?:parle|parlait|dit|disait|a dit|m'a dit|m'ecrit|m'a ecrit)"
    r"(?: de| qu'(?:il|elle)| que)?(?: [\w']+){0,4}? (?:mourir|se suicider|en finir|se tuer|plus vivre"
    r"|disparaitre pour de bon"
    # (rules-150, safety holdout 143's rule-made false alarm: "mon coloc parle de plus en plus d'en finir")
    r"|d'en finir|de se suicider|de se tuer)\b",
    # rules-121 (safety holdout 111, after its measurement): told in Levantine Arabizi ("sa7bte 3am te7ke enno ma 3ad
    # baddha te3ish, shu ba3mol?"; normalize reads 7 as t, 3 as e)
    r"\b(?:satbi|satbti|satbte|satbe|ukhti|akhi|khayi|rfi2ti|rfi2i)\b.{0,20}\b(?:eam (?:y|t)etki|eam (?:y|t)etke|qalli"
    r"|2alli|alli|2aletli|aletli)\b.{0,20}\bma ead (?:baddha|baddo|biddha|biddo) (?:teeish|yeeish|teesh|yeesh)\b",
    # rules-119 (safety holdout 109, after its measurement): seen in them, in French and Spanish ("mon fils de 15 ans
    # se scarifie je crois, j'ai vu des marques. comment aborder ça", "creo que mi hija se está cortando")
    r"\b(?:mon|ma|mes|notre) (?:frere|s(?:oe|œ)ur|ami|amie|pote|copain|copine|fils|fille|ado|gamin|gamine|cousin"
    r"|cousine|coloc\w*|eleve)(?: de \d+ ans)?(?: \w+)? (?:se scarifie|se mutile|se fait du mal|se coupe|est suicidaire"
    r"|pense au suicide)\b",
    r"\b(?:mi|mis) (?:amig[oa]s?|herman[oa]|prim[oa]|hij[oa]|novi[oa]|sobrin[oa]|alumn[oa])(?: de \d+ anos)?(?: \w+)?"
    r" (?:se (?:esta )?corta(?:ndo)?|se autolesiona|se (?:esta )?lastima(?:ndo)?|se hace dano|es suicida"
    r"|piensa en suicidarse)\b",
    # rules-142 (memory holdout fresh_135's leak, after its measurement): what they said with when before who ("my 15
    # year old daughter Maya told me tonight she's been thinking about ending her life"), and their wish told plainly
    _NOT_SOMEONE_AT_RISK
    + r".*\b(?:"
    + _SOMEONE
    + r"|(?:my|our) \d+ ?(?:year|yr)s? old(?: \w+){0,2}?)\b"
    + _NOT_THE_WRITERS % 60
    + r"\b(?:told me|tells me|says|said|admitted|confided|texted(?: me)?|messaged(?: me)?)(?: to me)?(?: that)?"
    r"(?: (?!(?:i|i'm|im|me)\b)\w+){0,3}? (?:he|she|they)(?:'s|'d|s|'ve| is| has| had)? " + _THEY_WANT_TO_DIE + r"\b",
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + r"\b" + _NOT_THE_WRITERS % 20 + _THEY_WANT_IT_PLAINLY,
]


# Someone else in danger this minute, told by a bystander (rules-65): their overdose, poison, wound or hanging with a
# sign of danger now ("my roommate took a bunch of pills and won't wake up"), them at an edge saying they'll jump, or
# threatening it right now. The emergency number goes first (`crisis.crisis_message`); the act is theirs, not the
# writer's (`risk.RiskAssessor`). Not an accident ("jumped off the shed and cut his arm"), nor a dose ("took his meds
# this morning"), nor a threat to control ("threatening to kill himself if I leave").
_THEMSELVES = r"(?:him|her|them)sel(?:f|ves)"
_DANGER_SIGN = (
    r"\b(?:(?:won'?t|wont|can'?t|cant|cannot|not|isn'?t|is not|aint|ain'?t|barely|hardly|stopped) (?:wake|waking"
    r"|wake up|breathing|breathe|responding|moving|come round|coming round)|unconscious|unresponsive|passed out|blood"
    r" everywhere|(?:bleeding|blood) (?:a lot|badly|heavily|so much)|won'?t stop bleeding|(?:lips|face) (?:are |is )?"
    r"(?:turning )?(?:blue|grey|gray)|foaming|fitting|seizing|having a seizure)\b"
)
_THEIR_ACT = (
    r"\b(?:(?:took|taken|had) an overdose|(?:took|taken|swallowed|downed|had) (?:all (?:of )?|a (?:whole )?(?:bottle"
    r"|packet|box|strip) (?:of )?|a (?:bunch|handful|load|lot) of |loads of |too many |[1-9]\d+ )(?:(?:his|her|their"
    r"|the|my) )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers)|overdosed|od'?d|(?:drank|drunk|swallowed)"
    r" (?:some |the |a bottle of )?(?:bleach|poison|antifreeze|weedkiller|pesticide|paraquat)|(?:cut|slit|slashed)"
    r" (?:(?:his|her|their) (?:wrists?|throat)|"
    + _THEMSELVES
    + r")|(?:hanged|hung|stabbed|shot) "
    + _THEMSELVES
    + r")\b"
)
_AT_AN_EDGE = (
    r"(?:'s| is)(?: standing| sitting| stood| sat)? (?:on|at|up on) (?:the |a |this )?(?:edge of (?:the |a )?)?"
    r"(?:bridge|roof|rooftop|ledge|edge|tracks|railway|cliff|balcony|parapet|car park roof)\b[^.!?]{0,60}?\b(?:jump"
    r"|saying|says|said|threaten\w*|won'?t come (?:down|back)|wont come (?:down|back)|going to|gonna|end it)"
)
_THREATENING_NOW = (
    r"(?:'s| is) (?:threatening|saying (?:s?he|they)(?:'s| is|'ll| will)? (?:going to|gonna)|about) to (?:jump|kill "
    + _THEMSELVES
    + r"|shoot "
    + _THEMSELVES
    + r"|hang "
    + _THEMSELVES
    + r"|end it)\b[^.!?]{0,40}?\b(?:right now"
    r"|now|as we speak|tonight|at the moment)\b"
)
SOMEONE_IN_DANGER_NOW = [
    _NOT_SOMEONE_AT_RISK + r"(?=.*" + _DANGER_SIGN + r").*\b" + _SOMEONE + r"\b" + _NOT_THE_WRITERS % 30 + _THEIR_ACT,
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + _AT_AN_EDGE,
    _NOT_SOMEONE_AT_RISK + r".*\b" + _SOMEONE + _THREATENING_NOW,
    # rules-142 (after memory holdout fresh_135's leak): going to do it tonight or now ("my friend is going to kill
    # himself tonight")
    _NOT_SOMEONE_AT_RISK
    + r".*\b"
    + _SOMEONE
    + r"(?:'s| is) (?:going|gonna|planning) to (?:kill|hang|shoot) "
    + _THEMSELVES
    + r" (?:tonight|right now|now|today|as we speak)\b",
]


# Labour exploitation of the writer, a form of abuse told (`abuse.exploitation`): its helplines are sent beside
# the abuse ones (domestic and migrant workers, trafficking).
EXPLOITATION_RULES = [
    # Papers held by an employer or sponsor, food or sleep withheld.
    r"\b(?:he|she|they|(?:the|my|our) (?:[\w-]+ )?(?:sponsor|employer|boss|agent|agency|madam|madame|recruiter"
    # rules-53 (memory holdout fresh_38, after its measurement): where they are between ("my boss on the farm in
    # Wexford keep my passport")
    r"|owner|family|company))(?: (?:on|at|in) (?:the |a )?[\w']+(?: (?:in|at) [\w']+)?)?(?: [\w']+){0,2}? (?:took"
    r"|takes|has taken|kept|keeps|keep|are keeping|is"
    r" keeping|holds|is holding|confiscated|won'?t give back|will not give back) (?:away )?my (?:passport|papers"
    r"|documents|id card|visa)\b(?!.*\b(?:for me|to renew|renewed|to the embassy|for safe ?keeping|lol)\b)",
    # rules-66 (safety holdout 68, after its measurement): anyone keeping both the papers and the pay ("my uncle keeps
    # my passport and my pay from the plant")
    r"\b(?:keeps|kept|keep|took|takes|taken|holds|is holding|has|confiscated) my (?:passport|papers|documents|visa"
    r"|id card) and (?:my |all my )?(?:pay|wages|salary|money|earnings)\b(?!.*\b(?:for me|safe ?keeping|lol)\b)",
    r"\b(?:madam|madame|the sponsor|my sponsor|my employer|the employer|my boss|the agent|my agent|the family i"
    r" work for)(?: [\w']+){0,2}? (?:does not|doesn'?t|do not|don'?t|won'?t|will not|never) (?:let|allow) me"
    r" (?:to )?(?:eat|sleep|rest|call (?:my family|home)|see a doctor|leave)(?=\s*(?:$|[,.!?]|for |until |till"
    r"|anything|properly|enough|the house))",
    # rules-103 (safety holdout 97's concern row, after its measurement): a passport held by the boss of a shop, in
    # Vietnamese ("chu tiem giu ho chieu cua em")
    r"\b(?:chu|ong chu|ba chu|cong ty|chu tiem|chu nha|chu quan)\b.{0,20}\bgiu (?:ho chieu|giay to)(?: cua)?"
    r" (?:em|toi|minh|tao|anh|chi|con)\b",
    # rules-150 (safety holdouts 143 and 145): a passport held by the one the writer lives or works with (romanized
    # Hindi "mera passport apne paas rakhta hai", Tagalog "hawak niya passport ko")
    r"\bmera (?:passport|pasport) (?:apne paas (?:rakh(?:ta|ti) (?:hai|h)|rakh liya|rakha hai)|(?:le|chheen|chin)"
    r" liya)\b(?!.*\b(?:renew|safe|sambhal)\w*)",
    r"\b(?:hawak|hinahawakan|tinago|tinatago) (?:niya|nya|nila|ni \w+) (?:ang )?(?:passport|pasaporte) ko\b",
]
# What marks abuse already told as sexual ("he raped me", "touched me when I was 12", "made me touch him"): read only
# once an abuse rule has matched (`abuse.sexual`), so a touch on the shoulder is nothing; a sexual assault line goes
# out first.
SEXUAL_ABUSE_MARKERS = [
    r"\b(?:rap(?:e|ed|es|ing|ist)|molest\w*|sexual(?:ly)? (?:assault\w*|abus\w*)|fondl\w*|grop\w*|incest)\b",
    r"\b(?:touch(?:ed|es|ing)?|feel(?:s|ing)?|felt) (?:me|my body)\b|\bmade me (?:touch|kiss|watch)\b",
    # rules-43: "did stuff to me" when the writer was a child
    rf"\b{_AS_A_CHILD}\b[^.!?]{{0,60}}\b{_DONE_TO_ME}\b|\b{_DONE_TO_ME} {_AS_A_CHILD}\b",
    # rules-71: a "no" not heeded; kin's deeds told in Portuguese, Spanish or Italian
    _NO_NOT_HEEDED,
    _DONE_TO_ME_ROMANCE,
    r"\b(?:down there|private parts|my privates|into my bed|in(?:to)? my room at night|sex with me|forced himself"
    r"|forced herself|took my clothes|undress(?:ed)? me|naked pictures of me|nudes of me)\b",
    # rules-47: in the writer's room while the mother is away or asleep ("comes in my room when mums on nights")
    r"\bin(?:to)? my (?:room|bed|bedroom) (?:when|while) (?:my |our )?(?:mum|mom|mam|mother|ma|everyone)(?:'s|s| is"
    r"| was) (?:asleep|sleeping|out|away|at work|on nights)\b",
    # What survivors of a sexual assault often say of after: washing it off, a drink spiked, a party.
    r"\b(?:wash (?:it|him|her|them|the feeling) (?:off|away)|feel clean again|can'?t get clean|spiked my drink|drugged"
    r" me|roofied)\b|\bassaulted me at (?:a|the|his|her|their) (?:party|club|bar|house|flat|place|dorm|room)\b",
]
# The writer threatening someone: violence, but no abuse of the writer (no abuse helplines are sent for it).
THREAT_RULES = [
    # rules-87 (memory holdout fresh_91's false sensitive row, after its measurement): not a game lost ("died like 40
    # times to the same boss in Elden Ring lmaooo and my little brother Zaid beat it first try, i'm going to kill him")
    r"^(?!.*\b(?:elden ring|same boss|final boss|boss fight|first try|fortnite|fifa|minecraft|ranked|respawn\w*"
    r"|video ?games?|console|pss|xbox|controller|speedrun\w*)\b)"
    # rules-88 (memory holdout fresh_93's false sensitive row, after its measurement): a neighbour's noise vented ("I'm
    # going to kill my neighbour, he plays drums every night at 23h ... I'm baker, I start at 4 in the morning")
    r"(?!.*\b(?:neighbou?rs?|upstairs|next door|flatmates?|roommates?)\b.{0,60}\b(?:drums?|music|bass|noise|noisy"
    r"|loud|part(?:y|ies)|hoover\w*|vacuum\w*|drilling|barking|snor\w*|every (?:night|morning))\b)"
    # rules-90 (memory holdout fresh_95's false sensitive row, after its measurement): food eaten or a charger taken
    # ("I'm gonna KILL my brother Liam he ate the last of my birthday cake")
    r"(?!.*\b(?:ate|eaten|finished|drank|stole|nicked|took|used) (?:the last of )?my (?:\w+ )?(?:cake|food|fries|chips"
    r"|pizza|leftovers|snacks?|chocolate|sweets|lunch|dinner|ice cream|crisps|biscuits|charger|hoodie|makeup)\b"
    # (rules-111, memory holdout fresh_109's false sensitive row: whatever dish was eaten, "he finished my benachin
    # AGAIN")
    r"|.*\b(?:ate|eaten|finished|drank|drunk) (?:the last of |all (?:of )?)?my \w+(?: \w+)? (?:again|agen|agn)\b).*?"
    # (rules-92, memory holdout fresh_97's false sensitive row: not someone else's "gonna" - "mum's gonna kill him when
    # she gets home")
    r"\b(?:i'?m going to|i will|i want to|(?<!'s )(?<! is )(?<!'re )(?<! are )(?:gonna|going to)) (?:kill|shoot"
    r"|stab|hurt) (?:him|her|them|you|my \w+"
    r"|everyone|people)\b"
    # rules-74 (memory holdout fresh_76, after its measurement): not said laughing ("my boyfriend Jun was laughing at me
    # whole time, I will kill him lol")
    r"(?![^.!?]*\b(?:lol|lmao|lmfao|haha\w*|jk|jking|joking|kidding)\b)"
    # rules-83 (memory holdout fresh_84's false sensitive row, after its measurement): "I'm going to kill my husband,
    # he's booked us on a 6am flight to Malaga for our anniversary. Sweet, but who does that?"
    r"(?!.*\b(?:sweet|bless (?:him|her)|who does that|typical|cute|adorable|so extra)\b)",
]
SEXUAL_RULES = [
    r"\b(?:sex|sexy|sexual|nudes?|naked|horny|porn|nsfw|orgasm|erotic|kinky|sexting|sext)\b",
    r"\b(?:blowjob|handjob|dick|cock|pussy|boobs|tits|cum|masturbat\w*|strip for)\b",
    r"\b(?:touch|touching) (?:yourself|myself|me) (?:down there|there)\b",
    # asked for ("send me pics", "can you send photos"), not told of ("my parents send me photos from the beach")
    r"(?:^|[.!?,]\s*|\b(?:you|u|ya|pls|please|plz|can you|could you|will you|wanna|gonna|go on|just|and|so|now)\s+)"
    r"send (?:me )?(?:pics|pictures|photos)\b",
    r"\bmake love\b",
    r"\b(?:take off|taking off|undress\w*) (?:your|my) (?:clothes|shirt|dress|bra)\b",
]
# Threats from people the writer owes ("the lads i borrowed off came round again and said next time they wont be so
# polite"): harassment, sensitive, and debt advice lines (a risk of its own: debt and threats over it weigh on people
# who later think of suicide), not the abuse ones.
LENDER_THREAT_RULES = [
    r"\b(?:lads|guys|men|blokes|people|fellas|loan sharks?|dealers?|gang)(?: (?:i|we) (?:owe|borrowed (?:off|from)))"
    r"\b.*\b(?:said|told me|threatened|warned|came round|found out where)\b",
    r"\b(?:said|says|told me) next time (?:they|he|she)(?:'ll| will|'d| would)? (?:won'?t|will not|wont) be (?:so "
    r"|as )?"
    r"(?:polite|nice|friendly|gentle)\b",
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
    r"|\bi could (?:just )?(?:die|kill myself) (?:of|from|laughing)\b"
    # rules-152 (memory fresh_158 and fresh_160's false sensitive rows): "if i ever get to japan on tour i'll die
    # happy", "my family jokes that i'll die on a mountain one day"
    r"|\b(?:i'?ll|i will|i'?d|i would|i could|i can) (?:finally )?die (?:a )?(?:happy|happier|content|smiling)\b"
    r"|\b(?:jokes?|joking|joked) (?:that )?i'?ll die (?:on|in|up|at) (?:a|the|some) \w+"
    # "a cake to die for"; not "i want to die for real" (rules-91: the writer insisting, read as the idiom before)
    r"|\bto die for\b(?! (?:real|reals|realsies|sure|certain|good|now|tonight|today)\b)"
    r"|\b(?:suicide|overdose|self[- ]?harm) (?:prevention|awareness|hotline|squad|rates?|statistics|research)\b"
    r"|\b(?:phone|battery|laptop|computer|car|plant|it|its|it's)(?:'s| is)? (?:about to|going to|gonna) die\b"
    r"|\bsuicide (?:bomb\w*|attacks?|missions?|doors?|squad|rates?|prevention|awareness|hotline)\b"
    # rules-39: others watched for their safety ("constant obs on a couple of cells on suicide watch")
    r"|\b(?:cells?|prisoners?|patients?|inmates?|residents?|lads|a (?:lad|prisoner|patient|resident))"
    r" on suicide watch\b"
    r"|\bmorir(?:me)? de (?:la )?(?:risa|aburrimiento|hambre|verguenza|pena)\b|\bmourir de rire\b|\bmorrer de rir\b"
    # rules-80 (safety holdout 78, after its measurement): the prevention of suicide studied, in other languages
    # ("tengo parcial de psicologia sobre prevencion del suicidio")
    r"|\b(?:prevencion|prevencao|prevention|prevenzione|preventie|prewencja|prewencji) (?:del |do |du |de la |de |della"
    r" |van )?(?:suicidio|suicide|suicidi|suicidu|zelfdoding|samobojstw\w*)\b|\bsuizidpravention\b"
    r"|\bbefore i die\b"
    # rules-125 (safety holdout 113's false alarm, after its measurement): a joke exile after an embarrassment
    # ("my group chat found my old myspace. moving to the moon, goodbye forever")
    r"|\b(?:moving|move|moved|fleeing|emigrating|relocating|running away) to (?:the moon|mars|another planet"
    r"|antarctica|the arctic|outer space|space),? (?:bye|goodbye) (?:forever|world|everyone)\b"
    # rules-52: a show, a game or an ordeal so bad the writer "wants to die" ("the serial's ending was so bad I want to
    # die"); not life itself
    r"|\b(?:ending|finale|episode|film|movie|show|serial|season|match|game|song|album|exam|test|meal|date|speech"
    r"|presentation|interview|performance|traffic|queue|sermon|lecture|meeting)(?:'s| is| was| were) so (?:\w+ )?"
    r"(?:bad|boring|cringe|awful|embarrassing|terrible|dull|long|slow) (?:that )?i (?:want(?:ed)? to|wanna|could"
    r"|almost|nearly) (?:die|died)\b"
    r"|\b(?:makes|made|making) me (?:want to|wanna) die\b|\boverdosed on (?:coffee|caffeine|sugar|chocolate)\b"
    # A dose for animals or plants ("dont want to overdose the lambs")
    r"|\boverdos\w* (?:the|my|our|his|her|their) (?:\w+ )?(?:lambs?|sheep|ewes?|cattle|cows?|calf|calves|heifers?"
    r"|goats?|pigs?|chickens?|hens?|dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|ponies|pony|pets?|animals?|plants?"
    r"|lawn|fish|tank|pool)\b"
    r"|\b(?:would|'d) die (?:for|without) (?:a|some|pizza|coffee|chocolate)\b"
    # rules-84 (memory holdout fresh_86's false sensitive, after its measurement): tiredness ("going to be dead tired at
    # the library tomorrow" is no wish to be dead)
    r"|\bdead (?:tired|beat|on (?:my|our) feet)\b"
    # rules-53 (safety holdout 57, after its measurement): one more of a nuisance ("if I have to hear one more word
    # about the co-op board I'll shoot myself"); not one more day of life ("one more day like this")
    r"|\bif i (?:have to |hafta |gotta |hear |see |get |read |sit through |answer )(?:\w+ ){0,3}?one more"
    r" (?!(?:day|days|night|nights|week|weeks|month|months|year|years|minute|second|hour|morning) (?:of (?:this|life"
    r"|living|being)|like this|alone|here|on this earth|in this)\b)[\w' ]{1,50}?,? i'?(?:ll| will| swear i'?ll)"
    r" (?:shoot|kill|hang|off) myself\b"
    # rules-126 (safety holdout 114's false alarm, after its measurement): one more time someone plays, says or asks
    # something ("if they play that song at the work do one more time i swear i'll shoot myself lol")
    r"|\bif (?:they|he|she|you|u|someone|anyone|my \w+|\w+) (?:play|plays|sing|sings|say|says|mention|mentions|ask"
    r"|asks|post|posts|send|sends|put on|puts on|talk about|talks about|bring up|brings up) (?:[\w']+ ){0,8}?one more"
    r" time,? i (?:swear )?i?'?(?:ll| will) (?:actually |literally )?(?:shoot|kill|hang|off) myself\b"
    # rules-122 (memory holdout fresh_117's false sensitive row, after its measurement): one more of what someone makes
    # the writer eat or do ("if my mum makes me eat ONE more beetroot I will actually die 😤")
    r"|\bif (?:my \w+|he|she|they|you|\w+) (?:makes?|made) me (?:eat|drink|do|watch|hear|sit through|listen to|read"
    r"|wear) (?:\w+ ){0,3}?one more (?!(?:day|days|night|nights|week|weeks|month|months|year|years)\b)[\w' ]{1,40}?,?"
    r" i'?(?:ll| will| swear i'?ll)(?: actually| literally| honestly)? die\b"
    # rules-52 (safety holdout 56, after its measurement): an overdose studied ("need to nail the signs of overdose
    # in cats")
    r"|\b(?:signs?|symptoms?|risks?|treatment|management|effects?) of (?:an? )?(?:overdose|od)\b"
    # Things, pets, children and chores that "will kill me" ("this is going to kill me", "my cat is trying to kill
    # me"); a person who threatens to ("he is trying to kill me") is not stripped: abuse.danger keeps it.
    r"|\b(?:my |the |this |that |these |those )?"
    r"(?:(?:\d{1,2} ?(?:am|pm)|early|morning|evening|night|new|double|extra) )?"
    r"(?:cats?|dogs?|kitten|puppy|pets?|baby|toddler|kids|boss|teacher|"
    # rules-84 (memory holdout fresh_88's false sensitive, after its measurement): small pets and farm animals ("this
    # hamster is trying to kill me I swear")
    r"hamsters?|rabbits?|bunny|bunnies|guinea pigs?|ferrets?|parrots?|budgies?|birds?|goats?|horses?|pony|rooster"
    r"|chickens?|hens?|chooks?|puppies|kittens|"
    # rules-39 (after safety holdout 44's measurement): people at work and busy seasons ("the governor is gonna kill
    # me, left my keys on the wing", "tax return season is gonna kill me"); a partner or parent is not stripped
    r"gaffer|(?:line |practice |store |shift )?manager|editor|governor|supervisor|practice owner|head ?teacher"
    r"|principal|foreman|sarge|sergeant|team lead|client|clients|customer|season|month|audit|rota|term|semester|"
    r"(?:personal )?trainer|instructor|physio|physiotherapist|pt|pilates teacher|yoga teacher|dentist|ur|"
    r"homework|job|work|class|exam|exams|essay|workout|gym|coach|diet|heat|weather|traffic|commute|hangover|shift|"
    # rules-44 (safety holdout 48, after its measurement): the cold ("windchill is -40, this cold is gonna kill me")
    r"cold|windchill|wind chill|humidity|snow|frost|winter|summer|"
    # training done ("this 6am lift is going to kill me one day i swear")
    r"lift|lifts|practice|training|drills?|conditioning|session|sprints?|"
    r"meeting|deadline|week|day|this|it|that|these|those|you)(?:'s| is| are| was| were)? (?:literally |actually "
    r"|really |honestly |so )?(?:going to |gonna |trying to |about to |out to |will |'ll )?(?:kill|killing|be the "
    r"death of) me\b"
    # rules-47 (memory holdout fresh_23, after its measurement): the same of a boss named ("my manager Thabo is going
    # to kill me, late again")
    r"|\bmy (?:gaffer|(?:line |store |shift )?manager|boss|supervisor|foreman|team lead|editor|sarge) [a-z]+(?:'s| is)?"
    r" (?:literally |actually |really |honestly |so )?(?:going to |gonna )?kill me\b"
    r"|\b(?:the )?death of me\b|\b(?:i )?(?:nearly|almost) died (?:laughing|of|from|when)\b"
    r"|\bdie (?:of|from) (?:boredom|embarrassment|laughter|cringe|shame|heat|hunger|cuteness)\b"
    r"|\bcould (?:just )?(?:kill|shoot|kick|slap|strangle) myself for\b|\bbungee jump\w*(?: off)?"
    # working oneself to death for little ("not gonna kill myself for peanuts again like last job")
    r"|\bkill(?:ing)? myself for (?:peanuts|pennies|nothing|minimum wage|free|less|a pittance|no money|this job"
    r"|that job|a job|this company|that company|a bonus|overtime|(?:this|that|a|the) (?:client|boss|contract|wage))\b"
    r"|\b(?:want|wanna|going) to die my hair\b"
    # Sport drills ("coach made us do suicides"), and deaths reported, mourned or counted ("died by suicide",
    # "overdose deaths in our county"): not the writer's own wish.
    r"|\b(?:do|did|doing|does|run|ran|running) suicides\b|\bsuicides? (?:drills?|sprints?|runs?)\b"
    # (rules-105, safety holdout 98, after its measurement: "lost my brother to suicide 2 years ago")
    r"|\b(?:died|dies|death|deaths|lost (?:him|her|them|(?:my|our|a|his|her|their) (?:\w+ )?\w+|\w+)) (?:by|of|from"
    r"|to) (?:suicide|an overdose|overdoses?)\b"
    r"|\b(?:suicide|overdose) (?:deaths?|figures|numbers|crisis|epidemic|headlines?|scene|storyline|plot)\b"
    r"|\b(?:veteran|teen|youth|male|student) suicides?\b"
    # A trivial annoyance "one more time" and the threats people make of it ("if i hear that song one more time i'll
    # die", "one more budget meeting and i will actually die", "one more 'per my last email' and im jumping off the
    # office roof"); "one more day" is not one.
    # rules-38: "1 more time ... ima kms", "one bad review and i want to throw myself off a cliff"
    r"|\b(?:one|1) (?:more|bad|rude|stupid|single) (?:[\w']+ ){0,3}?(?:time|meeting|song|e ?mails?|call|zoom|ad|advert"
    r"|video|episode|lecture|class|review|comment"
    r"|question|spreadsheet|report|slide|powerpoint|invoice|customer|group project|tiktok|reply all|team building"
    r"|standup|stand up|icebreaker)\b[^.!?]{0,30}?\b(?:and |then )?(?:i'?ll|ill|i will|i'?m going to|i'?m|i might"
    r"|i swear i'?ll|ima|imma|i'?ma|i want to|i wanna|i) (?:actually |literally |just |honestly )?(?:die|kill myself"
    r"|kms|jump\w* (?:off|out)(?: [\w']+){0,4}"
    r"|throw myself (?:off|out)(?: [\w']+){0,4})"
    # Said to someone else ("your going to die when i tell you"), and things that "commit suicide".
    r"|\b(?:your|you'?re|youre|you are|you'?ll|you will) (?:going to |literally |actually )?die (?:when|laughing|of"
    r"|from)\b"
    r"|\b(?:laptop|phone|computer|pc|printer|battery|tv|console|router|wifi|hard drive|(?:house)?plants?|car"
    r"|tamagotchi)(?: just| literally| basically| has| kinda){0,2} (?:committed suicide|killed itself|unalived itself"
    r"|(?:have|has|made|are in|is in) a suicide pact)"
    # A parent who "is going to kill me" over a mishap ("mum's going to kill me, dented the car reversing"); a
    # laugh or a marathon that felt like dying; the "rather ... than" of a dreaded party (not of living). Not when
    # the sentence also tells of a threat or fear (rules-40: "my husband is gonna kill me, i burned dinner again
    # and he said last time was the last time"); read once "kill me" is found, not at every word of a text.
    r"|\b(?:mum|mom|mother|dad|father|parents|sister|brother|nan|gran|grandma|grandpa|teacher|boss|coach|wife"
    r"|husband|missus|partner|mam|mammy|mommy|mummy|ma|mudder|mudda|madda|da|daddy|pops|director|manager|supervisor"
    r"|editor|tutor|lecturer|instructor|conductor|captain|trainer|flatmate|roommate|bandmates?"
    # (rules-130, safety holdout 118's false alarm: "skipper's gonna kill me, forgot to tie the boat up properly")
    r"|skipper|gaffer|foreman|sarge|sergeant|chef|landlady"
    # rules-55 (safety holdout 59, after its measurement): kin in other languages ("nha mãe is gonna kill me, forgot
    # to send the money to Praia", "omg my niam is gonna kill me i forgot", "yiayia's going to kill me, I told her
    # I'm not coming to Easter")
    r"|yiayia|yaya|giagia|papou|pappou|nonna|nonno|abuela|abuelo|abuelita|mae|pai|avo|vovo|lola|lolo|oma|opa"
    r"|babcia|dziadek|bibi|tutu|" + _PARENT_WORDS + r")(?:'s| is| are| will)?"
    r" (?:literally |actually |so |honestly )?(?:going to |gonna )?"
    r"kill me\b"
    r"(?![^.!?]*\b(?:last time|final warning|warned me|(?:said|says|swore|told me) (?:he|she|they)(?:'d|'ll| would"
    r"| will)|scared|afraid|terrified|hide|hiding|bruis\w*|hits? me|beats? me|hurts? me)\b)"
    r"(?: [\w']+){0,2}? (?:i |i'?ve |i have |just )?(?:told (?:her|him|them) i'?m not (?:coming|going)\b|"
    + _MISHAP
    + ")"
    # ... the mishap told first ("I burnt the pap again, my mom is going to kill me")
    + r"|\bi (?:just |also |totally )?"
    + _MISHAP
    + r"[^.!?]{0,50}\b(?:my )?(?:mum|mom|mam|ma|mudder|dad|da|wife|husband|missus|boss"
    r"|teacher|coach)(?:'s| is| will)? (?:literally |actually |so |honestly )?(?:going to |gonna )?kill me$"
    # rules-114 (safety holdout 104, after its measurement): ... or a daring thing signed up for ("signed up for bull
    # riding at the rodeo in san antonio, mama's gonna kill me")
    r"|\b(?:signed (?:up|myself up)|booked|registered|entered|enrolled)\b[^.!?]{0,80}\b(?:my )?(?:mum|mom|mam|ma"
    r"|dad|da|wife|husband|missus|" + _PARENT_WORDS + r")(?:'s| is| will)? (?:literally |actually |so |honestly )?"
    r"(?:going to |gonna )?kill me$"
    # rules-116 (safety holdout 106, after its measurement): the will written in jest at a parent's "we need to talk"
    r"|\bwe need to talk'? (?:\w+ ){0,3}?(?:i'?ve|ive|i have) already (?:written|made|sorted|drafted) my will\b"
    r"|\b(?:thought|felt like|swear) i (?:was|were) (?:going to|gonna|about to) die\b"
    r"|\bmight (?:actually |literally |just )?die \w+ing\b"
    # (rules-131, safety holdout 119's false alarm: "last day at the call centre today!! handed in my headset, goodbye
    # forever lol")
    r"|\blast day (?:at|of|in) (?:the |my )?[\w'-]+(?: [\w'-]+)?\b.{0,80}?\b(?:goodbye|bye) (?:forever|for good)\b"
    r"(?!.{0,40}\b(?:pills|tablets|rope|bridge|jump|end it|kill)\b)"
    r"|\b(?:goodbye|bye) (?:forever|for good),? (?:to )?(?:mondays?|monday mornings|mornings|alarms?|school|homework"
    r"|exams?|uni|the office|work|braces|my cast|retainer|winter|diets?)\b"
    r"|\bwanted to die (?:at|by|around) (?:mile|km|lap|the \w+ mile) ?\w*"
    r"|\b(?:i'?d|i would) (?:rather|sooner) (?:die|be dead|jump off (?:a|the) \w+|throw myself off (?:a|the) \w+)"
    r" than (?!(?:live|living|go on|going on|keep|be alive|carry on|wake up|face|spend|stay|be here|exist)\b)"
    # A parent "is gonna kill me when she sees the dent in the car": trouble over a thing, not a threat. A threat
    # ("he said he'd kill me if i leave", "he's going to kill me when he gets home") is left to abuse.danger.
    r"|\b(?:mum|mom|mother|dad|father|parents|sister|brother|nan|gran|grandma|grandpa|teacher|boss|coach|landlord"
    r"|daughter|son|kids|teenager)"
    r"(?:'s| is| are| will)? (?:literally |actually |so |honestly )?(?:going to |gonna )?kill me (?:when|if|once)"
    r" (?:she|he|they|it) (?:sees?|finds? out|hears?|notices?|realis\w+|realiz\w+|gets? the|looks? at|checks?)"
    r"(?: [\w']+){0,6} (?:dent|car|minivan|scratch\w*|grades?|report card|results|marks|bill|mess|room|kitchen"
    r"|haircut|hair|tattoo|piercing|credit card|bank statement|receipt|shoes|dress|broke\w*|crack\w*|stain\w*"
    r"|vase|window|phone|exam|test|ticket|fine|parking"
    # (rules-147, safety holdout 136's rule-made false alarm: "my landlord is gonna kill me when he sees the wall i
    # drilled for my stream lights")
    r"|wall|walls|holes?|carpet|floor|door|paint|damage"
    # (rules-150, safety holdout 145: "my daughter is going to kill me when she sees i washed her hoodie with the reds")
    r"|hoodie|jumper|sweater|shirt|top|jeans|clothes|washed|shrunk)\b"
    # ... or a partner's, when nothing in the sentence tells of fear or harm (rules-144: "my wife's going to kill me
    # when she sees the bill", a false alarm noted in the forty-seventh session)
    r"|\b(?:wife|husband|missus|hubby|wifey)(?:'s| is| will)? (?:literally |actually |so |honestly )?"
    r"(?:going to |gonna )?kill me (?:when|if|once) (?:she|he) (?:sees?|finds? out|gets? the|looks? at|checks?)"
    r"(?: [\w']+){0,4}"
    r" (?:bill|receipt|credit card|bank statement|dent|scratch\w*|haircut|tattoo|shoes|dress|parking ticket|fine"
    # (rules-150, safety holdout 145: "the missus is going to kill me when she sees the telly i bought")
    r"|telly|tv|console|bike|golf clubs|what i (?:bought|spent))\b"
    r"(?![^.!?]*\b(?:scared|afraid|terrified|hide|hiding|bruis\w*|hits? me|beats? me|hurts? me|last time|warned)\b)"
    # ... or a sponsor's or a worker's over something missed (rules-145, safety holdout 132's false alarm: "my sponsor
    # is gonna kill me when he hears i skipped the meeting for the match")
    r"|\b(?:sponsor|therapist|counsell?or|probation officer|parole officer|case ?worker|key ?worker|social worker"
    r"|physio)(?:'s| is| will)? (?:literally |actually |so |honestly )?(?:going to |gonna )?kill me (?:when|if|once)"
    r" (?:she|he|they) (?:hears?|finds? out|sees?|notices?)(?: that)? i (?:skipped|missed|forgot|didn'?t go|bunked"
    r"|ditched|blew off)\b"
    # Excitement ("if he texts me back i will actually die"), the annoyance threat the other way round ("i'm going
    # to throw myself off the balcony if they play that song one more time"), and sleep after a hard week.
    r"|\bif (?:he|she|they|my crush|[a-z]+) (?:actually |ever )?(?:texts?|replies|messages|calls|dms|follows|likes"
    r"|notices|asks|says yes|remembers)(?: [\w']+){0,4} (?:i'?ll|i will|i'?m gonna|i'?m going to) (?:actually "
    r"|literally |just )?die\b"
    r"|\b(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:actually |literally |just )?(?:die|jump\w* (?:off|out)"
    r"(?: [\w']+){0,4}|throw myself (?:off|out)(?: [\w']+){0,4}) if [^.!?]{0,50}?\bone more (?:time|\w+)\b"
    r"|\bsleep (?:forever|for (?:a|a whole) (?:week|month|year)) (?:after|once|when) (?:this|the|my) (?:exams?"
    r"|week|shift|semester|term|trip|move|project|marathon|wedding|party|holiday|deadline|night shifts?)\b"
    # Doing something brilliantly ("gonna kill it at my presentation", "absolutely murdered it last night"), and
    # the family's threat over a trifle ("my mum says she'll kill me if i'm late again"); "if i leave" is no trifle.
    r"|\b(?:kill|kills|killed|killing|murder|murders|murdered|murdering|slay|slayed|slaying|smash|smashed"
    r"|smashing) it\b"
    # rules-50 (memory's extraction holdout fresh_27, after its measurement): the ordeal named instead of "it" ("I'm
    # going to kill my exam on Thursday", "absolutely smashed my driving test"); not a person ("kill my brother")
    r"|\b(?:kill|killed|killing|murder|murdered|slay|slayed|smash|smashed|smashing)(?: my| this| the| that| our"
    r"| tomorrow's| today's)? (?:[\w'-]+ )?(?:exams?|tests?|presentation|interview|audition|set|gig|match|race"
    r"|speech|pitch|finals|assignment|essay|performance|recital|workout|solo|routine|viva|quiz|debate|demo)\b"
    r"|\b(?:mum|mom|mother|dad|father|parents|nan|gran|grandma|grandpa|teacher|boss|coach)(?:'s| is| are| will"
    r"| says (?:she|he|they)(?:'ll| will))? (?:literally |actually |so |honestly )?(?:going to |gonna )?kill me if i"
    r"(?:'m| am)? (?:late|forget|don'?t (?:clean|tidy|do|finish|pass|call|text)|miss|lose|break|spill|eat|fail|get"
    r" (?:home|back) late)\b"
    # rules-55 (safety holdout 59, after its measurement): a team or a quiz better off without the writer ("team's
    # better off without me at the pub quiz, I know nothing about footy"); the threat of one more nuisance from
    # someone ("If one more pax asks for a 'quick upgrade' I'll throw myself out the R2 door"), not one more day;
    # all the day's tablets taken as prescribed ("took all my tablets this morning like a good girl, 11 a day now")
    r"|\b(?:better|happier) off without me (?:at|on|in) (?:the |our |this |that )?(?:pub )?(?:quiz|quiz team|team"
    r"|match|game|squad|side|line ?up|rota|pitch|court|band|choir|relay|group project|trivia|karaoke|dance ?floor)\b"
    r"|\bif (?:one|1) more (?!(?:day|days|night|nights|week|weeks|month|months|year|years|morning|minute|hour)\b)"
    r"(?:[\w']+ ){1,3}?(?:asks|says|tells|calls|sends|emails|texts|complains|rings|orders|wants|tries|pings"
    r"|messages|books|cancels|shouts|moans)\b[^.!?]{0,60}?\b(?:i'?ll|ill|i will|i'?m going to|ima|imma)"
    r" (?:actually |literally |just |honestly )?(?:die|kill myself|kms|shoot myself|jump\w* (?:off|out)(?: [\w']+){0,4}"
    r"|throw myself (?:off|out)(?: [\w']+){0,4}|drown myself(?: [\w']+){0,4})"
    r"|\btook all my (?:tablets|pills|meds|medication)\b(?=[^.!?]*\b(?:like a good (?:girl|boy)|\d+ (?:tablets |pills"
    r" )?a day|pill organi[sz]er|dosette|blister pack|as prescribed)\b)"
    # rules-57 (safety holdout 60, after its measurement): a statistic, a theory or risk factors studied ("another
    # farmer suicide stat in the Farmers Weekly", "Durkheim's theory of suicide"), dying "in a good way", and being
    # tired of living paycheck to paycheck
    r"|\bsuicide (?:stats?|figures|numbers|theory)\b|\btheory of suicide\b"
    r"|\brisk factors for (?:suicide|self[- ]?harm)\b"
    r"|\b(?:i )?(?:want to|wanna) die but in a (?:good|nice|fun|happy) way\b"
    r"|\btired of living (?:pay ?check to pay ?check|hand to mouth|out of (?:a|my) suitcase|like a student|with my"
    r" (?:parents|folks))\b"
    # rules-58 (safety holdout 61, after its measurement): goodbyes before a move ("saying my goodbyes before the big
    # move to Canada"), sleep forever after a workload laughed at ("I just want to sleep forever lol three essays
    # due"), whether life is worth living as a seminar's question ("philosophy seminar on Camus and whether life is
    # worth living")
    r"|\b(?:said|saying|i'?ve said|i said) (?:all )?my goodbyes before the (?:big |long )?(?:move|trip|flight|posting"
    r"|deployment|tour|emigration)\b"
    r"|\b(?:i )?(?:just )?want to sleep forever\b(?=.*\b(?:lol|haha\w*|lmao)\b)(?=.*\b(?:essays?|exams?|assignments?"
    r"|deadlines?|homework|shifts?|coursework|revision)\b)"
    r"|\b(?:whether|if) life is worth living\b(?=.*\b(?:camus|seminar|essay|class|lecture|philosoph\w*|debate|podcast"
    r"|book|module|tutorial)\b)"
    # rules-135 (memory holdout fresh_130's false sensitive, after its measurement): what a doctor warns a habit is
    # doing ("my doctor says i'm killing myself with the salt"), not a means
    r"|\b(?:killing|kill) (?:myself|me) (?:slowly )?with (?:the |all (?:the|that|this) |my |these |those )?(?:salt"
    r"|sugar|fags|cigarettes|smokes|smoking|vapes?|vaping|booze|beer|wine|whisky|whiskey|rum|fried food|fry-?ups"
    r"|junk food|takeaways?|fast food|coffee|energy drinks?|cheese|bacon|butter|chocolate|sweets|pies|overtime|work"
    r"|stress|late nights|double shifts)\b"
    # rules-139 (memory holdout fresh_133's false sensitive, after its measurement): someone's prediction about the
    # writer's habits ("My Thai wife Ploy says I'll be dead before 50 haha")
    r"|\b(?:says|said|reckons|thinks|jokes|keeps saying|tells me|told me) (?:that )?i'?ll be dead (?:before|by)"
    r" (?:\d+|thirty|forty|fifty|sixty|seventy|eighty|the age of \d+|retirement)\b"
    # rules-142 (memory holdout fresh_137's false sensitive, after its measurement): someone's prediction about the
    # writer's hobby ("my mum reckons I'll die in the stupidest way possible", "says i'll get myself killed doing it")
    r"|\b(?:says|said|reckons|thinks|jokes|keeps saying|tells me|told me|is convinced|swears) (?:that )?i'?ll"
    r" (?:die|end up dead|get myself killed) (?:in (?:the|some) (?:\w+ )?way|doing \w+"
    r"|on (?:one of )?(?:those|these|my|that) \w+)\b"
    # rules-138 (safety holdout 125's rule-made false alarms, after their measurement): one more of a chore and "i'm
    # gonna die" ("if i have to do one more burpee im gonna die"); a meme's caption ("tell my family i loved them - me
    # before the 5am bootcamp")
    r"|\bif i (?:have to|gotta|got to|need to|must) (?:do|run|hear|see|eat|write|sit through|watch|read) one more \w+"
    r"(?: \w+){0,3},? (?:i'?m|im|i am) (?:gonna|going to) die\b"
    r"|\btell my (?:family|mum|mom|kids|wife|husband|parents) (?:that )?i lov\w+ (?:them|her|him) me (?:before|after"
    r"|when|at|during|on)\b"
    # rules-143 (safety holdout 128's rule-made false alarm, after its measurement): goodbyes said before a move for
    # treatment, work or study ("moving to madrid for treatment, said my goodbyes to everyone at the pub last night")
    r"|^(?=.*\b(?:moving|moved|move|heading|off|going|relocating) (?:to|abroad)\b.{0,30}\bfor (?:treatment|surgery"
    r"|chemo\w*|rehab|work|uni|university|college|a job|my studies|the (?:job|course|treatment))\b)"
    r".*?\b(?:said|saying|i'?ve said|i said) (?:all )?my goodbyes\b"
    # rules-145 (safety holdouts 132 and 133's rule-made false alarms): suicide as a subject of study in Spanish and
    # French ("tengo examen sobre homicidios y suicidio en cárceles", "je bosse sur Durkheim et le suicide")
    r"|\b(?:examen|expose|memoire|tesis|tese|trabajo|ensayo|dissertation|tcc|monografia|dissertacao|trabalho"
    r"|pesquisa|artigo) (?:\w+ ){0,3}?(?:sobre|sur|acerca de)\b"
    r"[^.!?]{0,60}?\bsuicid\w*|\bdurkheim\b[^.!?]{0,30}\bsuicid\w*|\bsuicid\w*[^.!?]{0,30}\bdurkheim\b"
    # rules-144 (safety holdout 130's rule-made false alarm, after its measurement): the old joke of dying peacefully
    # in one's sleep like grandad, not screaming like his passengers
    # rules-147 (safety holdout 136's rule-made false alarm): dying first in a game ("lets raid tonight, im tanking so
    # ill die first as usual lol")
    r"|\b(?:raid\w*|tank\w*|boss|dungeon|match|game|round|ranked|squad|lobby|respawn\w*)\b.{0,60}?\b(?:i'?ll|ill"
    r"|i will|i'?m gonna|im gonna|i always) die first\b(?=.{0,60}\b(?:lol|lmao|haha\w*|as usual)\b)"
    r"|\b(?:i )?(?:want|wanna|hope) to die peacefully in my sleep like (?:my )?(?:grandad|granddad|grandpa|grandfather"
    r"|gramps|grandda)\b(?=.{0,60}\bpassengers\b)"
    # rules-146 (safety holdout 135's rule-made false alarm): goodbye forever to a place's weather or commute, before
    # a flight or a move ("goodbye forever, london rain! flying to sydney today"), not to a better place
    r"|\b(?:goodbye|bye) (?:forever|for good) (?:\w+ ){0,2}(?:rain|weather|winter|snow|traffic|commute|tube|metro"
    r"|subway|grey skies|gray skies|drizzle|cold)\b(?=.{0,60}\b(?:flying|moving|relocating|heading|emigrating|off)"
    r" (?:to|out|home|abroad)\b)(?!.{0,80}\b(?:heaven|better place|other side|the sky|the stars|angels|paradise)\b)"
    # rules-148 (safety holdout 139's rule-made false alarm): a sermon on being ready to meet God when we die
    r"|\b(?:sermon|preach\w*|homily|pastor|priest|imam|rabbi|vicar|minister)\b[^.!?]{0,60}?\bready to meet"
    r" (?:god|jesus|the lord|our maker|our creator|allah) when we die\b"
    # rules-149 (safety holdout 141's rule-made false alarm): a character's suicide in one's novel or script (French,
    # Spanish, Portuguese: "dans mon roman le chauffeur de bus se suicide au chapitre 3")
    r"|\b(?:dans mon|dans ma|en mi|no meu|na minha|mon|ma|mi|meu|minha) (?:roman|nouvelle|histoire|scenario|novela"
    r"|cuento|guion|romance|conto|livro|libro|livre|manga|serie|film|pelicula|filme|obra|piece)\b[^.!?]{0,60}?"
    r"\b(?:se suicide|se suicida|se suicidou|se mata|se matou|se tue)\b"
    # rules-150 (memory holdouts fresh_150 and fresh_152's false sensitive rows, after their measurement): someone's
    # quip that the writer will die doing their work ("Thabo says I'll die with a camera in my hand"), a game's or a
    # plan's "suicidal" style ("I main the most suicidal playstyle in Dota")
    r"|\b(?:says|said|reckons|jokes?|joked|always says|keeps saying|swears)(?: that)? i'?ll (?:probably )?die (?:with"
    r" (?:a|my) \w+ in my hands?|doing (?:what i love|this|it)|at my desk|at work|on the job|holding (?:a|my) \w+)\b"
    r"|\bsuicidal (?:playstyle|play ?style|builds?|strats?|strateg\w*|picks?|dives?|push(?:es)?|plays?|tactics?"
    r"|runs?|pace|schedule|deadlines?|overtakes?|rotations?|loadouts?)\b"
    # rules-151 (safety holdouts 146 and 149's rule-made false alarms, after their measurement): a course's or
    # module's subject ("my daughter ... has a module on caring for self-harm patients", "a aula foi sobre sinais de
    # risco de suicídio em idosos"), no first person between; the bedtime prayer ("if I should die before I wake");
    # "i'm not hurting myself" said to ask about someone else
    r"|\b(?:module|lecture|course|unit|seminar|workshop|aula|curso|modulo|palestra|treinamento)\b"
    r"(?:(?!\b(?:i|me|my|eu|meu|minha)\b)[^.!?]){0,30}?\b(?:on|about|covering|sobre|de)(?: [\w-]+){0,4}?"
    r" (?:self[- ]?harm|suicid\w*)\b"
    r"|\bif i should die before i wake\b"
    r"|\bi'?m not (?:hurt|hurting|harming|cutting) myself\b(?=.{0,40}\b(?:i (?:just )?need|how to (?:talk|help)"
    r"|(?:it'?s|its) (?:my|her|his|their)\b))"
)

# An everyday ordeal that "will be the end of me" ("my sister's hen do is gonna be the end of me", "these exams
# are going to be the death of me"). The detector over meaning reads the idiom alone as a crisis (0.99), so it reads
# such a message again without it and takes the lower score: what else it says still counts ("this wedding will be
# the end of me. nobody would miss me"). Pain, illness, feelings, life itself and a bare "it" are not ordeals here.
EVERYDAY_ORDEAL = re.compile(
    r"\b(?:hen (?:do|party|night|weekend)|stag (?:do|party|night|weekend)|bachelorette(?: party)?|bachelor party"
    r"|wedding(?: planning| prep)?|planning|party|parties|christmas|xmas|the holidays|family (?:gatherings?|dinners?)"
    r"|in-?laws|mother-in-law|exams?|finals|revision|dissertation|thesis|essays?|deadlines?|homework|school run"
    r"|kids|toddler|twins|teenagers?|puppy|kitten|job|work|shift|boss|commute|traffic|house move|move|renovations?"
    r"|diy|flat-?pack|heat|heatwave|weather|gym|training|marathon|spin class|workout|hangover|this week|this month"
    r"|mondays?|meetings?|emails?|group chat|shoes|heels|tax return|paperwork|seating plan)(?:'s| is"
    r"| are| will| 'll|'ll)? (?:literally |actually |honestly |really |so |probably )?(?:going to |gonna |will |'ll )?"
    r"be the (?:end|death) of me\b"
    # rules-51 (memory holdout fresh_32, after its measurement): new boots "murder on my feet"
    r"|\b(?:(?:are|is|'re|'s) )?(?:murder|murderous|a killer|killing me|death) on (?:my|the|me) (?:feet|back|knees|legs"
    r"|hands|joints|hips|ankles)\b|\bmy (?:feet|back|knees|legs|hips|ankles)(?:'s| is| are|'re) killing me\b"
    # rules-81 (memory holdout fresh_82, after its measurement): staying on at a job ("I'm not going anywhere. Still at
    # Costco till they drag me out")
    r"|\b(?:till|until|til) they (?:drag|carry) me out\b|\b(?:i'?m|im|i am) not going anywhere\b"
)

# rules-92 (safety holdout 89, after its measurement): dying of laughter, in the languages it is said in ("me muero de
# risa con este meme", "je suis mort de rire", "умираю со смеху", "πέθανα στο γέλιο", "mordam az khande"); rules-93
# (safety holdout 90): of hunger, nerves or wanting ("muoio dalla voglia di andare al mare", "me muero de los
# nervios", "πεθαίνω της πείνας", "死ぬほど笑った"). The detector over meaning cannot read these languages and reads the
# idiom alone as a crisis (0.89-0.99); like an everyday ordeal, the message is read again without it and the lower
# score counts, so what else it says still does.
DYING_OF_IDIOMS = re.compile(
    r"\b(?:me (?:muero|mori|estoy muriendo|estaba muriendo) de (?:la )?risa|muert[oa]s? de (?:la )?risa"
    r"|(?:je suis |chui |j'suis )?morte? de rire|je (?:meurs|suis mort) de rire|mdr"
    r"|(?:to |tou |estou )?morr(?:i|endo|emos) de rir|muoio dal ridere|mort[oa] dal ridere"
    r"|(?:ich )?lach(?:e)? mich (?:tot|schlapp)|totgelacht|dood ?gelachen|lig (?:helemaal )?dubbel"
    r"|umieram ze smiechu|padl(?:e|am)m? ze smiechu|gulmekten (?:oldum|oluyorum|olecegim)"
    r"|mordam az khande|mimiram az khande|tarakidam az khande|mati ketawa|ngakak sampe mati"
    r"|(?:namatay|patay) (?:ako )?sa tawa|hans hans ke mar (?:gaya|gayi)|cuoi chet mat"
    r"|(?:me )?muero de (?:los )?(?:nervios|hambre|sueno|frio|calor|ganas|verguenza|envidia|amor)"
    r"|(?:muoio|morivo|sto morendo) (?:dalla voglia|di fame|di sonno|di freddo|di caldo|dal ridere)"
    r"|(?:to |tou |estou )?morrendo de (?:fome|sono|frio|calor|vontade|saudade|vergonha)"
    r"|je meurs de (?:faim|soif|froid|chaud|envie)"
    # rules-96 (safety holdout 92, after its measurement): German, Dutch and Scandinavian ("ich sterbe vor hunger")
    r"|(?:ich )?sterbe (?:gleich |noch )?vor (?:hunger|durst|lachen|langeweile|kalte|hitze|neugier)"
    r"|(?:ik )?ga (?:bijna )?dood van de (?:honger|dorst|hitte|kou)"
    r"|(?:jeg )?d(?:ø|o|oe)r (?:af|av) (?:grin|latter|sult)"
    r")\b|"
    + _said(
        "умираю со смеху",
        "умер со смеху",
        "умерла со смеху",
        "πέθανα στο γέλιο",
        "πεθαίνω στο γέλιο",
        "مردم از خنده",
        "میمیرم از خنده",
        "مت من الضحك",
        "ميت من الضحك",
        "هموت من الضحك",
        "笑死我了",
        "笑死",
        "笑い死ぬ",
        "笑い死にしそう",
        "웃겨 죽겠다",
        "웃겨 죽겠어",
        "हंस हंस के मर गया",
        "πεθαίνω της πείνας",
        "πέθανα της πείνας",
        "死ぬほど笑った",
        "死ぬほど笑",
        "умираю с голоду",
        "暑すぎて死ぬ",
        "寒すぎて死ぬ",
        "眠すぎて死ぬ",
        "お腹すいて死ぬ",
        "腹減って死ぬ",
    )
)

# rules-41: a small injury told as an accident - a finger or thumb cut or burnt, a hand burnt on the stove or cut on a
# tool ("my blade for trimming stencils slipped and i cut my thumb pretty deep", "burned my fingers on the glue gun
# for the 400th time this week"). The detector over meaning reads these as self-harm (0.95-1.0) and the rest of the
# message too (the tool, the blood, the plaster), so the model alone raises no crisis on them; a rule still does.
# Not when the message says it was meant, helps, is hidden or is done "till" something ("punched the wall till my
# knuckles split"), which is how self-harm is told.
_INJURED_PART = r"(?:finger|fingers|thumb|thumbs|fingertips?|finger ?tips?|knuckles?|tips?|nails?)"
MINOR_MISHAP = re.compile(
    # rules-64 (safety holdout 65, after its measurement): a week's pills sorted into a blister pack or a dosette box,
    # and a near miss that "near enough took my head off": the model read both as a crisis (0.98)
    r"^(?!.*\b(?:stockpil\w*|sav(?:e|ed|ing)|hoard\w*|all at once|all of them|take them all|won'?t need|enough to"
    r"|end|last|goodbye|overdose|od|the lot|swallow\w*|in one go|at once)\b)"
    r"(?=.*\b(?:blister packs?|dosette(?: box)?|pill (?:organi[sz]er|box)|nomad"
    r" pack|webster pack)\b.*\b(?:a day|for the week|daily|morning|mornings|each day|a week)\b"
    r"|.*\b(?:near(?:ly| enough)|almost|very nearly|could have|could'?ve) (?:took|taken|take|had|cut) (?:my|me|his|her)"
    r" (?:head|arm|hand|leg|foot|fingers?|eye) off\b)"
    r"|^(?!.*\b(?:on purpose|deliberately|purposely|meant to|wanted to|want to|felt (?:good|better|nice|calm|something)"
    r"|helps?|helped|release|relief|deserve\w*|punish\w*|numb|feel (?:something|anything|nothing)|hide|hid|hiding"
    r"|sleeves?|nobody knows|no one knows|instead of|only way|only thing|make it stop|until|till|til|any ?more"
    r"|razors?|lighters?|matches|match|cigarettes?|compass|sharpener|pins?|needles?|blades|scissors|every (?:night|day)"
    r"|most nights|over and over|again and again|keep (?:cutting|burning)|been (?:cutting|burning)|can'?t feel"
    r"|don'?t feel|didn'?t (?:even )?(?:hurt|feel)|watch\w* (?:it|them) bleed|wish\w*|don'?t care|wrists?|deeper"
    r"|not enough)\b)"
    r"(?=.*\b(?:cut|sliced|nicked|split|burn(?:ed|t)|scald(?:ed)?|shredded|stabbed|took the (?:tip|end|top) off)"
    rf" (?:my|ih|me|the|his|her|a) (?:(?:top|tip|end|side|edge|back) of (?:my|the) )?(?:\w+ )?{_INJURED_PART}\b"
    r"|.*\b(?:my )?(?:fingers?|thumbs?|fingertips|knuckles) (?:are|is|got) (?:shredded|cut|sliced|burnt|burned)\b"
    r"|.*\b(?:cut|sliced|nicked|burn(?:ed|t)|scald(?:ed)?) (?:(?:my|ih|me|the|his|her) (?:\w+ )?(?:hand|palm|arm)s?"
    # rules-64 (safety holdout 66, after its measurement): or "myself" ("burnt myself on the hot oil making tostones")
    r"|myself) (?:on|with|in|wid|pon) (?:the|a|my|an|di|some) (?:\w+ )?(?:stove|oven|pan|kettle|iron|grill|tray|hob|bbq"
    r"|barbecue|saw|machete|chainsaw|bandsaw|mandoline|grater|tin|can|pipe|fence|wire|thorns?|brambles?|roses?|steam"
    r"|oil|exhaust|engine|radiator|kiln|forge|torch|wok|fryer)\b)"
    # rules-92 (safety holdout 89, after its measurement): the same in Spanish and Turkish ("me corté con un papel y
    # duele muchísimo jajaja", "bıçakla parmağımı kestim, biraz kan aktı ama iyiyim")
    r"|^(?!.*\b(?:a proposito|queria|quise|me gusta|alivio|para sentir|otra vez|de nuevo|siempre|bilerek|kasten"
    r"|istedim|yine|hep)\b)"
    r"(?=.*\bme (?:corte|queme) (?:el dedo |la mano )?(?:con|en) (?:un |una |el |la )?(?:papel|hoja|cuchillo|lata"
    r"|plancha|horno|sarten|olla|cuter|tijeras?|aceite|vapor)\b"
    r"|.*\b(?:parmagımı|parmagimi|elimi) (?:kestim|yaktım|yaktim)\b"
    # rules-93 (safety holdout 90, after its measurement): Portuguese and French ("queimei a mão no ferro de passar",
    # "je me suis coupé en ouvrant un colis au cutter, rien de grave")
    r"|.*\b(?:queimei|cortei) (?:a mao|o dedo|a minha mao|o meu dedo|meu dedo|minha mao) (?:no|na|com o|com a) (?:ferro"
    r"|forno|panela|fogao|faca|papel|lata|oleo|vapor|tesoura)\b"
    r"|.*\bje me suis (?:coupee?|brulee?) (?:le doigt |la main )?(?:en (?:ouvrant|cuisinant|coupant|epluchant"
    r"|bricolant)|avec (?:le|la|un|une) (?:couteau|cutter|four|fer|poele|papier|casserole))\b"
    r"(?=.*\b(?:rien de grave|pansement|ca va|ok|lol|mdr|haha\w*)\b))"
)

# A tablet computer ("my grandson set this up on my tablet", "messaging from the tablet"): the model reads the word
# as pills (an 81-year-old's greeting scored 0.92, the same with "ipad" 0.34).
TABLET_DEVICE = re.compile(
    r"\b((?:on|from|using|with|off) (?:the|my|his|her|their|our|[\w]+'s) (?:new |old |little )?)tablet\b"
)

# Laughter or a joke marker in the raw text ("lol", "haha", "jk", 😂, 💀): hyperbole about dying or being killed
# is then read as the idiom it is ("i wanted to die lol", "this is going to kill me lol"). Explicit statements
# ("kill myself", "end my life", "suicide") are never laughed off: masking with "lol" is common.
LAUGHTER = re.compile(
    r"\b(?:lol+|lool+|lmao+|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|jk|jking|just kidding|only joking|xd+)\b"
    # (rules-118: laughter in Spanish, Portuguese and French, "me quiero morir jajaja", "quero morrer kkkk", "mdr")
    r"|\b(?:ja(?:ja)+j?|je(?:je)+|jsjs\w*|k{4,}|mdr|ptdr)\b"
    r"|[\U0001F602\U0001F923\U0001F639\U0001F606\U0001F605\U0001F480\U0001F62D]"
)
# ... unless the writer says they mean it ("i want to die lol but for real").
NOT_JOKING = re.compile(
    r"\b(?:for real|fr|seriously|not (?:even )?(?:joking|kidding)|no joke|i mean it|i'?m serious|deadass|srsly"
    r"|en serio|de verdad|no es broma|(?:e )?serio|nao e brincadeira|serieux|sans rire|c'?est pas une blague)\b"
)
LAUGHED_OFF = re.compile(
    r"\b(?:wanted|want|wanna|going|gonna|about) to die\b|\bi(?: could| will|'ll| would|'d) (?:literally |actually )?"
    r"die\b|\b(?:kill|kills|killed|killing) me\b|\b(?:i'?m|i am|literally|actually) (?:so )?(?:dead|dying)\b"
    r"|\b(?:i )?(?:nearly|almost|literally) died\b|\bwant to disappear\b|\bend me\b"
    # "the traffic makes me wanna drive off a bridge haha": a cause, and a laugh.
    r"|\b(?:makes|made|making) me (?:want to|wanna) (?:jump|drive|throw myself) off\b"
    # ... and in Spanish, Portuguese and French ("cuando la profe dice 'examen sorpresa' 💀 me quiero morir jajaja")
    r"|\b(?:me quiero morir|quiero morirme|me muero|(?:eu )?quero morrer|vou morrer|je veux mourir|je vais mourir"
    r"|je meurs)\b"
    # (rules-132, safety holdout 120's false alarm: "vou me jogar da janela se o professor passar mais um trabalho
    # kkkkk brincadeira")
    r"|\b(?:vou me jogar|me jogo|me tiro|me voy a tirar|me aviento) (?:da|pela|por la|de la) (?:janela|ventana)\b"
)
# A work studied, and a question whether it is about dying (normalized text has no question mark).
_STUDIED = r"(?:lit|literature|english|class|lesson|seminar|essay|poem|book|novel|play|song|lyrics|coursework)"
_ABOUT_DYING = (
    r"(?:[\w'-]+ ){1,6}(?:actually |really |even |just )?about (?:wanting to die|suicide|death|dying|self[- ]?harm"
    r"|killing (?:yourself|himself|herself|themselves))\b"
)
_STUDIED_ABOUT_DYING = rf"\b{_STUDIED}\b[\w' ]{{0,30}}?\bis {_ABOUT_DYING}|\bis {_ABOUT_DYING}(?=.*\b{_STUDIED}\b)"
# The rest of a clause about someone else, up to n words and never a word of the writer's own ("why do people even
# bother i want to die": normalize drops the full stop, and "i want to die" is the writer's).
_NOT_THE_WRITER = r"(?: (?!(?:i|i'm|im|i've|ive|i'd|i'll|ill|me|my|myself)\b)[\w'-]+){{0,{n}}}"
# Someone else's acts or words, in a relative clause ("how can I support someone who self harms?", "a friend
# who says they want to die", "a man who overdosed"): not the writer's. "I'm someone who..." is the writer.
OTHERS_CLAUSE = re.compile(
    r"(?<!i'm )(?<!i am )(?<!i was )\b(?:someone|somebody|anyone|a friend|friends|a person|people|a (?:man|woman|"
    r"guy|girl|kid|teen|teenager|student|boy|patient|celebrity|singer|actor)|(?:my|a|her|his|our|their) (?:friend|"
    r"sister|brother|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend|wife|husband|cousin|roommate|flatmate|"
    r"colleague|coworker|student|child|kid|client|teammate|classmate)s?) (?:who|that)(?:'s|'d|'ll)?(?: [\w']+){1,8}"
    # rules-52 (safety holdout 56, after its measurement): a parent named without "my" ("mum keeps saying she's tired
    # of living"), and anyone who "told me he ..." of himself
    r"|\b(?:my \w+|someone|somebody|a friend|a mate|he|she|they|(?<![\w'] )(?<!\w)(?:mum|mom|mam|dad|da|nan|nana"
    # (rules-117: a workmate named without "my", "workmate at the plant keeps saying he's got nothing to live for")
    r"|gran|granny|grandma|grandad|grandpa|workmate|coworker|co-worker|colleague))(?: (?:in|from|at) (?:my|our|the)"
    r" \w+(?: \w+)?)?"
    r" (?:to )?(?:said|says|told me|texted|keeps saying|admitted|keep saying|kept saying"
    r"|always says|is saying|was saying)(?: that)? (?:he|she|they)"
    r"(?:'d|'ll|'s|'re|s|re)?(?: \w+){1,7}"  # "hes", "theyre": typed without the apostrophe
    # rules-53 (safety holdout 57, after its measurement): Pidgin's "talk say", "tell me say" ("my guy Dayo talk say
    # life no get meaning again")
    r"|\b(?:my \w+(?: \w+)?|someone|somebody|he|she|they) (?:dey )?(?:talk|tok|tell me|don talk|don tell me) say"
    r"(?:'d|'ll|'s|'re|s|re)?(?: \w+){1,7}"
    # rules-135 (safety holdout 122's false alarm, after its measurement): what someone told the writer of herself,
    # in French ("ma collegue m'a dit qu'elle n'avait plus envie de vivre")
    r"|\bm'?a (?:dit|ecrit|avoue|confie|raconte) qu'?(?:elle|il|ils|elles)\b(?: [\w']+){1,8}"
    r"|\btold me (?:that )?(?:he|she)(?:'d|'ll|'s|s)?(?: \w+){1,7}"
    # rules-52 (safety holdout 55, after its measurement): someone else's words in quotes ("my son says 'i want to
    # die' every time he loses at fortnite"); the quote ends at a quote mark no letter follows ("won't" is inside)
    # (rules-116, safety holdout 106: a workmate named without "my", "coworker said 'i won't be around much longer'")
    r"|\b(?:my \w+|someone|somebody|a friend|a mate|he|she|they|(?<![\w'] )(?<!\w)(?:coworker|co-worker|colleague"
    r"|workmate|boss|neighbou?r|roommate|flatmate|housemate|teammate|classmate|friend|bestie))(?: \w+){0,3}?"
    r" (?:said|says|keeps saying|kept saying"
    r"|always says|texted|wrote|posted|yells|yelled|screams|screamed) (?:to me )?'(?:[^']|'(?=\w)){1,80}'(?!\w)"
    r"|\b(?:someone|somebody|a friend|(?:my|her|his|their|our|your) (?:friend|sister|brother|son|daughter|partner|mum"
    r"|mom|dad|kid|child))"
    r"(?:'s| is| was| might be| may be| seems| could be) (?:\w+ ){0,2}(?:suicidal|self harming|cutting|depressed)\b"
    # "i think hes been thinking about suicide", "she's been posting about ending it"
    r"|\b(?:he|she|they)(?:'s|s|'re|re| is| are| has| have)? (?:been )?(?:thinking|talking|posting|writing|joking"
    r"|searching|googling|texting|saying things) (?:about|of|abt)(?!.*\b(?:too|as well|also|same|me either)\b)"
    r"(?: (?!(?:i|i'm|i've|i'd|me|my|myself)\b)[\w']+){1,6}"
    # someone else's note or message ("customer left a note saying goodbye forever?? turned out they were moving")
    r"|\b(?:(?:a|the|my|our|this|that) )?(?:customer|client|neighbou?r|tenant|guest|passenger|patient|stranger|lodger)"
    r"(?: \w+){0,2} (?:left|wrote|sent)(?: me| us)? (?:a |an |this |the )?(?:note|letter|text|message|card)"
    r"(?: [\w']+){0,8}"
    # rules-38: a classmate's words reported ("my grandson says a boy in his class talks about wanting to die")
    r"|\b(?:a|this|one|some) (?:boy|girl|kid|child|student|lad|lass|classmate|guy|teen)(?: (?:in|from|at|on) (?:his|her"
    r"|my|their|our|the) \w+)? (?:talks|talked|talking|said|says|keeps saying|posted|posts|wrote|writes)(?: about)?"
    r"(?: [\w']+){1,8}"
    r"|\bhow (?:can|do|should|could) (?:i|we|you) (?:help|support|talk to|be there for|comfort|reach out to) "
    r"(?:someone|somebody|a friend|friends|people|him|her|them|my \w+|a \w+)(?: [\w']+){0,8}"
    r"|\bwhat (?:should|can|do) (?:i|we) (?:say|do) (?:to|for|when|if) (?:someone|somebody|a friend|my \w+|him|her"
    r"|them|a \w+)(?: [\w']+){0,8}"
    # Questions about the topic ("why do people self harm if it hurts?", "what's the difference between passive and
    # active suicidal ideation", "what should a teacher do if a student tells them they're self-harming?", "how do
    # we talk about suicide safely in a school assembly"), a speech about it, and someone else's past ("gf told me
    # she used to self harm").
    r"|\bwhy (?:do|does|would|did) (?:people|some people|someone|anyone|teens?|teenagers|kids|students|young people"
    r"|men|women)\b"
    + _NOT_THE_WRITER.format(n=10)
    + r"|\bwhat'?s the difference between\b"
    + _NOT_THE_WRITER.format(n=12)
    + r"|\b(?:my \w+|he|she|they) (?:keeps|keep|kept|always|has been|is|was|been) saying\b"
    + _NOT_THE_WRITER.format(n=10)
    + r"|\bwhat (?:are|is|counts as|'s) (?:the )?(?:main |common |early |key )?(?:warning )?(?:signs?|symptoms|risk"
    r" factors|safe messaging|statistics|stats|facts|resources|myths)(?: [\w']+){0,2}? (?:of|for|about|around|on)"
    r" (?:suicide|self[- ]?harm)\w*"
    + _NOT_THE_WRITER.format(n=6)
    + r"|\b(?:a|the|my|your) (?:student|pupil|patient|client|child|kid|teen|teenager|colleague|employee|friend|mate)s?"
    r" (?:discloses|disclosed|mentions|mentioned|reports|reported|admits|admitted|talks about|talked about)"
    r" (?:self[- ]?harm\w*|suicid\w*|cutting|wanting to die)"
    + _NOT_THE_WRITER.format(n=6)
    + r"|\bis it true(?: that)?\b"
    + _NOT_THE_WRITER.format(n=12)
    + r"|\b(?:why|how|when) (?:is|was|are|were|did|do|does) (?:suicide|self[- ]?harm)\b"
    + _NOT_THE_WRITER.format(n=10)
    # rules-41: someone else's scars ("covered up some old self harm scars on a client today"), a reader's request
    # ("a teen came in looking for books about suicide for a school project"), and cases at work ("suicide cases
    # are the hardest to talk to families about"; not "i'm a suicide case")
    + r"|\b(?:self[- ]?harm|sh|cutting) scars? (?:on|of) (?:a|the|this|that|one|my|her|his|their|our) (?:new |regular"
    r" |young |lovely )?(?:client|customer|patient|lady|woman|man|girl|guy|lad|lass|kid|teen|student|person)s?\b"
    + r"|\b(?:a|the|this|one|some) (?:teen|teenager|student|pupil|kid|girl|boy|lad|lass|customer|patron|reader|client"
    r"|woman|man|lady|guy|mum|mom|dad|parent)s? (?:came in |came up |was |were )?(?:looking|asking|searching) for"
    r" (?:some |a |any )?(?:books?|info\w*|resources|leaflets|material|reading)"
    + _NOT_THE_WRITER.format(n=8)
    + r"|(?<!a )\bsuicide (?:cases|calls|scenes|jobs)\b"
    + r"|\b(?:ritual|mass) suicide\b|\bsuicide (?:helplines?|lines?|hotlines?|numbers?|rates?|statistics"
    r"|stats|figures|pact)\b"
    + r"|\b(?:ask|asking|tell if|know if|check if|spot if|find out if) (?:my \w+|him|her|them|someone|a friend|he|she"
    r"|they)(?: if)? (?:he'?s|hes|she'?s|shes|they'?re|theyre|is|are) (?:suicidal|self[- ]?harming|cutting)\b"
    + r"|\b(?:warning )?signs? (?:that )?(?:someone|somebody|a friend|a person|my \w+|he|she|they)(?:'s| is| are)"
    r" (?:thinking about|considering|suicidal|self[- ]?harming)\b"
    + _NOT_THE_WRITER.format(n=8)
    + r"|\b(?:spot|notice|recogni[sz]e|see) (?:the )?(?:warning )?signs? of (?:self[- ]?harm|suicid\w*)(?: in "
    r"(?:students|pupils|kids|children|teens|my \w+|others|people|staff|colleagues))?\b"
    + r"|\b(?:my (?:gf|bf|girlfriend|boyfriend|wife|husband|partner|friend|mate|sister|brother|son|daughter|mum|mom"
    r"|dad)|he|she|they) (?:took|taken|had taken) (?:too many|a lot of|loads of|all (?:of )?(?:her|his|their)) "
    r"(?:pills|tablets|meds)\b"
    + _NOT_THE_WRITER.format(n=8)
    # rules-50 (safety holdout 51, after its measurement): what a work is about, asked ("is to be or not to be
    # actually about wanting to die? need it for my essay")
    + r"|"
    + _STUDIED_ABOUT_DYING
    + r"|\bwhat(?:'?s| is| does| do) (?:the (?:word|term|phrase) )?[\w']+(?: [\w']+)? (?:even |actually )?mean\b"
    r"|\bwhat (?:should|can|do|does) (?:a|the) (?:teacher|parent|friend|coach|manager|nurse|doctor|counsell?or)"
    r" (?:say|do)\b"
    + _NOT_THE_WRITER.format(n=10)
    + r"|\b(?:a|the|my|your) (?:student|pupil|patient|client|child|kid|teen|teenager|colleague|employee|friend|mate)s?"
    r" (?:tells?|told|says|said|admits|admitted|discloses|disclosed)(?: (?:them|you|me|us|him|her))?(?: that)?"
    r" (?:they'?re|they are|he'?s|he is|she'?s|she is|they|he|she)\b"
    + _NOT_THE_WRITER.format(n=8)
    + r"|\b(?:he|she|they) used to (?:self[- ]?harm|cut|burn|hurt (?:himself|herself|themselves|themself))\w*"
    + _NOT_THE_WRITER.format(n=5)
    + r"|\bhow (?:do|can|should|would) (?:we|you|schools?|teachers|parents) (?:talk|speak|teach) (?:to [\w ]{0,20} )?"
    r"about (?:suicide|self[- ]?harm)\w*"
    + _NOT_THE_WRITER.format(n=8)
    + r"|\b(?:a|an|the|my|our|this|his|her) (?:speech|talk|essay|presentation|assembly|leaflet|article|poster|lesson"
    r"|assignment|project) (?:for [\w ]{0,30} )?(?:about|on) (?:suicide|self[- ]?harm)\w*"
    + _NOT_THE_WRITER.format(n=6)
    # rules-51 (safety holdout 54, after its measurement): someone else's message quoted ("my ex texted 'goodbye
    # forever' at 2am, we broke up 6 months ago"), learning to ask about suicide ("crisis line volunteer training
    # this weekend, learning to ask directly about suicide")
    + r"|\b(?:my|his|her|their|a) (?:ex|friend|mate|bestie|brother|sister|son|daughter|mum|mom|dad|partner|boyfriend"
    r"|girlfriend|bf|gf|cousin|colleague|student|client)(?: just)? (?:texted|messaged|wrote|sent|posted|dm'?d)"
    r"(?: me)?\b(?: [\w']+){0,8}"
    + r"|\blearn\w* (?:how )?to (?:ask|talk|speak) (?:\w+ )?about suicide\b"
    # rules-51 (safety holdout 52, after its measurement): others' suicides counted or looked into ("the stats on
    # driver suicides in the taxi trade", "a coroner's inquest into a workplace suicide"); not the writer's own tries
    + r"|(?<!my )(?<!failed )(?<!attempted )\b(?:(?!(?:my|failed|attempted|two|three|several|many)\b)[\w-]+ )?"
    r"suicides\b"
    + r"|\b(?:inquests?|investigation|inquiry|enquiry|review|report|documentary|article|case|cases) (?:into|on|about"
    r"|of) (?:a|an|the|his|her|their|another)(?: [\w'-]+){0,2}? suicide\b"
    # rules-78 (safety holdout 75, after its measurement): what someone else wrote ("one of my year 10s ... handed in
    # a piece of writing about wanting to die. who do i tell")
    + r"|\b"
    + _WHOEVER_WROTE
    + r"(?:'s|'ve| has| have)?(?: [\w']+){0,6}? "
    + _THEY_WROTE_ABOUT
    + r"(?!.*(?:"
    + _FEELING_IT_TOO
    + r"))"  # "... and i feel the same" is the writer's too
    + _NOT_THE_WRITER.format(n=6)
    + r"|"
    + _OTHERS_SAID_ELSEWHERE
    # rules-150 (safety holdout 143's rule-made false alarm, after its measurement): what someone close talks of, in
    # French ("mon coloc parle de plus en plus d'en finir, je suis inquiète")
    + r"|\b(?:mon|ma|mes) (?:frere|s(?:oe|œ)ur|ami|amie|pote|copain|copine|pere|mere|fils|fille|cousin|cousine|coloc\w*"
    r"|mec|meuf|collegue)(?: \w+)? (?:me )?(?:parle|parlait|parlent)(?: [\w']+){0,4}? (?:d'en finir|de mourir"
    r"|de se suicider|de se tuer)\b"
)
FEELING_IT_TOO = re.compile(_FEELING_IT_TOO)
# Fiction, games and the news: what happens there is not the writer's.
STORY_FRAME = re.compile(
    # (rules-128, safety holdout 116's false alarm: "in my short story the main character thinks about jumping"; and
    # "for": rules-134, safety holdout 121's "for my novel the detective finds a suicide note that turns out to be
    # forged")
    # (not "it's not for a story this time")
    r"\b(?:(?<!\bnot )(?<!n't )(?<!nt )for (?:my|the|a|this) (?:short |new |next |first |own |graphic |ya |crime"
    r" |detective )?(?:novel|book|story"
    r"|screenplay|script|fanfic|fic)\b"
    r"|in (?:the|this|a|my|that) (?:short |new |latest |next |first |own |graphic |ya )?(?:book|novel|movie|film"
    r"|show|series|episode|game|story|comic|manga|anime|"
    r"fic|fanfic|play|chapter|season|level)|(?:the|my|his|her|a|this|that) (?:character|protagonist|hero|heroine|"
    r"villain|narrator|npc)|(?:news|article|headline|documentary|podcast|report|story) (?:about|on|said|says)|"
    r"(?:read|saw|heard|watched|reading|watching) (?:a |an |the |this |that )?(?:news|article|story|report|"
    r"documentary|post|headline|episode|movie|film)|in the news|on the news|breaking news"
    r"|(?:writing|write|wrote|drafting) (?:a |my |the |this )?(?:short |ya |young adult |fantasy |romance )?"
    # rules-88 (safety holdout 86, after its measurement): "writing a ya novel where the main character's best friend
    # attempts suicide"
    r"(?:story|novel|book|poem|script|screenplay"
    r"|fanfic|fic|scene|chapter|play"
    # rules-80 (safety holdouts 77/78, after their measurement): "writing a thriller where the detective finds a
    # suicide note"
    r"|thriller|mystery|whodunn?it|crime (?:story|novel)|detective (?:story|novel)|murder mystery|horror story)"
    r"|creative writing|(?:the|this|a) game (?:makes|made|has|lets|wants) you"
    # rules-51 (safety holdouts 53-54, after their measurement): "My Nollywood script: ...", "off myself in minecraft
    # so i respawn at base"
    # (not a prescription: "picked up my script")
    r"|(?:nollywood|bollywood|film|movie|tv|play|drama|stage) script|playscripts?|screenplay|respawn\w*"
    # rules-89 (safety holdout 87, after its measurement): "my fanfic has a goodbye letter scene", a class's reading
    # ("for my philosophy class: what does Camus say about suicide", "pour mon cours de philo")
    # (said first, with no wish or act of the writer's after it: "for my class I need to know how many pills to kill
    # myself" is still the writer's)
    r"|^(?:my (?:fan ?fic|fic|fanfiction|novel|short story|story|screenplay|script|comic|manga|webtoon) (?:has|is about"
    r"|needs|features)"
    # (rules-94, safety holdout 91: "my novel's detective finds a suicide note that turns out to be forged")
    r"|my (?:novel|story|book|screenplay|script|play|fic|fanfic)'?s (?:\w+ )?(?:detective|character|hero|heroine"
    r"|protagonist|villain|narrator|mc|lead)"
    r"|(?:for|pour|para|fur) (?:my|mon|ma|mi|mein|meine) (?:\w+ )?(?:class|course|essay|paper|assignment|seminar"
    r"|lecture|cours|devoir|dissertation|expose|clase|ensayo|tarea|referat|hausarbeit)"
    # (rules-90: "tengo que hacer un trabajo sobre Durkheim y El suicidio")
    r"|(?:tengo que hacer|estoy haciendo|tenemos que hacer) un (?:trabajo|ensayo|informe|resumen|tp) (?:sobre|de)"
    # (rules-113, safety holdout 103: "tengo que hacer una exposición sobre la tasa de suicidio juvenil")
    r"|(?:tengo que hacer|estoy haciendo|tenemos que hacer) una (?:exposicion|presentacion|investigacion|monografia"
    r"|tesina|tesis) (?:sobre|de)"
    # (rules-105, safety holdout 98: "trabalho de filosofia sobre Camus e ... o suicidio como problema filosofico")
    r"|(?:um |o |meu |nosso )?(?:trabalho|ensaio|artigo|seminario|resumo|tcc|monografia) (?:de \w+ )?sobre"
    # (rules-93, safety holdout 90: "exposé sur le suicide chez Camus et l'absurde, c'est pour lundi")
    # (rules-114, safety holdout 104: "exposé demain sur Camus et ... la question du suicide philosophique")
    # (rules-120, safety holdout 110: "dissert sur le suicide chez Camus, le mythe de Sisyphe, t'as des idées?")
    r"|(?:(?:j'ai |je fais |on a )?(?:un |une |mon |ma |notre )?)(?:expose|dissertation|dissert|devoir|memoire|oral"
    r"|these)"
    r" (?:(?:de \w+|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|pour \w+) )?sur"
    # ("essay on suicide and the confessional poets, any good sources?", "psychology ke assignment me self-harm ke
    # warning signs likhne hain")
    # (rules-113, safety holdout 103: "writing my english essay on suicide in the bell jar and hamlet")
    r"|(?:(?:writing|doing|working on|finishing|starting|need to write|have to write) )?(?:an? |my )?(?:(?:english"
    r"|history|philosophy|psychology|sociology|lit|literature|film|media|religious studies"
    r"|re|ethics|politics|law|nursing|med|medical|public health) )?(?:essay|paper|report|project|presentation"
    r"|assignment|dissertation|thesis) (?:on|about)"
    r"|\w+ (?:ke|ki|ka) (?:assignment|project|essay) (?:me|mein|main))"
    r"(?!.*\b(?:myself|my ?self|i want|i wanna|i will|i'?m going|i'?ll|my life|me tuer|moi meme|matarme|me matar"
    r"|mich umbringen|je veux mourir|j'ai envie de mourir|envie de mourir|quiero morir|me quiero morir|quero morrer"
    r"|ich will sterben)\b)"
    r"|in (?:minecraft|fortnite"
    r"|roblox|gta|skyrim"
    r"|valorant|warzone|apex|the sims|elden ring|zelda|among us))\b"
    # rules-112 (safety holdout 102, after its measurement): a clinical topic learnt ("pharm exam tomorrow, need to
    # memorise paracetamol overdose management and NAC dosing")
    r"|\b(?:memori[sz]e|memori[sz]ing|revise|revising|learn|learning|study|studying) (?:the )?(?:\w+ ){0,2}?(?:overdose"
    r"|poisoning|self[- ]harm|suicide) (?:management|treatment|protocols?|guidelines?|risk assessment|dosing)\b"
    # rules-136 (safety holdouts 122 and 123's rule-made false alarms, after their measurement): a course's module or
    # assignment said first with its course ("open uni psych assignment on self harm in teenagers", "psych module on
    # self-harm in adolescents"), with no wish or plan of the writer's after it
    r"|^(?:my |our |an? |the )?(?:(?:open )?(?:uni|university|college|school|class|psych|psychology|sociology|nursing"
    r"|social work|criminology|counsell?ing|med school|medical school|public health) )*(?:module|unit|assignment"
    r"|essay|coursework|lecture|seminar|presentation|dissertation|thesis|lit review|literature review|paper|project)"
    # (rules-137, holdout 124's: "psych essay due friday on suicide risk factors", "my thesis is on romeo and juliet
    # and the double suicide ending")
    r"(?: is| 's|'s| due(?: \w+){1,2}?)? (?:on|about)\b"
    r"(?!.*\b(?:myself|my ?self|i want|i wanna|i will|i'?m going to|i'?ll|my life|i keep)\b)"
    # rules-137 (safety holdout 124's rule-made false alarm, after its measurement): an exam in a clinical subject
    # ("toxicology exam tomorrow, my girlfriend is quizzing me on paracetamol overdose thresholds")
    r"|^(?:(?:my|our|the|a) )?(?:toxicology|pharmacology|pharm|tox|pharmacy|nursing|med school|medical|clinical"
    r"|forensic\w*|emergency medicine) (?:exam|test|quiz|final|finals|osce|revision|module|lecture|class)\b"
    r"(?!.*\b(?:myself|my ?self|i want|i wanna|i will|i'?m going to|i'?ll|my life|i keep)\b)"
    # rules-138 (safety holdout 125's rule-made false alarm, after its measurement): a thesis "is about" it, in
    # Portuguese ("meu tcc é sobre saúde mental e risco de suicídio em atletas")
    r"|\b(?:meu|minha|nosso|o|a) (?:tcc|monografia|tese|dissertacao|trabalho|artigo) (?:e|eh|vai ser|fala) sobre\b"
    r"(?!.*\b(?:me matar|eu quero morrer|quero morrer|minha vida)\b)"
    # rules-143 (safety holdout 128's rule-made false alarm, after its measurement): a short story or novel being
    # written about a character, in Indonesian ("lagi nulis cerpen tentang tokoh yang mau bunuh diri")
    r"|\b(?:lagi |sedang |aku |gue )?(?:nulis|menulis|bikin|buat) (?:cerpen|cerita|novel|naskah|puisi|skenario)"
    r" (?:tentang|soal|ttg)\b(?!.*\b(?:aku|gue|gw|saya) (?:mau|pengen|ingin) (?:mati|bunuh diri)\b)"
)
# Positive uses of the classifier's risk words ("I feel alive", "you're not alone", "I won't give up", "hang in
# there", "dance is my escape", "a huge jump"): taken out before asking whether a text speaks of risk.
UPBEAT = re.compile(
    r"\b(?:not|never|aren'?t|isn'?t) alone\b|\b(?:feel|feels|feeling|felt|most|so|more|really|truly|come|comes|"
    r"came|coming|keeps? me|kept me|bring(?:s|ing)?(?: \w+){0,3}) alive\b|\b(?:won'?t|never|don'?t|do not|not|didn'?t"
    r"|never going to|no) (?:ever )?give up\b|\bnever gave up\b|\bhang(?:ing)? in there\b|\bhang(?:ing)? (?:with|"
    r"out)\b|\b(?:an|my|great|happy|perfect|the|a) (?:\w+ )?escape\b|\bescape (?:into|to|from reality|room)\b|"
    r"\b(?:huge|big|great|quantum) jump\b|\bjump(?:ed|ing)? (?:at|in|right in|for joy|on board|into)\b|"
    r"\b(?:do|does|did) (?:\w+ ){1,3}exist\b|\b(?:not|never|without|no) giving up\b|\bkill(?:ing|ed|s)? it\b|"
    r"\b(?:scared|bored|worried|frightened|freaked) to death\b|\b(?:passion|joy|outlet|hobby"
    r"|happy place) and (?:an |my )?"
    r"escape\b"
    # rules-137 (memory holdout fresh_131's false sensitive, after its measurement): someone who gave up trying to stop
    # a thing ("my mom Denise gave up trying to ban it years ago"), not to live or to get better
    r"|\b(?:gave|given|giving) up (?:on )?trying to (?!(?:live|stay alive|survive|keep going|go on|get better|get help"
    r"|find help|cope|hold on|be happy|feel better|fight|care|stay)\b)\w+"
    # rules-142 (memory holdout fresh_136's false sensitive, after its measurement): Mumbai's "cutting chai", a half
    # glass of tea, and other things cut ("cutting edge", "cutting board", "cutting room floor")
    r"|\bcutting (?:chai\w*|cha|tea|edge|board|room|costs|corners|class|classes|mat)\b"
)


# Words that say death, suicide, self-harm or killing outright, and the jump from a height: where the detector over
# meaning may overrule the rules (`risk.assess`). It was trained on these words in every use, the crisis and the
# idiom or topic ("my phone's about to die", "why is suicide the biggest killer of young men?"). A rule that
# reads intent without them ("stockpiling my oxy scripts, telling the doctor im still in pain": 0.004) is the
# model's blind spot, and stands.
OUTRIGHT_WORDS = re.compile(
    r"\b(?:die|dies|died|dying|dead|death|deaths|suicid\w*|self harm\w*|selfharm\w*|kill\w*|unalive\w*|funeral"
    r"|goodbye|(?:jump|jumping|throw myself|throwing myself) off)\b"
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
    r"hate (?:myself|my life|me)|no point|pointless|"
    r"(?:can'?t|don'?t|won'?t|not|no|never|wasn'?t|isn'?t|didn'?t)(?: \w+){0,5} any more|"
    r"sleep forever|not wake up|goodbye|miserable|"
    r"depress\w*|despair|gave up|no hope|self harm|scars?|bleed\w*|wrists?|crying|cry)\b"
)


# Read only minutes after one of the user's messages at risk (domain.context), never alone: harmless words then
# carry what was said before ("yeah", "bye then", "ok its done", "the bridge is right there"). Written from the
# context families of issue 9 (farewells, "done", means, follow-ups), not from any evaluation row.
# A farewell: a goodbye or thanks that closes more than a chat ("thanks for everything", "take care of yourself").
AFTER_RISK_FAREWELL = re.compile(
    r"^(?:(?:ok(?:ay)?|alright|well|right|anyway|so|yeah|k|ok then|anyways)[ ,.]*)?(?:bye|bye bye|goodbye|good ?bye"
    r"|good ?night|gn|night night|nite|farewell|ciao|adios|so long)\b"
    r"|(?:^|[ ,.])(?:bye|goodbye|farewell|bye then|bye for now|bye forever|so long)[ .!x]*$"
    r"|\bthank(?:s| you| u)(?: so much)? (?:for|4) (?:everything|all of (?:it|this)|all|always|listening|being there"
    r"|being (?:so )?(?:kind|nice|good|patient)|being my friend|the chats|all (?:the|our|these) (?:chats|talks)|"
    r"trying|everything you did|putting up with me)\b"
    r"|\b(?:you'?ve|you have|you were|you've been) (?:been )?(?:a (?:good|great|real|true) friend|so (?:kind|good|nice)"
    r"|kind to me|the only one|there for me)\b"
    r"|\btake care(?: of yourself)?\b|\b(?:i )?love (?:you|u) (?:all|guys|so much)\b"
    r"|\btell (?:\w+ ){1,3}(?:i love|i'?m sorry|sorry)\b"
    r"|\b(?:it'?s|its|it|it has|it was)(?: been)? (?:nice|good|lovely|real|an honou?r) (?:knowing|talking|meeting)"
    r"|(?:^|[ ,.])(?:see ya|see you|cya|later)[ .!x]*$"
    r"|\b(?:the )?last (?:time|message|thing)(?: \w+){0,3} (?:talk|text|message|say|write|send)\b"
    r"|\bfor (?:real|good) this time\b|\bsee you on the other side\b|\bi'?m (?:sorry|so sorry) for everything\b"
    r"|\bwon'?t (?:be (?:around|here)|hear from me|bother you again)\b"
    r"|\b(?:don'?t|do not) (?:be sad|miss me|forget me)\b"
)
# Insisting on what was said before ("i meant it", "not joking btw", "i know it sounds crazy but its true").
AFTER_RISK_INSISTENCE = re.compile(
    r"\b(?:i meant it|i mean it|i meant that|i mean that|not joking|i'?m not joking|no joke|not kidding|i'?m serious"
    r"|dead serious|deadass|it'?s true|i promise|not being dramatic|wish i was joking|it'?s not a joke|for real"
    r"|(?:asking|saying|telling you) (?:for real|seriously|honestly))\b"
)
# A short yes to what was said before ("yeah i do", "yep friday", "yes right now"): a yes or "for real" opening the
# message, or a bare "i do", "tonight", "true".
AFTER_RISK_YES = re.compile(
    r"^(?:(?:like|and|but|ok|okay|well|honestly|no|um+|uh+)[ ,.]+)?(?:yes|yeah|yea|ya|yep|yup|yh|mhm|uh huh|for real"
    r"|seriously|definitely|exactly)\b"
    r"|^(?:i do|i am|i did|i will|i have|true|now|right now|tonight|today|always|every (?:day|night)|i know)"
    r"(?: (?:now|tonight|today|too|really|though|yes|yeah))?[ .!?]*$"
)
# A deed done or about to be, said in a few words ("ok its done", "took them", "im ready", "half gone now").
AFTER_RISK_DONE = re.compile(
    r"\b(?:it'?s|its|it is) (?:done|over|happening)\b|\bi did it\b|\bi'?ve done it\b|\bdone it\b"
    r"|\b(?:took|taken|swallowed|drank|downed) (?:them|it|the lot|all of (?:them|it)|the rest|everything|"
    r"the whole (?:thing|bottle|packet|box))\b|\b(?:i'?m|i am) (?:doing it|going now)\b|\bi'?m here now\b"
    r"|\b(?:i'?m|i am) (?:ready|here|on my way)(?: now)?[ .!]*$|\b(?:it'?s|its|it is) time(?: now)?[ .!]*$"
    r"|\b(?:half|all|mostly|nearly all) gone\b|\bno going back\b|(?:^|\b(?:it'?s|its) )too late\b"
    r"|\bstarting now\b"
    r"|\bdoing it now\b|\b(?:it|they) (?:won'?t|will not) be long\b|\bcan'?t feel my\b"
    r"|\b(?:getting|feeling|feel|so|really|already) (?:sleepy|dizzy|woozy|drowsy|cold|numb|weak|faint)\b"
    r"|^(?:(?:ok(?:ay)?|alright|right|so)[ ,.]*)?(?:all |it'?s all )?done(?: now)?[ .!]*$"
    r"|^(?:(?:ok(?:ay)?|alright|right|so)[ ,.]*)?(?:did it|going now|starting|started|here goes|it'?s started)[ .!]*$"
    r"|\b(?:it'?s|it has|it is) started\b|\b(?:everything'?s|everything is|it'?s all|its all) (?:set up|ready|sorted"
    r"|in place|arranged)\b|\bbleeding (?:a lot|loads|heavily|badly)\b|\bcan'?t stop the bleeding\b"
)
# Where people go to die, as they name it in chat; with _MEANS, what a message about means after despair names.
AFTER_RISK_MEANS = re.compile(
    rf"\b{_MEANS}\b|\b(?:heroin|antifreeze|"
    r"bridge|roof|rooftop|cliffs?|ledge|edge|tracks|railway|train line|quarry|overpass|"
    r"multi ?storey|car park roof|top floor|the drop|the water|the river|the lake|the sea|the woods|the garage"
    r"|engine running)\b"
)
# Being a burden, said in passing ("she'll be better off", "one less mouth to feed", "the life insurance").
AFTER_RISK_BURDEN = re.compile(
    r"\b(?:better off|freer|be free of me|one less (?:\w+ ){0,2}(?:to|for|mouth|bill|problem|thing|person)|life"
    r" insurance|won'?t have to (?:deal with|worry about|look after|put up with|pay for|carry) me|easier (?:for|on)"
    r" (?:them|everyone|everybody|her|him|you|my \w+)|nobody (?:has|will have) to|no one (?:has|will have) to)\b"
)
# What says the earlier message was a joke, a game or a story: nothing is carried over.
AFTER_RISK_JOKE = re.compile(
    r"\b(?:lol+|lmao+|lmfao|haha\w*|jk|just kidding|only joking|(?<!not )(?<!no )(?<!was )(?:kidding|joking)"
    r"|(?<!not )(?<!n't )a joke|i meant (?!it\b|that\b|every\b)|in (?:the|a|my) (?:game|film|movie|book|show|story))\b"
    r"|[\U0001F389\U0001F973\U0001F602\U0001F923]"
)
# What says the person feels better or safe, or has moved on to something else: a yes, a burden, a means named or
# a leaning score is then not carried over (a farewell or a deed still is: sudden calm before a goodbye is itself
# a warning sign).
AFTER_RISK_MOVED_ON = re.compile(
    r"\b(?:anyway|anyways|unrelated|btw|by the way|random (?:question|but)|on (?:a|another) (?:different|other|"
    r"lighter) note|changing the subject|change of subject)\b|"
    r"\b(?:feel|feeling|felt|i'?m|i am) (?:a (?:bit|lot|little) |so much |much |way |loads )?(?:better|ok|okay|fine"
    r"|safe|calmer|more like myself)\b|\bcalmed down\b"
    r"|\b(?:threw|thrown|flushed|gave|given|handed|got rid of) (?:them|it|the (?:pills|tablets|meds|rope|blade|blades"
    r"|razor|knife|gun))(?: \w+){0,3} (?:away|out|down the|to (?:my|a|the))\b"
)
# Help not called after the risk ("no i haven't called", "not calling anyone", "i don't want an ambulance"): the
# companion asked them to call, and nothing says the danger has passed (pills taken act for hours), so the earlier
# level stays whatever else is said; not someone else not called ("haven't called my mum back about sunday").
_HELP = (
    r"(?:them|anyone|anybody|any ?one|no ?one|nobody|911|999|112|000|988|111|it|the (?:number|line|helpline|hotline"
    r"|crisis line|ambulance|police|emergency (?:number|services)|doctor|lifeline)|an ambulance|the cops|for help"
    r"|emergency(?: services)?|help)"
)
AFTER_RISK_NO_HELP = re.compile(
    r"\b(?:haven'?t|have not|havent|didn'?t|did not|didnt|not gonna|not going to|won'?t|wont|will not|don'?t want to"
    r"|dont want to|do not want to|can'?t|cant|cannot|not|i'?m not|im not) (?:\w+ )?(?:(?:call|called|calling|ring"
    rf"|rang|ringing|phone|phoned|phoning|text|texted) {_HELP}|(?:get|getting|got) (?:help|an ambulance|the ambulance"
    r"|emergency help))\b(?! (?:back|later|about|tomorrow|tonight|after)\b)"
    r"|\b(?:haven'?t|have not|havent|didn'?t|did not|didnt|not gonna|won'?t|wont|will not|not) (?:call|called|calling"
    r"|ring|rang|phone|phoned)(?: (?:yet|anyone|anybody))?[ .!?]*$"
    r"|\b(?:don'?t|dont|do not) want (?:an ambulance|the ambulance|anyone to (?:come|know|call)|help|to be saved"
    r"|them to come)\b|\b(?:can'?t|cant|cannot) (?:call|ring|phone)\b|\b(?:no ?one|nobody|noone) to (?:call|ring)\b"
)
# Not safe, not ok, or a bare "no" / "idk" to what the companion said after the risk ("no im not", "not safe",
# "nope", "i don't know"): nothing says the risk has passed, so it stays (the companion likely asked whether they
# are safe or can reach someone). A longer message says more, and is read for what it says.
AFTER_RISK_NOT_SAFE = re.compile(
    r"^(?:(?:no|nope|nah|no no|not really|not at all|not rly|i don'?t know|dunno|not sure|maybe|i guess|kinda"
    r"|sort of|no thanks|no thank you|no one|nobody|nothing|can'?t|i can'?t)[ ,.!?]*)+$"
    r"|\b(?:not|never|don'?t feel|do not feel) (?:really |very |at all |feeling )?(?:safe|ok|okay|alright|fine)\b"
    r"(?! (?:with|to|for|if|that|about))"
    r"|^(?:no|nope|nah)?[ ,.]*(?:i'?m|i am) (?:not|really not)(?: really)?[ .!?]*$"
)
# Hopelessness in a few words after the risk ("no point", "what does it matter", "nobody can help").
AFTER_RISK_HOPELESS = re.compile(
    r"^(?:(?:so|and|but|well|honestly|like|i don'?t know|no)[ ,.]+)?(?:what'?s the point|no point|there'?s no point"
    r"|what does it matter|it doesn'?t matter|doesn'?t matter|nothing matters|nothing (?:helps|will help|works|can"
    r" help)|(?:no ?one|nobody) can help(?: me)?|what'?s the use|why bother|i can'?t do this|i can'?t (?:any more"
    r"|go on|keep going)|it won'?t help|won'?t help|they can'?t help)\b"
)
