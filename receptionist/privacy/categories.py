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

from typing import Final

from receptionist.privacy.health import HEALTH
from receptionist.privacy.patterns import Rule, rules

_PERSONAL_GUARDS: Final = ("fiction", "hypothetical", "negation", "impersonal")
_IDENTITY_GUARDS: Final = ("fiction", "hypothetical", "negation")

# "i'm", "we're", "my son's", "she is", optionally "a/an", "half/part/proud/practising"
_IDENT = r"{SUBJ} (?:(?:a|an|also|both|all|actually|originally|proud|practising|devout|strict|" \
    r"lapsed|born|raised|brought up|quite|very|really|half|part|quarter|mixed|british|become|" \
    r"became|becoming|turned|converted|converting|now|just|recently|always been|been) )*"


_ETHNIC = (
    r"black british|black caribbean|black african|british (?:pakistani|indian|bangladeshi|"
    r"chinese|asian|arab|somali|nigerian|ghanaian|jamaican|turkish|kurdish)|mixed (?:race|"
    r"heritage|ethnicity)|dual heritage|biracial|bi-racial|roma|romani|romany|gypsy|gypsies|"
    r"(?:irish |gypsy |romany )?travell?ers?|kurdish|kurd|tamil|sri lankan tamil|somali|"
    r"pashtun|hazara|punjabi|gujarati|bengali|sylheti|yoruba|igbo|hausa|uyghur|berber|amazigh|"
    r"maori|aboriginal|latino|latina|latinx|hispanic|afro[- ]caribbean|caribbean|south asian|"
    r"east asian|asian|arab|black|white (?:british|irish|other)|person of colour|"
    r"people of colour|bame|ethnic minority|(?:half|part|quarter|mixed) "
    r"\w+(?:ese|ian|an|ish|i|ic|ch)"
)

RACIAL_ETHNIC: Final = (
    rules("category", "racial_ethnic_origin", 0.88, (
        _IDENT + r"(?:" + _ETHNIC + r")(?! ?(?:school|society|community centre|centre|club|"
        r"restaurant|takeaway|shop|food|history month|history|cultural centre|owned|led|run|"
        r"business|businesses|charity|network|group|association))",
        r"(?:of|from an?|with an?) (?:\w+ ){0,2}(?:heritage|descent|origin|ethnicity|"
        r"background)(?= |$|,|\.)",
        r"(?:as an?|being an?|the only|one of the only|one of (?:the )?(?:few|two|three)) (?:"
        + _ETHNIC + r") (?:woman|women|man|men|person|people|mum|dad|mother|father|parent|girl|"
        r"girls|boy|boys|lad|lads|family|student|students|pupil|pupils|kid|kids|child|lady|guy|"
        r"member of staff|employee|nurse|teacher)",
        r"(?:because|cause|as) (?:i'm|he's|she's|we're|they're) (?:black|asian|brown|"
        r"mixed race|a traveller|travellers|roma|gypsies|jewish|white)",
    ), guards=_IDENTITY_GUARDS),
)

_FAITH = (
    r"christian|catholic|roman catholic|muslim|moslem|jewish|jew|orthodox jew|hindu|sikh|"
    r"buddhist|jain|mormon|latter[- ]day saint|jehovah'?s witness|jw|quakers?|methodist|"
    r"baptist|anglican|church of england|c of e|evangelical|pentecostal|born again|"
    r"jehovah'?s witnesses|"
    r"greek orthodox|russian orthodox|orthodox|rastafarian|rasta|pagan|wiccan|druid|"
    r"atheist|agnostic|humanist|shia|sunni|ahmadi|ahmadiyya|seventh[- ]day adventist|"
    r"christadelphian|plymouth brethren|exclusive brethren|scientologist|zoroastrian|"
    r"baha'?i|druze|alevi|salafi|hasidic|haredi|religious|non[- ]religious|believers?"
)

