"""Context that turns a keyword into a non-disclosure: course names, idioms, fiction, R1.

Two mechanisms, both precompiled:

* **shields** — phrases whose words look sensitive but are not (course and service names,
  buildings and roles, idioms). Any finding whose trigger overlaps a shield is dropped.
* **guards** — named checks on the window *before* a match (fiction or teaching framing,
  hypotheticals, negation, speaking for an organisation). Each rule lists the guards that
  apply to it, because negation vetoes "i'm not in the union" but not "he won't let me out".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from receptionist.privacy.patterns import compile_pattern, top_level_alternatives
from receptionist.privacy.prefilter import LiteralCache, PhraseAlternation

_SHIELD_PHRASES: Final = (
    # courses, subjects, qualifications, services and teams (a unit someone is in or has
    # come out of is a ward: "he's just come out of the eating disorder unit")
    r"health and social care",
    # music, food and insects named after a people
    r"gypsy (?:jazz|swing|kings|tart|creams?|moths?|caravans? (?:holiday|museum))",
    # vaccines, travel medicine and pharmacy services are what the caller books, not a condition they have
    r"(?:hiv|covid|flu|malaria|cancer|dementia) (?:vaccine )?(?:trial|trials|study|studies|research)|"
    r"(?:chickenpox|chicken pox|measles|mmr|mumps|rubella|hep a|hep b|hepatitis a|hepatitis b|typhoid|yellow fever|"
    r"rabies|cholera|meningitis|men b|men acwy|men c|hpv|flu|covid|shingles|whooping cough|tetanus|polio|diphtheria|"
    r"bcg|pneumonia|pneumococcal|rsv|japanese encephalitis|tick borne encephalitis|mpox|monkeypox|travel) "
    r"(?:jabs?|vaccines?|vaccinations?|boosters?|immunisations?|shots?|injections?)|(?:hep a|hep b|hepatitis a|"
    r"hepatitis b|rabies) (?:course|courses)|malaria (?:tablets|pills|prevention|medication)|antimalarials?|"
    r"blister packs?|dosette (?:box|boxes)|paternity (?:test|testing|dna) kits?|dna (?:testing )?kits?(?= (?:in|at(?! (?:christmas|easter|home|the weekend))|from|"
    r"online|for sale))|(?:says|marked|put|down as|recorded as|letter says) dna\b|dna (?:next to|against|on) (?:my|me|the|"
    r"his|her|their) appointment",
    r"(?<!out\sof\sthe\s)(?<!from\sthe\s)(?<!admitted\sto\sthe\s)(?<!s\sin\sthe\s)(?<!been\sin\sthe\s)(?<!under\sthe\s)(?<!s\son\sthe\s)"
    r"(?<!s\son\syour\s)(?<!m\son\syour\s)(?<!e\son\syour\s)(?<!adolescent\s)(?:mental health|wellbeing|first aid|autism|dementia|diabetes|asthma|epilepsy|cancer|"
    r"hiv|sexual health|drug|alcohol|drugs?(?: and| &) alcohol|addiction|bereavement|"
    r"substance misuse|domestic (?:abuse|violence)|sexual (?:violence|abuse|assault)|rape crisis|safeguarding|prevent|county lines|"
    r"self harm|suicide|(?:suicide|self harm|abuse|violence) prevention|eating disorders?|stress|menopause|pregnancy|fertility|sen|send|"
    r"disability|inclusion|equality|diversity|lgbt\w*|pride|trans|race|anti racism|"
    r"knife crime|online safety|consent|fgm|radicalisation|extremism|hate crime|bullying|"
    r"anti bullying|ms|multiple sclerosis|parkinson's|alzheimer's|stroke|heart|kidney|liver|"
    r"deaf|blind|hearing|hearing aid|sight|down's syndrome|cystic fibrosis|motor neurone|"
    r"sickle cell|crohn's|arthritis|macmillan|dyslexia|adhd|hospice|cerebral palsy|"
    r"learning disability|mind|tinnitus|low vision|stoma care|crisis|epi ?pen|allergy|anaphylaxis|continence|concussion|"
    r"pelvic health|pelvic floor|sports injury|musculoskeletal|msk|"
    r"smoking cessation|weight management)"
    # a compound noun: "epilepsy, doctor says no driving" is two clauses, not a service
    r"[\x20-](?:technician|technicians|audiologist|doctors|dietitian|therapist|"
    r"first aid|awareness|training|course|courses|class|classes|module|workshop|talk|"
    r"advocate|advocates|advisor|adviser|caseworker|idva|isva|referrals|liaison officers?|liaison|"
    r"session|sessions|evening|day|week|month|fortnight|lead|leads|nurses|nursing|"
    r"services|worker|workers|practitioner|officer|champion|champions|ambassador|"
    r"ambassadors|coordinator|network|charity|society|group|club|fair|policy|policies|"
    r"walk|run|fun run|coffee morning|assembly|assemblies|education|room|suite|unit|topic|"
    r"scheme of work|"
    r"campaign|leaflet|leaflets|poster|posters|display|conference|lecture|lesson|lessons|"
    r"qualification|certificate|diploma|degree|apprenticeship|programme|strategy|plan|"
    r"support worker|support group|drop in|helpline|hub|board|forum|panel|research|uk|"
    r"trust|foundation|action|alliance|association|shop|café|cafe|bake sale|appeal|"
    r"fundraiser|raffle|collection|tins?|stall|study|studies|trial|trials)",
    # a condition's clinic or nurse is a service, unless it is the caller's own ("my asthma
    # nurse", "my appointment with the diabetes nurse"), which says they have the condition
    r"(?<!my\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!our\s)(?<!appointment\swith\sthe\s)"
    r"(?<!appointment\sat\sthe\s)(?<!referred\sto\sthe\s)(?<!referral\sto\sthe\s)"
    r"(?<!under\sthe\s)(?<!seeing\sthe\s)(?<!see\sthe\s)(?<!s\sat\sthe\s)(?<!m\sat\sthe\s)"
    r"(?<!re\sat\sthe\s)(?<!been\sto\sthe\s)(?<!going\sto\sthe\s)(?<!been\sat\sthe\s)"
    r"(?<!out\sof\sthe\s)(?<!charged\sfrom\sthe\s)(?<!admitted\sto\sthe\s)(?<!s\sin\sthe\s)(?<!been\sin\sthe\s)(?<!adolescent\s)"
    r"(?<!home\sfrom\sthe\s)(?<!back\sfrom\sthe\s)(?<!letter\sfrom\sthe\s)(?<!letters\sfrom\sthe\s)"
    r"(?<!results\sfrom\sthe\s)(?:mental health|autism|dementia|diabetes|asthma|epilepsy|cancer|hiv|sexual health|tinnitus|"
    r"low vision|"
    r"drug|alcohol|drugs?(?: and| &) alcohol|addiction|substance misuse|eating disorders?|"
    r"menopause|pregnancy|fertility|ms|multiple sclerosis|parkinson's|alzheimer's|stroke|heart|"
    r"kidney|liver|deaf|hearing|sight|sickle cell|crohn's|arthritis|macmillan|adhd|"
    r"cerebral palsy|learning disability|memory|diabetic|cardiac|respiratory|stoma|abortion)"
    r"[\x20-](?:consultant|doctor|nurse|team|service|unit|ward|clinic|specialist|referral|centre|center|lady)",
    # a workforce on strike is news, not anyone's membership: "the bus drivers are on strike monday"
    r"(?:the )?(?:\w+ )?(?:drivers|workers|nurses|doctors|teachers|staff|lecturers|posties|guards|conductors|cleaners|binmen|bin "
    r"men|dockers|porters|midwives|paramedics|firefighters) (?:are|were|'re|will be|have been|'ve been|are going|go|went) (?:out )?"
    r"on strike",
    r"diabetic eye screening(?: van| service| programme| team| clinic)?",
    # first aid and training content named after injuries or conditions
    r"(?:burns|bruises|bleeding|heavy bleeding|fractures|broken bones|sprains|cuts|head injuries|"
    r"choking|cpr|resuscitation|anaphylaxis|seizures|allergies|strokes|heart attacks)"
    r"(?: and (?:\w+ ){0,2}\w+)? (?:module|session|section|unit|training|course|workshop|"
    r"lesson|kit|scenarios?|practical|demo|certificate|station)",
    r"(?:for|raising money for|fundraising for|fundraiser for|donate to|donating to|collecting for|in aid "
    r"of|sponsored \w+ for) (?:the )?(?:macmillan|cancer research(?: uk)?|marie curie|british heart "
    r"foundation|alzheimer's society|diabetes uk|mind|mencap|scope|asthma uk|the stroke association|"
    r"mnd association|ms society|children in need)",
    r"blind date|(?:is|it's|that's|was|be) (?:absolute |pure |basically |literally |just )?suicide (?:on a bike|for "
    r"(?:cyclists|pedestrians|anyone|the \w+)|to (?:cross|drive|cycle|park|ride))|burns (?:night|supper)|rabbie burns|robert burns|(?:really|completely|totally|a bit) threw (?:him|her|me|them)|"
    r"suicide (?:sprints?|runs?|drills?|shuttles?)|overdos\w* on (?:the )?(?:christmas |easter )?(?:chocolate|"
    r"sugar|sweets|caffeine|coffee|cake|carbs|netflix|telly|tv|box sets?|sun|mince pies|turkey|prosecco)|"
    r"religious (?:studies|education)|\bre (?:lesson|teacher)|theology|criminology|"
    r"criminal (?:justice|law|psychology|investigation|records? (?:check|office|bureau))|"
    r"youth (?:justice|offending) (?:module|course|degree|placement|studies|qualification|"
    r"conference|training)|forensic (?:science|psychology)|paramedic science|"
    r"nursing associate|nursing (?:degree|course|apprenticeship)|social work (?:degree|course)|"
    r"genetic (?:counsellor|counselling|engineering|science)|genetics (?:course|module|degree|"
    r"a level|lecture|lab)|biometrics? (?:lab|module|course)|biometric residence (?:permit|card)|"
    r"face id|touch id|citizenship (?:lessons?|test|ceremony)|politics (?:a level|course|"
    r"degree|lessons?|society|module)|sex(?:ual)? education|relationships and sex education|"
    r"ethnic minority (?:achievement|support|service|team|network)",
    # buildings, organisations, events and roles named after a faith, party or union (but
    # standing as a party's candidate is one's own politics)
    r"(?<!as\sa\s)(?<!as\san\s)(?<!was\sa\s)(?<!were\s)(?<!both\s)(?<!\x27s\sa\s)(?<!\sis\sa\s)(?<!m\sin\sthe\s)(?<!i.m\sa\s)"
    r"(?<!s\sin\sthe\s)(?<!and\sin\sthe\s)"
    # but going to the catholic church or baptist chapel is one's own worship
    r"(?!(?:(?<=go\sto\sthe\s)|(?<=goes\sto\sthe\s)|(?<=went\sto\sthe\s)|(?<=going\sto\sthe\s)|(?<=attend\sthe\s)|"
    r"(?<=attends\sthe\s))(?:\w+ ){1,2}(?:church|chapel|cathedral)\b)"
    r"(?:catholic|roman catholic|c of e|church of england|church in wales|methodist|baptist|"
    r"anglican|jewish|muslim|islamic|hindu|sikh|christian|quaker|buddhist|orthodox|evangelical|"
    r"pentecostal|labour|conservative|tory|liberal|lib dem|green|plaid|reform|socialist|"
    r"union|unite|unison|gmb|trade union|students'|student)"
    r" (?:school|schools|primary|secondary|high|academy|college|sixth form|church|chapel|"
    r"cathedral|centre|center|society|soc|group|club|hall|halls|union|charity|shop(?! steward)|bar|"
    r"community|committee|council|councillor|candidate|office|party (?:office|"
    r"conference)|chaplaincy|nursery|youth|liaison|building|street|road|lane|house|"
    r"tradition|festival|cemetery|graveyard)",
    r"union (?:street|road|lane|square|terrace|bar|building|jack)|the labour club|"
    r"(?:women's aid|refuge|nspcc|childline|samaritans|barnardo's|victim support|shelter) "
    r"(?:charity|shop|helpline|number|website|leaflet|leaflets|collection|fundraiser|walk|"
    r"appeal|bake sale)|"
    r"survivors? of (?:domestic (?:abuse|violence)|abuse|sexual abuse|rape|fgm|trafficking|"
    r"modern slavery|childhood abuse)|"
    r"passport office|passport (?:renewal|application|photo|photos)|holocaust memorial day|black history month|windrush (?:day|generation)|"
    r"remembrance (?:day|parade|service|sunday)|trade union liaison|facility time|"
    r"holiday pay|strike (?:day|days) (?:closure|arrangements)",
    # illnesses going round a class or a school are news, not anyone's health fact
    r"(?:chicken ?pox|flu|covid|norovirus|sickness bug|stomach bug|nits|head lice|measles|mumps|"
    r"scarlet fever|hand foot and mouth|slapped cheek|impetigo|conjunctivitis|whooping cough) (?:going "
    r"round|outbreak|in (?:the|her|his|their|my) (?:class|school|year|nursery|room))",
    # vaccination services named after the illness: "the nasal flu spray", "flu jab clinic"
    r"(?:nasal )?(?:flu|covid|hpv|mmr|whooping cough|shingles) (?:spray|jab|jabs|vaccine|vaccines|"
    r"vaccination|vaccinations|booster|boosters|clinic|clinics|programme|invite|invites|invitation|letter|text|reminder)",
    # diseases of farm animals: "the bovine tb testing day"
    r"(?:bovine|badger|cattle|herd) (?:tb|t b|tuberculosis)|(?:tb|t b) (?:testing|test|tests|reactor|reactors)(?= (?:day|on the|for "
    r"the (?:herd|cattle|cows)))|bird flu|avian (?:flu|influenza)|foot and mouth|bluetongue|blue tongue",
    # idioms that borrow the vocabulary of harm: a match score ("got battered six nil"), a room
    # or a person "in bits", a place or a job "offered" (but not a place to stay)
    r"(?:battered|hammered|thrashed|beaten|beat|stuffed|walloped|murdered|smashed|destroyed) (?:\w+ ){0,2}"
    r"(?:nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)(?: |-)(?:nil|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|\d+)|in bits|offered (?:a |an |her |him |them |me |us |you )?(?:\w+ )?(?:place(?! to "
    r"(?:stay|live|sleep|crash))|job|interview|contract|apprenticeship|appointment|slot|scholarship|bursary|position|"
    r"role|tenancy|transfer)",
    # idioms that borrow the vocabulary of harm
    r"(?:is|was|are|it's|queue's|that's|'s been|has been|have been|'ve been|\w+'s) (?:\w+ )?killing me|kill (?:for|me) (?:a|some)|"
    r"about to die|(?:battery|phone)'s? (?:about to |going to |gonna )?die|dying (?:for|to)|"
    r"(?:was|is|it's|that's|it is) (?:absolute |bloody |pure )?murder|death trap|break (?:their|his|her|my|your) neck|(?:nearly|almost) (?:broke|broken) (?:their|his|her|my|your) neck|"
    r"(?:got|get) (?:absolutely )?slaughtered|(?:got|get|gets|getting|was|been) shot down|shot down "
    r"in flames|smashed it|nerves are shot|heart sank|"
    r"(?:i'm|we're|i am|we are|i was) (?:absolutely |so )?starving|driving me (?:mad|crazy|up the wall|round the bend)|nightmare to|"
    r"(?:going to|gonna|'ll|will|would|'d) kill (?:me|you|him|her|us) (?:if|when) (?:i'm|i am|we're|you're|he's|she's|"
    r"they're) (?:late|not there|not back|home late|in trouble)|"
    r"(?:going to|gonna|'ll|will|would|'d) kill (?:me|you|him|her|us) (?:if|when) (?:i|you|he|"
    r"she|we|they) (?:forget|forgets|forgot|lose|loses|lost|miss|misses|missed|'m late|am late|"
    r"'re late|are late|break|broke|spend|spent|see the (?:state|mess)|find out (?:about|how "
    r"much))|"
    r"kill(?:ed|ing)? (?:it|time)|dead (?:good|easy|nice|funny|tired|on|right|serious|lucky|proud|excited|chuffed|busy|"
    r"keen|quiet|boring|slow)|scared (?:the life|to death) of|"
    r"(?:i|he|she) could (?:have |'ve )?killed (?:him|her|them)|"
    # more idioms and names: "dead as a dodo", "my supervisor's going to kill me, i've lost my badge", the blind spot, the car
    # park by the crown court, the women's aid office, the spanish flu
    r"dead as a (?:dodo|doornail|door nail)|(?:going to|gonna|'ll|will) kill me,? (?:i've|i have|i) (?:lost|forgot|forgotten|missed|"
    r"broken|broke|dropped|left)|blind spots?(?: check| checks| mirror)?|(?:by|near|outside|opposite|next to|behind) the (?:crown|"
    r"magistrates'?|county|family|high) court|women's aid(?= (?:office|centre|shop|manager|staff|team|van|car))|spanish flu|"
    r"(?:battle|skipping|climbing|tow|tug of war|gym) ropes?|"
    # an order the court makes (breaking one is a disclosure rule); an animal that bullies
    r"non(?: |-)?harassment orders?|(?:dog|dog's|collie|collie's|cat|cat's|puppy|pup|terrier|spaniel|lab|labrador|horse|pony|goat|"
    r"cockerel|hen|ram)(?:'s| is)? (?:a )?(?:right |real |bit of a |total )?bully\b|"
    # costumes and props: "fake blood everywhere", "dressed up with an axe, a cardboard one"
    r"(?:fake|stage|theatre|halloween|pretend|zombie) blood|(?:dressed|dress|dressing) up (?:as (?:an? )?\w+ )?with (?:an? )?(?:axe|sword|"
    r"gun|knife|dagger|spear|machete|chainsaw)|(?:cardboard|toy|plastic|fake|foam|pretend|prop|rubber|inflatable|water|nerf) "
    r"(?:axe|sword|gun|guns|knife|knives|dagger|spear|machete|rifle|pistol|chainsaw)s?|"
    # a tired head, a mind about to go, a pile of work, a pet martyrdom, a bin store misused
    r"(?:my|me|his|her|your) head(?:'s| is| was) (?:\w+ )?(?:battered|mashed|fried|wrecked|pickled|done in)|"
    r"(?:about to |going to |gonna )?(?:lose|losing|lost) (?:my|his|her|their|the) (?:mind|marbles|rag)|"
    r"drowning in (?:paperwork|work|emails|forms|admin|homework|marking|coursework|applications|orders|calls|"
    r"washing|ironing|boxes|leaves|post)|(?:making|made|makes) a martyr (?:of|out of) (?:herself|himself|myself|"
    r"yourself|themselves)|abus(?:e|es|ed|ing) (?:the|our|their|this|that) (?:bins?|bin store|bin area|system|car park|"
    r"parking|facilities|privileges?|rules|hall|allotments?|skips?|recycling|bays?|spaces?|play area|wifi|"
    r"photocopier|kitchen)|cut (?:it|things) (?:fine|short)|"
    r"cut (?:the|a) (?:cake|ribbon|grass|hedge|lawn)|hedge cutting|bath bomb|clay pigeon "
    r"shooting|photo ?bomb|bombed (?:it|the exam|my exam)|(?:the )?bomb (?:squad )?(?:scare|"
    r"drill)|shooting (?:star|stars|practice|range|hoops|a film|the film|video)|"
    r"(?:school|the|a|our) (?:play|panto|pantomime|nativity|musical|film|book|novel|story) "
    r"(?:\w+ ){0,6}(?:kidnapped|murdered|killed|dies|stabbed|shot|(?:gets|got|is|was) arrested|"
    r"(?:gets|got|is|was) (?:locked up|jailed|sent to prison|charged|convicted)|goes to (?:prison|jail))",
    # machines and organisations in idioms: "the boiler's having a heart attack", "in our dna"
    r"(?:boiler|car|van|engine|computer|laptop|phone|heating|printer|washing machine|fridge|"
    r"system|website)(?:'s| is| was)? (?:having|had|has|having another) (?:a )?(?:heart attack|"
    r"fit|breakdown|seizure|nervous breakdown|funny turn)|(?:in|part of) (?:our|my|their|its|"
    r"the company's|the school's|the club's) dna",
    # services and events named for a condition: "the dementia friendly screening"
    r"(?:dementia|autism|autistic|disability|sensory|deaf|wheelchair|carer)[- ]?(?:friendly|aware|"
    r"awareness|inclusive|accessible|friends)",
    # surprise, not a cardiac event: "i nearly had a heart attack when i saw the price"
    r"(?:nearly|almost|practically|near enough|about to) (?:had|have|gave (?:me|him|her)|give (?:me|him|"
    r"her)|giving (?:me|him|her)) (?:a )?(?:heart attack|coronary|stroke|breakdown|seizure|"
    r"nervous breakdown|fit)",
    r"(?:i'll|i will|you'll|he'll|she'll|i'd|i would) (?:have|end up having) a (?:heart attack|stroke|"
    r"breakdown|fit|seizure) (?:if|when)",
    r"(?:pregnancy|maternity|baby|newborn|bump|antenatal) (?:and (?:\w+ )?)?(?:\w+ )?(?:photography|photo|"
    r"photos|yoga|massage|swimming|pilates|shoot|clothes|classes|class|course|courses|fair)",
    # something (not an illness) giving someone a turn: "the parking's giving me a heart attack"
    r"(?:giving|gives|gave|give|given|'ll give|will give) (?:me|him|her|us|them|you) (?:a )?(?:heart "
    r"attack|coronary|stroke|nervous breakdown|breakdown|migraine|ulcer)",
    # laughing, comparisons and titles: "killing myself laughing", "blind as a bat", "suicide squad"
    r"(?:kill|killing|killed|kills) (?:myself|himself|herself|themselves|ourselves|yourself|yourselves|me|us) laughing|"
    r"(?:deaf|blind) as a (?:bat|post|doorpost)|(?:must be|must have been|are you|is he|is she|are they) (?:\w+ )?"
    r"(?:blind|deaf)(?= ,|,|\.|$| (?:they|they've|you|he|she|we|if|or|because|cos|the)\b)|like (?:it's|it has|it's got|he's got|she's got|"
    r"it had) (?:asthma|a cold|bronchitis|hiccups|a fit|a seizure|arthritis)|suicide squad",
)

def build_shield(cache: LiteralCache | None = None) -> PhraseAlternation:
    """The shield phrases as one alternation (longest first, as :func:`alternation` orders
    them), run phrase by phrase: only those whose literals occur in the text are tried."""
    phrases = sorted(_SHIELD_PHRASES, key=len, reverse=True)
    # each phrase's own alternatives in its order at its place, so only those whose literals occur run
    return PhraseAlternation(
        [compile_pattern(r"\b(?:" + alt + r")\b") for phrase in phrases for alt in top_level_alternatives(phrase)], cache
    )


@lru_cache(maxsize=1)
def _shield() -> PhraseAlternation:
    return build_shield()


def shielded_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that must never trigger a finding on their own."""
    return [m.span() for m in _shield().finditer(text)]


