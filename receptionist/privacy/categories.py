"""Special-category rules (UK GDPR art. 9 and 10) other than card and bank data.

Health lives in :mod:`receptionist.privacy.health`; this module has the identity and record
categories.

Spans cover the sensitive fact only — the condition ("epilepsy"), the identity statement
("we're Jewish", "i'm in the union") or the criminal-justice predicate ("was arrested last
year") — so redaction removes the fact and keeps the business of the call. Identity patterns
need a personal subject, which is also how R1 is honoured: "i'm from the Hindu society" or
"the Catholic school" never has "i'm a Catholic" shape, and the organisation guard vetoes
role words ("rep", "steward") when the caller is booking or speaking for a body.
"""

from __future__ import annotations

import re
from typing import Final

from receptionist.privacy.context import ORG_POSSESSORS
from receptionist.privacy.health import HEALTH
from receptionist.privacy.health_terms import (
    AID_SERVICE,
    CONDITION_AND_MEDICINE_WORDS,
    NOT_PHYSIO,
    PROCEDURE_WORDS,
    SPECIALISTS,
)
from receptionist.privacy.patterns import Rule, alternation, compile_pattern, rules, word_list

_PERSONAL_GUARDS: Final = ("framing", "hypothetical", "negation", "impersonal")
_IDENTITY_GUARDS: Final = ("framing", "hypothetical", "negation")

# Common first names that say a caller is a man or a woman (names given to either are left out):
# "it's rob, me and my husband tom" discloses an orientation the words alone do not.
_MALE_NAMES = word_list("""
    adam|adrian|aidan|alan|alistair|andrew|andy|anthony|arthur|barry|ben|benjamin|bill|billy|bob|brad|brian|bruce|callum|
    calum|carl|charles|christopher|clive|colin|connor|craig|daniel|danny|darren|dave|david|dean|declan|dennis|derek|dominic|
    donald|douglas|dylan|eddie|edward|elliot|eric|ethan|euan|ewan|finn|frank|fraser|gareth|gary|gavin|geoff|geoffrey|george|
    gerald|gordon|graham|greg|gregory|harry|harvey|henry|hugh|iain|ian|isaac|jack|jacob|jake|james|jason|jeff|jeremy|jim|
    jimmy|joe|joel|john|jon|jonathan|joseph|josh|joshua|keith|kevin|kieran|kyle|lee|leo|lewis|liam|luke|malcolm|marcus|mark|
    martin|matt|matthew|michael|mike|mohammed|muhammad|nathan|neil|nicholas|nick|nigel|noah|oliver|ollie|oscar|owen|
    patrick|paul|peter|phil|philip|ray|raymond|reece|rhys|richard|rob|robert|roger|ross|roy|russell|ryan|scott|sean|shaun|
    simon|stephen|steve|steven|stuart|terry|thomas|tim|timothy|tom|tony|trevor|tyler|wayne|william|will|
    kenneth|ken|ronald|ron|norman|stanley|stan|harold|albert|alfred|ernest|leonard|len|wilfred|walter|
    dan|chris|pete|kev|gaz|jamie|stu|mick|omar|tariq|imran|hassan|ahmed|bilal|yusuf|kwame|tunde|emeka|piotr|tomasz|marek|luca|marco|carlos|diego|sanjay|vikram|arjun|rohan|deepak|amit|sunil|dev|darius|kofi|sipho
""")
_FEMALE_NAMES = word_list("""
    abigail|aisha|alice|alison|amanda|amber|amelia|amy|andrea|angela|anna|anne|annie|beth|bethany|carol|caroline|catherine|
    charlotte|chloe|claire|clare|debbie|deborah|denise|diane|donna|eleanor|elizabeth|ella|ellie|emily|emma|erin|eve|fatima|
    fiona|gemma|georgia|grace|hannah|harriet|heather|helen|holly|isabel|isla|jackie|jane|janet|jasmine|jayne|jennifer|
    jenny|jess|jessica|joanne|julie|karen|kate|katherine|kathryn|katie|kelly|kerry|laura|lauren|leanne|linda|lisa|lorraine|
    louise|lucy|lydia|lynn|maria|mary|megan|melanie|michelle|mia|molly|natalie|nicola|olivia|paula|priya|rachel|rebecca|
    rose|ruth|sally|samantha|sandra|sarah|sharon|shirley|sophie|stacey|stephanie|susan|sue|tracey|tracy|victoria|wendy|zoe|
    margaret|pauline|jean|maureen|brenda|sheila|patricia|barbara|joan|dorothy|elaine|gillian|jacqueline|valerie|christine|janice|
    doreen|irene|eileen|june|kathleen|marion|rita|sylvia|beryl|hazel|
    becky|steph|nadia|yasmin|samira|amina|ayesha|sana|anjali|neha|pooja|kasia|magda|ewa|olga|sofia|ngozi|abena|shona|kirsty|leah|chantelle
""")

# "i'm", "we're", "my son's", "she is", optionally "a/an", "half/part/proud/practising"
_IDENT = r"{SUBJ} (?:(?:a|an|also|both|all|actually|originally|proud|practising|devout|strict|" \
    r"lapsed|born|raised|brought up|quite|very|really|half|part|quarter|mixed|british|become|" \
    r"became|becoming|turned|converted|converting|now|just|recently|always been|been|staunch|" \
    r"lifelong|committed|die[- ]?hard|card[- ]carrying|paid[- ]up|massive|big|keen|active|" \
    r"observant|orthodox|already|still|obviously|definitely|strong|huge|firm|bit|of|proper|free|reformed|total|real|" \
    r"great|true|true blue|blue|red|dyed in the wool|regular|very much|used to be) )*"


# Ethnic groups as callers and census or monitoring forms name them ("white and black
# caribbean", "gypsy or irish traveller", "british bangladeshi"). A nationality alone
# ("polish", "pakistani") is not here: it is not ethnic origin (dev labelling rules).
_ETHNIC_WORDS = word_list("""
    black british|black caribbean|black african|black other|black english|black welsh|
    black scottish|black caribbean and white|black african and white|
    british pakistani|british indian|british bangladeshi|british chinese|british asian|british arab|
    british somali|british nigerian|british ghanaian|british jamaican|british turkish|british kurdish|
    british caribbean|british african|british kashmiri|british punjabi|british bengali|
    asian british|asian other|asian and white|south asian|east asian|asian|
    white british|white irish|white other|white english|white welsh|white scottish|
    white northern irish|white european|white eastern european|white roma|white traveller|
    white gypsy or irish traveller|white and black caribbean|white and black african|
    white and asian|white and black|mixed white and black caribbean|mixed white and black african|
    mixed white and asian|mixed white and black|mixed race|mixed heritage|mixed ethnicity|
    mixed other|dual heritage|biracial|bi racial|any other mixed background|
    any other white background|any other asian background|any other black background|
    roma|romani|romany|romany gypsy|romany gypsies|gypsy|gypsies|gypsy or irish traveller|
    gypsy roma traveller|gypsy traveller|gypsy travellers|irish traveller|irish travellers|
    irish traveler|romany traveller|scottish traveller|traveller|travellers|traveler|travelers|romanichal|romanichals|
    romani chal|pavee|minceir|travelling people|travelling community|travelling family|oromo|amhara|tigrayan|
    fula|fulbe|peul|susu|soninke|bambara|dinka|nuer|nubian|afar|bajuni|bravanese|benadiri|fulani|mandinka|wolof|serer|kikuyu|zulu|xhosa|ndebele|sinhalese|tajik|hazaras|baluchi|assyrian|chaldean|bedouin|rohingya|hmong|hakka|
    krio|sierra leonean krio|mende|temne|limba|akan|ashanti|ewe|fante|luo|luhya|kalenjin|
    kurdish|kurd|kurds|tamil|sri lankan tamil|somali|pashtun|pathan|hazara|baloch|sindhi|
    punjabi|gujarati|bengali|sylheti|kashmiri|pakistani kashmiri|indian kashmiri|mirpuri|
    ashkenazi|ashkenazi jewish|sephardi|sephardic|mizrahi|yoruba|igbo|hausa|uyghur|berber|amazigh|maori|aboriginal|latino|latina|latinx|hispanic|
    afro caribbean|caribbean|west indian|anglo indian|arab|black|person of colour|
    people of colour|bame|ethnic minority
""")
_ETHNIC = _ETHNIC_WORDS + r"|(?:half|part|quarter|mixed) \w+(?:ese|ian|an|ish|i|ic|ch)|[a-z]+(?:i|ian|ese|an) arabs?|(?:east " \
    r"african|ugandan|kenyan|tanzanian) asians?|asians|bene israel|baghdadi jews?|cochin jews?|beta israel|british (?!(?:veteran|vegan|" \
    r"olympian|comedian|politician|librarian|musician|technician|guardian|civilian|citizen|national)\b)[a-z]+(?:i|an|ese)\b|(?:scottish|welsh|english|irish|" \
    r"northern irish) (?:pakistani|indian|bangladeshi|chinese|african|caribbean|somali|nigerian|ghanaian|arab|kurdish|asian|" \
    r"jamaican|turkish|punjabi|bengali|kashmiri|sikh)"
# an ethnic word that names a place, a business or an event is not about a person
_NOT_PERSON_ETHNIC = (
    r"(?! ?(?:school|society|community centre|centre|club|restaurant|takeaway|shop|food|"
    r"history month|history|cultural centre|owned|led|run|business|businesses|charity|network|"
    r"group|association|and white (?:photo|film|print|tv)|and blue|ink|pen|paint|kit|cab|cabs|taxi|belt|tie|"
    r"coffee|friday|country|pudding|sheep|market|hole|box|mirror|magic|widow|beans?|cab driver|taxi driver|jazz|band|swing|"
    r"music|tart|skirt|caravan))"
)

# Census and monitoring-form groups of two or more words ("black caribbean and white
# british", "british bangladeshi") name a person's ethnicity wherever they are said of one.
_CENSUS_GROUPS = word_list("""
    black british|black caribbean|black african|black english|black welsh|black scottish|
    british pakistani|british indian|british bangladeshi|british chinese|british asian|british arab|
    british somali|british nigerian|british ghanaian|british jamaican|british turkish|british kurdish|
    british caribbean|british african|british kashmiri|british punjabi|british bengali|
    asian british|white british|white irish|white english|white welsh|white scottish|
    white northern irish|white european|white eastern european|white gypsy or irish traveller|
    white and black caribbean|white and black african|white and asian|mixed white and black caribbean|
    mixed white and black african|mixed white and asian|mixed race|mixed heritage|dual heritage|
    gypsy or irish traveller|gypsy roma traveller|irish traveller|romany gypsy|afro caribbean|
    anglo indian|south asian|east asian|west indian
""")

RACIAL_ETHNIC: Final = (
    rules("category", "racial_ethnic_origin", 0.84, (
        # "we're from the afar community": a people named by their community, not a place, faith or interest
        r"(?:we're|we are|i'm|i am|she's|he's|they're|we come|i come|(?:my|our) family(?:'s| is| are)?) (?:from|part of) the "
        r"(?!(?:local|wider|school|student|university|college|business|farming|deaf|blind|disabled|lgbt\w*|gay|queer|trans|"
        r"church|jewish|muslim|sikh|hindu|christian|catholic|faith|arts?|sporting|rural|online|gaming|medical|nursing|care|police|"
        r"military|armed|forces|veterans?|same|whole|village|estate|farming|fishing|mining|boating|travelling|traveller|"
        r"recovery|autism|autistic|disability)\b)[a-z]+(?: [a-z]+)? community\b(?! (?:association|centre|center|group|trust|forum|"
        r"charity|council|hall|radio|project|organisation|leaders?))",
        r"(?:we're|we are|i'm|i am|they're|she's|he's) (?:scottish|welsh|english|romany|new) travellers?\b",
        # "my son's the only gypsy traveller in his class"
        r"(?:\w+'s|i'm|he's|she's|we're|i am|he is|she is) the only (?:(?:" + _ETHNIC_WORDS + r")|mixed race) (?:kid |child |boy |"
        r"girl |lad |pupil |student |family |person |one )?(?:in|at|on)\b",
    ), guards=("framing", "hypothetical", "negation", "professional")),
    rules("category", "racial_ethnic_origin", 0.86, (
        # "we live on the travellers' site"
        r"(?:we|i|they|he|she|my \w+) (?:live|lives|living|stay|stays|staying|'re|are|is|'s) (?:on|at) (?:the|a) (?:travellers'?|traveller|"
        r"gypsy|gypsy traveller|romany) (?:site|camp|pitch)\b",
        r"(?:a|the|our|two|three|four|both|some|these|those|several|(?:two|three|four|some|both) of (?:our|the)) (?:roma|romani|"
        r"romany|gypsy|traveller|irish traveller|gypsy traveller) (?:family|families|lad|girl|"
        r"boy|woman|man|couple|kids|children|household|site|community|pupils|students|boys|girls|lads)",
        # "the family i'm ringing about are roma", "they're travellers"
        r"(?:family|families|they|kids|children|parents|household|couple|tenants?|residents?|pupils?|boys|girls|sons|"
        r"daughters|lads|twins|lady|man|woman|gentleman|client|person|child|boy|girl|lad)"
        r"(?:(?: \w+){0,4} (?:are|is|were|was|'re)|'s) (?:all )?(?:roma|romani|romany|gypsies|gypsy|travellers|"
        r"traveller|irish travellers|kurdish|kurds|somali|tamil|sikh punjabi|bangladeshi heritage)"
        r"(?=[,.]|$| (?:and|so|but|originally|from)\b)",
        # "she's polish roma", "he's a young black lad"
        r"(?:i'm|i am|he's|he is|she's|she is|they're|they are|my \w+'s|my \w+ is) (?:\w+ )?(?:roma|romani|romany)\b|"
        r"(?:i'm|i am|he's|he is|she's|she is|my \w+'s) an? (?:young |little |older )?(?:black|asian|brown|mixed race|"
        r"white) (?:lad|lass|man|woman|girl|boy|kid|bloke|fella|guy|teenager|student)\b",
        # "even though he's light skinned", "the foster carers are white"
        r"(?:i'm|i am|he's|he is|she's|she is|they're|we're|my \w+'s|my \w+ is|\w+'s) (?:quite |very |really |a bit |fairly |"
        r"more |dead )?(?:light|dark|fair|brown|olive)[- ]skinned\b",
        r"(?:the |my |our |his |her |their )?(?:foster carers|foster parents|adopters|adoptive parents|host family|"
        r"step ?family|birth parents|new family) (?:are|were|'re) (?:both |all )?(?:white|black|asian|brown|mixed race)"
        r"(?= (?:and|so|but)\b|[,.]|$)",
        # "my housemates are all white and i'm the only black girl"
        r"(?:my|his|her|our|their|the other) (?:housemates|flatmates|neighbours|friends|classmates|colleagues|"
        r"teammates|coursemates|roommates|in-laws|cousins) (?:are|were|'re) (?:all |both |mostly |nearly all |"
        r"also )?(?:white|black|asian|brown|mixed race|mixed|south asian|east asian)(?= (?:and|so|but)\b|[,.]|$)",
        # said of someone, so it ends the phrase: not "the black caribbean elders club"
        r"(?:" + _CENSUS_GROUPS + r")(?: and (?:" + _CENSUS_GROUPS + r"|white|black|asian))?"
        r"(?=[,.?]|$| (?:and|but|so|or|i think|really|heritage|background|descent|origin)\b)",
    ), guards=(*_IDENTITY_GUARDS, "impersonal", "organisation")),
    rules("category", "racial_ethnic_origin", 0.88, (
        _IDENT + r"(?:" + _ETHNIC + r")" + _NOT_PERSON_ETHNIC,
        r"(?:as an?|being an?) (?:" + _ETHNIC_WORDS + r")\b" + _NOT_PERSON_ETHNIC + r"(?= |,)",
        r"(?:him|her|me|them|us|you) being (?:a |an )?(?:" + _ETHNIC_WORDS + r"|kurdish|kurds|somali|tamil|black|asian|"
        r"mixed race|pakistani heritage)\b" + _NOT_PERSON_ETHNIC,
        r"(?:\w+ )?(?:percent|per cent|%) (?:\w+ ){0,2}(?:" + _ETHNIC_WORDS + r"|[a-z]+(?:an|ish|ese|ic|i))\b",
        r"(?:i'm from|i am from|we're from|(?:he|she)'s from|part of|come from|born into|grew up in) (?:a|an|the) (?:" + _ETHNIC_WORDS + r") (?:family|families|background|"
        r"community|household|heritage)",
        # "we're a sikh punjabi family", "i'm sikh and punjabi": a faith said first
        _IDENT + r"(?:sikh|muslim|hindu|christian|catholic|jewish|buddhist|jain|orthodox) (?:and )?(?:" + _ETHNIC + r")"
        + _NOT_PERSON_ETHNIC,
        r"(?:of|from an?|with an?) (?:\w+ ){0,2}(?:heritage|descent|origin|ethnicity|"
        r"background)(?= |$|,|\.)",
        r"(?:as an?|being an?|the only|one of the only|one of (?:the )?(?:few|two|three)) (?:"
        + _ETHNIC + r") (?:woman|women|man|men|person|people|mum|dad|mother|father|parent|girl|"
        r"girls|boy|boys|lad|lads|family|student|students|pupil|pupils|kid|kids|child|lady|guy|"
        r"member of staff|employee|nurse|teacher)",
        r"(?:with |us |me |him |her )?being (?:" + _ETHNIC_WORDS + r"|kashmiri|punjabi|bengali|kurdish|tamil|somali|pashtun|"
        r"hazara|gujarati|sylheti|mirpuri)\b(?! (?:food|restaurant|shop|takeaway|news|channel))",
        r"(?:from|part of|in) the (?:travelling|traveller|gypsy|roma|romany|gypsy traveller) community\b|(?:we are|we're|i'm|i am|"
        r"he's|she's|they're) (?:pathans?|pashtuns?|sylhetis?|mirpuris?|punjabis?|gujaratis?|kurds?|tamils?|somalis?)\b",
        # "a counsellor who's british pakistani like me"
        r"(?:" + _ETHNIC_WORDS + r") like (?:me|us|myself|my \w+)\b",
        # "she's the only black lassie in the squad"
        r"(?:the only|one of the only|one of (?:the )?(?:few|two|three)) (?:black|asian|brown|mixed race|south asian|east "
        r"asian|" + _ETHNIC_WORDS + r") (?:lass|lassie|lasses|laddie|lad|lads|bairn|bairns|wean|weans|kid|kids|child|player|"
        r"players|one|ones|member|members|family|families|person|woman|man|girl|girls|boy|boys|swimmer|pupil|student)\b",
        r"(?:put|tick|choose|select|write|say|pick|down as|as) (?:\w+ ){0,2}(?:british (?:bangladeshi|"
        r"pakistani|indian|chinese|african|caribbean|somali|nigerian|ghanaian|arab|kurdish|sikh)|"
        r"black british|white british|white irish|black african|black caribbean|mixed (?:white and "
        r"\w+(?: \w+)?|race|heritage|ethnicity)|gypsy or irish traveller|irish traveller)",
        r"(?:ticked|tick|ticking|put|putting|put down|selected|select|chose|choose|wrote|write|changed to|"
        r"change it to|changed it to) (?:" + _CENSUS_GROUPS + r"|any other (?:mixed|white|black|asian) background)",
        r"(?:ticked|tick|ticking|put|putting|put down|selected|select|chose|choose|wrote|write) (?:\w+ )?(?:"
        + _ETHNIC_WORDS + r"|[a-z]{3,}(?:ian|ean|ese|ish|i))(?: (?:on|for|in) (?:the|my|his|her) (?:form|ethnicity|ethnic|monitoring)|,? "
        r"(?:british|white|black|asian) \w+)",
        r"(?:i'm|i am|he's|she's|we're|they're) (?:white|black|asian|brown)(?! and blue)(?= (?:so|and|but|british|irish|"
        r"myself)\b|,|\.|$)",
        r"(?:because|cause|as) (?:i'm|he's|she's|we're|they're) (?:black|asian|brown|"
        r"mixed race|a traveller|travellers|roma|gypsies|jewish|white)",
        # monitoring-form wording: "my ethnicity is ...", "put him down as ...", "i identify as ..."
        r"(?:(?:my|his|her|their|our)(?: \w+'s)? (?:ethnicity|ethnic (?:group|background|origin)|"
        r"heritage|background) (?:is|was|'s|are|would be) |(?:describe|describes|described|"
        r"identify|identifies|identified|class|classes|classed|put|puts|putting|register|registered|"
        r"record|recorded|tick|ticked) (?:(?:me|him|her|us|them|myself|himself|herself|ourselves|"
        r"themselves|(?:my|our|his|her|their) (?:\w+ )?{KIN}) )?(?:down )?(?:as |the box for )"
        r"|(?:the|this|that|their|our) (?:family|families|household|couple|children|kids|parents)"
        r"(?:'s| is| are| were| was) (?:all |both |originally )?)(?:an? )?(?:" + _ETHNIC + r")"
        + _NOT_PERSON_ETHNIC,
    ), guards=_IDENTITY_GUARDS),
)

_FAITH_TERMS = (
    r"christian|catholic|roman catholic|muslim|moslem|jewish|jew|orthodox jew|orthodox jewish|bohra|dawoodi bohra|ismaili|"
    r"heathen|asatru|odinist|wiccan|druid|"
    r"hindu|sikh|"
    r"buddhist|jain|mormon|latter[- ]day saint|jehovah'?s witness|jw|quakers?|methodist|"
    r"baptist|anglican|church of england|c of e|evangelical|pentecostal|born again|"
    r"jehovah'?s witnesses|"
    r"greek orthodox|russian orthodox|orthodox|rastafarian|rasta|pagan|wiccan|druid|"
    r"atheist|agnostic|humanist|shia|sunni|ahmadi|ahmadiyya|seventh[- ]day adventist|"
    r"christadelphian|plymouth brethren|exclusive brethren|scientologist|zoroastrian|"
    r"baha'?i|druze|alevi|salafi|hasidic|haredi|religious|non[- ]religious|believers?|"
    r"free church|church of scotland|presbyterian|lutheran|unitarian|salvation army|"
    r"coptic|eastern orthodox|ismaili|deobandi|sufi|shinto|taoist|practising muslim|amritdhari|"
    r"khalsa|baptised sikh|born again christian|wee free|church of ireland|church in wales|protestant|proddy|proddie|"
    r"happy clapper|bible basher|bible thumper|holy roller|god botherer|jesus freak|free presbyterian|chapel-goer|chapel goer|chapelgoer|churchgoer|"
    r"church-goer|church goer|massgoer|mass-goer|mosque-goer|mosque goer|regular at mass|regular at church|"
    r"regular at chapel|regular at mosque|secular|swaminarayan|iskcon|hare krishna|brahma kumaris?|ravidassia|"
    r"radha soami|nirankari|messianic|jews for jesus|messianic jew|messianic jewish|revert|reverts|muslim revert"
)
# longest first, so "orthodox jewish" is one fact and not "orthodox" and a stray word
_FAITH = alternation(_FAITH_TERMS.split("|"))

# Festivals and observances: saying one keeps them reveals a belief.
_FESTIVAL = (
    r"(?:eid(?: al[- ]?(?:fitr|adha))?|ramadan|ramadhan|diwali|deepavali|vaisakhi|baisakhi|holi|samhain|beltane|imbolc|lughnasadh|"
    r"ostara|"
    r"navratri|passover|pesach|yom kippur|rosh hashanah|hanukkah|chanukah|sukkot|purim|shabbat|"
    r"shabbos|the sabbath|sabbath|lent|ash wednesday|guru nanak'?s birthday|gurpurab|bandi chhor|"
    r"ganesh chaturthi|durga puja|janmashtami|raksha bandhan|mawlid|ashura|hajj|umrah|jummah|"
    r"jumu'?ah|friday prayers|orthodox christmas|orthodox easter|shavuot|simchat torah|tisha b'?av|lailat al qadr|"
    r"laylat al qadr|vesak|wesak|nowruz|navroz|christmas mass|midnight mass|jalsa|jalsa salana|ijtema)"
)