RELIGION: Final = (
    rules("category", "religion_belief", 0.88, (
        _IDENT + r"(?:" + _FAITH + r")s?(?! (?:school|society|soc|church|chapel|community|"
        r"centre|center|group|club|charity|primary|academy|college|cathedral|council|committee|"
        r"association|chaplaincy|youth|faith school|hall|studies|education|festival|"
        r"tradition|cemetery|food|shop))",
        r"(?:as an?|being an?) (?:practising |devout |strict |committed |observant |proud |"
        r"lifelong |born again )?(?:" + _FAITH + r")(?! (?:school|society|church|charity|"
        r"college|academy|group|club|centre|organisation|hall|youth))",
        r"(?:my|our|his|her|their) (?:religion|faith|religious beliefs|beliefs|belief|"
        r"church|mosque|synagogue|temple|gurdwara|imam|rabbi|vicar|priest|pastor)(?! "
        r"(?:school|hall))",
        r"(?:i|we|he|she|they) (?:pray|prays|praying|go to (?:mosque|church|synagogue|temple|"
        r"gurdwara|mass|chapel|meeting)|goes to (?:mosque|church|synagogue|temple|gurdwara|mass|"
        r"chapel)|attend (?:mosque|church|synagogue|temple|gurdwara|mass)|worship)",
        r"(?:(?:is|are|am|'m|'s|'re|be|been) fasting|fast(?:ing)? for ramadan|keep(?:s|ing)? "
        r"(?:kosher|halal|shabbat|the sabbath)|observ(?:e|es|ing) (?:shabbat|the sabbath|"
        r"ramadan|lent))",
        r"(?:wears?|wearing) (?:a |the |her |his )?(?:hijab|headscarf|niqab|burka|burqa|"
        r"turban|patka|kippah|yarmulke|kirpan|kara)",
        r"(?:on|for|because of) religious grounds|converted to (?:islam|christianity|judaism|"
        r"catholicism|buddhism|hinduism|sikhism)|(?:against|goes against) (?:my|our|his|her|"
        r"their) (?:beliefs|religion|faith)",
    ), guards=_IDENTITY_GUARDS),
)

_PARTY = (
    r"labour|conservative|tory|tories|lib dem|liberal democrat|green|reform|reform uk|snp|"
    r"plaid|plaid cymru|ukip|brexit party|socialist|communist|marxist|trotskyist|anarchist|"
    r"monarchist|republican|royalist|nationalist|unionist|loyalist|brexiteer|remainer|leaver|"
    r"libertarian|left[- ]wing|right[- ]wing|leftie|lefty|centrist|democratic socialist|"
    r"eco[- ]?activist|extinction rebellion|just stop oil"
)

POLITICAL: Final = (
    rules("category", "political_opinion", 0.86, (
        _IDENT + r"(?:" + _PARTY + r")(?: (?:party )?(?:member|supporter|voter|activist|"
        r"campaigner|man|woman|through and through))?(?! (?:club|candidate|councillor|office|"
        r"group|party office|hustings))",
        r"(?:i|we|he|she|they|my \w+) (?:always |have always |always have )?(?:voted|vote|votes|"
        r"campaigned|campaign|campaigns|canvassed|canvass|leafleted|leaflet|marched|march) "
        r"(?:for |with |against )?(?:the )?(?:" + _PARTY + r"|remain|leave|brexit|yes|"
        r"independence|the union|palestine|gaza|israel)",
        r"(?:member|members) of (?:the )?(?:" + _PARTY + r")(?: party)?|(?:" + _PARTY + r") "
        r"party member|(?:my|our|his|her) politics|(?:my|our|his|her) (?:political )?"
        r"(?:views|vote)",
    ), guards=_IDENTITY_GUARDS),
)

_UNION = (
    r"unison|unite|gmb|nasuwt|neu|nut|ucu|rcn|bma|cwu|rmt|aslef|usdaw|pcs|naht|ascl|eis|"
    r"prospect|bectu|equity|the union|a union|a trade union|the trade union|the nurses' union|"
    r"the teachers' union|the teaching union"
)