# Fiction, teaching, research and third-party professional framing: "the play is about ...".
_FICTION: Final = compile_pattern(
    r"\b(?:play|film|movie|"
    # "book" the verb books something: "i want to book in for a cover up" is not about a book
    r"(?<!to\s)(?<!i\s)(?<!we\s)(?<!can\s)(?<!could\s)(?<!please\s)(?<!and\s)(?<!you\s)book|novel|story|drama|documentary|programme|episode|series|soap|characters?|"
    r"teaching session|training session|"
    r"(?<!results\s)(?<!result\s)(?<!tests\s)(?<!test\s)(?<!scans\s)(?<!scan\s)(?<!report\s)(?<!records\s)(?<!letter\s)(?<!bloods\s)(?<!it\s)(?<!they\s)(?<!hospital\s)(?<!clinic\s)(?<!lab\s)(?<!doctors\s)show|game|assembly|"
    # "they talk about a race war" is what people say, "a talk about" is a framing
    r"(?<!they\s)(?<!we\s)(?<!i\s)(?<!you\s)(?<!people\s)(?<!lads\s)(?<!men\s)(?<!boys\s)(?<!girls\s)(?<!to\s)"
    r"(?<!always\s)(?<!just\s)(?<!all\s)(?<!keep\s)(?<!who\s)talk|lesson|lessons|module|"
    # the people "on his course" are where he is, not what a course is about
    r"(?<!on\shis\s)(?<!on\sher\s)(?<!on\smy\s)(?<!on\stheir\s)(?<!on\sour\s)(?<!on\sthe\s)(?<!from\shis\s)(?<!from\sher\s)"
    r"(?<!from\smy\s)(?<!from\stheir\s)(?<!from\sour\s)(?<!from\sthe\s)(?<!in\smy\s)(?<!in\sher\s)(?<!in\shis\s)course|workshop|"
    r"training|lecture|essay|epq|extended project|"
    r"(?<!housing\s)(?<!community\s)(?<!youth\s)(?<!support\s)(?<!homeless\s)(?<!refugee\s)project|presentation|dissertation|exhibition|poem|song|lyrics|script|scene|topic|"
    r"unit(?! (?:in|at) )|syllabus|curriculum|coursework|guest speaker|speaker|author|case study|research|"
    r"scenario|scenarios|role play|roleplay|set text|set texts|text|reading list|"
    r"article|podcast|policy|policies|procedure|leaflet|poster|campaign|awareness|history|"
    r"in the war|world war|ww2|wwii)\b"
    # "the play is ...", "my character was ..." said at once; further on, "is" starts the
    # caller's own sentence ("my dissertation, the deadline's friday, the reason is ...")
    r"(?:[^.?!,]{0,12}?\b(?:is|was)\b|"
    r"(?:(?:(?!, (?:i|i'm|i've|i'd|my|we|we're|our|he|she|he's|she's|they|they're)\b)[^.?!]){0,40}?\b(?:about|on|(?<!so\s)called|where|covers?|covering|includes?|including|as an?|"
    r"playing|plays|role|part|(?<=scene\s)with|(?<=scenes\s)with|"
    r"deals? with|featuring|set in|in which|explores?|tackles?|"
    # a student "on our access course says ...": a course does not say or get anything
    r"(?<!course\s)(?<!courses\s)(?<!module\s)(?<!class\s)(?<!lesson\s)(?<!training\s)(?:gets|says))\b))"
)
# The same framing for category and intent rules, where the caller's own business is in the
# same sentence: words that are also verbs ("book the car in", "talk to someone", "show me")
# count only as nouns, after a determiner.
_FRAMING: Final = compile_pattern(
    r"\b(?:the (?:one|bit|episode|scene|chapter|part) where|(?:a|the|this|that|our|his|her|their|my|your|school|class|tv|bbc|netflix) (?:\w+ ){0,3}"
    r"(?:play|book|"
    r"(?<!results\s)(?<!result\s)(?<!tests\s)(?<!test\s)(?<!scans\s)(?<!scan\s)(?<!report\s)(?<!records\s)(?<!letter\s)(?<!bloods\s)(?<!it\s)(?<!they\s)(?<!hospital\s)(?<!clinic\s)(?<!lab\s)(?<!doctors\s)show|game|talk|programme|series|story|drama|soap|song|scene|topic|unit|project|campaign)|"
    # a class or course someone is in, from or on is where they are, not a topic: "the woman from my class is blind"
    r"(?<!from\s)(?<!in\s)(?<!on\s)(?<!of\s)(?<!at\s)(?<!to\s)(?:a|the|this|that|our|his|her|their|my|your|school|class|tv|bbc|netflix) "
    r"(?:(?!(?:from|in|on|of|at)\b)\w+ ){0,3}(?:course|training|class)|"
    r"film|movie|novel|documentary|episode|characters?|assembly|lessons?|module|workshop|lecture|"
    r"essay|presentation|dissertation|exhibition|poem|lyrics|script|syllabus|curriculum|"
    r"coursework|guest speaker|author|case study|research|article|podcast|policy|policies|"
    r"procedure|leaflet|poster|awareness|in the war|world war|ww2|wwii|drama (?:gcse|a level|class|"
    r"lesson|club|group|exam|piece))\b"
    r"(?:(?:(?!, (?:i|i'm|i've|i'd|my|we|we're|our|he|she|he's|she's|they|they're)\b)[^.?!]){0,40}?\b(?:about|on|(?<!so\s)called|where|covers?|covering|includes?|including|as an?|"
    r"playing|plays|role|part|deals? with|featuring|set in|in which|explores?|tackles?|is|was|"
    r"gets|has|have|(?:has|have|had) to say|lines?|how to (?:spot|recognise|recognize|treat|help with|deal "
    r"with|respond to|support))\b)"
)
_HYPOTHETICAL: Final = compile_pattern(
    r"\b(?:what (?:happens|do you do|would you do|should (?:i|we) do|do (?:i|we) do) if|"
    r"hypothetically|in theory|for example|say (?:a|an) (?:child|pupil|student|parent)|"
    r"if (?:a|any|one of the) (?:child|pupil|student|parent|member of staff)|"
    r"what's (?:the|your) (?:policy|procedure|process)|how (?:do|would) you (?:handle|deal))\b"
)
_NEGATION: Final = compile_pattern(
    r"\b(?:not|never|no longer|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|"
    r"haven't|ain't|nobody's|no one's|nor)(?: (?:a|an|really|actually|even|ever|at all|"
    r"been|got|have|had|having|being|in|any|the))*\s*$"
)
# Speaking for an organisation (R1): bookings and institutional roles, not personal facts.
_ORGANISATION: Final = compile_pattern(
    r"\b(?:on behalf of|calling from|ringing from|i'm from|we're from|representing|"
    r"(?:book|booking|hire|hiring|reserve|reserving) (?:the |a |our )?(?:\w+ ){0,2}"
    r"(?:hall|room|chapel|pitch|stall|space|venue|court|centre|field|gym|theatre|studio|chamber|"
    r"suite|pavilion|lounge|annexe)|"
    r"(?:our|the) (?:society|committee|branch|congregation|parish|mosque|church|chapel|"
    r"synagogue|temple|gurdwara|association|group|campaign|party|union) (?:\w+ )?"
    r"(?:is|are|would|wants|want|needs|need|would like|'d like)|(?:we|we'd|we'll|we're) (?:need|"
    r"want|like|would like|'d like|looking for|hoping to) (?:to )?(?:\w+ ){0,2}(?:room|hall|"
    r"chapel|pitch|space|venue|meeting (?:room|space|venue)|minutes|facility time|members|theatre|classroom|"
    r"marquee|stand|table|chamber|council chamber)|our members|the "
    r"members|members'? meeting|(?:our|the) branch meeting|for the branch|our agm|the agm|for (?:the|our) (?:agm|ballot)|(?:i'm|i am) (?:the )?(?:\w+ )?(?:rep|representative|steward|"
    r"secretary|chair|officer|organiser|liaison|convenor|agent|candidate) (?:for|at|of) "
    r"(?:the|our) \w+)\b"
)

