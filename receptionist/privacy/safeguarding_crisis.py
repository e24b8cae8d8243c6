"""Safeguarding rules for acute risk to life: self-harm and suicide, and immediate danger.

Self-harm covers intent, means not yet used ("i've got the tablets here"), goodbyes and
hopelessness. Immediate danger (R2) is harm happening now or within minutes: an overdose
already taken, someone at a height, a weapon on site, a child missing now, an attacker at the
door; it scores highest so it always takes precedence. Peers urging suicide and partners
threatening it to control are scored above self-harm so the right subtype wins.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import rules
from receptionist.privacy.safeguarding_means import MEDS as _MEDS
from receptionist.privacy.safeguarding_means import SELF_INFLICTED_NOW

_FRAMING: Final = ("fiction", "hypothetical", "jest")
_SPECIFIC_TOP: Final = 0.96

_SELF = r"(?:myself|herself|himself|themselves|themself|yourself)"
_POSS = r"(?:my|his|her|their|your)"
# Someone other than the caller, just before what they did to the caller.
_OTHERS = ("he", "she", "they", "boyfriend", "girlfriend", "dad", "mum", "mam", "stepdad", "stepmum", "brother", "sister",
           "husband", "wife", "partner", "uncle", "fella", "ex")

SELF_HARM: Final = (
    # a partner threatening suicide to control, or peers urging it, is not self-harm
    rules("safeguarding", "domestic_abuse", _SPECIFIC_TOP, (
        r"{PARTNER}(?:'s)? (?:\w+ ){0,3}(?:said|says|keeps saying|threatens|threatened|texted|"
        r"told me) (?:\w+ ){0,4}(?:kill|hurt|harm|take|overdose|jump|cut|end)\w* (?:\w+ ){0,5}if "
        r"(?:i|we) (?:don't|do not|leave|go|won't|didn't|stop|see|tell|break|finish|answer)",
        r"(?:he'll|she'll|he will|she will|says (?:he|she)'ll|threatens to|threatened to) (?:kill|"
        r"hurt|harm) (?:himself|herself) if (?:i|we) (?:leave|go out|see|break up|end it|don't|"
        r"talk|finish)",
        r"if (?:i|she|he) (?:ever )?(?:leave|leaves|left|go|goes|split up with|finish with) "
        r"(?:(?:him|her) )?(?:(?:he'll|she'll|he will|she will|he'd|she'd|he says he'll|she says "
        r"she'll) )?(?:\w+ ){0,2}(?:kill|hurt|harm) (?:himself|herself)",
    ), guards=_FRAMING),
    rules("safeguarding", "radicalisation", _SPECIFIC_TOP, (
        r"(?:die|dying|died|kill|fight) (?:\w+ )?for (?:the cause|allah|god|islam|the ummah|the "
        r"race|the caliphate|the faith|the jihad)|(?:become|be) a (?:martyr|shaheed|soldier of)",
    ), guards=_FRAMING),
    rules("safeguarding", "bullying_harassment", _SPECIFIC_TOP, (
        r"(?:telling|told|tells|tell|saying|said|messaging|messaged) (?:\w+ )?(?:her|him|me|"
        r"them|my \w+) (?:to|she should|he should|i should|they should) (?:go )?(?:kill|hang|"
        r"cut) (?:herself|himself|myself|themselves)|go (?:and )?die|\bkys\b",
    ), guards=_FRAMING),
    # an overdose in the past ("after i took an overdose last month") is self-harm; one taken
    # now is immediate danger, whose rules score higher
    rules("safeguarding", "self_harm_suicide", 0.88, (
        r"(?:i|he|she|they|we|(?:my|our|his|her|their) \w+)(?:'ve|'s| have| has)? (?:took|taken|had|done) (?:an|another|a) "
        r"(?:overdose|od)\b|(?:i|he|she|they)(?:'ve|'s| have| has)? overdosed\b",
    ), guards=_FRAMING),
    rules("safeguarding", "self_harm_suicide", 0.95, (
        rf"(?:kill|killing|killed|kills|hurt|hurting|hurts|harm|harming|harmed|cut|cutting|cuts|"
        rf"burn|burning|burnt|burned|starve|starving|starved|hang|hanging|hanged|punish|punishing|"
        rf"strangle|strangling|drown|drowning|poison|poisoning|overdose) {_SELF}",
    ), guards=(*_FRAMING, "accident")),
    rules("safeguarding", "self_harm_suicide", 0.95, (
        # fresh scars and "i still do it when things get bad"
        r"(?:scars?|cuts|marks|burns) on (?:my|her|his|their) (?:wrists?|arms?|forearms?|thighs?|legs?|stomach)(?:\W+\w+){0,12}?"
        r"\W+(?:(?:i|she|he|they) still do (?:it|them)|only from last (?:week|night)|from last (?:week|night)|still fresh|new ones?)\b",
        r"self[- ]?harm\w*|suicid\w*|take (?:my|his|her|their) own life|"
        # (someone who "took his own life" has died: the call is a bereavement, "tried to take" is the attempt)
        r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life|(?:ended|took) my (?:own )?life",
        r"end(?:ing)? it all|end(?:ing)? it (?:now|tonight|today|soon)|finish(?:ing)? it all",
        r"(?:want|wanna|wants|wanting|going|gonna|thinking about|thought about|thinks about|think "
        r"about) (?:to )?(?:die|dying|be dead|not be here|not being here|disappear forever)",
        r"(?:don't|doesn't|didn't) (?:really |even |honestly |just |actually )?(?:want|wanna) "
        r"(?:to )?(?:be here|be alive|live|exist|wake up|"
        r"go on|carry on)(?: any ?more)?",
        r"(?:don't|doesn't|can't|cannot|didn't) (?:really |even |honestly )?see (?:much |any |the |a lot of )?(?:point|reason) "
        r"(?:in |of )?(?:going on|carrying on|living|being here|being alive|it all|anything|getting up|trying)",
        r"(?:i'd|he'd|she'd|they'd|i would|he would|she would|we'd) (?:all )?be better off out of it",
        r"(?:don't know if|not sure if|doubt|wonder if) (?:i'll|i will|he'll|she'll|he will|she will) (?:still )?be (?:here|"
        r"around|alive)",
        r"my (?:arms?|legs?|wrists?|thighs?|stomach|tummy) (?:are|is|'s|were|was) (?:all )?(?:cut up|cut|slashed|scratched|"
        r"burnt|covered in (?:cuts|burns|scratches))\b",
        r"(?:not sure|don't know if|don't think) (?:i|he|she) (?:want|wants|wanna|really want) (?:to )?(?:be here|be around|"
        r"go on|carry on|live)(?: much longer| any ?more| any longer)?",
        r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|keeping|kept|putting|put) (?:them|it|those|these|my \w+) "
        r"(?:up |by |aside )?(?:in|under|at the back of) (?:a|the|my|his|her) (?:drawer|box|bag|cupboard|wardrobe|bedside)",
        r"(?:made up (?:my|his|her) mind|decided|i've decided|he's decided|she's decided|my mind's made up) (?:\w+ ){0,2}(?:to )?"
        r"(?:end|ending) (?:things|it all|everything|my life|his life|her life|it)\b(?! (?:with|between|off))",
        r"(?:does|did|doing|do) (?:it|them|that|this) (?:to )?(?:herself|himself|myself|themselves) (?:with|using) (?:a |the |her |"
        r"his |my |their )?(?:lighter|blade|razor|compass|knife|scissors|sharpener|glass|lighters|matches|cigarette|"
        r"cigarettes|pin|needle)",
        r"(?:don't|do not|doesn't|not|no) (?:plan|planning|intend|intending|expect|expecting|plans) (?:on |to )?(?:be|being) "
        r"(?:here|around|alive)",
        r"(?:asked|asking|asks|ask|wanted to know|wants to know) (?:me |us |her |him )?(?:\w+ ){0,2}where (?:the|his|her|"
        r"my|our) (?:rope|tablets|pills|gun|shotgun|blades|razors)",
        r"(?:no|any) (?:point|reason) (?:in |of )?(?:me |him |her |them |my |his |her )?"
        r"(?:being here|being alive|living|going on|carrying on|to live|to go on|to carry on|"
        r"to be here|life)",
        r"better off (?:dead|without (?:me|him|her|them|us))|(?:goodnight|good night|goodbye) forever\b|(?:so|and) (?:i|she|he) can "
        r"(?:just )?slip away\b|(?:stopped|stopping|not taking|stopped taking) (?:her|his|my) (?:insulin|meds|medication|tablets) on "
        r"purpose\b|(?:would|'d|wouldn't|won't) (?:even )?"
        r"(?:miss|notice)(?: (?:me|him|her))? if (?:i|he|she) (?:was|were|wasn't|weren't|died|went|"
        r"disappeared)",
        r"(?:tried|try|trying|attempted|attempting|wanted|want|wants|going|gonna|thinking about|thought about|planning|"
        r"plan|planned|decided|"
        r"think about|been thinking about) (?:to )?end(?:ing)? it(?= |,|\.|$)(?! (?:with|between|off|early|now "
        r"with|all (?:with|between)))",
        r"(?:think|thinking|thought|thinks|keep thinking|kept thinking) (?:about|of) (?:just )?(?:jumping|throwing "
        r"(?:myself|himself|herself)|stepping (?:out )?in front|walking (?:out )?in front|walking into the (?:sea|"
        r"river|canal)|driving (?:into|off)|crashing the car|hanging (?:myself|himself|herself)|"
        r"not waking up)",
        # marks made on purpose: "burns on her wrist from a lighter", "she does it to feel something"
        r"(?:burns|cuts|marks|scars|scratches) on (?:my|his|her|their) (?:own )?(?:wrists?|arms?|thighs?|legs?|"
        r"stomach|tummy|hips?|hands?) (?:\w+ ){0,3}(?:from|with) (?:a |the )?(?:lighter|blade|razor|compass|"
        r"sharpener|knife|match|cigarette|scissors)|(?:does|do|did|doing) it to (?:feel something|feel anything|"
        r"cope|punish (?:myself|herself|himself)|get (?:the|some) relief|feel (?:better|in control))",
        r"(?:before|when|after|so) i (?:do it|go through with it|end it) (?:tonight|today|this weekend|later|tomorrow)",
        r"how many (?:of )?(?:\w+ ){0,2}(?:paracetamol|pills|tablets|sleeping pills|co-?codamol|ibuprofen|aspirin|tramadol|"
        r"codeine|sertraline|diazepam|insulin|meds|capsules) (?:(?:is|are|would be|before) (?:too many|a lethal|lethal|"
        r"fatal|enough|an overdose)|(?:would it|does it|would you need to|do you need to|it'd|it would|it will|it'll) take|would (?:kill|finish))|(?:three|two|four|five|\d+|some|all the|all my|the) (?:boxes|packets|"
        r"strips|bottles|tubs) (?:\w+ ){0,3}(?:out|lined up|ready|laid out|counted out) on the (?:table|bed|side|counter|"
        r"floor)|(?:i've|i have|she's|he's|she has|he has) (?:already )?written (?:the|my|her|his) (?:letters|notes|"
        r"goodbyes?)(?= |,|\.|$)|(?:i've|i have) (?:already )?written (?:them|the kids|the boys|the girls|everyone|each of "
        r"them) (?:each |all )?(?:a )?(?:letter|letters|note|notes)(?= ?(?:,|\.|$|and|so|for (?:when|after)|to read|in case))",
        r"(?:burns?|burning|burnt|burned|cuts?|cutting|scratch(?:es|ing)?|hurts?|hurting|hits?|hitting|bites?|biting) "
        r"(?:myself|herself|himself|themselves|themself) (?:with (?:a |the |my |her |his |their )?(?:lighter|"
        r"cigarettes?|matches|hair straighteners|straighteners|blade|razor|compass|sharpener|scissors|"
        r"knife|glass|pins?|needles?)|when (?:things|it|stuff|life|i|she|he|they) (?:get|gets|got|is|are|feel|feels) "
        r"(?:bad|too much|hard|overwhelming|really bad|a lot))",
        r"(?:did|done|doing|do) it again (?:\w+ ){0,2}with (?:a |the |my )?(?:razor|blade|compass|sharpener|knife|"
        r"lighter|scissors)",
        r"(?:i'd|he'd|she'd|i would|he would|she would) (?:rather|sooner) be dead",
        r"(?:scratch\w*|cut\w*|pick\w*|burn\w*|carv\w*) (?:myself|herself|himself|themselves|my \w+|her \w+|his \w+)"
        r"(?: \w+){0,5} (?:till|until) (?:it|i|she|he|they) (?:bleeds?|bled|bleed)|(?:scratching|scratched|cutting|cut|"
        r"carving|carved) (?:myself|herself|himself|themselves) with a (?:compass|blade|razor|sharpener|knife|pin|needle|"
        r"scissors|glass)",
        r"(?:drive|driving|drove|crash|crashing) (?:it|the car|my car|myself|the van) (?:off|into) (?:the top of )?(?:a|the) "
        r"(?:\w+ )?(?:multi ?storey|cliff|bridge|quarry|wall|tree|river|lorry|reservoir|sea|car park)",
        # a life being wound up: not planning to be around, letters left for the family
        r"(?:i'm|i am|he's|she's) not (?:gonna|going to) be (?:around|here) (?:much longer|for long|any ?more|after)|"
        r"(?:not planning on|not planning to|don't plan on|don't plan to) (?:still )?be(?:ing)? (?:here|around)"
        r"(?= (?:after|by|past|beyond|much longer|any ?more|anyway|to see)\b|,|\.|$)|(?:don't think|doubt) "
        r"(?:i'll|i will|he'll|she'll) (?:still be (?:here|around)|be (?:here|around) (?:much longer|any ?more|"
        r"anyway|by then|to see))",
        r"(?:written|wrote|writing|left|leaving) (?:goodbye |farewell )?(?:letters|notes|a goodbye "
        r"(?:letter|note)|goodbye (?:letters?|notes?)) (?:to|for) (?:my|his|her|their|the) (?:\w+ )?"
        r"(?:kids|children|family|mum|mam|dad|parents|wife|husband|partner|son|daughter|sister|"
        r"brother|girlfriend|boyfriend|boys|girls|nan|friends)(?= |,|\.|$)",
        r"(?:i'll|i will|i might|i could|i'm gonna|i'm going to|gonna|going to|thinking (?:i'll|of|about)) (?:just )?"
        r"(?:take|taking|swallow|swallowing|neck|necking|down|downing) (?:the lot|them all|all of them|the whole "
        r"(?:lot|box|packet|tub))(?= tonight| today| now| and| when|,|\.|$)",
        r"(?:" + _MEDS + r"|[a-z]+(?:ine|pam|lam|olol|azole|oxetine|apine|amol|odone|adol)) (?:\w+ )?(?:saved|stashed|"
        r"hoarded|stockpiled|hidden) (?:up|away)",
        r"(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting up|collected up|stashing|"
        r"stashed) (?:up )?(?:all )?(?:of )?(?:my|his|her|their|the) (?:\w+ )?(?:" + _MEDS + r"|[a-z]+(?:ine|pam|lam|"
        r"olol|azole|oxetine|ipramine|apine|amol|odone|adol|ide|one))\b(?: (?:up|for (?:it|that|when|"
        r"tonight|the weekend)))?",
        # not "i can't go on the residential" or "can't carry on with the course"
        r"can't (?:go on|cope any ?more|do this any ?more|take (?:it|this|any) (?:any ?more|"
        r"much longer)|carry on|keep going)(?! (?:the|a|an|my|his|her|their|this|that|with|"
        r"working|paying|doing|at|to|holiday|trips?|residential|camp|placement|course|\w+ (?:trip|"
        r"holiday|visit))\b)",
        r"won't (?:need|be needing) (?:anything|it|them|this|that|any of (?:it|this|that)|my \w+) "
        r"any ?more|won't be (?:here|around) (?:much longer|for long|tomorrow|next week|"
        r"by then|any ?more|for (?:the end of (?:term|the year|the month)|christmas|(?:my|her|his) birthday))",
        # hurting themselves on purpose: head-banging till it bleeds, punching walls
        r"(?:bang|bangs|banging|banged|hit|hits|hitting|smash|smashing|smashes) (?:my|his|her|their) "
        r"(?:own )?head (?:on|against|off) (?:the )?(?:\w+ )?(?:wall|walls|floor|door|table)"
        r"(?: \w+){0,4} (?:till|until|so) (?:it|he|she|they|i) (?:bleeds?|bled|bleeding|bruises?|"
        r"bruised|hurts?)",
        # slang callers and their children use online
        r"kms|unaliv(?:e|ed|ing) (?:myself|himself|herself|themselves|themself)|(?:wants?|wanting|"
        r"talk\w* about|posting|posts|posted) (?:like |about )?(?:to )?(?:kms|unaliv\w*)|sewer ?slide",
        # a blade or other sharp thing used on the body
        r"(?:blade|blades|razor|razors|sharpener|compass|scissors|broken glass|a shard) (?:\w+ ){0,5}"
        r"(?:on|into|across|over|against) (?:my|his|her|their) (?:own )?(?:arms?|wrists?|legs?|"
        r"thighs?|stomach|skin|hips?)",
        # going to a height at night and standing at the edge
        r"(?:going|go|goes|went|been going) (?:up )?(?:to|on) (?:the )?(?:top of the )?(?:\w+ )?"
        r"(?:multi ?storey|car park|bridge|cliff|cliffs|roof|tower|flyover|viaduct)(?: \w+){0,7} "
        r"(?:and )?(?:stands?|standing|stood|sits?|sitting|sat|looks?|looking) (?:by|on|at|over|near) "
        r"the edge",
        # putting affairs in order: who will have the pets, letters to family, the will
        r"(?:sorted|sorting|sort|arranged|arranging|decided|deciding) (?:out )?who(?:'s| is| will|'ll)? "
        r"(?:gets|get|has|have|having|takes|take|taking|look after|looks after|looking after|keep|keeps) "
        r"(?:my|his|her|their) (?:dog|dogs|cat|cats|pets?|rabbit|kids|children|things|stuff|"
        r"belongings)|(?:sorting|sorted|put|putting|getting|got) (?:out )?(?:all )?(?:my|his|her|their) "
        r"affairs (?:in order|sorted|straight)|won't be (?:my|his|her|their) problem (?:after|for) "
        r"(?:this|next|much|long)|"
        r"(?:giving|gave|given|give) away (?:all )?(?:of )?(?:his|her|my|their) (?:\w+ )?"
        r"(?:stuff|things|belongings|possessions|clothes|games|cat|dog|pets?)|(?:giving|gave|"
        r"given) (?:all )?(?:his|her|my|their) (?:\w+ )?(?:stuff|things|belongings|possessions|"
        r"games|cat|dog|pets?) away",
        r"(?:wrote|written|writing|left|leaving|found) (?:a |her |his |my )?(?:suicide |goodbye )"
        r"(?:note|letter|message)",
        r"(?:slit|slitting|scratching|scratch|scratches|scratched|cutting|cuts on|cut|"
        r"carving|carved into) (?:the (?:tops?|insides?|backs?|fronts?) of )?(?:(?<!he\scut\s)(?<!she\scut\s)(?<!they\scut\s)"
        r"(?<!he\sscratched\s)(?<!she\sscratched\s)my|his|her|their) (?:own )?"
        r"(?:wrists?|arms?|legs?|thighs?|stomach|skin)",
        # "found cuts all up the tops of his legs", "there's scratches all over her arms"
        r"(?:found|noticed|seen|saw|spotted) (?:\w+ ){0,2}(?:cuts|scratches|slashes|scars|burns|nicks) (?:all |right )?(?:up|down|over|across|along|on) (?:the )?"
        r"(?:tops? of |insides? of |backs? of )?(?:his|her|my|their) (?:\w+ )?(?:wrists?|arms?|legs?|thighs?|stomach|"
        r"tummy|hips?)(?!,? (?:\w+ ){0,3}(?:after|from|off|when) (?:the |a |his |her |my |our |he |she )?(?:cat|cats|dog|"
        r"kitten|puppy|fell|fall|bike|brambles|rugby|football|trampoline|garden|playground|hamster|rabbit))",
        r"(?:stood|standing|stand|sat|sitting|climbed|climbing|gone|got) (?:on |over |to )?(?:the )?(?:wrong|other|outside|"
        r"far) side of the (?:railings?|barrier|fence|safety rail|rail)",
        r"(?:thinking|thought|think) (?:about|of) (?:just )?(?:walking|wading|jumping|stepping) (?:in|into (?:the|it)|off|"
        r"in front of)\b|"
        # "i punch the wall till my knuckles bleed"; "it makes the bad feelings stop"
        r"(?:punch|punches|punching|punched|hit|hits|hitting|bang|banging) (?:the |a )?walls? (?:till|until) (?:my|his|her) "
        r"(?:knuckles|hands|fists) (?:bleed|are bleeding|split|bled)|(?:makes|made|make) the (?:bad )?(?:feelings|thoughts|"
        r"pain|voices) (?:stop|go away|quieter)\b|"
        r"(?:i'll|i will|he'll|she'll) (?:no|not) (?:still )?be (?:here|around) (?:by|for|at|after|past|come) (?:christmas|easter|"
        r"the weekend|next \w+|then|the summer|my birthday|the new year|\w+day)\b",
        r"(?:go to sleep|sleep|fall asleep) and (?:no|not|never) (?:wake up|waking up)\b|(?<!rather\s)(?<!sooner\s)(?:pulling|pulled|pull) (?:my|me|his|"
        r"her) own (?:teeth|hair|nails) out\b(?!(?: \w+){0,3} than\b)",
        # "i've been going up to the bridge at night, just standing there looking over"; "nobody would miss me"
        r"(?:going|gone|been|go|went|driving|drove|walking|walked|cycling|heading) (?:up |down |out )?to the (?:\w+ )?(?:bridge|cliffs?|multi ?storey|viaduct|car park roof)"
        r"(?: \w+){0,4},? (?:and )?(?:just )?(?:standing|stood|sitting|sat|looking over|looking down|staring down)|(?:nobody|no one|"
        r"noone|no body)(?: would| will|'d|'ll)? (?:even )?miss me\b|(?:go|jump|walk) in(?:to)? the (?:river|sea|canal|water|{RIVER})"
        r"(?: \w+){0,4} (?:and )?(?:(?:finish|end) it|be done with it|be done|never come back|not come back)\b",
        # "i keep thinking what's the point" (not "what's the point of the form")
        r"(?:keep|keeps|kept|been) (?:thinking|asking (?:myself|himself|herself)|wondering|saying) what's the point(?! (?:of|in) "
        r"(?:the|this|that|a|an|my|your|his|her|it|them)\b)",
        r"(?:step|stepping|stepped) off (?:a |the |that )?(?:\w+ )?(?:bridge|roof|building|cliff|ledge|multi ?storey|"
        r"car park|flats|tower|balcony)",
        r"(?:jump|jumping|jumped|throw (?:myself|himself|herself)|throwing (?:myself|himself|"
        r"herself)) (?:off|from|in front of) (?:a |the |that )?(?:\w+ )?(?:bridge|roof|building|"
        r"cliff|train|bus|car|lorry|motorway|multi ?storey|car park|flats|tower|balcony|window)",
        r"(?:talking|talks|talked|going on|goes on|keeps saying|kept saying|said|says|posting|"
        r"posted|searching|searched|googling|googled|looking up|looked up) (?:about |for |up )?"
        r"(?:how to )?(?:dying|wanting to die|killing (?:myself|himself|herself|themselves)|"
        r"ending (?:it|it all|(?:his|her|my|their) life)|suicide|overdosing|hanging "
        r"(?:himself|herself|myself)|not being here|not wanting to be here|painless ways)",
        r"(?:step|stepping|walk|walking) in front of (?:a |the )?(?:train|tram|bus|car|lorry|traffic)",
        r"(?:got|have|has|'ve got|'s got|saved|saving|stockpiling|stockpiled|collecting|collected|"
        r"hoarding|hoarded|bought|buying|keeping) (?:up )?(?:all )?(?:the |some |a load of |loads of |"
        r"a stash of |a pile of |enough |an? (?:full |whole |new |big )?(?:box|boxes|packet|packets|bottle|strip|tub) of )?"
        r"(?:(?:my|his|her) )?(?:" + _MEDS[3:-1] + r"|rope) "
        r"(?:\w+ )?(?:here|ready|saved|in (?:my|his|her) (?:room|drawer|bag)|hidden|to take|for "
        r"(?:later|tonight|when))",
        r"(?:said|saying|says|say) (?:(?:her|his|my|their|all (?:her|his|my)) )?goodbyes?(?: to "
        r"(?:everyone|everybody|us|me|her \w+|his \w+))?|goodbye (?:message|text|letter|note|"
        r"video)",
        r"(?:better off|rather|want to|wanting to|wish (?:i|he|she) could|hope (?:i|he|she) "
        r"(?:don't|doesn't)|pray (?:i|he|she) (?:don't|doesn't)) (?:\w+ ){0,2}(?:not waking up|"
        r"not wake up|never wake up|never waking up|not be here|not being here|not exist|"
        r"not existing|disappear|gone)",
        # "some nights i just wish i wouldn't wake up"
        r"wish (?:i|he|she|they) (?:wouldn't|would not|didn't|did not|won't|will not|couldn't) wake up",
        # "i've sorted my will and give the dog to our tracey"; "i shouldn't have loads in the house after last time"; "i ended up
        # in a and e after i cut myself quite deep"
        r"(?:sorted|done|made|written|updated) (?:out )?my will\b(?:\W+\w+){0,10}?\W+(?:give|given|gave|giving) (?:the|my) (?:dog|cat|"
        r"dogs|cats)\b|(?:shouldn't|should not|mustn't|must not) (?:have|keep) (?:loads|lots|too many|a lot|many|much|them|tablets|pills)"
        r"(?: of (?:them|it))?(?: \w+){0,2} in the (?:house|flat|home)\b|(?:i|she|he) (?:cut|burnt|burned|hurt) (?:myself|herself|himself) "
        r"(?:quite |really |too |so )?(?:deep|deeply|badly|bad)\b",
        # "i won't be ringing again after tonight"; "i'm planning to be off the forth bridge before then"; "pulling her own loose
        # teeth out and biting her cheeks till they bleed to cope"; "buying paracetamol from different shops and hiding the boxes"
        r"(?:won't|will not|wont) be (?:ringing|calling|phoning|coming in|in touch)(?: you)? again after (?:tonight|today|this weekend|"
        r"tomorrow)\b|(?:planning|plan|going|gonna|want|wants) to be off (?:the |a )?(?:[a-z]+ )?(?:bridge|cliff|cliffs|roof|car park)\b|"
        r"(?:biting|bites|bit|scratching|scratches|picking|picks) (?:her|his|my|their) (?:cheeks|lips|nails|arms|hands|skin) (?:till|until) "
        r"(?:they|it) bleeds?\b|buying (?:\w+ ){0,2}(?:paracetamol|tablets|pills|painkillers) from (?:different|lots of|loads of|several|"
        r"all the) (?:shops|chemists|pharmacies|places)\b|hiding (?:the|his|her) (?:boxes|packets|tablets|pills) (?:in|under)\b",
        # "i've stopped caring if i wake up or no"; "i've been keeping them back, i've got about two months worth in a drawer"; "i've
        # pulled two of me own teeth out with pliers cause i wanted it to hurt"; "the gun cabinet keeps calling me"; "i've written
        # letters for everyone"
        r"(?:stopped caring|don't care|do not care|couldn't care less|past caring) (?:if|whether) i (?:wake up|live|die|make it|get hit|"
        r"come back)\b|(?:keeping|kept|been keeping|holding|held|putting) (?:them|my tablets|my pills|my meds|some|a few) back\b|(?:\w+ )"
        r"{0,2}(?:months?|weeks?)(?:'s|') worth (?:of (?:\w+ )?)?(?:in|under|hidden in|stashed in) (?:a|my|the) (?:drawer|box|bag|cupboard|"
        r"wardrobe)\b|(?<!rather\s)(?<!sooner\s)(?<!be\s)(?:pulled|pulling|ripped|ripping) (?:\w+ ){0,3}(?:my|me|his|her|their) own (?:loose )?(?:teeth|tooth|"
        r"hair|nails) out\b|(?:wanted|want|"
        r"needed|need) it to hurt\b|(?:gun cabinet|shotgun|rifle|the gun|the rope|the tablets|the pills|the bridge|the railway|the "
        r"river|the sea|the cliffs?)(?:,? (?:keeps|keep))* (?:\w+ ){0,2}(?:calling|calls|calling to) (?:me|him|her)\b|(?:i've|i have|and|"
        r"i've already) written (?:letters|notes) (?:for|to) (?:everyone|everybody|all of them|the kids|my family|them all)\b",
        # "so i can save up the tablets and do it myself"; "i've been putting his morphine by, a bit every week"
        r"(?:save|stockpile|hoard|collect) up (?:the |my |his |her |enough )?(?:tablets|pills|meds|medication|morphine|oramorph|"
        r"painkillers|sleeping tablets|insulin)\b|(?:do|end) it (?:myself|himself|herself) before (?:it|things|the pain) (?:gets?|got)\b|"
        r"(?:putting|put|been putting|keeping|kept|hiding|squirrelling|squirreling) (?:his|her|my|the) (?:\w+ )?(?:morphine|oramorph|"
        r"tablets|pills|meds|medication|insulin|patches) (?:by|away|aside)\b",
        # "i won't be around for the hearing anyway", "i've sorted everything for the kids and written my letters"; "he's gonna go
        # off the humber bridge", "nobody'd miss him"; "the shotgun's in the cabinet and i keep thinking it'd be easier"
        r"(?:won't|will not|wont|not going to|not gonna) be (?:around|here) (?:for|by|to see) (?:\w+ ){0,3}anyway\b|(?:and|i've|i have|"
        r"already) written my (?:letters|goodbye letters|notes)\b|(?:go|going|gonna go|goes|went|walk|walking|jump|jumping|step|stepping|throw (?:myself|"
        r"himself|herself)) off "
        r"(?:the |a )?(?:[a-z]+ )?(?:bridge|cliff|cliffs|multi ?storey|car park roof)\b|(?:nobody|no one|no-one)(?:'d| would| will|'ll) "
        r"(?:even )?miss (?:me|him|her)\b|(?:i )?keep thinking (?:it'd|it would) (?:all )?be easier\b(?! (?:to|if we|for (?:the|you|us)))",
        # "i won't be around for results day anyway"; "i found blades taped inside his pencil case"; "his arms are all cut up"
        r"(?:won't|will not|wont|not going to|not gonna) be (?:around|here) (?:for|by|to see) (?:\w+ ){0,2}(?:results day|results|"
        r"christmas|(?:my|his|her) birthday|the exams|exams|graduation|next term|the new year|the summer|the wedding)\b|"
        r"(?:found|find|finding) (?:\w+ ){0,2}(?:razor )?blades (?:taped|hidden|stashed|wrapped|in|inside|under)|(?:his|her|my|their) "
        r"(?:arms?|legs?|wrists?|thighs?) (?:are|is|'s|were|was) (?:all )?(?:cut up|covered in cuts|slashed|scratched to bits)",
        # "i just want enough so i don't wake up this time"; "i don't trust myself with a whole month of them in the house"
        r"enough (?:\w+ )?(?:so|that|to make sure) (?:that )?i (?:don't|won't|wouldn't|never) (?:have to |need to )?wake up|so i "
        r"(?:don't|won't|never) (?:have to )?wake "
        r"up (?:this time|again|ever again)|(?:don't|do not|can't|cannot) trust myself (?:with|around|near) (?:\w+ ){0,5}(?:them|tablets|"
        r"pills|meds|medication|knives|a knife|razors?|blades?|insulin|paracetamol|painkillers)\b",
        # "i took a load of my tablets on sunday and they kept me in overnight"
        r"(?:took|taken|swallowed|necked|downed) (?:a load|loads|a lot|a handful|handfuls|a whole box|the whole box|a box|a packet|two packets|"
        r"a whole packet|all|the lot|a bottle|a strip) of (?:my |her |his |their |me |mum's |my mum's )?(?:tablets|pills|meds|medication|"
        r"paracetamol|painkillers|sleeping tablets|antidepressants|insulin)\b",
        r"(?:drive|driving|drove|crash|crashing|crashed|steer|steering) (?:his|her|my|the|their) (?:car|van|lorry|truck|motorbike|bike) (?:off|into|"
        r"over) (?:the |a )?(?:bridge|cliff|wall|river|sea|edge|quarry|embankment)\b|better off (?:in the (?:river|sea|canal|ground|ground)|"
        r"under (?:a|the) (?:train|bus|lorry)|six feet under)\b|looked up (?:which|the|what) (?:bridge|building|car park|cliff)\w* "
        r"(?:\w+ ){0,5}(?:highest|tallest|deepest|highest up)\b|(?:go|going|walk|walking|jump|jumping|throw myself) off the end of "
        r"(?:the )?(?:\w+ )?(?:pier|jetty|harbour wall|cliff|quay)\b|(?:going|go|went|slip|slipping|sink|sinking) under and (?:not|never) "
        r"(?:coming|come) (?:back )?up\b",
        # "so she can end it before christmas", "he's had enough of living", "stop eating so he can go and be with mum"
        r"(?:so|then) (?:she|he|i|they) (?:can|could) end it\b|(?:had enough|sick|tired) of living\b|(?:stop|stopped|stopping) eating so "
        r"(?:he|she|i) (?:can|could) (?:die|go|be with)\b|(?:going to|gonna|wants to|want to|'ll|will|planning to) jump off (?:the )?(?:\w+ ){0,2}"
        r"(?:pier|bridge|cliff|roof|car park|building|tower|flyover|viaduct)\b|(?:burns|cuts|scratches|scars|marks) on (?:her|his|my|their) "
        r"(?:thighs|arms|legs|wrists|stomach|hips) (?:she's|he's|i've|they've) (?:done|made|given) (?:to )?(?:herself|himself|myself|themselves)",
        # "i've made my mind up about the bridge", "... by friday i'm taking them"
        r"(?:made|make|making) (?:my|his|her) mind up about (?:the )?(?:bridge|tablets|pills|rope|railway|train|cliff|overdose|ending it)\b|"
        r"(?:i'm|i am|i'll be|i will be) taking (?:them|the lot|them all|all of them)(?=\W*$| tonight| then| and)|"
        # "she's texting me goodbye", "i won't be needing them after this weekend ... tell dr walsh thanks for trying"
        r"(?:texting|texted|texts|messaging|messaged|sending|sent) (?:me |us |her \w+ |his \w+ )?(?:goodbye|goodbyes|a goodbye)\b|"
        r"(?:won't|will not|wont) (?:be )?need(?:ing)? (?:them|it|these|those|my \w+|any \w+|anything) (?:\w+ ){0,3}(?:after|any ?more|"
        r"again)\b[^?!]{0,80}?(?:thanks for (?:trying|everything|all)|say goodbye|tell (?:\w+ ){1,2}(?:thanks|goodbye|i said))|"
        # "i won't be in on monday or ever again", "i won't be coming in tomorrow or any other day"
        r"(?:won't|will not|wont) be (?:coming )?(?:in|here|around|back)(?: \w+){0,4}(?: (?:or|and) any other day| (?:or |and )?ever "
        r"again)\b|"
        r"(?:arms?|legs?|wrists?|thighs?|stomach) (?:are|is|'re|'s)? ?(?:all )?(?:covered in|full of|covered with) (?:fresh |new |deep "
        r")?(?:cuts|scratches|burns|scars)\b|better off (?:if|when) (?:i|he|she|i'm|he's|she's) (?:was |were |am |is )?(?:dead|gone|"
        r"not here|not around|wasn't here|weren't here|died)\b|(?:i will|i'll|i'm going to|i'm gonna|i am going to) (?:take|swallow|"
        r"neck) (?:them|it|the lot|them all|all of them) (?:tonight|today|later|after|when|this)\b|"
        # "he keeps saying he wishes he'd never wake up", "a sketchbook full of nooses"
        r"wish(?:es|ed)? (?:i|he|she|they)(?:'d| would| had| could)? (?:just )?(?:never|not) (?:wake|woke|waken) up|"
        r"(?:full of|drawing|drawings of|drew|draws|drawn|sketch(?:es|ed)? of|pictures of|doodl\w+(?: of)?) (?:\w+ )?nooses?\b|"
        r"(?:nothing|no reason|nothing left|no one|nobody) (?:to live for|worth living for)|"
        r"(?:got|have|bought|found|'ve got) (?:the|a|some) (?:rope|noose|ligature)|(?:walk|walking|"
        r"walked|swim|swimming) (?:out )?into the (?:sea|river|traffic|canal|lake)|"
        r"(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up|"
        r"(?:my|all my|all her|all his|all the|the|her|his) (?:tablets|pills|meds|medication|"
        r"paracetamol) (?:\w+ ){0,6}(?:take them|taking them|swallow them|take the lot|take them "
        r"all|neck them)|(?:found|finding|hiding|hides|hid|keeps) (?:\w+ ){0,2}(?:blades|razors|"
        r"razor blades|a blade|sharpener blades) (?:in|under|hidden)|(?:going to|gonna|wants to|"
        r"want to|'ll|will) end it(?: all)?(?= and|,|\.|$| tonight| today| now| soon)|"
        r"(?:she's|he's|i've|i'm|she|he|i) (?:been |keeps |started |is |was )?(?:burning|cutting|"
        r"scratching|hitting|punching|biting|picking at) (?:her|his|my) (?:own )?(?:arms?|legs?|"
        r"wrists?|skin|thighs?|stomach|face|head|hands?|hips?)|pulling (?:her|his|my) (?:own )?hair out(?! (?:trying|over|with|about|because|cos|waiting|since|here|at|wondering|"
        r"looking|what|this|that|the|all|today|for|tryin))|"
        r"tonight(?:'s| is) the night|(?:won't|will not) (?:be here|be around|wake up) "
        r"(?:tomorrow|in the morning)|this is (?:my|the) last (?:call|time|day|night)|"
        r"(?:going to|gonna|wants to|want to|will|'ll|planning to|plans to) (?:take|swallow|down|"
        r"neck) (?:all|a load|loads|the whole|a whole|every one|a bunch) (?:of )?(?:her |his |my "
        r"|the |their |\w+'s )?(?:\w+'s )?(?:pills|tablets|meds|medication|paracetamol|"
        r"antidepressants|painkillers|insulin|sleeping tablets)|"
        r"(?:don't|can't|cannot|doesn't) see (?:a|any) way out|no way out|(?:saving|saved|saving "
        r"up|stockpiling|hoarding|collecting) (?:up )?(?:all )?(?:my |his |her |the )?(?:tablets|"
        r"pills|meds|medication|paracetamol)|(?:cuts|cutting) (?:\w+ ){0,3}(?:deeper|worse)|"
        r"(?:been|started|keeps|is|was|still) cutting (?:again|herself|himself|myself|her arms|"
        r"his arms|her legs|his legs)|(?:been|started|is) cutting(?= and|,|\.|$)|"
        r"how (?:many|much) (?:paracetamol|pills|tablets|\w+ tablets|insulin|painkillers) (?:\w+ ){0,3}(?:takes|to take|kill|"
        r"would|it would|does it)|how to (?:overdose|kill (?:myself|himself|herself)|end (?:it|my "
        r"life|his life|her life)|hang (?:myself|himself|herself))|planning how (?:to|i'd|i would|"
        r"he'd|she'd) (?:do it|end it|go)|want (?:everything|it all|it) to (?:stop|end|be over)",
        r"(?:tired of|sick of|done with) (?:living|life|being alive|everything)|"
        # an attempt said plainly: "after i tried to end things"
        r"(?:tried|try|trying|attempted|wanted|want|going) to end (?:things|it all|my life|his life|her life)"
        r"(?! (?:with|between|off))|attempted (?:suicide|to take (?:my|his|her) (?:own )?life)|"
        r"(?:suicide|an) attempt(?= |,|\.|$)|"
        # burns and cuts described by how or where: "burned my arm with a lighter again"
        # (someone else burning "my arm", or with "his cigarette", is an assault: "my mam's boyfriend burnt my arm with his
        # cigarette", "she burnt my hand with the straighteners on purpose")
        + "".join(rf"(?<!{who}\s)" for who in _OTHERS) +
        r"(?:burned|burnt|burn|burns|burning|scalded|scalding) my (?:own )?(?:wrists?|arms?|"
        r"legs?|thighs?|stomach|skin|hands?) (?:\w+ ){0,3}(?:with (?:a|my|the|my \w+'s) (?:lighter|match|"
        r"matches|cigarette|iron|candle|hair straighteners|straighteners)|"
        r"on purpose|deliberately|again)|"
        r"(?:burned|burnt|burn|burns|burning|scalded|scalding) (?:his|her|their) (?:own )?(?:wrists?|arms?|"
        r"legs?|thighs?|stomach|skin|hands?) (?:\w+ ){0,3}(?:with (?:a|his|her|their|the|\w+'s) (?:lighter|match|"
        r"matches|cigarette|iron|candle|hair straighteners|straighteners)|"
        r"on purpose|deliberately|again)|(?:did|does|done|doing) it (?:to )?(?:herself |himself |myself )?"
        r"(?:with a (?:lighter|blade|razor|knife|compass|sharpener) )?on purpose|cutting (?:where|so) (?:no ?one|"
        r"nobody|people|they|mum|my mum) (?:can|can't|won't|wouldn't|don't) see|(?:been|started|keep|keeps) "
        r"cutting (?:\w+ ){0,5}(?:and )?(?:i|she|he) can't stop|"
        # stopping one's own treatment to die; farewell letters and a chosen place
        r"(?:stop|stopping|stopped|come off|coming off) (?:taking )?(?:my|his|her|their) (?:insulin|meds|"
        r"medication|tablets|pills|dialysis|treatment)(?: \w+){0,3} (?:and )?(?:be done with it|end it|"
        r"die|let (?:it|nature) take)|"
        r"(?:written|wrote|writing|left) (?:\w+ )?letters (?:for|to) (?:my|his|her|their) (?:\w+ )?(?:mum|dad|"
        r"mother|father|brother|sister|kids|children|family|partner|wife|husband|son|daughter)(?: \w+){0,8} "
        r"(?:and )?(?:i've |he's |she's )?(?:worked out|picked|chosen|chose|decided) (?:which|what|where|the) "
        r"(?:bridge|building|car park|train|spot|place|way|method)|(?:worked out|picked|chosen|decided on) "
        r"(?:which|what|the) (?:bridge|car park|multi storey|cliff|railway line|train)|"
        r"(?:saving|saved|saving up|stockpiling|hoarding|collecting|keeping) (?:up )?(?:all )?(?:my|his|her|"
        r"their) \w+ (?:so (?:i|he|she|they) can|to) (?:take|swallow|neck) (?:the lot|them all|all of them|"
        r"it all)|(?:don't think|doubt) (?:i'll|he'll|she'll) be (?:around|here) (?:for (?:long|much longer|christmas|the (?:end|summer|exams?)|(?:my|his|her) birthday)|by (?:then|christmas|the (?:end|weekend|time))|much longer|any ?more)|"
        r"(?:walk|walking|swim|swimming|wade|wading) (?:in|into|out)(?: \w+){0,3} and (?:not|never) "
        r"(?:coming|come) back(?: out)?|"
        r"(?:don't|can't) see the point (?:of|in) (?:anything|living|going on|life|it all)",
        r"(?:don't|can't|cannot) (?:really |even |just )?see (?:the|any) point any ?more(?= ?(?:,|\.|"
        r"\?|$|and\b|i\b|to be honest|honestly))",
        # "i've been saving them up and i've thought about taking the lot"
        r"(?:thought|thinking|think|thinks|thought of|thinking of) (?:about )?(?:taking|swallowing|necking|having) (?:the lot|"
        r"them all|all of them|the whole (?:lot|box|packet|bottle))(?! of (?:you|them|us|the))",
        # a past attempt and the next one promised: "took a load of paracetamol on saturday and got her stomach
        # pumped, now she's saying she'll do it properly next time"
        r"(?:got|had|needed) (?:her|his|my|their) stomach pumped|(?:she'll|he'll|i'll|they'll|she will|he will|i will) do it "
        r"properly (?:next time|this time)|(?:before|when) i (?:do it|go through with it)\b(?! (?:myself|for you|for her|for him|"
        r"on|in|at|the|tomorrow|later))",
        # "i don't want anyone seeing my arms cos i cut them"
        r"(?:arms|legs|wrists|thighs|skin|stomach)\b[^.?!]{0,30}?\b(?:cos|because|coz|cause|as|since) (?:i|she|he) (?:cut|cuts|"
        r"scratch|scratched|burn|burnt|burned) (?:them|it)\b",
        # "i've been looking up ways to do it"; "i keep thinking i'll just walk into the severn one night"
        r"(?:looking|looked|look|searching|searched|googling|googled|researching|researched) (?:up |into )?(?:ways|how|methods) "
        r"to (?:do it|end it|kill myself|go through with it)\b",
        r"(?:i'll|i will|i might|i could|gonna|going to) (?:just )?(?:walk|wade|jump|throw myself) (?:in|into|off) (?:the )?"
        r"(?:river|sea|canal|water|{RIVER}|bridge)\b",
        # carbon monoxide and counting the tablets: "sat in the car in the garage with the engine running", "looked up how
        # many of my heart tablets it'd take"
        r"(?:sat|sitting|sit) in (?:the|my|his|her) car (?:\w+ ){0,4}with the engine (?:running|on)\b|hose ?pipe (?:on|to|into|in) the "
        r"exhaust|(?:looked|looking|look|googled|googling|searched|searching) up how many (?:of )?(?:my |his |her |the |them )?(?:\w+ )?"
        r"(?:tablets|pills|paracetamol|painkillers|meds)? ?(?:it'd|it would|it'll|it will|would|you'd|you would) (?:take|need|kill)\b",
        # "i'll be joining her soon anyway" (of a pet's or a partner's ashes); "i've got the shotgun out of the cabinet"
        r"(?:i'll|i will|i'm going to|i'm gonna) be joining (?:her|him|them) (?:soon|shortly|before long|any day)\b|(?:i've|i have) "
        r"(?:got|taken|took|fetched|loaded) (?:the|my) (?:shotgun|gun|rifle|air rifle) out\b",
        # "he said we're worth more with him dead"; "he wants to look decent for his own funeral"; "a photo of a load of
        # paracetamol he's been saving up"; "i've sorted all my stuff out and written my letters"
        r"worth more (?:to (?:you|them|us|the family) )?(?:with (?:him|her|me) )?dead\b|(?:for|at|plan|planning|planned) (?:his|her|my) "
        r"own funeral\b|(?:tablets|pills|paracetamol|painkillers|meds|medication) (?:\w+ ){0,2}(?:he's|she's|i've|they've) been "
        r"(?:saving|stockpiling|hoarding|collecting)(?: up)?\b|sorted (?:all )?(?:my|me) (?:stuff|things|affairs) out and written "
        r"(?:my|me|the) letters\b",
        # "they won't have to worry about me after this weekend"; "she wants to go and be with her dad, he died in may"
        r"(?:won't|will not|wont|don't|do not) (?:ever )?(?:have|need) to worry about me (?:after|any ?more|again|for much longer)\b|"
        r"wants? to (?:go and )?be with (?:her|his|my) (?:dad|mum|mam|mom|nan|gran|grandad|husband|wife|son|daughter|brother|sister|"
        r"boyfriend|girlfriend|partner)\b(?=[^.?!]{0,40}\b(?:died|passed|gone|lost|funeral|in heaven))",
        # "he'll take the shotgun up the top field and not come back"; "i've written letters for me daughters"; "i'll not be
        # around long enough to need it"
        r"(?:he'll|she'll|i'll|he will|she will|i will|gonna|going to) (?:just )?(?:take|go|walk|drive|head)(?: \w+){0,6} and (?:not|never) "
        r"(?:come|coming) back\b|written (?:the |my |me |some )?(?:letters|notes|goodbye letters|goodbyes) (?:for|to) (?:my|me|the|our|his|her) "
        r"(?:kids|children|daughters?|sons?|family|husband|wife|mum|dad|girls|boys|grandchildren|grandkids|housemates)\b|(?:i'll not|i won't|"
        r"i will not|won't) be (?:around|here) long enough\b",
        # "i've been sitting in the shed with the shotgun most nights"; "she showed me her legs, she's been burning them with a lighter"
        r"(?:sitting|sat|sits|sit) (?:out )?in the (?:shed|garage|barn|car|van|byre) with (?:the|a|his|my|her) (?:shotgun|gun|rifle|rope|"
        r"pills|tablets)\b|(?:burning|burnt|burned|cutting|cut|scratching) (?:them|it) with (?:a |the |her |his |my )?(?:lighter|blade|razor|"
        r"compass|sharpener|knife|scissors|cigarette|matches)\b",
        # "thoughts of not wanting to be here any more"; "better off joining her"; "thinking how easy it'd be"
        r"thoughts of not (?:wanting to be|being) (?:here|around|alive)\b|(?:better off|be better) joining (?:her|him|them)\b|"
        r"(?:thinking|think|thought|thinks) (?:about )?how easy it(?:'d| would| could|'ll| will) be\b",
        # "nobody's gonna have to put up with me much longer"; "i'm not going to be a burden to anyone"
        r"(?:nobody|no one|nobody's|no one's|you|they|you'll|they'll|you won't|they won't) (?:\w+ ){0,3}put up with me (?:much longer|for "
        r"much longer|any ?more|for long)\b|(?:i'm|i am) not (?:going to|gonna) be a burden (?:to|on) (?:anyone|anybody|you|them|"
        r"my \w+)(?: (?:any ?more|for (?:much )?longer))?",
        # "i keep thinking the humber bridge is the answer"; "she said she won't be around for christmas"
        r"(?:the )?(?:\w+ )?(?:bridge|river|railway line|train tracks|cliffs?|edge|sea|canal|tablets|pills|rope) (?:is|would be|might be|"
        r"seems like|feels like) (?:the|my) (?:only )?(?:answer|way out|only way|best way out|solution)\b",
        r"(?:i|i'll|she|he|she'll|he'll) (?:won't|will not|might not|may not) be around (?:for|by|at) (?:christmas|next (?:year|"
        r"christmas|term|summer)|(?:my|her|his) birthday|much longer|long)\b",
        # "i keep standing on the balcony thinking about letting go"
        r"(?:balcony|bridge|ledge|edge|roof|cliff|platform|railings?)\b[^.?!]{0,40}?\b(?:thinking|thought|think) (?:about|of) "
        r"(?:just )?(?:letting go|jumping|stepping off|going over)",
        # "i've sorted it so i'm not a burden on anybody after tonight"
        r"(?:not|won't be|never be|no longer) (?:be )?a burden (?:on|to) (?:anybody|anyone|anyone else|you all|the family|them|"
        r"you|my \w+)(?: (?:any ?more|after (?:tonight|today|tomorrow|this)))",
        # "said he does it to himself"; "says she'll use them on herself if he goes first"
        r"(?:does|did|do|doing) (?:it|them|that) to (?:himself|herself|myself|themselves)\b|(?:use|take|inject) (?:them|it|those|"
        r"the lot) on (?:herself|himself|myself)\b",
        # "so i can take the lot on saturday when my husband's away"; "he does them with a lighter when it gets too much"
        r"(?:so|then) (?:i|she|he) can (?:take|swallow|neck|have) (?:the lot|them all|all of them|the whole (?:lot|box|packet|"
        r"bottle))",
        r"(?:does|did|do|doing) (?:them|it) (?:to )?(?:himself |herself |myself )?with (?:a|his|her|my) (?:lighter|blade|"
        r"razor|knife|compass|sharpener|cigarette)(?: when (?:it|things) (?:gets?|got) too much)?",
        r"(?:burns|cuts|scars|scratches|slashes) all (?:up|down|over) (?:the (?:tops?|insides?|backs?) of )?(?:his|her|my|their) "
        r"(?:arms?|forearms?|legs?|wrists?|thighs?)",
        # "if you can't find me somewhere tonight i'm taking the lot"
        r"(?:i'm|i am|he's|she's) (?:just )?(?:taking|swallowing|necking|having) (?:the lot|them all|all of them|the whole "
        r"(?:lot|box|packet|bottle))\b",
        # means named earlier in the sentence, then the plan: "...pills saved up... i'll take the lot"
        r"(?:pills|tablets|meds|medication|paracetamol|antidepressants|painkillers)\b[^.?!]{0,120}?"
        r"\b(?:i'll|i will|i'm going to|i'm gonna|gonna|going to|i might|i could|i'd) (?:just )?"
        r"(?:take|swallow|neck|have) (?:the lot|them all|all of them|the whole (?:lot|box|packet|"
        r"bottle))",
        r"making (?:myself|herself|himself|themselves) (?:sick|throw up|vomit)|"
        r"(?:not|stopped) eating (?:at all|anything|for days)",
    ), guards=_FRAMING),
)

_IMMEDIATE = "immediate_danger"

IMMEDIATE_DANGER: Final = (
    *SELF_INFLICTED_NOW,
    rules("safeguarding", _IMMEDIATE, 0.97, (
        # help wanted this minute: urgent, but says nothing of self-harm (no health mask)
        r"(?:i|we) need (?:help|an ambulance|someone) (?:right )?now",
        r"(?:on|over) the wrong side of the (?:railings|railing|barrier|fence|rail)\b|(?:i've|i have|he's|she's|he has|she has) (?:just )?"
        r"(?:climbed|gone|got) over the (?:barrier|railings|railing|fence|edge|wall)\b",
        # "there's smoke coming out the laundry"; "the three year old's just drunk some of the methadone"
        r"(?:smoke|flames) (?:is |are )?(?:coming|pouring|billowing|coming up) (?:out of|out|from|under|through) (?:the |my |our |her |his )?"
        r"(?:laundry|kitchen|flat|house|room|window|door|building|loft|roof|bedroom|ward|unit|lounge|landing|stairwell|block)\b",
        r"(?:year old|toddler|baby|little one|little boy|little girl|son|daughter|kid|child)(?:'s| has)? (?:\w+ )?(?:just )?(?:drunk|drank|"
        r"swallowed|eaten|ate|taken|took|got into) (?:some of |a load of |loads of |some )?(?:the |my |his |her |mum's |dad's |a )?"
        r"(?:\w+ )?(?:methadone|tablets|pills|bleach|medicine|meds|washing (?:tablets|pods)|pods|capsules|antifreeze|paracetamol|"
        r"calpol|vodka|spice)\b",
        # someone at an edge as the caller speaks: "a girl from my course is standing on the edge of the roof"
        r"(?:is|'s|are|'re) (?:standing|stood|sat|sitting|hanging|climbing|climbed|perched) (?:on|over|off|out on|up on) (?:the )?(?:edge "
        r"of (?:the |a )?|top of (?:the |a )?)?(?:roof|ledge|window ledge|bridge|balcony|railings?|parapet|cliff|multi ?storey|"
        r"car park roof)\b",
    ), guards=_FRAMING),
    rules("safeguarding", _IMMEDIATE, 0.9, (
        # someone trapped under a collapse now
        r"(?:one of them|someone|somebody|a child|a kid|a lad|a man|a woman|he|she|they|kids|children)(?:'s| is| are|'re)? "
        r"(?:still )?(?:trapped|pinned|stuck) (?:under|beneath|underneath)\b",
        # fire between people and the way out
        r"(?:fire|smoke|flames)(?:'s| is| are)? (?:blocking|in|filling|all over) the (?:stairs|stairwell|landing|exit|close|"
        r"corridor|hallway)\b",
        # a child on a ledge now; a man shut in with the gas on and a lighter
        r"(?:toddler|child|baby|kid|little one|little boy|little girl|bairn|wean)(?:'s| is)? (?:\w+ ){0,2}(?:sitting |standing |"
        r"climbing |crawling )?(?:out )?(?:on|onto|out of|hanging out of|leaning out of) (?:the|a|an) (?:upstairs |top |"
        r"bedroom |open )?(?:window ?ledge|window ?sill|ledge|balcony (?:railing|edge|rail)|open window)\b",
        r"barricaded (?:himself|herself|themselves) in|gas (?:rings |hob |cooker |oven |taps )?(?:turned |left )?on\b(?: \w+){0,8}"
        r" (?:lighter|matches|match)\b",
        # a child on thin ice or in the water now; smoke from a neighbour's home with nobody answering
        r"(?:child|kid|kids|bairn|bairns|boy|girl|lad|lass|little one|toddler|someone|somebody|a man|a woman|wean|youngster) "
        r"(?:\w+ ){0,3}(?:out )?on the ice\b(?! (?:rink|skating|hockey|disco|show))|(?:fallen|fell|gone|slipped|jumped) "
        r"(?:in|into) the (?:river|canal|pond|lake|reservoir|sea|dock|quarry)(?: (?:and|he's|she's|they're|can't|isn't))",
        r"(?:smoke|flames|fire)(?: is| are|'s)? (?:pouring|coming|billowing|pouring out|coming out|belching) (?:out )?(?:of |"
        r"from |under |out under |through |round )?(?:his|her|their|the|next door's|the neighbour's|number \w+) (?:\w+ )?(?:window|windows|flat|house|"
        r"kitchen|door|bedroom|home|room|bungalow)\b(?!(?:\W+\w+){0,6}\W+(?:yesterday|last (?:night|week)|earlier|this "
        r"morning|again|every|always))",
    ), guards=_FRAMING),
    rules("safeguarding", _IMMEDIATE, 0.97, (
        # an overdose already taken
        # ("had a box of flu jabs delivered" is a delivery: after "had", the medicine must be named)
        rf"(?:taken|took|swallowed|necked|downed) (?:a |an |the |two |three |four |five |several |a few )?(?:whole |entire |full )?"
        rf"(?:handful|load|lot|bunch|box|packet|packets|pack|packs|bottle|strip|strips|tub|all|loads|too many|"
        rf"overdose)(?: of)?(?: (?:my|his|her|their|the|mum's|dad's))?(?: {_MEDS})?",
        rf"had (?:a |an |the )?(?:whole |entire |full )?(?:handful|load|lot|bunch|box|packet|packets|pack|packs|bottle|"
        rf"strip|strips|tub|too many)(?: of)?(?: (?:my|his|her|their|the|mum's|dad's))? {_MEDS}(?! (?:delivered|"
        rf"dropped off|sent|come|arrive|arrived|in stock|on order))|had (?:a|an) overdose",
        rf"(?:taken|took|swallowed) (?:all )?(?:my|his|her|their|the) {_MEDS} (?:all )?"
        rf"(?:at once|in one go)",
        # a count no dose reaches: "swallowed fifteen of her sleeping tablets", "taken 20 paracetamol"
        rf"(?:taken|took|swallowed|necked|downed) (?:about |around |over |nearly |at least |maybe )?(?:[1-9]\d|eight|nine|"
        rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
        rf"sixty|a hundred)(?: \w+)?(?: of (?:my|his|her|their|the|mum's|dad's|nan's))? (?:\w+ )?{_MEDS}",
        r"(?:has|have|'s|'ve|just) (?:taken|took|had) an overdose|(?:has|have|'s|'ve|just) o ?d'?d",
        # someone on a height or a line now
        r"(?:on|standing on|stood on|sat on|sitting on|up on|at the edge of|climbed onto|"
        r"climbed up on|hanging off|over the railing of) (?:the|a|his|her|their) (?:\w+ )?"
        r"(?:roof|ledge|bridge|edge|railway|tracks|railway line|cliff|balcony|window ledge|"
        r"multi ?storey|car park roof)(?: \w+){0,8} (?:jump|jumping|threatening|won't come "
        # (not "the traffic on the bridge was a nightmare, i'm gonna be late")
        r"down|refusing to come down|screaming|crying|says (?:he|she)'ll|(?:going to|gonna)(?! be\b)|edge)",
        r"(?:at the edge of|hanging off|over the railing of|climbed over the railing of) "
        r"(?:the|a) (?:\w+ )?(?:roof|bridge|cliff|balcony|multi ?storey|car park)",
        r"(?:man|men|someone|somebody|stranger|intruder|people|lads?|guy|bloke)(?: \w+){0,5} "
        r"(?:trying|rattling|testing|forcing) (?:the |all the )?(?:\w+ )?(?:doors|door|handles|"
        r"windows|gates)|(?:masked|balaclava) (?:man|men|intruder)|intruder (?:in|on|inside)",
        r"(?:going|gonna|threatening|says (?:he's|she's|they're) going) (?:to )?(?:jump|throw "
        r"(?:himself|herself|themselves|myself) (?:in|off|under|into))",
        r"(?:someone|somebody|a man|a lad|a boy|a woman|he|she|they)(?:'s| has| have|'ve)? (?:just )?"
        r"(?:stabbed|shot|glassed|slashed) (?:a|the|my|his|her|him|me|them|one|some|another) ?\w*",
        r"(?:he's|she's|they're|he is|she is|they are|someone's|someone is|keeps?|trying to|tried "
        r"to|attempting to) (?:kick|kicking|smash|smashing|break|breaking|bash|bashing|force|"
        r"forcing|batter|battering|put|putting) (?:down |in |through )?(?:the|my|our|all the) "
        r"(?:\w+ )?(?:door|doors|window|windows)",
        r"(?:i'm|he's|she's|they're|i am|he is|she is|they are) (?:stood|standing|sat|sitting|"
        r"up|on (?:top|the edge) of) (?:on )?(?:the|a) (?:\w+ )?(?:bridge|roof|ledge|edge|cliff|"
        r"railway|tracks|viaduct|car park roof|top floor of the car park)",
        r"(?:trying to|tried to|attempting to|is|'s|keeps?) (?:kick|kicking|smash|smashing|break|"
        r"breaking|bash|bashing|force|forcing|batter|battering) (?:down |in )?(?:the|my|our) "
        r"(?:\w+ )?(?:door|window|windows)|"
        r"(?:he|she|they|someone|somebody|a man|a woman|a lad|some lads|my ex|his ex|her ex|"
        r"(?:my|her|his|our) \w+)(?:'s|'re| is| are| was| were| keeps| kept)? (?:\w+ ){0,5}(?:trying to|"
        r"tried to|attempting to) (?:get|force (?:his|her|their) way) (?:in|into)|(?:trying to|tried "
        r"to|attempting to) (?:break|force (?:his|her|their) way) (?:in|into)|(?:isn't|is not|not|stopped|can't|cannot|struggling|hardly) breathing|"
        r"(?:has|'s|just|suddenly) collapsed|locked (?:himself|herself|themselves) in (?:\w+ ){0,4}"
        r"with (?:a |the )?(?:knife|blade|razor|pills|tablets|rope|gun)",
        r"doesn't know where (?:she|he) (?:is|lives)|(?:on (?:her|his) own|alone) (?:and |, )?"
        r"(?:crying|lost|scared)|(?:lost|crying) (?:little )?(?:girl|boy|child|kid)",
        r"(?:thrown|threw|throwing|throws) acid|(?:has|\w+'s|just|have|i've|we've) overdosed|"
        r"(?:i'll|you'll|she'll|i will|you will|she will) never see (?:her|him|them|the baby|the "
        r"kids|my \w+) again|(?:at|on|from) the top of (?:the|a) (?:quarry|multi ?storey|car park|building|"
        r"bridge|cliff|tower|flats|block)",
        r"going under|being swept|swept away|(?:can't|cannot|couldn't) get out of the (?:water|"
        r"river|canal|sea|lake)|(?:in|into) the (?:river|canal|sea|lake|reservoir|weir) (?:\w+ ){0,6}"
        r"(?:struggling|drowning|going under|can't swim|under the water)",
        r"(?:we've|i've|we have|i have|they've) (?:been )?(?:looking|searching) (?:for (?:him|her|them) )?(?:for )?(?:about |"
        r"over |nearly |a good )?(?:\w+ ){0,2}(?:minutes|mins|an hour|half an hour)|(?:we've|i've|we have|they've|we) "
        r"(?:just )?lost (?:a|one of (?:the|our)|our|my|the) (?:\w+ ){0,2}(?:child|children|kid|kids|pupil|pupils|boy|girl|"
        r"toddler|year \w+|little \w+|son|daughter|resident|client)\b(?= (?:on|at|in|from|during|somewhere)\b|,|\.|$)",
        r"(?:wandered|walked|run|ran|got|gone) out (?:of )?(?:the )?(?:\w+ )?(?:gate|door|gates|doors) (?:\w+ ){0,5}(?:road|"
        r"street|car park|main road)(?: \w+){0,8} (?:can't|cannot|can not|couldn't) see (?:her|him|them)",
        # "oliver's gone, he was in the garden five minutes ago and the back gate's open"
        r"(?:\w+'s|he's|she's) (?:gone|vanished|disappeared),? (?:he|she) was (?:\w+ ){0,6}(?:minutes?|mins) ago(?: \w+){0,4} "
        r"(?:gate|door)(?:'s| is| was) (?:wide )?open",
        r"(?:gone|disappeared|vanished|wandered off) from (?:the )?(?:\w+ ){0,3}(?:he's|she's|they're) not anywhere(?: \w+){0,3}"
        r"(?:,? it's been (?:about |over |nearly )?(?:\w+ ){0,2}(?:minutes|mins))?",
        # a young child gone just now: "my wee boy's wandered off from outside, he's three, he was right there two minutes
        # ago"; "our jayden's wandered off from breakfast club, he's not in the building and the gate's open"
        r"(?:\w+'s|he's|she's|(?:my|our) (?:wee |little |youngest |)(?:boy|girl|son|daughter|lad|one)(?:'s| has)) (?:just )?(?:wandered|"
        r"run|ran|gone|walked) off (?:\w+ ){0,8}(?:(?:he|she) was (?:right )?(?:there|here|next to me|with me) (?:\w+ ){0,2}(?:minutes?|"
        r"mins|seconds?) ago|(?:he's|she's|he is|she is) not in the (?:building|shop|park|playground|house|garden|centre)|the (?:\w+ )?gate"
        r"(?:'s| is| was) (?:wide )?open)",
        # a confused adult gone from care: "he walked out an hour ago in his slippers"; a child face down in the water
        r"(?:walked|wandered|went|got) out (?:of (?:the |his |her )?\w+ )?(?:about |around |nearly |over )?(?:an hour|half an hour|(?:\w+ ){1,2}"
        r"(?:minutes|mins)) ago\b|face down in the (?:water|pool|deep end|shallow end|river|canal|bath|pond|lake)\b",
        r"(?:no one's|nobody's|no one has|nobody has|no one've|we haven't|nobody) seen (?:him|her|them) (?:for|since) "
        r"(?:about |over |nearly |the last |a good )?(?:\w+ ){0,2}(?:minutes|mins|an hour|half an hour)",
        r"(?:went|gone|go|going) missing (?:about |around |like |maybe |only )?(?:\w+ ){0,2}(?:minutes?|mins|an "
        r"hour|half an hour) ago|(?:we've|i've|they've|we have|i have) (?:looked|searched|checked) everywhere|"
        r"(?:walked|wandered|run|ran|gone|went|got) out (?:\w+ ){0,8}(?:gone|missing|been gone|out) (?:about |around |"
        r"for |nearly |over )?(?:\w+ ){0,2}(?:minutes|mins|an hour|half an hour)(?! (?:late|early))",
        r"(?:wandered|run|ran) off (?:\w+ ){0,20}(?:been gone|gone|missing) (?:about |around |for |nearly |over )?"
        r"(?:\w+ ){0,2}(?:minutes|mins|an hour|half an hour)(?! (?:late|early))|"
        r"(?:wandered|run|ran|gone|went|walked) off (?:\w+ ){0,12}(?:can't find|cannot find|lost|"
        r"no sign|nowhere to be|(?:nobody|no one|none of us|we) (?:can|can't|could|couldn't|have) "
        r"(?:find|found|seen))|(?:nobody|no one|none of us) can find (?:her|him|them)|(?:got|gets|"
        r"run|ran|wandered|slipped|gone|went|walked) out (?:of )?(?:the )?(?:front |back )?(?:door|gate|"
        r"house|garden) (?:\w+ ){0,6}(?:can't|cannae|canny|cannot|can not|couldn't) (?:see|find) (?:her|him|them)|"
        r"(?:kid|child|boy|girl|lad|man|woman|someone|somebody|person|pupil|student|toddler|"
        r"year[- ]old|he|she|they)(?:'s| is| are)? (?:\w+ ){0,3}(?:on|onto|along|up on|walking "
        r"(?:on|along)|playing on|sat on|sitting on|standing on|climbing) (?:the |a )?(?:railway "
        r"line|railway|train tracks|tracks|motorway|roof|ledge|bridge|cliff edge|scaffolding|"
        r"crane|pylon) (?:\w+ ){0,6}(?:right now|now|at the moment|as we speak)|can't find (?:him|her|them) anywhere|(?:no one|nobody) knows "
        r"where (?:he|she|they) (?:is|are|went)",
        # a weapon on site or in hand
        r"(?:swinging|swings|swung|waving|brandishing|wielding) (?:a|an|the|his|her) (?:\w+ )?(?:brace|bar|bat|stick|pole|spanner|wrench|"
        r"crowbar|iron|bottle|chain|golf club|hammer|axe|machete|knife)\b(?: at)?|"
        # "two men have just dragged my daughter out of one of your cars"
        r"(?:have just|'ve just|has just|'s just|just) (?:dragged|pulled|grabbed|bundled|snatched|forced) (?:my|our|a|the|his|her) (?:\w+ )?"
        r"(?:daughter|son|child|kid|girl|boy|wife|husband|partner|mum|dad|instructor|pupil|student) (?:out of|into)\b|"
        r"(?:got|has|have|'s got|with|carrying|waving|brandishing|pulled|pulling|holding|holding "
        r"up|wielding|armed with) (?:out )?(?:a |an |some |his |her )?(?:kitchen |big |huge )?"
        r"(?:knife|knives|gun|guns|machete|blade|hammer|axe|weapon|firearm|shotgun|pistol|"
        r"crossbow|baseball bat|samurai sword|sword|zombie knife|acid|meat cleaver|cleaver)",
        r"(?:been|being|getting|got|just been) (?:stabbed|shot|glassed|slashed)|"
        r"(?:is|are|'s|'re) (?:being|getting) (?:attacked|beaten up|stabbed|battered|jumped)|"
        r"(?:not breathing|unconscious|passed out and won't wake|won't wake up|bleeding "
        r"(?:heavily|badly|everywhere|a lot)|can't swim|drowning|turning blue)",
        # a child missing or taken now
        r"(?:can't find|lost|have lost|'ve lost) (?:my|our|the|her|his) (?:\w+ )?"
        r"(?:son|daughter|child|kid|kids|little one|boy|girl|baby|toddler|grandson|granddaughter)",
        r"(?:son|daughter|child|kid|boy|girl|baby|toddler|pupil|he|she|they|(?:\w+[- ])?year[- ]"
        r"olds?|little one|grandson|granddaughter|nephew|niece)(?:'s| is| has| are| "
        r"have) (?:(?:gone|been|just|now|actually|since) )*(?:missing(?! (?:her|his|my|their|the|a|an|some|school|"
        r"lessons?|class|classes|work|out|you|them|him|it|home|people|friends|family|me|us|"
        r"dad|mum|\w+ing))|disappeared|vanished|run off|run away|not come home|not come back|"
        r"been taken|been snatched|been abducted)",
        r"(?:taken|took|grabbed|snatched|abducted|bundled) (?:the|my|our|her|his) (?:\w+ )?"
        r"(?:baby|son|daughter|child|kid|kids|toddler|little one) (?:and|into|in|off|away)|"
        r"driving off with (?:her|him|them|the baby|the kids|my \w+)|"
        r"(?:bundled|dragged|pulled|forced|bundling|dragging|pulling) (?:\w+ ){0,3}into (?:a |the |"
        r"his |their )?(?:car|van|house|taxi|flat)",
        r"(?:lying|laying|collapsed|slumped) (?:\w+ )?(?:in|on) the (?:road|street|floor|ground|"
        r"pavement) (?:\w+ ){0,4}(?:not moving|isn't moving|unconscious|bleeding|won't wake)|"
        r"(?:not|isn't|is not|stopped) moving|unresponsive",
        # fire, water, an attacker at the door now
        r"(?:set fire|on fire|fire (?:in|at)|(?:house|flat|building|room|bins?)'s? (?:is |are )?"
        r"(?:burning|alight))",
        r"(?:pushed|thrown|fell|fallen|jumped) (?:\w+ )?(?:into|in) (?:the )?(?:canal|river|"
        r"water|lake|sea|reservoir|quarry|pond)",
        r"(?:he's|she's|they're|he is|she is|they are|someone's|someone is|there's (?:a man|"
        r"someone|a woman)) (?:\w+ )?(?:outside|at) (?:the|my|our) (?:door|window|house|flat|"
        r"gate|school|gates) (?:\w+ ){0,3}(?:now|right now|again|shouting|screaming|banging|"
        r"with a|trying|threatening|won't leave|watching (?:me|us|her|him|the)|filming|taking "
        r"photos|kicking)|(?:banging|hammering|smashing|kicking) (?:on|at|in) (?:the|my|our) (?:front |back )?(?:door|"
        r"window|shutters?|gate)(?: \w+){0,4} (?:right now|now|with a (?:bat|knife|hammer|machete|crowbar|"
        r"brick|weapon))|banging on (?:the|my) (?:door|window)|"
        r"(?:trying to|tried to) (?:break|kick (?:the door )?) ?in|kicking (?:the|my) door",
        r"(?:going|gonna|coming) to (?:kill|stab|shoot) (?:me|us|her|him|them|the kids|my \w+) "
        r"(?:\w+ ){0,6}(?:now|tonight|today|minutes?|back from|gets back|gets home|on (?:his|her) "
        r"way)",
        r"(?:i'm|i am|he's|she's|they're) on (?:the|a|that) (?:\w+ )?(?:bridge|roof|ledge|cliff|"
        r"edge|railway line|tracks)|before i do it(?! (?:tonight|tomorrow|this weekend|at the weekend|later|on \w+|next \w+|when \w+))",
        r"(?:a|some|this|the) (?:car|van|man|men|guy|bloke|stranger|group)(?:'s| has| is| have| "
        r"are)? (?:been )?(?:following|chasing) (?:him|her|me|them|us)",
    ), guards=(*_FRAMING, "habitual")),
)