TRADE_UNION: Final = (
    rules("category", "trade_union", 0.9, (
        _IDENT + r"(?:in|with|member of|a member of|part of|joined|signed up to) (?:the )?(?:" + _UNION
        + r")",
        _IDENT + r"(?:" + _UNION + r"|union) (?:member|members|activist)",
        r"(?:i|i've|we|we've|he|he's|she|she's|they|they've) (?:just |recently |finally )?"
        r"(?:joined|pay into|signed up to|pay (?:my|our|his|her) subs to) (?:the )?(?:" + _UNION
        + r")",
        r"(?:we've|we have|we've got|there's) (?:got )?(?:a )?(?:strike ballot|ballot for "
        r"strike action)|(?:i'm|we're|he's|she's|i am|we are) (?:on strike|striking|"
        r"going on strike|balloting)|(?:my|our|his|her) (?:union rep|union|union subs|union dues)",
    ), guards=_IDENTITY_GUARDS),
    # a union role is personal unless the caller is acting for the body (R1)
    rules("category", "trade_union", 0.85, (
        _IDENT + r"(?:the )?(?:" + _UNION + r"|union) (?:rep|representative|steward|shop steward|"
        r"official|branch secretary|organiser|convenor)",
    ), guards=(*_IDENTITY_GUARDS, "organisation")),
)

_SEXUAL_ID = (
    r"gay|lesbian|bisexual|\bbi\b|pansexual|pan|asexual|ace|queer|homosexual|heterosexual|"
    r"straight|trans|transgender|transsexual|non[- ]binary|genderqueer|gender fluid|intersex"
)

SEX_LIFE: Final = (
    rules("category", "sex_life_orientation", 0.88, (
        _IDENT + r"(?:" + _SEXUAL_ID + r")(?! (?:society|network|group|club|pride|flag|"
        r"bar|film|awareness))",
        r"(?:my|our|his|her|their) (?:trans|transgender|non[- ]binary|gay|lesbian|bisexual|bi|queer) "
        r"(?:son|daughter|child|kid|teenager|partner|brother|sister|friend|mum|dad|wife|husband|"
        r"nephew|niece|grandson|granddaughter|student|stepson|stepdaughter)",
        r"(?:as an?|being an?) (?:" + _SEXUAL_ID + r") (?:man|men|woman|women|person|people|"
        r"couple|parent|dad|mum|father|mother|student|teenager|lad|girl|boy|kid|employee|member)|"
        r"(?:came|come|coming|comes) out(?: to \w+)? as (?:" + _SEXUAL_ID + r")|(?:came|come|"
        r"coming|has come|'s come) out(?= to| and| last| recently| at)",
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
        r"open relationship|polyamor\w+|poly relationship|swingers?|friends with benefits|"
        r"(?:my wife and i|my husband and i|me and my wife|me and my husband|we) (?:are|'re) both "
        r"(?:women|men|girls|lads|mums|dads)|"
        r"(?:me and my|my) (?:\w+ )?(?:girlfriend|boyfriend|partner|wife|husband|fianc\w*|other "
        r"half)(?: and (?:i|me))? (?:are|'re) (?:both|two) (?:women|men|girls|lads|guys|female|"
        r"male|gay|lesbians?|bi|queer|mums|dads)|(?:we're|we are) (?:a )?(?:two|both) (?:women|men|"
        r"mums|dads) (?:and|who|together|in a relationship|married|raising)|(?:a |in a )?"
        r"(?:lesbian|gay|same[- ]sex|queer) (?:couple|relationship|marriage|parents|family)|"
        r"one night stand|same[- ]sex (?:partner|relationship|couple|marriage)|two mums|two "
        r"dads|(?:my|his|her|our) sex life|sexually active|my partners\b",
    ), guards=_IDENTITY_GUARDS, yields_to_safeguarding=True),
)

_OFFENCE = (
    r"fraud|theft|burglary|robbery|assault|gbh|abh|affray|criminal damage|arson|"
    r"shoplifting|drink[- ]driving|drug[- ]driving|dangerous driving|possession|"
    r"supplying|dealing|drugs?|murder|manslaughter|rape|sexual assault|stalking|harassment|"
    r"domestic violence|fighting|a fight|breach of the peace|public order|carrying a knife|"
    r"handling stolen goods|money laundering|benefit fraud|speeding|indecent images|"
    r"a sexual offence|sex offences?|terrorism offences?|joyriding|taking without consent"
)