# A faith or its festival named near a practice ("we're hindu and my mum fasts on mondays").
_FAITH_STATED: Final = compile_pattern(
    r"\b(?:christian|catholic|muslim|moslem|jewish|jew|hindu|sikh|buddhist|jain|orthodox|mormon|"
    r"rastafarian|pagan|quaker|methodist|baptist|anglican|pentecostal|evangelical|adventist|"
    r"islam|islamic|judaism|hinduism|sikhism|buddhism|jainism|christianity|ramadan|lent|"
    r"navratri|ekadashi|yom kippur|eid|diwali|shabbat|sabbath|religious|religion|faith|mosque|"
    r"church|temple|mandir|gurdwara|synagogue|shul|god|allah)s?\b"
)

# Speaking in a professional role (R1): "i'm a yot officer", "i work with the probation service".
_PROFESSIONAL: Final = compile_pattern(
    r"\b(?:(?:i|we) (?:work|works|worked|volunteer|volunteers|am based|'m based)|(?:i'm|i am|we're|"
    r"we are) (?:an? |the )(?:\w+ ){0,3}(?:worker|workers|officer|officers|manager|caseworker|"
    r"case worker|practitioner|volunteer|mentor|coordinator|lead|team|service|panel member)|work experience|"
    r"(?:a )?placement (?:with|at)|volunteering (?:with|at)|(?:i'm|i am|we're|"
    r"we are) (?:with|from|at) (?:the )?(?:\w+ ){0,3}(?:service|team|council|trust|agency|charity|project|"
    r"department|office)|"
    r"(?:calling|ringing|phoning) from|on behalf of)\b"
)

