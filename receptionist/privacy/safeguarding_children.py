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
        r"{PARENT}(?:'s| has| is| keeps| always)? (?:\w+ ){0,3}(?:hit|hits|hitting|punched|punches|"
        r"punching|kicked|kicks|kicking|slapped|slaps|slapping|beat|beats|beating|beaten|"
        r"strangled|choked|chokes|burnt|burned|burns|whipped|whips|smacked|smacks|shook|shakes|"
        r"shaking|belted|belts|battered|batters|thumped|thumps|threw|throws|bit|bites|scalded|"
        r"pinched|pinches|dragged|drags|bruised|raped|rapes|raping|molested|molests|abused|"
        r"abuses|sexually assaulted|touched|touches) (?:me|him|her|them|us|my (?!mum|dad|mother|"
        r"father|wife|husband|partner)\w+|the (?:kids|children|baby|boy|girl|little \w+))"
        r"(?! out(?: of the (?:house|home|flat))?\b)",
        r"(?:hurts|hurt|hurting|touches|touched|touching|touch|fiddles with|fiddled with|"
        r"interferes with|interfered with|plays with|played with|rubs|rubbed|kissed|kisses|"
        r"licks|licked) (?:\w+ ){0,2}(?:private parts|privates|private bits|bits|down there|"
        r"willy|fanny|bum|bottom|chest|where (?:he|she|they) (?:shouldn't|isn't allowed|"
        r"shouldnt))",
        r"private parts|(?:under|inside) (?:my|his|her|their) (?:pants|knickers|underwear|nappy)",
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
    # sexual violence with no relationship named: still a disclosure, subtype left to others
    rules("safeguarding", "child_abuse", 0.7, (
        r"(?:raped|rape|raping|sexually assaulted|sexual assault|molested|indecently assaulted|"
        r"flashed|exposed (?:himself|herself)) (?:me|him|her|them|us|my \w+|his \w+|her \w+)?",
    ), guards=_FRAMING),
)

NEGLECT: Final = (
    rules("safeguarding", "neglect", 0.78, (
        r"(?:no|never any|not enough|hardly any|hasn't got any|haven't got any|never has any|"
        r"without|there's no) (?:food|dinner|tea|breakfast|lunch|nappies|clean clothes|coat|"
        r"shoes|bed|beds|milk|formula)"
        r"(?: (?:left|in the house|at home|for (?:him|her|them|days)))?",
        r"(?:left|leaves|leaving) (?:\w+ ){0,2}in the (?:dark|cold)|no (?:electric|electricity|"
        r"heating|gas) (?:at home|in the (?:house|flat)|for (?:days|weeks))",
    ), guards=_FRAMING),
    rules("safeguarding", "neglect", 0.86, (
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
        r"(?:so|really|very) thin",
        r"(?:dirty|soiled|full|wet|soaking) nappy|nappy rash|(?:head lice|nits) (?:for|all) "
        r"(?:months|the time|weeks)",
        r"prescriptions? (?:\w+ )?(?:lapse|run out|ran out)|(?:never|not|won't) (?:take|taken|"
        r"taking|takes) (?:him|her|them) to the (?:doctor|dentist|hospital|gp|clinic)",
        r"(?:dog|cat) (?:mess|poo|muck) (?:all )?(?:through|over|everywhere)|rubbish "
        r"(?:everywhere|piled up)|(?:cupboards|fridge) (?:is |are )?(?:always )?(?:empty|bare)|"
        r"mould (?:everywhere|all over)|house is (?:filthy|disgusting|a tip)",
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

FGM: Final = (
    rules("safeguarding", "fgm", 0.92, (
        r"\bfgm\b|female genital|genital mutilation|genital cutting|female circumcision|"
        r"circumcis(?:e|ed|ion) (?:her|my daughter|the girls|our daughters|girls)|"
        r"sunna|khatna|khafd|gudniin|tahur|tahara|infibulat\w*|de-?infibulat\w*",
        r"(?:(?:was|were|been|being|be|get|gets|getting|got|have|has|had|having) (?:them |her |"
        r"the girls |my daughters? |our daughters? |it )?(?:done|cut|closed)) (?:over|in|during|"
        r"when|as a baby|as babies|back home|this summer|in the summer|while|on holiday|at "
        r"home|like (?:her|their|me)|too|there)",
        r"(?:scared|afraid|worried|frightened) (?:\w+ ){0,4}(?:have|get) (?:them|her|the girls|"
        r"my daughters?|our daughters?) (?:cut|done|closed)",
        r"(?:was|been) closed as a (?:baby|child|girl)|(?:a |the )?(?:special|cutting) "
        r"(?:ceremony|procedure) (?:\w+ ){0,4}(?:woman|girl|pure|clean|marriage)|"
        r"(?:become|becoming|make her|made|be made|made into|turned into) a (?:proper |real )?woman",
        r"(?:the|her|their) cutting (?:done|ceremony)|(?:have|get|getting|having) (?:the )?cutting "
        r"done|(?:niece|daughters?|girls?|sisters?|granddaughters?|her|them) (?:\w+ ){0,6}"
        r"(?:be |being |get |getting |got |was |were |been )?circumcis\w+|"
        r"(?:to be|be|being|get|getting|have|having|had) (?:\w+ )?cut like|cut like (?:the "
        r"other|her|their|me|us|my|all)|(?:had|have|having|do|does|did|get|getting) (?:the|a|"
        r"that|this) (?:\w+ )?procedure (?:\w+ ){0,3}(?:in|back home|when|as a (?:baby|girl|"
        r"child))",
        r"(?:get|getting|have|having|had) (?:her|them|the girls?|my daughters?|our daughters?|"
        r"my girls|our girls|my niece) done (?:\w+ ){0,4}(?:before|when|while|in|back|over|"
        r"abroad|there|on holiday|this summer|in the summer)|(?:fly|flying|travel|travelling|"
        r"going|take|taking) (?:\w+ ){0,4}(?:to|back to) (?:\w+ )?(?:to get|to have|for) "
        r"(?:her|them|the girls?) (?:done|cut)",
        r"(?:made|make|be|become|becoming|get|gets) (?:her |them )?(?:clean|pure) (?:like|before|"
        r"for|as)|like the other (?:girls|women) (?:back home|in the family)|"
        r"(?:purified|purification|made pure|to be pure|be clean) (?:\w+ ){0,4}(?:before|for|"
        r"so|to) (?:she|her|they|marriage|marry|married)|needs? to be purified|"
        r"(?:coming|come|came|flying|fly|brought) (?:over )?(?:from|to) \w+ (?:\w+ )?to (?:do|"
        r"cut|see to) (?:the girls|her|them|my daughters?|our daughters?|my girls|our girls)|"
        r"\bbondo\b|sande society|(?:had|have|having|get|getting|gets) the cut|(?:it's|it is) "
        r"(?:her|their) turn (?:\w+ ){0,3}(?:cut|done)|worried (?:it's|it is) her turn|"
        r"cut (?:down there|between (?:her|my) legs)|(?:still healing|can't sit|hurts to wee|"
        r"water infections?) (?:\w+ ){0,10}(?:cut|closed|holiday|abroad|back home)",
    ), guards=_FRAMING),
)