CRIMINAL: Final = (
    rules("category", "criminal_offence", 0.9, (
        r"(?:was|were|been|got|get|gets|getting|being|is|are|'s|'re|'ve been|has been|had been|"
        r"just been) (?:\w+ )?(?:arrested|charged|cautioned|convicted|sentenced|remanded|jailed|"
        r"imprisoned|locked up|sent down|nicked|bailed|tagged|prosecuted|done for|banged up|"
        r"put away|sent to prison|released from prison|released on licence|released on bail)"
        r"(?: (?:for|with|of|over|after|last|this|in) (?:\w+ ){0,2}(?:" + _OFFENCE + r"|year|"
        r"week|month|night|summer|twenty \w+))?",
        r"(?:arrested|charged|convicted|cautioned|sentenced|done) (?:for|with|of) (?:" + _OFFENCE
        + r")",
        r"(?:a |my |his |her |their )?criminal record|(?:a |his |her |my )?(?:previous |"
        r"spent |unspent )?convictions?(?: for (?:\w+ ){0,2}\w+)?|(?:got|has|have|had) "
        r"(?:a |an )?(?:caution|conviction|record|ccj)(?= for| from| when| so| and|$)",
        r"(?:on|out on|under|given|got|has|have|had) (?:a |an |the )?(?:police )?(?:bail|licence|"
        r"license|probation|parole|tag|electronic tag|curfew|remand|suspended sentence|"
        r"community order|community service|referral order|youth rehabilitation order|"
        r"supervision order|restraining order|criminal behaviour order|asbo|sexual harm "
        r"prevention order|shpo)(?: (?:for|after) (?:" + _OFFENCE + r"))?",
        r"(?:wearing|wears|wear|fitted with|got|has|have|had|with) (?:a |an |the |my |his |her )?"
        r"(?:electronic |ankle |curfew |gps |police )?tag(?:s)?\b(?! (?:rugby|line|team|"
        r"on (?:facebook|instagram|the photo|a photo|the post)|you|me|him|her|them|number))|"
        r"(?:electronic|ankle|curfew) tag|tag on (?:my|his|her|their) (?:ankle|leg)|(?:been|got|"
        r"getting|being) tagged (?:for|by the police|by the court|after|until|because)",
        r"(?:in|out of|come out of|came out of|got out of|released from|served time in|been in|"
        r"been to|went to|sent to|visit(?:ing)? (?:\w+ )?in) (?:a |the )?(?:prison|jail|gaol|"
        r"young offenders(?: institute)?|youth custody|custody|borstal|a yoi|secure unit)(?! "
        r"(?:library|officer|officers|service|staff|kitchen|education|site|van|chaplain|"
        r"governor|guard|guards|visits?|visiting|hospital|gym|workshop|shop))",
        r"(?:doing|did|done|serving|served|serve) (?:time|a sentence|a stretch|(?:\w+ )?(?:years|"
        r"months) inside)(?: for (?:\w+ )?\w+)?",
        r"(?:my|his|her|their) (?:probation officer|offender manager|yot worker|parole officer|"
        r"youth offending worker|solicitor for the trial|court date|trial)",
        r"sex offenders?'? register|on the (?:sex offenders? )?register(?= for| as| so| and)|"
        r"(?:pleaded|found) guilty|(?:due|up|appearing) in (?:court|crown court|magistrates)",
        r"(?:youth offending|yot) (?:order|team are working with (?:him|her))",
    ), guards=_IDENTITY_GUARDS, yields_to_safeguarding=True),
)

_BIO_PART = r"(?:fingerprints?|thumbprints?|finger ?prints?|retina(?:l)? scans?|iris scans?|face scans?|facial (?:scan|recognition data|template|images?|data)|voice ?prints?|voice (?:id|sample|recording for)|palm (?:prints?|scans?|vein)|hand (?:geometry|scans?|templates?)|biometrics?|biometric data|vein pattern)"