# Whose service it is: "my brother's yot officer", "appointments with the yot", "reporting to
# probation". Bare "probation" (also a new job's trial period) needs a reporting verb.
_LEAD_TAIL = r" (?:(?:the|a|an|his|her|my|their) )?$"
_SERVICE_OWNER: Final = compile_pattern(
    r"\b(?:(?:my|his|her|their|our)(?: (?:\w+ )?{KIN}'s)?|with|(?<!next\s)(?<!close\s)(?<!back\s)to|see|sees|seeing|saw|seen|meet|"
    r"meets|meeting|met|attend|attends|attending|attended|report to|reports to|reporting to|"
    r"sign on at|signs on at|signing on at|known to|referred to|supervised by|involved with|"
    r"working with|visit from|visits from|check in with|checks in with|appointments? with|"
    # "she's on a youth conference plan": an order or plan someone is on is theirs
    r"appointments? at|meetings? with|sessions? with|has|have|had|got|(?:he's|she's|they're|is|are|was|were|been) on)" + _LEAD_TAIL
)
_PROBATION_REPORTING: Final = compile_pattern(
    r"\b(?:report to|reports to|reporting to|sign on at|signs on at|signing on at|known to|"
    r"supervised by|appointments? (?:with|at)|meetings? with|seeing|see)" + _LEAD_TAIL
)

