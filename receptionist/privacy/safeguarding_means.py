"""Self-harm told through its means and signs, and self-inflicted harm happening now.

Callers rarely say "suicide". They describe the means laid out or stockpiled ("the pills
lined up", "saving my nan's tablets"), farewells already sent ("sent goodbye messages",
"sorted out who gets my stuff"), a plan ("thought about how i'd do it") or signs on the body.
Those are self-harm (intent plus means not yet used, R2). When the harm is already done
(an overdose taken, a cut that will not stop bleeding) it is immediate danger, and R3 still
masks its clause as health, so those rules are kept apart for the semantic layer to see.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import rules

_FRAMING: Final = ("fiction", "hypothetical", "jest")
_IMMEDIATE: Final = "immediate_danger"

#: Medication named as means of self-harm.
MEDS: Final = (
    r"(?:tablets|pills|paracetamol|ibuprofen|co-?codamol|codeine|meds|medication|medicine|"
    r"sleeping pills|insulin|antidepressants)"
)
_MEDS = MEDS

# Marks or scars alone may be self-inflicted or inflicted: scored below the abuse rules so a
# named abuser decides the subtype.
SELF_HARM_SIGNS: Final = (
    rules("safeguarding", "self_harm_suicide", 0.78, (
        r"(?:marks|scars|burns|cuts|scratches) (?:all )?(?:on|up|down) (?:my|his|her|their) (?:own )?"
        r"(?:wrists?|arms?|legs?|thighs?|stomach|skin)",
    ), guards=(*_FRAMING, "accident")),
)

# Intent plus means, said in many shapes: means laid out or stockpiled (anyone's tablets),
# farewells already sent, and the wish that others were better off with the caller gone.
SELF_HARM_MEANS: Final = (
    rules("safeguarding", "self_harm_suicide", 0.93, (
        rf"(?:\w+'s )?(?:sleeping |all the |all my |all (?:his|her) )?{_MEDS} (?:\w+ ){{0,2}}(?:lined up|laid "
        r"out|counted out|set out|all ready|ready to take|ready for tonight|in a pile|crushed up)",
        rf"(?:lined up|laid out|counted out|counting out|set out) (?:all )?(?:of )?(?:my|his|her|"
        rf"their|all the) (?:\w+'s )?(?:sleeping )?{_MEDS}",
        rf"(?:saved|saving|stockpiled|stockpiling|stashed|stashing|hoarded|hoarding|hidden|hiding|"
        rf"squirrelled|squirreled|put by|put aside|kept back|keeping back) (?:up |away |aside )?"
        rf"(?:\w+ ){{0,3}}(?:sleeping |blood pressure |heart )?{_MEDS}(?! (?:box|cupboard|cabinet|"
        rf"prescription|from the pharmacy))",
        r"(?:goodbye|farewell|last|final) (?:messages|texts|letters|notes|videos|voice notes)|"
        r"(?:sent|sending|texted|messaged|wrote|written|writing) (?:\w+ ){0,3}(?:goodbyes?|"
        r"farewells?|goodbye \w+)|(?:written|wrote|writing|left) (?:letters|notes) (?:to|for) "
        r"(?:everyone|everybody|my family|all of (?:us|them)|each of)",
        r"(?:better|happier|easier) (?:off )?(?:\w+ ){0,3}if (?:i|he|she) (?:just )?(?:wasn't|"
        r"weren't|was not|were not|was gone|were gone|didn't exist|died|disappeared)(?: (?:around|"
        r"here|alive|any ?more))?|better without (?:me|him|her)(?! (?:in the|on the|at the))|"
        r"(?:wouldn't|won't) be (?:here|around) (?:any ?more|much longer)",
        r"(?:know|knows|worked out|working out|looked up|looking up|googled|counting|counted|"
        r"checked|checking|found out) how many (?:\w+ ){0,3}(?:i|he|she|you|it|they)? ?(?:need|"
        r"needs|would need|'d need|to take|takes|it takes|would kill|will kill|would do it)|"
        rf"(?:collecting|saving|keeping|stashing|taking) (?:\w+ ){{0,3}}{_MEDS} (?:for|over) (?:a few|"
        r"weeks|months|ages|a while|the last|days)",
        r"sorry for (?:being a burden|being such a burden|being so much trouble|all the trouble)|"
        r"(?:said|saying|says|messag\w+|text\w+|note|letter|posted) (?:\w+ ){0,5}(?:sorry for "
        r"everything|(?:she|he|i) loves? (?:us|you|them|everyone) all|look after (?:mum|dad|my "
        r"\w+|the kids|everyone|my \w+) for (?:me|her|him)|(?:you'll|you will|you'd|everyone "
        r"will|everyone'd) (?:all )?be better off)",
        r"(?:sorted|sorting|decided|written down|worked out) (?:out )?who (?:gets|should get|can "
        r"have|should have|will get|is having) (?:my|his|her|all my|all his|all her) (?:\w+ )?"
        r"(?:stuff|things|belongings|clothes|games|cat|dog|money|phone)",
        rf"(?:got|have|has|'ve got|'s got|keeping|hiding|hid|hidden) (?:the|all the|a load of|loads "
        rf"of|enough|a stash of|a bag of|a box of) (?:\w+ )?{_MEDS} (?:in|on|under|with|inside|"
        rf"behind) (?:me|my|his|her|the)",
        r"(?:i'm|he's|she's|i am|he is|she is|feel like|feels like|felt like|i've become|just) "
        r"(?:such |just |only |nothing but )?a burden|(?:better|happier|easier) (?:off )?without "
        r"(?:me|him|her)(?! (?:in the|on the|at the|there))",
        r"(?:saying|said|says|text\w*|messag\w*) (?:\w+ ){0,3}(?:this is|it's|its) (?:my )?goodbye|"
        r"(?:ways|how|methods|best way|easiest way|quickest way|painless ways?|the way) to (?:die|kill "
        r"(?:myself|himself|herself|yourself|themselves)|end (?:it|it all|my life|his life|her life)|"
        r"overdose|commit suicide|hang (?:myself|himself|herself))",
        r"(?:hidden|hid|hiding|got|have|has|keeps?|kept|bought|keeping) (?:a |the |some |my |his "
        r"|her )?(?:blade|blades|razor|razors|razor blades|sharpener blades?) (?:\w+ ){0,9}"
        r"(?:use (?:it|them)|tonight|on (?:myself|himself|herself)|on (?:my|her|his) (?:arms|"
        r"wrists|legs))",
        r"(?:think|thinking|thought|thinks|planned|planning|plan|plans|worked out|working out|"
        r"decided|deciding) (?:about |of )?(?:exactly )?(?:how|when|where) (?:i'd|i would|i'll|i will|"
        r"i'm going to|he'd|she'd|he'll|she'll|to) (?:do it|end it|go about it|kill (?:myself|"
        r"himself|herself)|end (?:my|his|her) life|go through with it)",
        rf"(?:got|have|'ve got|taken|took|nicked|stole|stolen|hidden|hid) (?:all )?(?:of )?"
        rf"(?:my|his|her) (?:mum's|dad's|nan's|gran's|grandad's|mam's|brother's|sister's|"
        rf"parents'|flatmate's) (?:sleeping )?{_MEDS}",
        r"(?:if|hope|wish|pray) (?:i|he|she|we) (?:both |all )?(?:just )?(?:didn't|don't|doesn't|never|did not|wouldn't) wake up|"
        r"better off (?:in the ground|six feet under|in a box|in the grave|gone|not here)|(?:left|"
        r"leaving) (?:(?:her|his|my) )?(?:(?:phone|keys|purse|wallet|bank card) (?:and )?)?(?:a )?"
        r"(?:letter|note|goodbye) (?:\w+ ){0,4}(?:and )?(?:gone|walked out|walked off|disappeared|"
        r"vanished)|(?:got|have|"
        r"'ve got|has) (?:the|a|my|his|her) (?:razor|blade|blades|rope) (?:\w+ ){0,6}(?:just "
        r"wanted|someone to know|ready|here|now)|"
        r"(?:thinking (?:of|about)|thought (?:of|about)|want to|wanna|going to|gonna|considering|"
        r"planning|plan) (?:on )?(?:ending|end) (?:things|everything|it all|my life|his life|her life)|"
        r"(?:won't|will not|wouldn't) be (?:here|around|alive) (?:after \w+|anyway|soon|by \w+|"
        r"next \w+|for much longer|to see)|(?:wish|wishes|wished|wishing) (?:i|he|she|they)"
        r"(?:'d| was| were| could be| had) (?:never )?(?:dead|been born|gone|not here|not alive|"
        r"died)|"
        r"(?:said|says|saying|told \w+) (?:\w+ )?(?:he|she|i) (?:won't|will not|wouldn't) (?:need|be "
        r"needing) (?:them|it|anything|any of (?:it|them|this))|(?:given|gave|giving|give) (?:away )?"
        r"(?:all )?(?:his|her|my) (?:\w+ ){0,2}(?:xbox|playstation|ps5|games|stuff|things|clothes|"
        r"phone|switch|cat|dog|pets?|jewellery|books|trainers)(?: and (?:all )?(?:his|her|my) \w+)? "
        r"(?:away|to)",
        r"(?:no|never) (?:going to|gonna) (?:see|make it to) (?:my|his|her) (?:\w+ )?birthday|"
        r"(?:put|putting|sorted|sorting) (?:my|his|her) affairs in order|(?:got|have|has|'ve got|"
        r"bought|ordered) (?:a |the |some )?(?:rope|noose|ligature|razor blades|blades|charcoal)"
        r"(?: \w+){0,4} (?:for|to) (?:tonight|myself|himself|herself|do it|end it|use)",
    ), guards=_FRAMING),
)

# Self-inflicted harm already done now (an overdose taken, a deep cut bleeding): R2 makes it
# immediate danger, and R3 still makes its clause health, so these rules are kept apart.
SELF_INFLICTED_NOW: Final = (
    rules("safeguarding", _IMMEDIATE, 0.97, (
        r"(?:hanging|hanged|hung) (?:himself |herself |themselves )?(?:from|off|on|in) (?:the|a|"
        r"his|her) (?:banister|bannister|door|tree|loft|beam|hook|stairs|rail|wardrobe|curtain "
        r"rail|garage)",
        r"(?:slit|slitting|slashed|cut|cutting|sliced|stabbed) (?:open )?(?:my|his|her|their) "
        r"(?:own )?(?:wrists?|arms?|throat|legs?|neck) (?:\w+ ){0,8}(?:blood|bleeding|won't stop|"
        r"can't stop|deep|everywhere|pouring)",
        # (not sugars or pressure all over the place, not fake blood for a costume)
        r"(?<!fake\s)(?<!stage\s)(?:blood(?! (?:sugars?|pressure|levels?|tests?|results?|glucose)\b)|bleeding) (?:\w+ ){0,3}(?:everywhere|all over|won't stop|pouring|pissing|"
        r"gushing|through the towel)",
        rf"(?:taken|took|swallowed|had|necked|downed|eaten|ate) (?:\w+ ){{0,10}}(?:\w+'s )?"
        rf"(?:sleeping )?{_MEDS}(?: \w+){{0,6}} (?:ago|just now|earlier|tonight|this morning|"
        rf"an hour|half an hour|minutes|(?:won't|wont|can't|cant|doesn't) wake|unconscious|not "
        rf"breathing|passed out|collapsed|being sick|and (?:he's|she's|i'm|they're) (?:gone|going|"
        rf"feeling|really|so|very) (?:sleepy|drowsy|sick|dizzy|floppy|woozy|out of it|weird|grey|"
        rf"pale))",
        rf"(?:just|i've|i have|she's|he's|has|have) (?:just )?(?:taken|took|swallowed|necked|downed|had) "
        rf"(?:all|a load|loads|the whole|a whole|every one|a handful|a bunch|a bottle|a box|a "
        rf"packet|ten|twenty|thirty|forty|fifty|\d+) (?:\w+ ){{0,3}}(?:\w+'s )?(?:sleeping )?{_MEDS}",
        r"(?:swallowed|taken|took|drunk|drank|necked|downed) (?:some |a load of |a bottle of |a cup of "
        r"|half a bottle of )?(?:bleach|anti ?freeze|weed ?killer|detergent)",
        r"(?:swallowed|taken|took|drunk|drank|necked) (?:some |a load of |a bottle of )?(?:something|"
        r"stuff|bleach|pills|anti ?freeze|weed ?killer|cleaning stuff|detergent) (?:\w+ ){0,6}(?:slurring|sleepy|drowsy|"
        r"unconscious|won't wake|being sick|not making sense|floppy|passed out|collapsed)",
        r"(?:taken|took|swallowed|had|necked|downed) (?:an |a )?(?:overdose|od|too many)|(?:swallowed|taken|took|"
        r"necked|downed) (?:the|a) whole (?:packet|pack|box|bottle|tub|strip|lot)|"
        r"(?:has|\w+'s|just|have|i've|we've|she's|he's|they've) (?:overdosed|od'd|o ?d'?d)",
        r"(?:cut|slashed|stabbed|burnt|burned|hurt) (?:himself|herself|myself|themselves) (?:\w+ )"
        r"{0,6}(?:blood|bleeding)",
    ), guards=(*_FRAMING, "habitual")),
)

