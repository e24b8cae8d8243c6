"""Safeguarding rules about adults: domestic abuse, adults at risk, bullying and harassment.

Domestic abuse is violence, threats or control by a partner or ex (or one parent against the
other); adults at risk are older, disabled or cared-for adults harmed, robbed or neglected by
carers, family or "friends"; bullying and harassment come from peers, colleagues, customers
or strangers, online or in person.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import rules

_FRAMING: Final = ("fiction", "hypothetical", "jest")

DOMESTIC_ABUSE: Final = (
    rules("safeguarding", "domestic_abuse", 0.9, (
        # an ex or partner tracking the caller down: "my ex has found out where i live"
        r"{PARTNER}(?:'s| has| is| have)? (?:\w+ ){0,2}(?:found out|finds out|knows|worked out|"
        r"tracked down|got hold of) where (?:i|we|she|he) (?:live|lives|am|are|is|work|works|"
        r"moved to)|{PARTNER}(?:'s| has| is)? (?:been |keeps |kept |started )?(?:waiting|hanging "
        r"around|sitting|parked|turning up) (?:\w+ ){0,2}outside (?:my|our|her|the) (?:flat|house|"
        r"home|work|door|school|place)",
        # an injury a partner caused: "he broke my wrist"
        # (not "he broke his wrist at rugby": his own injury)
        r"(?:she|{PARTNER}) (?:\w+ ){0,2}(?:broke|broken|fractured|cracked|dislocated) (?:my|her|"
        r"his) (?:wrist|arm|nose|jaw|ribs?|fingers?|cheekbone|collarbone|leg|ankle|eye socket)|he (?:\w+ ){0,2}(?:broke|broken|"
        r"fractured|cracked|dislocated) (?:my|her) (?:wrist|arm|nose|jaw|ribs?|fingers?|cheekbone|collarbone|leg|ankle|eye socket)",
        # specialist domestic abuse workers: "this is the idva at leeway, one of your learners is high risk"
        r"\b(?:idva|marac)\b|{PARTNER}(?:'s| has)? (?:said|says|threatened|threatening|told (?:her|me)) (?:he'll|he will|she'll|"
        r"she will|to|that he'll) (?:turn up|come|show up) (?:at|to|outside)\b",
        # "her ex is still hunting for her"; "has the universal credit paid to him and gives her twenty pound a week"
        r"{PARTNER}(?:'s| is| has been|'s been)? (?:still )?(?:hunting|searching|looking) for (?:her|me|them|us)\b|"
        r"{PARTNER}(?:'s| has)? (?:\w+ ){0,2}found (?:her|my|our) (?:new |last |current )?(?:address|location|flat|house)\b|"
        r"(?:hunting|tracking) (?:her|me|them) down\b",
        r"(?:has|gets|takes|had|got|took) (?:the|all the|her|my|our) (?:universal credit|benefits|money|wages|child benefit|"
        r"pension|pip) paid (?:to|into) (?:him|his account|her|his own account)|(?:gives|gave|allows|allowed) (?:her|me) "
        r"(?:only |just )?(?:\w+ ){1,2}(?:pound|pounds|quid) a (?:week|month)",
        # "he's always been handy with his fists", "he's put something on my phone so he knows where i am"
        r"(?:he's|he is|he was|he's always been|{PARTNER}(?:'s| is| was)(?: always been)?) (?:always |very |a bit |too )?(?:handy|"
        r"quick|free) with (?:his|her) (?:fists|hands)",
        r"(?:put|installed|hidden|hid) (?:something|an app|a tracker|a tracking \w+|spyware) (?:on|in) (?:my|her) (?:phone|car|"
        r"laptop|bag)|so (?:he|she) (?:knows|can see|can track|always knows) where (?:i am|i've been|i go|she is|she's been)|"
        r"(?:he|she) (?:checks|goes through|reads) (?:the mileage|my phone|my messages|my texts|my emails|my bank|my receipts|"
        r"everything)(?: on the car)? (?:every|each) (?:night|day|time)|(?:he's|she's|he has|she has) (?:got|hacked) into (?:my|the) "
        r"(?:gmail|email|emails|phone|facebook|icloud|account)(?:,? (?:he|she) reads everything)?",
        r"(?:to|so he can|so she can|trying to|tries to|used to) control (?:me|her|him|"
        r"everything)|controlling (?:me|her|him|behaviour)|coercive control",
        r"(?:has|have|had|got) to ask (?:his |her |their )?permission|(?:has|have|had|got) to "
        r"ask (?:him|her) for (?:money|cash|bus fare|anything|food|the car)",
        r"if (?:i|she|he|we) (?:ever )?(?:leave|leaves|left|go|goes|split up|end it) (?:\w+ ){0,3}"
        r"(?:he'll|she'll|they'll|he will|she will|they will|he'd|she'd|they'd|he would|she "
        r"would|they would|he says|she says|they say) (?:\w+ ){0,2}(?:kill|hurt|take|burn|find|"
        r"come after|ruin|make sure|disown)",
        r"cut (?:me|her|him|us) off from|isolat(?:ed|ing|es) (?:me|her|him) from",
        r"(?:checks?|checking|reads|reading|goes through|tracks?|tracking|monitors?) (?:my|her|his) "
        r"(?:phone|messages|location|texts|emails|bank)(?! (?:out|aloud|to me|for me)\b)",
        # punishment for not answering: "if i don't pick up he smashes the place up"
        r"if (?:i|she|we) (?:don't|do not|didn't|doesn't) (?:answer|reply|pick up|text (?:him )?back|ring (?:him )?back) "
        r"(?:\w+ ){0,3}(?:he|she) (?:smashes|smashed|breaks|throws|punches|kicks|trashes|wrecks|goes mad|loses it|"
        r"kicks off)",
        r"(?:threatened|threatens|threatening|said he'd|said she'd|says he'll|says she'll|says "
        r"he will|says she will|said he would|said she would|going|gonna) (?:to )?(?:kill|hurt|"
        r"burn|stab|strangle|smash|batter|beat) (?:me|her|him|us|the kids|the children|the baby|"
        r"my \w+|our \w+)|(?:threatened|threatens|threatening|said he'd|said she'd|says he'll|"
        r"says she'll) (?:to )?(?:pour petrol|set fire|take the kids|take the children|take the "
        r"baby|take (?:my|our|her) (?:kids|children|son|daughter|baby))",
        r"petrol through the letterbox",
        r"(?:made|makes|forced|forcing|pressured|pressuring) (?:her|me) (?:to )?(?:have|get) an "
        r"abortion|(?:won't|doesn't) let (?:me|her) (?:use|take|go on) (?:contraception|the pill)|"
        r"(?:hides|hid|flushed|threw away) (?:my|her) (?:pills|contraception)",
        r"(?:share|sharing|send|sending) (?:him |her )?my location|in front of the (?:kids|"
        r"children|baby)",
        r"{PARTNER} (?:\w+ ){0,3}(?:doesn't|won't|don't|hates|goes mad if) (?:like )?(?:me|her) "
        r"(?:going|being|seeing|talking|wearing|having|working|out)|(?:goes|gets|went|will go) "
        r"(?:mad|mental|crazy|nuts|ballistic|psycho) (?:if|when|at) (?:i|i'm|she|she's|me|her)",
        r"(?:forced|force|forcing|make|making|made) (?:her|him|me|them) (?:to )?(?:get )?marr\w*|"
        # honour-based abuse: shame on the family and a threat for it
        r"(?:shamed|shaming|brought shame (?:on|to)|bringing shame (?:on|to)|dishonoured|dishonored|"
        r"disgraced) (?:the|our|my|his|her|their) family(?: (?:\w+ ){0,6}(?:deal with|sort|punish|"
        r"kill|hurt|send|take) (?:me|her|him|them))?|"
        r"(?:arranging|arranged|planning|setting up|sorting) (?:a |the )?marriage for (?:him|her|them|my \w+|"
        r"our \w+)(?: \w+){0,14} (?:doesn't|does not|don't|can't|cannot|won't|wouldn't) (?:really |even |"
        r"honestly )?(?:understand|know|consent|agree|want)|(?:doesn't|does not|can't) (?:really |even |"
        r"honestly )?(?:understand|know) what (?:getting )?(?:married|marriage|a wedding) (?:means|is)|"
        r"lacks? (?:the )?capacity to (?:marry|consent to (?:marriage|sex))|"
        r"forced marriage|so (?:she|he|they) can (?:get|be) married|married off|(?:threatening|"
        r"threatened|going|trying) to (?:snatch|abduct|kidnap) (?:her|him|them|the kids|the baby|"
        r"my \w+|our \w+)",
        r"(?:my|her|his) {PARTNER}(?:'s| is| has| keeps| always| just)? (?:\w+ ){0,3}(?:hit|hits|"
        r"hitting|punched|punches|punching|kicked|kicks|kicking|slapped|slaps|slapping|beat|"
        r"beats|beating|beaten|pushed|pushes|pushing|shoved|shoves|shoving|threw|throws|"
        r"throwing|hurt|hurts|hurting|raped|rapes|raping|attacked|attacking|choking|"
        r"strangling|biting|spitting|battering|controls|controlling|smashed|smashing|"
        r"strangled|choked|bit|bites|head ?butted|spat|burnt|burned|battered|abuses|abused|"
        r"threatens|threatened|stalking|follows) (?:(?:\w+ ){1,3}at (?:me|her|him|us|them)|me|"
        r"her|him|us|them|my \w+|our \w+|the "
        r"(?:kids|children|baby|place|house|flat|(?:front |back |kitchen |bedroom )?(?:door|doors|windows?))|things|everything|it|"
        r"(?:my|our|her|the) (?:door|front door|windows?|car))|(?:my|her|his) "
        r"{PARTNER}(?:'s| is| was| gets| can be)? (?:really |very |so |always |getting )?"
        r"(?:abusive|violent|aggressive|controlling)",
        r"(?:my|her) ex (?:found|tracked|traced|tracked down) (?:me|her|us) (?:through|via|from|at|again)\b|"
        r"(?:can i|can you|could i|where you can|where i can|where we can|i want to|i need to|i'd like to|i'm here to) ask for ani\b|asking for ani\b|"
        r"(?:he's|he is|she's|she is) (?:sat|sitting|waiting|parked) (?:\w+ ){0,3}outside (?:\w+ ){0,2}so i(?:'ve| have)? (?:only )?"
        r"(?:got|have) (?:a|one|two|a few|five) (?:minute|minutes|second|seconds|sec|secs|mins?)\b|"
        r"(?:in|at|to|into|from) (?:a |the )?refuge|(?:we're|we are|i'm|i am|she's|she is|we've been|i've been|staying|living|stopping|"
        r"moved|moving|placed) (?:\w+ ){0,2}(?:in|at|into|to) (?:a |the )?women's refuge|women's aid|fleeing|fled (?:from )?"
        r"(?:him|her|my \w+)|(?:scared|afraid|frightened|terrified) (?:of (?:my {PARTNER}|her "
        r"{PARTNER})|he'll find (?:me|us))",
        r"(?:domestic (?:abuse|violence)|abusive (?:relationship|partner|husband|boyfriend|"
        r"marriage|ex))",
        r"(?:smashing|smashed|smashes|wrecking|wrecked|trashing|trashed) (?:the place|the house|"
        r"the flat|everything|things|the kitchen|my \w+) (?:up)?|drunk and (?:violent|aggressive|"
        r"kicking off|smashing|shouting|hitting|lashing out)",
    ), guards=_FRAMING),
    # one parent harming the other: domestic abuse the child witnesses
    rules("safeguarding", "domestic_abuse", 0.93, (
        # "he's broken my ribs before": an injury he did to the caller
        r"(?:he|she|he's|she's|he has|she has|my (?:ex|partner|husband|wife|boyfriend|girlfriend|fella)(?:'s| has)?) "
        r"(?:\w+ )?(?:broken|broke|cracked|fractured|dislocated|split) my (?:ribs?|nose|arm|jaw|wrist|fingers?|"
        r"cheekbone|lip|eye socket|collarbone|hand)",
        r"(?:kids|children|son|daughter|baby) (?:saw|heard|watched|witnessed|were there when) "
        r"(?:their |his |her |my )?(?:dad|father|mum|mother|stepdad|partner|him|her) (?:\w+ ){0,2}"
        r"(?:beat|beating|hit|hitting|hurt|attack|strangle|kick|punch|push|throw)",
        r"(?:my|our|her|his) (?:dad|father|stepdad|step dad|mum|mother|stepmum) (?:\w+ ){0,2}"
        r"(?:hits|hit|beats|beat|punches|punched|kicks|kicked|slaps|slapped|strangles|chokes|"
        r"throws things at|attacks|hurts|batters|abuses|threatens|controls) (?:my|our|her|his) "
        r"(?:mum|mother|dad|father|stepmum|stepdad|step dad)",
    ), guards=_FRAMING),
    # a partner harming the children: child abuse, not (only) domestic abuse
    rules("safeguarding", "child_abuse", 0.93, (
        r"{PARTNER}(?:'s| has| is| keeps)? (?:been )?(?:\w+ ){0,2}(?:hitting|hits|hit|beating|"
        r"beats|beat|kicking|kicks|kicked|punching|punches|slapping|slaps|hurting|hurts|"
        r"smacking|smacks|belting|shaking|shakes|touching|touches|abusing|abuses) (?:our|my|the|"
        r"her|his) (?:\w+ )?(?:son|daughter|kids|children|baby|boy|girl|little one|toddler)",
    ), guards=_FRAMING),
    # A partner or ex who turns up, follows, threatens, controls money or grabs the throat is
    # domestic abuse, not harassment.
    rules("safeguarding", "domestic_abuse", 0.86, (
        # "my husband snapped my glasses in half and said i'm not going anywhere"
        r"{PARTNER}(?:'s| has)? (?:\w+ ){0,2}(?:snapped|smashed|broke|broken|destroyed|stamped on|threw away|thrown away|hid|"
        r"hidden|took|taken) (?:my|her) (?:glasses|phone|car keys|keys|passport|crutches|walking stick|hearing aids?|"
        r"bank card|purse|charger)\b",
        # "he used to put me in hospital and he's trying to find out where we live"
        r"(?:he|she|{PARTNER}|his dad|her dad|the kids' dad|their dad) (?:\w+ ){0,2}(?:put|puts|putting) (?:me|her) in (?:hospital|a and e|"
        r"a&e|intensive care)\b|(?:he's|she's|{PARTNER}'s|his dad's|their dad's) (?:\w+ )?trying to (?:find out|find|work out) where "
        r"(?:we|i|she) (?:live|lives|are|am|moved)\b",
        # "my husband kicks the dog to frighten me and says next time it'll be me"
        r"(?:kicks?|kicked|kicking|hits?|hitting|hurt\w*|kill\w*|strangl\w*|drown\w*) (?:the|our|my) (?:dog|cat|puppy|kitten|pet|"
        r"rabbit) (?:\w+ ){0,3}(?:to (?:frighten|scare|warn|punish|threaten) (?:me|her|us))|next time it(?:'ll| will) be (?:me|you|"
        r"her|us)\b",
        # "he's the one that broke my tooth"; "mum says i have to say i fell off my bike"
        r"(?:he's|she's|he is|she is) the one (?:that|who) (?:broke|smashed|knocked out|cracked|chipped|gave me) (?:my|the)\b",
        # "my ex found me last time and broke my jaw"; "he opens all my post and he stamped on my hearing aid"
        r"{PARTNER}(?:'s| has)? (?:\w+ ){0,5}(?:broke|broken|fractured|smashed|cracked) my (?:jaw|nose|ribs?|arm|wrist|cheekbone|eye socket|"
        r"fingers?|hand|collarbone|leg)\b|(?:he|she|{PARTNER})(?:'s| has)? (?:\w+ )?(?:opens|reads|goes through|open|read) (?:all )?(?:my|her) "
        r"(?:post|mail|letters)\b|(?:he|she) (?:\w+ )?(?:stamped on|snapped|smashed|broke|hid|hides|took|threw away) (?:my|her) (?:hearing "
        r"aids?|glasses|walking stick|crutches|phone charger)\b",
        # "my girlfriend smashed a mug in my face"; "he checks the bank app every night and took my card off me"
        r"{PARTNER}(?:'s| has)? (?:\w+ ){0,2}(?:smashed|threw|thrown|chucked|slammed|hit me with|glassed me with) (?:a |the |her |his )?"
        r"(?:mug|glass|bottle|plate|cup|phone|remote|ashtray|chair|pan|kettle) (?:in|into|at|across|over) (?:my|her) (?:face|head)\b|"
        r"(?:he|she|{PARTNER})(?:'s| has)? (?:\w+ ){0,4}(?:checks|goes through|monitors) (?:the|my|our|her) (?:bank app|banking app|bank "
        r"statements|bank account|spending|mileage|receipts)\b|(?:he|she|{PARTNER}) (?:\w+ )?(?:took|takes|taken|taking) (?:my|her) (?:bank )?cards? "
        r"(?:off|from|away from) (?:me|her)\b",
        # coded: "he's sat right next to me so i can't really talk", "i can't say much, he's listening"
        r"(?:he's|he is|she's|she is) (?:sat|sitting|stood|standing|right here|here|listening|in the room)(?: right)?(?: next to| beside| "
        r"behind| with)?(?: me)? so i (?:can't|cannot) (?:really )?(?:talk|speak|say (?:much|anything))\b|(?:i )?(?:can't|cannot) (?:really )?"
        r"(?:talk|speak|say much)(?: right now| now)?,? (?:he's|he is|she's|she is) (?:listening|right (?:here|next to me)|sat (?:right )?next "
        r"to me|in the room|next to me)\b",
        # "daddy squeezed mummy's neck on the stairs"
        r"(?:daddy|dad|he|my dad|stepdad|{PARTNER}) (?:\w+ )?(?:squeezed|squeezes|squeezing|grabbed|grabs|held|holds|had his hands? "
        r"round|put his hands? round) (?:mummy's|mum's|mam's|mommy's|mammy's|her|my|my mum's|my wife's|my partner's) (?:neck|throat)",
    ), guards=_FRAMING),
)

PARTNER_STALKING: Final = (
    rules("safeguarding", "domestic_abuse", 0.92, (
        r"{PARTNER}(?:'s)? (?:\w+ ){0,3}(?:grabbed|grabs|grabbing|strangl\w*|chok\w*|throttl\w*|"
        r"pinned|pins|held|holds) (?:her|him|me|my mum|my dad|mum|dad) (?:by|round|against) "
        r"(?:the )?(?:throat|neck|wall|hair)",
        r"(?:won't|doesn't|never|will not|does not|wouldn't) (?:let|allow) me (?:to )?(?:have|keep|"
        r"touch|get|use|go out|see my|see anyone|work|leave|open|spend)(?: \w+){0,3} (?:money|"
        r"friends|family|bank|card|phone|the house|job|wages)|(?:have|had) to ask (?:him|her) "
        r"(?:for|before|if i can|permission) (?:\w+ ){0,3}(?:money|bus fare|go out|anything)|"
        r"(?:gives|gave) me (?:an |a )?(?:allowance|pocket money)(?! for)",
        r"{PARTNER}(?:'s)? (?:\w+ ){0,2}(?:took|takes|taken|hid|hides|hidden|locked away|smashed|"
        r"smashes) (?:\w+ ){0,3}(?:my|her) (?:car keys|keys|passport|phone|purse|bank card)",
        r"{PARTNER}(?:'s)? (?:\w+ ){0,3}(?:says|said|tells me|told me|keeps saying|keeps telling me) "
        r"(?:that )?(?:(?:no one|nobody) (?:will|would|is going to|'ll) believe (?:me|her|him)|"
        r"(?:i'm|i am|she's|she is) (?:crazy|mad|imagining it|making it up|useless|worthless|"
        r"nothing))",
        r"(?:my|her|his|their|our) (?!business |work |tennis |dance |lab |study |squash |golf |"
        r"project )(?:\w+ )?{PARTNER}(?:'s| is| has| keeps| always| won't stop| still)? "
        r"(?:\w+ ){0,3}(?:turning up|turns up|showing up|shows up|turned up again|showed up again|following|follows|followed|"
        r"threaten\w*|stalk\w*|harass\w*|watching (?:me|her|him|the house)|tracking|tracked|"
        r"waiting outside|won't leave (?:me|her|him) alone|sitting outside|getting into (?:my|her|"
        r"his) (?:accounts|emails|phone)|hack\w* (?:into )?(?:my|her|his)|logging into (?:my|her|his)|"
        r"reading (?:my|her|his) (?:messages|texts|emails)|(?:checks|checking|goes through|going "
        r"through) (?:my|her|his) (?:phone|messages|texts|emails|bank))",
        r"(?:flee|fled|fleeing|escape|escaped|escaping|get away from|got away from|run away from|"
        r"ran away from|hiding from|hide from|left) (?:from )?(?:my|her|his|our) (?:\w+ )?{PARTNER}"
        r"(?! (?:at|in|for|to|and (?:i|we) (?:are|were) fine))|fled (?:to )?(?:a |the )?refuge",
    ), guards=_FRAMING),
)

BULLYING: Final = (
    rules("safeguarding", "bullying_harassment", 0.86, (
        # "the lassies in my class call me a dirty tinker and they threw stones at me"
        r"(?:call|calls|calling|called) (?:me|him|her|them|us|my \w+) (?:a |an )?(?:dirty |smelly |filthy |stinking )?(?:tinker|tinkers|"
        r"pikey|pikeys|gyppo|gyppos|gypo|paki|pakis|terrorist|terrorists|refugee|immigrant|tranny|faggot|lezza|dyke|spastic|retard|"
        r"mong)\b|(?:threw|throw|throwing|throws|chucked|chucking|pelted|pelting) (?:stones|rocks|bricks|eggs|bottles) at (?:me|him|her|"
        r"us|them|my \w+|our \w+)\b",
        # racist harassment: "the neighbours keep shouting the p word at my kids", "someone put a pig's head on our wall"
        r"(?:shouting|shouted|shouts|shout|calling|called|calls|screaming|yelling) (?:out )?(?:the )?(?:p|n) word\b|(?:a )?pig'?s head (?:on|at|"
        r"outside|through|by) (?:our|my|the|his|her)\b",
        # "they've put his head down the toilet and posted it"; "getting battered every day at school"
        r"(?:put|putting|puts|shoved|shoving|stuck|flushed|pushed) (?:his|her|my|their) heads? (?:down|in) the (?:toilet|loo|bog)\b|"
        r"(?:getting|got|gets|been) battered (?:every day |every morning |every night |again )?(?:at|after|outside|on the way to) "
        r"(?:school|college|the bus stop|the park)\b",
        # "started pushing her off the climbing frame every lunchtime"; "put a dead mouse in my locker"
        r"(?:keep|keeps|kept|started|been|always) (?:pushing|shoving|tripping|kicking|thumping|pinching) (?:her|him|them|me|my "
        r"\w+) (?:off|over|down|into|around|about|up)\b",
        r"(?:put|puts|putting|left|leave|leaves) (?:a )?(?:dead \w+|dog (?:mess|poo|dirt)|poo|rubbish|bleach) (?:in|into|through) "
        r"(?:my|her|his|our|their) (?:locker|bag|drawer|tray|car|letterbox|lunch|shoes|coat)|(?:keep|keeps) (?:switching|turning) "
        r"the lights off so (?:i|he|she) can't",
        # "keep switching the lights off and screaming in her ears till she has a meltdown, then they film it"
        r"(?:keep|keeps|kept) (?:switching|turning) the lights? off\b|(?:screaming|shouting|yelling|blowing whistles) (?:in|into) (?:her|his|"
        r"my|their) ears?\b|(?:then|and) (?:they|he|she) (?:film|films|filmed|record|records|recorded) it\b",
        # "a couple of the mums are doing impressions of him in the class whatsapp"
        r"(?:doing|do|does|did|done) impressions of (?:him|her|them|me|my \w+|his \w+|her \w+)\b",
        # "the older boys copy the way he walks and film it for tiktok"
        r"(?:copy|copies|copying|copied|mimic|mimics|mimicking|mimicked|imitate|imitates|imitating|imitated|mock|mocks|mocking|"
        r"mocked|take the mick out of|taking the mick out of) (?:(?:the way|how) (?:he|she|i) (?:walks|talks|speaks|runs|moves|signs|"
        r"stammers|stutters)|(?:his|her|my) (?:walk|limp|stammer|stutter|voice|accent|tics?|speech)\b)|(?:film|films|filmed|filming) "
        r"(?:it|him|her|them|me) (?:and put it |to put )?(?:for|on) (?:tiktok|snapchat|snap|instagram|insta|youtube|social media)\b",
        # "they keep calling me slurs because i'm gay"
        r"(?:calling|called|call|calls|shouting|shouted|shout|shouts|yelling|yell|yells) (?:me|him|her|them|us|my \w+|our \w+) "
        r"(?:slurs|names|racist names|homophobic names|\w+ slurs|a \w+ slur)\b",
        # "keep putting dog dirt through the letterbox", "they've written pikey on our wall"
        r"(?:put|puts|putting|pushing|pushed|pushes|shoving|shoved|posting|posted) (?:\w+ )?(?:dog (?:mess|poo|dirt|muck)|poo|"
        r"excrement|faeces|fireworks?|lit \w+) (?:through|in) (?:the|our|my|her|his|their) (?:letterbox|letter box|door)",
        r"(?:written|scratched|carved|keyed|scrawled|graffitied|sprayed) (?:\w+ ){1,2}(?:on|across|into) (?:our|my|her|his|their) "
        r"(?:door|front door|car|house|wall|walls|windows?|bed|locker|desk|fence|van)\b",
        # "my manager keeps making jokes about it in front of customers and the other staff join in"
        r"(?:keeps?|kept|always|constantly) making (?:\w+ )?(?:jokes|comments|remarks|digs) about (?:\w+ ){0,3}(?:in front of|"
        r"and (?:the )?(?:others?|other \w+|everyone|everybody) (?:join|joins|joined|laugh|laughs|laughed))",
        # "make him say his name over and over", "the neighbours spit at my daughter and write stuff on our door"
        r"(?:make|makes|made|making) (?:him|her|them|me) (?:say|repeat|do) (?:\w+ ){0,3}over and over",
        r"(?:spit|spits|spat|spitting) (?:at|on) (?:me|him|her|us|them|(?:my|our|his|her) \w+)\b|(?:write|writes|wrote|"
        r"writing|sprayed|spray|painted) (?:stuff|things|words|slurs|\w+) (?:on|across) (?:our|my|her|his|their) (?:door|"
        r"car|house|wall|windows?)",
        # "boys film her and stick it on tiktok and call her names"; "pulled my hijab off in the canteen"
        r"(?:film|films|filming|filmed|video|videos|videoing|record|records|recording) (?:her|him|me|them|his \w+|her \w+|"
        r"my \w+)(?: \w+){0,5} and (?:putting|posting|sharing|sending|put|puts|"
        r"stick|sticks|post|posts|share|shares|send|sends) (?:it|them) (?:on|online|round|around|with|everywhere|to)",
        # "the boys in the line copy his tics", "making monkey noises at him every day", "keep hiding her hearing aids"
        r"(?:copy|copying|copies|copied|mock|mocking|mocks|mocked|imitate|imitating|imitates|take off|taking off) (?:his|her|my|their) "
        r"(?:tics|walk|stammer|stutter|voice|accent|limp|speech|signing|wheelchair)\b|(?:making|make|makes|made|doing) monkey noises\b|"
        r"(?:hiding|hides|hid|hide|taking|took|takes|steal|stealing|stole) (?:her|his|my \w+'s|their) (?:hearing aids?|glasses|walking "
        r"stick|stick|zimmer|frame|crutches|inhaler)\b(?:\W+\w+){0,4}\W+(?:laugh|laughing|laughs|laughed)|tipped (?:her|his|their) "
        r"(?:dinner|lunch|drink|food|tea|tray) (?:in|over|on|into) (?:her|his|their) (?:lap|head)",
        r"(?:pulled|pulling|pull|pulls|ripped|ripping|tore|yanked|yanks|grabbed|snatched) (?:off )?(?:my|her|his|their) "
        r"(?:hijab|headscarf|turban|patka|kippah|yarmulke|veil|niqab|head ?scarf)|(?:photos?|videos?|pictures?) of (?:my|her|"
        r"his) (?:hijab|headscarf|turban|patka|kippah|yarmulke|veil|niqab) and (?:laughing|laugh)",
        r"(?:gets?|getting|got|being|been) called names (?:every|all the time|each|daily|on the)|(?:flicking|flicked|"
        r"holding) lighters? (?:at|near|to) (?:his|her|their) hair|set fire to (?:his|her|their) hair",
        r"(?<!goats\s)(?<!goat\s)(?<!geese\s)(?<!hens\s)(?<!cows\s)(?<!dogs\s)(?<!keep\sbullying\sthe\s)bull(?:y|ied|ying|ies)(?! (?:policy|week|awareness|ambassador|workshop|talk|the (?:sheep|goats|hens|lambs|other (?:dogs|cats|goats|horses|animals))|"
        r"training|assembly))|harass(?:ed|ing|ment|es)?\b|stalk(?:ed|ing|er|s)?\b|"
        r"cyber ?bull\w*|troll(?:ed|ing)|upskirt\w*|sextort\w*",
        r"(?:keeps?|kept|keep on|constantly|always|won't stop) (?:\w+ ){0,3}(?:sending|messaging|"
        r"texting|calling|ringing|following) (?:her|him|me|them|my \w+) (?:\w+ ){0,4}(?:saying|"
        r"asking|threaten\w*|telling|pictures|photos|pics|stuff|horrible|nasty|at night|all night|"
        r"late|even though|when (?:i've|she's|he's)|to meet|names|on snapchat|on instagram|on "
        r"tiktok|online)|(?:a|this|some|the|that) (?:man|guy|bloke|woman|lad|boy|girl|stranger|"
        r"person|colleague|manager|customer|neighbour|teacher|coach|tutor|landlord|"
        r"someone|somebody) (?:\w+ ){0,4}(?:keeps?|kept|won't stop) (?:\w+ ){0,2}(?:sending|"
        r"messaging|texting|calling|ringing|following|waiting for|watching)|(?:keeps?|kept|keep "
        r"on|constantly|always|won't stop) (?:\w+ ){0,3}(?:waiting outside|picking on|calling "
        r"(?:her|him|me|them) names|threatening)|(?:keeps?|kept|keep on|constantly|always|won't stop) (?:\w+ ){0,3}"
        r"(?:grabbing|touching|groping|pushing|tripping|tipping|hitting|kicking|punching|"
        r"spitting at|pinching|stealing from|taking from) (?:me|her|him|them|us|my \w+)",
        r"(?:grade|grades|mark|marks|job|reference|placement|promotion|contract|shifts|hours|visa) (?:\w+ ){0,2}"
        r"(?:depends|depend|depended|dependent|rests) on (?:whether|if) (?:i|she|he) (?:\w+ ){0,2}(?:meet|meets|go out|"
        r"goes out|sleep|sleeps|date|dates|have drinks|go for drinks|send|sends|come round|go round)|(?:keeps?|kept|"
        r"won't stop) (?:\w+ ){0,2}(?:emailing|messaging|texting|dming|commenting) (?:\w+ ){0,6}about (?:my|her|his) "
        r"(?:body|figure|boobs|breasts|chest|bum|legs|looks|appearance)",
        r"cornered (?:her|him|me|them)|(?:ganged|ganging) up on|(?:jumped|beat up|battered) "
        r"(?:her|him|me) (?:after|on|at|in|outside)",
        r"(?:filmed|filming|recorded|posted|shared|put) (?:it|her|him|me|them|pictures|videos|"
        r"photos|a video) (?:\w+ ){0,3}(?:online|on snapchat|on tiktok|on instagram|round the "
        r"school|around|everywhere|on the group chat)|(?:filmed|filming) (?:it|her|him|me)",
        r"(?:say|said|says|saying|told (?:her|him|me))(?: that)? (?:they|he|she)(?:'ll| will| are "
        r"going to|'re going to|'re gonna|'s going to|'s gonna| is going to) (?:\w+ ){0,2}"
        r"(?:do worse|beat|batter|get|hurt|kill|stab|rape|jump|smash|glass|burn|knife|do (?:her|"
        r"him|me) in)",
        r"name[- ]calling|(?:call|calls|called|calling) (?:her|him|me|them) (?:names|racist|"
        r"\w+ names|a (?:paki|n\w+|slag|slut|whore|faggot|gay|retard|spaz|terrorist|gypo|pikey))",
        r"racist (?:abuse|comments|names|bullying|remarks)|homophobic (?:abuse|comments|names|"
        r"bullying)|(?:nudes?|naked (?:photos?|pictures?|pics?)) (?:of (?:her|him|me) )?(?:going "
        r"round|being shared|shared|sent round|posted)",
        r"(?:tipping|tip|tipped|push|pushed|pushing|knocked) (?:him|her|me) (?:out of|off) "
        r"(?:his|her|my) (?:wheelchair|chair|bike)|(?:taking|take|took|steal|stealing|stole) "
        r"(?:his|her|my) (?:phone|lunch|lunch money|money|bag|things) (?:every|again|off (?:him|"
        r"her|me))|call it banter|just banter",
        r"(?:waiting|waits|hangs around) (?:for (?:me|her|him) )?(?:outside|at) (?:when|after|"
        r"the) (?:\w+ ){0,3}(?:finish|shift|work|school|class)|(?:grabbing|grabbed|groped|"
        r"groping) (?:me|her|him)",
        r"(?:cut off|set fire to|pulled out) (?:her|his|my) hair",
        r"(?:comments|remarks|jokes) (?:\w+ )?about (?:my|her|his) (?:body|boobs|breasts|chest|"
        r"bum|figure|weight|legs|looks|skin|colour|religion|headscarf|hijab)|(?:brushing|brushes|"
        r"brushed|rubbing|rubs|rubbed|pressing|presses|pressed) (?:himself |herself )?(?:up )?"
        r"against (?:me|her|him)",
        r"(?:spreading|spread|spreads|started|starting) (?:\w+ )?rumours?|"
        r"fake (?:account|profile|page|instagram|insta|tiktok|snapchat|snap|facebook|twitter|x "
        r"account)s?|(?:posting|posted|sharing|shared|saying|spreading|spread) (?:\w+ )?(?:nasty|"
        r"horrible|vile|disgusting|mean|abusive|sexual|fake|cruel) (?:stuff|things|lies|rumours|"
        r"pictures|photos|comments)",
        r"(?:shoved|pushed|thrown|slammed|locked|shut|stuffed) (?:\w+ )?(?:into|in|against|down) "
        r"(?:the |a )?(?:lockers?|walls?|bins?|toilets?|cupboards?|fence|railings|puddles?)|"
        r"(?:following|followed|follows) (?:me|her|him|them|my \w+) (?:home|everywhere|around|to "
        r"(?:school|work|the bus))",
        r"(?:being|getting|gets|got|been|keeps being|keep being|always being|is|was) (?:\w+ )?"
        r"(?:picked on|singled out|ganged up on|pushed around|shoved around|laughed at|spat at|"
        r"tripped up|left out on purpose|targeted|made fun of|mocked|taunted|excluded by)|"
        r"(?:picking|pick|picks|picked) on (?:him|her|me|them|my \w+)(?! (?:up|out)\b)|"
        r"(?:pushing|shoving|tripping|pushes|shoves|kicking) (?:him|her|me|them|my \w+) "
        r"(?:around|about|over|up|into)|(?:taking|takes|took|nicking|nicks|nicked|stealing|steals|"
        r"stole) (?:his|her|my|their) (?:dinner|lunch) money|(?:make|makes|made|making) fun of "
        r"(?:him|her|me|them|my \w+)",
        r"(?:lifting|lift|lifted|lifts|pulling|pulled|pull) (?:up |down )?(?:her|his|my) (?:skirt|"
        r"trousers|shorts|pants|top)(?: up| down)?|(?:pinging|pinged|snapping|pulling) (?:her|my) "
        r"bra|(?:slapping|slapped|grabbing|grabbed|touching) (?:her|my|his) (?:bum|bottom|bum)",
        r"(?:video|videos|clip|footage|pictures?|photos?) of (?:\w+ ){0,3}(?:being|getting) "
        r"(?:beaten|beat|hit|attacked|jumped|bullied|battered|humiliated|stripped|punched|"
        r"kicked)|(?:all over|on|around) (?:tiktok|snapchat|instagram|facebook|social media|"
        r"the school|whatsapp) (?:\w+ ){0,4}(?:beaten|attacked|jumped|bullied|fight|naked|"
        r"humiliat\w+)",
        r"fake (?:account|profile|page)s? (?:\w+ ){0,4}(?:of|about|pretending|posting|saying)|"
        r"(?:posting|posted|sharing|shared|sending|sent) (?:\w+ ){0,2}(?:pictures?|photos?|pics?|"
        r"videos?|stuff|lies|rumours|things) (?:of|about) (?:my|her|him|me|them)|"
        r"(?:nasty|horrible|abusive|threatening|vile|disgusting|sexual) (?:messages|comments|"
        r"texts|voice notes|names|posts|stuff about)",
        r"(?:keeps?|kept|keep on|won't stop|always) (?:\w+ ){0,2}(?:turning up|turns up|showing up|"
        r"shows up|hanging around|waiting) (?:at|outside|near|by) (?:my|her|his|their|the) "
        r"(?:work|house|home|school|door|flat|college|job|gym)|(?:following|followed|follows) "
        r"(?:me|her|him) (?:home|everywhere|around|to (?:school|work))",
    ), guards=_FRAMING),
    # slurs called, shouted or spread, beyond the name-calling above: "they call him jailbird",
    # "the couple next door shout queer at us", a group chat's rumour
    rules("safeguarding", "bullying_harassment", 0.86, (
        r"(?:calling|called|calls|call) (?:her|him|me|them|us|(?:my|his|our) \w+) (?:deaf|thick|stupid|fat|ugly|a freak|weird|retarded|spastic|slag|"
        r"(?:a )?(?:dirty |fat |little |stinking )?(?:gyppo|gypo|pikey|paki|queer|poof|dyke|tranny|faggot)s?\b|"
        r"dirty|smelly|skank|a paki|a terrorist|(?:a )?jailbird|a grass|a snitch|gyppos?|gypos?|pikeys?|queers?|poofs?|dykes?|"
        r"lezzas?|pakis|terrorists|faggots?|trannys?|trannies|freaks)\b",
        r"(?:getting|being|been|was|were|is|are|'re) called (?:a )?(?:jailbird|grass|snitch|gyppo|gypo|pikey|queer|poof|dyke|paki|"
        r"terrorist|freak|retard|spastic)s?\b",
        r"(?:shout|shouts|shouted|shouting|yell|yells|yelled|yelling|scream|screams|screaming) (?:queer|poof|dyke|paki|pikey|"
        r"gyppo|faggot|tranny|slur|racist \w+)s? at (?:us|me|him|her|them|my \w+)\b|(?:shout|shouts|shouted|shouting|yell|yells|"
        r"yelled|yelling|scream|screams|screaming) abuse at (?:us|me|him|her|them|my \w+)\b",
        r"group chat (?:\w+ ){0,3}saying (?:i've|i'm|she's|he's|i|she|he)\b",
    ), guards=_FRAMING),
)

ADULT_AT_RISK: Final = (
    rules("safeguarding", "adult_at_risk", 0.86, (
        # "the senior leaves people in wet pads from ten till six"
        r"(?:leaves|left|leaving|leave) (?:people|residents|them|him|her|patients|the residents|service users) (?:in|sat in|lying in) "
        r"(?:wet|soiled|dirty|soaking) (?:pads|beds|clothes|sheets|nappies)\b",
        # care not given: "mr lloyd hasn't had his tea call for a week", "he's been found on the floor twice", "the senior's
        # been signing off calls we never did"
        r"(?:hasn't|haven't|has not|have not|not) had (?:his|her|their|a) (?:tea|lunch|breakfast|dinner|morning|evening|bed|night|"
        r"care|medication|meds) (?:call|calls|visit|visits)\b|(?:been |was |were |being )?found on the floor (?:twice|again|three times|"
        r"\w+ times|every)\b|signing off (?:calls|visits) (?:we|they|nobody|no one) never (?:did|made|done|went to)\b",
        # care left undone: "the residents haven't had their dentures out or cleaned in weeks"
        r"(?:residents?|patients?|clients?|service users?|he|she|they|mum|mam|dad|nan|gran)(?:'s| has| have)? (?:\w+ ){0,4}(?:haven't|hasn't|have "
        r"not|has not) (?:been |had (?:their|his|her) (?:dentures|pads?|catheter bags?|dressings?|teeth) (?:\w+ )?)?(?:washed|changed|"
        r"cleaned|fed|turned|bathed|showered|out)(?: or (?:\w+ ){0,2}\w+)? (?:in|for) (?:\w+ )?(?:days|weeks|a week|a fortnight)\b",
        # money taken by the person paid to care: "her carer's been taking money out her purse"
        r"(?:carers?|care workers?|home help|support workers?|cleaner|lodger)(?:'s| has| have|'ve| is| are)? (?:been )?(?:\w+ )?"
        r"(?:taking|took|taken|stealing|stole|helping (?:himself|herself|themselves) to|using|used|emptying|emptied) "
        r"(?:money|cash|the money|her money|his money|their money|from (?:her|his|their) (?:purse|wallet|account|bank)|"
        r"(?:her|his|their) (?:bank card|cash card|debit card|pension|purse|savings|benefits|card|pin))",
        # (a preference is not a missed visit: "she'd rather the carer didn't come on sundays")
        r"(?<!rather\sthe\s)(?<!prefer\sthe\s)(?<!rather\sher\s)(?<!rather\shis\s)(?:carers?|care workers?|home help|support workers?|district nurses?|nurses?) (?:\w+ ){0,2}"
        r"(?:haven't|hasn't|didn't|don't|never|not|keep not) (?:\w+ )?(?:turned up|come|been|"
        r"visited|showed up|arrived|turning up|coming|turn up|show up)",
        # (a carers' hub or carer's leave is a service or a policy, not a person)
        r"(?:care home|nursing home|residential home|day centre|day center|respite|residents?|carers?|care workers?|home "
        r"help|support workers?)(?!.s? (?:hub|centre|center|group|network|association|allowance|leave|assessment|card|"
        r"cafe|café|support|week|forum|service|services|trust|team|agency|policy|champion)\b) (?:\w+ ){0,8}(?:left|"
        r"(?<!carers\s)(?<!carer.s\s)(?<!carers.\s)leave(?! (?:some|a message|leaflets|policy|early|it))|leaving(?! (?:the )?(?:main |front |back )?(?:door|gate|bins?|"
        r"lights?) (?:on the latch|open|on))|leaves|shout|shouting|"
        r"shouts|hit|hits|rough|roughly|slapped|slaps|not fed|no drink|no food|no water|wet "
        r"beds?|soiled|sores|bruises|locked|tied|sedat\w*|drugged|stealing|steals|stole|"
        r"ignored|ignore|neglect\w*)",
        r"(?:bed|pressure) sores|sores on (?:his|her|their) (?:back|bottom|heels|legs)|(?:lying|left|lies|sat|sitting|lay) in "
        r"(?:\w+ )?(?:soiled|dirty|wet) (?:sheets|bedding|pads?|clothes|bed)|(?:left|lying) in the same pad|"
        r"(?:putting|put|puts|fitted|keeps) a lock on the fridge|(?:locks|locked|locking) the fridge|"
        r"(?:left|lying|sat) in (?:\w+ )?(?:urine|wet (?:beds?|pads|clothes)|(?:his|her|their) "
        r"own (?:mess|urine|wee|poo))|keep (?:my|your|our) mouth shut|told (?:me|us) to keep "
        r"quiet",
        r"(?:makes?|made|making|forcing|forces|forced|gets|got|getting|keeps getting|persuad\w+|"
        r"convinc\w+) (?:her|him|them) (?:to )?"
        r"(?:take out|withdraw|hand over|sign over|sign|give (?:him|her|them)|transfer|lend) "
        r"(?:\w+ )?(?:money|thousands|hundreds|cash|pension|savings|the house|power of attorney|"
        r"£?\d+)",
        r"(?:taking|took|takes|stealing|steals|stole|spending|spends|spent|has|using) (?:all )?"
        r"(?:of )?(?:her|his|their) (?:\w+ )?(?:pension|benefits|savings|bank card|pin)",
        r"(?:not allowed|isn't allowed|aren't allowed|never allowed) (?:out|to go out|to leave|"
        r"visitors|to see)|(?:looks?|seems?|is|was) (?:\w+ )?(?:terrified|petrified|frightened|"
        r"scared) (?:and )?(?:thin|of (?:him|her|them|his son|her son))?",
        r"(?:learning disabilit\w+|dementia|alzheimer's|learning difficult\w+|autis\w+|"
        r"vulnerable) (?:\w+ ){0,8}(?:told her|told him|has to|made (?:her|him)|forced|takes "
        r"(?:her|his)|sleep with|have sex|or (?:he|she)'ll|(?<!left\ssome\s)(?<!left\sthe\s)(?<!left\shis\s)(?<!left\sher\s)"
        r"(?<!leave\ssome\s)money(?! (?:\w+ ){0,6}in (?:his|her|their) will)|moved in|moved into|"
        r"(?:his|her|their) flat|(?:his|her|their) house|drugs|use (?:his|her|their)|using "
        r"(?:his|her|their))",
        r"(?:moved|moving|taken over|took over|staying) (?:in|into|over) (?:his|her|their) "
        r"(?:flat|house|home|place) (?:\w+ ){0,6}(?:drugs|dealing|won't leave|won't let|"
        r"scared|terrified|take|takes|taking|use it|using it)",
        r"(?:has|have|had) to (?:sleep|have sex) with (?:his|her|their) (?:\w+ )?(?:friends|mates)",
        r"(?:taking|took|takes|stealing|steals|stole|helping (?:himself|herself) to) (?:\w+ )?"
        r"(?:money|cash|things|jewellery|stuff) (?:out of|from) (?:her|his|their) (?:purse|"
        r"wallet|account|bank|room|house|handbag)",
        r"(?<!foster\s)(?:carers?|care workers?|support workers?|staff) (?:\w+ ){0,4}(?:makes?|made|forces?|"
        r"forced|touch\w*|hit\w*|slap\w*|rough\w*|shout\w*|swear\w* at) (?:me|her|him|them)",
        r"(?:old|elderly|older|frail|vulnerable|disabled|blind|deaf) (?:\w+ )?(?:lady|man|woman|"
        r"gentleman|chap|neighbour|couple|person|people|resident|tenant|fella|bloke|customer) "
        r"(?:\w+ ){0,14}(?:shouts|shouting|screams at|hits|hit|takes|took|taking|money|pension|"
        r"hasn't been seen|not been seen|scared|terrified|frightened|thin|locked|won't let|not "
        r"allowed|bruises|bruised|crying|no food|no heating|cold|filthy|signed|sign over|"
        r"moved in)",
        r"(?:care home|nursing home|residential home|hospital ward|day centre) (?:\w+ ){0,4}"
        r"(?:they|staff|carers|the carers|workers) (?:\w+ ){0,2}(?:tie|ties|tying|tied|strap|"
        r"straps|strapping|restrain\w*|sedat\w*|lock\w*|hit\w*|slap\w*|shout\w*|ignor\w*|"
        r"leave|leaves|left|push\w*|drag\w*|rough\w*|pinch\w*|starv\w*)",
        r"(?:stopped|not|isn't|hasn't been|can't|cannot) (?:looking after|caring for|washing|"
        r"feeding) (?:himself|herself|themselves)|house (?:is )?full of (?:rubbish|junk|mess)|"
        r"living in (?:filth|squalor|a tip)",
        r"(?:told|telling|asked|asking|persuaded|convinced|got|gets) (?:her|him|them) to (?:move|"
        r"transfer|withdraw|send|hand over|give) (?:all )?(?:of )?(?:her|his|their) (?:savings|"
        r"money|pension|cash|bank details)",
        r"(?:asking|asks|asked|gets|got|getting|makes|made|making|pressuring) (?:him|her|them) "
        r"(?:to )?sign (?:\w+ )?(?:cheques|checks|papers|documents|forms|a will|over|his house|her "
        r"house|power of attorney)|(?:doesn't|don't|didn't|can't) understand what (?:they're|"
        r"it's|he's|she's|he is|she is) (?:for|signing)",
        r"mate crime|financial abuse|financially abus\w+|elder abuse|scamm(?:ed|ing)|"
        r"(?:ninety|eighty|eighty-?\w+|ninety-?\w+|9\d|8\d)(?: year old)?(?:,)? (?:\w+ ){0,6}"
        r"(?:young man|young men|man|bloke|lad|woman) (?:who |that )?(?:\w+ ){0,3}(?:makes|made|"
        r"takes|took|gets) (?:her|him) ",
    ), guards=_FRAMING),
    # an adult with dementia unsafe at home: "keeps leaving the gas on and went walkabout at two in the morning"
    rules("safeguarding", "adult_at_risk", 0.84, (
        r"(?:keeps?|kept|keeps on) (?:leaving|turning) the (?:gas|cooker|hob|oven|taps?|front door) (?:on|open)(?:\W+\w+){0,6}"
        r"\W+(?:went|goes|going|gone|wander\w*|walkabout|found (?:him|her) (?:in|on|at))|(?:went|goes|going|gone) walkabout "
        r"(?:at|in the) (?:night|\w+ in the morning|middle of the night)",
    ), guards=_FRAMING),
    # Restraint of an adult in care: "the night staff tie one of the residents into her chair"
    rules("safeguarding", "adult_at_risk", 0.84, (
        r"(?:tie|ties|tied|tying|strap|straps|strapped|strapping|belt|belts|belted) (?:\w+ ){1,6}(?:into|to|in) (?:her|his|their|"
        r"the) (?:chair|bed|wheelchair|armchair)\b(?! (?:for|on) (?:the )?(?:bus|minibus|taxi|journey|car))",
    ), guards=_FRAMING),
    # An adult not coping alone: "hasn't left his room in weeks, it's full of rotting food"
    rules("safeguarding", "adult_at_risk", 0.8, (
        r"(?:hasn't|has not|not|hasn't been|'s not been|haven't|have not) (?:left|been out of|come out of|been out|opened) (?:(?:his|"
        r"her|their|the) )?(?:(?:room|flat|house|bed|curtains|door) )?(?:in|for) (?:\w+ )?(?:weeks|months)[^.?!]{0,80}?(?:rotting|rotten|"
        r"mouldy|stinks|smell|smells|mice|rats|rubbish|no food|no heating|not eating|stopped eating|stopped taking|eating out of "
        r"tins)",
    ), guards=_FRAMING),
)

ADULT_NEGLECT: Final = (
    # family or carers who are meant to be looking after someone and are not
    rules("safeguarding", "neglect", 0.86, (
        # a care home or carers leaving someone: "left him in bed so long he's got sores", "nobody's turning him"
        r"(?:nobody|no one|no-one|none of them)(?:'s| is| has been| have been| are|'ve been)? (?:\w+ )?(?:turning|changing|washing|"
        r"feeding|toileting|repositioning) (?:him|her|them|my \w+)\b|(?:left|leave|leaves|leaving) (?:him|her|them|my \w+) in "
        r"(?:bed|the chair|his chair|her chair|a wet bed|wet pads|soiled \w+|his own mess|her own mess) (?:so long|for hours|"
        r"all day|all night|for days)",
        r"(?:son|daughter|family|carer|carers|husband|wife|grandson|granddaughter|nephew|niece)(?:'s| is| are)? "
        r"(?:meant|supposed) to be (?:looking after|caring for|feeding|checking on|her carer|his carer) (?:her|him|them)"
        r"(?: \w+){0,3} (?:but|and) (?:\w+ ){0,8}(?:wandering|left|never|not|no food|no heating|heating's been off|"
        r"on (?:her|his) own|alone|hungry|freezing|cold)",
    ), guards=_FRAMING),
)

FINANCIAL_ABUSE: Final = (
    # someone new steering an older or vulnerable person's money: trips to the bank, large sums out
    rules("safeguarding", "adult_at_risk", 0.86, (
        # care that does not come: "the lunch carer's not turned up three times, she's gone without her insulin till teatime"
        r"(?:gone|going|went|been|goes) without (?:her|his|their) (?:insulin|medication|meds|tablets|dinner|lunch|tea|food) (?:till|"
        r"until|for|all)\b",
        # a will changed, a fall left all night, call bells unplugged
        r"(?:got|made|persuaded|talked|pushed|pressured|gets|making) (?:him|her|them|my \w+) (?:in)?to (?:change|sign|rewrite|re-?write|"
        r"redo) (?:his|her|their) (?:will|house|deeds|power of attorney)\b|(?:fell|had a fall|has fallen|'s fallen) (?:\w+ ){0,3}and "
        r"(?:lay|laid|was lying|was left|was on the floor|were on the floor) (?:there )?(?:on the floor )?(?:till|until|all) (?:the next "
        r"morning|morning|night|the morning)\b|(?:unplug|unplugs|unplugged|unplugging|switch off|switches off|switched off|turn off|"
        r"turns off|turned off|take away|took away) (?:the )?(?:residents'|patients'|her|his|their|the) call bells?\b",
        r"(?:someone|somebody|a man|a woman|(?:a |this |her |his )?new (?:friend|boyfriend|girlfriend|"
        r"lodger|neighbour|carer|partner|fella)|this (?:man|woman|bloke|lad|fella|guy|couple|family)) "
        r"(?:\w+ ){0,8}(?:taking|took|takes|drives|driving|drove|walks|walked|goes with|went with) "
        r"(?:her|him|them|my \w+) (?:down )?to the (?:bank|cash ?point|cash machine|post office|"
        r"building society)",
        r"(?:walked|walking|walks|took|taking|takes|marched|marching|drove|driving|frogmarched) (?:him|her|them) (?:down )?to the (?:cash ?point|"
        r"cash machine|atm|bank) and (?:took|take|takes|taking|made|got|had)\b|"
        r"(?:got|getting|gets|made|making|makes|having|has|had) (?:him|her|them|my \w+) (?:to )?(?:signing|sign|sign over|signing over) "
        r"(?:cheques|checks|papers|the house|his house|her house|things|forms)\b|(?:sold|selling|sells|given|gave|handed) (?:his|her) "
        r"(?:\w+ ){1,2}to (?:him|her|them) for (?:\w+ )?(?:quid|pounds|nothing|a fiver|a tenner)\b|"
        r"(?:hold|holds|holding|held|keep|keeps|keeping|kept) on to (?:his|her|their) (?:money|wages|cash|passport|benefits|bank card)\b|"
        r"(?:make|makes|made|making) (?:him|her|them) do all (?:their|the|the family's) (?:cleaning|housework|chores|cooking)\b|"
        r"(?:had|made|got|gets|makes|pressured|pressuring|talked|talking|persuaded|getting|get|making|forcing|forced) (?:him|her|"
        r"them|my \w+) (?:into )?(?:to )?(?:take|taking|sign|signing|sign up|signing up) (?:out |for |up for )?(?:a |some |another "
        r"|\w+ )?(?:loans?|credit cards?|a mortgage|finance|payday loans?|phone contracts?|catalogues?)",
        r"(?:she's|he's|they've|she has|he has|mum's|dad's|nan's|gran's) (?:given|handed|sent|transferred|lent) "
        r"(?:him|her|them|this \w+|some \w+) (?:like |about |over |nearly |almost )?(?:\w+ ){0,2}(?:grand|thousand)",
        r"(?:she's|he's|they've|she has|he has|mum's|dad's|nan's|gran's) (?:had|taken|took|drawn|"
        r"withdrawn|got) (?:out )?(?:over |nearly |about |almost |more than )?(?:\w+ )?(?:thousand|grand)"
        r"(?: pounds)?(?: out)? (?:in|within) (?:a|one|the last|two|three|a few) (?:\w+ )?(?:weeks?|"
        r"months?|fortnight|days)",
    ), guards=_FRAMING),
)

ADULT_CHILD_HARM: Final = (
    # an adult son or daughter harming or robbing the parent who is calling
    rules("safeguarding", "adult_at_risk", 0.92, (
        r"my (?:adult |grown up |grown-up |eldest |youngest )?(?:son|daughter|grandson|"
        r"granddaughter|nephew) (?:\w+ ){0,3}(?:takes|took|steals|stole|hits|hit|pushes|"
        r"pushed|shouts at|threatens|threatened|keeps taking) (?:all )?(?:my|me)",
    ), guards=_FRAMING),
)