# Someone the fact is about: a pronoun, a relative or a first-person form near the match.
_PERSONAL: Final = compile_pattern(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|our|us|he|he's|him|his|she|she's|her|"
    r"they|they're|their|them|son|daughter|child|kid|mum|dad|husband|wife|partner|brother|"
    r"sister|nan|grandad|grandma|auntie|uncle|friend|colleague|pupil|student|baby|boy|girl|"
    r"toddler|one's|lad|man|woman|lady|chap|neighbour|tenant|client|resident|patient|pupils'?|mr|mrs|ms|miss|twins|"
    r"aunt|auntie|uncle|cousin|niece|nephew|grandparents?|siblings?|"
    r"students'?|kids'?|children's|players'?|residents'?|patients'?|customers'?|members'?)\b|"
    # someone named: "oliver's got dyslexia", "amira's been diagnosed"
    r"\b\w+'s (?:got|been|had|having|just|now|still|recently|fingerprints?|face|iris|palm|thumb|voice)\b|"
    r"\b(?:carers|staff|workers|employees|drivers|volunteers|residents)\b"
)

# Whose reproductive care it is: "my fertility clinic", "mum's at the menopause clinic",
# "an appointment at the fertility clinic". A clinic named only as a place is not health.
_CARE_OWNER: Final = compile_pattern(
    r"\b(?:(?:my|his|her|their|our)(?: \w+'s)?|(?:i'm|i am|she's|he's|we're|they're|\w+'s|\w+ is|"
    r"i've been|we've been|she's been|he's been|i was|she was|we were|i'll be|she'll be|we'll be) "
    r"(?:(?:still|now|currently|back|going|just|been) )*(?:at|to|in|under|with)|(?:appointment|"
    r"appointments|appt|referral|referred|booked in|going|go|went|been|seen|seeing|attending|"
    r"attend|started|starting|having|had|under|waiting list for|waiting for|on the waiting "
    r"list for)(?: (?:at|to|with|for|in|under|my|her|our))?)(?: (?:the|a|an|my|her|our))?\s*$"
)

# Hurting oneself by accident: "fell off his bike and hurt himself playing out".
_ACCIDENT: Final = compile_pattern(
    r"\b(?:fell|fallen|falls|fall|tripped|trip(?= over| on| up| and)|slipped|slip(?= over| on| up| and)|accident|accidentally|by mistake|"
    r"playing|played|football|rugby|netball|hockey|pe|games|training|match|trampoline|"
    r"bike|scooter|skateboard|climbing frame|playground|in the garden|on the stairs|"
    r"sprained|twisted|badly)\b"
)

# About someone who has died: not health data (dev labelling rules).
_DECEASED: Final = compile_pattern(
    r"\b(?:passed away|passed on(?! (?:the|a|an|my|his|her|your|their|that|this|it|to|them|him|me|details|"
    r"messages?|info|information|letters?|forms?))|passed (?:last|this|in|recently|a (?:few|couple)|two|three|before)|"
    r"(?:before|after|since|when|till|until) (?:he|she|they|my \w+) passed\b|"
    r"died|dying of|death|funeral|memorial|late (?:husband|wife|"
    r"mum|dad|mother|father|son|daughter|partner|grandad|nan|gran)|lost (?:my|his|her|our) "
    r"\w+ to|rest in peace|bereave\w*|in memory of)\b"
)