RELIGION: Final = (
    rules("category", "religion_belief", 0.88, (
        _IDENT + r"(?:[a-z]+(?:ish|ian|an|ese|ic|ch|i) )?(?:" + _FAITH + r")s?(?! (?:school|society|soc|church|chapel|community|"
        r"centre|center|group|club|charity|primary|academy|college|cathedral|council|committee|"
        r"association|chaplaincy|youth|faith school|hall|studies|education|festival|"
        r"tradition|cemetery|food|shop))",
        r"(?:i|he|she|we|they|my \w+) (?:became|become|becoming|converted to|turned) (?:a |an )?(?:" + _FAITH + r")s?\b",
        # "i'm the only muslim on the floor"
        r"(?:i'm|i am|we're|we are|he's|she's|he is|she is) (?:the only|one of the only|one of (?:the )?few) (?:" + _FAITH + r")s?\b"
        r"(?! (?:school|society|church|chapel|charity|centre|group|club))",
        # "we're the only sikh family on the close"
        r"(?:the only|one of the only|one of (?:the )?(?:few|two|three)) (?:" + _FAITH + r") (?:family|families|woman|women|"
        r"man|men|person|people|girl|girls|boy|boys|lad|lads|kid|kids|child|pupil|pupils|student|students|member of staff|"
        r"household|couple|mum|dad|one|ones)\b",
        r"(?:as an?|being an?) (?:(?:" + _ETHNIC + r") )?(?:practising |devout |strict |committed |observant |proud |"
        r"lifelong |born again )?(?:" + _FAITH + r")(?! (?:school|society|church|charity|"
        r"college|academy|group|club|centre|organisation|hall|youth))",
        r"{SUBJ} (?:\w+ ){1,3}and (?:a |an )?(?:" + _FAITH + r")s?\b(?! (?:school|church|college|academy|charity|centre))",
        # "we're a punjabi sikh family": an ethnic group said first
        _IDENT + r"(?:" + _ETHNIC + r") (?:and )?(?:" + _FAITH + r")s?\b(?! (?:school|church|college|academy|charity|"
        r"centre|society))",
        r"(?:my|our|his|her|their) (?:religion|faith|religious beliefs|beliefs|belief|"
        r"church|mosque|synagogue|temple|gurdwara|imam|rabbi|vicar|priest|pastor)(?! "
        r"(?:school|hall))",
        r"(?:i|we|he|she|they|(?:my|our|his|her|their) (?:\w+ )?{KIN}) (?:(?:still|also|always|"
        r"try to|tries to|have to|has to|need to|needs to|must|will|'ll) )?(?:pray|prays|praying|"
        r"go to (?:mosque|church|synagogue|temple|gurdwara|mass|chapel|meeting)|goes to "
        r"(?:mosque|church|synagogue|temple|gurdwara|mass|chapel)|attend (?:mosque|church|"
        r"synagogue|temple|gurdwara|mass)|worship)(?: (?:five|three|two|several) times a day| "
        r"(?:every|each) (?:day|morning|night|evening|friday|saturday|sunday)| daily)?",
        # "my son's just been confirmed into the catholic church", "found god in there"
        r"(?:been |was |got |getting |being )?(?:confirmed|baptised|baptized|christened|received) into the (?:\w+ )?"
        r"(?:church|faith)\b|(?:(?:i|he|she|they|we)(?:'ve| have| has|'s)? )?(?:found|finding) (?:god|jesus|allah|the lord)\b",
        # "i go to the pentecostal church in gravesend every sunday"
        r"(?:i|we|he|she|they|(?:my|our|his|her|their) (?:\w+ )?{KIN}) (?:(?:still|also|always|usually) )?(?:go|goes|went) to "
        r"(?:the|a) (?:\w+ ){1,2}(?:church|mosque|synagogue|temple|gurdwara|chapel|kingdom hall|meeting house)\b(?= (?:in|on|at|every|each|"
        r"near|round|down|up)\b|,|$)",
        # diet kept for a faith, for oneself or one's family
        r"(?:(?:i|we|he|she|they|(?:my|our|his|her|their) (?:\w+ )?{KIN}) (?:(?:only|just|"
        r"strictly|always|also|both|all|will|'ll|would|'d|can|must|still) )*(?:eat|eats|eating|"
        r"need|needs|want|wants|require|requires|stick to|sticks to|follow|follows)|"
        r"(?:i'm|we're|he's|she's|they're|i am|we are|he is|she is|they are) (?:only |strictly )?"
        r"(?:on|eating))(?: a| an| only)? (?:kosher|halal)(?: (?:food|meat|meals?|diet|"
        r"only|options?|lunch|lunches|dinners?))?|(?:i|we|he|she|they|(?:my|our|his|her|their) "
        r"(?:\w+ )?{KIN}) (?:(?:only|just|always|will|'ll|would|'d|can) )*(?:have|has|having|get|"
        r"gets) (?:a |an |only )?(?:kosher|halal) (?:food|meat|meals?|diet|options?|lunch|lunches|"
        r"dinners?)",
        r"(?:(?:vegetarian|vegan|veggie|teetotal|fasting|fasts|no pork|no beef|no meat|no alcohol|"
        r"doesn't drink|don't drink|covers? (?:my|his|her) (?:hair|head)) )?(?:for|because of|due "
        r"to|on) (?:religious|faith|religion) (?:reasons|grounds)|(?:vegetarian|vegan|veggie|"
        r"teetotal|fasting|fasts) (?:for|because of|due to) (?:my|his|her|our|their) (?:faith|"
        r"religion|religious beliefs|beliefs)",
        r"(?:my|his|her|their|our) (?:hijab|niqab|burka|burqa|jilbab|abaya|turban|patka|kippah|"
        r"yarmulke|kirpan|kara|tallit|tzitzit|tefillin|rosary|prayer mat|sacred thread|janeu)",
        r"(?:(?:is|are|am|'m|'s|'re|be|been) fasting(?! (?:before|for (?:the|my|a|an|his|her) (?:\w+ )?(?:scan|test|blood|op|"
        r"operation|surgery|procedure|endoscopy|colonoscopy)))|fast(?:ing)? for ramadan|keep(?:s|ing)? "
        r"(?:kosher|halal|shabbat|the sabbath)|observ(?:e|es|ing) (?:shabbat|the sabbath|"
        r"ramadan|lent))",
        r"(?:wears?|wearing|carries|carry|carrying) (?:a |the |her |his )?(?:hijab|headscarf|niqab|burka|burqa|"
        r"turban|patka|kippah|yarmulke|kirpan|kara)",
        r"(?:started|starting|begun|began|stopped|decided to start) (?:covering|wearing (?:a |the |her )?(?:hijab|"
        r"headscarf|niqab|turban|patka|kippah))|none of (?:us|them) (?:are|is) (?:religious|believers)",
        r"converted to (?:islam|christianity|judaism|"
        r"catholicism|buddhism|hinduism|sikhism)|(?:against|goes against) (?:my|our|his|her|"
        r"their) (?:beliefs|religion|faith)",
        r"(?:my|our|his|her|their)(?: \w+'s)? (?:sabbath|shabbat|fast|fasting|prayers|prayer times|"
        r"holy days?|religious (?:festival|holiday|holidays|festivals|observance)|iftar|suhoor|"
        r"sehri|puja|namaz|salah|first holy communion|holy communion|confirmation class|"
        r"bar mitzvah|bat mitzvah|hajj|umrah|pilgrimage)",
        r"(?:my|his|her|their|our) (?:\w+ )?(?:mum|dad|son|daughter|family|husband|wife|kids|"
        r"children|parents)(?:'s| is| are) (?:\w+ )?(?:" + _FAITH + r")(?! (?:school|society|"
        r"church|charity|college|academy|group|club|centre|hall))",
    ), guards=_IDENTITY_GUARDS),
    # keeping a festival or observance, or asking time off for it, reveals the belief
    rules("category", "religion_belief", 0.86, (
        _FESTIVAL + r" off",
        r"off (?:work |school |college )?(?:for|over) " + _FESTIVAL,
        r"(?:celebrate|celebrates|celebrating|celebrated|observe|observes|observing|observed|"
        r"keep|keeps|keeping|kept) " + _FESTIVAL,
        r"(?:fasting|fast|fasts|eat|eating|eats|having (?:lunch|dinner|breakfast|food|meals?)|"
        r"drink|drinking|pray|praying|prayers|iftar|away|travelling|"
        r"going (?:home|abroad|away)|at (?:the )?(?:mosque|temple|gurdwara|synagogue|church)) "
        r"(?:\w+ ){0,4}(?:during|for|over|at|on) " + _FESTIVAL,
        r"(?:go|goes|going|went|gone|travelling|flying) (?:on|to do|for) (?:hajj|umrah|(?:a |the )?"
        r"pilgrimage)",
        r"(?:my|his|her|their|our) (?:\w+ )?(?:son|daughter|kids|children|husband|wife|mum|dad|"
        r"family|brother|sister) (?:goes|go|went|attends?) to (?:the )?(?:mosque|church|synagogue|"
        r"temple|gurdwara|mass|chapel|shul|friday prayers|jummah)",
        r"(?:i'm|we're|i am|we are|he's|she's|they're) (?:always |usually )?at (?:the )?(?:chapel|church|mosque|"
        r"mass|temple|synagogue|gurdwara|shul|mandir|kingdom hall|meeting house) (?:every|on|most|each)",
        r"(?:i'm|we're|i am|we are|he's|she's|they're|i'll be|we'll be|he'll be|she'll be) (?:always |usually )?at "
        r"(?:jummah|friday prayers|mass|the mosque|the gurdwara|the synagogue|the mandir|shul|the kingdom hall)\b|"
        r"holy days? of obligation",
        r"(?:i|we|he|she|they) (?:(?:can|could|will|'ll|need to|have to|has to|want to|wants to|like to|got to) )?"
        r"(?:go|goes|went|attend|attends) to (?:the )?(?:mosque|church|"
        r"synagogue|temple|gurdwara|mass|chapel|shul|friday prayers|jummah|confession|kingdom hall)",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
)

# A practice ("she fasts on tuesdays", "he prays at dawn") says what the faith named beside it
# means to that person, so it is masked with the faith; said alone it may be a diet or a habit.
_TIME_WORD = (
    r"(?:on|every|each|most|during|at|before|after|through|until|till|from|twice|once|all|in|"
    r"for|a|the|one|two|three|four|five|six|several|times|whole) "
)
_TIME_NOUN = (
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|days?|weeks?|"
    r"nights?|mornings?|evenings?|dawn|sunset|sundown|dusk|sunrise|daily|weekends?|months?|"
    r"year|lent|ramadan|navratri|ekadashi|festivals?|holy days?)"
)
PRACTICE: Final = (
    rules("category", "religion_belief", 0.84, (
        r"(?:go and pray|it's " + _FESTIVAL + r"|(?:i|we|they) (?:fast|pray|worship)(?! before)|fasts|fasting(?! (?:before|for (?:the|my|a|an|his|her) (?:\w+ )?(?:scan|test|blood|op|operation|surgery|procedure|endoscopy|colonoscopy)))|fasted(?! before| for (?:the|my|a) (?:\w+ )?(?:scan|test|blood|op))|keeps? (?:a |the )?fast|prays|praying|prayed|worships|"
        r"worshipping|meditates|goes to (?:the )?(?:temple|mandir|mosque|church|gurdwara|"
        r"synagogue|shul|mass))(?: (?:" + _TIME_WORD + r"){0,3}" + _TIME_NOUN + r"){0,2}",
    ), guards=(*_IDENTITY_GUARDS, "faith_unstated")),
    # rites of one's own faith, and "chapel" or "church" said as what a family is
    rules("category", "religion_belief", 0.86, (
        r"(?:{SUBJ}|(?:i|we|he|she|they|(?:my|our|his|her|their) (?:\w+ )?{KIN}) (?:was|were|got|"
        r"get|gets|will be|'ll be|is going to be|are going to be)) (?:being |getting |going to be |"
        r"gonna be |due to be )?(?:confirmed|baptised|baptized|christened|received into the church|"
        r"bar mitzvahed|bat mitzvahed)(?! (?:in post|in (?:the|my|his|her) (?:role|post|job)|as|by "
        r"(?:email|letter)|that|for the|on the (?:course|rota|list)))",
        r"(?:as an?|i'm an?|i am an?|he's an?|she's an?|\w+'s an?) (?:kirk|church|chapel|mosque|synagogue|gurdwara|temple) "
        r"(?:elder|deacon|warden|steward|member|regular)\b",
        r"(?:go|goes|going|went|gone|attends?|attending) (?:to )?(?:the )?(?:madrassa|madrasah|madrasa|masjid|mandir|cheder|"
        r"hebrew school|sunday school|bible study|bible class|quran class(?:es)?|mosque school|arabic school|"
        r"gurdwara|kingdom hall|synagogue)\b",
        r"(?:my|our|his|her|\w+'s) (?:nikah|walima|bar mitzvah|bat mitzvah|first holy communion|confirmation mass)\b",
        r"(?:with |us |me |him |her )?being (?:jewish|muslim|sikh|hindu|catholic|christian|buddhist|jehovah's witness|"
        r"mormon|orthodox|quaker)\b(?! (?:food|school|festival|community centre|shop))",
        # northern irish idiom for a catholic (or protestant) background
        r"(?:kicks?|kicking|kicked|digs?|digging|dug) with the (?:left|other|wrong|right) foot\b",
        r"(?:i'm|we're|i am|we are|he's|she's|they're|we've always been|i've always been) "
        r"(?:both |all |very |big |strict )?(?:chapel|church|kirk|church of wales|chapel folk|church people|chapel people)"
        r"(?=[,.]|$| (?:and|so|but|people|folk|ourselves|myself|really|mostly)\b)",
    ), guards=_IDENTITY_GUARDS),
    # holding no religion is a belief too ("we're not religious, we're humanists"); the
    # negation guard cannot apply to a statement that is itself a negation
    rules("category", "religion_belief", 0.84, (
        r"(?:{SUBJ}) (?:(?:not|never been|not at all|not really) )(?:religious|a believer|"
        r"believers|church ?goers?|practising)(?=[,.]|$| (?:and|so|but|at all|really|any ?more|now|"
        r"either|ourselves|myself|people|family|folk|person)\b)|(?:i|we|he|she|"
        r"they) (?:don't|do not|doesn't|does not) (?:believe in god|have a (?:religion|faith)|"
        r"follow (?:a|any) (?:religion|faith))|(?:we|i|they|he|she)(?:'re|'m|'s| are| am| is) "
        r"(?:non[- ]?religious|of no (?:faith|religion))",
    ), guards=("framing", "hypothetical")),
    # a festival given as the reason, after a faith of one's own: "i'm jewish ... because of shabbat"
    rules("category", "religion_belief", 0.84, (
        r"((?:because of|cos of|cause of|due to|clashes with|it clashes with) " + _FESTIVAL + r")",
        # the day off stays readable: "she'll be off on the twenty ninth [for eid]"
        r"(?:leave|leaving|finish|finishing|go|going|home|away|off) (?:\w+ ){0,6}((?:for|over|during|before) "
        + _FESTIVAL + r")",
        r"\b(" + _FESTIVAL + r") (?:clashes|is on|falls on|starts|means)",
    ), guards=(*_IDENTITY_GUARDS, "faith_unstated", "organisation"), span_group=1),
)

_PARTY = (
    r"labour|conservative|tory|tories|lib dem|liberal democrat|green|reform|reform uk|snp|"
    r"plaid|plaid cymru|ukip|brexit party|socialist|communist|marxist|trotskyist|anarchist|"
    r"monarchist|republican|royalist|nationalist|unionist|loyalist|brexiteer|remainer|leaver|"
    r"libertarian|left[- ]wing|right[- ]wing|leftie|lefty|centrist|democratic socialist|"
    r"eco[- ]?activist|extinction rebellion|just stop oil|young conservatives?|young labour|"
    r"young greens?|young liberals?|young reform|conservative future|momentum|the snp|alba|"
    r"the greens|workers party|socialist workers|swp|bnp|british national party|britain first|"
    r"edl|english defence league|tusc|sdp|the labour party|the conservative party|the tory party|sinn f[eé]in|dup|sdlp|"
    r"socialist worker|brexit|commie|tankie|trot|tory boy|"
    r"uup|alliance party|people before profit|yes ?cymru|yes scotland|"
    # parties abroad that asylum callers name: "i was in the hdp back home"
    r"hdp|chp|akp|awami league|pti|mqm|zanu[- ]?pf|mdc|"
    r"yorkshire party|english democrats|heritage party|reclaim party|workers party of britain|tuv|traditional "
    r"unionist voice|aont[uú]|scottish family party|aspire"
)
# Causes whose badge, march or campaign says where someone stands.
_CAUSE = (
    r"cnd|campaign for nuclear disarmament|ban the bomb|greenham common|greenham|"
    r"free palestine|pro[- ]?palestin\w+|palestine solidarity campaign|palestine solidarity|palestine|gaza|pro[- ]?israel|"
    r"stop the war|black lives matter|blm|extinction rebellion|just stop oil|animal rights|"
    r"pro[- ]?life|pro[- ]?choice|anti[- ]?abortion|stand up to racism|anti[- ]?fascist|antifa|"
    r"scottish independence|welsh independence|yes cymru|indy ?ref|rejoin|stop brexit|"
    r"anti[- ]?brexit|pro[- ]?brexit|anti[- ]?monarchy|republic|climate strike|"
    r"fridays for future|anti[- ]?vax|anti[- ]?lockdown|anti[- ]?immigration|refugees welcome|"
    r"save our nhs|trans rights|gender critical|pro[- ]?democracy|democracy|yescymru|cymdeithas yr iaith"
)

# Party leaders whose name makes a supporter ("a corbyn man"); common words like may and brown left out.
_POLITICIAN = (
    r"corbyn|farage|thatcher|blair|boris|starmer|sunak|truss|cameron|sturgeon|salmond|galloway|badenoch|"
    r"miliband|tommy robinson|benn"
)
# Parties that are events or groups, not politics: "i'm in the hen party", "the search party".
_NOT_POLITICAL_PARTY = (
    r"birthday|school|hen|stag|christmas|office|work|works|tea|garden|search|wedding|dinner|house|leaving|retirement|"
    r"pool|pyjama|slumber|kids|children's|advance|landing|boarding|rescue|working|third|halloween|engagement|"
    r"surprise|street|block|end of term|prom|leavers|bridal|wedding|shooting|fancy dress|christening|baby shower"
)
_NAMED_PARTY = (
    r"labour|conservative|conservatives|tory|green|lib dem|liberal democrat|liberal|reform|"
    r"reform uk|snp|scottish national|plaid|plaid cymru|ukip|alba|dup|sinn fein|sdlp|uup|"
    r"ulster unionist|democratic unionist|alliance|brexit|workers|socialist workers|"
    r"communist|co ?operative|women's equality"
)
POLITICAL: Final = (
    rules("category", "political_opinion", 0.86, (
        _IDENT + r"(?:(?:scottish|welsh|irish|english|cornish|ulster|northern irish|hard ?line) )?"
        r"(?:" + _PARTY + r")s?(?: (?:party )?(?:members?|supporters?|voters?|activists?|"
        r"campaigners?|man|woman|through and through|to the core|to the bone|to (?:my|me|his|her) bones|to the bones))?(?! "
        r"(?:club|candidate|councillor|office|agent|"
        r"group|party office|hustings|party (?:agent|candidate|councillor|office|hq|offices)))",
        r"(?:was|were|went|been|camped) (?:at|to) greenham(?: common)?\b",
        r"(?:i'm|i am|he's|she's|we're|we are|mum's|mam's|dad's) (?:a )?(?:member|supporter|campaigner|activist) (?:of|for|with) (?:the )?"
        r"(?:dignity in dying|my death my decision|" + _CAUSE + r")\b",
        r"(?:i|we|he|she|they) (?:marched|protested|demonstrated|campaigned) (?:\w+ ){0,3}(?:against|for) (?:the )?(?:badger cull|cull|"
        r"fracking|hs2|war|nuclear \w+|bomb|austerity|brexit|tuition fees|cuts|fox hunting|hunting ban|climate \w+|"
        r"(?:" + _CAUSE + r"))\b",
        # "i was an organiser for pti back in lahore", "he was a student activist with the opposition"
        r"(?:i|he|she|we|they|my \w+) (?:was|were|had been|'d been|used to be) (?:an? )?(?:student |party |youth |local )?"
        r"(?:organiser|organizer|activist|campaigner|coordinator|volunteer|official|secretary|leader|candidate|supporter|member) "
        r"(?:for|with|in|of) (?:the )?(?:" + _PARTY + r"|opposition)(?: party)?\b|(?:i|he|she|we|they|my \w+) (?:am|'m|is|'s|are|"
        r"'re|have been|'ve been|has been) (?:an? )?(?:student |party )?(?:activist|campaigner|supporter) (?:for|with|of) (?:the )?"
        r"(?:" + _PARTY + r"|opposition)(?: party)?\b",
        # "i was in the hdp back home", "my dad's been in the snp for years" (not a ward, a room or a team)
        r"(?:i|he|she|we|they|my \w+) (?:was|were|am|'m|is|'s|are|'re|have been|'ve been|has been|had been|'d been) (?:in|a member of|"
        r"members of|with) the (?:" + _PARTY + r"|opposition)(?: party)?\b(?! (?:club|office|hq|offices|candidate|councillor|agent|ward|suite|"
        r"room|zone|area|box|bin|bins|team|house|space|field|car|van|one|top|shirt|light|belt|corner|lane))",
        # "i've always voted green", "we're tory voters", "my dad'll be voting reform"
        r"(?:i|we|he|she|they|i'm|we're|he's|she's|they're|i've|we've|they've|i'd|we'd|i'll|"
        r"we'll|he'll|she'll|(?:my|his|her|our) \w+(?:'s|'ll|'d)?|(?:me and|my \w+ and i) "
        r"(?:my|the) \w+) (?:(?:always|have|has|had|will|would|be|been|am|'m|are|'re|is|'s|was|"
        r"were|going to|gonna|never|usually|normally|generally|just|also|both|all|still|only|"
        r"ever|did|do|does|definitely|probably|already|once|always have|last time|tactically) )*"
        r"(?:voted|vote|votes|voting|"
        r"campaigned|campaign|campaigns|campaigning|canvassed|canvass|canvassing|leafleted|leaflet|"
        r"leafleting|marched|march|marching|protested|protest|protesting) "
        r"(?:for |with |against |to )?(?:the )?(?:" + _PARTY + r"|independent|independents|remain|leave|brexit|yes|"
        r"independence|the union|palestine|gaza|israel)s?(?! (?:option|one|colour|color|paint|"
        r"space|area|bin|bins|team|house|card|light|button|box|form|slip|early|work|school|"
        r"the (?:house|building|premises)))",
        r"(?:i've|i have|he's|she's|we've|i was|he was|she was|always) (?:always )?been (?:a |an )?"
        r"(?:lifelong |loyal |staunch |true )?(?:" + _PARTY + r")(?: party)? (?:man|woman|voter|"
        r"supporter|member|girl|lad|through and through|family)",
        r"(?:i|we|he|she|they) (?:support|supported|back|backed|vote for|voted for|campaign for|"
        r"belong to|belonged to) (?:the )?(?:\w+ ){0,2}(?:party|movement)\b(?! (?:games?|bags?|"
        r"food|decorations?|planning|venue|hire|room|hall|bus|boat))",
        r"(?:as an?|being an?) (?:young conservative|young labour member|young green|young liberal|young reform member|"
        r"tory|socialist|communist|labour supporter|lib dem)\b(?! (?:candidate|councillor|agent|office|club|event|society))",
        r"(?:as an?|being an?) (?:lifelong |loyal |paid up |card carrying )?(?:" + _PARTY + r") "
        r"(?:voter|supporter|member|activist|campaigner)",
        r"(?:are|were|'re) (?:all |both )(?:in|with|members of) (?:the )?(?:" + _NAMED_PARTY + r")(?: party)?\b(?! (?:office|"
        r"hq|agent|candidate|club|shop))",
        r"(?:i|we|he|she|they) (?:voted|vote|always vote) for (?:the )?(?:\w+ ){1,2}(?:lot|party|candidate|crowd|bunch)\b",
        # "this mess made me switch to labour"
        r"(?:switch|switched|switching|change|changed|changing|going over|gone over|went over) (?:my vote )?to (?:the )?(?:labour|"
        r"conservatives?|tory|tories|lib dems?|greens?|reform|snp|plaid|ukip)\b(?! (?:office|club|run|led|controlled|council))",
        # (but "i'm in labour" is a birth)
        r"(?:i'm|i am|he's|she's|we're|we are) in (?:the )?(?:reform|labour party|green party|the greens|tory party|conservative party|"
        r"lib dems|snp|plaid|ukip|reform uk|alba|dup|sinn fein|socialist workers?)\b(?! (?:office|hq|club|building|"
        r"bar|school|street|road|group|team|lessons?|class))",
        r"(?:i'm|i am|he's|she's|we're|we are) with (?:the )?(?:" + _NAMED_PARTY + r")(?: party)?\b(?! (?:office|hq|"
        r"agent|candidate))",
        r"(?:i'm|i am|he's|she's|we're) on (?:the |our |my )?(?:local )?(?:" + _NAMED_PARTY + r")(?: party)? (?:association|"
        r"branch|constituency|ward|local party|party)(?: committee| executive)?",
        r"(?:as an?|i'm an?|i am an?|i'm|he's|she's|\w+'s an?|\w+ is an?) (?:lifelong |proper |really |properly |staunch |committed |hardcore "
        r"|die[- ]?hard |massive |big )*(?:"
        r"socialist|conservative|communist|marxist|tory|libertarian|anarchist|left[- ]wing|right[- ]wing|"
        r"leftie|lefty|nationalist|unionist|feminist)\b",
        # "my husband's big in reform round here", "she's high up in the local lib dems"
        r"(?:\w+'s|\w+ is|\w+ was|\w+'re|\w+ are|i'm|i am|been) (?:really |quite |very |pretty )?(?:big|active|involved|heavily involved|high "
        r"up|a big name|a big noise|a face) (?:in|with|into) (?:the )?(?:local )?(?:" + _NAMED_PARTY + r")s?(?: party)?\b(?! (?:"
        r"office|hq|building|candidate|councillor))",
        # "i spoilt me ballot on purpose", "i voted for her last time but never again"
        r"(?:i|we|he|she|they|i've|we've) (?:always |deliberately |just )?(?:spoilt|spoiled|spoil) (?:my|our|his|her|their) "
        r"(?:ballot|ballot paper|vote|paper)(?: on purpose| deliberately)?",
        r"(?:i|we|my \w+|he|she) (?:always |have always |always have )?(?:voted|vote|votes) for (?:her|him|them|you|your lot|"
        r"your party|that lot)(?: (?:last time|every time|all my life|at the (?:last |general |local )?election|in the "
        r"(?:last |general |local )?election))(?: but never again| and (?:i'll|i will) never again)?",
        r"(?:proper |really |heavily |well |big )?(?:into|in with|involved with|mixed up with) (?:the )?(?:socialist workers|swp|"
        r"young communists?|communist party|socialist party|extinction rebellion|xr|just stop oil|palestine action|"
        r"momentum|the socialists|reform uk|britain first|patriotic alternative)(?: stuff| lot| crowd| party| thing)?",
        # "i'm anti monarchy, like really anti"
        _IDENT + r"(?:really |very |strongly |quite |fiercely |totally |dead )?(?:anti[- ]?(?:monarchy|monarchist|royal|"
        r"royalist|royals|brexit|immigration|establishment|capitalist|capitalism|nuclear|war|tory|labour|union)|pro[- ]?"
        r"(?:brexit|monarchy|palestin\w+|israel|independence|eu|europe|remain|union))\b",
        r"(?:i'm|i am|he's|she's|we're|i've been|been) (?:with|in|part of|a member of|involved (?:in|with)) (?:the )?(?:extinction "
        r"rebellion|xr|just stop oil|palestine action|stand up to racism|momentum|hope not hate|the campaign for nuclear "
        r"disarmament|cnd|yes cymru|yes scotland)\b",
        r"(?:i'm|i am|he's|she's|my \w+'s|my \w+ is) (?:a|an) (?:" + _NAMED_PARTY + r") councillor\b",
        # "my dad's an old labour man"
        r"(?:i'm|i am|he's|she's|my \w+'s|my \w+ is|been) (?:a|an) (?:old |proper |lifelong |true |big |staunch |died in the "
        r"wool )?(?:" + _NAMED_PARTY + r") (?:man|woman|lad|lass|bloke|voter|supporter|girl)\b",
        r"{SUBJ} (?:in|with|part of) (?:the )?(?:socialist workers?|swp|communist party|young labour|young conservatives|"
        r"momentum)\b",
        r"(?:get|kick|vote|boot|chuck|throw) (?:the )?(?:tories|tory|labour|conservatives|reform|snp|lib dems|greens) out\b",
        r"(?:joined|join|joining|in|part of|into) (?:one of )?(?:them|those|these|a|the) (?:socialist|communist|marxist|"
        r"anarchist|nationalist|far right|far left|left wing|right wing|trotskyist|revolutionary) (?:groups?|lot|party|parties|"
        r"societ(?:y|ies)|movements?|organisations?|outfits?)",
        r"(?:an? |the )?(?:labour|tory|conservative|lib dem|green|reform|snp|plaid) (?:man|woman) to (?:my|me|his|her|the) "
        r"(?:bones?|core)",
        r"(?:labour|tory|conservative|lib dem|green|reform|snp|plaid|liberal) all (?:my|me|his|her|our|their) (?:life|lives|days|"
        r"working life)\b|(?:i|we|he|she|they) (?:always|usually|normally|generally) (?:go|goes|went|vote|votes) (?:labour|tory|"
        r"conservative|lib dem|green|reform|snp|plaid|liberal)\b(?! (?:energy|bins?|with|for (?:the|our) (?:energy|bins?)))",
        # "a corbyn man through and through", "she's heavily into the greens", "i'm in the yorkshire party"
        r"(?:i'm|i am|he's|he is|she's|she is|been|\w+'s|\w+ is) (?:a |an )?(?:big |proper |lifelong |huge |real |true )?"
        r"(?:" + _POLITICIAN + r") (?:man|woman|fan|supporter|voter|lad|lass|girl|bloke)\b|(?:corbynista|blairite|"
        r"thatcherite|brexiteer)s?\b|(?:heavily|really|well|right|massively|very much|big|proper|totally) into the (?:greens|"
        r"tories|lib dems|snp|labour party|reform party|conservatives|socialists|green party)\b|(?:i'm|i am|he's|she's|"
        r"we're|we are|they're|my \w+'s|my \w+ is) (?:in|a member of|with) the (?!(?:" + _NOT_POLITICAL_PARTY + r") party)"
        r"(?:\w+ ){1,2}party\b(?! (?:games?|bags?|food|decorations?|planning|venue|hire|room|hall|bus|boat|tonight|on|at|"
        r"for|next|this|later|tomorrow|office))|(?:i'm|i am|he's|she's|we're|we are|they're) (?!(?:" + _NOT_POLITICAL_PARTY
        + r") party)(?:\w+ ){1,2}party(?=[,.]|$| (?:always|through|man|woman|member|members|and|so|but|myself|"
        r"meself)\b)",
        r"supporters? of (?:scottish |welsh |irish |catalan |cornish )?independence|(?:my|his|her) yes (?:badge|sticker|flag|"
        r"t ?shirt|pin)",
        # "i went on the independence march in glasgow", "i've been on every palestine march"
        r"(?:i|we|he|she|they|my \w+|i've|we've|he's|she's) (?:went|go|goes|going|been|was|were|marched|walked) (?:on|to|"
        r"in|at) (?:the|a|an|every|all the|each|those|these|loads of) (?:\w+ )?(?:democracy|independence|palestine|gaza|pro[- ]?\w+|anti[- ]?\w+|climate|xr|extinction "
        r"rebellion|brexit|trans rights|pride|unite the kingdom|stop the war|black lives matter|blm|remain|rejoin|"
        r"orange|loyalist|republican) (?:march|rally|protest|demo|demonstration|parade|walk)",
        r"(?:i|we|he|she|they|i've|we've|i'd|i'm) (?:\w+ ){0,2}(?:support|supports|supported|back|backs|backed|believe in|"
        r"campaign for|campaigned for|vote for|voted for|want|wants) (?:scottish |welsh |irish |hong kong |catalan |kurdish "
        r"|cornish )?independence|(?:want|wants|wanted) (?:scotland|wales|northern ireland|cornwall|britain|the uk) (?:out of|"
        r"to leave|to quit|independent from) (?:the )?(?:union|uk|eu|europe|united kingdom)",
        r"(?:joined|join|joining|rejoined) (?:the )?(?:" + _PARTY + r")s?(?: party)?\b(?! (?:office|hq|stall|table))",
        r"(?:i|we|he|she|they) (?:was|were|'ve been|have been|went) (?:at|on|to) (?:the|a|an) (?:\w+ ){0,2}(?:protests?|"
        r"demos?|demonstrations?|rall(?:y|ies)|encampments?|picket)(?! (?:about|over|against) (?:the )?(?:bins?|parking|"
        r"closure|library|cuts to|school))",
        r"(?:want|wants|wanted) (?:rid of|to get rid of|to abolish|to scrap|to end) the (?:monarchy|royals|royal family|"
        r"house of lords)|abolish(?:ing)? the monarchy",
        r"(?:stood|standing|stands|ran|running|stand|run) for (?:the )?(?:" + _NAMED_PARTY + r")s?(?: party)?\b(?! (?:office|"
        r"hq|leaflets?|candidate|councillor))",
        r"(?:stood|standing|stands|ran|running|stand|run) (?:as |for )?(?:as|for) (?:an? |the )?(?:" + _NAMED_PARTY + r")"
        r"(?: party)? (?:candidate|councillor)|(?:was|were|been|'ve been|have been) (?:both |an? )?(?:"
        + _NAMED_PARTY + r") councillors?",
        r"(?:member|members) of (?:the )?(?:" + _PARTY + r"|" + _CAUSE + r")s?(?: party)?|(?:" + _PARTY + r") "
        r"party member|(?:my|our|his|her) politics|(?:my|our|his|her) (?:political )?"
        r"(?:views|vote)",
        r"(?:wearing|wore|wears|wear|has|had|got|put up|putting up|displaying|displays|flying|"
        r"flies|flew) (?:a |an |the |her |his |my |their |our )?(?:" + _CAUSE + r"|" + _PARTY
        + r") (?:badges?|pins?|t ?shirts?|tops?|hoodies?|flags?|stickers?|wristbands?|posters?|"
        r"banners?|rosettes?|placards?|signs?|keffiyeh|scarf)",
        r"(?:my|our|his|her|their) (?:" + _CAUSE + r"|" + _PARTY + r") (?:poster|posters|sign|signs|placard|badge|"
        r"flag|sticker|stickers|leaflets?|membership|membership card|t ?shirt|rosette)",
        r"(?:have|'ve|has|'s) (?:always )?been (?:" + _PARTY + r")s? (?:voters?|supporters?|members?|through and through)",
        r"(?:i've|i have|he's|she's|we've|they've|he has|she has) (?:always )?been (?:a |an )?(?:" + _PARTY + r")s? "
        r"(?:all (?:my|his|her|our|their) (?:life|lives)|for (?:years|ever|donkey's years|\w+ years)|since)",
        r"(?:a |an )?(?:supporter|supporters|member|members|activist|activists) of (?:the |an? )?(?:\w+ ){0,2}party\b"
        r"(?! (?:planning|bag|bags|games?|food|room|hall|venue|committee|invitations?))",
        r"(?:goes|go|going|went|been|was|were|i'm|we're|be|attends?|attending|attended) (?:on|to|at) (?:the |a |an )?(?:(?:"
        + _CAUSE + r"|" + _PARTY + r") (?:marches|march|protests?|demos?|demonstrations?|rallies|"
        r"rally|vigils?)|(?:marches|protests|demos|demonstrations|rallies))(?: every \w+| most \w+)?",
        # "i campaign on it with the local lib dems" (not "the green team" or "the green space")
        r"(?:campaigns?|campaigning|campaigned|protests?|protesting|protested|marching|marched|"
        r"demonstrating|volunteers?|volunteering|canvassing|leafleting) (?:on it |on this |about it )?(?:for|against|with) (?:the )?"
        r"(?:local )?(?:" + _CAUSE + r"|" + _PARTY + r")s?\b(?! (?:team|teams|space|spaces|gym|room|flag|area|bin|bins|day|week|"
        r"zone|club|fair|festival|garden|gardens|project|group|corridor|belt))",
        # "my husband sits on the lib dem group on the council"
        r"(?:sits|sit|sat|is|'s) on the (?:" + _PARTY + r") (?:group|benches|committee|executive)\b|(?:and|also) a (?:" + _PARTY
        + r") councillor\b|(?:he's|she's|i'm|he is|she is|i am|"
        r"my \w+'s|my \w+ is) (?:a |the )(?:" + _PARTY + r") councillor\b",
        # "i voted no in the indyref"
        r"(?:i|we|he|she|they) (?:voted|vote) (?:yes|no) in the (?:indyref|indy ref|referendum|independence referendum|brexit "
        r"referendum|eu referendum)\b",
        r"(?:supports?|supporting|backs?|backing|involved (?:in|with)|active in|into) (?:the )?(?:"
        + _CAUSE + r")(?: campaign| movement)?",
        r"(?:a |an )?(?:" + _CAUSE + r"|" + _PARTY + r") (?:campaigner|activist|supporter|protester|protestor|"
        r"campaigners|activists|supporters|protesters)",
        r"(?:marches|march|marching|protests?|protesting|demos?|rallies|rally) (?:\w+ ){0,2}with (?:the )?(?:" + _CAUSE
        + r"|" + _PARTY + r")",
        r"(?:at|on|to|from) the (?:" + _CAUSE + r") (?:protest|march|demo|rally|vigil|blockade|action|sit in)",
        r"(?:knocking (?:on )?doors|door ?knocking|canvassing|leafleting|campaigning) (?:\w+ ){0,2}(?:for|with) (?:the )?(?:"
        + _PARTY + r")\b",
        r"(?:been |i've been |i was |we've been |he's been |she's been )?(?:out )?(?:canvassing|canvassed|"
        r"leafleting|leafleted|door ?knocking|campaigning|campaigned|delivering leaflets|delivered leaflets|"
        r"knocking on doors) (?:for|with) "
        r"(?:them|the party|the campaign|our candidate|their candidate|the (?:\w+ )?candidate|the independents?)",
        r"(?:member of|in|with|part of|joined) (?:cymdeithas yr iaith|the welsh language society|yescymru|yes cymru|yes "
        r"scotland)\b",
    ), guards=_IDENTITY_GUARDS),
    # an office in a party is a membership, unless the caller speaks for the party (R1)
    rules("category", "political_opinion", 0.88, (
        r"(?:elected|selected|standing|stood) (?:as )?(?:an? )?(?:" + _PARTY + r") (?:councillor|candidate|mp|msp|ms|mla)",
        r"(?:i'm|i am|he's|she's|my \w+'s|my \w+ is) (?:the )?(?:treasurer|chair|secretary|membership secretary|agent) "
        r"(?:for|of) (?:the |our )?(?:local )?(?:" + _PARTY + r")(?: association| party| branch| group)?\b",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
)

# Unions by acronym and by long name; the generic "the union" forms need a personal frame.
_UNION = word_list("""
    n a s u w t|g m b|n e u|u c u|r c n|b m a|c w u|r m t|p c s|n a h t|a s c l|f b u|n u j|
    unison|unite|unite the union|gmb|nasuwt|nasuwt cymru|neu|nut|ucu|rcn|bma|cwu|rmt|aslef|
    usdaw|pcs|naht|ascl|eis|prospect|bectu|equity|nipsa|nuj|fbu|fda|napo|bfawu|uvw|iwgb|accord|
    aspect|csp|bda|rcm|hcsa|nautilus|balpa|ucac|ssta|poa|basw|community union|voice union|
    royal college of nursing|royal college of midwives|royal college of podiatry|
    royal college of occupational therapists|national education union|national union of teachers|
    national association of head teachers|national union of journalists|
    national union of rail maritime and transport workers|rail maritime and transport union|
    university and college union|british medical association|british dental association|
    british dietetic association|british association of social workers|
    chartered society of physiotherapy|society of radiographers|communication workers union|
    communication workers' union|public and commercial services union|fire brigades union|
    the fire brigades union|prison officers association|prison officers' association|
    association of school and college leaders|educational institute of scotland|
    hospital consultants and specialists association|musicians' union|the musicians' union|
    bakers union|the bakers' union|num|n u m|national union of mineworkers|utu|ulster teachers' union|ulster teachers union|
    siptu|forsa|fórsa|bvu|the union|a union|a trade union|the trade union|
    the nurses' union|the teachers' union|the teaching union|the doctors' union
""")

TRADE_UNION: Final = (
    # "i'm the gmb rep at the bus depot", "i'm the union rep at the bakery": a rep is a member, unless
    # the call is the union's business (R1: booking the hall for "our members")
    rules("category", "trade_union", 0.86, (
        r"(?:i'm|i am|he's|she's|\w+'s) (?:the|a) (?:(?:" + _UNION + r") )?(?:union )?(?:rep|steward|shop steward|convenor)"
        r"(?! for (?:the )?(?:members|branch))(?= (?:at|in|on|for) (?:the|my|our|his|her) (?!union\b)\w+)"
        r"(?!(?:\W+\w+){0,16}\W+(?:our members|the members|members'|book(?:ing)? (?:the|a) (?:hall|room)|on behalf of|meeting "
        r"room|the hall|we need|we'd like|we want|our branch|the branch|"
        r"(?<!not\s)(?<!n.t\s)calling for the union|(?<!not\s)(?<!n.t\s)ringing for the union|(?<!not\s)(?<!no\s)(?<!not\sringing\son\s)(?<!not\scalling\son\s)(?<!not\shere\son\s)union business))",
    ), guards=("framing", "hypothetical")),
    rules("category", "trade_union", 0.9, (
        # "i'm out on the bma strike next week"
        r"(?:i'm|i am|we're|we are|i'll be|we'll be|i was|we were) (?:out )?on (?:the )?(?:(?:" + _UNION + r") )?strike\b",
        _IDENT + r"(?:in|with|member of|a member of|part of|joined|signed up to) (?:the )?(?:" + _UNION
        + r")",
        r"as an? (?:\w+ ){0,2}(?:member|rep|steward) (?:of|in|with) (?:the )?(?:" + _UNION + r")",
        r"(?:i'm|i am|he's|he is|she's|she is|my \w+'s|my \w+ is|(?:i've|he's|she's|\w+'s|\w+ has|i have) been) an? "
        r"(?:(?:card[- ]carrying|lifelong|proud|paid[- ]up|die[- ]hard|proper|staunch) )?(?:" + _UNION + r") (?:man|woman|lad|lass|girl|bloke|"
        r"member|through and through)\b",
        r"(?:i'm|i am|he's|he is|she's|she is|my \w+'s|my \w+ is|been|(?:he|she|i)'s been|i've been) an? (?:\w+ ){0,2}union "
        r"(?:man|woman|member|lad|bloke)\b",
        r"(?:and|also|plus|but) (?:also )?(?:an? )?members? of (?:the )?(?:" + _UNION + r")\b",
        r"(?:i'm|i am|we're|we are|he's|he is|she's|she is) (?:an? )?(?:\w+ )?members? of (?:the |a )?(?:(?:" + _UNION
        + r")|trade union|union)\b",
        r"(?:and|also|plus|myself|too|as well|,) (?:an? )?(?:" + _UNION + r") (?:member|rep|steward)\b",
        # "i work in the kitchen, unison member, and ...": said after a comma, with no joining word
        r"(?<=,) ?(?:an? )?(?:" + _UNION + r") (?:member|rep|steward)\b",
        r"(?:i'm|i am|he's|she's|i sit|i've been) (?:\w+ )?on the (?:branch |regional |national |executive )?committee "
        r"(?:for|of|at|with) (?:the )?(?:" + _UNION + r")\b|(?:i'm|i am|he's|she's) (?:a )?(?:lifelong |proud |"
        r"committed )?trade unionist",
        # the union at the caller's side: "usdaw got me this far with the grievance"
        r"(?:the )?(?:" + _UNION + r")(?: union)? (?:got|helped|have helped|has helped|backed|are backing|is backing|"
        r"represented|are representing|is representing|paid for|are paying for|is paying for|sorted|supported|are "
        r"supporting|is supporting) (?:me|us|him|her|my|our)\b|"
        r"(?:the )?(?:" + _UNION + r"|union)(?:'s| is| are|'re) (?:taking|fighting|handling|backing|funding) (?:my|his|her|"
        r"our) (?:case|claim|grievance|appeal|tribunal)|(?:the )?union(?:'s| is) balloting (?:us|me|them)|(?:i'm|i am|we're|"
        r"we are) voting (?:for|yes to) (?:strike )?action",
        r"(?:left|leave|quit|leaving|rejoin|rejoining|rejoined|cancelled my membership of|thinking of joining) (?:the |my )?"
        r"(?:" + _UNION + r")\b(?! (?:gym|bar|shop|building|cafe|club|society|officers?|elections?|president))",
        # "i was num lodge secretary at maerdy" (a past office is a past membership, not the union's business now)
        r"(?:i was|i've been|he was|she was|my \w+ was) (?:the |a )?(?:" + _UNION + r") (?:lodge|branch|chapel) (?:secretary|chair|chairman|"
        r"treasurer|official|delegate)\b",
        # someone else's role is their membership (R1 is the caller speaking for the union): "my husband's a unison rep"
        r"(?:my|our|his|her) \w+(?:'s| is) an? (?:" + _UNION + r") (?:rep|steward|shop steward|convenor|representative)\b",
        # "my partner's a shop steward with usdaw", "i'm a nurse and in the rcn union", "the lads are all in unite"
        r"(?:(?:\w+'s|\w+ is|\w+ was) (?:a|the)|(?:i'm|i am) a) (?:shop )?(?:steward|rep|representative|organiser|branch "
        r"secretary|convenor) (?:with|for|at|in|from) (?:the )?(?:" + _UNION + r")",
        r"(?:and|but|also) (?:i'm |i am |he's |she's )?(?:in|with) (?:the )?(?:" + _UNION + r")(?: union)?\b(?! (?:gym|bar|"
        r"shop|building|cafe|club|society|officers?|elections?|president))",
        r"(?:are|were|'re) (?:all |both |mostly )?(?:in|with|members of) (?:the )?(?:" + _UNION + r")\b(?! (?:gym|bar|shop|"
        r"building|cafe|club|society|officers?|elections?|president))",
        # "been in the neu thirty years me", "i were num all me working life", "we're all unison"
        r"been (?:in|with) (?:the )?(?:" + _UNION + r") (?:for )?(?:\w+ ){0,2}(?:years?|months|"
        r"donkey's years|ages|since)\b|(?:i|we|he|she|they|my \w+) (?:was|were) (?:in |with )?(?:the )?(?:" + _UNION
        + r")(?= all| for| since| man| woman| member| through| till| until)|(?:are|were|'re) (?:all|both) (?:" + _UNION
        + r")(?=$|[,.]| (?:and|so|but|members?|here|at|in|on|is|too)\b)",
        r"(?:our|my|his|her|their|wor) \w+(?:'s| is) (?:in|with) (?:the )?(?:" + _UNION + r")\b(?! (?:gym|bar|shop|building|cafe|"
        r"club|society|officers?|elections?|president|office))|(?:both of us|all of us|the pair of us|the two of us) (?:are|were|"
        r"'re) (?:in |with )?(?:the )?(?:" + _UNION + r")(?=$|[,.]| (?:and|so|but|members?)\b)",
        r"(?:i've|i have|he's|she's|we've|he has|she has) been (?:in|with|a member of) (?:the |a )?(?:" + _UNION + r"|union)"
        r"\b(?! (?:gym|bar|shop|building|cafe|club|society|officers?|elections?|president))",
        r"(?:leave|left|quit|leaving|join|joining|rejoin) (?:the |my )?(?:trade )?union\b|(?:i'm|i am|we're|he's|she's) "
        r"in (?:the )?\w+s'? (?:trade )?union\b",
        r"(?:strike|picket) (?:marches|march|lines?|rally|rallies|days?) (?:\w+ ){0,2}(?:with|for) (?:the )?(?:" + _UNION
        + r")\b",
        r"as an? (?:(?:paid[- ]?up|card[- ]carrying|lifelong|proud|long[- ]?standing|active) )?(?:" + _UNION
        + r"|trade union|union) (?:member|rep|steward|activist)",
        r"(?:at|attending|going to|speaking at|away at|off at) (?:the )?(?:" + _UNION + r")(?: \w+)? "
        r"(?:conference|congress|meeting|rally|picket|strike|ballot|training)(?: as an? (?:delegate|rep|"
        r"member|speaker|steward))?|(?:an? |the )?delegate (?:to|for|at) (?:the )?(?:" + _UNION + r")",
        _IDENT + r"(?:" + _UNION + r")(?= (?:and|so|but|too|as well|through and through|at|in|with|on|for|like|myself|meself|"
        r"since|all)\b|,|\.|$)",
        r"been (?:" + _UNION + r") (?:since|for|all)\b|(?:i|he|she|we) (?:carry|carries|have|has|got) (?:a|an|my|his|her) "
        r"(?:" + _UNION + r") card\b|(?:i'm|i am|he's|she's|we're|they're|we are|they are) (?:all |both )?"
        r"union(?= myself| meself| too| as well| members?| through and through|,|\.|$| and| so| but)",
        _IDENT + r"(?:" + _UNION + r"|union) (?:member|members|activist)",
        r"(?:i|i've|we|we've|he|he's|she|she's|they|they've|(?:my|his|her|our) \w+|\w+ (?:\w+ ){0,3}(?:has|have)) (?:just |"
        r"recently |finally |only |also |actually )?(?:joined|join|pay into|signed up to|pay (?:my|me|our|his|her) subs to) "
        r"(?:the )?(?:" + _UNION + r")",
        r"(?:we've|we have|we've got|there's) (?:got )?(?:a )?(?:strike ballot|ballot for "
        r"strike action)|(?:i'm|we're|he's|she's|i am|we are|they're|my \w+'s|my \w+ is|"
        r"(?:i|we|he|she|they|my \w+)(?:'ll| will| was| were|'ve| have| has|'s) been|"
        r"(?:i|we|he|she|they|my \w+)(?:'ll| will) be|(?:i|we|he|she|they) (?:was|were)) "
        r"(?:on strike|striking|going on strike|balloting|out on (?:the )?strike|on (?:the|a) picket(?: line)?|"
        r"picketing|walking out(?= (?:on strike|in protest|over (?:pay|conditions|jobs)|with the union)))(?:(?: \w+){0,3} (?:with|for) (?:the )?(?:" + _UNION + r"))?|"
        r"(?:my|our|his|her) (?:union rep|union|union subs|union dues|union membership|union card)",
        r"(?:my|our|his|her|their) (?:union )?(?:rep|representative|steward|shop steward|branch "
        r"secretary|organiser) (?:at|from|with|in) (?:the )?(?:" + _UNION + r")|(?:my|our|his|her|"
        r"their) (?:" + _UNION + r") (?:rep|representative|steward|membership|card|subs|branch|"
        r"official)",
        r"(?:the )?(?:" + _UNION + r") (?:is|are|have been|has been|'s been|'re|'s) (?:representing|"
        r"supporting|backing|helping|advising) (?:me|him|her|us|them)|(?:on strike|striking) (?:\w+ )"
        r"{0,3}(?:with|for) (?:the )?(?:" + _UNION + r")",
    ), guards=_IDENTITY_GUARDS),
    # subs, dues and a rep of one's own reveal membership, unless the caller speaks for the
    # union (R1: a branch officer booking a room for "our members")
    rules("category", "trade_union", 0.86, (
        r"(?:trade )?union (?:subs|dues|fees|subscriptions?|membership fees?)",
        # "stop taking subs for my old union": a union one has left was one's own
        r"(?:subs|dues|fees|subscriptions?) (?:for|to) (?:my |the |his |her )?(?:old |previous |"
        r"former )?(?:trade union|union|" + _UNION + r")\b(?! (?:hall|building|bar|office|street|road))",
        r"(?:my|his|her) (?:old|previous|former) (?:trade )?union\b(?! (?:hall|building|bar|office|street|road))",
        r"\bjoined (?:the )?(?:" + _UNION + r")\b",
        r"\bjoined (?:the )?(?:[a-z]+ ){1,4}union\b(?! (?:street|road|jack|bar|building|hall|flag|square))",
        r"(?:i'm|i am|he's|she's|we're|(?:my|our|his|her) \w+'s|(?:my|our|his|her) \w+ is) in the into\b",
        r"(?:" + _UNION + r") (?:for|member for) (?:\w+ ){1,2}years\b",
        # someone else's branch office is their membership: "my husband's the gmb branch secretary at the bus depot"
        r"(?:my|his|her|our) \w+(?:'s| is) (?:the |a )?(?:(?:" + _UNION + r") )?(?:union )?branch (?:secretary|chair|treasurer|officer)\b",
        r"(?:bring|brought|bringing|have|having|take|taking|contacted|contact|called|rang|ring|"
        r"asked|speak to|spoke to|spoken to|see|seeing|meet|meeting|attend with|accompanied by|"
        r"come with|coming with|came with|sat in with|sit in with|sitting in with|"
        r"representation from) (?:a |my |our |his |her )?(?:trade )?union (?:rep|representative|"
        r"steward|official)",
        r"(?:a |my |our |his |her )?(?:rep|representative|steward|official) from (?:the |my |"
        r"our |his |her )?(?:" + _UNION + r"|union)",
    ), guards=(*_PERSONAL_GUARDS, "organisation")),
    # a union role is personal unless the caller is acting for the body (R1)
    rules("category", "trade_union", 0.85, (
        r"(?:{SUBJ}|i'm|i am) (?:a |the )?(?:shop steward|union rep|union representative|union convenor|union "
        r"official)\b",
        # (a branch secretary is an officer of the branch: speaking as one is the union's business, R1)
        _IDENT + r"(?:the )?(?:" + _UNION + r"|union) (?:rep|representative|steward|shop steward|"
        r"official|organiser|convenor)",
        _IDENT + r"(?:a |the )?(?:union )?(?:rep|representative|steward|shop steward|official|"
        r"organiser|convenor) (?:for|with|at|in|of) (?:the )?(?:" + _UNION + r")",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
)

_SEXUAL_ID = (
    r"gay|lesbians?|bisexuals?|\bbi\b|pansexual|pan|asexual|ace|queer|homosexual|heterosexual|"
    r"straight|trans|transgender|transsexual|non[- ]binary|genderqueer|gender fluid|intersex|a friend of dorothy|"
    r"friend of dorothy"
)

SEX_LIFE: Final = (
    # two mothers or two fathers: "me and my wife are both her mams", "she's got two dads"
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:me and my|my) (?:wife|missus|girlfriend|partner|husband|fella|boyfriend) (?:are|'re) (?:both )?(?:her|his|their|"
        r"the) (?:mums|mams|moms|mammies|dads|daddies)\b",
        r"(?:(?:she|he)(?:'s| has) got|(?:she|he) has|they've got|they have|with|having|has) two (?:mums|mams|moms|mummies|dads|"
        r"daddies)\b",
        r"(?:we're|we are) (?:both )?(?:her|his|their) (?:mums|mams|moms|dads)\b",
    ), guards=("framing", "hypothetical", "negation")),
    # a sex life said in the negative is still a sex life: "since his op we've not been able to have relations"
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:able to|can't|cannot|couldn't|not|haven't|stopped|started|been) (?:\w+ ){0,2}(?:have|having|had) (?:marital "
        r"|sexual )?relations\b(?! (?:with (?:the|our|their|other) (?:council|school|neighbours?|company|firm|landlord)))",
        r"(?:haven't|not|never) been,? (?:you know,? |like,? )?intimate\b",
        r"(?:he's|he is) not (?:really )?into (?:girls|women|lasses)\b|(?:she's|she is) not (?:really )?into (?:boys|men|lads|"
        r"blokes)\b",
        # "i'm no interested in women, never have been"
        r"(?:i'm|i am|he's|he is|she's|she is|i've|he's|she's) (?:no|not|never been|never) (?:really |ever )?interested in "
        r"(?:women|men|girls|boys|lads|blokes|fellas|the opposite sex|lasses)\b",
        # "since his op we've not been able to, you know, in the bedroom"
        r"(?:not been able to|haven't been able to|can't|couldn't|not able to|unable to|struggling)(?:,? (?:you know|like|"
        r"erm|um),?)? (?:do anything |perform |manage )?in the bedroom\b",
    ), guards=("framing", "hypothetical")),
    rules("category", "sex_life_orientation", 0.88, (
        _IDENT + r"(?:" + _SEXUAL_ID + r")(?! (?:society|network|group|club|pride|flag|"
        r"bar|film|awareness))",
        r"(?:we|we've|we have|we're|me and (?:him|her|my \w+)|my \w+ and (?:i|me)|they|(?:him|her) and me) (?:\w+ ){0,2}(?:slept|sleeping|sleep|"
        r"sleeps) together|(?:started|stopped|been|being|start|stop),? (?:you know,? |like,? )?(?:being )?intimate|(?:our|my|his|her) sex life",
        # "sleeping wi a lot of different folk", "met a fella off grindr", "a one night stand"
        r"(?:i do|i'm doing|i've been doing|i did|she does|he does|she's doing|he's doing|doing|does) (?:a bit of |some |"
        r"a little )?(?:escort|escorting|sex|cam|webcam|adult) work\b|(?:i'm|i am|she's|he's) an? escort\b|"
        r"(?:sleeping|slept|sleep|sleeps) (?:with|wi|wiv|around with) (?:a lot of|loads of|lots of|a few|several|multiple|"
        r"random|different|a couple of|other|another|some other) (?:different |random )?(?:people|folk|men|women|blokes|lads|girls|guys|partners|"
        r"fellas)|(?:we're|we are) both (?:lasses|lads|women|men|girls|blokes|fellas)\b|(?:a bit )?light on (?:his|her) feet\b|"
        r"at it like rabbits\b|(?:on|taking|started|start) prep\b|(?:see|seeing|saw) (?:men|women|other men|other women|blokes|lads|girls) on the side\b|(?:had|having|have) (?:a "
        r")?(?:threesome|foursome|orgy)\b|(?:into|go|went|do) swinging\b|(?:he's|she's|he is|she is) a (?:guy|man|bloke|lad|"
        r"woman|girl|lass) and so am i\b|(?:\w+'s|his|her|my) (?:partner|other half|spouse) is a (?:woman|lady|man|bloke) (?:as well|too)\b|(?:put "
        r"a stop to|stopped|stop|no) (?:things|everything|anything) in the bedroom\b|(?:he|he's|he is|my son|my lad|my brother|he always) (?:fancies|fancy|likes|prefers|is into|'s into) (?:boys|"
        r"lads|men|blokes|guys|fellas)\b|(?:she|she's|she is|my daughter|my sister) (?:fancies|fancy|likes|prefers|is into|'s into) "
        r"(?:girls|women|lasses|ladies)\b|(?:had|'d) (?:a |this |some )?(?:fella|bloke|guy|lad|man|woman|girl|lass|date) (?:\w+ )?"
        r"(?:stay|stop|staying|stopping|sleep) (?:over|the night)\b|(?:seeing|sleeping with|carrying on with) each other (?:\w+ ){0,4}(?:on the quiet|behind (?:his|her|their|"
        r"my) (?:\w+'s )?backs?|in secret)|(?:seeing|dating) (?:a few|several|multiple|loads of|lots of|a couple of|different) (?:different )?"
        r"(?:people|blokes|lads|girls|guys|women|men|fellas)|(?:met|meeting|meet|hooked up with|hooking up with|hook up with|seeing|dating|chatting to) (?:a |an |this "
        r"|some |the )?(?:\w+ ){0,2}(?:off|on|through|from|via) (?:grindr|tinder|hinge|bumble|scruff|feeld)\b|(?:had|having|"
        r"have) (?:a )?one[- ]night stands?",
        r"(?:my boyfriend|my husband)(?:\W+\w+){0,12}?\W+(?:i'm|i am) a (?:guy|man|bloke|lad|boy|fella)\b|(?:i'm|i am) a "
        r"(?:guy|man|bloke|lad|boy|fella)(?:\W+\w+){0,12}?\W+(?:my|a) (?:boyfriend|husband)\b",
        r"(?:my girlfriend|my wife)(?:\W+\w+){0,12}?\W+(?:i'm|i am) a (?:girl|woman|lass|lady)\b|(?:i'm|i am) a "
        r"(?:girl|woman|lass|lady)(?:\W+\w+){0,12}?\W+(?:my|a) (?:girlfriend|wife)\b",
        r"(?:a |the )?(?:friend|fella|bloke|girl|lad|someone|man|woman|mate) (?:i|she|he) (?:sleep|sleeps|slept) with\b|"
        r"(?:we're|we are|we've been|been),? (?:you know,? |like,? )?intimate\b",
        _IDENT + r"(?:poly|polyamorous|non[- ]monogamous|in an open relationship)\b|(?:it's|it is|we're|we are|we've got) (?:a )?"
        r"(?:poly|polyamorous|throuple) (?:set ?up|arrangement|relationship|household|family|thing)\b|(?:got|have|'ve got|has) (?:two|three|"
        r"multiple|several) (?:partners|boyfriends|girlfriends)",
        r"(?:left|leaving|leave|leaves|went off with|gone off with) (?:me|her|him|us) for (?:a|another) (?:man|woman|bloke|lad|"
        r"girl|guy|fella|lady)\b",
        # "i'm hiv positive and gay": a second fact joined to the first
        r"{SUBJ} (?:\w+ ){1,3}and (?:also )?(?:gay|lesbian|bisexual|bi|queer|trans|transgender|non[- ]binary)\b(?! (?:society|"
        r"network|group|club|pride|flag|bar|film|awareness|officer|rep|history))",
        r"(?:my|our|his|her|their) (?:trans|transgender|non[- ]binary|gay|lesbian|bisexual|bi|queer) "
        r"(?:son|daughter|child|kid|teenager|partner|brother|sister|friend|mum|dad|wife|husband|"
        r"nephew|niece|grandson|granddaughter|student|stepson|stepdaughter)",
        r"(?:as an?|being an?) (?:" + _SEXUAL_ID + r") (?:man|men|woman|women|person|people|"
        r"couple|parent|dad|mum|father|mother|student|teenager|lad|girl|boy|kid|employee|member|bloke|guy|fella|"
        r"lass|lady|chap)|"
        r"(?:came|come|coming|comes) out(?: to \w+)? as (?:a |an )?(?:" + _SEXUAL_ID + r")|"
        # "she's come out to us": a person comes out, not results or a car park visit
        r"(?:he|she|they|i|we|(?:my|our|his|her|their) (?:\w+ )?{KIN})(?:'s|'ve| has| have)? "
        r"(?:(?:just|recently|finally|only) )*(?:came|come|coming|comes) out(?= to (?:me|us|him|her|"
        r"them|his|her|their|my|our|everyone|the family|friends|family)| and| last| recently| at "
        r"(?:school|work|college|uni)| so\b| but\b|[,.]|$)",
        # "slurs about him being gay"; "he's batting for the other side"
        r"(?:him|her|me|them|us|you) being (?:a |an )?(?:" + _SEXUAL_ID + r")\b(?! (?:society|network|group|club|pride|flag|bar))|"
        r"(?:bats?|batting|batted|plays?|playing|played|kicks?|kicking) for the other (?:side|team)\b|(?:are|were|was|is|"
        r"'re) (?:a bit |a lot |much |way )?more than (?:just )?friends\b|(?:we're|we are) two (?:mums|mams|mammies|moms|"
        r"mommies|dads|daddies)\b",
        r"(?:i'm|i am|she's|he's) (?:the|her|his|their|\w+'s) other (?:mum|mam|mom|mother|dad|father)|(?:we're|we are) both "
        r"(?:her|his|their|the kids'|the children's) (?:mums|mams|moms|mothers|dads|fathers)|"
        # "he's a fella same as me" said of a partner
        r"(?:he's|he is) an? (?:fella|bloke|man|guy|lad) (?:too|as well|an' all|and all)\b|(?:she's|she is) an? (?:woman|"
        r"lass|lady) (?:too|as well|an' all|and all)\b(?=(?:\W+\w+){0,12}\W+(?:together|partner|wife|girlfriend|married))|"
        r"(?:he's|she's|he is|she is|(?:my|me) (?:partner|other half)'s) an? (?:fella|bloke|man|guy|lad|woman|lass|girl|lady) "
        r"(?:same as|just like|like) me\b|"
        r"(?:she|he)(?:'s| has) got two (?:mums|dads)|(?:her|his|their) (?:two )?(?:mums|dads) "
        r"(?:are|'re) (?:both|married)",
        # ("my cousin's boyfriend" says nothing: a cousin may be anyone)
        r"(?:my|his|her|our|their) (?:son|lad|boy|brother|dad|husband|uncle|nephew|grandad|grandson)'s (?:new )?boyfriend|"
        r"(?:my|his|her|our|their) (?:daughter|"
        r"lass|girl|sister|mum|mam|wife|aunt|auntie|niece|gran|nan|granddaughter)'s (?:new )?girlfriend|"
        r"(?:her|my daughter's|my sister's|my mum's|my wife's|my aunt's|my auntie's|my "
        r"niece's|my gran's|my nan's|she's got a|my granddaughter's) (?:new )?"
        r"(?:girlfriend|wife)|(?:his|my son's|my brother's|my dad's|my husband's|my uncle's|"
        r"my nephew's|my grandad's|he's got a|my grandson's) (?:new )?(?:boyfriend|husband)",
    ), guards=_IDENTITY_GUARDS),
    # sexual activity is part of an abuse disclosure's facts (R3); an orientation is not
    rules("category", "sex_life_orientation", 0.88, (
        r"(?:sleeping|slept|sleeps|having sex|had sex|has sex|having an affair|had an affair|"
        r"an affair|hooking up|hooked up|hooks up|seeing someone behind (?:my|her|his) back) with|"
        r"(?:having|had|has) an affair",
        r"unprotected sex|sex without (?:a )?(?:condom|protection)|(?:the )?condom (?:split|"
        r"broke|came off)",
        r"open relationship|open marriage|sexual partners?|polyamor\w+|poly relationship|swingers?|friends with benefits|"
        r"(?:my wife and i|my husband and i|me and my wife|me and my husband|we)(?: are|'re) both (?:gay|lesbians?|bi|"
        r"bisexual|gay men|queer)\b|(?:my wife and i|my husband and i|me and my wife|me and my husband|we)(?: are|'re) both "
        r"(?:women|men|girls|lads|mums|dads)|"
        r"(?:me and my|my) (?:\w+ )?(?:girlfriend|boyfriend|partner|wife|husband|fianc\w*|other "
        r"half)(?: and (?:i|me))? (?:are|'re) (?:both|two) (?:women|men|girls|lads|guys|female|"
        r"male|gay|lesbians?|bi|queer|mums|dads)|(?:we're|we are) (?:a )?(?:two|both) (?:women|men|"
        r"mums|dads) (?:and|who|together|in a relationship|married|raising)|(?:a |in a )?"
        r"(?:lesbian|gay|same[- ]sex|queer) (?:couple|relationship|marriage|parents|family)|"
        r"(?:i|she|he|my \w+) (?:do|does|did|doing) sex work|(?:i'm|i am|she's|he's) (?:a )?sex worker|"
        r"(?:had|'ve had|have had|has had) (?:\w+ )?(?:different |new )?(?:sexual )?partners (?:since|this|in the last|"
        r"over the|last)|(?:we're|we are|in) a throuple|(?:i'm|i am) one of (?:\w+'s) (?:two )?(?:dads|mums)|"
        r"one night stand|same[- ]sex (?:partner|relationship|couple|marriage)|two mums|two "
        r"dads|(?:my|his|her|our) sex life|sexually active|my partners\b",
        # "mum and her new fella are, you know, sleeping together"
        r"(?:are|'re|were|have been|'ve been|been) (?:\w+ ){0,3}?(?:sleeping together|having sex|sexually active)|"
        r"(?:we've|we have|we|we're) (?:got|have|need) to have sex\b",
        # how many partners: "i've been with a lot of guys since freshers"
        r"(?:been with|slept with|sleeping with|had|hooked up with) (?:a lot of|lots of|loads of|so many|a few|several|"
        r"dozens of|loads|a load of|quite a few|too many) (?:different |new )?(?:guys|men|girls|women|people|lads|"
        r"blokes|partners|fellas|lasses)\b|(?:seeing|sleeping with|with|dating) (?:a|someone's) married (?:man|woman|"
        r"bloke|guy|fella|lady)|(?:seeing|sleeping with) someone(?:'s| who's| who is) married",
    ), guards=_IDENTITY_GUARDS, yields_to_safeguarding=True),
    rules("category", "sex_life_orientation", 0.86, (
        # "me and my girlfriend have started sleeping together"
        r"(?:(?:me and|my \w+ and (?:i|me)|me and my) (?:my |the )?(?:\w+ )?(?:girlfriend|boyfriend|partner|"
        r"fella|missus|other half|wife|husband)|we) (?:(?:have|'ve|are|'re|were|had|just|only|"
        r"recently|now|both|started|start|been|begun|began) )*(?:sleeping together|slept together|"
        r"having sex|had sex|sleep together|doing it|intimate|sexually active)",
        # an infection caught from a partner tells of a sex life
        r"(?:caught|got|picked up|given) (?:me |him |her )?(?:an? )?(?:chlamydia|gonorrh?o?ea|herpes|genital warts|"
        r"syphilis|hiv|sti|std|stis|stds|crabs|trichomoniasis|hep b|hepatitis b|mycoplasma|"
        r"a sexually transmitted (?:infection|disease)) (?:off|from) (?:my|a|this|some|the|her|his) "
        r"(?:\w+ )?(?:partner|boyfriend|girlfriend|guy|girl|bloke|lad|man|woman|fella|hook ?up|"
        r"one night stand|ex|husband|wife)(?= |$|,|\.)",
        r"(?:she's|she is|my (?:ex-?wife|ex|mum|mam|sister|daughter|wife|nan|auntie)'s) (?:now |been |"
        r"happily )?(?:with|seeing|dating|married to|engaged to|living with) a (?:woman|girl|lady|lass)\b|"
        r"(?:he's|he is|my (?:ex-?husband|ex|dad|brother|son|husband|grandad|uncle)'s) (?:now |been |"
        r"happily )?(?:with|seeing|dating|married to|engaged to|living with) a (?:man|bloke|guy|fella|lad)\b",
        r"(?:a |one )?(?:bloke|man|guy|lad|fella) (?:is )?marrying (?:a|another) (?:bloke|man|guy|lad|fella)|(?:a |one )?"
        r"(?:woman|girl|lass|lady) (?:is )?marrying (?:a|another) (?:woman|girl|lass|lady)|same[- ]sex (?:wedding|"
        r"ceremony|civil partnership)|two (?:brides|grooms)",
        r"(?:i'm a|as a) woman,? (?:and )?my (?:partner|wife|girlfriend|other half)(?:'s| is) (?:a woman|a girl|"
        r"female)|(?:i'm a|as a) (?:man|bloke|guy),? (?:and )?my (?:partner|husband|boyfriend|other half)"
        r"(?:'s| is) (?:a man|a bloke|male)",
        r"(?:the|a) (?:lad|boy|guy|man|bloke|fella) (?:he|my son|my brother|my husband|my dad) (?:used to go out "
        r"with|was seeing|dated|went out with|was going out with|is seeing|is going out with)|(?:the|a) (?:girl|"
        r"lass|woman|lady) (?:she|my daughter|my sister|my wife|my mum) (?:used to go out with|was seeing|dated|"
        r"went out with|was going out with|is seeing|is going out with)",
        r"(?:married to|with|seeing|dating|engaged to|in a relationship with) a (?:man|bloke|guy|fella),? (?:and )?"
        r"(?:i'm|i am) (?:a )?(?:bloke|man|guy|fella)(?: myself| too| as well)?|(?:married to|with|seeing|dating|"
        r"engaged to|in a relationship with) a (?:woman|girl|lass|lady),? (?:and )?(?:i'm|i am) (?:a )?(?:woman|"
        r"girl|lass|lady)(?: myself| too| as well)?",
        r"(?:we're|we are) (?:both )?(?:her|his|their) (?:mums|dads|two mums|two dads)|(?:both|two) (?:of )?(?:her|his|"
        r"their) (?:mums|dads)",
        r"(?:it's|this is|i'm) (?:mr|sir|a man|a dad|his dad|the dad)(?: \w+)?,? (?:\w+,? ){0,6}my (?:husband|"
        r"boyfriend)|(?:it's|this is|i'm) (?:mrs|ms|miss|a woman|a mum|her mum|the mum)(?: \w+)?,? (?:\w+,? ){0,6}my "
        r"(?:wife|girlfriend)",
        r"my (?:boyfriend|husband|fella),? (?:\w+,? ){0,3}(?:i'm|i am) (?:a )?(?:lad|man|bloke|guy)(?: too| as well| "
        r"myself)?|my (?:girlfriend|wife),? (?:\w+,? ){0,3}(?:i'm|i am) (?:a )?(?:girl|woman|lass)(?: too| as well| "
        r"myself)?",
        r"(?:my son|my brother|my husband|my dad|my grandson|my nephew|he)(?:'s| has)(?: got)? (?:a |his first |a new )"
        r"boyfriend|(?:my daughter|my sister|my wife|my mum|my granddaughter|my niece|she)(?:'s| has)(?: got)? (?:a |her "
        r"first |a new )girlfriend",
        r"my (?:partner|husband|boyfriend|other half)(?:'s| is) a (?:man|bloke|guy|lad) and so am i|my (?:partner|wife|"
        r"girlfriend|other half)(?:'s| is) a (?:woman|girl|lass|lady) and so am i",
        # a man's partner who is a man, a woman's who is a woman
        r"(?:his|my (?:dad|son|brother|husband|grandad|uncle|father)'s|he's got a) (?:new )?(?:partner|"
        r"other half|spouse)(?:'s| is) (?:a )?(?:man|bloke|guy|fella|lad)\b|(?:her|my (?:mum|mam|"
        r"daughter|sister|wife|nan|gran|auntie|mother)'s|she's got a) (?:new )?(?:partner|other half|"
        r"spouse)(?:'s| is) (?:a )?(?:woman|lady|girl|lass)\b",
        r"(?:i'm (?:his|her|their|the) (?:dad|father|stepdad|grandad|uncle|brother)|i'm a (?:man|bloke|"
        r"guy|dad)) (?:\w+,? ){0,8}(?:in a relationship with|seeing|dating|married to|engaged to|"
        r"living with|with) a (?:man|bloke|guy|fella)\b|(?:i'm (?:his|her|their|the) (?:mum|mam|"
        r"mother|stepmum|nan|gran|auntie|sister)|i'm a (?:woman|mum)) (?:\w+,? ){0,8}(?:in a "
        r"relationship with|seeing|dating|married to|engaged to|living with|with) a (?:woman|lady|girl)\b",
    ), guards=_IDENTITY_GUARDS, yields_to_safeguarding=True),
    rules("category", "sex_life_orientation", 0.86, (
        # "i've been seeing one of the other dads from ash class"
        r"(?:i've|i have|he's|she's|i'm|been) (?:been )?seeing (?:one of the other (?:dads|mums|parents|teachers)|someone else|a married (?:man|"
        r"woman)|my (?:ex|boss|manager)|her (?:ex|boss)|his (?:ex|boss))\b",
        r"(?:we're|we are) (?:a )?(?:two|2) (?:mum|mums|mom|moms|dad|dads|mummy|daddy) (?:family|household|home)\b|(?:we're|we are) the only "
        r"(?:gay|lesbian|same[- ]sex|queer) (?:couple|family|ones|pair)\b",
        # "we're two men so put us down as spouses", "my daughter has a wife now"
        r"(?:we're|we are) (?:two|both) (?:men|women|blokes|lads|girls|ladies|guys)\b|(?:my|his|her|our) (?:daughter|sister|niece|"
        r"mum|mother|aunt|auntie|gran|granddaughter)(?:'s| has)(?: got)? (?:a )?wife\b|(?:my|his|her|our) (?:son|brother|nephew|dad|"
        r"father|uncle|grandad|grandson)(?:'s| has)(?: got)? (?:a )?husband\b",
        r"(?:seeing|sleeping with|meeting|with|got) (?:someone|somebody|a \w+|another \w+|a fella|a bloke) (?:else )?behind (?:my|his|"
        r"her|their) (?:husband's|wife's|partner's|boyfriend's|girlfriend's|fianc\w*'s) back",
        r"(?:having|had|has|have|in|started|starting|start|begun|began) (?:a )?sexual relationships? with\b",
        # "his dad's been seeing another man"; "dad and the lady in room nine have started sleeping together"
        r"(?:he's|he has|he is|he) (?:been |started |now )?(?:seeing|sleeping with|dating) (?:another |a )(?:man|bloke|guy|fella)\b|"
        r"(?:she's|she has|she is|she) (?:been |started |now )?(?:seeing|sleeping with|dating) (?:another |a )(?:woman|lady|girl)\b|"
        r"(?:have|'ve|has|'s) (?:started|been) sleeping together\b|(?:started|start|starting) sleeping together\b",
        # "i left my husband for a woman"; "my husband found out about my affair"; "me and my flatmate have been hooking up"
        r"left (?:my|her|his) (?:husband|wife|partner) for a (?:woman|man|girl|bloke)\b|(?:found out about|having|had|ended|end) (?:my|an|her|"
        r"his) affair\b|(?:have been|'ve been|been|are|'re) hooking up\b|hooking up with\b|(?:after|from|since) (?:a |the )?hook ?up\b",
        # "i sell sex, er, independently, from my flat"
        r"(?:i|she|he|they) (?:sell|sells|sold|selling) sex\b|(?:i'm|she's|he's|i am|she is|he is) an? (?:sex worker|escort)\b",
        # "dad's got a fancy woman ... spending the night together"; "a one night thing, no protection"
        r"(?:got|has|have|with) (?:a |his |her )?(?:fancy woman|fancy man)\b|(?:spending|spent|spend) the night together\b|one night "
        r"(?:thing|stand)\b|unprotected sex\b|condom (?:split|broke|came off)\b",
        # "i've been seeing two guys at the same time"
        r"(?:seeing|sleeping with|dating|with) (?:two|three|four|several|multiple|a couple of) (?:guys|men|blokes|lads|women|girls|"
        r"people|partners) at (?:the same time|once)\b",
    ), guards=("framing", "hypothetical", "negation", "professional")),
)

# "charged" for a bill: "she's been charged for toast she never got", "charged twice", "charged for the delivery"
_NOT_A_CHARGE = (
    r"(?! (?:twice|again|double|extra|too much|more|wrongly|for (?:the|a|an|my|our|his|her|two|parking|delivery|postage|it|that|"
    r"this|school|toast|lunch|lunches|breakfast|breakfasts|dinner|dinners|meals?|food|milk|snacks|school meals|calls?|texts?|data|"
    r"interest|vat|rent|council tax|postage|late|nothing|something|stuff|things|items?|sessions?|clubs?|trips?|tickets?)\b))"
)
_OFFENCE = (
    r"fraud|theft|burglary|robbery|assault|gbh|abh|affray|criminal damage|arson|"
    r"shoplifting|drink[- ]driving|drug[- ]driving|dangerous driving|possession|"
    r"supplying|dealing|drugs?|murder|manslaughter|rape|sexual assault|stalking|harassment|"
    r"domestic violence|fighting|a fight|breach of the peace|public order|carrying a knife|"
    r"handling stolen goods|money laundering|benefit fraud|speeding|indecent images|"
    r"a sexual offence|sex offences?|terrorism offences?|joyriding|taking without consent"
)

# Criminal-justice services that exist because of an offence: a person's appointment with one
# discloses the offence. The same words from a practitioner are R1 (the professional guard).
_JUSTICE_SERVICE = word_list("""
    yot|yot worker|yot workers|yot officer|yot caseworker|yot case worker|yot team|yot appointment|
    yot appointments|yot meeting|yot meetings|yot panel|youth offending|youth offending team|
    youth offending service|youth offending worker|youth offending officer|youth justice worker|
    youth justice officer|youth justice team|youth justice service|probation officer|
    probation worker|probation appointment|probation appointments|probation service|
    probation office|offender manager|community offender manager|parole officer|parole board|
    parole hearing|referral panel|referral order panel|referral order meeting|
    youth offender panel|approved premises|bail hostel|electronic monitoring|community payback|
    curfew check|curfew checks|tag fitted|tag fitting|youth conference order|youth conference|youth conference plan|youth justice agency|
    children's hearing|childrens hearing|
    reparation order|reparation hours
""")
# Prisons callers name without the word "prison": distinctive names only, not town names.
_PRISONS = word_list("""
    strangeways|belmarsh|pentonville|wandsworth prison|wormwood scrubs|the scrubs|barlinnie|parc|
    armley|holloway prison|feltham|werrington|parkhurst|full sutton|frankland|long lartin|
    whitemoor|wakefield prison|hmp parc|berwyn|altcourse|thameside|hewell|risley|styal|bronzefield|
    askham grange|polmont|shotts|saughton|low moss|addiewell|hydebank|maghaberry|oakwood prison|
    rye hill|swaleside|elmley|isle of sheppey prison|the verne|portland prison|aylesbury prison|
    cookham wood|wetherby yoi|hindley|brinsford|glen parva|the mount|the moor|dartmoor prison|
    wealstun|lindholme|hatfield prison|ranby|lowdham grange|foston hall|eastwood park|downview|
    send prison|holme house|durham prison|walton prison|liverpool prison|birmingham prison|deerbolt|hmyoi deerbolt|
    castle huntly|hmp castle huntly|greenock prison|inverness prison|porterfield|dumfries prison|grampian prison|
    lancaster farms|stoke heath|swinfen hall|hmp norwich|norwich prison|wymott|garth|haverigg|kirkham|leyhill|cornton vale|
    perth prison|hmp grampian|kilmarnock prison|edinburgh prison|glenochil|
    winson green|bar-l|bar l|the bar-l|manchester prison|cardiff prison|swansea prison|usk prison|prescoed|channings wood|
    gartree|leicester prison|nottingham prison|lincoln prison|hmp lincoln|stafford prison|featherstone|oakwood|
    bristol prison|horfield|erlestoke|guys marsh|exeter prison|winchester prison|lewes prison|ford open prison|
    highdown|coldingley|bullingdon|woodhill|onley|doncaster prison|moorland|humber prison|hull prison|everthorpe|
    northumberland prison|acklington|low newton|kirklevington|forest bank|buckley hall|leeds prison|new hall|
    chelmsford prison|the mount|bedford prison|peterborough prison|wayland|littlehey|whatton|ashfield|
    dovegate|drake hall|usk|magilligan|brixton prison|hmp brixton|isis|feltham yoi|wandsworth|pentonville prison
""")
CRIMINAL: Final = (
    rules("category", "criminal_offence", 0.9, (
        r"(?:was|were|been|got|get|gets|getting|being|is|are|'s|'re|'ve been|has been|had been|"
        r"just been) (?:\w+ )?(?:arrested|charged" + _NOT_A_CHARGE + r"|"
        r"cautioned|convicted|sentenced|remanded|jailed|"
        r"imprisoned|locked up|sent down(?! (?:to|the|on|by|from|in) )|nicked|bailed|tagged|prosecuted|done for|"
        r"banged up(?! (?:in|at) (?:the |my |his |her |our |their )?(?:house|flat|home|bedroom|room|bed|indoors))|"
        r"put away|sent to prison|released from prison|released on licence|released on bail)"
        r"(?: (?:for|with|of|over|after|last|this|in) (?:\w+ ){0,2}(?:" + _OFFENCE + r"|year|"
        r"week|month|night|summer|twenty \w+))?",
        # "i was fined in court for landing undersized bass"
        r"(?:was|were|got|been|get|gets|getting) fined (?:in|at|by) (?:the )?(?:court|magistrates'?(?: court)?|crown court|sheriff court)\b|"
        # "my husband's inside at the minute": in prison
        r"(?:my|our|his|her|their) (?:husband|partner|son|dad|father|brother|boyfriend|fella|ex|uncle|lad|cousin|wife|daughter|mum|"
        r"sister|girlfriend|stepdad)(?:'s| is| was) (?:still )?inside (?:at the (?:minute|moment)|for (?:another |the next )?\w+(?: \w+)?|"
        r"till|until|doing \w+)\b(?! (?:\w+ing|with|in|on|asleep|upstairs|downstairs)\b)|"
        r"(?:gave|given|give|giving|got) (?:me|him|her|them|us)? ?a (?:police )?caution(?: (?:for|over|after)\b(?: \w+){0,2}|"
        r"(?=$|[,.]| and| so| but| when| last| this| in| from))|"
        # "he got caught shoplifting last year"
        r"(?:got|was|were|been|get|gets|getting|is|'s) caught (?:" + _OFFENCE + r"|stealing|nicking|breaking in|carrying a knife|"
        r"with (?:a knife|drugs|weed|cannabis|a blade))\b|"
        r"(?:arrested|charged|convicted|cautioned|sentenced|done) (?:for|with|of) (?:" + _OFFENCE
        + r")",
        r"(?:got|has|have|had|with|he's got|she's got) (?:a )?previous (?:for|convictions? for) (?:\w+ ){0,3}\w+|(?:he's|she's|"
        r"i've|they've|he has|she has|i have) got previous(?=$|[,.]| (?:for|and|so|but|with the police)\b)|"
        r"(?:a |my |his |her |their )?criminal record|(?:a |his |her |my )?(?:previous |"
        r"spent |unspent )?convictions?(?: for (?:\w+ ){0,2}\w+)?|(?:got|has|have|had) "
        r"(?:a |an )?(?:caution|conviction|record)(?: for (?:\w+ ){0,2}?\w+(?=$|[,.]| and| so| but| when| from| which| in)|(?= for| from| when| so| and|$))",
        r"(?:on|out on|under|given|got|gets|has|have|had|serving|received|doing) (?:a |an |the )?"
        r"(?:police |youth |conditional |criminal |young offenders? |court )?(?:bail|licence|"
        r"license|probation|parole|tag|electronic tag|curfew|remand|suspended sentence|"
        r"community order|community service|referral order|youth rehabilitation order|"
        r"supervision order|restraining order|criminal behaviour order|asbo|sexual harm "
        r"prevention order|shpo|caution|community resolution|detention and training order|dto|"
        r"unpaid work|home detention curfew|hdc|indeterminate sentence|ipp sentence|"
        r"knife crime prevention order|stalking protection order|sexual risk order|"
        r"drug rehabilitation requirement|alcohol tag|sobriety tag|custodial sentence|"
        r"prison sentence|jail sentence|sentence)(?! (?:form|fee|fees|application|number|plate|plates|holder|check|"
        r"renewal|for the (?:car|van|business|premises|shop|dog)))(?: (?:for|after) (?:" + _OFFENCE + r"))?",
        r"(?:released|out|let (?:me|him|her|them) go|bailed|let off) under investigation|(?:recalled|was recalled|been recalled|got recalled) "
        r"to prison|(?<!work\s)(?<!officer\s)(?<!officers\s)(?<!staff\s)(?<!governor\s)(?<!nurse\s)"
        r"(?<!works\s)(?<!working\s)(?<!worked\s)(?<!teach\s)(?<!teaches\s)(?<!volunteer\s)(?<!park\s)(?<!department\s)"
        # a job there is R1: "i'm a dentist at hmp norwich", "the chaplain at hmp parc"
        r"(?<!dentist\s)(?<!doctor\s)(?<!nurse\s)(?<!teacher\s)(?<!tutor\s)(?<!chaplain\s)(?<!pharmacist\s)(?<!psychologist\s)"
        r"(?<!counsellor\s)(?<!lecturer\s)(?<!instructor\s)(?<!librarian\s)(?<!hygienist\s)(?<!optician\s)(?<!physio\s)"
        r"(?<!gp\s)(?<!job\s)(?<!post\s)(?<!role\s)(?<!sessions\s)(?<!shifts\s)(?<!shift\s)(?<!placement\s)(?<!based\s)"
        r"(?:in|at) (?:hmp|hmyoi|hmp yoi|hm prison|hm young offender institution|yoi) \w+(?: (?:until|"
        r"till|for) (?:next |the end of |last |about |another )?\w+)?|(?:he|she|they|{KIN})(?:'s|'re| is| are) inside (?:until|"
        r"till|for|now|again)",
        r"(?:will |would |might |could |does |it'll |that'll )?(?:show|shows|come|comes|came|"
        r"showed) up on (?:my|his|her|their) (?:enhanced )?(?:dbs|dbs check|criminal record check|"
        r"record)|(?<!put\s)(?<!add\s)(?<!write\s)(?<!note\s)(?:something|anything|stuff) on (?:my|his|her|their) (?:dbs|record)|(?:my|his|"
        r"her|their) dbs (?:came back|has|shows|flagged|will show|showed)(?: (?:with|a|something) "
        r"\w+)?|(?:disclose|declare|declared|disclosed|disclosing|declaring) (?:a |my |his |her |"
        r"the |an )?(?:spent |unspent |previous |old )?(?:conviction|caution|offence|criminal record)",
        r"(?:wearing|wears|wear|fitted with|got|has|have|had|with) (?:a |an |the |my |his |her )?"
        r"(?:electronic |ankle |curfew |gps |police )?tag(?:s)?\b(?! (?:rugby|line|team|"
        r"on (?:facebook|instagram|the photo|a photo|the post)|you|me|him|her|them|number))|"
        r"(?:electronic|ankle|curfew) tag|tag on (?:my|his|her|their) (?:ankle|leg)|(?:been|got|"
        r"getting|being) tagged (?:for|by the police|by the court|after|until|because)",
        r"(?:come|came|got|been|just|released) (?:out )?(?:of|from) (?:hmp|hmyoi|hmp yoi|hm prison) \w+",
        r"(?:in|out of|come out of|came out of|got out of|released from|served time in|been in|"
        r"been to|went to|sent to|visit(?:ing)? (?:\w+ )?in) (?:a |the )?(?:prison|jail|gaol|"
        r"young offenders(?: institute)?|youth custody|custody(?! (?:thing|case|battle|hearing|arrangements?|dispute|"
        r"order|fight|of|row|papers))|borstal|a yoi|secure unit)(?! "
        r"(?:library|officer|officers|service|staff|kitchen|education|site|van|chaplain|"
        r"governor|guard|guards|visits?|visiting|hospital|gym|workshop|shop))",
        r"(?:did|done|doing|served|serving) (?:\w+ ){0,2}(?:years?|months?|weeks?) in (?:" + _PRISONS + r")\b|"
        # "my fiance's in norwich prison"
        r"(?:\w+'s|\w+ is|he's|she's|i'm|been|was|were) in (?!the |a |an |my |his |her )(?:[a-z]+ ){1,2}(?:prison|jail|gaol|yoi)"
        r"\b(?! (?:service|officer|officers|library|kitchen|staff|visits?|visiting|chaplain|governor|shop|gym))|"
        # "did two years for burglary", "got eighteen months for the assault"
        r"(?:did|done|doing|served|serving|got|given|gets) (?:\w+ ){1,2}(?:years?|months?|weeks?)(?: (?:in|inside|at) "
        r"(?:\w+ )?\w+)? for (?:the |a |an |his |her )?"
        r"(?:" + _OFFENCE + r")\b|"
        r"(?:done|did|served|serving|doing) (?:his|her|my|their) time\b|"
        r"(?:doing|did|done|serving|served|serve) (?:time|a sentence|a stretch|(?:\w+ )?(?:years|"
        r"months) inside)(?: for (?:\w+ )?\w+)?",
        # "just started an eighteen month sentence", "been inside for two years", "got lifted at the weekend"
        r"(?:started|starting|begun|began|got|given|handed) (?:an? |his |her |their )?(?:\w+ ){0,3}(?:year|month|week)s? "
        r"(?:prison |jail |custodial )?sentence|(?:been|was|were|is) inside (?:for|since) (?:\w+ ){0,3}(?:years?|months?|"
        r"weeks?|christmas|\w+day)|(?:got|been|was|were|get|gets) lifted (?:by the police|at the weekend|last night|on "
        r"\w+|for \w+)",
        r"(?:as |for )?(?:a |my |his |her |their )bail (?:address|conditions?)\b|"
        r"(?:my|his|her|their) (?:probation officer|offender manager|yot worker|parole officer|"
        r"youth offending worker|solicitor for the trial|court date|trial(?! shift| day| run| period| lesson| session| week|"
        r"s? aids?| aid| pack))",
        r"sex offenders?'? (?:register|registry|list|one)\b|(?:did|doing|done|serving|served|got|get|gets|given) an? (?:\w+ )?"
        r"stretch (?:in|inside|at|for)\b|(?:got|came|come|coming|getting|been let) out of (?!(?:town|work|school|hospital|uni|"
        r"university|college|care|rehab|bed|the|there|here|it|that|this|my|his|her|our|their|a|an|hospice|london|retirement|"
        r"lockdown|isolation|quarantine|intensive|icu)\b)[a-z]+ (?:\w+ )?after (?:\w+ ){1,2}(?:months|years)\b|(?:did|doing|done|serving|served) an? (?:two|three|four|five|six|seven|eight|nine|ten|"
        r"\d+|long|year|\w+ year) stretch\b|(?:came|come|coming|got|get|just) out (?:of )?the (?:nick|jail|prison|clink|bar-?l|big house|scrubs)\b|sign(?:ing)? on for (?:my|his|her|their) bail|on the (?:sex offenders? )?register(?= for(?! (?:the|a) (?:\w+ )?(?:course|class|club|trip|list|lessons?|group|session|scheme))| as| so| and|,? "
        r"(?:you know,? )?the sex offenders?)|"
        r"\w+'s tagged (?=at the|till|until|for|now|since|again|and|so|,)|(?:my|me|her|his|our) (?:\w+ )?(?:husband|"
        r"wife|partner|son|daughter|dad|brother|lad|kid|fella)(?:'s| is) inside\b(?! (?:the|a|an|his|her|my|our|now,? (?:in|at)))|(?:\w+'s|he's|she's|i was|i'm|been|was|is) (?:in|at) "
        r"(?:walton|styal|" + _PRISONS + r")\b(?! (?:village|road|park|hall|station|hospital|library|centre|shops?|school|"
        r"college|market))|(?:been|is|was|'s|he's|she's) on the wing\b|(?:know|knows|knew|met) (?:\w+ ){0,3}from inside\b|"
        r"doing an? (?:two|three|four|five|six|seven|eight|nine|ten|\w+) for (?:" + _OFFENCE + r")\b|got (?:\w+ ){1,2}(?:years?|"
        r"months?) at the (?:crown court|magistrates|old bailey)\b|(?:put|placed|been put) on the (?:sex offenders? )?"
        r"register\b(?! (?:of|for (?:the|a) (?:\w+ )?(?:course|class|club|trip|list|lessons?|group|session|scheme)))|(?:my|me|his|her) tag(?:'s| is)? (?:rubbing|digging|"
        r"hurting|too tight|on (?:my|me|his|her) ankle)\b|(?:doing|done|did|serving|got|given|gets) (?:(?:his|her|"
        r"my|their|some) |(?:\w+ ){1,2}hours? of )?community (?:service|payback)\b|(?:did|done|served|spent|doing) (?:\w+ ){1,3}"
        r"(?:years?|months?|weeks?) in \w+,? (?:the |a )?(?:women's |men's |young offenders'? )?(?:prison|jail|nick|yoi)\b|"
        r"(?:\w+'s|he's|she's) inside,? (?:doing|for|serving) (?:\w+ ){1,2}(?:years?|months?)\b|(?:doing|serving|did|done) "
        r"(?:\w+ )(?:year|month) (?:inside|in (?:prison|jail))\b|(?:spent|did|done|served) (?:\w+ ){1,3}(?:months|"
        r"years|weeks|year|month) in (?:" + _PRISONS + r"|evin|prison|jail|custody|a cell|the cells)\b|"
        r"banned from driving|(?:a |his |her |my )?driving ban|disqualified from driving|(?:i'm|he's|she's|i am|he is|"
        r"she is|they're) (?:electronically )?tagged(?= |,|\.|$)|"
        r"curfewed|(?:cos|because|due to|'cause|cause) of (?:my|his|her|their) (?:tag|curfew|bail|licence|"
        r"probation)|(?:the|my|his|her|their) (?:community order|suspended sentence|licence period|referral "
        r"order|youth rehabilitation order|restraining order|sentence|tag|curfew) (?:ends|finishes|runs out|"
        r"runs till|runs until|expires|is up|comes off)|prison (?:phone|calls?|visits?|visiting order|email|"
        r"pin|number|account|canteen)(?! (?:centre|staff|service|officer|team|desk|office|hall|room|booking line))|"
        r"(?:pleaded|found) guilty|(?:due|up|appearing) in (?:court|crown court|magistrates)",
        r"(?:youth offending|yot) (?:order|team are working with (?:him|her))",
        r"(?:in|kept in|spent (?:the|a) night in|held in|locked in|banged up in) (?:the )?(?:police )?"
        r"cells",
        # "my husband's in wandsworth doing four years": a place and a term served
        r"(?:\w+'s|\w+ is|he's|she's|he is|she is) in \w+ doing (?:\w+ ){1,2}(?:years|months)(?! (?:at|of|on|"
        r"in|for a))",
        # the terms of an order someone is under: "his bail conditions", "my licence conditions"
        r"(?:my|his|her|their|\w+'s) (?:bail|parole|probation|licence|license|tag|curfew|community "
        r"order|court order|release) (?:conditions?|terms|requirements?|curfew|hearing|"
        r"appointments?|check ?ins?|reporting)",
    ), guards=(*_IDENTITY_GUARDS, "stolen_thing")),
    # the offence itself, said away from the arrest or caution it belongs to ("i've got a
    # caution from years back for shoplifting"), and criminal-court dates and bail reporting
    rules("category", "criminal_offence", 0.86, (
        r"(?:for|over) (?:\w+ )?(?:" + _OFFENCE + r")\b",
        r"(?:been|got|was|is|'s|'ve been|has been) banned(?= |,|\.|$)(?! from (?:the|this|our|school|college|site|"
        r"premises|shop|club|pub|gym|library|leisure))",
        r"(?:sign|signs|signing|report|reports|reporting)(?: on| in)? at (?:the )?(?:police )?station|(?:gotta|got to|has "
        r"to|have to|needs to|must) (?:be|go|report) (?:at|to) the (?:police )?station",
        r"(?:they've|they have|police|they|the police|they've just) (?:bailed|released on bail|charged|cautioned) "
        r"(?:me|him|her|them|my \w+)|"
        r"(?:i've|i have|he's|she's|he has|she has|we've) got court (?:in|on|next|this|tomorrow|monday|tuesday|wednesday|"
        r"thursday|friday)|"
        r"the court (?:date|hearing|case|appearance)(?:'s| is)|(?:with|and|under) (?:a |the )?(?:bail )?conditions? "
        r"(?:not to|that (?:i|he|she) (?:can't|don't|doesn't|mustn't)|to stay away|to keep away)(?: \w+){1,6}?"
        r"(?=,|\.|$| so| and| but| can| is)",
        r"(?:the )?police (?:took|have taken|came and took|lifted|carted off|arrest|arrested|have arrested|picked up) "
        r"(?:him|her|them|me|my \w+)"
        r"(?: away| in)?(?=[,.]|$| and| last| this| yesterday| on| at)",
    ), guards=(*_IDENTITY_GUARDS, "not_justice")),
    rules("category", "criminal_offence", 0.86, (
        r"(?:(?:i've|i have|he's|she's|he has|she has|we've|they've|i'm|he is|she is) (?:got )?(?:a |my |his |her )?"
        r"|(?:my|his|her|their|\w+'s) )(?:crown |magistrates' |magistrates |youth )?court (?:date|hearing|case|"
        r"appearance)|\bcourt(?:'s| is) (?:on |next |this |in )?(?:\w+day|tomorrow|week|month|the (?:\w+ )?(?:\w+th|first|"
        r"\w+st|second|\w+nd|third|\w+rd|\d+\w*))\b",
        r"(?:come|came|coming|got|get|gets|been|just|released|let) (?:out )?(?:of|from) (?:" + _PRISONS + r")"
        r"|(?:in|inside|sent to|doing time in|banged up in|locked up in|visiting \w+ in|transferred to) (?:" + _PRISONS
        + r")",
    ), guards=(*_IDENTITY_GUARDS, "civil")),
    # a curfew of one's own, or time served, is a court's when the utterance is about a tag,
    # bail, a licence or prison
    rules("category", "criminal_offence", 0.86, (
        r"(?:(?:my|his|her|their|\w+'s|of (?:my|his|her|the)|on (?:a|my|his|her)) )?curfew",
        r"(?:not allowed|isn't allowed|can't go|cannot go|banned from going|not meant to go) (?:near|"
        r"within \w+ (?:miles?|metres?|meters?) of) (?:schools|children|kids|the school(?! gates| office| run)|parks|"
        r"playgrounds)",
        r"(?:did|done|served|serving|doing) (?:\w+ )?(?:\w+ )?(?:months|years|weeks)(?= ?(?:,|\.|$|"
        r"inside|in (?:prison|jail|there)|and|for))",
    ), guards=(*_IDENTITY_GUARDS, "not_justice")),
    # an appointment with the youth offending team or probation is about the offender (R1:
    # a yot officer booking a room speaks for the service)
    rules("category", "criminal_offence", 0.88, (
        _JUSTICE_SERVICE,
        # bare "probation" is also a new job's trial period: only after a reporting verb
        r"probation(?! (?:period|review|at work))",
    ), guards=(*_IDENTITY_GUARDS, "professional", "unowned")),
    # "i've got to be at probation every tuesday": attending probation is the offender's
    rules("category", "criminal_offence", 0.86, (
        r"(?:be|go|going|goes|went|attend|attending) (?:to |at )(?:the )?(probation)(?! (?:period|review|"
        r"at work))",
        r"(probation)(?= (?:say|says|said|told|tell|want|wants|have said|reckon|are making))",
    ), guards=(*_IDENTITY_GUARDS, "professional"), span_group=1),
)

_BIO_PART = r"(?:fingerprints?|thumbprints?|finger ?prints?|retina(?:l)? scans?|iris scans?|face scans?|facial (?:scan|recognition data|template|images?|data)|voice ?prints?|voice (?:id|sample|recording for)|palm (?:prints?|scans?|vein)|(?:finger|palm|hand) vein(?: scans?| patterns?| prints?| templates?)?|(?:face|facial|fingerprint|iris|voice|palm) (?:login|log in|sign in|template|enrolment|enrollment|registration|data)|hand (?:geometry|shape|scans?|templates?)|biometrics?|biometric data|vein pattern)"

# A person's print, not an organisation's system: "the college's voice login".
_NOT_AN_ORG = "".join(rf"(?<!{org}\x27s\s)" for org in ORG_POSSESSORS)

BIOMETRIC: Final = (
    # kept or not kept, a template on a system is biometric data: "hasn't got my print stored"
    rules("category", "biometric", 0.86, (
        r"(?:got|has|have|had|keep|keeps|kept|hold|holds|held) (?:my|his|her|their|\w+'s) (?:print|prints|"
        r"fingerprints?|thumbprint|palm|iris|face) (?:stored|saved|registered|enrolled|on file|on record|on (?:the|their|your) "
        r"system)",
        # "we did his face photo for it back in october" (the gate's face scan)
        r"(?:did|done|took|taken|sent|uploaded) (?:his|her|my|their) face (?:photo|picture|pic|scan) (?:for|on) (?:it|the (?:gate|"
        r"system|app|entry|door|scanner|tills?|barrier|turnstile))\b",
    ), guards=("framing", "hypothetical", "device")),
    rules("category", "biometric", 0.88, (
        # "the fingerprint clock-in wouldn't read my thumb"
        r"(?:wouldn't|won't|doesn't|didn't|can't|cannot|isn't|stopped) (?:read|reading|recognise|recognize|recognising|accept|accepting|"
        r"scan|scanning) (?:my|his|her|their) (?:thumb|thumbprint|finger|fingers|fingerprint|face|palm|hand|iris|eyes?|voice)\b",
        # "i've had a new face template done for the drugs cabinet"
        r"(?:had|got|have|has|done) (?:a |my |his |her )?(?:new )?(?:face|fingerprint|palm|iris|voice) ?(?:template|scan|print) "
        r"(?:done|taken|registered|set up|updated)\b",
        # "ollie hughes's fingerprint": the name stays readable, the print is masked
        # (not prints left on a surface: "his fingerprints all over the window")
        r"(?:(?:my|his|her|their|our|your) (?:\w+'s )?|" + _NOT_AN_ORG + r"(?:(?<=\x27s\s)|(?<=s\x27\s)))" + _BIO_PART
        + r"(?! (?:all )?(?:over|on) (?:the|my|his|her|our|their) (?:window|windows|glass|car|door|mirror|screen|walls?|table|"
        r"fridge|telly|tv))",
        r"(?:got|has|have|had|keep|keeps|kept|hold|holds|held) (?:my|his|her|their|\w+'s) (?:face|fingerprints?|"
        r"thumbprint|palm|iris|voice|retina)(?: print| scan)? (?:on file|on record|on it|on there|in it|stored|saved|"
        r"on (?:the|their|your) (?:system|database))",
        r"(?:my|his|her|their|\w+'s) voice(?: is|'s)? (?:enrolled|registered|set up|saved) (?:as|for|on)",
        r"(?:set up|enrolled (?:in|on|for)|registered (?:for|on)|signed up (?:to|for)) (?:the |my |me )?(?:voice|face|facial|"
        r"fingerprint|palm|iris) (?:recognition|id|print|login|verification)\b|(?:voice ?print|template|face ?print|finger ?print|"
        r"palm ?print) of (?:me|him|her|them|us|my|his|their)\b",
        r"(?:enrolled|registered|scanned|stored) (?:your|the|our) (?:\w+ ){0,2}\w+'s (?:palms?|fingerprints?|irises|iris|face|"
        r"faces|hands?|voice|retinas?)\b|(?:gets? in|gets into|signs? in|clocks? in|lets? (?:him|her|them) in|opens? the "
        r"\w+) (?:\w+ ){0,4}(?:with|using|via|by) (?:a|his|her|their|my) (?:palm vein|finger vein|iris|retina|face|facial|"
        r"fingerprint|thumbprint|hand) (?:scans?|recognition|prints?)",
        # "they've scanned me iris for the staff lane", "we're on the hand scanner", "made me do a face scan video"
        r"(?:i'm|i am|we're|we are|he's|she's|they're|are|is|\w+'s) (?:all |both )?"
        r"(?:on|enrolled on|registered on|signed up to|set up on) the (?:\w+ )?(?:\w+'s )?(?:hand|palm|finger ?print|fingerprint|thumb ?print|"
        r"face|facial|iris|eye|voice) (?:scanner|reader|recognition|system|id|machine)|(?:made|make|makes|asked|asks|got) "
        r"(?:me|him|her|us|them) (?:to )?(?:do|record|take|send) (?:a |the )?(?:face|facial|selfie|voice|palm|iris|"
        r"fingerprint) (?:scan|scans|video|recording|print)",
        r"fingerprint (?:\w+ ){0,8}(?:my|his|her|their|\w+'s) (?:finger ?|thumb ?)?prints? (?:on|in|stored|registered)\b",
        r"(?:my|his|her|their|\w+'s) (?:print|prints|finger ?print|thumb ?print|palm ?print)(?:'s| is| are) (?:still )?(?:on|in|"
        r"stored on|registered on|saved on) (?:the|a|your|their|its) (?:\w+ )?(?:system|database|scanner|reader|machine|file|"
        r"record)\b|(?:did|do|does|done|took|take|taken|doing) (?:an? |the |our |my |his |her )?(?:iris|retina|retinal|face|facial|"
        r"palm|finger ?print|fingerprint|hand|voice) (?:scans?|prints?) (?:on (?:me|us|him|her|them)|to (?:enrol|register|"
        r"sign up|set up) (?:me|us|him|her|them)|of (?:me|us|him|her|them))",
        r"(?:got|has|have|had|keeps?|kept|stored|holds?) (?:my|his|her|their|\w+'s) (?:face|voice|prints?|fingerprints?|palm|iris)"
        r"(?= on (?:the|a|their|your|its) (?:\w+ ){0,2}(?:recognition|scanner|reader|system|database|camera|thing|machine|app|door)\b)|"
        r"(?:my|his|her|their|\w+'s) (?:face|voice|print|prints|fingerprints?)(?:'s| is| are)? still on (?:it|there)\b|(?:match|"
        r"matches|matching|matched|compare|compares|comparing|check|checks|checking) (?:my|his|her|their|\w+'s) face (?:to|with|"
        r"against)\b|(?:login|log in|id check|identity check|verification|verify|verifying)(?:\W+\w+){0,8}\W+(?:video|photo|selfie|"
        r"scan|picture) of (?:my|his|her|their) face",
        r"(?:my|his|her|their|\w+'s) (?:face|voice|iris|eyes)(?:'s| is| are)? (?:still )?(?:on|in|stored on|registered on|saved on) "
        r"(?:the|a|your|their) (?:\w+ ){0,3}(?:camera|cameras|system|scanner|reader|database|gates?|machine)\b",
        r"(?:my|his|her|their|\w+'s) (?:face|fingerprints?|thumbprint|palm|iris|voice ?print|voice id|hand ?print|palm "
        r"print)(?: is| was|'s| are)? "
        r"(?:still )?(?:registered|enrolled|stored|saved|kept|held|on (?:the|their|your) (?:system|database))",
        r"(?:taken|took|take|taking|takes) (?:\w+ )?(?:finger ?)?prints? (?:off|of|from) (?:all|every|each|the|her|his|my|"
        r"their)\b(?: \w+){0,4}",
        r"(?:photos?|pictures?|images?|videos?|recordings?|scans?) of (?:my|his|her|their|\w+'s) (?:face|voice|eyes?|"
        r"iris|hands?)(?=(?:\W+\w+){0,10}\W+(?:(?:facial|face) (?:recognition|id|scan|match)|id check|identity|"
        r"verification|verify|biometric|voice ?print))",
        r"(?:read|reads|reading|scan|scans|scanned|recognise|recognises|recognize|recognizes) (?:my|his|her|their|"
        r"\w+'s) (?:\w+'s )?(?:print|prints|thumb ?print|finger ?print)",
        r"(?:learnt|learned|learns|knows|remembers|saved|stored) (?:my|his|her|their|\w+'s) (?:\w+'s )?(?:face|voice)\b(?! (?:note|"
        r"notes|message|messages|mail|memo|memos|recording|recordings|clip))|"
        r"(?:did|done|do|doing) the (?:hand|palm|finger ?print|fingerprint|face|facial|iris|voice) (?:scanner|scan|recognition|"
        r"reader|id) (?:thing|bit|enrolment)\b|(?:my|his|her|their|\w+'s) (?:palm|hand|iris|face|voice|print|prints|"
        r"fingerprints?)(?:'s| is| are) (?:still )?on (?:it|there)\b",
        r"(?:flagged|matched|recognised|recognized|identified|clocked|picked up|tagged) (?:(?:my|his|her|their) )?"
        r"(?:\w+'s )?face",
        # a print or face a machine holds: "the scanner's still got poppy's print on it", "my handprint's on the reader",
        # "they scanned the kids' faces for the app"
        r"(?:got|has|have|holds?|keeps?|kept|stored|saved) (?:my|his|her|their|\w+'s) (?:finger ?|thumb ?|hand ?|palm )?print "
        r"(?:on|in|stored)\b|(?:my|his|her|their|\w+'s) (?:hand ?print|palm ?print|thumb ?print|finger ?print)(?:'s| is| are)? "
        r"(?:on|in|still on|stored on|registered on|saved on) (?:the|a|your|their) \w+|scanned (?:the |my |our |his |her |their )?"
        r"(?:\w+'? |\w+'s )?faces? (?:for|on|into|so)\b",
        # a machine that keeps a face: "the kiosk saved my face", "she needs her face adding"
        r"(?:saved|stored|registered|enrolled|learnt|learned) (?:my|his|her|their|"
        r"\w+'s) (?:face|voice|eyes|iris|palm|thumb|fingers?)\b(?! (?:notes?|messages?|mails?|memos?|recordings?|clips?))|(?:my|his|her|their|\w+'s) (?:face|voice|iris|palm|"
        r"thumb|fingerprints?) (?:adding|added|enrolling|enrolled|registering|scanning|saving|storing|deleting|removing)\b",
        r"(?:enrolled|registered|signed up|put) (?:him |her |them |me |us )?(?:on|onto|for|with|to) (?:the |a )?(?:\w+'s )?(?:fingerprint|face|facial|iris|palm|"
        r"voice|biometric|thumbprint) (?:\w+ )?(?:system|scanner|reader|register|thing|machine)",
        r"(?:the |my |a )?(?:voice ?print|face template|facial template|fingerprint template|iris template) (?:i|he|she|"
        r"they|we) (?:recorded|registered|gave|set up|enrolled|did)|(?:kept|keep|keeps|stored|saved|made|took|taken|"
        r"kept hold of) (?:a |my |his |her )?(?:face|facial|voice|finger ?print|iris|palm) (?:template|print|map|model)",
        r"(?:delete|remove|wipe|erase|destroy|get rid of) (?:my|his|her|their|\w+'s|the|that|those) (?:"
        r"(?:finger ?print|thumb ?print|iris|retina|palm|face|facial|voice) (?:scans?|templates?|samples?)|finger ?prints?|prints|face "
        r"(?:scan|data|template)|iris (?:scan|data)|biometric data|biometrics|voice ?print)",
        r"(?:did|done|completed|do|doing) (?:the|my|his|her) (?:facial recognition|face|fingerprint|iris|voice|palm|"
        r"biometric) (?:enrolment|enrollment|registration|scan|sign ?up|set ?up)",
        r"(?:the|my|his|her) (?:iris|face|retina|palm|finger ?print|voice) (?:scan|scans|print|prints|sample|template)s? "
        r"(?:they|you|he|she|the \w+) (?:took|taken|made|did|recorded|have|got) (?:of|from) (?:me|him|her|them|my \w+)",
        r"(?:my|his|her|their|\w+'s) (?:\w+'s )?(?:finger ?)?prints? (?:won't|doesn't|didn't|isn't|wouldn't|can't|"
        r"keeps? not|won't let it) (?:register|read|scan|work|match|be read|be recognised)",
        r"uses? (?:my|his|her|their) (?:voice|face|fingerprint|thumb|iris) (?:as|for) (?:my|his|her|their|the) "
        r"(?:password|log ?in|id|pin)",
        # "a voiceprint of my son", "the fingerprints of every child"
        _BIO_PART + r" of (?:my|his|her|their|our|all the|every|each|the) (?:\w+ )?(?:{KIN}|kids|children|"
        r"pupils|students|staff|members|players|customers|clients|residents|patients|visitors)",
        r"(?:scanned|scan|scans|scanning|photographed|captured|enrolled|registered|recorded|"
        r"took|taken) (?:my|his|her|their|\w+'s) (?:\w+'s )?(?:face|faces|fingerprints?|eyes?|"
        r"iris|irises|retinas?|palms?|hand|hands|voice|thumbs?|thumbprints?)",
        r"(?:a |the )?scans? of (?:(?:every|each|all the|all) )?(?:my|his|her|their|\w+'s|\w+s') (?:\w+'s )?(?:face|faces|finger|fingers|"
        r"eye|eyes|iris|hand|palm|retina)",
        r"(?:re ?enrol|re ?register|re ?scan|enrol|register|scan|rescan) (?:my|his|her|their) (?:finger|"
        r"fingers|thumb|thumbs|face|palm|iris|eyes|hand)\b",
        r"(?:took|taken|take|taking|registered|enrolled|stored|keeps?|kept|holding|holds) "
        r"(?:\w+ ){0,5}(?:fingerprints|biometrics|biometric data|face scan|iris scan)",
        r"(?:dna|photos?|photograph|mugshot|prints) and (?:his |her |my )?fingerprints",
        r"(?:took|taken|take|takes|taking|got|captured|recorded|stored) (?:a |an )?(?:picture|photo|image|"
        r"scan|print|recording) of (?:my|his|her|their) (?:iris|irises|retinas?|eyes|fingerprints?|palms?|"
        r"thumbprints?|voice)",
        r"(?:got |been |was |were |am |'m |i'm )?(?:enrolled|registered|signed up) (?:with|using|by) (?:my|his|"
        r"her|their) (?:thumb|thumbs|finger|fingers|face|palm|hand|iris|eyes?|voice)",
        r"(?:i|we|he|she|they|my \w+|his \w+|her \w+) (?:set up|setup|registered|enrolled|recorded|created|did|signed up "
        r"for) (?:the |my |a |his |her |their |that |this |your )?(?:voice ?print|voice id|voice recognition|finger ?print|"
        r"thumb ?print|palm (?:print|vein)|face scan|face recognition|iris scan)(?! (?:painting|paintings|art|pictures?|"
        r"butterfl\w+|trees?|cards?|craft|activity|stamps?|ink))",
        r"(?:kept|keeps|keep|stored|stores|store|took|takes|has|holds|hold|made|makes) (?:a |an )?(?:template|"
        r"scan|print|map|image|model) of (?:my|his|her|their) (?:hand|hands|palm|palms|face|finger|fingers|"
        r"iris|eyes?|voice|thumb)",
        # "they took a voiceprint of me", "took my print"
        r"(?:took|taken|take|takes|taking|got|get|getting|made|make|recorded|record|captured|"
        r"stored|keeps?|kept) (?:a |an |my |his |her |their )?(?:voice ?prints?|finger ?prints?|"
        r"thumb ?prints?|palm ?prints?|face scans?|iris scans?|retina scans?|facial scans?|"
        r"scans? of (?:my|his|her|their) (?:face|iris|eyes?|palm|hand|fingers?|voice)|palm scans?|hand scans?|"
        r"finger scans?|vein scans?)"
        r"(?: (?:of|from) (?:me|him|her|them|us|my \w+|his \w+|her \w+))?",
        r"(?:took|taken|take|takes|taking|get|got|read|reads|reading|register|registered|"
        r"recognise|recognised|recognize|recognized|scan|scanned) (?:my|his|her|their) (?:finger |"
        r"thumb |palm )?prints?",
        r"(?:my|his|her|their|our|your|\w+'s) (?:\w+'s )?(?:face|faces|fingerprints?|fingers?|"
        r"thumbs?|thumbprints?|eyes?|iris|irises|retinas?|palms?|hands?)(?:'s)? (?:\w+ )?(?:being |"
        r"getting |to be |be |was |were |been )?(?:scanned|recorded|captured|taken|stored|"
        r"registered|enrolled|mapped|photographed for|saved|kept|held|logged|on file|on record|on "
        r"(?:the|their|your|its) system)(?! (?:down|off|away|out|to hospital|to a&e|"
        r"to the|home|by the dentist))",
    ), guards=("org_possessor", *_PERSONAL_GUARDS, "device")),
    # other people's biometrics collected by an organisation are about identifiable people
    rules("category", "biometric", 0.88, (
        r"(?:scan|scans|scanning|using|use|uses|store|stores|storing|taking|take|collect|"
        r"collecting) (?:the |our |all the )?(?:children's|kids'|pupils'|students'|staff's|"
        r"members'|residents') (?:faces|fingerprints|finger ?prints|irises|palms|thumbprints)",
    ), guards=("framing", "hypothetical", "negation")),
    # "the new gates read your hand shape, i had to register mine last week": one's own template
    rules("category", "biometric", 0.86, (
        r"(?:fingerprints?|finger ?prints?|thumb ?prints?|face|facial|palms?|hand ?shapes?|hands?|iris|irises|eyes|voice)\b"
        r"[^.?!]{0,60}?\b((?:i|we|he|she|they|i've|we've|he's|she's) (?:had to |have to |'ve got to |got to |needed to |need to "
        r"|just |already )?(?:register|registered|enrol|enrolled|scan|scanned|record|recorded|set up) (?:mine|ours|his|hers|"
        r"theirs))\b",
    ), guards=("framing", "hypothetical", "negation"), span_group=1),
)

_GENE_TEST = r"(?:genetic|gene|dna|paternity|pharmacogenetic|pharmacogenomic|genomic|carrier|chromosome|karyotype|brca)"

GENETIC: Final = (
    rules("category", "genetic", 0.88, (
        r"(?:isn't|is not|wasn't|was not|not|aren't) (?:actually |really )?(?:my|his|her|their|the) "
        r"(?:\w+'s )?(?:(?:biological|real|birth|natural) )?(?:dad|father|mum|mother|parent|sister|brother)",
    ), guards=(*_IDENTITY_GUARDS, "untested")),
    rules("category", "genetic", 0.9, (
        _GENE_TEST + r" (?:tests?|testing|screening|results?|report|profile|panel|analysis|"
        r"sequencing)(?! (?:practical|practicals|lab|labs|experiment|module|lecture|class|course|kit|kits|workshop))",
        r"(?:whole )?(?:genome|exome) (?:sequencing|test|testing|results?|analysis|scan)|"
        r"(?:23 ?and ?me|ancestry ?dna|myheritage dna)(?: (?:test|results?|kit|report))?",
        r"(?:" + CONDITION_AND_MEDICINE_WORDS + r") carriers?\b|(?:we're|we are|i'm|i am|he's|she's|"
        r"they're|both) (?:both |all )?(?:carriers|a carrier)\b(?! (?:of|for)\b)|"
        r"(?:carriers? (?:of|for) (?:the )?\w+|carries (?:the )?(?:\w+ )?(?:gene|mutation|"
        r"variant)|(?:brca ?\w*|apoe ?e?4|apoe ?[a-z0-9]+|[a-z]{1,8}\d[a-z0-9]{0,6} gene|cftr|huntington'?s gene|"
        r"mthfr) (?:variant|mutation|gene|positive|carrier)?|(?:gene|genetic) (?:variant|"
        r"mutation|condition|disorder|marker|diagnosis)|[a-z]{1,8}\d[a-z0-9]{0,6} variant|(?:my|his|her|their|our|\w+'s) "
        r"dna|(?:he's|he is|she's|she is|i'm|i am) not (?:the|his|her|their) (?:biological )?"
        r"(?:father|dad|mother|mum)|biological (?:father|dad) (?:test|results?))",
        r"(?:carry|carries|carrying|carrier of|inherited|passed on|passed down|got|has|have|had) (?:the |a |an )?"
        r"(?:faulty )?(?:\w+ ){0,3}(?:gene|genes|gene mutation|mutation|variant|trait|chromosome)\b",
        r"(?:compound )?(?:heterozygous|homozygous|hemizygous) (?:for )?(?:the )?(?:(?:\w+ ){0,2}"
        r"(?:gene|mutation|variant|allele|deletion)s?\b|(?:\w+ ){0,2}\w+)",
        r"(?:tested|tests|test|came back|is|was|i'm|he's|she's|we're|they're|both) positive for "
        r"(?:the )?(?:\w+ )?(?:gene|mutation|variant|trait)",
    ), guards=(*_PERSONAL_GUARDS, "animal")),
    rules("category", "genetic", 0.86, (
        r"(?:" + CONDITION_AND_MEDICINE_WORDS + r"|brca ?\w*)(?:'s)? (?:gene |genetic )?test (?:came back|was|is|has come "
        r"back) positive",
        r"(?:gene|genetic|dna) (?:test|testing|result|results) (?:for|on) (?:the )?(?:" + CONDITION_AND_MEDICINE_WORDS
        + r"|brca ?\w*)(?:'s)?(?: gene)? (?:came back|was|is|has come back) positive",
        r"(?:" + CONDITION_AND_MEDICINE_WORDS + r"|brca ?\w*)(?:'s)? (?:gene |genetic )?results? (?:back )?(?:and it's|"
        r"and it is|was|is|came back|has come back) positive",
        r"(?:the |a |our |his |her |my )?(?:geneticist|genetics (?:team|clinic|service|department|doctor|"
        r"consultant)|clinical geneticist)(?: \w+){0,2} (?:confirmed|found|said|diagnosed|told|says|thinks)",
    ), guards=(*_PERSONAL_GUARDS, "animal")),
    # what a DNA or ancestry test revealed about who is related to whom
    rules("category", "genetic", 0.86, (
        r"(?:matched|match|matches|linked) (?:me|him|her|us|them) (?:as|with|to) (?:a |an |my |his |her )?(?:half[- ]?brother|"
        r"half[- ]?sister|half[- ]?sibling|sibling|cousin|father|dad|mother|mum|relative|brother|sister|son|daughter)|"
        r"(?:is|are|was|were|isn't|aren't|wasn't) (?:not )?biologically related",
        r"(?:my|his|her|their|our) (?:real|biological|actual|birth|bio) (?:dad|father|mum|mother)"
        r"(?:'s| is| was| are) (?:someone|somebody|a man|a different|another|not)\b(?: \w+)?",
    ), guards=(*_PERSONAL_GUARDS, "untested")),
    rules("category", "genetic", 0.86, (
        # a screening result: "the nipt came back high chance for trisomy twenty one"
        r"(?:nipt|harmony test|screening|combined test|quad test|screen)(?: results?)? (?:came back|was|is|says|said) (?:as )?(?:a )?(?:high|"
        r"higher|increased|low|lower) (?:chance|risk|probability) (?:for|of)\b(?: \w+){0,3}",
    ), guards=(*_PERSONAL_GUARDS, "animal")),
    rules("category", "genetic", 0.86, (
        r"(?:turns out|turned out|found out|found|finds|it showed|showed|shows|revealed|confirmed|confirms|proved|"
        r"proves|says) (?:that )?(?:i've got|i have|i've|he's got|she's got|he has|she has|he's|she's|"
        r"i'm|he is|she is|we're|they're|there's|we've got|we have) (?:a |an |my |his |her |their |"
        r"the )?(?:half[- ]?brothers?|half[- ]?sisters?|half[- ]?siblings?|siblings?|brothers?|"
        r"sisters?|biological (?:father|dad|mother|mum|brother|sister|parents?|son|daughter)|different (?:dad|father|"
        r"mum|mother|biological father|dads|fathers)|"
        r"not (?:the |my |his |her |their )(?:biological |real )?(?:father|dad|mother|mum|son|"
        r"daughter)|(?:the |his |her |my |their )(?:biological |real )?(?:father|dad|mother|mum|son|"
        r"daughter)|related|cousins?)",
    ), guards=(*_IDENTITY_GUARDS, "untested", "animal")),
    # a paternity or relationship DNA test is always about identifiable people
    rules("category", "genetic", 0.9, (
        r"(?:paternity|maternity|sibling|siblingship|relationship|kinship) (?:dna )?(?:tests?|"
        r"testing|results?|report)(?: results?)?",
    ), guards=(*_IDENTITY_GUARDS, "animal")),
)

# Mixed heritage said through a person's parents or as parts of one person: "her dad's
# nigerian and i'm white", "they're mixed, part indian", "half jamaican half irish". One
# nationality alone stays unlabelled (dev rules), so two origins or the mixed framing is needed.
_ORIGIN = (
    r"(?:white|black|asian|brown|british|english|welsh|scottish|irish|greek|thai|dutch|czech|"
    r"swiss|french|polish|turkish|kurdish|jewish|arab|somali|chinese|japanese|vietnamese|"
    r"portuguese|congolese|sudanese|nepalese|lebanese|filipino|romany|roma|"
    r"[a-z]{2,}(?:ian|ean|ese|ish|an|i))"
)
_PARENT = r"(?:mum|mam|mom|mother|dad|father|birth (?:mum|dad|mother|father)|real dad|real mum)"
_CHILD_OWNER = (
    r"(?:his|her|their|the kids'|the children's|the baby's|(?:my|our) (?:son|daughter|kids|"
    r"children|boy|girl|baby|grandson|granddaughter)(?:'s|')|my|our)"
)
MIXED_HERITAGE: Final = (
    rules("category", "racial_ethnic_origin", 0.86, (
        # "her dad's nigerian and i'm white", "his mum's polish and his dad's pakistani"
        _CHILD_OWNER + r" " + _PARENT + r"(?:'s| is| was) (?:(?:originally|from|half|part) )*"
        + _ORIGIN + r"(?= and| but|,)(?: and| but|,)(?: (?:i'm|i am|i was|(?:\w+ )?(?:his|her|"
        r"their|my|our|the) " + _PARENT + r"(?:'s| is| was))) (?:(?:originally|from|half|part) )*"
        + _ORIGIN + r"\b",
        # "i'm/she's X on her mum's side and Y on her dad's side"
        r"(?:half |part )?" + _ORIGIN + r" on (?:my|his|her|their|our) (?:mum's|mam's|mom's|"
        r"mother's|dad's|father's) side",
        r"(?:half|part|quarter) " + _ORIGIN + r"(?: and|,)? (?:half|part|quarter) " + _ORIGIN,
    ), guards=_IDENTITY_GUARDS),
    # "my son is mixed, his dad is from trinidad": the word "mixed" said of a person
    rules("category", "racial_ethnic_origin", 0.86, (
        r"{SUBJ} (?:(?:both|all|also) )?(mixed)(?=[,.]| (?:his|her|their|my|our) " + _PARENT
        + r"|$)",
    ), guards=_IDENTITY_GUARDS, span_group=1),
)

# Political identity and membership: "i'm a scottish nationalist", "we're both in the green
# party", "my husband is a party member", "i was a brexiteer". R1: an agent or candidate
# speaking for the party is not a disclosure (the organisation guard and the role lookahead).
_PARTY_ROLE_AFTER = (
    r"(?! (?:office|offices|hq|headquarters|conference|candidate|candidates|agent|club|"
    r"leaflets?|councillors?|hustings|stall|event|meeting room))"
)
_PAST_SUBJ = (
    r"(?:i|we|he|she|they|(?:my|our|his|her) (?:\w+ )?(?:mum|mam|dad|husband|wife|partner|"
    r"brother|sister|son|daughter|family|parents|grandad|nan|grandma|friend))(?: was| were"
    r"| used to be|'ve been| have been| has been|'s been|'d been| had been|'ve always been"
    r"| have always been| has always been)"
)
POLITICAL_MEMBERSHIP: Final = (
    # "my husband's a lib dem councillor": an elected member's party is their politics, unless
    # they are ringing on the party's business (R1)
    rules("category", "political_opinion", 0.86, (
        r"{SUBJ} (?:an? )?(?:" + _NAMED_PARTY + r")(?: party)? (?:councillor|mp|msp|ms|mla|mep|candidate|activist|"
        r"member)s?\b",
        # "me and wor lass are both green party members"
        r"(?:are|were|'re|is|was|'s) (?:(?:all|both|still|also|long ?time|paid[- ]up|card[- ]carrying|lifelong) )*(?:"
        + _NAMED_PARTY + r")(?: party)? (?:members|member|voters|supporters|activists)\b",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
    rules("category", "political_opinion", 0.86, (
        r"(?:{SUBJ}|" + _PAST_SUBJ + r"|(?:i|we|he|she|they) (?:just |recently |finally )?"
        r"(?:joined|signed up to|left|quit|pay into)) (?:(?:a|an|also|both|all|still|now|just|"
        r"proud|lifelong|staunch|committed|die[- ]?hard|card[- ]carrying|paid[- ]?up|keen|active|"
        r"proper|long ?time) )*(?:(?:in|with|members? of|part of|joined|signed up to|active in|"
        r"involved (?:in|with)) (?:the )?(?:" + _NAMED_PARTY + r") party|(?:(?:" + _NAMED_PARTY
        + r") )?party members?|(?:(?:scottish|welsh|irish|english|cornish|ulster|northern irish|"
        r"british|democratic|hard ?line|left wing|right wing) )?(?:" + _PARTY + r")s?(?: (?:party )?"
        r"(?:member|supporter|voter|activist|campaigner))?|in (?:the )?(?:(?:young|local) (?:labour|"
        r"conservatives?|greens?|liberals?|reform)|reform uk|lib dems?|liberal democrats|tories|"
        r"(?:socialist|conservative|labour|tory|green|liberal democrat|lib dem|communist|marxist|anarchist|"
        r"palestine solidarity|palestine|feminist|young conservatives?) (?:society|soc|club|group|association|"
        r"association committee)|"
        r"conservatives|greens|snp|plaid(?: cymru)?|ukip|alba|momentum|dup|sinn fein|sdlp|extinction rebellion|"
        r"xr|just stop oil|palestine action|stand up to racism|the socialist workers|palestine solidarity campaign|"
        r"stop the war(?: coalition)?|cnd|campaign for nuclear disarmament|momentum|"
        r"(?:the )?(?:" + _NAMED_PARTY + r") party)(?: (?:branch|group|society|association|youth wing))?"
        r"(?= |$|,|\.))" + _PARTY_ROLE_AFTER,
    ), guards=(*_IDENTITY_GUARDS, "professional")),
)

# Genetic findings in lay words: "a deletion on chromosome twenty two", "an extra
# chromosome", "we're both carriers", "sickle cell trait", "the genetic test found". A
# chromosome finding is always some person's, so no pronoun is required near it.
_CHROMOSOME_NO = word_list("""
    one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|
    sixteen|seventeen|eighteen|nineteen|twenty|twenty one|twenty two|x|y
""") + r"|\d{1,2}(?: ?[pq] ?\d{0,2}(?:\.\d+)?)?"
GENETIC_LAY: Final = (
    rules("category", "genetic", 0.88, (
        # "we did one of those ancestry dna kits at christmas"
        r"(?:did|done|took|taken|doing|do|sent off|sent|got back) (?:one of those |an |a |the |my |our |his |her )?(?:\w+ )?dna "
        r"(?:kits?|tests?|swabs?)\b(?! (?:for sale|in stock|on offer))",
    ), guards=("framing", "hypothetical", "negation", "professional")),
    rules("category", "genetic", 0.88, (
        r"(?:" + word_list("micro deletion|microdeletion|deletion|micro duplication|"
                           "microduplication|duplication|translocation|inversion|missing bit|"
                           "missing piece|missing part|extra bit|extra piece|extra part|extra copy|"
                           "change|fault|mutation|break|bit missing|piece missing|part missing|bit extra") + r") (?:on|of|in) "
        r"(?:(?:his|her|their|my|one|a|the) )?chromosomes? (?:" + _CHROMOSOME_NO + r")\b|(?:" + word_list(
            "micro deletion|microdeletion|deletion|micro duplication|microduplication|duplication|translocation|"
            "bit missing|piece missing|extra bit|missing bit|fault|mutation|change|variant|break") + r") (?:on|of|in) one of (?:his|her|their|my) "
        r"chromosomes\b",
        r"(?:extra|missing|faulty|broken|rearranged) (?:(?:copy of )?(?:a |the )?)"
        r"(?:chromosome|gene|x chromosome|y chromosome)s?(?: (?:" + _CHROMOSOME_NO + r"))?\b",
        r"micro ?(?:deletions?|duplications?)(?: syndrome)?|(?:gene|genetic) "
        r"(?:change|fault|glitch|alteration|anomaly|abnormality|variation)s?",
        r"(?:sickle cell|sickle|thalassaemia|thalassemia|beta thalassaemia|alpha thalassaemia|"
        r"cf|cystic fibrosis) trait|trait carriers?",
        r"(?:both|all|two) carriers(?: (?:of|for) (?:the )?(?:\w+ )?\w+)?|carrier "
        r"(?:status|result)",
        r"(?:genetic|gene|dna|chromosome|genome|blood) (?:tests?|testing|results?|screening|"
        r"analysis|report|panel) (?:found|showed|shows|revealed|confirmed|picked up|came back "
        r"(?:positive|with))",
        r"(?:he's|he is|she's|she is) no the (?:da|dad|father|mam|mum|mother)\b|(?:the )?dna (?:test |results? )?(?:come|came|has come) back\b|(?:the )?dna (?:test )?(?:proved|showed|shows|says|"
        r"confirmed|proves)\b",
        r"(?:brca ?(?:one|two|1|2)?|lynch syndrome|huntington'?s) (?:positive|carriers?|gene "
        r"positive)",
    ), guards=(*_IDENTITY_GUARDS, "animal")),
)

# Biometric capture described by what it is for: "took a photo of my face for the entry
# gates", "scanned my face to clock in". A photo for a badge or passport is not a template.
_BIO_USE = (
    r"(?:the |our |a |its )?(?:\w+ ){0,2}(?:gates?|turnstiles?|barriers?|entry|entrance|"
    r"doors?|access|clock(?:ing)? (?:in|on|out)|time ?clock|sign(?:ing)? (?:in|on)|log(?:ging)? "
    r"in|attendance|register|registration system|recognition|facial recognition|scanner|"
    r"system|till|canteen|payments?|lockers?|check in|security|verification|voice id|"
    r"voice recognition)"
)
BIOMETRIC_FUNCTIONAL: Final = (
    # the capture is masked; what it is for (the gates, the time clock) is the call's business
    rules("category", "biometric", 0.86, (
        r"((?:photo|photograph|picture|image|scan|video|recording|sample|print) of (?:my|his|"
        r"her|their|our|\w+'s) (?:\w+'s )?(?:face|faces|hand|hands|palm|palms|eyes?|iris|"
        r"irises|finger|fingers|thumb|voice)) (?:for|to use for|to|so (?:i|he|she|they|we) can) "
        r"(?:use )?" + _BIO_USE,
    ), guards=(*_PERSONAL_GUARDS, "device"), span_group=1),
    rules("category", "biometric", 0.86, (
        r"(?:enrolled|registered|signed up|put) (?:\w+ ){0,3}(?:on|onto|for|to) (?:the |a |our |their )?"
        r"(?:\w+ ){0,2}(?:thumbprint|thumb print|fingerprint|finger print|palm print|palm vein|face "
        r"recognition|facial recognition|iris|voiceprint|finger|thumb|palm|face|hand) (?:system|scanner|reader|machine|till|"
        r"clock|gates?|entry)|(?:his|her|my|their) (?:thumb ?print|finger ?prints?|print|prints) "
        r"(?:taken off|deleted|removed|wiped|back)",
        # (not "can you take her hand": taking or using a hand or face is not capturing it)
        r"(?:scanned|scan|scans|scanning|photographed|recorded|recording|records|stored|stores|registered|enrolled) (?:my|me|"
        r"his|her|their|our|\w+'s|the \w+s'|the \w+'s) (?:\w+'s )?(?:face|faces|fingerprints?|fingers?|thumbs?|"
        r"hands?|palms?|eyes?|iris|irises|retinas?|voice|voices)|(?:uses?|using|used|took|taken|take|takes|taking|keeps?|kept) "
        r"(?:my|me|his|her|their|our|\w+'s) (?:\w+'s )?(?:fingerprints?|thumbprints?|finger ?prints?|palm ?prints?|iris|"
        r"irises|retinas?|voice ?prints?)",
        r"(?:my|his|her|their|\w+'s) (?:hand|face|facial|finger|thumb|palm|voice|iris|retina|vein) (?:templates?|prints?|scans?|"
        r"samples?|profile)",
        r"(?:has|have|had|got|keeps?|kept|holds?|held|stored?) (?:my|his|her|their) (?:face|fingerprints?|iris|voice|palm|"
        r"thumb ?print) and (?:my |his |her |their )?(?:face|fingerprints?|iris|voice|palm|thumb ?print)s? (?:on file|on "
        r"record|stored|saved|on the system)",
        r"(?:did|done|took|taken|do|does|doing|take|takes) (?:an? |the |my )?(?:iris|retina|face|facial|finger ?print|palm|"
        r"hand|voice) (?:scans?|prints?|templates?|samples?|recognition) (?:on|of|from|off) (?:me|him|her|them|us|my \w+|"
        r"his \w+|her \w+)",
        r"(?:record|recorded|recording|give|gave|provide|provided|submit|submitted|upload|uploaded|send|sent|do|did) (?:a |my |"
        r"his |her |our )?(?:voice|face|facial|finger ?print|palm|iris) (?:sample|print|recording|scan|template|clip|video)s? "
        r"(?:to|so|for) (?:check|verify|prove|confirm|match|identify|recogni[sz]e|log|sign)",
        r"(?:i'm|i am|he's|she's|we're|i've been|been|got|he is|she is) (?:set up|registered|enrolled|signed up) (?:with|for|on) "
        r"(?:the )?(?:voice|face|facial|finger ?print|palm|iris) (?:id|recognition|print|verification|login|log ?in)"
        r"(?! on (?:my|his|her) (?:phone|iphone|ipad|laptop))",
        r"(?:record|recorded|use|used|uses|set up|save|saved|register|registered) (?:my|his|her|their) (?:voice|face|"
        r"fingerprint|thumb ?print|palm) as (?:a|my|his|her|the) (?:password|passcode|pin|login|key|id)",
        r"(?:my|his|her|their) face (?:flagged|matched|recognised|identified|on (?:a|the|their) (?:watch ?list|database|"
        r"system))",
        # "the fingerprint template they took for jack", "we're both on it with our faces"
        r"(?:finger ?print|thumb ?print|face|facial|iris|palm|voice|hand) (?:templates?|scans?|prints?|data) (?:they|you|the \w+|"
        r"it|he|she) (?:took|taken|made|did|done|keeps?|kept|have|has|hold|holds|stored|stores) (?:for|of|from|off|on) "
        r"(?:my |his |her |their )?(?:\w+)",
        r"(?:on it|on there|on the system|registered|enrolled|set up|signed up|in it) with (?:our|my|his|her|their) "
        r"(?:faces?|fingerprints?|finger prints?|prints|thumbs?|thumbprints?|palms?|voices?|irises|eyes)",
        r"(?:took|takes|taking|take|taken|made|makes|recorded|records) (?:a |me do a )?(?:video|photo|selfie|scan|picture|"
        r"recording|clip) of (?:my|his|her|their) (?:face|voice|eyes?|iris|hands?) (?:to|so it can|so they can) "
        r"(?:check|verify|prove|confirm|match)",
        r"(?:palm|vein|finger|face|facial|iris|voice) (?:vein |print )?(?:scanners?|readers?|"
        r"recognition(?: system| cameras?)?|id thing|id system|login)(?= (?:at|in|on) (?:the|my|"
        r"our|his|her|work)|(?:,| and) (?:they|it)| (?:took|recorded|scanned|has|have|got|"
        r"stored|kept|keeps))",
    ), guards=(*_PERSONAL_GUARDS, "device")),
)

# Same-sex relationships said indirectly, and consensual non-monogamy.
SAME_SEX_INDIRECT: Final = (
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:we're|we are|we're both|we are both|we're a couple of|we are a couple of|us|both of "
        r"us|the two of us)(?: are| are both|'re| 're both)? (?:both |two |a couple of )?(?:women|"
        r"men|blokes|lads|fellas|guys|ladies|girls|mums|dads|mothers|fathers)(?= (?:obviously|"
        r"like|you see|by the way|as well|looking|"
        r"wanting|hoping|who|and (?:we|our)|together|in a relationship|married|raising|trying|"
        r"living|with (?:a|two|our))|[,.]|$)",
        r"(?:my|our|his|her) same[- ]sex (?:partner|wife|husband|spouse|girlfriend|boyfriend|"
        r"civil partner)|(?:my|our|his|her) (?:civil )?partner(?:'s| is) (?:also )?(?:a )?(?:"
        r"woman|man) too",
        r"(?:my|our|his|her) other (?:partner|partners|boyfriend|girlfriend|wife|husband)",
        r"(?:his|her|their) (?:two )?(?:dads|mums|mummies|daddies)\b(?! (?:group|club|and toddlers|night|army|football|"
        r"running club|network))",
        # "my partner's a man, i'm a man"
        r"(?:my|our) (?:partner|other half|spouse|civil partner)(?:'s| is) a (?:man|woman|bloke|lad|girl|guy)(?:,| and)? "
        r"(?:and )?(?:i'm|i am|so am i|me too|same as me)(?: a (?:man|woman|bloke|lad|girl|guy)| one too)?",
        r"(?:seeing|sleeping with|dating) (?:someone|other people|other women|other men) else(?= "
        r"(?:and|which|but|with) (?:that's|it's|we're|he's|she's|i'm|we|my|our)(?: \w+)? "
        r"(?:fine|ok|okay|agreed|open|know))",
    ), guards=_IDENTITY_GUARDS),
    # coming out, said of a person: "since he came out", "after i came out to my mum"
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:since|after|when|now that|before|because) (?:i|he|she|they|my \w+|our \w+|his \w+|"
        r"her \w+)(?: (?:has|have|had))? (?:came|come|'s come|'ve come|'d come|coming) out(?! (?:of|"
        r"from|on|at|in|with|to (?:play|the)|tonight|later|early|late|again|okay|ok|fine|alright|"
        r"negative|positive|clear))(?: (?:to (?:his|her|my|their|our) \w+|as (?:gay|trans|bi|"
        r"bisexual|lesbian)))?",
    ), guards=_IDENTITY_GUARDS),
    # "me and my wife, she's a woman too": both the partner and the statement are masked
    rules("category", "sex_life_orientation", 0.86, (
        r"((?:my|our) (?:wife|girlfriend|fianc[eé]e|missus))(?=[^.?!]{0,40}?\b(?:she's|she is|"
        r"i'm|i am) (?:a woman|female) (?:too|as well|like me|obviously))",
        r"((?:my|our) (?:husband|boyfriend|fianc[eé]))(?=[^.?!]{0,40}?\b(?:he's|he is|i'm|i am) "
        r"(?:a man|a bloke|male) (?:too|as well|like me|obviously))",
        # a father speaking of his husband, a mother of her wife
        r"(?:i'm|it's|this is|i am) (?:\w+'s |the |her |his |their )?(?:dad|father|stepdad|step dad)[^.?!]{0,60}?"
        r"\b((?:my|our) (?:husband|boyfriend|fianc[eé])(?: (?:" + _MALE_NAMES + r"))?)\b|(?:i'm|it's|this is|i am) (?:\w+'s |the )?"
        r"(?:mum|mam|mother|stepmum|step mum)[^.?!]{0,60}?\b((?:my|our) (?:wife|girlfriend|fianc[eé]e)(?: (?:" + _FEMALE_NAMES
        + r"))?)\b",
        # "it's his son paul, me and my husband sam"; "mum's partner margaret"
        r"(?:i'm|it's|this is|i am) (?:\w+'s |the |her |his |their )?(?:son|brother|grandson|nephew|uncle)(?: (?:" + _MALE_NAMES
        + r"))?\b[^.?!]{0,60}?\b((?:me and )?(?:my|our) (?:husband|boyfriend|fianc[eé])(?: (?:" + _MALE_NAMES + r"))?)\b|"
        r"(?:i'm|it's|this is|i am) (?:\w+'s |the |her |his |their )?(?:daughter|sister|granddaughter|niece|aunt|auntie)(?: (?:"
        + _FEMALE_NAMES + r"))?\b[^.?!]{0,60}?\b((?:me and )?(?:my|our) (?:wife|girlfriend|fianc[eé]e)(?: (?:" + _FEMALE_NAMES + r"))?)\b|"
        r"\b((?:mum|mam|mom|nan|gran|sister|daughter|auntie|aunt)(?:'s| has a) (?:partner|girlfriend|wife) (?:" + _FEMALE_NAMES + r"))\b|"
        r"\b((?:dad|brother|son|grandad|uncle)(?:'s| has a) (?:partner|boyfriend|husband) (?:" + _MALE_NAMES + r"))\b",
        # a man who gives his name speaking of his husband, a woman of her wife: "it's rob, me and my husband tom"
        r"(?:i'm|it's|this is|i am|my name's|my name is) (?:" + _MALE_NAMES + r")\b[^.?!]{0,80}?\b((?:me and )?(?:my|our) "
        r"(?:husband|boyfriend|fianc[eé])(?: (?:" + _MALE_NAMES + r"))?)\b|(?:i'm|it's|this is|i am|my name's|my name is) (?:"
        + _FEMALE_NAMES + r")\b[^.?!]{0,80}?\b((?:me and )?(?:my|our) (?:wife|girlfriend|fianc[eé]e)(?: (?:" + _FEMALE_NAMES
        + r"))?)\b",
        # the name after: "me and my husband, i'm graham by the way"
        r"((?:me and )?(?:my|our) (?:husband|boyfriend|fianc[eé]))\b[^.?!]{0,40}?\b(?:i'm|it's|this is|my name's|my name is) (?:"
        + _MALE_NAMES + r")\b|((?:me and )?(?:my|our) (?:wife|girlfriend|fianc[eé]e))\b[^.?!]{0,40}?\b(?:i'm|it's|this is|my name's|"
        r"my name is) (?:" + _FEMALE_NAMES + r")\b",
    ), guards=_IDENTITY_GUARDS, span_group=1),
    # "me and my partner are two blokes"
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:(?:me and my (?:partner|husband|wife|boyfriend|girlfriend|other half)|we) (?:are|'re)|we're) (?:two|both) (?:blokes|men|lads|"
        r"guys|fellas|women|girls|lasses|lassies|ladies)\b",
        # "i've got a new fella, well he's a bloke, i'm a man myself"; "they're intimate like"
        r"(?:i've got|i have got|got|i have) a (?:new )?(?:fella|boyfriend|bloke)[^.?!]{0,60}?\b(?:i'm|i am) a (?:man|bloke|lad|fella)"
        r"(?: myself| too| as well)?\b|(?:i've got|i have got|got|i have) a (?:new )?(?:girlfriend|lady)[^.?!]{0,60}?\b(?:i'm|i am) a "
        r"(?:woman|lass|girl)(?: myself| too| as well)?\b|(?:they're|they are|we're|we are) intimate\b|(?:a |her |his |my )?(?:lady "
        r"friend|gentleman friend|fancy man|fancy woman) who stays (?:over|the night)\b",
    ), guards=_IDENTITY_GUARDS),
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:wife|girlfriend|fianc[eé]e|missus|husband|boyfriend|fianc[eé]|partner)\b[^.?!]{0,40}?"
        r"\b((?:she's|she is|he's|he is|i'm|i am) (?:a woman|female|a man|a bloke|male) (?:too|as "
        r"well|like me))",
    ), guards=_IDENTITY_GUARDS, span_group=1),
    # "i'm a woman and my girlfriend ...": the partner word is the disclosure
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:i'm|i am|as) (?:a )?(?:woman|girl|lady|female|widow)(?: \w+){0,6}? (my "
        r"(?:girlfriend|wife|fianc[eé]e|missus))",
    ), guards=_IDENTITY_GUARDS, span_group=1),
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:i'm|i am|as) (?:a )?(?:\w+ )?(?:man|bloke|lad|guy|male|widower)(?: \w+){0,6}? (my "
        r"(?:boyfriend|husband|fianc[eé]))",
    ), guards=_IDENTITY_GUARDS, span_group=1),
)