BIOMETRIC: Final = (
    rules("category", "biometric", 0.88, (
        r"(?:my|his|her|their|our|your|\w+'s) (?:\w+'s )?" + _BIO_PART,
        r"(?:scanned|scan|scans|scanning|photographed|captured|enrolled|registered|recorded|"
        r"took|taken) (?:my|his|her|their|\w+'s) (?:\w+'s )?(?:face|faces|fingerprints?|eyes?|"
        r"iris|irises|retinas?|palms?|hand|hands|voice|thumbs?|thumbprints?)",
        r"(?:a |the )?scan of (?:my|his|her|their|\w+'s) (?:\w+'s )?(?:face|finger|fingers|"
        r"eye|eyes|iris|hand|palm|retina)",
        r"(?:fingerprint|thumbprint|face|facial|iris|retina|palm|voice|vein|finger) "
        r"(?:login|log in|scanner|scan|recognition|template|enrolment|enrollment|registration|"
        r"reader|sign[- ]in|entry|lock|id|data)(?! (?:on (?:my|his|her|the) phone|on (?:my|his|"
        r"her) iphone))",
        r"(?:took|taken|take|taking|registered|enrolled|stored|keeps?|kept|holding|holds) "
        r"(?:\w+ ){0,5}(?:fingerprints|biometrics|biometric data|face scan|iris scan)",
        r"(?:dna|photos?|photograph|mugshot|prints) and (?:his |her |my )?fingerprints",
        r"(?:my|his|her|their|our|your|\w+'s) (?:\w+'s )?(?:face|faces|fingerprints?|fingers?|"
        r"thumbs?|thumbprints?|eyes?|iris|irises|retinas?|palms?|hands?|voice) (?:\w+ )?(?:being |"
        r"getting |to be |be |was |were |been )?(?:scanned|recorded|captured|taken|stored|"
        r"registered|enrolled|mapped|photographed for)(?! (?:down|off|away|out|to hospital|to a&e|"
        r"to the|home|by the dentist))",
    ), guards=(*_PERSONAL_GUARDS, "device")),
    # other people's biometrics collected by an organisation are about identifiable people
    rules("category", "biometric", 0.88, (
        r"(?:scan|scans|scanning|using|use|uses|store|stores|storing|taking|take|collect|"
        r"collecting) (?:the |our |all the )?(?:children's|kids'|pupils'|students'|staff's|"
        r"members'|residents') (?:faces|fingerprints|finger ?prints|irises|palms|thumbprints)",
    ), guards=("fiction", "hypothetical", "negation")),
)

_GENE_TEST = r"(?:genetic|gene|dna|paternity|pharmacogenetic|pharmacogenomic|genomic|carrier|chromosome|karyotype|brca)"

GENETIC: Final = (
    rules("category", "genetic", 0.9, (
        _GENE_TEST + r" (?:tests?|testing|screening|results?|report|profile|panel|analysis|"
        r"sequencing)",
        r"(?:whole )?(?:genome|exome) (?:sequencing|test|testing|results?|analysis|scan)|"
        r"(?:23 ?and ?me|ancestry ?dna|myheritage dna)(?: (?:test|results?|kit|report))?",
        r"(?:carrier (?:of|for) (?:the )?\w+|carries (?:the )?(?:\w+ )?(?:gene|mutation|"
        r"variant)|(?:brca ?\w*|apoe ?e?4|apoe ?[a-z0-9]+|[a-z]{1,8}\d[a-z0-9]{0,6} gene|cftr|huntington'?s gene|"
        r"mthfr) (?:variant|mutation|gene|positive|carrier)?|(?:gene|genetic) (?:variant|"
        r"mutation|condition|disorder|marker)|[a-z]{1,8}\d[a-z0-9]{0,6} variant|(?:my|his|her|their|our|\w+'s) "
        r"dna|(?:he's|he is|she's|she is|i'm|i am) not (?:the|his|her|their) (?:biological )?"
        r"(?:father|dad|mother|mum)|biological (?:father|dad) (?:test|results?))",
        r"(?:carry|carries|carrying|carrier of|inherited|passed on|passed down) (?:the |a |an )?"
        r"(?:\w+ ){0,3}(?:gene|genes|mutation|variant|trait|chromosome)\b",
    ), guards=_PERSONAL_GUARDS),
    # a paternity or relationship DNA test is always about identifiable people
    rules("category", "genetic", 0.9, (
        r"(?:paternity|maternity|sibling|siblingship|relationship|kinship) (?:dna )?(?:tests?|"
        r"testing|results?|report)(?: results?)?",
    ), guards=_IDENTITY_GUARDS),
)

CATEGORY_RULES: Final[tuple[Rule, ...]] = (
    *HEALTH,
    *RACIAL_ETHNIC,
    *RELIGION,
    *POLITICAL,
    *TRADE_UNION,
    *SEX_LIFE,
    *CRIMINAL,
    *BIOMETRIC,
    *GENETIC,
)