# A relationship claim counts as genetic only when a DNA, paternity or ancestry test produced it.
_TESTED: Final = compile_pattern(
    r"\b(?:dna|paternity|maternity|ancestry|23 ?and ?me|myheritage|genetic|sibling(?:ship)? "
    r"test|home test kit|test kit)\b"
)

# Unlocking one's own phone or laptop with a face or finger is not biometric data (dev rules).
_DEVICE: Final = compile_pattern(
    r"\b(?:unlock|unlocks|unlocking|open|opens|log into|logs into|sign into) (?:my|his|her|the|"
    r"their) (?:phone|laptop|iphone|ipad|tablet|computer|device|mac)|(?:on|for) (?:my|his|her) "
    r"(?:phone|iphone|laptop|ipad|tablet)\b"
)

# Said in jest: "he'll kill me if i tell you about the surprise party".
_JEST: Final = compile_pattern(
    # (not "she wasn't joking", "i don't know if she's joking": doubt about a joke takes it seriously)
    r"\b(?:surprise|surprise party|(?<!not\s)(?<!n.t\s)(?<!if\sshe.s\s)(?<!if\she.s\s)(?<!if\sthey.re\s)(?<!whether\sshe.s\s)"
    r"(?<!whether\she.s\s)joking|(?<!not\s)(?<!n.t\s)(?<!if\sshe.s\s)(?<!if\she.s\s)kidding|only joking|ha ha|haha|lol|for a laugh|"
    # "i'm not in a good way" is the caller's state, not a joke
    r"(?<!not\s)(?<!n.t\s)(?<!not\sreally\s)in a good way)\b"
)

# Something that keeps happening is not "happening now" (R2): "he keeps kicking the door in".
_HABITUAL: Final = compile_pattern(
    r"\b(?:keeps?|kept|always|every (?:night|time|week|day|weekend)|used to|whenever|"
    r"last (?:night|week|month|year|time)|sometimes|often|(?:some|most|many) (?:nights|days|mornings|"
    r"evenings|weekends|times)|of a night|at weekends)\b"
)

# A condition feared or risked is not one had: "i'm scared about alzheimer's".
_WORRY: Final = compile_pattern(
    r"\b(?:scared|worried|afraid|frightened|terrified|anxious|concerned|nervous|paranoid) "
    r"(?:about|of) (?:getting |catching |developing )?$|\b(?:risk of|chance of|might get|could "
    r"get|prevent|preventing|avoid|avoiding|vaccine for|jab for|screening for) (?:\w+ )?$"
)

Guard = Callable[[str, int, int], bool]


# A framing reaches only its own clause. After a break that starts the caller's own clause
# ("the school play's on friday, my stepdad hit me", "the course is on tuesdays but i've got
# crohn's") the words that follow are not about the play or the course.
_OWN_CLAUSE: Final = compile_pattern(
    r"(?:[,;:.?!]|\b(?:but|so|because|cos|coz|cause|though|although|anyway|plus|and also|also|"
    r"only|except)\b)\s*(?:(?:um|umm|er|erm|uh|like|well|oh|and|but|so|anyway|basically|honestly|"
    r"actually|just|see|look|thing is)\b\s*,?\s*)*(?:i|i'm|im|i've|i'd|i'll|me|my|mine|we|we're|"
    r"we've|our|us|he|he's|she|she's|his|her|they|they're|their|him|them)\b"
    r"|(?:(?<=\bis\s)|(?<=\bwas\s))(?:that )?(?:i|i'm|i've|we|we're|we've|my|our)\b"
    r"|\band\s+(?:(?:um|er|erm|like|well|also|now|then)\s+)*(?:i|i'm|im|i've|i'd|my|me|we|we're|"
    r"we've|our|us)\b"
    # a teaching session that made the caller see their own past: "after the session on fgm i realised that's what was done to me"
    r"|\b(?:i|i've|i have) (?:just )?(?:realised|realized|remembered|understood|worked out)\b"
)


def _near(pattern: re.Pattern[str], *, before: int, after: int) -> Guard:
    """A guard that vetoes a match when ``pattern`` occurs within ``before`` characters before
    it or ``after`` characters after it."""

    def guard(text: str, start: int, end: int) -> bool:
        return pattern.search(text, max(0, start - before), end + after) is not None

    return guard


def _frames(pattern: re.Pattern[str], text: str, start: int, end: int, reach: int) -> bool:
    """True when a framing ends within reach before start and no own clause begins between
    the framing and the match (the match itself may open that clause: ", my son's jewish")."""
    last = None
    for found in pattern.finditer(text, max(0, start - reach), end):
        if found.start() >= start:
            break
        last = found
    if last is None:
        return False
    own = _OWN_CLAUSE.search(text, last.end(), end)
    return own is None or own.start() >= start


# The same framing said after the words: "...and eva smith kills herself in it".
_FICTION_AFTER: Final = compile_pattern(
    r" ?(?:in it|in the (?:book|novel|play|film|movie|story|show|series|episode|musical|panto)|at the end$|"
    r"(?:is |are |was |were |gets |get )?(?:portrayed|depicted|represented|shown|written about) in|"
    r"at the end of (?:the|it|that) ?(?:book|novel|play|film|movie|story|episode)?)\b"
)


# A person inside a story: "the girl in it takes her own life", "the man in the play".
_IN_THE_STORY: Final = compile_pattern(
    r"\b(?:girl|boy|man|woman|lady|character|mum|mother|dad|father|kid|teacher|bloke|guy|hero|heroine|"
    r"family|sister|brother) in (?:it|the (?:book|play|film|novel|story|show|episode|poem|musical))\b|"
    # a part in a production: "my daughter's in the bit where he gets shot"
    r"\b(?:in|plays?|playing|doing|does|rehearsing) (?:the|that) (?:bit|scene|part) where\b|\bthe (?:one|book|play|film) where "
    r"(?:the|a) (?:girl|boy|man|woman|character|mum|dad|lad|teacher|inspector|\w+) "
)


def _fiction(text: str, start: int, end: int) -> bool:
    return (
        _frames(_FICTION, text, start, end, 70)
        or _frames(_IN_THE_STORY, text, start, end, 40)
        or _FICTION_AFTER.match(text, end) is not None
        or _frames(_STORY_SUBJECT, text, start, end, 100)
    )


# An actor's part: "she's playing a girl with leukaemia in the school play".
_PLAYING: Final = compile_pattern(
    r"\b(?:playing|plays|played|play|cast as) (?:a|the|an) (?:\w+ )?(?:girl|boy|man|woman|character|part|role|mum|dad|"
    r"patient|nurse|doctor|lady|kid|child|teenager|defendant|witness|judge|lawyer|barrister|suspect|criminal|victim|"
    r"prisoner|police officer|detective)\b"
)


def _framing(text: str, start: int, end: int) -> bool:
    return _frames(_FRAMING, text, start, end, 70) or _frames(_PLAYING, text, start, end, 40)


def _hypothetical(text: str, start: int, end: int) -> bool:
    return _frames(_HYPOTHETICAL, text, start, end, 60)


def _negated(text: str, start: int, end: int) -> bool:
    return _NEGATION.search(text[max(0, start - 30) : start]) is not None


def _organisation(text: str, start: int, end: int) -> bool:
    return _ORGANISATION.search(text) is not None


_accident = _near(_ACCIDENT, before=50, after=40)