# A fact disclosed once is often named again in the same breath ("i'm a union member at the
# depot, usdaw, ..."; "we're chapel, baptist"). Once a category is found in an utterance, the
# bare names of that category elsewhere in it are the same fact and are masked too.
ECHOES: Final[dict[str, re.Pattern[str]]] = {
    "genetic": compile_pattern(
        r"\b(?:genetics? (?:clinic|team|service|appointment|department|people|lot|nurse|doctor|consultant)|(?:my|his|her) (?:sister|"
        r"brother|daughter|son|mum|mam|dad|kids|children|family|cousins?) (?:should|needs? to|has to|have to|will|is going to) (?:get|be) "
        r"tested\b|blood ?letting|genetic counsell\w+|(?:the |a )?geneticist|"
        r"(?:the )?(?:family|cascade|predictive) testing|(?:we've|we have|they've|they have) only got the same (?:mum|dad|mother|father)|"
        r"(?<=confirmed\s)(?!(?:that|it|the|a|an|my|his|her|their)\b)[a-z]+(?: [a-z]+)?(?= and| so| but| ,|,|\.|$)|(?<=gene\s)for (?:\w+ ){0,2}\w+(?= ,|,|\.|$| and| so| which| but)|(?:on |from )?(?:her|his|my|the) microarray|(?:for|of) (?:\w+ )?(?:disease|syndrome|dystrophy|anaemia)(?= ,|,|\.|$| and| so| which)|"
        r"(?:testing|test|tested|tests) (?:the|our|my) (?:baby|bump|unborn baby)\b|"
        r"(?:the )?embryo (?:testing|screening|tests)|pgd|pgt-?m|(?:they're|they are|they'll|they will|going to be) testing "
        r"(?:her|him|them|me|us)\b|(?:\w+'s|has|have|got) (?:got )?the (?:disease|condition)|"
        r"(?:i'm |i am |he's |she's |we're )?(?:still )?waiting (?:on|for) (?:mine|his|hers|theirs|my results|my test)|"
        r"(?:a |the )?genetic (?:screen|screening|test|testing|panel|result|results)|(?:non[- ]?)?identical(?: twins)?|"
        r"(?:i've|i have|he's|she's|i've got|he's got|she's got) (?:got )?(?:my|his|her) own (?:test|results?|appointment)\b|"
        r"fraternal|zygosity|(?:he's|he is|\w+'s|\w+ is|she's|she is) (?:not )?the (?:father|dad|biological father|mother|"
        r"biological mother)|(?:just |only )?(?:the|a) (?:trait|gene|carrier status|variant|mutation)|(?:two|one|both) cop(?:y|ies)(?: of \w+)?|"
        r"(?:is |are |she's |he's |i'm |she is |he is )?(?:a )?carriers?|(?:found out|turns out|turned out|showed|shows|says) "
        r"(?:that )?(?:\w+ ){0,3}(?:got |has |have |had )?(?:a |another )?(?:half|full|secret) (?:brother|sister|sibling)s?|"
        r"(?:a |another )?half (?:brother|sister|sibling)s?|(?:not|isn't|wasn't) (?:his|her|my|their|the) (?:real |"
        r"biological )?(?:dad|father|mum|mother)|(?:his|her|my|their) (?:real|biological) (?:dad|father|mum|mother))\b"
    ),
    "criminal_offence": compile_pattern(
        r"\b(?:(?:an |the )?approved (?:address|premises)|(?:the |a |his |her )?(?:shoplifting|theft|assault|burglary|possession|drink "
        r"driving|fraud) charges?|(?:my|his|her|the) (?:ppu|mappa) (?:officer|worker|meeting|manager)|ppu officer|mappa|(?:he|she|i|they) (?:got|gets|was given|"
        r"were given) (?:\w+ ){1,2}(?:years?|months)(?= |,|\.|$)|"
        r"while (?:he's|she's|they're|i'm|he is|she is|they are|i was|he was|she was) (?:inside|in there)|(?:his|her|my|their) "
        r"(?:release date|licence conditions|bail conditions|probation officer|sentence|tag|curfew)|the probation officer|"
        r"hmp \w+|hmyoi \w+|(?:when|till|until) "
        r"(?:he|she|they|i) (?:gets?|get) out|(?:his|her|my|their) licence(?: says| conditions?| terms)|part of (?:his|her|my|their) licence|"
        r"(?:the|his|her|my) (?:prison|probation|offender) (?:doctor|officer|manager|worker|nurse|wing|visit|visits)|"
        r"(?:his|her|my|their) (?:conviction|convictions|caution|charge|charges|record|court date|hearing)|(?:got|has|have) "
        r"to be (?:in|home|indoors) by \w+|(?:one of )?(?:the|my|his|her) (?:bail |licence )?conditions? (?:is|are|says?)|"
        r"curfew|(?:before|when|after|until|till) (?:he's|she's|he is|she is|i'm|i am|he gets|she gets) (?:released|let out|out)|"
        r"(?:not to|not allowed to|can't|cannot|mustn't|must not) go (?:near|within \w+ \w+ of) (?:schools|parks|playgrounds|children|kids|"
        r"her|him)\b|"
        r"(?:the |my |his |her )?unpaid work(?: hours| requirement)?|(?:not allowed|banned from going|can't go) in(?:to)? (?:the )?"
        r"(?:\w+ )?(?:city|town) centre|(?:not allowed|banned from going|can't go|cannot go) (?:in|into|near) (?!the (?:house|room|"
        r"building|office|kitchen|classroom))[a-z]+(?: [a-z]+)?(?= ,|,|\.|$| so| and| but| because)|(?:a |my |his |her )?(?:drug|alcohol) (?:rehab|rehabilitation|treatment) requirement|"
        r"(?:i|he|she) (?:have to |has to |got to |'ve got to )?sign (?:on |in )?at (?:\w+ ){1,3}(?:every \w+|at \w+|on \w+day)|(?:doing|doin|done|do) "
        r"(?:my|his|her) (?:unpaid )?hours|(?:not|haven't been|hasn't been|wasn't|weren't) (?:been )?charged(?: yet)?|released under investigation|"
        r"no further action|(?:to|at|in|from|out to) the prison|(?:can't|cannot|not allowed to|mustn't|must not) (?:go|come) (?:into|near|"
        r"within) (?:\w+)|(?:got|get|gets|getting) out (?:last|this|in) \w+|(?:my|his|her) (?:probation |offender |supervising )?officer|lost "
        r"(?:my|his|her) (?:driving )?licence|(?:the |his |her |"
        r"my |a )?(?:youth offending|yot) (?:team|service|worker|officer|order)|(?:he|she|i|they) (?:was|were|'s been|has been|'ve "
        r"been|have been) in [a-z]+ for (?:about |nearly |over |almost )?(?:\w+ ){1,2}(?:years?|months)\b|(?:his|her|my) (?:yot|probation|offender "
        r"manager|youth worker))\b"
    ),
    "sex_life_orientation": compile_pattern(
        r"\b(?:me and my (?:wife|husband|partner|girlfriend|boyfriend)|(?:my|his|her) (?:partner|husband|wife)(?= \w+ (?:is|will|"
        r"should|and|'s|to|can|could|would|has|had|was)\b)|(?:i'm|he's|she's|they're|i am|not) (?:not )?out (?:at home|to (?:my|his|her|their) (?:family|parents|mum|"
        r"dad|friends))|(?:came|come|coming) out (?:to (?:my|his|her|their) \w+|at school|at work)|(?:my|his|her) "
        r"(?:boyfriend|girlfriend)|(?:haven't|have not|hasn't|don't|do not|not|stopped|started|been) (?:\w+ )?(?:slept|"
        r"sleeping|sleep) together|(?:being|been) intimate|(?:him|her) and (?:his|her) (?:fella|bloke|boyfriend|husband|"
        r"girlfriend|wife|missus|partner))\b"
    ),
    "biometric": compile_pattern(
        r"\b(?:(?:enrol|enroll|register|scan|set up) (?:him|her|me|them|us) (?:again|back on)|the templates?|"

        r"(?:took|taken|take|recorded|saved|kept) (?:a )?(?:sample|recording|print|copy|scan) of (?:my|his|her|their) (?:voice|face|"
        r"fingerprints?|palm|iris)|(?:his|her|my|their|\w+'s) (?:old )?(?:enrolment|enrollment|prints?|template|templates|registration)|re-?enrol\w*|"
        r"(?:he|she|i|they|we) (?:was|were|got|'s been|has been|have been) (?:enrolled|registered|scanned|signed up)|"
        r"(?:the|that|my|his|her) (?:scan|scans|template|prints?|sample|recording) (?:you|they|the \w+|it) (?:took|taken|made|"
        r"did|recorded|stored|have|hold|keep)|(?:i|he|she|we) (?:did|done|recorded|gave|sent|uploaded) (?:mine|his|hers|"
        r"ours|theirs)|(?:did|done|completed|finished) (?:the|my|his|her) (?:enrolment|enrollment|registration)|(?:my|his|her) "
        r"(?:voice|face|fingerprint|print)(?:'s| is) on (?:file|record|the system)|(?:enrolled|registered|set up|scanned|done|register|enrol|scan) (?:mine|his|hers|ours|theirs)|(?:mine|his|hers|theirs) "
        r"(?:was|were|got|has been|'s been) (?:scanned|enrolled|registered|taken|stored|saved)|(?:a |my |his |her )?(?:voice|"
        r"face) profile|(?:to|so it can|so they can) recogni[sz]e (?:me|him|her|my voice|my face)|"
        r"re-?scan\w*|set (?:it|that) up with my (?:voice|face|fingerprint|finger)|(?:a |my |his |her )?voice ?prints?|"
        r"(?:a |my |his |her )?face (?:scan|template)s?)\b"
    ),
    "health": compile_pattern(
        r"\b(?:(?:got|having|have|booked|for|at) (?:a|my|the|her|his|our) (?:\w+ )?(?:week |weeks )?scan\b|"
        r"(?:her|his|my|their|the) (?:blood )?(?:testing|test|glucose|sugar) (?:kit|meter|monitor)|(?:her|his|my) hypo (?:kit|box|bag)|"
        r"when (?:he|she|they) (?:melts?|melted) down|(?:having|has|had|have) (?:a )?meltdowns?|(?:ended up|was|been|went) in (?:a and e|"
        r"a&e|a & e|hospital) with (?:\w+ ){0,2}\w+|kept (?:me|him|her) in (?:\w+ )?overnight|"
        r"(?:he's|she's|i'm|i've been|he's been|she's been) (?:still )?(?:dizzy|light ?headed|nauseous|being sick)\b|"
        r"(?:the |a )?(?:chest|tb|fracture|pain|renal|gum|skin|eye|falls|memory|stroke|heart failure|breast) clinic\b|"
        r"(?:blood|a pint) taken off|venesection|phlebotomy|"
        r"(?:a |really )?(?:bad |really bad )?flare[- ]?ups?|in and out (?:for|of) (?:scans|hospital|appointments|clinic)|radio aid|hearing aids?" + AID_SERVICE + r"|cochlear implants?|the (?:pill|coil|implant|mini pill|morning after pill)|(?:on|following|follow|sticking to) (?:a|his|her|my|their) meal plan|eating disorder (?:service|team|unit|"
        r"clinic)|camhs|crisis team|in treatment|insulin|insulin pump|(?:his|her|my|their) pump|inhalers?|epi ?pens?|cgm|"
        r"libre sensor|dexcom|"
        r"nebuli[sz]ers?|hearing aids?|wheelchair|walking frame|catheter|stoma bag|colostomy bag|oxygen tank|"
        r"(?:my|his|her|their) midwife(?: said| says)?(?: \w+ \w+)?|the midwife (?:said|says)(?: \w+ \w+)?|(?:the (?!counsellor\b|counselling\b)|"
        r"(?:my|his|her|their) )" + NOT_PHYSIO + r"(?:" + SPECIALISTS + r")"
        # (the one asked to ring back is the call's business: "can his care coordinator ring me")
        r"(?! (?:ring|call|phone|contact|email|text|get back to) (?:me|us)\b)(?: says| said| thinks| wants| told \w+)?|"
        r"(?:my|his|her|their) (?:counselling|therapy|physio|"
        r"chemo|dialysis|cbt)(?: sessions?| appointments?)?|(?:my|his|her|their) (?:counsellor|therapist|consultant|"
        r"specialist|symptoms|tremor|seizures|fits|flare|relapse|diagnosis|condition)(?:'s| is| has)?|"
        r"(?:my|his|her) (?:speech|memory|balance|mobility|eyesight|hearing|walking|left side|right side|left arm|right arm|"
        r"left leg|right leg|hands?)(?:'s| is| are)? (?:still )?(?:a bit |quite |really |very |so )?(?:slow|weak|slurred|bad|"
        r"poor|gone|affected|worse|shaky|numb)|(?:in|to|at) (?:a and e|a&e|a & e|casualty|resus)(?: twice| again| \w+ times)?|"
        r"(?:she's|i'm|he's|who's) the one carrying|(?:her|his|my) (?:enamel|bones|joints)(?:'s| is| are)? (?:so |very |really )?"
        r"(?:thin|brittle|fragile|weak|loose|crumbles|crumbling|just crumbles)|"
        r"(?:my|his|her) hair(?:'s| is| has)? (?:started |been |begun )?(?:coming|falling) out(?: in clumps)?|"
        r"(?:patching|wear (?:a|an|his|her|the) (?:eye )?patch|wearing (?:a|an|his|her|the) (?:eye )?patch|(?:an |his |her )?eye patch)\b|"
        r"(?:in|on) the unit\b(?: at [a-z]+)?|(?:the )?baby(?:'s| is) (?:still )?(?:moving|kicking)|(?:his|her|my|their) (?:transfusions?|infusions?)\b|(?:and )?faints (?:if|when|whenever)\b|(?:the|his|her|my) eye injections\b|the wet kind\b|(?:it's|they're|it is|they are|the tablets are|the meds are) giving "
        r"(?:him|her|me|them) (?:terrible |awful |bad )?(?:nightmares|headaches|side effects|the runs|diarrhoea|rashes?)\b|(?:he|she|i) "
        r"(?:can't|cannot) (?:talk|speak|walk|swallow|see|hear) (?:properly|proper|right|any more|anymore)\b|(?:the )?withdrawals?(?:'s| "
        r"is| are)? (?:horrible|awful|terrible|bad)\b|brain zaps|snipping (?:it|the tie)\b|(?:the )?(?:heart|cardiac|renal|kidney|liver|"
        r"cancer|oncology|diabetes|stroke|memory) team\b|oncology\b|(?:the )?(?:steroids|tablets|meds|medication|pills|chemo|"
        r"treatment) (?:are|is|'s|have been|has been) making (?:her|him|me|them) (?:\w+ ){0,2}(?:low|down|sick|tired|dizzy|drowsy|groggy|"
        r"depressed|anxious|poorly|ill|sleepy)\b|(?:i|he|she) (?:swell|swells|swelled|swelling) (?:right |all )?up\b|takeaway doses?|take "
        r"home doses?|(?:the |a )?two week wait\b|(?:the |a |her |my )?(?:pregnancy )?test said so\b|(?:had|has|having) (?:a |another )?"
        r"(?:fit|seizure|funny turn|hypo)\b|(?:change|changing|empty|emptying) (?:the|his|her|my) (?:stoma )?bag\b|(?:the )?ear ?wax\b|"
        r"ticcing\b|(?:the )?(?:glucose|"
        r"booking|anomaly|dating|growth) (?:test|scan|bloods)\b|(?:the|my|his|her) (?:cast|plaster|boot|splint|brace)(?:'s| is)? "
        r"(?:rubbing|too tight|loose|broken|cracked|digging in)\b|(?:i|he|she) (?:get|gets|getting) (?:really |so |a bit |very )?(?:breathless|"
        r"out of breath|short of breath|wheezy)\b|at (?:\w+ )?(?:\w+ )?weeks(?: pregnant| gone)?(?= ,|,|\.|$| and| so| but)|(?:she|he|i) (?:faints|passes out|"
        r"blacks out) (?:if|when|whenever)\b|(?:brings on|bring on|having|had|has|have) (?:a |the )?(?:crises|crisis)\b|"
        r"(?:carry on|continue|continuing|start|starting|restart) (?:with )?(?:the |my |his |her )?(?:emdr|cbt|dbt|therapy|counselling)\b|emdr\b|"
        r"(?:on|in) treatment\b|(?:the )?(?:glucose |blood )?(?:test )?strips|lancets|sharps bin|(?:his|her|my|their) (?:meltdowns?|shutdowns?|stimming)|(?:the |my |his |her )?statins?|(?:my|his|her|their) (?:supervised )?doses|(?:his|her|my|their) (?:tics|twitches|stammer|stutter|walker|"
        r"zimmer|rollator|splints?|hearing loop)|lip ?read(?:ing|s|er)?|fertility clinic|ivf clinic|(?:the |his |her |my )?"
        r"(?:heart|water|blood pressure|bp|sugar|diabetes|thyroid|pain|sleeping|nerve|anxiety|cholesterol|epilepsy) "
        r"(?:tablets|pills|meds|medication)|(?:put|putting|upped|increased|reduced|lowered|changed|doubled) (?:the|his|"
        r"her|my|their) (?:dose|dosage)(?: up| down)?|(?:the|his|her|my|their) (?:dose|dosage)|(?:regular |monthly |weekly )?"
        r"bloods|due (?:in|on|at the end of) \w+|(?:my|her|the) due date|(?:they|it|the tablets|the meds|the medication) "
        r"(?:make|makes|made) (?:her|him|me|them) (?:really |so |a bit |dead |well )?(?:groggy|drowsy|sleepy|sick|dizzy|"
        r"tired|sluggish|foggy|spaced out)|"
        r"screening (?:every|each) \w+ (?:years|months)|(?:the|my|his|her) (?:bowel|breast|cervical|prostate) screening|"
        # the treatment the call is about, once the utterance carries a health fact: "i'm on warfarin, do i need to
        # stop before the extraction", "i had sedation last time and i'll need it again for the fillings"
        r"(?:the|my|his|her|their|an?) (?:\w+ )?(?:extractions?|fillings?|implants?|anaesthetic|sedation|crowns?|root canal|dentures)\b|"
        r"(?:had|have|need|needs|needed|having|get|gets|got|on) (?:iv |general |the )?(?:sedation|anaesthetic|a general)\b|"
        r"(?:i|he|she|they) (?:get|gets|got|'m|am|is|'s|are) (?:scoped|sedated|put under)\b|(?:being|been|getting|get|gets) "
        r"treated\b(?! (?:like|as|badly|unfairly|differently|well|fairly|with respect))|"
        r"(?<=\s)(?:for|with) (?:his|her|my|their) (?:heart|lungs|kidneys|liver|chest|blood pressure|bp|thyroid|joints)\b|"
        # a procedure named again ("so i'll need time off for colonoscopies")
        + NOT_PHYSIO + r"(?:" + PROCEDURE_WORDS + r")" + AID_SERVICE + r"(?! (?:clinic|department|team|room|"
        r"gym|unit|centre|reception|desk|office|technicians?|course))|"
        # a condition named again ("they think it's epilepsy") once the utterance carries a health fact
        r"(?:" + CONDITION_AND_MEDICINE_WORDS + r")" + AID_SERVICE + r"(?! (?:technicians?|clinic staff|staff training|(?:genetics )?(?:study|studies|research|trial|trials|clinic|service|"
        r"charity|ward|unit|team|nurse|awareness|society|support group|course|module|uk|centre|fundraiser|walk|run))))\b"
    ),
    "trade_union": compile_pattern(
        r"\b(?:(?:" + _UNION + r")(?! (?:gym|bar|shop|building|cafe|caf\w|club|society|societies|officers?|"
        r"elections?|president|welfare|advice|hub|nightclub|venue|events?|card))|(?:my|his|her|our|their|the|a) "
        r"(?:union )?(?:rep|reps|steward|subs|dues)|(?:on|for|out on|during) (?:the )?strike(?: days?)?|"
        r"(?:the|a) picket(?: line)?|(?:my|our) (?:union )?branch (?:is|are|'s|has|have)(?: \w+){0,4}|(?:the|a) (?:strike )?ballot|branch meetings?|strike pay|strike fund|picketing|walk(?:ing)? out|walkout|(?:my|the|our) branch secretary|"
        r"(?:i'm|i am|he's|she's|we're) (?:a |still a |also a )?(?:paid up |full )?members?|signing (?:people|members|folk|staff) up|"
        r"the strike(?:'s| is)? on \w+|(?:my|his|her) membership)\b"
    ),
    "religion_belief": compile_pattern(
        r"\b(?:(?:" + _FAITH + r")s?\b(?! (?:school|church|chapel|college|academy|charity))|(?:at|to) (?:the )?(?:mosque|"
        r"synagogue|gurdwara|mandir|temple|kingdom hall|jummah|mass)\b|(?:holy )?communion|confession|"
        r"iftar|suhoor|sehri|ramadan|eid|jummah|jalsa|(?:my|his|her|their) (?:dharma|baptismal|confirmation|religious|hebrew|islamic|sikh|christian) name|(?:on|over|"
        r"during) the sabbath|on shabbat|samhain|beltane|imbolc|lughnasadh|ostara|(?:with|for|during|over|because of|cos of|cause of|due to|before|after) " + _FESTIVAL + r"|"
        # what is worn for a faith: "my sheitel", "his patka"
        r"(?:my|his|her|their) (?:sheitels?|tichel|kippah|kippot|yarmulke|tzitzit|hijab|niqab|jilbab|turban|patka|kara|kirpan|dastar|"
        r"rosary|tilak|bindi)\b|"
        r"fajr|dhuhr|zuhr|asr prayer|maghrib|isha prayer|salah|namaz|(?:the )?(?:mosque|synagogue|gurdwara|mandir|temple|"
        r"church|chapel|kingdom hall) (?:thing|service|event|do|prayers)|(?:the |my |his |her |a )?baptism (?:certificate|records?)|(?:his|her|my|their) (?:confirmation|first communion|holy communion|bar mitzvah|"
        r"bat mitzvah|baptism|christening|hajj|umrah)|\w+'s (?:confirmation|first communion|holy communion|bar mitzvah|bat mitzvah)|"
        r"mass (?:is|starts|begins) at \w+|(?:at|to|for|after|before|miss) (?:friday )?"
        r"prayers|(?:the )?fasting|(?:my|his|her|our) faith|"
        r"(?:accept|have|receive|take) (?:a )?blood(?: transfusions?| products)?|(?:doing|doin|out doing|out doin|on) the "
        r"(?:ministry|preaching)|out preaching|kosher|halal|no blood(?: products| transfusions?)?\b|ghusl|janazah|wudu|kafan|"
        r"chevra kadisha|tahara|sitting shiva|minyan|kaddish|last rites|anointing of the sick|(?:won't|will not|can't|cannot|don't|wouldn't) (?:have|accept|take|receive) "
        r"(?:a |any )?(?:blood )?transfusions?|[a-z]+ every (?:sunday|sabbath)(?: morning| "
        r"night| evening)?)"
    ),
    "political_opinion": compile_pattern(
        r"\b(?:(?:was|were|been|is|'s) in the party\b|boycott(?:ing|ed|s)?\b|(?:in|joined|part of|started|running|set up) the (?:\w+ )?"
        r"(?:group|campaign|petition|protest|movement) (?:against|to stop|to save|for)\b(?: \w+){0,5}|helping (?:out )?with (?:the |their "
        r"|his |her )?(?:\w+ ){0,2}campaign\b|(?:my )?party subs|(?:my )?(?:monthly |regular )?donations? to (?:them|the party)|(?:i'm |i am |i'll |i will )?(?:never|not|won't be|will never) (?:be )?voting for (?:them|him|her)(?: again)?|reform uk|lib dems?|liberal democrats?|tory|tories|conservatives?|labour party|snp|plaid(?: cymru)?|"
        r"ukip|extinction rebellion|just stop oil|momentum|(?:out |been |go |going |went )?canvass(?:ing|ed)?|leafleting|"
        r"(?:out |been |go |going |went )?campaigning|"
        r"door ?knocking|(?:at|to|for) (?:the )?(?:party )?conference|anti[- ]?monarchy|(?:the )?branch meetings?|(?:their|"
        r"our|the party's|his|her) (?:marches|march|leaflets|rallies|meetings|campaign|protests|demos)|(?:the )?independence "
        r"campaign|(?:the )?encampment|(?:sells?|selling|sold) (?:the|their) (?:party )?(?:paper|newspaper)(?: on \w+ (?:street|"
        r"road|square))?|(?:i'm |i am |we're |he's |she's )?(?:one of the ones|one of them) (?:sat|sitting|glued|locked on) "
        r"(?:in|to) the road)\b|\b(?:on|to|at|go on|going on|went on) (?:the |a )?(?:protests?|marches|demos?|rallies|rally)\b"
    ),
    "racial_ethnic_origin": compile_pattern(r"\b(?:" + _CENSUS_GROUPS + r"|roma|romani|romany|gypsy|gypsies|irish "
                                            r"travellers?|mirpuri|pashtun|hazara|ashkenazi|other (?:black|asian|white|"
                                            r"mixed race|brown) (?:students|people|girls|boys|women|men|families|kids|pupils|"
                                            r"staff|tenants)|born on (?:a|the) (?:site|traveller site|camp|"
                                            r"road)|(?:speaks?|speaking|spoke) (?:sorani|kurmanji|tigrinya|amharic|"
                                            r"pashto|dari|farsi|urdu|punjabi|mirpuri|pahari|bengali|sylheti|gujarati|tamil|"
                                            r"somali|romani|yoruba|igbo|twi|shona|kurdish|oromo|hindi|cantonese|hakka))\b"),
}

