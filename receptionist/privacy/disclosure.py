"""Generic disclosure cues: the recall net under the phrase rules.

Phrase rules (:mod:`receptionist.privacy.safeguarding`) name a subtype directly but only
catch the phrasings they list. Callers say the same things in endless ways, so this module
looks for *kinds* of evidence that generalise — harm done to a person, sexual contact,
threats and fear, control and secrecy, unmet basic needs, exploitation markers — and then
decides the subtype from who is involved (a child, a partner, peers, an older adult) and
the domain words around it (:mod:`receptionist.privacy.subtypes`). Its findings score below
the phrase rules, so a specific rule always names the subtype when one fires.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import Rule, rules

#: Label of findings whose subtype :func:`infer_subtype` decides.
GENERIC: Final = "?"

_P = r"(?:me|him|her|them|us|myself|himself|herself|themselves|my {KIN}|his {KIN}|her {KIN}|their {KIN}|our {KIN}|(?:the|a|one of the) (?:little |young |small )?(?:baby|kids|children|child|boy|boys|girl|girls|lad|pupil|pupils|toddler|little \w+))"
_Q = r"(?:me|him|her|them|us|my {KIN}|his {KIN}|her {KIN}|their {KIN}|our {KIN}|the (?:baby|kids|children|child|boy|girl|lad|little \w+))"
_FRAMING: Final = ("fiction", "hypothetical", "jest")

#: Evidence that something harmful is being done to a person, whatever the subtype.
HARM_CUES: Final[tuple[Rule, ...]] = (
    # injuries nobody will account for: "he's covered in bruises nobody can explain"
    rules("safeguarding", GENERIC, 0.8, (
        r"(?:unexplained|unexplainable) (?:bruises|bruising|injuries|marks|burns|cuts)|(?:bruises|bruising|injuries|marks|burns) (?:that )?"
        r"(?:nobody|no one|none of (?:them|the staff)|the staff|they|the home) (?:can|could|will|can't|won't|couldn't) explain",
    ), guards=_FRAMING),
    # control: someone who won't let the caller out, see people or eat. A machine or an
    # organisation that "won't let me in" or "won't let us have a stall" controls nobody.
    rules("safeguarding", GENERIC, 0.8, (
        # (not "won't let me go on the trip": a parent's no to an outing)
        # (not a request to the receptionist: "so don't let him on the phone")
        r"(?:won't|doesn't|(?<!so\s)(?<!please\s)(?<!just\s)(?<!then\s)(?<!,\s)(?<!^)don't|never) (?:let|lets|allow|"
        r"allows) (?:me|her|him|them|us) "
        r"(?!(?:log|sign|check|clock|tap|swipe) in|go (?:on|to) (?:the |a |my )?(?:\w+ )?(?:trip|party|sleepover|match|"
        r"concert|festival|prom|holiday|disco|residential|gig))(?:\w+ ){0,3}(?:out|in|leave|go|see|have|talk|speak|"
        r"eat|sleep|use|wear|work|visit|drive|phone|ring|contact|keep|spend)|(?:not|isn't|aren't|"
        r"never) allowed (?:out|to (?:go|leave|see|eat|talk|have))",
    ), guards=(*_FRAMING, "institution")),
    rules("safeguarding", GENERIC, 0.8, (
        # violence against a person
        r"(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|beat(?! (?:\w+ )?(?:at|in) )|beats(?! "
        r"(?:\w+ )?(?:at|in) )|beating(?! (?:\w+ )?(?:at|in) )|beaten|batter\w*|"
        r"shake|shakes|shaking|shaken|shook|strangl\w*|chok\w*|burn|burns|burnt|burned|burning|"
        r"throttl\w*|smack\w*|thump\w*|shov\w*|(?:threw|throws|throwing)(?! (?:it|that) (?:back )?in (?:my|his|her|our|their) "
        r"face)|drag\w*(?! (?:me|him|her|us|them) (?:along )?to (?:their|his|her|my|our|the) (?:\w+ )?(?:church|"
        r"chapel|mosque|gym|party|parties|pub|club|meetings?|events?|shops?|thing|do|gigs?|services?))|pinch\w*|"
        r"hurt|hurts|hurting|attack\w*|assault\w*|stab\w*|scald\w*|whip\w*|(?:(?<=he\s)|(?<=she\s)|"
        r"(?<=they\s)|(?<=who\s)|(?<=dog\s)|(?<=also\s)|(?<=even\s)|(?<=then\s))bit|bites|biting|"
        r"spat at|spits at|spitting at) (?:\w+ )?" + _P + r"(?! out\b)|(?:beaten|beat|battered|"
        r"jumped) up",
        r"(?:he|she|they|my (?:husband|wife|partner|ex|boyfriend|girlfriend)) (?:put|has put|'s put|once put) (?:me|her|him) in "
        r"(?:hospital|a&e|intensive care|casualty)",
        r"(?:shov\w*|push\w*|knock\w*|throw\w*|chuck\w*|slap\w*|hit\w*) (?:mam|mum|dad|nan|gran|grandad|mother|father) "
        r"(?:about|around)\b|(?:had|have|has) to show (?:him|her) (?:the |all the |my |every )?receipts?\b|(?:he|she|my ex|my "
        r"husband|my partner|my wife) (?:had|kept|controlled|took|takes|keeps|controls) all (?:the|my|our) money\b",
        r"(?:rubbish|junk|bin bags|bags of rubbish|stuff) (?:piled |stacked )?(?:up )?to the ceiling|eating (?:cold )?(?:\w+ )?"
        r"(?:out of|out) (?:the|a) tin\b",
        r"(?:not allowed to|can't|cannot|mustn't) (?:say|give|tell you) the address(?:\W+\w+){0,10}\W+(?:he's|he is|he'll|he "
        r"gets|while he|before he)\b|(?:got|taken|took|has|had) (?:his|her) (?:bank |debit |credit )?card off (?:him|her)\b",
        r"(?:grabbed|grabs|grabbing|twisted|squeezed) (?:my|her|his) (?:wrist|arm|throat|neck|hair)"
        r"(?: \w+){0,4} (?:gone|it's gone|went|left) (?:purple|black|blue|bruised)|(?:he|she) (?:grabbed|grabs|grabbing) (?:me|her|"
        r"him) by the (?:wrist|arm|throat|neck|hair)\b|(?:carer|carers)(?:'s| is| are| have| has)? (?:been )?(?:skipping|missing|not "
        r"turning up (?:for|to)|cutting short) (?:the |her |his )?(?:visits|calls)\b|(?:tablets|meds|medication) not (?:been )?"
        r"given\b|found wandering (?:in (?:her|his) (?:nightie|nightdress|pyjamas|slippers)|at night|the streets)\b",
        r"(?:walked|wandered|gone|went) out (?:\w+ ){0,2}(?:twenty|ten|fifteen|thirty|five|\d+|a few) (?:minutes|mins) ago\b",
        # locked in a cellar, cupboard or shed as a punishment; a child left alone for a weekend; a carer's abuse heard
        r"lock(?:s|ed|ing)? (?:you|him|her|them|me|my \w+|his \w+|her \w+) in (?:the|a) (?:cellar|cupboard|shed|garage|loft|"
        r"bathroom|dark|coal shed|cupboard under the stairs)\b|(?:leaves|left|leaving) (?:her|his|their|the) (?:\w+ )?(?:year old|"
        r"kid|kids|child|children|son|daughter|little one|baby|toddler) (?:on (?:his|her|their) own|alone|home alone) (?:all|for|"
        r"overnight|every)\b|(?:calling|called|calls) her a (?:dirty|stupid|fat|useless) (?:old )?(?:cow|bitch|woman|bag)\b",
        # hands held on a hob or under a hot tap: burns as punishment
        r"(?:held|holds|holding|put|puts|putting|pressed|presses|pushed|forced) (?:them|his hands?|her hands?|"
        r"my hands?|their hands?|it|his arm|her arm) (?:on|against|under|onto) (?:the )?(?:hob|cooker|oven|"
        r"iron|radiator|kettle|fire|hot tap|hot water|stove)",
        # pushed somewhere, not pushed to do better
        r"(?:push|pushes|pushed|pushing) (?:\w+ )?" + _P + r" (?:down|over|into|against|off|out of|through|"
        r"around|about|onto|to the (?:floor|ground))",
    ), guards=(*_FRAMING, "accident")),
    rules("safeguarding", GENERIC, 0.8, (
        # (a phone, an app or an account that locks someone out is a machine)
        r"(?<!phone.s\s)(?<!phone\s)(?<!app.s\s)(?<!app\s)(?<!id.s\s)(?<!id\s)(?<!system.s\s)(?<!system\s)(?<!account.s\s)"
        r"(?<!portal.s\s)(?<!computer.s\s)(?<!laptop.s\s)(?<!website.s\s)(?<!bank.s\s)(?<!it.s\s)(?<!scanner.s\s)(?<!card.s\s)"
        r"(?:tie|ties|tied|tying|strap|straps|strapped|lock|locks|locked|locking|shut|shuts) "
        + _Q + r" (?:in|into|up|out|down|to|inside)\b|(?:keeps?|kept) " + _Q + r" locked "
        r"(?:in|up|inside|out)",
        r"(?:pinned|pins|pinning|held|holds|holding) " + _Q + r" (?:down|against|to the)|"
        r"(?:controls?|controlling) (?:all )?(?:of )?(?:the|our) (?:money|finances|bank account|cards?)|"
        r"(?:tracks|tracking|tracked|monitors|monitoring|checks) (?:where|what|who) (?:i|she|he) (?:go|goes|"
        r"went|do|does|see|sees|talk|talks)|(?:tracks|tracking|tracked|put a tracker on) (?:my|her|his) "
        r"(?:phone|location|car|whereabouts)|"
        r"(?:controls?|controlling|takes?|took|taken|taking|kept|keeps|keeping|spends?) (?:all )?(?:of )?"
        r"(?:my|her|his|our|their) (?:wages|money|bank card|cards|benefits|pay|salary|child "
        r"benefit|universal credit|pension|savings)|(?:taken|took) (?:my|her) (?:passport|"
        r"documents|id|visa|papers)",
        r"(?:touch|touches|touched|touching|feel|feels|felt) (?:her|him|me|them)(?: up| there| "
        r"down there| inappropriately)?(?= and| when| while| at| in|,|\.|$)|(?:coming|comes|came|"
        r"come) into (?:the|my|her|his) (?:flat|room|house|bedroom|bathroom) when (?:i'm|she's|"
        r"he's|i am|she is|we're) (?:asleep|in bed|in the shower|in the bath|getting changed)",
        r"(?:asked|asking|asks|wants|wanted|told|tells|telling) (?:her|him|me|them) (?:to )?send "
        r"(?:\w+ )?(?:pics|pictures|photos|nudes|videos|selfies)|a (?:man|guy|bloke|lad|woman) "
        r"(?:she|he) met (?:online|on \w+)",
        r"(?:get|be|gets|would get|'d get) (?:stabbed|hurt|beaten|killed|battered|shot|done in) if "
        r"(?:he|she|i|they) (?:told|tells|tell|said|says|grassed|grass)",
        r"(?:won't|doesn't|will not|never|wouldn't) let (?:anyone|anybody|us|me|her family|his "
        r"family|the family|the carers?|the nurse|the doctor|the social worker) (?:\w+ )?(?:see|"
        r"visit|talk to|speak to|near|in to see) (?:her|him|them)|(?:carer|care worker|home help|"
        r"support worker|lodger|neighbour|cleaner|nephew|niece|grandson|granddaughter|son|"
        r"daughter|son-in-law) (?:\w+ ){0,3}(?:borrowing|borrows|borrowed|using|uses|used|took|"
        r"takes|taking|kept|keeps|keeping|has got|got) (?:her|his|their) (?:bank card|card|pin|"
        r"debit card|pension|savings|purse|wallet|cheque ?book|bank details)",
        r"(?:won't|doesn't|will not|never) let (?:him|her|them|me) (?:see|go to|ring|call|phone) (?:the|a|"
        r"his|her) (?:doctor|gp|nurse|dentist|family|friends|children|kids)|(?:holds?|held|holding|"
        r"pushed|pushes|pushing|puts?|putting|dunks?|dunked) (?:him|her|them|me|my \w+)(?:'s head)? "
        r"(?:under|underwater|under the water|under the bath)",
        r"(?:keeps|kept|keeping|pockets|pocketed|pocketing|helps himself to|helps herself to) "
        r"(?:all )?(?:of )?(?:her|his|their) (?:change|cash|pension|savings|benefits)",
        r"(?:took|taken|takes|hid|hidden|hides|locked away) (?:\w+ ){0,3}(?:my|her|his) (?:car keys|"
        r"keys|passport|phone|purse|bank card) (?:\w+ ){0,4}so (?:i|she|he) (?:can't|cannot|couldn't|"
        r"won't be able to) (?:leave|go|get out|get away|escape|call)|(?:selling|sold|sells) "
        r"(?:her|him|them) (?:things|stuff|work|jobs|repairs) (?:she|he|they) (?:doesn't|don't|"
        r"didn't) need|(?:scammed|scamming|conned|conning|ripped off|ripping off) (?:her|him|my "
        r"(?:nan|gran|mum|dad|grandad|grandma|\w+))",
        # an injury given with something: "last week she cut my hand with a glass"
        r"(?:he|she|they) (?:\w+ )?(?:cut|slashed|stabbed|burnt|burned|scalded|split) (?:my|me|her|his) (?:\w+ )?(?:hand|arm|"
        r"face|leg|head|lip|cheek|back) (?:open )?with (?:a|the|his|her|an) (?:glass|knife|bottle|blade|iron|kettle|lighter|"
        r"cigarette|belt|buckle)",
        # restraint and sedation in care: "tie one of the men into his chair with a sheet", "give residents sleeping
        # tablets that aren't on their charts so they don't ring their bells"
        r"(?:tie|ties|tied|tying|strap|straps|strapped|strapping) (?:\w+ ){0,5}(?:into|to|in) (?:his|her|their|the|a) (?:chair|"
        r"bed|wheelchair|cot|highchair|bed rails?)",
        r"(?:give|gives|giving|gave) (?:the )?(?:residents|patients|him|her|them|people|the old \w+) (?:\w+ ){0,2}(?:tablets|"
        r"pills|medication|medicine|meds|sedatives|liquid)(?: \w+){0,5} (?:so (?:they|he|she) (?:don't|doesn't|won't|can't|stay|are|'re|is|'s) ?(?:quiet)?|to (?:keep|"
        r"shut|quiet|calm) (?:them|him|her))|(?:aren't|isn't|not) on (?:their|his|her) (?:charts?|mar charts?|prescriptions?)",
        # threats for telling, and someone answering for the injured: "whispered that he'd do worse if i said anything",
        # "came in with two broken teeth and his dad answered every question for him"
        r"(?:he'd|he would|he'll|he will|she'd|she would|she'll|she will|they'd|they'll) (?:do (?:worse|it again|something "
        r"worse)|hurt (?:her|him|me|them) (?:worse|again)) if (?:i|she|he|they|we) (?:said|say|told|tell|spoke|speak)\b",
        r"(?:dad|mum|father|mother|husband|wife|partner|stepdad|stepmum|carer|son|daughter|he|she) answered (?:every|all the|each) "
        r"questions? for (?:him|her|them)|(?:wouldn't|won't|didn't) let (?:him|her|them) (?:speak|talk|answer) for "
        r"(?:himself|herself|themselves)",
        # call bells out of reach, belongings sold: "her son's been selling her things and leaving her call bell out of reach"
        r"(?:leaving|leaves|left|tie|tied|ties|tying|put|puts|putting|move|moves|moved|moving|keep|keeps|kept) (?:\w+ ){0,3}"
        r"(?:call bells?|buzzers?|alarm|pendant|walking frame|frame|stick|zimmer) (?:up )?out of (?:her |his |their |the "
        r"residents' )?reach|(?:selling|sold|sells|pawning|pawned|pawns) (?:all )?(?:her|his|their) (?:things|stuff|"
        r"jewellery|belongings|furniture|telly|tv)\b",
        # covert medication and locking people in: "crush the residents' tablets into their tea without telling them",
        # "the staff lock the residents in their rooms at teatime"
        r"(?:crush|crushes|crushing|crushed|hide|hides|hiding|hid|put|puts|putting|slip|slips|slipping) (?:the |his |her |their )?"
        r"(?:residents'|patients'|his|her|their|\w+'s)? ?(?:tablets|pills|medication|meds|sleeping \w+) (?:into|in) (?:their|his|"
        r"her|the) (?:tea|food|drink|drinks|juice|dinner|porridge)",
        r"(?:lock|locks|locked|locking) (?:the |all the )?(?:residents|patients|service users|clients|kids|children|old \w+) "
        r"(?:in|into) (?:their|his|her|the) (?:rooms?|bedrooms?|flats?|house|lounge)",
        # staff hurting or neglecting those in their care: "one of the staff slaps the service users",
        # "the staff say they haven't time to feed her properly"
        r"(?:slaps|slapped|hits|hit|kicks|kicked|pinches|pinched|shoves|shoved|smacks|smacked|punches|punched|drags|dragged) "
        r"the (?:service users|residents|patients|clients|old \w+|children in (?:her|his) care)\b",
        r"(?:haven't|have not|don't|do not|no|never have) (?:got )?(?:the )?time to (?:feed|wash|change|turn|toilet|bathe) "
        r"(?:her|him|them|the residents|the patients)(?: properly)?",
        # "his so called mates march him to the cashpoint every payday"
        r"(?:march|marches|marched|take|takes|took|drag|drags|dragged|force|forces|forced|walk|walks) (?:him|her|them) (?:to|down "
        r"to) the (?:cashpoint|cash machine|bank|post office|atm) (?:every|each|on) (?:payday|week|friday|\w+day|month)",
        # others taking over a home: "some men have moved into his flat and make him buy their drink"
        r"(?:men|lads|boys|people|a gang|dealers|some \w+) (?:\w+ ){0,2}(?:have |'ve |has |had )?(?:moved|moving|move) (?:in|"
        r"into) (?:his|her|their|my \w+'s) (?:flat|house|home|place|bedsit)\b",
        # a trader or "friend" taking an older person's money: "a roofer's had six thousand pound off him and is coming back"
        r"(?:had|took|taken|got|conned|scammed|fleeced|cheated) (?:\w+ ){0,3}(?:pound|pounds|quid|grand|thousand) (?:off|out of|"
        r"from) (?:him|her|them|my (?:nan|gran|mum|mam|dad|grandad|grandma|aunt|auntie|uncle|neighbour))\b",
        # someone heard calling for help behind a door they cannot reach
        r"(?:hear|heard|hearing|could hear|can hear) (?:him|her|them|someone|somebody|a child|a baby|the baby|the kids?|a "
        r"woman|a man|an old \w+) (?:\w+ )?(?:shouting|screaming|crying|calling|yelling|banging) (?:out )?(?:for help|help)",
        # "lets himself in" (not "so she can let herself in and out" of her own home)
        r"(?<!can\s)(?<!able\sto\s)(?<!could\s)(?:letting|lets|let) (?:himself|herself|themselves) in(?! and out| with (?:the|a) key| using (?:the|a) key)|(?:taking|takes|took) "
        r"(?:her|his|their|my)? ?(?:things|stuff|jewellery|money) (?:\w+ )?(?:without asking|"
        r"from (?:her|him|them))",
        r"(?:give|gives|gave|giving) (?:\w+ ){0,3}(?:drink|alcohol|vodka|drugs|weed|pills)(?= "
        r"and| when| at|,|$)|selling (?:stuff|drugs|weed|gear) for (?:them|him|older|some|a "
        r"gang|these|those)",
        # sexual contact or material involving someone
        r"sexual\w*\b(?! health| education| orientation| active| activity| partners?| history| consent| wellbeing)|naked|nudes?|rape\w*|(?<!non-)(?<!non\s)"
        r"molest\w*|grop\w*|"
        r"indecent\w*|private parts|privates|porn\w*|(?:comes|came|coming|gets|got|getting) "
        r"(?:into|in) (?:her|his|my|their) (?:room|bed) (?:at night|when|while)|touch\w* "
        r"(?:\w+ )?(?:up|inappropriately|down there|there)",
        # threats and fear of a person
        r"(?:threaten\w*|scared|terrified|frightened|petrified|afraid) (?:of (?:him|her|them|"
        r"what (?:he|she|they)|my {KIN}|his {KIN}|her {KIN})|to (?:go home|tell|leave)|"
        r"for (?:my|her|his|their) life)",
        r"(?:said|says|told|tells|warned) (?:\w+ ){0,2}(?:he'll|she'll|they'll|he'd|she'd|they'd|"
        r"he will|she will|they will|he would|she would) (?:\w+ ){0,2}(?:kill|hurt|stab|beat|"
        r"burn|batter|come for|find|get) " + _P,
        r"know(?:s)? where (?:she|he|i|we|they|you) (?:live|lives|work|works)|(?:coming|come|"
        r"going to come) (?:for|after) (?:me|her|him|us|them)",
        r"(?:has|have|had) to ask (?:him|her|them) (?:for|permission|before)|"
        r"(?:controls?|controlling|takes?|took|taking) (?:all )?(?:of )?(?:my|her|his|their) "
        r"(?:\w+ )?(?:money|pension|wages|benefits|savings|bank card)",
        r"(?:makes?|made|making|forces?|forced|forcing|gets?|got) " + _P + r" (?:\w+ )?"
        r"(?:sleep with|have sex|carry|hold|sell|deliver|hand over|sign|kneel|undress|watch)",
        r"(?:told|tells|telling) (?:me|him|her|them) (?:not to|never to|to never) (?:tell|say)|"
        r"(?:don't|mustn't|not to|never) tell (?:anyone|anybody|your (?:mum|dad|parents|"
        r"teacher)|his (?:mum|dad|parents)|her (?:mum|dad|parents))(?!,? (?:round here|at work|ha\b|haha|lol|but i))|keep (?:it )?(?:a |our )?"
        r"secret|our (?:little )?secret",
        # basic needs unmet
        r"(?:forgets?|forgot|forgetting|never|doesn't|don't|didn't|won't) (?:to )?(?:feed|fed|"
        r"wash|washed|change|changed|bath|bathe) (?:us|him|her|them|the \w+)|(?:is|'s|are|'re) "
        r"never (?:changed|fed|washed|bathed)",
        r"(?:nothing|no food) (?:to eat|in the (?:fridge|cupboards?|house))|(?:soaked|soaking|"
        r"soiled|filthy|dirty|full) (?:\w+ )?nappy|no one (?:takes|looks after|feeds|washes|"
        r"picks up|checks on) (?:him|her|them)",
        # exploitation markers
        r"(?:dealer|dealers|a gang|gangs|older (?:men|man|guys|blokes|males|boyfriend)|"
        r"different men|grown men)",
        r"(?:carry|carrying|carries|hold|holding|holds|deliver|delivering|moving|drop off|"
        r"dropping off) (?:\w+ )?(?:stuff|drugs|packages|parcels|bags|packets|things) (?:for|"
        r"to|around|between|on)|(?:other|different) towns|out of town",
        r"(?:give|gives|gave|giving|buy|buys|bought) (?:her|him|them|the \w+) (?:free )?(?:vodka|"
        r"alcohol|drink|drinks|drugs|weed|money|gifts|cigarettes|vapes|presents|cash)",
        r"(?:sleep|sleeps|sleeping|living|live) (?:upstairs|at work|in the back|on site|in the "
        r"shop|above the shop)|never (?:go|goes|allowed) out",
        # ideology and violence against groups
        r"(?:should|deserve to|need to|must) (?:be )?(?:killed|die|be wiped out|be shot|be "
        r"gassed|be deported)|(?:jews|muslims|immigrants|foreigners|gays|blacks|whites) "
        r"(?:control|are taking over|are invading|are the enemy)|fight back against",
        # elderly or disabled adults and money or care
        r"(?:borrowing|borrows|borrowed|taking|takes|took|stealing|steals|stole) (?:\w+ )?"
        r"(?:money|cash|pension) (?:off|from) (?:him|her|them)|signed (?:her|his|their) "
        r"(?:\w+ )?(?:over|away)|hasn't been seen|not been seen",
        # a cover story ordered, a tooth knocked out: "mum says i have to say i fell off my bike" (who did it names the subtype)
        r"(?:have to|got to|gotta|told (?:me|him|her|us) to|says? (?:i|we) (?:have|need|got) to) say (?:i|he|she|we) (?:fell|walked into|"
        r"tripped|slipped|banged)\b|(?:knocked|punched|kicked|smashed) (?:my|his|her) (?:front |back |two |bottom |top )?(?:tooth|teeth) "
        r"out\b|if (?:he|she|they|anyone|anybody) asks?,? (?:i|she|he|we) (?:fell|walked into|tripped|slipped|banged)\b",
        # harm suffered, told in the passive (not a hazard foreseen: "someone's gonna get burnt in there")
        r"(?<!someone.s\sgonna\s)(?<!somebody.s\sgonna\s)(?<!someone.s\sgoing\sto\s)(?<!someone\swill\s)(?<!someone\scould\s)"
        r"(?<!someone.ll\s)(?<!somebody\swill\s)(?<!somebody\scould\s)(?<!somebody.ll\s)(?<!someone\smight\s)(?<!kids\scould\s)"
        r"(?:got|gets|been|was|were|being|getting|get) (?:\w+ )?(?:pushed|kicked|punched|hit|"
        r"slapped|beaten|attacked|assaulted|jumped|spat on|tripped|strangled|choked|bitten|"
        r"burnt|burned|stabbed|groped|touched|threatened|followed|cornered|dragged|thrown)"
        r"(?! (?:out|off|for time|to the limit|into|on (?:us|me|them|everyone|people)|back|forward|through|"
        r"in the (?:final|match|game|semi|quiz|race)|"
        r"with a|by (?:a|the|their|our|his|her|next door's) (?:\w+ )?(?:dog|dogs|cat|bee|bees|cow|cows|bull|calf|heifer|sheep|ram|goat|pony|"
        r"donkey|tractor|"
        r"wasp|wasps|swan|seagull|goose|horse|ball|car|bike)))",
        r"(?:calls?|called|calling) (?:him|her|them|me|my \w+) (?:a )?(?:little |stupid |"
        r"fat |ugly |useless )?(?:rat|worthless|useless|stupid|scum|waste of space|mistake|"
        r"animal|freak|pig|idiot|cow|bitch|bastard|retard)",
        r"(?:hands?|arms?|fingers) (?:round|around|on) (?:my|her|his|their) (?:neck|throat)|"
        r"(?:grabbed|held|had|got) (?:me|her|him|them) by the (?:neck|throat|hair)|"
        r"(?:strangled|choked|strangling|choking) (?:me|her|him|them)",
        r"(?:story|explanation|excuse|account) (?:\w+ )?(?:didn't|doesn't|don't|does not|did not) "
        r"(?:add up|make sense|match)|unexplained (?:injur\w+|bruis\w+|marks|burns)|(?:teeth|tooth) "
        r"(?:\w+ )?(?:knocked out|broken|smashed)",
        r"(?:makes?|made|making|forces?|forced) (?:him|her|me|them|us) (?:to )?(?:sleep|stay|live|"
        r"eat|sit|wait) (?:in|on|outside|out in) (?:the |a )?(?:shed|garden|garage|floor|car|"
        r"cellar|cupboard|cold|dark|street|hallway|bathroom)",
        r"(?:not|never|don't|mustn't) to tell (?:my|his|her|their|your) (?:parents|mum|dad|"
        r"family|teacher)|(?:asking|asks|asked|wants|wanted) (?:me|her|him) to meet (?:him|her|"
        r"up)|(?:pictures|photos|pics|videos) of (?:his|her|their) (?:bits|privates|private "
        r"parts|willy|penis|dick|body)|dick pics?",
        r"(?:giving|gave|given|gives|sent|sending|sends|transferred|lent|lending) (?:\w+ ){0,2}"
        r"(?:money|cash|thousands|savings|\w+ thousand|\w+ hundred|\w+ grand) to (?:a man|a "
        r"woman|someone|somebody|a guy|this man|this woman) (?:\w+ ){0,2}(?:met|on|online|who)|"
        r"(?:sent|given|transferred|lent) (?:him|her|them) (?:over )?(?:\w+ )?(?:thousand|"
        r"thousands|grand|hundreds)",
        r"(?:begging|asking|looking|searching|scavenging|stealing) (?:\w+ )?for food|(?:haven't|"
        r"hasn't|not|never) had (?:any )?(?:tea|dinner|breakfast|lunch|food|anything to eat)|"
        r"(?:mum|dad|mother|father|parents?)(?:'s| has| have)? (?:not|never|hasn't|haven't) "
        r"(?:come|been) (?:home|back)",
        r"(?:locks?|locked|locking|shuts?|shut) (?:\w+ ){0,2}(?:him|her|them|me|my \w+) "
        r"(?:in (?:the|a|his|her|their) (?:\w+ )?(?:room|cupboard|shed|cellar|garage|bathroom)|out "
        r"(?:all night|in the cold|of the house))",
        r"(?:send|sending|take|taking|sent) (?:me|her|him|them) (?:back )?to \w+ to (?:marry|get "
        r"married|be married)|marry (?:my|his|her|their) cousin|married off",
        r"(?:pay|paying|pays) (?:the |my |her |his )?(?:rent|debt|it off|bills) (?:by|with) "
        r"(?:sleeping|sex|sexual|favours|doing)|sex for rent|rent for sex",
        r"(?:watches|watching|watched|films|filming|filmed|spies on|spying on) (?:her|him|them|"
        r"me) (?:in the (?:shower|bath|toilet|bathroom)|(?:getting )?(?:changed|undressed|"
        r"changing)|undress|when (?:she's|he's|i'm) (?:changing|in the (?:shower|bath)))|"
        r"(?:offered|offers|offering) (?:her|him|them|me) (?:money|cash|sweets|vapes|cigarettes|"
        r"drugs|a lift|lifts) (?:to|if)",
        r"(?:kicked|thrown|threw|chucked|throws|kicks) (?:him|her|them|me) out(?! of (?:the|a|"
        r"his|her) (?:class|club|team|game|lesson|shop|match|room))|(?:sleeping|sleeps|sat|"
        r"sitting|parked|waits|waiting) (?:\w+ ){0,3}outside (?:her|my|his|their) (?:house|flat|"
        r"home|work|school) (?:\w+ ){0,4}(?:watching|all night|for hours|every night)|"
        r"(?:watching|watches) (?:her|me|him|them|the house|my house|her flat|my flat)",
        # injuries described on a person
        r"(?:marks|bruises|bruising|burns|welts|scratches|cuts|black eye|fingermarks) (?:\w+ )?"
        r"(?:on|round|around|all over|across|up|down) (?:both )?(?:his|her|their|my) (?:\w+ )?"
        r"(?:neck|face|arms?|legs?|back|body|throat|wrists?|chest|bottom|bum|tummy|ears?|head|"
        r"eyes?|cheeks?|thighs?|hands?|feet|fingers?)|(?:a |another )?black eye|(?:grip|finger|"
        r"belt|hand|slap|strap|bite|cigarette)[- ]?(?:mark|marks|shaped)? (?:bruises|marks|"
        r"burns)|(?:burn|belt|bite) marks|cigarette burns",
        # injuries that keep appearing: "she came in with bruises again"
        r"(?:comes?|came|coming|turned up|turns up|turning up|arrived|arrives|shows up|showed up|"
        r"been coming) (?:in |back |(?:into|to|at) (?:\w+ ){1,2})?with (?:more |new |"
        r"fresh |a )?(?:bruises|bruising|marks|burns|a black eye|black eyes|cuts|welts) (?:again|"
        r"every|most|all the time|more and more|a lot|loads)",
        # control of money and contact: "he checks everything i spend", "last time he smashed my phone"
        r"(?:he|she) (?:checks|monitors|goes through|tracks|watches) (?:everything (?:i|she|he) (?:spend|spends|buy|"
        r"buys)|(?:my|her) (?:spending|bank (?:app|account|statements?)|receipts))|(?:he|she) (?:smashed|smashes|"
        r"broke|breaks|snapped|threw|throws) (?:my|her) (?:phone|mobile|laptop|glasses)(?= |,|\.|$)",
        # a child alone with an adult, being photographed or made to undress
        r"(?:took|takes|taking|take|taken) (?:photos|pictures|pics|videos|a video) of (?:him|her|them|my \w+) "
        r"(?:\w+ ){0,4}(?:on (?:his|her) (?:own )?phone|getting changed|changing|in the (?:office|changing room|shower|"
        r"toilets?)|naked|undressed|in (?:his|her|their) (?:pants|underwear))|(?:made|makes|making|told|tells) (?:him|her|"
        r"them) (?:to )?(?:get|getting) (?:changed|undressed) (?:\w+ ){0,4}(?:on (?:his|her|their) own|alone|in (?:the|"
        r"his|her) (?:office|car|room|house))",
        r"(?:dragged|pulled|grabbed|yanked|swung) (?:me|her|him|them) (?:\w+ ){0,5}by (?:my|her|his|their|the) hair",
        # a threat of violence, whatever the condition: "if i go without him he'll smash my face in"
        r"(?:he'll|she'll|they'll|he will|she will|they will|he would|she would|he'd|she'd) (?:\w+ ){0,2}(?:smash|kick|"
        r"punch|batter|knock|break|hit|slap|stab|kill|hurt|beat|strangle|burn) (?:my|your|her|his|their) (?:face|head|"
        r"teeth|legs?|arms?|neck|fingers?|jaw|nose)(?: in)?",
        # silence bought with a threat: "if i tell anyone about the photos he'll fail me"
        r"if (?:i|she|he|you|we) (?:tell|told|say anything to|tells) (?:anyone|anybody|my (?:mum|mam|dad|parents)|"
        r"the teachers?|the police|a teacher|your (?:mum|dad|parents))(?: \w+){0,4} (?:he'll|she'll|they'll|he will|"
        r"she will|they will|he would|she would|he'd|she'd|i'll get|i'd get|he's going to|she's going to)",
        # a cover story or secrecy demanded
        r"(?:told|tells|telling|made) (?:him|her|them|me) (?:to )?(?:say|tell (?:people|them|"
        r"everyone|the teachers?)) (?:that )?(?:he|she|they|i) (?:fell|walked into|tripped|"
        r"banged|did it)|keep (?:their|it|our|the|these) (?:\w+ )?(?:private|secret|between "
        r"(?:us|them|you and me))",
        # threats of violence in the caller's hearing
        r"or (?:i'll|he'll|she'll|they'll|i will|he will|she will) (?:\w+ )?(?:kill|hurt|"
        r"batter|smack|stab|beat|burn|break) (?:you|him|her|them|your|his|her)",
        r"(?:screams?|screaming|shouts?|shouting|yells?|yelling|swears?|swearing) at "
        r"(?:us|me|him|her|them|the (?:kids|children|baby)) (?:all the time|every day|"
        r"constantly|and|when|if)",
        # being made to do things
        r"(?<!don.t\s)(?<!will\sthey\s)(?<!would\sthey\s)(?<!do\sthey\s)(?<!can\sthey\s)(?<!could\sthey\s)(?<!does\sit\s)"
        r"(?:makes?|made|making|forces?|forced) (?:her|him|me|them|us) (?:do|watch|touch|"
        # "made me take it off in the chair" is a bracelet or a coat, not a secret
        r"take|wear|keep) (?:\w+ )?(?:things|stuff|it(?! (?:off|out|away|back|home|down)\b)|videos|pictures|photos|secret)",
        r"(?:taking|took|takes|filming|filmed|films) (?:photos|pictures|pics|videos|footage) "
        r"of (?:the )?(?:kids|children|girls|boys|pupils|my \w+|her|him) (?:in|while|when|"
        r"getting|undress|changing|through)",
        # unmet basic needs
        r"(?:in|with) (?:t-?shirts?|no coats?|no shoes|bare feet|shorts) (?:\w+ ){0,2}(?:in the "
        r"(?:snow|rain|cold|ice)|in winter)|(?:looks?|looking|is|are|seems?) (?:really |very |so )?"
        r"(?:underweight|malnourished|skin and bone)",
        r"(?:leaves?|left|leaving) (?:him|her|them) to (?:look after|mind|care for|feed|watch) "
        r"(?:the|his|her|their) (?:\w+ )?(?:baby|brother|sister|siblings|kids|little ones)|"
        r"(?:nobody|no one|nobody's|no one's) (?:has )?(?:put|done|taken|looked|bothered|"
        r"cleaned|treated)|no bed|sleeps? on the floor",
        # control by a partner or family
        # an order held is paperwork (solicitors serve them, parents file them); breaking one is harm going on
        r"(?:broke|broken|breached|breaching|breaking|breaks|ignor(?:es|ed|ing)) (?:his|her|their|the|my|a) "
        r"non-? ?molestation order|(?<!office\s)(?:hidden|hid|hides|keeps|kept|taken away|won't give "
        r"(?:me|her|him) back) (?:my|her|his) (?:passport|bank cards?|cards|keys|car keys|phone|id)|(?:can't|cannot|not allowed "
        r"to) go (?:anywhere|out) without (?:him|her)",
        # exploitation markers
        r"picked up by (?:\w+ )?(?:men|a man|lads|older|guys|strangers)|pimp\w*|"
        r"(?:drive|driving|take|taking|carry|carrying|drop|dropping) (?:\w+ )?(?:stuff|things|"
        r"packages|parcels|bags) (?:up |down |over )?to (?:\w+ ){1,2}for (?:cash|money)|"
        r"(?:using|use|uses|used|taken over|took over) (?:\w+ )?(?:\w+'s )?(?:flat|house|home|"
        r"place) (?:to|for) (?:deal|dealing|sell|selling|store|storing|drugs)",
        # harassment and scams
        r"(?:messages|texts|comments|posts|voice notes) (?:saying|calling|telling)|"
        r"comment\w* on (?:my|her|his) (?:body|looks|weight|chest|boobs|bum|figure)|"
        r"(?:touched|touches|touching|groped|gropes|groping|felt|feels|rubbed|rubs) (?:him|her|"
        r"them|me|my \w+|the (?:girls|boys|kids|children)) (?:under|up|on (?:his|her|my|the) "
        r"(?:leg|legs|thigh|thighs|bum|bottom|chest|knee)|between|when|in|at)|"
        r"forced (?:himself|herself) on (?:her|him|me)|(?:had sex with|slept with|did stuff to|did things to) (?:me|her|him)"
        r"(?:\W+\w+){0,6}\W+(?:i|she|he) (?:never|didn't|did not|wasn't able to|couldn't) (?:agree|agreed|consent|consented|"
        r"say yes|said yes|say no)|woke up (?:\w+ ){0,6}(?:had sex with|with no clothes on|undressed|with (?:her|my|his) "
        r"clothes off)|took advantage of (?:her|him|me) (?:when|"
        r"while)|(?:spiked|spiking) (?:her|my|his) drink|(?<!registered\s)(?<!enrolled\s)(?<!scanned\s)(?<!stored\s)(?<!added\s)(?<!shared\s)(?<!used\s)(?<!taken\s)(?<!recorded\s)(?<!library\s)(?<!school\s)(?<!scanner\s)(?<!system\s)(?<!college\s)(?<!gym\s)(?<!centre\s)(?<!online\s)(?<!fingerprint\s)(?<!fingerprints\s)(?<!thumbprint\s)(?<!data\s)(?<!details\s)(?<!information\s)(?<!iris\s)(?<!year\s)(?<!week\s)(?<!month\s)(?<!term\s)(?<!it\s)(?<!them\s)without (?:her|my|his) consent|(?:didn't|"
        r"wouldn't) stop when (?:i|she|he) said no|(?:makes?|made|making) (?:her|him) sit on "
        r"(?:his|her) (?:knee|lap)|kiss(?:es|ed|ing)? (?:her|him|me) on the (?:lips|mouth)|"
        r"(?:cameras?|hidden camera|filming|filmed) in (?:the|her|my|our|his) (?:bathroom|bedroom|"
        r"shower|toilet|changing rooms?)|(?:putting|puts|put) (?:her|him|me) down in front of|"
        r"humiliat(?:es|ed|ing) (?:her|him|me)|(?:started|starting|keeps) wetting the bed|"
        r"(?:keeps?|kept|keeps on|always|constantly) (?:mocking|mimicking|imitating|taking the mick out of|taking the "
        r"piss out of|doing impressions of) (?:me|him|her|them|my \w+|his \w+|her \w+|their \w+)|"
        r"(?:exposing|exposed|exposes) (?:himself|herself)|flashing (?:at )?(?:the )?(?:kids|"
        r"children|girls|women|people)|(?:sharing|shared|posting|posted|sending|sent) (?:a |the )?"
        r"(?:picture|photo|pic|video|pictures|photos|pics|videos) of (?:her|him|me|my \w+) (?:in "
        r"(?:her|his|my) (?:bra|underwear|pants|knickers|bikini)|naked|undressed|getting changed)|"
        r"(?:calling|call|calls|called) (?:him|her|me|them|my \w+|his \w+|her \w+) (?:a )?(?:gay|fat|ugly|slag|"
        r"slut|loser|freak|paki|terrorist|retard|\w+ (?:cow|bitch|bastard))|threatening "
        r"(?:letters|messages|notes|calls|texts|emails)",
        r"(?:holds?|held|holding|pushes|pushed|pushing|puts?|putting|shoves|shoved) (?:his|her|their|my) "
        r"head (?:under|in) (?:the )?(?:bath|bath water|water|sink|toilet|pool)",
        r"(?:emptying|emptied|draining|drained|cleared out|clearing out|raiding|raided) (?:his|her|"
        r"their) (?:bank )?(?:account|accounts|savings)",
        r"(?:giving|gave|given|gives|handed) (?:over )?(?:his|her|their) (?:bank details|pin|"
        r"card details|savings|pension|password) to",
        # someone forcing their way in (not a caller trying to get in to a car park at eight)
        r"(?:he|she|they|someone|somebody|a man|a woman|a lad|some lads|my ex|his ex|her ex|"
        r"(?:my|her|his|our) \w+)(?:'s|'re| is| are| was| were| keeps| kept)? (?:\w+ ){0,5}(?:trying to|tried to|"
        r"attempting to) (?:get|break|force (?:his|her|their) way) (?:in|into)|"
        r"(?:trying to|tried to|attempting to) (?:break|force (?:his|her|their) way) (?:in|into)|(?:isn't|is not|not|stopped|can't|cannot|struggling) breathing|collapsed",
    ), guards=(*_FRAMING, "institution")),
    # control through what someone needs: "he takes my walking frame away when i upset him"; "threatening to out me at
    # work"; "he's taken out loans in my name"
    rules("safeguarding", GENERIC, 0.8, (
        r"(?:takes|took|taken|taking|hides|hid|hidden|hiding|locks|locked) (?:away )?(?:my|her|his|mum's|dad's|nan's) (?:walking "
        r"frame|walking stick|stick|frame|zimmer|wheelchair|hearing aids?|mobility scooter|pendant alarm|pendant|commode|tablets|dentures|"
        r"glasses|teeth|"
        r"medication|meds)(?: away)?(?: again)? (?:when|if|whenever|every time|so (?:i|she|he) (?:can't|cannot|couldn't)|as (?:a )?punishment|"
        r"to punish)\b",
        r"threaten\w* to out (?:me|him|her|them)\b",
        # "he's stopped letting us see her ... her savings are all gone"; "put a cigarette out on his arm"; "little round burns on
        # the soles of his feet"; "the night staff lock one of the residents in his room"; "extra lorazepam to keep them quiet"
        r"(?:stopped|stopping|won't|doesn't|not) (?:letting|let) (?:us|me|anyone|the family) (?:see|visit|speak to|talk to|ring|phone) "
        r"(?:her|him|them|mum|mam|dad|nan|gran)\b|(?:her|his|their|mum's|mam's|dad's|nan's|gran's) (?:savings|pension|money|bank account) "
        r"(?:is |are |has |have |'s |'ve )?(?:all )?(?:gone|disappeared|vanished|been emptied|been cleared out|been drained)\b",
        r"(?:put|putting|puts|stubbed|stubbing) (?:a |his |her |their )?(?:cigarette|fag|cig|lighter|spliff) out on (?:his|her|my|their|the "
        r"baby's|the child's) (?:arm|arms|hand|hands|leg|legs|back|skin|face|neck|chest|feet|foot)\b|(?:little |small )?(?:round|"
        r"circular) burns?\b|burns? on the soles of (?:his|her|their) feet",
        r"(?:lock|locks|locked|locking) (?:one of the residents|one of the patients|(?:him|her|them)|(?:the |a )?residents?|(?:the |a )?"
        r"patients?)(?: \w+){0,4} in (?:his|her|their|the|a) (?:room|bedroom|back bedroom|flat)\b",
        r"(?:giving|give|gave|given|gives) (?:the )?(?:residents|patients|him|her|them|mum|mam|dad|nan) (?:extra |more |too much )?"
        r"(?:\w+ )?(?:lorazepam|diazepam|sedatives?|sleeping tablets|tablets|medication|meds|risperidone|haloperidol|promethazine|"
        r"zopiclone|oramorph|morphine) to (?:keep|make|get) (?:them|him|her) (?:quiet|calm|asleep|sleep|docile|down|settled)\b",
        # "he's the one that, um, did this to my jaw"
        r"(?:the one (?:that|who)|he|she)(?:\W+\w+){0,2}?\W+did (?:this|that) to (?:my|me|her|his) (?:jaw|face|eye|arm|nose|ribs|teeth|"
        r"mouth|head|neck|back|leg|wrist)\b",
        # "the lad who does her shopping has got her bank card and pin"
        r"(?:has got|'s got|got|has|took|taken|kept|keeps|holds?) (?:her|his|their|mum's|mam's|dad's|nan's) (?:bank card|debit card|"
        r"cash card|card) and (?:her |his |their )?(?:pin|pin number)\b",
        # "one of our two year olds has come in with an adult bite mark on her back"
        r"(?:an )?adult bite marks?|bite marks? (?:on|all over) (?:her|his|their) (?:back|arms?|legs?|body|bum|bottom|tummy|chest|neck|face)\b",
        r"(?:taken|took|taking|take|takes) out (?:\w+ ){0,2}(?:loans?|credit cards?|debts?|finance|catalogues?|overdrafts?) in "
        r"(?:my|her|his|our) names?\b",
    ), guards=_FRAMING),
)