# The caller's own fact: whoever died, the caller is alive ("me sugar's all over since mum died").
_OWN_FACT: Final = compile_pattern(
    r"(?:i'm|i am|i've|i have|i had|i was|i get|i got|i've got|i'm on|me|my (?:own )?(?:sugars?|blood|heart|back|chest|"
    r"nerves|eyes|eyesight|hearing|legs|knees|hips|diabetes|condition|health|mental health|memory|sight)) "
)
# A death still to come: "he'd like the banner at his funeral when the time comes".
_DEATH_TO_COME: Final = compile_pattern(
    r"\b(?:when the time comes|(?:plan|planning|planned|arrange|arranging|pre ?paid|prepaying|sort(?:ing)? out) (?:my|his|"
    r"her|our) (?:own )?funeral|(?:my|his|her) funeral plan|when (?:i|he|she) (?:go|goes|die|dies|pass|passes))\b"
)


# A death given as the cause of a living person's fact: "my son's been on antidepressants since his dad died".
_DIED_CAUSE: Final = compile_pattern(
    r"\b(?:ever since|since|after|when|because|cos) (?:his|her|my|their|our|the) (?:\w+ )?\w+ (?:died|passed(?: away)?)\b"
)


def _deceased(text: str, start: int, end: int) -> bool:
    # searched to the end of the text, so a lookahead is not cut short ("passed on the letter")
    found = _DECEASED.search(text, max(0, start - 60))
    if found is None or found.start() >= end + 40:
        return False
    since = _SINCE_DEATH.search(text, max(0, found.start() - 40), found.end() + 10)
    if since is not None and since.start() >= end and since.start() <= found.start() < since.end():
        # a death dates the fact of someone living: "mam's been on antidepressants since dad died"
        return False
    cause = _DIED_CAUSE.search(text, max(0, start - 60))
    if cause is not None and end <= cause.start() and cause.start() <= found.start() < cause.end():
        return False
    if _OWN_FACT.match(text, start) or _OWN_FACT.search(text[max(0, start - 24) : start + 1]):
        return False
    return _DEATH_TO_COME.search(text, max(0, found.start() - 60), found.end() + 60) is None


_SINCE_DEATH: Final = compile_pattern(
    r"\bsince (?:my |our |her |his |their |me |the )?(?:\w+ )?\w+(?:'s)? (?:died|passed|passed away|was killed|death|funeral)\b"
)


def _untested(text: str, start: int, end: int) -> bool:
    return _TESTED.search(text, max(0, start - 120), end + 60) is None


# Other people's biometrics kept on someone's device are still theirs: "the kids' fingerprints
# on his tablet", "a voiceprint of every pupil on the laptop".
_OTHERS: Final = compile_pattern(r"\w+s' |\b(?:of|all|every|each) ")


def _device(text: str, start: int, end: int) -> bool:
    if _OTHERS.search(text, max(0, start - 8), end) is not None:
        return False
    return _DEVICE.search(text, max(0, start - 50), end + 50) is not None


# What refuses is a machine or an organisation, not a person: "the gate still won't let me in",
# "the student union won't let us have a stall", "it keeps saying it won't let me".
_INSTITUTION_SUBJECT: Final = compile_pattern(
    # the institution is the subject, not where someone was: "a fella on the site forced himself on her"
    r"\b(?<!on\sthe\s)(?<!at\sthe\s)(?<!in\sthe\s)(?<!from\sthe\s)"
    r"(?:it|it's|it is|that's|app|portal|system|website|site|page|form|login|account|card|machine|scanner|id|"
    r"face id|touch id|lock|password|pin|"
    r"barrier|gate|gates|door|doors|reader|phone|computer|laptop|printer|till|centre|library|"
    r"gym|building|union|council|school|college|uni|university|nursery|academy|office|bank|"
    r"surgery|practice|pharmacy|hospital|club|committee|board|department|reception|security|"
    r"airline|insurer|insurance|company|firm|landlord's agent|agency|hmrc|dvla|dwp|exam board|"
    r"trust|authority|policy|rules)(?: (?:still|just|even|really|now|always|apparently|"
    r"obviously|definitely|says it|said they|say they|keeps|kept|keep))* $"
)


# Something "done" to a girl is cutting only where the call is about girls, cutting or its customs.
_CUTTING_TALK: Final = compile_pattern(
    r"\b(?:girls?|daughters?|nieces?|granddaughters?|sisters?|cousins?|cut|cutting|fgm|circumcis\w*|ceremony|"
    r"womanhood|pure|tradition|traditional|back home|somalia|sudan|egypt|ethiopia|eritrea|gambia|"
    r"sierra leone|guinea|mali|djibouti|kenya|nigeria|yemen|aunties|grandmother|grandma|her nan|blade|"
    r"initiation)\b"
)


def _no_cutting(text: str, start: int, end: int) -> bool:
    return _CUTTING_TALK.search(text) is None


# Something that was taken, not someone arrested: "my son's bike got nicked".
_STOLEN_THING: Final = compile_pattern(
    r"\b(?:bike|bikes|car|cars|phone|phones|bag|bags|wallet|purse|van|tools?|laptop|handbag|scooter|stuff|parcel|"
    r"package|money|card|cards|keys|bin|bins|trainers|coat|shed|catalytic converter|tyres|wheels|one|ones)(?:'s)?(?: that| which)? $"
)


def _stolen_thing(text: str, start: int, end: int) -> bool:
    return _STOLEN_THING.search(text[max(0, start - 30) : start]) is not None


#: Organisations whose "'s" makes what follows a system's own feature, not a person's template: "the college's
#: voice login". Rules that start after the possessor exclude it with a lookbehind built from this list.
ORG_POSSESSORS: Final = (
    "college", "school", "uni", "university", "bank", "company", "council", "gym", "app", "system", "site", "firm",
    "library", "office", "practice", "surgery", "building", "club", "centre", "trust", "agency", "nursery", "phone",
    "academy",
)
_ORG_POSSESSOR: Final = compile_pattern(r"(?:" + "|".join(ORG_POSSESSORS) + r")'s ")


def _org_possessor(text: str, start: int, end: int) -> bool:
    return _ORG_POSSESSOR.match(text, start) is not None


def _institution(text: str, start: int, end: int) -> bool:
    return _INSTITUTION_SUBJECT.search(text[max(0, start - 60) : start]) is not None


_jest = _near(_JEST, before=60, after=60)


_PAST: Final = compile_pattern(
    r"\b(?:last (?:night|week|month|year|time)|yesterday|(?:days|weeks|months|years) ago|used "
    r"to|when (?:i|he|she|we) was|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:at|over) the weekend|the other (?:day|night)|ended up in|(?:i'm|she's|he's|they're) "
    r"(?:back )?home now|(?:was|were|got|been) discharged|"
    r"years back|in the past|(?:twice|(?:two|three|four|five|several|\d+) times) (?:this|a|last|in "
    r"a) (?:week|month|term|year))\b"
)


def _habitual(text: str, start: int, end: int) -> bool:
    return (
        _HABITUAL.search(text, max(0, start - 40), start) is not None
        or _PAST.search(text, max(0, start - 40), end + 40) is not None
    )


def _worry(text: str, start: int, end: int) -> bool:
    return _WORRY.search(text[max(0, start - 40) : start]) is not None


def _faith_unstated(text: str, start: int, end: int) -> bool:
    return _FAITH_STATED.search(text, max(0, start - 150), end + 60) is None


def _professional(text: str, start: int, end: int) -> bool:
    return _PROFESSIONAL.search(text, max(0, start - 80), end) is not None


def _unowned(text: str, start: int, end: int) -> bool:
    lead = _PROBATION_REPORTING if text.startswith("probation", start) and end - start == 9 else _SERVICE_OWNER
    return lead.search(text, max(0, start - 45), start) is None


