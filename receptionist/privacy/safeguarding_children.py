"""Safeguarding rules about children: abuse, neglect and female genital mutilation.

Physical, sexual and emotional abuse by a parent figure or another adult, secrecy demanded of
a child, and a partner harming the children; neglect through unmet needs (food, hygiene,
supervision, medical care); FGM through its many names, the "procedure", travel "back home"
to have a girl "done", and purity or womanhood euphemisms.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import rules

_FRAMING: Final = ("fiction", "hypothetical", "jest")

CHILD_ABUSE: Final = (
    rules("safeguarding", "child_abuse", 0.9, (
        # "putting a bit of his methadone in the baby's bottle to make her sleep"
        r"(?:putting|put|puts|giving|gave|gives|slipping) (?:a bit of |some |a drop of )?(?:his|her|my|the|their) (?:\w+ )?(?:methadone|medicine|"
        r"meds|tablets|calpol|piriton|phenergan|vodka|whisky|gin|brandy|alcohol|sleeping \w+) (?:in|into) (?:the baby's|her|his|the|their) "
        r"(?:bottle|bottles|milk|drink|juice|food|formula)\b",
        # grooming: "telling her she's mature for her age and to delete the chats"
        r"(?:telling|told|tells|says|said|keeps saying) (?:her|him) (?:that )?(?:she's|he's|she is|he is) (?:so |really |very )?mature for "
        r"(?:her|his) age|(?:telling|told|tells) (?:her|him) to delete (?:the|their|all the|his|her|all their) (?:chats|messages|texts|"
        r"snaps|conversations|dms)\b",
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,3}(?:hit|hits|hitting|punched|punches|"
        r"punching|kicked|kicks|kicking|slapped|slaps|slapping|beat|beats|beating|beaten|"
        r"strangled|choked|chokes|burnt|burned|burns|whipped|whips|smacked|smacks|shook|shakes|"
        r"shaking|belted|belts|battered|batters|thumped|thumps|threw|throws|bit|bites|scalded|"
        r"pinched|pinches|dragged|drags|bruised|raped|rapes|raping|molested|molests|abused|"
        r"abuses|sexually assaulted|touched|touches) (?:me|him|her|them|us|my (?!mum|dad|mother|"
        r"father|wife|husband|partner)\w+|the (?:kids|children|baby|boy|girl|little \w+))"
        r"(?! out(?: of the (?:house|home|flat))?\b)",
        # "his step dad pulled a chunk of his hair out when he lost his temper"
        r"{PARENT}(?:'s| has| keeps)? (?:\w+ ){0,2}(?:pulled|pulls|ripped|rips|yanked|yanks|tore|tears) (?:a (?:chunk|clump|handful) "
        r"of |out )?(?:his|her|their|my) hair(?: out)?\b",
        r"(?:hurts|hurt|hurting|touches|touched|touching|touch|fiddles with|fiddled with|"
        r"interferes with|interfered with|plays with|played with|rubs|rubbed|kissed|kisses|"
        r"licks|licked) (?:\w+ ){0,2}(?:private parts|privates|private bits|bits|down there|"
        r"willy|fanny|bum|bottom|chest|where (?:he|she|they) (?:shouldn't|isn't allowed|"
        r"shouldnt))",
        r"private parts|(?:under|inside) (?:my|his|her|their) (?:pants|knickers|underwear|nappy)",
        # signs a dentist or nurse reads: "bruising behind both ears and his dad's story keeps changing"
        r"bruis\w* (?:behind|on the back of) (?:both |his |her |their )?ears|(?:(?:his|her|the) )?(?:dad's|mum's|parent's|parents'|"
        r"stepdad's|stepmum's|carer's) (?:story|explanation|account) (?:keeps changing|doesn't add up|changes|kept changing)",
        # "he makes me take my clothes off"
        r"(?:makes?|made|making|forces?|forced|forcing) (?:her|him|me|them|us) (?:to )?(?:take|taking|took) (?:off )?(?:all )?"
        r"(?:my|her|his|their|our|me) (?:clothes|top|pants|knickers|trousers|shorts|pyjamas|underwear|bra|nightie)(?: off)?\b",
        r"(?:makes?|making|made|forces?|forced|forcing|showed|shows|showing|shown|sends?|sent|"
        r"sending) (?:\w+ ){0,4}(?:watch |look at |send |take )?(?:porn|pornography|videos of "
        r"people (?:doing|having) (?:sex|it)|naked (?:pictures|photos|pics|videos)|nudes|rude "
        r"(?:pictures|photos|videos|pics)|dirty (?:pictures|videos|pics)|sex stuff|sex videos)",
        r"(?:sex stuff|sexual stuff|touched (?:me|him|her) (?:up|inappropriately)|"
        r"(?:sexually|physically|emotionally) abus\w+|abus(?:ed|ing|es) (?:me|him|her|them|my "
        r"\w+|the (?:kids|children|child|boy|girl|pupils|baby))|(?<!non-)(?<!non\s)molest\w*|groom(?:ed|ing|s) (?:me|him|her|them|my \w+|the \w+))",
        r"(?:says?|said|tells?|told) (?:me |us |her |him )?(?:i|she|he|they|we) (?:has|have|had) "
        r"to (?:practise|practice|keep it (?:a )?secret|do it|let him|let her)",
        r"if (?:i|she|he|we|they) (?:tell|tells|told|say|says) (?:anyone|anybody|someone|"
        r"mum|dad|my \w+|the teacher|a teacher)(?: (?:\w+ ){0,3})? (?:he|she|they|he'll|she'll|"
        r"they'll|i'll|i'd|we'll)",
        r"(?:told|tells|telling|warned) (?:him|her|them|me) (?:not to|never to|to never) (?:tell|"
        r"say|mention) (?:his|her|their|my|anyone|anybody|mum|dad|the teacher)",
        r"(?:our|a|their|his|her) (?:little |special )?secret (?:\w+ ){0,4}(?:don't|not to|"
        r"mustn't|never) tell",
        r"(?:teacher|coach|tutor|youth worker|instructor|leader|scout leader|priest|imam|vicar|"
        r"neighbour|adult|grown man|man) (?:\w+ ){0,4}(?:sending|messaging|texting|dm'?ing|"
        r"snapchatting|sends|messages|texts) (?:\w+ ){0,2}(?:my|her|his|a|the) (?:son|daughter|"
        r"child|pupil|student|girl|boy|kids?)|(?:telling|tells|told|says|said) (?:her|him) "
        r"(?:she's|he's|she is|he is) (?:special|mature|so grown up|beautiful)|mature for "
        r"(?:her|his) age|(?:says|said|claims|claimed) (?:he's|she's|he is|she is) "
        r"(?:fifteen|sixteen|seventeen|\d\d) but",
        r"(?:bruise|bruises|bruising|marks|burns?|fractures?|broken \w+) (?:\w+ ){0,6}(?:not (?:even )?"
        r"(?:crawling|walking|mobile|rolling)|(?:few|two|three|six|\w+) (?:weeks|months) old|"
        r"newborn)|(?:baby|newborn|infant)(?:'s)? (?:\w+ ){0,6}(?:bruise|bruises|bruising|"
        r"fracture|broken (?:arm|leg|ribs?)|burn)",
        r"keep (?:their|it|our|the|these) (?:\w+ )?(?:chats?|messages|texts|relationship|"
        r"friendship|photos|pictures|meetings) (?:private|secret|between (?:them|us))",
        r"(?:won't|doesn't want to|refuses to|scared to) (?:get changed|undress|take (?:her|his) "
        r"(?:top|clothes) off) in front of",
        r"(?:makes?|made|making|forces?|forced) (?:\w+ ){0,2}(?:kneel|stand|sit|stay) "
        r"(?:\w+ ){0,4}(?:for hours|all night|all day|in the cold|outside|in the dark)",
        r"(?:afraid|scared|frightened|terrified) of (?:my|his|her) (?:mum|dad|stepdad|step dad|"
        r"father|mother)",
    ), guards=_FRAMING),
    # an adult asking a child for intimacy or undressing
    rules("safeguarding", "child_abuse", 0.9, (
        r"(?:get|gets|make|makes|made|making|getting|asks?|asked|asking|wants?|wanted|told|tells|"
        r"telling|trying to get|tried to get) (?:\w+ ){0,2}(?:{CHILD}|him|her|them) (?:\w+ ){0,2}to "
        r"(?:sit on (?:his|her) (?:lap|knee)|kiss (?:him|her)|touch (?:him|her|his|it)|cuddle (?:him|"
        r"her) in|undress|strip|get undressed|get naked|take (?:his|her|their) (?:clothes|pants|"
        r"top|trousers|knickers|shorts) off|show (?:him|her) (?:his|her|their) (?:body|bits))",
        r"(?:showed|shows|showing|shown) (?:\w+ ){0,6}(?:porn|rude (?:pictures|photos|videos|pics)|"
        r"naked (?:pictures|photos|videos|pics)|dirty (?:pictures|videos)|sex videos)",
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,2}(?:makes?|made|forces?|forced) "
        r"(?:me|him|her|them|us|my \w+) (?:to )?(?:sleep|stay|stand|sit|eat|live) (?:\w+ ){0,2}"
        r"(?:in|on|outside) (?:the |a )?(?:shed|garage|garden|cupboard|floor|cold|dark|car|"
        r"cellar|bathroom|street)",
    ), guards=_FRAMING),
    # a parent figure threatening, pulling hair, or degrading
    rules("safeguarding", "child_abuse", 0.9, (
        r"{PARENT}(?:'s| is| will| has| keeps)? (?:\w+ ){0,3}(?:going to|gonna|will|'ll) (?:\w+ )?"
        r"(?:batter|beat|hit|kill|hurt|smack|belt|thrash|leather|whack|punch|kick|lock) (?:me|him|"
        r"her|them|us)",
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,2}(?:pulls|pulled|pulling|yanks|yanked|"
        r"drags|dragged) (?:me |him |her |them )?(?:by )?(?:my|his|her|their|the) hair",
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,2}(?:calls|called|calling|tells|told|"
        r"says) (?:me|him|her|them) (?:i'm |he's |she's |i am |they're |we're )?(?:worthless|"
        r"useless|a mistake|disgusting|a waste of space|pathetic|a waste|evil|unwanted|a burden)",
    ), guards=_FRAMING),
    # a child with a partner an adult's age: "she's only twelve and she's got a boyfriend who's nineteen"
    rules("safeguarding", "child_abuse", 0.86, (
        r"(?:only |just )?(?:eleven|twelve|thirteen|fourteen|fifteen|1[1-5])(?:\W+\w+){0,6}\W+(?:boyfriend|girlfriend|fella|"
        r"man|bloke)(?:\W+\w+){0,3}\W+(?:who's|he's|she's|who is|that's|aged) (?:eighteen|nineteen|twenty|twenty \w+|thirty|"
        r"[2-9]\d|1[89]|in his twenties|much older)\b",
    ), guards=_FRAMING),
    # an adult getting into a child's bed
    rules("safeguarding", "child_abuse", 0.9, (
        r"(?:{PARENT}|uncle|brother|cousin|lodger|man|grandad|grandpa|babysitter|friend)(?:'s)? "
        r"(?:\w+ ){0,2}(?:climbs|climbed|climbing|gets|got|getting|comes|came|coming|crawls|"
        r"crawled|sneaks|sneaked|snuck) (?:into|in) (?:her|his|my|their) (?:bed|bedroom at night)",
    ), guards=_FRAMING),
    # things thrown at a child by a parent figure
    rules("safeguarding", "child_abuse", 0.9, (
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,5}(?:throws|threw|throwing|chucks|"
        r"chucked|chucking|hurls|hurled|lashes out|lashed out|goes for|went for) (?:\w+ ){0,2}"
        r"(?:at )?(?:me|him|her|them|us|my (?!mum|dad|mother|father|wife|husband|partner)\w+)",
    ), guards=_FRAMING),
    # grooming: secrecy asked of a child, pictures asked for, contact at night by an adult
    rules("safeguarding", "child_abuse", 0.88, (
        r"(?:asked|asks|asking|told|tells|telling|makes?|made|wants?|wanted|got|gets) (?:my |his "
        r"|her |the |our )?(?:\w+ )?(?:him|her|them|son|daughter|boy|girl|child|kids?|pupils?) "
        r"(?:to )?(?:keep (?:\w+ ){0,2}(?:a )?secrets?|not (?:to )?"
        r"tell (?:anyone|anybody|his \w+|her \w+|their \w+|mum|dad|us|me))",
        r"(?:asked|asks|asking|wants?|wanted|told|tells|keeps asking|getting|gets|got) (?:my |his "
        r"|her |our )?(?:\w+ )?(?:him|her|them|son|daughter|boy|girl|child|kids?) (?:to )?"
        r"(?:send|sending|share|take) (?:him |her |them )?(?:some )?(?:photos|pictures|pics|"
        r"selfies|videos|images|snaps|photos of (?:himself|herself))",
        r"(?:teacher|coach|tutor|instructor|leader|youth worker|priest|neighbour|man|adult|"
        r"older (?:man|boy|lad|guy)|stranger|someone|somebody|guy|bloke|uncle|lodger|driver) "
        r"(?:\w+ ){0,6}(?:messag\w*|text\w*|sends?|sending|snapchat\w*|dms?|dm'?ing|calls?|"
        r"calling|ringing|video ?call\w*|facetim\w*) (?:\w+ ){0,4}(?:at night|late at night|in "
        r"the night|after midnight|at (?:two|three|one|midnight|\d) in the morning|in bed)",
        r"(?:it's|its|it is|it was) (?:their|our|a|his|her) (?:little |special )?secret|(?:says|said|"
        r"told (?:her|him)|tells (?:her|him)) (?:not to|never to|to never|to not) tell (?:anyone|"
        r"anybody|her \w+|his \w+|us|me|mum|dad)|massag\w* (?:\w+ ){0,4}(?:not to tell|secret|"
        r"alone|after class|in private)|"
        r"(?:meet|meeting|met) (?:him|her|up) (?:\w+ ){0,3}(?:without telling|in secret|secretly)|"
        r"(?:buying|bought|buys|gives?|gave|giving) (?:my |her |him )?(?:\w+ )?(?:him|her|son|"
        r"daughter|boy|girl) (?:presents|gifts|a phone|a new phone|vapes)(?: \w+){0,4} (?:and|so) "
        r"(?:\w+ ){0,3}(?:secret|not (?:to )?tell|don't tell)",
    ), guards=_FRAMING),
    # sexual violence with no relationship named: still a disclosure, subtype left to others
    rules("safeguarding", "child_abuse", 0.7, (
        r"(?:raped|rape|raping|sexually assaulted|sexual assault|molested|indecently assaulted|"
        r"flashed|exposed (?:himself|herself)) (?:me|him|her|them|us|my \w+|his \w+|her \w+)?",
    ), guards=_FRAMING),
    # a child marked or burned as punishment: a hand-shaped bruise, "held my daughter's hand on the hob"
    rules("safeguarding", "child_abuse", 0.88, (
        # "the boy had a hand shaped bruise across his face and flinched every time his dad moved"
        r"hand[- ]?shaped (?:bruises?|marks?|welts?)|(?:flinch|flinches|flinched|flinching) (?:every time|whenever|when|each time) (?:his|"
        r"her|their) (?:dad|mum|father|mother|stepdad|step dad|stepmum|parents?|mum's boyfriend|dad's girlfriend) (?:moved|moves|"
        r"raised|raises|came near|comes near|shouted|shouts|spoke|speaks|reached)",
        r"(?:held|holds|holding|hold|put|puts|putting|pushed|pushes|forced|forces|pressed|presses) (?:(?:(?:my|his|her|their|our) )?(?:\w+ )?\w+'s |"
        r"her |his |their )(?:hands?|arms?|fingers?|face) (?:on|onto|over|against|under) (?:the |a )?(?:hob|cooker|stove|iron|radiator|"
        r"kettle|fire|flame|hot tap|hot water|oven door)\b",
    ), guards=_FRAMING),
)

NEGLECT: Final = (
    rules("safeguarding", "neglect", 0.84, (
        # "the owner's two little ones are there every night till two in the morning ... never seem to have eaten and they stink"
        r"(?:little ones|littl'uns|kids|children|bairns|toddlers?|two|three|youngest)\b[^.?!]{0,120}?(?:never seem to have eaten|never (?:been )?fed|"
        r"(?:always|constantly) (?:hungry|starving)|asleep on (?:the floor|sacks|flour sacks|a bench))",
        # "his dad won't put on the cream the gp gave him"
        r"(?:dad|mum|parents?|mother|father|mam|they|she|he|childminder|carer)(?:'s| has| have)? (?:won't|will not|doesn't|don't|never|"
        r"refuses to|refuse to) (?:put on|use|give (?:him|her|them)|apply|bother with) (?:the|his|her|their) (?:cream|medicine|inhaler|"
        r"drops|meds|medication|tablets)\b|(?:she|he|mum|dad|they|childminder) never (?:puts|put) (?:his|her|their) (?:cream|drops|"
        r"patch|splint) on\b",
        # "mum's missed four hospital appointments and now the grommets op's been cancelled"
        r"(?:mum|dad|parents?|mother|father|they)(?:'s| has| have|'ve)? (?:missed|kept missing|keeps missing|not brought (?:her|him) to) "
        r"(?:two|three|four|five|six|several|all (?:her|his|the)|loads of|lots of|most of (?:her|his|the)) (?:of (?:her|his) )?"
        r"(?:\w+ )?(?:hospital |clinic |dental |eye |hearing |speech |audiology )?appointments\b",
        # "his parents haven't collected his prescription for weeks, he's been rationing what he's got left"
        r"(?:parents|mum|dad|mam|mother|father|foster carers?|they)(?:'ve| have| has|'s)? (?:not|never|haven't|hasn't|won't|didn't|"
        r"keep not|stopped) (?:been )?(?:collected|collecting|collect|picked up|picking up|pick up|ordered|ordering|order|renewed|"
        r"renewing) (?:his|her|their) (?:\w+ )?(?:prescriptions?|meds|medication|medicine|insulin|inhalers?|tablets|epi ?pens?)",
        # "they leave their two littlest strapped in the truck in the yard from dawn till dark"
        r"(?:leave|leaves|left|leaving) (?:their|the|his|her|my) (?:\w+ ){0,2}(?:kids|children|little ones|littlest|littl'uns|"
        r"baby|babies|toddlers?|two|three|four|twins|youngest|bairns) (?:\w+ ){0,3}(?:in|inside) (?:the|a|their|his|her) "
        r"(?:car|truck|van|motor|pickup)\b[^.?!]{0,50}?(?:for hours|all day|from dawn|till dark|until dark|overnight|all night|"
        r"while (?:they|he|she)(?:'re|'s| are| is)? (?:out|at|down|in|drinking|working))",
    ), guards=_FRAMING),
    rules("safeguarding", "neglect", 0.78, (
        r"(?:no|never any|not enough|hardly any|hasn't got any|haven't got any|never has any|"
        r"without|there's no) (?:food|dinner|tea|breakfast|lunch|nappies|clean clothes|coat|"
        r"shoes|bed|beds|milk|formula)"
        r"(?: (?:left|in the house|at home|for (?:him|her|them|days)))?",
        # medicine a child needs, kept from them: "not had her epilepsy meds since monday cos mum won't collect it"
        r"(?:not had|hasn't had|hasn't been given|not been given|been without|going without|run out of) (?:her|his|their) "
        r"(?:\w+ ){0,2}(?:meds|medication|medicine|tablets|inhaler|insulin|epipen|injections?) (?:\w+ ){0,4}(?:cos|because|"
        r"as|since) (?:her |his |their )?(?:mum|dad|mother|father|parents?|carer|stepdad|stepmum) (?:won't|wouldn't|"
        r"doesn't|didn't|hasn't|never|keeps forgetting to|can't be bothered to|refuses to)",
        r"(?:left|leaves|leaving) (?:\w+ ){0,2}in the (?:dark|cold)|no (?:electric|electricity|"
        r"heating|gas) (?:at home|in the (?:house|flat)|for (?:days|weeks))",
        # "my mum goes out at night and leaves me with my baby brother"
        r"(?:goes|go|went|going|gone) out (?:at night|all night|every night|drinking|partying|clubbing|till late)(?: \w+){0,3} "
        r"(?:and|then) (?:leaves|left|leaving) (?:me|us|him|her|them)\b(?: \w+){0,2} (?:with|on (?:my|our|his|her|their) "
        r"own|alone|by (?:myself|ourselves|himself|herself))",
        r"(?:electric|electricity|gas|heating|meter)(?:'s| has| is| was)? (?:run out|gone off|been cut off|cut off|off)"
        r"(?: \w+){0,5} (?:dark|freezing|cold)\b",
    ), guards=_FRAMING),
    rules("safeguarding", "neglect", 0.86, (
        # medicine withheld: "mum hasn't sent his insulin in for three weeks", "she doesn't check his sugars or give him his insulin"
        r"(?:mum|mam|dad|mother|father|parents?|she|he|they|(?:my|our) (?:daughter|son|daughter-in-law|son-in-law))(?:'s| has| have)? (?:\w+ ){0,2}(?:hasn't|has not|haven't|won't|"
        r"doesn't|does not|didn't|never|stopped|isn't|keeps forgetting to|not been) (?:\w+ ){0,3}(?:give|giving|gave|given|sent|send|"
        r"sending|collect|collecting|check|checking|bring|bringing|brought) (?:him |her |them |the (?:little |wee )?(?:one|boy|girl|baby|"
        r"kids?|lad) )?(?:his|her|their) (?:\w+ )?(?:insulin|"
        r"medication|meds|medicine|inhalers?|tablets|epi ?pens?|sugars|injections|prescription)",
        r"(?:keeps|kept|keep) running out of (?:her|his|their) (?:insulin|medication|meds|inhalers?|tablets|epi ?pens?)|(?:keeps|"
        r"kept) missing (?:her|his|their) (?:little \w+'s |son's |daughter's )?(?:dental|hospital|doctor's|medical|eye) "
        r"appointments",
        # "dad keeps forgetting his injections", "my stepmum won't buy his insulin", "keeps not bothering with her injections"
        r"(?:mum|mam|dad|mother|father|stepmum|stepdad|step mum|step dad|parents?|carer|nan|gran)(?:'s| has| have)? (?:\w+ ){0,4}"
        r"(?:won't|doesn't|does not|hasn't|never|keeps forgetting|keeps not bothering with|keeps not|forgets|forgot|stopped|refuses to|"
        r"can't be bothered (?:with|to))(?: \w+){0,3} (?:his|her|their|the) (?:insulin|injections|medication|meds|medicine|inhalers?|"
        r"tablets|epi ?pens?|sugars|prescriptions?|feeds?)\b",
        r"(?:sent|sends|sending|getting sent|gets sent) (?:in|to school|to nursery|in to school) (?:with )?(?:no|without) (?:her |"
        r"his |any )?(?:insulin|inhaler|medication|meds|epi ?pen|snacks|lunch|food|coat)\b",
        # care a child needs, put off by a parent: "his mum still won't get the glasses", "his dad keeps cancelling the dentist"
        r"(?:mum|mam|mom|dad|mother|father|parents?|stepdad|stepmum)(?:'s| has| have)? (?:still )?(?:won't|will not|doesn't|does not|"
        r"refuses to|never) (?:get|buy|pick up|collect|sort) (?:him |her |them )?(?:the|his|her|their|any) (?:new )?(?:glasses|specs|"
        r"hearing aids?|inhalers?|medicine|medication|prescription|brace)\b|(?:mum|mam|mom|dad|mother|father|parents?|stepdad|"
        r"stepmum)(?:'s| has| have)? (?:\w+ )?(?:keeps|kept|keep) (?:cancelling|canceling|missing|not turning up to|not bringing "
        r"(?:him|her|them) to) (?:the |his |her |their |every )?(?:dentist|dental|hospital|clinic|doctor's|eye|hearing|speech|"
        r"appointments?)\b|(?:mum|mam|mom|dad|mother|father|parents?)(?:'s| has| have)? cancelled (?:every|all (?:his|her|their|"
        r"the)|each) (?:\w+ )?appointments?\b",
        # "his da won't bother getting his prescriptions or doing his physio"
        r"(?:da|dad|mum|mam|ma|mother|father|parents?)(?:'s)? (?:won't|doesn't|never|can't be bothered to|won't even) (?:bother )?(?:getting|"
        r"collecting|doing|giving|get|collect|do|give) (?:him |her )?(?:his|her|their) (?:prescriptions?|physio|meds|medication|"
        r"insulin|inhalers?|exercises|feeds?)\b",
        # "a car with two little ones in it most mornings, left there a couple of hours with the windows up"
        r"(?:little ones|kids|children|baby|babies|toddlers?|two little \w+) in (?:it|the back|the car)(?: \w+){0,6} (?:left|sat|waiting|on "
        r"their own) (?:there |in there )?(?:for )?(?:a couple of|two|three|four|\w+) hours\b",
        # "a sixteen year old mum isn't bringing her baby to any appointments"
        r"(?:isn't|is not|not|hasn't been|has not been|never|stopped) bringing (?:her|his|their|the) (?:baby|child|little one|son|daughter) "
        r"to (?:any |her |his |their |the )?(?:appointments|checks|check ?ups|clinic|the clinic|weigh ins)\b",
        # a parent away: "my mum's gone to pakistan for three weeks and left me and my little brothers on our own"
        r"(?:gone|went|away|off) (?:to \w+ |abroad |on holiday )?(?:for |since )(?:like |about |nearly )?(?:\w+ ){0,2}(?:weeks?|days|a week|a "
        r"fortnight|months?) and (?:left|leaves|has left|'s left) (?:me|us|them|him|her)\b(?: (?:and|with) (?:my|our|his|her) (?:\w+ )?"
        r"(?:brothers?|sisters?|siblings))? (?:on (?:my|our|their|his|her) own|alone|by (?:myself|ourselves|themselves)|with (?:\w+ )?"
        r"(?:pound|quid|pounds|money))",
        # "a little year seven lad was left at gatwick arrivals for six hours, his guardian never came"
        r"(?:lad|boy|girl|child|kid|son|daughter|toddler|baby) (?:was|were|got|'s been|has been) left (?:at|in|outside|on) (?:\w+ ){0,3}for "
        r"(?:\w+ ){1,2}hours\b",
        # the carer is someone else than the child: "she keeps forgetting his insulin", "he never gives her her inhaler"
        r"(?:she|mum|mam|mom|mother|stepmum) (?:\w+ ){0,2}(?:keeps forgetting|forgets|forgot|won't give him|doesn't give him|never gives him|"
        r"keeps not giving him) his (?:\w+ )?(?:insulin|injections|medication|meds|medicine|inhalers?|tablets|epi ?pens?)\b|"
        r"(?:he|dad|father|stepdad) (?:\w+ ){0,2}(?:keeps forgetting|forgets|forgot|won't give her|doesn't give her|never gives her|"
        r"keeps not giving her) her (?:\w+ )?(?:insulin|injections|medication|meds|medicine|inhalers?|tablets|epi ?pens?)\b",
        # medical neglect: "his dad won't take him to any of his hospital appointments"
        r"(?:won't|doesn't|does not|refuses to|never|didn't|hasn't) (?:take|bring|took|brought|taken) (?:him|her|them) to (?:any of )?"
        r"(?:his|her|their) (?:hospital |medical |doctor's |dentist |clinic |eye |speech )?(?:appointments|check ?ups)",
        # children left overnight: "she doesn't come back for them till the next morning"
        r"(?:doesn't|does not|didn't|never|don't) (?:come|came) back (?:for (?:them|him|her|the kids|the children) )?(?:till|"
        r"until) (?:the next (?:morning|day)|morning|the morning|midnight|gone midnight)",
        # "she's stopped putting the baby's boots and bar on for the clubfoot ... she says she can't be bothered"
        r"stopped (?:putting|using|giving|doing) (?:the baby's|the child's|his|her|their|the) (?:\w+ ){0,3}(?:boots|bar|splints?|brace|"
        r"glasses|hearing aids?|patch|cream|inhaler|medicine|meds|exercises|physio|feeds?)\b(?:\W+\w+){0,14}\W+(?:can't|cannot|"
        r"couldn't) be bothered\b",
        # "he hasn't had his asthma inhaler in months cause his dad won't collect it"; "keeps missing the baby's weigh ins, baby's
        # dropped two centiles"
        r"(?:he|she|they|my \w+|his \w+|her \w+)(?: has|'s|'ve| have)? (?:hasn't|haven't|has not|not) had (?:his|her|their) (?:\w+ )?(?:inhalers?|insulin|"
        r"medication|meds|medicine|tablets|epi ?pens?|prescription) (?:in|for) (?:\w+ )?(?:months|weeks)\b",
        r"(?:keeps|kept|keep) missing (?:the baby's|her baby's|the child's|his|her|their) (?:weigh ins|weigh-ins|weighings|checks|"
        r"check ups|appointments|jabs|immunisations)\b|dropped (?:two|three|\w+) centiles?\b",
        # "hasn't had the baby weighed or jabbed in months", "the baby hasn't been weighed in months"
        r"(?:baby|child|little one|twins)(?: has|'s)? (?:hasn't|haven't|has not|have not|not) been (?:weighed|jabbed|vaccinated|immunised|"
        r"seen|checked)(?: or (?:\w+ ){0,2}\w+)? (?:in|for) (?:\w+ )?(?:months|weeks|a year)\b",
        r"(?:hasn't|haven't|has not|have not|not) had (?:the |her |his |their )?(?:baby|child|kids?|little one|twins) (?:weighed|jabbed|"
        r"vaccinated|immunised|seen|checked)(?: or (?:\w+ ){0,2}\w+)? (?:in|for) (?:\w+ )?(?:months|weeks|a year)\b",
        r"nappy (?:was |is |'s |were |has been )?(?:soaked|soaking|sodden|filthy|overflowing|hanging off|full of poo)\b",
        # "mum's cancelled his hospital extraction four times"; "mum says she canna be bothered taking him"
        r"(?:mum|mam|dad|mother|father|parents?|she|he)(?:'s| has| have)? cancelled (?:his|her|their) (?:\w+ ){0,2}(?:extraction|operation|"
        r"op|surgery|appointments?|treatment) (?:two|three|four|five|six|several|\w+) times\b|(?:can't|canna|cannae|cannot|couldn't|"
        r"won't) be bothered (?:taking|bringing|getting|to take|to bring) (?:him|her|them)\b",
        # "her parents haven't got her insulin for weeks"; "a year six girl's epilepsy tablets haven't been collected for six weeks"
        r"(?:mum|mam|dad|mother|father|parents?|carers?)(?:'s| has| have)? (?:\w+ ){0,2}(?:hasn't|has not|haven't|have not|didn't|never|"
        r"won't) (?:got|get|gotten|bought|buy|ordered|order|picked up) (?:him |her |them )?(?:his|her|their) (?:\w+ )?(?:insulin|"
        r"medication|meds|medicine|inhalers?|tablets|epi ?pens?|prescription)\b",
        r"(?:son's|daughter's|child's|kid's|kids'|baby's|boy's|girl's|lad's) (?:\w+ )?(?:meds|medication|medicine|prescriptions?|"
        r"inhalers?|insulin|tablets|epi ?pens?) (?:haven't|hasn't|have not|has not|weren't|wasn't) been (?:collected|picked up|ordered|"
        r"given|brought in) (?:\w+ ){0,3}(?:for|in|since) (?:\w+ ){0,2}(?:weeks|months|days|a fortnight)\b",
        # medicine a child needs left uncollected: "a mum's not collected her son's epilepsy meds for three months"
        r"(?:not|hasn't|haven't|never|stopped) (?:been )?(?:collected|collecting|picked up|picking up|given|giving|bothered "
        r"with) (?:her|his|their|the) (?:son's|daughter's|child's|kids'|baby's|little one's|boy's|girl's) (?:\w+ )?(?:meds|"
        r"medication|medicine|prescription|inhalers?|insulin|tablets|epipens?)",
        # a child left in charge: "my mum's been gone since christmas and i'm looking after my brothers on my own"
        r"(?:my|our) (?:mum|mam|mom|dad|parents|nan|gran)(?:'s| has| have|'ve| is| are)? (?:been )?(?:gone|away|not "
        r"(?:been )?(?:home|back)) (?:since|for) \w+(?:\W+\w+){0,10}?\W+(?:looking after|minding|feeding|"
        r"caring for) (?:my|our) (?:\w+ ){0,2}(?:brothers?|sisters?|siblings|baby brother|baby sister)",
        r"(?:scavenging|scavenges|scavenged|eating|eats|taking|takes|stealing|steals|begging|begs|"
        r"nicking) (?:\w+ ){0,2}food (?:from|out of) (?:the )?(?:bins?|other kids|other children|"
        r"lunchboxes|friends|the canteen bins)|same clothes (?:all|every) (?:week|day)|(?:leave|"
        r"leaves|left|leaving) (?:me|us|him|her|them|the kids|my \w+)(?: and (?:my|his|her) (?:\w+ )?"
        r"(?:brother|sister|siblings?))? (?:\w+ ){0,2}(?:overnight|all night|for the weekend|for "
        r"days|on (?:our|my|their) own)",
        r"(?:in (?:just )?(?:a|his|her) nappy|in (?:just )?(?:his|her) (?:pyjamas|pants|vest)) "
        r"(?:\w+ ){0,6}(?:street|road|outside|night|cold|snow|rain)|(?:street|road|outside) "
        r"(?:\w+ ){0,6}in (?:just )?(?:a|his|her) nappy|(?:little|young|small) (?:lad|boy|girl|one|"
        r"kids?|children|ones) (?:\w+ ){0,8}(?:(?:ten|eleven|twelve|midnight|one|two) (?:at night|"
        r"o'clock at night)|at midnight|after midnight)",
        r"(?:hasn't|has not|haven't|never|not|isn't|wasn't|won't) (?:been )?(?:taken |been taken |"
        r"take (?:him|her|them) )?(?:to|seen|see) (?:the |a )?(?:doctor|dentist|gp|hospital|"
        r"optician)s? (?:\w+ ){0,8}(?:for (?:weeks|months|ages|days)|even though|despite|"
        r"infected|leaking|pus|rotten|broken|bleeding|in pain|swollen)",
        r"(?:never|don't|doesn't|do not|hardly ever|nobody|no one|no-one) (?:\w+ ){0,3}(?:feed|"
        r"feeds|fed|change|changes|changed|wash|washes|bath|bathes|check on|checks on|picks? up|"
        r"collects?) (?:him|her|them|the (?:baby|kids|children|little ones?|toddler|twins))\b"
        r"(?! (?:up|off|a))|(?:baby|toddler|little one|kids|children) (?:\w+ ){0,3}(?:screams|"
        r"screaming|crying|cries) (?:all night|for hours|all day|non ?stop)",
        r"(?:always|constantly|every day|often|keeps coming in|comes in) (?:\w+ ){0,2}(?:hungry|"
        r"starving|dirty|smelly|smelling|filthy|unwashed|in (?:the same|dirty|wet|soiled|"
        r"yesterday's|last week's) (?:\w+ )?clothes)",
        r"(?:left|leaves|leaving|leave) (?:him|her|them|the (?:kids|children|baby|little ones?|"
        r"toddler|twins)|(?:his|her|their|my) (?:\w+ )?(?:kids|children|baby|son|daughter|"
        r"toddler|brother|sister|twins)) (?:\w+ ){0,2}(?:alone|on (?:their|his|her) own|home "
        r"alone|unsupervised|in the car|to fend for|locked in)",
        r"(?:always|constantly) (?:got|has|have) (?:nits|head lice|sores)|(?:smells|smelling|"
        r"stinks|stinking|reeks) of (?:wee|urine|poo|pee|smoke|weed)|(?:the )?same (?:dirty )?"
        r"clothes on|(?:sleeping|sleeps|slept) (?:in a tent|rough|on the streets|in the park|in "
        r"a car|on a bench)",
        r"look(?:s|ing)? after (?:my|his|her) (?:baby|little|younger) (?:brother|sister|"
        r"brothers|sisters|siblings)",
        r"(?:mum|dad|mother|father|parents?)(?:'s| is| are) (?:always|usually|constantly|"
        r"too) (?:\w+ )?(?:asleep|drunk|out|passed out|high|off (?:her|his|their) face|"
        r"out of it|in bed|gone)",
        r"(?:doesn't|don't|won't|never) (?:get|gets) up (?:even )?(?:when|for)",
        r"(?:lost|losing) (?:a lot of|loads of|so much) weight(?! (?:from|by|with|through|on|"
        r"after) (?:training|dieting|running|the gym|exercise|a diet|slimming|being ill))|"
        r"(?:in|wearing) (?:yesterday's|the same|last night's|friday's) (?:nappy|nappies|clothes)|(?:forgot|forgets|"
        r"forgotten) to (?:collect|pick up|feed) (?:them|him|her|the (?:kids|twins|baby))",
        r"(?<!hair\x27s\s)(?<!hair\sis\s)(?<!enamel\x27s\s)(?<!enamel\sis\s)(?<!still\s)(?:so|really|very) thin(?! (?:hair|on top|crust|walls?|layer|paper|"
        r"line))",
        r"(?:dirty|soiled|full|wet|soaking) nappy|nappy rash|(?:head lice|nits) (?:for|all) "
        r"(?:months|the time|weeks)",
        r"prescriptions? (?:\w+ )?(?:lapse|run out|ran out)|(?:never|not|won't) (?:take|taken|"
        r"taking|takes) (?:him|her|them) to the (?:doctor|dentist|hospital|gp|clinic)",
        r"(?:dog|cat) (?:mess|poo|muck) (?:all )?(?:through|over|everywhere)|(?<!lay-by\s)(?<!overnight,\sthere.s\s)rubbish "
        r"(?:everywhere|piled up)(?! (?:on|in|at|by|along) the (?:street|road|lay-by|layby|verge|park|beach|pavement|estate))|(?:cupboards|fridge) (?:is |are )?(?:always )?(?:empty|bare)|"
        # (a damp flat reported for repair is a housing matter: "black mould all over the bedroom wall, can someone come out")
        r"(?:kids|children|baby|babies|bairns|toddlers?|little ones|little \w+)\b[^.?!]{0,80}?mould (?:everywhere|all over)|mould "
        r"(?:everywhere|all over)(?=[^.?!]{0,80}?\b(?:kids|children|baby|babies|bairns|toddlers?|little ones)\b)(?! (?:\w+ ){0,6}(?:can "
        r"someone|come out|repair|landlord|housing|fix))|house is (?:filthy|"
        r"disgusting|a tip)",
        r"(?:no one|nobody|never) (?:takes|took|looks after|feeds|fed|washes|bathes|changes|"
        r"checks on) (?:him|her|them|his \w+|her \w+|their \w+)|(?:mum|dad|parents?)(?:'s| is| are| "
        r"stays| stay) (?:in bed|asleep|drunk|high|out) all day|(?:parents?|mum|dad|they) "
        r"(?:\w+ ){0,5}(?:smoke|smoking|take|taking|doing|using|inject\w*) (?:crack|heroin|smack|"
        r"meth|coke|cocaine|spice|ket|ketamine)|(?:is|'s|are|'re|never gets|never get) (?:never |hardly "
        r"ever )?(?:changed|fed|washed|bathed)|(?:soaked|soaking|soiled|filthy|stinking) "
        r"(?:\w+ )?(?:nappy|nappies|clothes|bed)|forgets? (?:to )?(?:feed|wash|change|pick up|collect) "
        r"(?:him|her|them|us|the (?:kids|children|baby)|my (?:son|daughter|brother|sister))",
        r"(?:head lice|nits|sores|rashes|scabies) (?:\w+ ){0,4}(?:no one|nobody|never|not) "
        r"(?:takes|treated|treats|does anything|bothers)",
        r"(?:go|goes|going|went|gone|sent) to (?:bed|school) hungry|(?:no|not enough) money for "
        r"(?:food|nappies|milk|formula|gas|electric|heating)|(?:haven't|hasn't|not|never) "
        r"(?:eaten|had anything to eat|had a proper meal)",
        r"teeth (?:are )?(?:all )?(?:rotten|rotting|black|falling out|decayed)|(?:won't|doesn't|"
        r"never|refuses to|refused to) (?:take|takes) (?:him|her|them) to (?:a |the )?(?:doctor|"
        r"dentist|hospital|gp|clinic|optician)|(?:go|goes|going|went) through (?:the )?bins "
        r"for food|(?:kids|children) (?:are )?(?:always )?(?:filthy|dirty|smelly|unwashed)",
        r"(?:gone|go|goes|went) out and left (?:it|him|her|them|the baby|the kids)|left (?:it|him|"
        r"her|them|the baby|the kids) (?:alone|on (?:its|his|her|their) own|by (?:itself|"
        r"himself|herself|themselves))|(?:looking|look|looks|looked) after (?:her|his|my|their) "
        r"(?:mum|dad|mother|father|parents?) (?:\w+ ){0,3}(?:drunk|drinks|drinking|high|off "
        r"(?:her|his) face|out of it)",
        r"(?:hiding|hides|hid|stealing|steals|stuffing|stuffs|saving|saves) (?:\w+ )?food (?:\w+ ){0,4}"
        r"(?:take home|for (?:his|her|their) (?:\w+ )?(?:sisters?|brothers?|siblings|mum|family)|"
        r"pockets?|bag)|(?:takes?|taking) food home for",
        r"walk (?:themselves|himself|herself) to school|out (?:in the street|on (?:their|his|her) "
        r"own) (?:till|until|at) (?:midnight|late|all hours)|nobody (?:picks|feeds|washes|looks "
        r"after|collects) (?:him|her|them)|(?:rotten|rotting) teeth",
    ), guards=_FRAMING),
)

# "it was done when she was little": said of a girl or of cutting, not of an operation
_DONE_TO_A_GIRL: Final = (
    rules("safeguarding", "fgm", 0.9, (
        # "their aunties want to do the initiation for them while we're there"; "a woman to come to the house to do my cousins"
        r"(?:do|doing|have|having|done) the (?:initiation|cutting|ceremony) (?:for|on|to) (?:them|her|the girls|my \w+|our \w+)\b|"
        r"(?:a woman|a lady|someone|somebody|an? \w+ woman) to come (?:to the house|over|round|here)(?: \w+){0,4} to (?:do|cut) (?:my|the|our|"
        r"her|his) (?:cousins|girls|daughters|nieces|sisters|granddaughters)\b",
        # "i have pain from when they cut me in my country when i was little girl"
        r"(?:they|she|he|someone) cut me (?:\w+ ){0,4}when i was (?:a )?(?:little|small|young|child|baby|girl|little girl|kid)\b|"
        # "planning a trip to sudan for her daughter's cleansing"
        r"(?:daughter's|daughters'|girl's|girls'|niece's|granddaughter's|sister's) (?:cleansing|purification|circumcision|sunna|"
        r"initiation|cutting)\b",
        r"(?:do|doing|have|having|get|getting|had|done) (?:her|their|the girls'?|my daughter's) initiation|the thing they do "
        r"(?:there|back home|over there) with (?:the|a) (?:blade|razor|knife)",
        r"(?:was|were|been|get|gets|getting|got|had|having) (?:it )?done (?:to (?:me|her|them|us) )?(?:over|in|at home|"
        r"during|when|as a (?:child|kid|girl|little girl|toddler)|as a baby|as "
        r"babies|back home|this summer|in the summer|while|on holiday|like (?:her|their|me)|too|there)",
    ), guards=(*_FRAMING, "no_cutting")),
    # "i was, you know, cut when i was a girl back home"
    rules("safeguarding", "fgm", 0.9, (
        # "her aunt is coming from freetown next month to cut the baby so she's clean"
        r"(?:coming|come|flying|fly|came) (?:over )?(?:from \w+ )?(?:\w+ ){0,3}to cut (?:the baby|her|the girls?|my daughter|"
        r"our daughter|my granddaughter|the little one)\b|cut (?:the baby|her|the girls?) so (?:she's|she is|they're|they are) "
        r"(?:clean|pure)",
        # stitched closed again after birth; a girl cut at home and now unable to walk
        r"(?:stitched|sewn|sewed) (?:closed|up|shut) again|re-?stitch(?:ed|ing)|re-?infibulat\w*",
        r"(?:came|come|comes) (?:round|over) and cut (?:her|my (?:sister|daughter|niece))\b|cut (?:her|them) and (?:she|they) "
        r"can(?:'t| barely| hardly) (?:walk|sit|wee|pee)",
        r"(?:i was|she was|i got|she got|i've been|she's been|we were|they were|we all were)(?:,? (?:you know|like|um|er),?)? "
        r"cut (?:when|as) (?:i|she|we|they) (?:was|were) (?:a )?(?:girl|girls|little|small|young|child|children|kid|baby|"
        r"\w+(?: years?)? old)",
    ), guards=_FRAMING),
)

FGM: Final = (
    rules("safeguarding", "fgm", 0.92, (
        r"\bfgm\b|female genital|genital mutilation|genital cutting|female circumcision|"
        r"(?:she|her|daughter|girls?|they) (?:\w+ ){0,3}(?:be|get|being|getting|was|were|been) (?:circumcised|cut like)\b|"
        r"circumcis(?:e|ed|ion) (?:her|my daughter|the girls|our daughters|girls)|"
        # "a family are bringing a cutter over from abroad to do all the girls at once"
        r"(?:a|the) cutter (?:\w+ ){0,6}?(?:to )?(?:do|cut|see to) (?:all )?(?:the|her|their|our|my|both|his) "
        r"(?:girls|daughters?|nieces?|granddaughters?|little ones)\b|"
        # "do the girls' circumcision", "my niece's circumcision"
        r"(?:girls'|girls's|girl's|daughters'|daughter's|niece's|nieces'|her|their) (?:\w+ )?circumcision|"
        r"sunna|khatna|khafd|gudniin|tahur|tahara|infibulat\w*|de-?infibulat\w*",
        # "my husband's family want to take my girl to erbil in august for the cutting"
        r"(?:take|taking|took|send|sending|sent|bring|bringing) (?:my|our|her|the|his|their) (?:\w+ )?(?:girl|girls|daughter|daughters|niece|"
        r"nieces|sister|granddaughter) (?:\w+ ){0,6}for (?:the|her|their) (?:cutting|cut)\b",
        # "take my little sister to guinea in july for her, um, her cutting"
        r"for her,? (?:um,? |er,? |erm,? )?(?:her )?cutting\b|(?:her|their|the girls'?) cutting(?=,|\.|$| in | when | while | this | "
        r"next | over | done)",
        # "her auntie's taking her to have the special operation for girls while we're there"
        r"(?:special|secret|traditional|girls'?) (?:operation|procedure|ceremony|cut|op|cutting)(?: (?:for|that|all) (?:the )?girls)?\b|"
        r"(?:the|an?) (?:operation|procedure|op) (?:for|that all) girls\b",
        # "the family say our daughter will be done when we visit in august"
        r"(?:daughters?|girls?|nieces?|granddaughters?|she|they)(?:'ll| will| would|'s going to| is going to| are going to|'re going to) "
        r"(?:\w+ )?(?:be|get) (?:done|cut)(?= when| while| over| in| during| on| this| next| at| back| like)",
        # "we're taking her to egypt for her purification and she'll need a few weeks to heal"
        r"(?:her|their|the girls'?|my daughter's|my niece's|our daughter's) purification\b|(?:purification|cleansing) "
        r"(?:ceremony|ritual) (?:for|of) (?:her|my daughter|the girls|our daughters?|my niece)",
        r"(?:(?:was|were|been|being|be|get|gets|getting|got|have|has|had|having) (?:(?:them |her |"
        r"the girls |my daughters? |our daughters? |it )?(?:cut|closed)|(?:them|her|the girls|my daughters?|"
        r"our daughters?) done)) (?:over|in|during|as a (?:child|kid|girl|little girl|toddler)|"
        r"when|as a baby|as babies|back home|this summer|in the summer|while|on holiday|at "
        r"home|like (?:her|their|me)|too|there)",
        r"(?:scared|afraid|worried|frightened) (?:\w+ ){0,4}(?:have|get) (?:them|her|the girls|"
        r"my daughters?|our daughters?) (?:cut|done|closed)",
        r"(?:was|been|got) circumcised,? (?:\w+ ){0,3}(?:down below|down there|back home)\b(?:(?:\W+\w+){0,6}\W+(?:girl|little|"
        r"small|young|child|pregnant|she|her))?|(?:was|been) closed as a (?:baby|child|girl)|(?:was|been) closed since i was (?:a girl|a baby|a child|small|little|"
        r"young)|(?:same thing|it|that|that's what|what)(?: was| were|'s been| has been)? (?:done|did) (?:\w+ ){0,4}to me when i was "
        r"(?:small|little|young|a girl|a child|a baby)"
        r"(?:\W+\w+){0,3}\W+down there|(?:a |the )?(?:special|cutting) "
        r"(?:ceremony|procedure) (?:\w+ ){0,4}(?:woman|girl|pure|clean|marriage)|"
        r"(?:become|becoming|make her|made|be made|made into|turned into) a (?:proper |real )?woman",
        r"(?:the|her|their|\w+'s) cutting (?:done|ceremony)|(?:have|get|getting|having) (?:the )?cutting "
        r"done|(?:niece|daughters?|girls?|sisters?|granddaughters?|her|them) (?:\w+ ){0,6}"
        r"(?:be |being |get |getting |got |was |were |been )?circumcis\w+|"
        r"(?:to be|be|being|get|getting|have|having|had) (?:\w+ )?cut like|cut like (?:the "
        r"other|her|their|me|us|my|all)|(?:had|have|having|do|does|did|get|getting) (?:the|a|"
        r"that|this) (?:\w+ )?procedure (?:\w+ ){0,3}(?:in|back home|when|while|during|over|as a (?:baby|girl|"
        r"child))",
        r"(?:get|getting|have|having|had) (?:her|them|the girls?|my daughters?|our daughters?|"
        r"my girls|our girls|my niece) done (?:\w+ ){0,4}(?:before|when|while|in|back|over|"
        r"abroad|there|on holiday|this summer|in the summer)|(?:fly|flying|travel|travelling|"
        r"going|take|taking) (?:\w+ ){0,4}(?:to|back to) (?:\w+ )?(?:to get|to have|for) "
        r"(?:her|them|the girls?) (?:done|cut)",
        r"(?:made|make|be|become|becoming|get|gets) (?:her |them )?(?:clean|pure) (?:like|before|"
        r"for|as)|like the other (?:girls|women) (?:back home|in the family)|"
        # "taking the two girls to sudan this summer to be made pure"
        r"(?:taking|take|takes|sending|send|bringing) (?:the |her |their |our |my |both )?(?:\w+ )?(?:girls?|daughters?|"
        r"nieces?|granddaughters?) (?:back )?(?:to|home to) \w+(?: \w+){0,3} to be (?:made )?(?:pure|clean|purified|done|cut)|"
        # "going on holiday to guinea to be purified"
        r"(?:going|go|goes|taking me|taking her|sending me|sending her|send me|send her) (?:on holiday |back )?to \w+ to be (?:purified|"
        r"cleansed|made pure|made clean|circumcised)\b|(?:close|sew|stitch) (?:her|me) (?:back )?up again\b|reinfibulat\w*|"
        r"(?:i was|i've been|i got|i had been) (?:circumcised\b|cut (?:as (?:a|little) (?:girl|child|baby)|when i was "
        r"(?:little|young|small|a girl|a child)|back home|down there)\b)|(?:women|girls) (?:who've been|who have been|who were) "
        r"(?:circumcised|cut)\b|(?:do|doing|have|get|give) (?:her |them )?(?:the |"
        r"a )?(?:small|little|sunna) cut (?:for|on|to) (?:my|our|her|the) (?:daughter|girl|girls|daughters|niece)\b|"
        r"so (?:she|they|the girls?) (?:can|could|will|would) (?:be|get) (?:purified|"
        r"cleansed|made pure|made clean|circumcised)\b|"
        r"(?:purified|purification|made pure|to be pure|be clean) (?:\w+ ){0,4}(?:before|for|"
        r"so|to) (?:she|her|they|marriage|marry|married)|needs? to be purified|"
        r"(?:coming|come|came|flying|fly|brought) (?:over )?(?:from|to) \w+ (?:\w+ )?to (?:do|"
        r"cut|see to) (?:the girls|her|them|my daughters?|our daughters?|my girls|our girls|(?:my|our|the|her) (?:\w+ ){0,2}(?:cousins|"
        r"nieces|granddaughters|sisters|daughters|girls))|"
        # (not a haircut: "could i have the cut in a private room")
        r"\bbondo\b|sande society|(?:had|have|having|get|getting|gets) the cut(?! (?:in|at|on|done|booked|and (?:colour|blow)|with)\b)|(?:it's|it is) "
        r"(?:her|their) turn (?:\w+ ){0,3}(?:cut|done)|worried (?:it's|it is) her turn|"
        r"cut (?:down there|between (?:her|my) legs)|(?:still healing|can't sit|hurts to wee|"
        r"water infections?) (?:\w+ ){0,10}(?:cut|closed|holiday|abroad|back home)",
    ), guards=_FRAMING),
    # "to be cut" with a trip, a family elder or a ceremony around it; "the cutting" as an event
    rules("safeguarding", "fgm", 0.9, (
        r"(?:flying|fly|flew|taking|take|took|sending|send|sent|shipping) (?:her|them|the girls|my \w+|"
        r"our \w+|his \w+) (?:out|abroad|back|over|away|home)(?: \w+){0,4} (?:to (?:get|be|have) "
        r"(?:her |them )?(?:cut|done)|for the cutting)\b(?! (?:off|short|back|down|out|from|the "
        r"(?:grass|hedge)|her hair|his hair))",
        r"(?:back home|abroad|over there|the summer|the holidays?|half term|on holiday|"
        r"ceremony|tradition|traditional|village|grandma|grandmother|aunt|aunts|aunties|elders|"
        r"our culture|her culture|the family|sudan|somalia|somaliland|egypt|gambia|guinea|sierra "
        r"leone|djibouti|eritrea|ethiopia|mali|kenya|nigeria|yemen|iraqi kurdistan|(?:her|their|"
        r"it's) time) (?:\w+ ){0,12}(?:to be|to get|be|get|getting|being|gets|got|were|was|are) "
        r"(?:her |them )?cut\b(?! (?:off|short|back|down|out|from|the|her hair|his hair))",
        r"(?:back home|abroad|over there|holiday|sudan|somalia|egypt|gambia|guinea|sierra leone|"
        r"djibouti|eritrea|ethiopia|mali|kenya|nigeria|yemen) (?:\w+ ){0,8}(?:they|someone|a woman|"
        r"the lady|an old woman|her (?:\w+ )?(?:aunt|auntie|grandma|grandmother)) (?:\w+ )?"
        r"(?:cut|circumcised) (?:her|me|them|my \w+)",
        r"(?:cut|closed) (?:her|me|them) (?:\w+ ){0,6}(?:hurts to wee|can't sit|still healing|"
        r"hurts down there|water infection|can't walk properly)",
        r"(?:to be|to get|be|get|getting|being) cut (?:\w+ ){0,8}(?:back home|abroad|over there|"
        r"in the summer|over the holidays?|on holiday|like (?:her|my|the other)|by (?:a|the|an) "
        r"(?:old|older|local) (?:woman|lady))",
        r"(?:ceremony|ritual|procedure|tradition) (?:\w+ ){0,4}(?:cut|cuts|cutting) (?:girls|"
        r"her|them|daughters|the girls)|(?:cut|cuts|cutting) (?:girls|young girls|the girls|"
        r"daughters) (?:\w+ ){0,4}(?:ceremony|tradition|back home|abroad|when they)",
        r"(?:worried|scared|afraid|frightened|terrified|talk|talked|talking|told (?:her|me|us)|"
        r"heard|about|before) (?:\w+ ){0,3}the cutting(?! (?:room|board|edge|machine|tool|list|of "
        r"(?:the|a)|back|down))",
        r"(?:do|does|doing|did|perform\w*|carry out|carrying out|arrang\w*|organis\w*|book\w*|"
        r"pay\w* for) (?:the|her|their|a) cutting(?! (?:of the|room|board|edge|list))",
        r"(?:procedure|ceremony|operation|tradition|ritual) (?:\w+ ){0,4}(?:all|every|the other) "
        r"(?:the )?(?:women|girls|females) (?:in|from|of) (?:her|my|their|our|the) (?:family|"
        r"culture|village|community|tribe)",
        r"(?:have|get|getting|having|had|has) (?:her|them|the girls?|(?:my|her|his|their|our) "
        r"(?:\w+ )?(?:daughters?|"
        r"sisters?|nieces?|cousins?|girls?)|our (?:girls|daughters)) (?:circumcised|"
        r"cut)\b(?! (?:off|short|back|down|out|her hair|their hair))",
    ), guards=_FRAMING),
    *_DONE_TO_A_GIRL,
)