# Facts said in passing, in the forms callers use for them: past tense about a relative, a
# movement joined, a vote cast, a test that came back, a template registered.
SAID_IN_PASSING: Final = (
    rules("category", "racial_ethnic_origin", 0.86, (
        # "come over on the windrush ships", "the windrush generation"
        r"(?:came|come|coming) (?:over )?(?:here )?on the windrush(?: ships?| boat)?|(?:part of |one of )?the windrush "
        r"generation",
        # "my mate who's black"
        r"(?:my|his|her|our|their|a) (?:\w+ )?(?:mate|friend|colleague|neighbour|partner|son|daughter|lad|boy|girl|kid|wife|"
        r"husband|student|pupil|worker|brother|sister|cousin) (?:who's|who is|who are|that's) (?:black|asian|mixed race|brown|"
        r"of colour|roma|a traveller|a gypsy)\b",
        # "people like me, a british bangladeshi girl"; "i'm glasgow chinese"; "we're chinese malaysian"
        r"(?:a|an) (?:" + _CENSUS_GROUPS + r") (?:girl|boy|woman|man|lad|lass|student|mum|dad|family|household|kid|teenager)\b",
        r"{SUBJ} (?:glasgow|liverpool|manchester|london|cardiff|belfast|edinburgh|birmingham|bristol|leeds|scouse|brummie) "
        r"(?:chinese|indian|pakistani|bangladeshi|somali|jamaican|irish|italian|yemeni|caribbean|african|asian|arab)\b",
        r"{SUBJ} (?:chinese|indian|tamil|hakka) (?:malaysian|singaporean|indonesian|caribbean|guyanese|trinidadian|mauritian|"
        r"fijian|kenyan|ugandan|south african|vietnamese)\b",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
    rules("category", "religion_belief", 0.86, (
        # "somewhere quiet i can pray on my break", "i just pray and fast like anyone"
        r"(?:somewhere|a room|a place|a space|anywhere) (?:\w+ ){0,2}(?:i|he|she|we|they) (?:can|could) pray\b(?: (?:on|during|in|at) "
        r"(?:my|his|her|their) (?:break|lunch|dinner|shift))?|pray (?:on|during|in) (?:my|his|her|their) (?:break|lunch|"
        r"dinner)\b",
        r"(?:i|we|he|she|they) (?:just |still |always |only )?(?:pray|prays) and (?:fast|fasts)\b|(?:i|we|he|she|they) (?:just |"
        r"still |always )?(?:fast|fasts) and (?:pray|prays)\b",
        # "i reverted to islam last year", "he's gone and joined the messianic lot"
        r"(?:reverted|converted|revert|convert|turned) to (?:islam|christianity|judaism|sikhism|buddhism|hinduism|catholicism|"
        r"the (?:" + _FAITH + r") (?:faith|church))\b",
        r"(?:joined|joining|gone and joined|went and joined) (?:the|a) (?:" + _FAITH + r")(?: \w+)? (?:lot|church|crowd|"
        r"group|fellowship|congregation)(?:,? (?:" + _FAITH + r"))?",
        r"(?:followers?|devotees?) of (?:the )?(?:[a-z]+ ){0,2}(?:sampraday|faith|church|path|teachings|guru|prophet|swami|"
        r"baba|sect|movement|tradition|maharaj)\b",
        # "i'm not religious me, atheist through and through", "we're pretty secular really"
        r"{SUBJ} (?:not|no|never been) (?:at all |really |very |remotely )?religious(?: me| at all| really| whatsoever)?,? "
        r"(?:an? |proper |total |complete )?(?:atheist|agnostic|humanist|secular)s?(?: through and through| really)?",
        r"{SUBJ} (?:not|no) (?:\w+ )?(?:frum|observant|practising|devout)(?: at all)?,? (?:we're|i'm|we are|i am) (?:pretty |"
        r"very |quite |fairly )?(?:secular|atheist|agnostic|humanist)s?(?: really)?",
        # "dad was chapel all his life"
        r"(?:chapel|church|mass|mosque|temple|gurdwara|shul|synagogue) (?:all|every day of) (?:his|her|my|their) (?:life|days)",
        # "took my shahada last year", "i left islam two years ago", "i follow the wheel of the year"
        r"(?:took|taken|take|taking|said|say) (?:my |her |his |the )?shahada",
        r"(?:i|he|she|they|we) (?:left|have left|'ve left|has left|'s left|walked away from|gave up|lost) (?:islam|the church|"
        r"(?:my|his|her|their|our) faith|the faith|christianity|judaism|the mosque|religion|the witnesses|the jehovah's "
        r"witnesses|the mormons|the brethren)\b",
        r"(?:i|we|he|she|they) (?:follow|celebrate|mark|keep|do) (?:the wheel of the year|beltane|samhain|imbolc|lammas|yule|ostara|"
        r"litha|mabon|the sabbats)\b",
        r"(?:keeping|keep|keeps|kept|doing|does) (?:her|his|my|their|the) (?:rozay|rozey|roza|rozas|rozah|rozey|roze|fasts?)\b",
        r"(?:i|we|he|she) (?:don't|do not|no longer|never) believe in (?:any of it|god|allah|religion|it) (?:any ?more|now)\b",
        r"(?:i|we|he|she|they) (?:go|goes|went|still go|used to go) to (?:a|the) (?:" + _FAITH + r") (?:church|chapel|mosque|"
        r"temple|gurdwara|synagogue|meeting|fellowship|congregation)",
        r"(?:stopped|stopping|stop|started) believing\b|lost (?:her|his|my|their) faith\b",
        # northern irish: "himself's from the other side of the house", "kicks with the other foot"
        r"(?:from|on|of) the other side of the house|kicks? with the (?:other|left|wrong) foot",
    ), guards=_IDENTITY_GUARDS),
    rules("category", "political_opinion", 0.86, (
        # "mum was on the greenham common marches", "she's still dead against nuclear"
        r"(?:i|we|he|she|they|\w+) (?:was|were|went|been|used to go|marched) on (?:the|all the|every) (?:\w+ ){0,3}(?:marches|"
        r"protests|demos|picket lines|rallies|peace camps?)\b",
        r"(?:greenham(?: common)?|the miners' strike|the poll tax|stop the war|the iraq war) (?:marches|march|protests?|demos?|"
        r"peace camp|riots)",
        r"{SUBJ} (?:(?:still|always|dead|totally|completely|very much|always been|strongly|firmly) )*(?:against|anti) (?:nuclear|"
        r"the bomb|nuclear weapons|trident|the monarchy|the royals|brexit|immigration|fracking|the tories|labour|reform)\b",
        r"(?:i|we|he|she|they) (?:used to |have |'ve |had )?(?:canvass|canvassed|leaflet|leafleted|campaign|campaigned|"
        r"knock doors|knocked doors|stood) for (?:the )?(?:" + _PARTY + r")\b",
        r"{SUBJ} (?:a |an )?(?:(?:paid[- ]up|card[- ]carrying|long ?time|lifelong|proud|active) )?members? of (?:the )?(?:"
        + _NAMED_PARTY + r"|greens|tories|lib dems)(?: party)?\b",
        r"(?:i|we|he|she|they|my \w+) (?:always |have always |always have )?voted (?:for )?(?:the )?(?:" + _PARTY + r")s? (?:last "
        r"time|at the (?:last |general |local )?election|in the (?:last |general |local )?election|every time|all (?:my|his|her) "
        r"life)",
        r"(?:can't stand|cannot stand|hate|detest|can't abide|love|adore|worship) (?:" + _POLITICIAN + r"|the tories|tories|"
        r"labour|reform|the snp|the lib dems|the greens)\b",
        r"(?:at|down at|on|joined|went on|was on) the (?:\w+ )?(?:tractor|farmers'?|climate|pro[- ]?palestine|palestine|anti[- ]?"
        r"war|pension|strike) (?:protest|march|rally|demo|blockade)",
        # "at the just stop oil sit down on the motorway bridge"
        r"(?:at|on|joined|in) (?:the |a )?(?:" + _CAUSE + r") (?:sit[- ]?downs?|protests?|marches|march|demos?|rally|rallies|"
        r"action|blockade|vigil|encampment)",
    ), guards=(*_IDENTITY_GUARDS, "professional")),
    rules("category", "trade_union", 0.86, (
        # "me and the other night staff have all signed up with the union", "i'm NASUWT through the school"
        r"(?:have |'ve |has |had )?(?:all |both |just |finally )?(?:signed up|joined|signed) (?:up )?(?:with|to) (?:the |a )?"
        r"(?:union|trade union|" + _UNION + r")\b(?! (?:hall|building|bar|office|gym|shop))",
        r"{SUBJ} (?:(?:card[- ]carrying|paid[- ]up|proud|lifelong) )?members of (?:the |a )?(?:" + _UNION + r"|union|trade union)",
        r"(?:i'm|i am|he's|she's|we're) (?:" + _UNION + r")\b(?! (?:office|building|hall|headquarters|hq|website|helpline))",
        r"(?:paying|paid|pay|pays) into (?:the )?(?:" + _UNION + r")\b",
        r"(?:i'm|i am|he's|she's|and) (?:a |an )?members? of the (?:\w+ ){1,2}union\b",
        r"(?:he's|she's|i'm|he is|she is) (?:their|our) (?:union )?(?:rep|steward|convenor) (?:at|in|for) (?:the|our|my|his|her) "
        r"\w+",
        r"(?:tied up with|at|going to|in) (?:" + _UNION + r") meetings?\b",
        r"(?:i'm|i am|he's|she's|we're|he is|she is) in the (?:\w+ ){1,3}union\b",
        r"(?:organiser|organizer|official|officer|rep|steward|convenor) (?:for|with) (?:the )?(?:" + _UNION + r")\b",
        r"(?:\w+'s |my |his |her )(?:" + _UNION + r") (?:subs|dues|membership|card)\b",
        r"(?:all )?(?:out|striking|on strike|walking out|walked out|picketing) with (?:the )?(?:" + _UNION + r")\b",
        r"(?:{SUBJ}) (?:a )?union (?:member|man|woman)(?:,? the (?:\w+ )?one,? (?:" + _UNION + r"))?",
        r"(?:i'm|i am|he's|she's|we're|he was|she was|\w+ were|\w+ was) (?:(?:" + _UNION + r")|union) (?:through and through|"
        r"through (?:the|my|his|her|work)|at work|man|woman|all (?:his|her|my) life)\b",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
    rules("category", "sex_life_orientation", 0.86, (
        # "they've been together forty years, two women"
        r"(?:together|a couple|partners|married|civil partners)(?: \w+){0,4},? (?:both |two )(?:women|men|blokes|lasses|girls|"
        r"lads|fellas)\b",
        # "my husband had a boyfriend the whole time", "she'd been seeing a bloke from work on the side"
        r"(?:my|her|his|your) (?:husband|boyfriend|fella|son|brother|dad|father|partner's son) (?:had|has|'s got|got|was seeing|"
        r"is seeing|'s been seeing|has been seeing|had been seeing) a boyfriend(?: \w+){0,5}?(?= ?[,.]|$| so| and| but)|(?:my|her|"
        r"his|your) (?:wife|girlfriend|daughter|sister|mum|mother) (?:had|has|'s got|got|was seeing|is seeing|'s been seeing|"
        r"has been seeing|had been seeing) a girlfriend(?: \w+){0,5}?(?= ?[,.]|$| so| and| but)",
        r"(?:i'd|i had|i've|i have|he'd|she'd|he's|she's|i was|he was|she was) (?:been )?(?:seeing|sleeping with|carrying on "
        r"with) (?:a|another|some) (?:bloke|man|woman|lass|fella|girl|lad|guy|someone|somebody)(?: \w+){0,3} on the side",
        r"(?:my|his|her|our|their) (?:uncle|brother|dad|father|son|husband|grandad|grandson|nephew|cousin|lad|boy) (?:is|'s|was) "
        r"(?:in a relationship|going out|seeing|married|living|in a civil partnership) (?:with |to )?(?:a|another) (?:man|bloke|"
        r"guy|fella|lad)\b|(?:my|his|her|our|their) (?:auntie|aunt|sister|mum|mother|daughter|wife|nan|granddaughter|niece|"
        r"cousin|lass|girl) (?:is|'s|was) (?:in a relationship|going out|seeing|married|living|in a civil partnership) (?:with "
        r"|to )?(?:a|another) (?:woman|lass|girl|lady)\b",
        r"(?:i|he|she|we|they) (?:sleep|sleeps|slept|sleeping|hook up|hooks up|hooked up|go|goes) with (?:blokes|men|women|"
        r"lads|girls|lasses|guys|other (?:men|women|blokes|lads|girls|guys))(?: sometimes| now and then| on the side)?",
        r"(?:he's|she's|i'm|he is|she is|i am|\w+'s) (?:\w+ )?into (?:blokes|men|lads|guys|women|girls|lasses|other (?:men|women|"
        r"lads|girls|guys))\b",
        r"opening (?:things|it|the relationship|our relationship|our marriage|up the relationship) up|open relationship|"
        r"seeing other people",
        r"(?:had|having|have|has) (?:a )?(?:fling|one night stand|thing going) with\b",
        r"(?:bringing|brings|brought|bring) (?:different |other |random )?(?:men|women|blokes|lads|girls|people|fellas|guys) "
        r"(?:back|home|round)(?: \w+){0,3} for sex\b",
        r"(?:me and my|my) (?:husband|boyfriend|fella|partner) (?:are|'re) both (?:blokes|men|lads|guys|fellas)|(?:me and my|my) "
        r"(?:wife|girlfriend|partner) (?:are|'re) both (?:women|girls|lasses|ladies)",
        r"(?:cheated|cheating|been cheating|was cheating) on (?:me|him|her|us) with\b(?: (?:\w+ ){0,4}\w+)?",
        r"(?:blokes|men|lads|guys|women|girls|lasses|someone|people|fellas) (?:back )?(?:off|from|on) (?:grindr|tinder|hinge|"
        r"bumble|her|the (?:dating )?apps?)\b",
        r"(?:uncle|brother|dad|son|grandad|husband|cousin|nephew|he) (?:lives|living|lived|moved in|has moved in) with (?:his|"
        r"a) (?:fella|boyfriend|husband|bloke)\b|(?:aunt|auntie|sister|mum|daughter|nan|niece|she) (?:lives|living|lived|"
        r"moved in|has moved in) with (?:her|a) (?:girlfriend|wife)\b",
        # "my auntie was a lesbian all her life ... margaret, who was her partner"
        r"(?:who was|who's|who is) (?:his|her) (?:partner|girlfriend|boyfriend)(?=[,.]|$| (?:for|of|and|but|so))",
    ), guards=_IDENTITY_GUARDS),
    rules("category", "criminal_offence", 0.86, (
        # "the dbs is going to show a caution from when i was nineteen, shoplifting"
        r"(?:show|shows|showed|flag|flags|flagged|come up with|comes up with|got|have|has|had) (?:up )?(?:a|my|the|an old|his|"
        r"her) (?:police )?(?:caution|conviction|reprimand|final warning)(?: for (?:\w+ ){0,2}\w+| from when (?:i|he|she) was "
        r"\w+(?:,? (?:" + _OFFENCE + r"))?)?",
        r"(?:\w+'s|he's|she's|i'm|been) (?:serving|doing) (?:a |an )?(?:\w+ ){1,2}(?:years?|months?|stretch)(?: (?:in|inside|at) "
        r"\w+)?\b(?! (?:of|training|course|apprenticeship|contract|placement|notice))",
        r"on bail (?:till|until|before) (?:the|my|his|her) (?:court date|trial|hearing|sentencing|court case)",
        r"electronically tagged|on (?:a|an|the) (?:electronic )?tag\b(?! (?:team|line|day|match|rugby))",
        r"(?:was|were|got|been|'s been) sent down (?:for (?:\w+ ){0,2}\w+)?(?: (?:last|this) (?:year|month|week|\w+day))?",
        r"(?:i've|i have|he's|she's|he has|she has|they've) got a (?:criminal )?record(?= myself| himself| herself| now| "
        r"already|,|\.|$| so\b| and\b| but\b| cos\b)",
        r"(?:getting|gets|got|coming|came|come|let) out (?:of )?(?:" + _PRISONS + r"|walton|styal)\b(?: (?:next|last) "
        r"\w+)?(?: after (?:doing|serving) (?:\w+ ){1,2}(?:years?|months?))?",
        r"(?:i'm|i am|he's|she's|he is|she is|they're) (?:up|due|appearing) (?:at|before|in front of) (?:the )?(?:magistrates|crown court|"
        r"sheriff court|youth court)\b",
        r"(?:on|doing|done|given|got) (?:a |an |the |my |his |her )?(?:cpo|community payback(?: order)?|community punishment "
        r"order|unpaid work|youth conference order|reparation order|referral order|youth rehabilitation order|drr|atr|dtto|drug treatment "
        r"and testing order|(?:\w+ ){0,3}hours "
        r"(?:of )?community (?:service|payback)|drug "
        r"rehabilitation requirement|alcohol treatment requirement|mental health treatment requirement)\b",
        # "my husband was arrested on saturday": the person is part of the fact
        r"(?:(?:my|his|her|our|me) \w+|he|she|they) (?:was|were|got|has been|'s been|have been|had been) (?:arrested|charged"
        + _NOT_A_CHARGE + r"|convicted|nicked|lifted|remanded|sent down)\b",
    ), guards=(*_IDENTITY_GUARDS, "professional")),
    rules("category", "genetic", 0.86, (
        # "mine came back with the presenilin mutation", "the twenty two q thing"
        r"(?:mine|his|hers|theirs|(?:my|his|her|their) (?:test|results?|dna|bloods)) came back (?:with|showing|positive for) "
        r"(?:the |a |an )?(?:\w+ ){0,2}(?:mutation|gene|variant|deletion|duplication|carrier status|translocation)",
        r"(?:twenty two|22) ?q(?: ?eleven| ?11)?(?: deletion| thing| syndrome)?\b",
        # "the genetics clinic has confirmed he's got duchenne": a diagnosis a genetic test made
        r"(?:the )?genetics? (?:clinic|team|test|testing|counsellor|service|department)(?: (?:at|in) (?:the )?\w+)? (?:has |have |"
        r"had )?(?:confirmed|found|shown|showed|diagnosed|says|said)",
        # "did one of them ancestry dna kits and found out his real grandad's somebody else"
        r"(?:did|done|took|taken|had|got|sent off) (?:one of (?:them|those|these) |an? |the |our |my |his |her )?(?:ancestry |"
        r"home |online )?(?:dna|ancestry|23andme) (?:kits?|tests?|test kits?|swabs?)",
        r"(?:letter|results?|report) from the genetics? (?:team|clinic|service|department)\b|(?:showed|shows|says|said|turns out|"
        r"found out)(?: that)? (?:\w+ ){1,6}(?:have|has|had) different (?:dads|fathers|mums|mothers)\b",
        r"found out (?:that )?(?:his|her|my|their|our) (?:real |biological )?(?:dad|father|mum|mother|grandad|grandfather|nan|"
        r"grandma|granddad)(?:'s| is| was| were) (?:somebody|someone|a different (?:man|person|bloke)) else(?: entirely)?",
    ), guards=_IDENTITY_GUARDS),
    rules("category", "biometric", 0.86, (
        # "the bank set me up with voice id so my voice is my password"
        r"set (?:me|him|her|us|them) up (?:with|on) (?:the )?(?:voice|face|facial|fingerprint|finger ?print|palm|iris) ?"
        r"(?:id|recognition|login|scan|scanner|sign in)(?: so (?:my|his|her) (?:voice|face) is (?:my|his|her) password)?",
        r"(?:my|his|her|their) voice is (?:my|his|her|their) password",
        # "the new absence line recognises my wife's voice", "my son's voice got enrolled on the bank's voice id"
        r"(?:line|system|app|phone|door|camera|machine|scanner|gate|it) (?:now )?(?:recognises|recognizes|recognised|recognized|knows) (?:(?:my|his|"
        r"her|their) )?(?:\w+'s )?(?:voice|face)\b|(?:my|his|her|their|\w+'s) (?:voice|face|fingerprints?) (?:got|was|has been|'s been) "
        r"(?:enrolled|registered|set up|saved) (?:on|with|for|in)\b",
        r"(?:voice|face|facial|fingerprint) recognition for (?:his|her|my|their) (?:check[- ]?ins?|sign[- ]?ins?|reporting|appointments)\b",
        # "it can log me in by my voice now, they took a sample of my voice last week"
        r"(?:log|logs|logging|sign|signs|signing|let|lets) (?:me|him|her|us|them) in (?:by|with|using) (?:my|his|her|our|their) (?:voice|face|"
        r"fingerprints?|palm|iris)\b|(?:took|taken|recorded|saved|kept) (?:a )?(?:sample|recording|print|scan) of (?:my|his|her|their) "
        r"(?:voice|face|fingerprints?|palm|iris)\b",
        r"(?:i|he|she|they|and) (?:have to |has to |must |need to |needs to )?(?:check|checks|sign|signs|clock|clocks|log|logs) "
        r"(?:in|on) (?:at \w+ )?(?:with|using|by) (?:a |my |"
        r"his |her )?(?:face|facial|fingerprint|finger|palm|iris|voice) (?:scan|recognition|print|id)",
        r"(?:do|does|doing|did) a (?:voice|face|facial|fingerprint|iris|palm) (?:recognition )?(?:check[- ]?in|check|scan)\b",
        r"(?:i|we|he|she) (?:use|uses|used) (?:the )?(?:palm|fingerprint|finger|face|facial|iris|hand|voice) (?:scanner|reader|"
        r"recognition|id)\b|(?:use|uses|used|using) (?:my|his|her|their) (?:voice|face|fingerprint|palm|iris) (?:recognition|print|"
        r"id|scan)\b",
        r"(?:uses|use|using|used) (?:my|his|her|their) (?:face|fingerprints?|palm|voice|iris|thumb(?:print)?) to (?:clock|log|"
        r"sign|check|let) (?:me |him |her |them |us )?(?:in|on)",
        r"(?:has|have|got|holds|keeps|kept) (?:my|his|her|their) (?:old )?(?:palm|face|fingerprints?|prints?|print|iris|voice|"
        r"thumbprint) (?:still|on it|on there|saved|stored|registered|enrolled|on file)",
        r"(?:still )(?:has|have|got|holds|keeps) (?:my|his|her|their) (?:old )?(?:print|prints|fingerprints?|face|palm|enrolment|"
        r"enrollment|registration)\b",
        r"(?:set up|setting up|registered|enrolled|made) (?:a|my|his|her) (?:voice|face|facial|fingerprint|palm|iris) ?(?:id|"
        r"recognition|print|login|profile)\b",
        # "he did the handprint for the staff room door", "put her face into the attendance camera thing"
        r"(?:did|done|gave|had|given) (?:the|his|her|my|their) (?:handprint|hand print|palm ?print|fingerprints?|thumbprint|"
        r"face scan|iris scan|hand scan(?:ner)?(?: thing)?)\b",
        r"(?:put|added|uploaded|entered|enrolled|registered|scanned) (?:my |his |her |their )?(?:\w+'s )?(?:face|fingerprints?|prints?|"
        r"palm|voice|iris|hand) (?:in|into|on|onto) (?:the|a|their|your) (?:\w+ ){0,3}(?:camera|system|scanner|reader|"
        r"database|thing|machine|app)",
        r"(?:(?:my|his|her|our|me) \w+'s (?:been )?|(?:he|she|i)'s (?:been )?)?(?:enrolled|registered|signed up|put) (?:him |"
        r"her |them |me |us )?(?:on|onto|for|with|to) (?:the |a )?(?:fingerprint|face|facial|iris|palm|voice|hand) (?:scanning|"
        r"scanner|scan|recognition|id|reader|camera|system|thing)",
        r"(?:my|his|her|their|\w+'s) (?:face|voice|iris|eyes|fingerprints?|prints?)(?:'s| is| are)? (?:still )?(?:on|in|stored "
        r"on|registered on) (?:that|this|those) (?:\w+ ){0,3}(?:camera|cameras|system|scanner|reader|database|gates?|machine|"
        r"thing)\b",
        r"(?:take|get|have|wipe|remove|delete) (?:his|her|my|their) (?:hand|face|fingerprints?|prints?|palm|voice|iris) (?:off|"
        r"out of|from|removed from) (?:the )?(?:system|database|scanner|machine|reader|register)",
    ), guards=_IDENTITY_GUARDS),
)

# The fact is a later part of the match: the earlier words only show what it is about.
SAID_AFTER_CONTEXT: Final = (
    # "my ex-boyfriend still has a key, i'm a guy by the way"
    rules("category", "sex_life_orientation", 0.86, (
        r"(?:boyfriend|husband|fianc[eé])\b[^.?!]{0,60}?\b((?:i'm|i am) (?:a )?(?:guy|man|bloke|lad|male)(?: by the way| btw| "
        r"too| myself)?)",
    ), guards=_IDENTITY_GUARDS, span_group=1),
    # "you know the fingerprint thing on the front door, me nan had hers done"
    rules("category", "biometric", 0.86, (
        r"(?:fingerprints?|finger ?print|face|facial|palm|hand|iris|voice)\b[^.?!]{0,80}?\b((?:(?:me|my|his|her|our) )?(?:\w+ )?"
        r"(?:had|got|has had|'s had|have had) (?:mine|his|hers|theirs|ours) (?:done|scanned|taken|registered|enrolled|set up))",
        # "can you enrol my husband's palm", "he's added my face without asking"
        r"(?:fingerprints?|finger ?print|thumb ?print|face|facial|palm|hand|iris|voice|camera|scanner|reader)\b[^.?!]{0,80}?\b((?:enrol|"
        r"enroll|enrolled|register|registered|scan|scanned|add|added|adding|save|saved|store|stored|set up) (?:my|his|her|their|"
        r"\w+'s) (?:\w+'s )?(?:palms?|face|fingerprints?|thumbprints?|prints?|iris|irises|voice|retina))\b",
        # "the cabinet has a palm scanner and i'm the only one enrolled on it", "... since they enrolled me"
        r"(?:(?:fingerprints?|finger ?print|thumb ?print|face|facial|palm|hand|iris|vein|voice) (?:scanner|reader|recognition|id|lock|"
        r"machine|system|check)|(?:my|his|her) (?:fingerprints?|finger ?print|thumb ?print|palm|iris))\b[^.?!]{0,80}?\b((?:i'm|i am|he's|she's|i was|he was|she was|we're|we are) (?:the only (?:one|person) |"
        r"one of the (?:\w+ )?(?:ones|people|staff) |both |all )?(?:enrolled|registered|set up) (?:on|with|in|for) (?:it|there|that)\b|"
        r"(?:they|you|it|he|she|someone|somebody) (?:enrolled|registered) (?:me|him|her|us|them)\b)",
    ), guards=_IDENTITY_GUARDS, span_group=1),
)

CATEGORY_RULES: Final[tuple[Rule, ...]] = (
    *HEALTH,
    *RACIAL_ETHNIC,
    *RELIGION,
    *PRACTICE,
    *POLITICAL,
    *TRADE_UNION,
    *SEX_LIFE,
    *CRIMINAL,
    *BIOMETRIC,
    *GENETIC,
    *MIXED_HERITAGE,
    *POLITICAL_MEMBERSHIP,
    *GENETIC_LAY,
    *BIOMETRIC_FUNCTIONAL,
    *SAME_SEX_INDIRECT,
    *SAID_IN_PASSING,
    *SAID_AFTER_CONTEXT,
)