def _care_unowned(text: str, start: int, end: int) -> bool:
    return _CARE_OWNER.search(text, max(0, start - 50), start) is None


def _impersonal(text: str, start: int, end: int) -> bool:
    return _PERSONAL.search(text, max(0, start - 100), end + 70) is None


# The justice system named somewhere in the utterance: a curfew is then a court's, not a parent's.
_JUSTICE: Final = compile_pattern(
    r"\b(?:tag|tagged|bail|bailed|licence|probation|parole|court|yot|youth offending|police|"
    r"sentence|prison|offender|order|caution|cautioned|arrest|arrested|charged|convicted|"
    r"conviction|convictions|criminal|dbs|custody|jail|locked up|nicked|drink driving|drink-driving|drug driving|"
    r"done for|speeding|hmp|hmyoi|inside|released|remand|remanded)\b"
)

# A civil court: a custody, divorce, eviction or tribunal hearing is not a criminal matter.
_CIVIL: Final = compile_pattern(
    r"\b(?:family court|custody|divorce|eviction|evicted|possession|tribunal|small claims|child "
    r"arrangements|contact order|non molestation|non-molestation|injunction|bailiffs?|landlord|"
    r"employment|parking|pcn|debt|county court|probate|inquest|coroner|jury service|witness)\b"
)


_civil = _near(_CIVIL, before=120, after=120)


def _not_justice(text: str, start: int, end: int) -> bool:
    return _JUSTICE.search(text, max(0, start - 150), end + 150) is None


# Telling of a person spoken to before, not asking for one: "i spoke to a real person yesterday".
_REPORTED: Final = compile_pattern(
    r"\b(?:spoke|spoken|talked|was talking|was speaking|been speaking|been talking|had) (?:to|with) "
    r"(?:a |an |the |some )?$|\b(?:got|had|reached|get) (?:a |an )?$|"
    # describing someone, not asking for them: "he's a real person not a robot"
    r"\b(?:he's|she's|he is|she is|they're|they are|who's|who is|it was) (?:a |an )?(?:\w+ ){0,2}$"
)
# Asked and waved away at once: "are you a real person or a robot, doesn't matter".
_INDIFFERENT: Final = compile_pattern(
    r"\b(?:doesn't matter|does not matter|don't mind|never mind|not bothered|whatever)\b"
)


def _reported(text: str, start: int, end: int) -> bool:
    return _REPORTED.search(text[max(0, start - 40) : start]) is not None


def _indifferent(text: str, start: int, end: int) -> bool:
    return _INDIFFERENT.search(text, end, end + 40) is not None


# About an animal, not a person: "the litter's dna tests came back clear".
_ANIMAL: Final = compile_pattern(
    r"\b(?:dog|dogs|puppy|puppies|pup|pups|litter|litters|cat|cats|kitten|kittens|horse|horses|"
    r"foal|pony|cattle|herd|cow|cows|sheep|flock|breed|breeds|breeding|breeder|pedigree|spaniels?|"
    r"terriers?|labradors?|retrievers?|collies|poodles?|vet|stud)\b"
    # an animal naming a human thing: "a little boy in our puppy class", "the dog walker"
    r"(?! (?:class|classes|training|walker|walkers|walking|show|groomer|grooming|sitter|sitting|owners?|park|insurance))"
)


_animal = _near(_ANIMAL, before=60, after=30)


# An animal is who has the condition: "my cat's diabetic", "the dog's had a seizure".
_ANIMAL_SUBJECT: Final = compile_pattern(
    r"\b(?:dog|dogs|puppy|pup|cat|cats|kitten|rabbit|rabbits|bunny|hamster|guinea pig|budgie|"
    r"parrot|tortoise|ferret|horse|pony|pet|spaniel|terrier|labrador|lab|collie|poodle|gerbil|"
    r"rat|mouse|snake|lizard|chicken|chickens|goat|sheep|cow|ewe|mare|gelding|foal)"
    r"(?:'s|s| is| has| had| was| needs| needed| got)?(?: (?!(?:and|but|so|i|i've|i'm|me|my|he|"
    r"he's|she|she's|his|her|we|we're|our|they|their|son|daughter|mum|dad|wife|husband)\b)\w+){0,4}"
    r"(?<![,;.]) ?$"
)


# The pet named in the match itself, or "for her" after it: "my dog's on tablets for her arthritis".
_ANIMAL_NOUN = (
    r"(?:dog|dogs|puppy|pup|cat|cats|kitten|rabbit|rabbits|bunny|hamster|guinea pig|budgie|parrot|tortoise|"
    r"ferret|horse|pony|pet|spaniel|terrier|labrador|lab|collie|poodle|gerbil)"
)
_ANIMAL_START: Final = compile_pattern(_ANIMAL_NOUN + r"(?:'s|s)?\b")
_ANIMAL_FOR: Final = compile_pattern(r"\b" + _ANIMAL_NOUN + r"(?:'s|s)? (?:\w+ ){0,5}(?:for|with|of|on) (?:her|his|its) $")


def _animal_subject(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 45) : start]
    return (
        _ANIMAL_SUBJECT.search(window) is not None
        or _ANIMAL_START.match(text, start) is not None
        or _ANIMAL_FOR.search(window) is not None
    )


GUARDS: Final[dict[str, Guard]] = {
    "fiction": _fiction,
    "framing": _framing,
    "hypothetical": _hypothetical,
    "negation": _negated,
    "organisation": _organisation,
    "impersonal": _impersonal,
    "accident": _accident,
    "deceased": _deceased,
    "device": _device,
    "institution": _institution,
    "stolen_thing": _stolen_thing,
    "org_possessor": _org_possessor,
    "no_cutting": _no_cutting,
    "untested": _untested,
    "jest": _jest,
    "habitual": _habitual,
    "animal": _animal,
    "animal_subject": _animal_subject,
    "not_justice": _not_justice,
    "civil": _civil,
    "reported": _reported,
    "indifferent": _indifferent,
    "worry": _worry,
    "faith_unstated": _faith_unstated,
    "professional": _professional,
    "unowned": _unowned,
    "care_unowned": _care_unowned,
}


def framed(text: str) -> bool:
    """True when the utterance, to its end, is framed as fiction, teaching or a hypothetical."""
    end = len(text)
    return any(_frames(pattern, text, end, end, end) for pattern in (_FICTION, _IN_THE_STORY, _HYPOTHETICAL))


# A set text, play or film the call is about: "the book they're doing", "the play she's in".
_STORY_SUBJECT: Final = compile_pattern(
    r"\b(?:we're|they're|he's|she's|we are|they are|i'm) (?:doing|reading|studying) (?:\w+ ){1,5}in (?:english|drama|"
    r"class|lessons?|literature|year \w+)\b|"
    r"\bset text(?:'s| is) |\b(?:the|this|that|a) (?:book|novel|play|film|movie|set text|story|poem|musical|panto) (?:they're|they are|"
    r"we're|we are|she's|he's|you're|the class (?:is|are)|year \w+ (?:is|are)) (?:doing|reading|studying|"
    r"watching|in|putting on|performing)\b"
)


def story_told(text: str) -> bool:
    """True when someone in a story is named anywhere ("the girl in it", "the man in the play"),
    or a book, play or film is the subject of the call ("the book they're doing in year nine")."""
    return _IN_THE_STORY.search(text) is not None or _STORY_SUBJECT.search(text) is not None


def vetoed(guard_names: frozenset[str], text: str, start: int, end: int) -> bool:
    """True when any named guard says this match is not a personal disclosure."""
    return any(GUARDS[name](text, start, end) for name in guard_names)
