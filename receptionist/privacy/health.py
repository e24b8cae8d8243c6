"""Health rules: named conditions, diagnoses, medication, disability, SEN and pregnancy.

The span is the condition itself ("epilepsy", "had a stroke"), so the appointment, the course
and the reason for the call survive redaction. A condition needs a person near it (not a
course, a charity or a policy), is not health when it is about someone who has died, and
not when it is only feared ("scared about alzheimer's"). Injuries yield to a safeguarding
disclosure they belong to (R3).
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.health_terms import (
    AID_SERVICE,
    BODY_PARTS,
    CONDITION_AND_MEDICINE_WORDS,
    NOT_PHYSIO,
    OTC_MEDICINE_WORDS,
    PROCEDURE_WORDS,
    SPECIALISTS,
)
from receptionist.privacy.patterns import rules, word_list

_PERSONAL_GUARDS: Final = ("framing", "hypothetical", "negation", "impersonal")
_HEALTH_GUARDS: Final = (*_PERSONAL_GUARDS, "deceased", "animal_subject")

# "twenty weeks", "12 weeks", "six months": how far along a pregnancy is, masked with it
_GESTATION = (
    r"(?:\d+|a few|a couple of|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)"
    r"(?: (?:one|two|three|four|five|six|seven|eight|nine|and a half))?) (?:weeks?|months?)"
)

# Named conditions and medicines: one prefix tree for the plain words, then the few forms that
# need a pattern (spelling runs, context lookaheads, how far along a pregnancy is).
_CONDITIONS = (
    # "sickle cell trait" is carrier status (genetic); a contract's termination is not care
    r"(?:" + CONDITION_AND_MEDICINE_WORDS + r")" + AID_SERVICE + r"(?! (?:technicians?|clinic staff|staff training|genetics (?:study|research|clinic|service|trial)|research (?:study|"
    r"trial|project|uk)|trait|notice|letter|clause|fee|payment|"
    r"point|of (?:the |my |his |her |our |their )?(?:contract|tenancy|employment|lease|"
    r"agreement|licence)))|"
    r"\basd\b|\basc\b(?! (?:ref|reference|number|no|one|two|three|four|five|six|seven|eight|nine|zero|oh|\d))|a ?d ?h ?d|\badd\b(?= (?:and|so|which)\b)|schizo\w+|self[- ]harm\w*|"
    r"polycystic ovar\w+|\bms\b(?= (?:so|and|which)\b)|(?:my|his|her|their)(?: \w+'s)? ms\b|"
    r"(?:my|his|her|their)(?: \w+'s)? stroke|anaphyla\w+|(?<=got\s|has\s|ave\s)me(?= so\b)|"
    r"(?:" + _GESTATION + r" )?pregnan(?:t|cy)(?: (?:with twins|(?:about |around |nearly |almost |"
    r"over |just over |just under |roughly |coming up to )?" + _GESTATION + r"(?: now| along| gone)?))?|"
    r"miscarri\w+|menopaus\w+|learning (?:disabilit\w+|difficult\w+)|sensory processing \w+|"
    r"(?:his|her|my|their) (?:mental health|medication|meds|condition|diagnosis)|"
    r"(?:poor|slow|rapid|ultra[- ]?rapid|fast) metaboli[sz]er(?: of \w+)?|connexin ?\d+|"
    r"hearing impair\w+|(?:a |an )?operation on (?:his|her|my) \w+|gonorrh\w+"
)

# International non-proprietary name stems (gabapentinoids, benzodiazepines, SSRIs, ACE
# inhibitors, beta blockers, statins, biguanides, PPIs, antibiotics, triptans, sartans, ...).
_DRUG_SUFFIXES = (
    r"(?:gabalin|gabapentin|zepam|zolam|oxetine|xetine|pril|olol|statin|formin|prazole|cillin|"
    r"mycin|cycline|tidine|triptan|sartan|dipine|xaban|parin|phenidate|pramine|triptyline|"
    r"thyroxine|olone|asone|semide|codone|morphine|dronate|fexine|piprazole|peridol|"
    r"quetiapine|tiapine|zapine|lamotrigine|trigine|valproate|iramate|etiracetam|trexate|"
    r"umab|ximab|tinib|azole|floxacin|lukast|setron|profen|fenac|gliflozin|gliptin|glutide|"
    r"tizine|tadine|ridone|ciclovir|azepine|azodone)\b"
)
_ON_MEDICINE = (
    r"(?:on|taking|takes|take|took|prescribed|started(?: on)?|put (?:him |her |me )?on|repeat of|repeat "
    r"prescription (?:of|for)|prescription (?:of|for)|repeat for|refill of|run out of|ran out of|"
    r"course of|doses? of|given|gave (?:him|her|me)|needs?|uses?|using|carries|carry|"
    r"(?:come|came|coming) off|weaning (?:him |her |me )?off|stopped) "
    r"(?:some |a |an |the |his |her |my |their |two |2 |three |a couple of |spare |extra ){0,2}"
)
# Pregnancy scans by kind or by week ("dating scan", "twenty week scan").
_SCAN_WEEK = word_list("""
    six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|
    nineteen|twenty|twenty one|twenty two|twenty three|twenty four|twenty five|twenty six|
    twenty seven|twenty eight|twenty nine|thirty|thirty one|thirty two|thirty three|thirty four|
    thirty five|thirty six|thirty seven|thirty eight|thirty nine|forty
""")
_SCAN_KIND = (
    word_list("dating|anomaly|growth|nuchal|baby|pregnancy|early pregnancy|viability|gender|"
              "reassurance|3d|4d")
    + r"|(?:" + _SCAN_WEEK + r") weeks?"
)
# Someone is admitted, kept in, or home from hospital: a health fact, with how long.
_HOSPITAL_STAY = (
    r"(?:(?:was|were|been|is|'s|are|'re|am|'m|ended up|end up|stay(?:ed|ing|s)?|spent (?:\w+ ){1,3}|"
    r"kept|still|currently|now|be|being) (?:still |currently |now |back |just )?in hospital|"
    r"(?:admitted|readmitted|rushed|taken|blue lighted|sent) (?:\w+ )?(?:to |into )(?:the )?"
    r"(?:hospital|a ?& ?e|intensive care|icu)|(?:discharged|released|home|back) from (?:the )?hospital|"
    r"(?<!people\s)(?<!patients\s)(?<!residents\s)(?<!folk\s)(?<!anyone\s)(?<!those\s)(?:came|come|got|gets|coming|comes) out of "
    r"hospital|in (?:intensive care|icu|high dependency|"
    r"the icu|a psychiatric unit|a mental health unit))"
    r"(?: for (?:about |nearly |over |almost |just over )?(?:\w+ ){0,2}(?:weeks?|days?|months?|nights?))?"
)

# Fertility and reproductive care of the caller or a named person: "my appointment at the
# fertility clinic", "mum's at the menopause clinic", "egg collection", "embryo transfer".
_REPRO_SERVICE = (
    r"(?:fertility|ivf|menopause|assisted conception|reproductive medicine|early pregnancy|"
    r"recurrent miscarriage|gynae|gynaecology|colposcopy|termination|abortion|pregnancy advisory|"
    r"maternity|antenatal|ante natal|perinatal mental health) (?:clinic|unit|centre|appointment|"
    r"appointments|treatment|consultant|nurse|team|scan|referral|specialist)"
)
# The condition after "since the", "after the": "since the stroke", "after the heart attack".
_SINCE_EVENT = word_list("""
    stroke|strokes|mini stroke|heart attack|cardiac arrest|operation|op|surgery|seizure|seizures|
    fit|breakdown|nervous breakdown|diagnosis|bleed|brain bleed|brain injury|head injury|
    aneurysm|transplant|amputation|chemo|chemotherapy|radiotherapy|miscarriage|stillbirth|
    termination|c section|caesarean|hysterectomy|mastectomy|overdose|covid|long covid|
    meningitis|sepsis|pulmonary embolism|blood clot|clot|tia|hip replacement|knee replacement|
    spinal injury|brain tumour|cancer|treatment|transfusion|bypass|triple bypass|amputations
""")

HEALTH: Final = (
    rules("category", "health", 0.9, (
        r"(?:diagnosed with|suffers? (?:from|with)|suffering (?:from|with)|living with|"
        r"treatment for|being treated for|recovering from|off with|signed off with|"
        r"got|has|have|had|with) (?:a |an |the )?(?:bad |severe |mild |suspected )?(?:"
        + _CONDITIONS + r")",
        r"(?:diagnosed with|been diagnosed|diagnosis of|suffers? from|"
        r"being treated for|treatment for|signed off with|off sick with) "
        r"(?:\w+ ){0,2}\w+",
        # "i'm on the methadone programme"
        r"(?:on|in|joined|started) the (?:methadone|subutex|buprenorphine|espranor) (?:programme|program|script|clinic)",
        # everyday and euphemistic words for a condition, a treatment or a body part, one phrase each
        r"(?:got|has|have|with|had) downs\b",
        r"(?:he|she|i|they) uses? a wheelchair\b",
        r"this abscess\b",
        r"(?:my|her|me) periods? (?:are|is|'s|have been|has been) (?:all over the place|irregular|"
        r"really heavy|heavy|painful|stopped|late|agony)\b",
        r"(?:our|my|her|his|the) (?:next |last |first |second |third |final )?(?:round|cycle|go) of "
        r"(?:ivf|icsi|iui|treatment|chemo|fertility treatment)\b",
        r"(?:his|my|the) sperm count\b",
        r"(?:any |the |our )?embryos? (?:that are |that's )?(?:left over|frozen|in storage|we've got)\b",
        r"(?:the )?change (?:came|come|started|hit me) early\b",
        r"(?:keep|kept|keeps) losing (?:them|the babies|babies|pregnancies|the baby)\b",
        r"(?:carry|carrying) (?:the baby )?for us\b",
        r"(?:ovulation|ovulating) (?:sticks|tests|kits)\b",
        r"(?:i'm|i am|he's|she's) clean (?:now,? )?(?:\w+ ){1,2}(?:years?|months?)\b",
        r"depo (?:jab|injection|shot)\b",
        r"(?:warts|herpes|thrush|a rash|an infection|itching|discharge|sores?|a lump) (?:\w+ ){0,3}down "
        r"below\b",
        r"(?:i'm|he's|she's|i am|he is|she is|\w+'s) (?:registered |severely |quite |very )?disabled\b(?! "
        r"(?:parking|toilet|access|badge|bay|facilities|loo|space|entrance|ramp))",
        # "i'm a carer for a disabled student", "a blind lady in my building"
        r"(?:a|an|my|his|her|our|their|this|the) (?:young |older |elderly |old )?(?:disabled|blind|deaf|autistic|paralysed) "
        r"(?:student|man|woman|lady|lad|girl|boy|son|daughter|adult|person|child|brother|sister|tenant|resident|learner|pupil|"
        r"gentleman|neighbour|client|friend|cousin|uncle|aunt|auntie|mum|dad)\b",
        # injuries of one's own: "i tore my acl skiing", "that's how i did my back", "she keeps dislocating"
        r"(?:tore|torn|ruptured|snapped|strained|pulled|sprained|twisted|damaged) (?:my|his|her|their) (?:acl|mcl|pcl|"
        r"hamstring|achilles|ligaments?|cartilage|meniscus|rotator cuff|calf|groin|quad|tendon)\b|(?:that's how |when )?(?:i|he|she) "
        r"(?:did|done|hurt|put out) (?:my|his|her) (?:back|neck|knee|shoulder|ankle|hamstring)(?: in)?\b|(?:keeps?|kept) "
        r"dislocating\b|(?:shoulder|knee|hip|kneecap|knee cap|jaw|elbow)(?:'s| keeps| kept)? (?:keeps |kept )?(?:popping|pops|"
        r"popped|slipping|slips) out\b",
        r"(?:is |'s |are |he's |she's |i'm )?missing (?:\w+ )?(?:adult |permanent |front |baby |back )?teeth\b",
        r"(?:lady|man|woman|gentleman|girl|boy|lad|person|chap|fella|kid|child|one|bloke|guy) in (?:the|a) wheelchair\b",
        # "i'm a bit wobbly on stairs"
        r"(?:i'm|he's|she's|i am|i get|he gets|she gets) (?:a bit |really |very |quite )?(?:wobbly|unsteady|shaky) on (?:my |his |"
        r"her )?(?:feet|stairs|the stairs|legs)\b",
        r"(?:a bit|gone|going|bit|proper) doolally\b",
        r"the memory(?:'s| is) (?:going|gone|failing|shot)\b",
        r"(?:on|put (?:her|him|me|them) on) (?:them|the|those|these) water (?:tablets|pills)\b",
        r"no control down there",
        r"(?:got|have|has|had) (?:a |an )?(?:rash|lump|sore|sores|infection|discharge|itch|swelling|"
        r"growth) (?:on|in|down|under|around) (?:my|me|his|her)\b",
        r"(?:my|his|her|their|\w+'s) (?:blood pressure|bp|cholesterol|thyroid|diabetes|sugar|epilepsy|"
        r"asthma) (?:needs?|tablets?|medication|meds|pills|inhaler|injections?)\b",
        r"(?:lost|losing) (?:two |three |a |his |her |my |\w+ )?(?:fingers?|toes?|thumb|hand|leg|arm|"
        r"eye|foot)\b(?! (?:on the|in the) (?:bus|train|shop|post))",
        r"(?:his|her|my|their) buccal\b",
        r"buccal midazolam",
        r"(?:my|me|her) waters (?:could go|have gone|went|broke|have broken|might go|are going|'ve "
        r"gone|'ve broken)\b",
        r"(?:a bit |bit |proper |totally |gone )?mutton (?:in (?:my|me|his|her) (?:left |right |good "
        r"|bad )?ear|jeff)\b",
        r"mutt and jeff",
        r"deaf as a post",
        r"(?:come|came|coming|just|been) off (?:a|my|his|her|the) section\b",
        r"(?:on|under) a section\b",
        r"(?:having|had|booked in for|waiting for|getting) (?:the|my|his|her|our) (?:ops|op|operations?|"
        r"surgery|surgeries)\b",
        r"(?:on|having|has|gets?|getting) (?:the|a|an|his|her|my) (?:depot |monthly |fortnightly |"
        r"weekly )?injection (?:every|each|once a) (?:week|fortnight|month|\w+ weeks)",
        r"(?:my|me|his|her|their) (?:prostate|womb|ovaries|cervix|bowels?|thyroid)\b(?! (?:cancer "
        r"awareness|charity|walk|run))",
        r"(?:for|with|about) (?:my|me|his|her) nerves\b",
        r"(?:my|me|his|her|their|\w+'s) (?:wrist|ankle|knee|hand|arm|leg|foot|face|eye|finger|thumb|"
        r"elbow|shoulder)(?:'s| has| is)? (?:come up|swollen|swelled up|blown up|gone black|gone purple|"
        r"ballooned)\b",
        r"(?:contraceptive|the) (?:implant|coil|injection)(?= (?:in|out|removed|fitted|taken|changed|"
        r"replaced|put))",
        r"(?:her|my|his|their) contraceptive (?:implant|injection|pill|coil|patch)|(?:had|having|have|got|get|getting) (?:my|her|a|the) "
        r"(?:coil|implant|contraceptive implant) (?:fitted|put in|removed|out|changed|taken out)",
        # "i've got ME and i can only manage two hours" (the word, lower-cased, is also "me")
        r"(?:got|have|has|with) (?:me/cfs|me cfs|cfs|me)(?= (?:and|so) (?:i|he|she) (?:can only|can't|cannot|struggle|get|only|"
        r"need))",
        r"(?:i'm|i am|he's|she's|he is|she is) (?:a )?type (?:one|two|1|2)(?: diabetic)?\b",
        r"(?:been|is|he's|she's|i'm|i am) on (?:the |his |her |my )?(?:new )?(?:hrt |nicotine |pain "
        r"|morphine |fentanyl )?patch(?:es)?\b(?! (?:work|up|of|repair|test))",
        r"(?:got|has|have|with|had) the sugar\b(?! (?:bowl|free|tax|paper|cubes?|levels?|for|in))",
        r"(?:got|has|have|with|had|his|her|my|me|their) (?:a )?(?:dodgy|bad|weak|duff|gammy|iffy|wonky|"
        r"funny) (?:ticker|heart|chest|knee|knees|hip|hips|back|leg|lungs|eye|ear)\b",
        # "in the family way", "she's expecting in june"
        r"in the family way|(?:got|has|had|with|having) (?:a |another )?bun in the oven|(?:i'm|i am|"
        r"she's|she is|we're|we are|my \w+'s|my \w+ is|the (?:wife|missus|missis|girlfriend|partner|"
        r"daughter)'s|are|'re) expecting (?:a baby|twins|again|our (?:first|second|third)|my (?:first|"
        r"second|third)|her (?:first|second|third)|in (?:january|february|march|april|may|june|july|"
        r"august|september|october|november|december|the (?:spring|summer|autumn|winter)))\b",
        # "going in for the snip", "off on maternity", "we're trying for a baby", "not right in the head"
        r"(?:going in for|having|had|booked in for|booked for|getting) (?:the|a) snip\b|(?:off|going off|be off|starting|"
        r"start|on) (?:on )?(?:maternity|paternity)(?: leave)?\b|(?:we're|we are|we've been|we have been|i'm|i am|"
        r"she's|they're|they are|been) trying for (?:a baby|another baby|a family|a little one)|(?:i'm|i am|he's|"
        r"she's|he is|she is|been|he|she|i) (?:not|never|hasn't|haven't|has not|have not) (?:been )?right in the head|trouble with (?:my|his|her|their) nerves",
        # everyday words for a condition: "me nerves are shot", "off sick with her nerves", "a waterworks
        # problem", "cos of the drinking", "her blood pressure's up"
        r"(?:my|me|his|her|their|\w+'s) nerves (?:are|is|'re|have been|were) (?:shot|bad|terrible|in bits|shredded|"
        r"all over the place)|(?:off|signed off|on the sick|off sick|suffering|struggling|bad) with (?:my|me|his|her|"
        r"their) nerves|(?:the|my|his|her|a) (?:happy|anxiety|sleeping|water|nerve) pills|(?:a|my|his|her) "
        r"(?:\w+ )?waterworks (?:problem|issue|trouble|infection)|(?:my|his|her|their|\w+'s) (?:drinking|boozing) (?:is|"
        r"has|'s|got|problem|again)|(?:cos|because|'cause|cause|due to) of (?:the|my|his|her|their) (?:drinking|boozing)|"
        r"(?:my|me|his|her|their|\w+'s) (?:blood pressure|bp|cholesterol|blood sugars?|sugar levels?|sugars?)(?:'s| is| was| has)? "
        r"(?:(?:gone|been|through|really|very|too|sky|right|proper|dead|that|so|well) )*(?:high|up|low|through the roof|sky high|all over the place|all over|"
        r"off the scale|bad)\b|(?:do|doing|on|attend|attending|start|starting|started|finish|finished|in|into|referred to|"
        r"join|joined|go to|going to|goes to) (?:the|a|an|my|his|her) (?:alcohol|drug|drugs|addiction|detox|rehab) "
        r"(?:treatment|recovery|rehab|detox) "
        r"(?:programme|program|course|group|service|clinic|sessions?)|(?:checking|check|checked|test|tested|testing) "
        r"(?:my|his|her|their) (?:liver|kidney|thyroid) (?:function|levels?|bloods?)",
        # medicines named by their class suffix, so unlisted drug names are still caught
        _ON_MEDICINE + r"(?!april\b)\w+" + _DRUG_SUFFIXES,
        # STT splits unfamiliar drug names ("meth a trexate"): short pieces before the stem
        _ON_MEDICINE + r"[a-z]{3,5} (?:[a-z]{1,5} )?(?!april\b)[a-z]*" + _DRUG_SUFFIXES,
        # over-the-counter and everyday medicine words count only when someone is on them
        _ON_MEDICINE + r"(?:" + OTC_MEDICINE_WORDS + r")",
        r"(?:can't|cannot|can not|couldn't|struggles? to|struggling to) (?:manage|do|climb|get up|get down) (?:the )?"
        r"stairs|(?:lost|losing) (?:the|my|our|her|a) baby|(?:depot|depo) injection|depo provera|(?:waiting list for|"
        r"waiting for|needs?|needing|having|had|getting|got) (?:a )?new (?:hip|knee|heart valve|kidney|liver|lens|"
        r"cornea|shoulder)|(?:his|her|my|their|\w+'s) blood thinners?|\binr\b(?: (?:clinic|check|checked|test|levels?|"
        r"reading))?|(?:the )?(?:\w+ )?(?:milligram|mg|microgram|mcg)s?(?: one| dose| tablets?)?\b(?= (?:one|dose|"
        r"tablet|tablets|of)\b|,|\.|$)",
        # (not "hit me with his walking stick")
        r"(?:on|using|uses|use|need|needs|(?<!me\s)(?<!him\s)(?<!her\s)(?<!them\s)(?<!us\s)with) (?:a |an |my |his |her )?"
        r"(?:zimmer(?: frame)?|walking frame|walker|"
        r"mobility scooter|crutches|walking stick)|(?:was|been|got|being|were) sectioned|under section (?:two|three|"
        r"\d+)|detained under the mental health act",
        r"had (?:my|his|her) (?:\w+ )?(?:leg|arm|foot|hand|toes?|fingers?) (?:off|amputated|removed)|amputee|(?:above|"
        r"below) (?:the )?(?:knee|elbow) amputation|(?:have|had|having|has|get|gets|getting) (?:a )?hypos?\b|(?:off|signed "
        r"off|been off) (?:work |sick )?(?:with|for|due to|because of) (?:stress|anxiety|my nerves|burnout|burn out)",
        r"(?:iron|b12|b twelve|vitamin b12|vitamin b twelve|hormone|fertility|steroid|cortisone|testosterone|progesterone) (?:injections?|jabs?|"
        r"pessaries|patches|implants?)|pessar(?:y|ies)",
        r"(?:letter|letters|results?|appointment|texts?|call|phone call) from (?:the )?(?:sexual health|gum|"
        r"fertility|memory|diabetes|mental health|eating disorder|drug and alcohol|addiction|hiv) (?:clinic|service|"
        r"team|nurse)",
        r"(?:had|having|has|have|suffered|suffering|on the verge of|close to) (?:a |another )?(?:bit of a |sort of "
        r"a )?breakdown\b",
        # "me chest is bad again", "his back's playing up", "her knees are giving her gyp"
        r"(?:my|me|his|her|their|\w+'s) (?:chest|back|knees?|hips?|heart|ticker|lungs|stomach|guts|bowels|bladder|"
        r"waterworks|joints|eyes|hearing|memory|legs|feet)(?: is| are|'s|'re| has been| have been| was| were| been| keeps?) "
        r"(?:really |very |pretty |that |so |getting |gone )?(?:bad|worse|playing (?:me |him |her )?up|acting up|giving "
        r"(?:me|him|her|them) (?:gyp|jip|grief|hell)|packing up|failing|shot|knackered)\b|(?:my|me|his|her|their|\w+'s) "
        r"(?:eyes|hearing|memory|legs|knees|hips)(?: is| are|'s|'re) (?:really |starting |slowly )?going(?=$|[,.]| now| a bit| "
        r"again| and| so| but)",
        # "i've got the runs", "been clean six months", "he's been sober two years"
        r"(?:got|had|has|have|with) (?:the )?(?:runs|trots|squits|shits)\b|(?<!\w)(?:i've|i have|he's|she's|he has|she has|"
        r"they've|i'm|he is|she is) (?:been )?(?:clean|sober|dry|off the drink|off the drugs|off the gear|off the "
        r"booze) (?:for |now |nearly |almost |over |just over )*(?:\w+ ){1,2}(?:days|weeks|months|years)\b|clean and "
        r"sober|in recovery (?:from|for) (?:\w+ ){0,2}\w+",
        # "i'm eleven weeks gone", "she's six months gone"
        r"(?:i'm|she's|we're|i am|she is|my \w+'s|my \w+ is|our \w+'s|our \w+ is|the (?:wife|missus|girlfriend|partner)'s) "
        r"(?:about |nearly |only |just |already )?" + _GESTATION + r" gone\b",
        r"(?:on|having|has|have|started|start|needs?) (?:a |an |the |his |her )?(?:peg|ng|nasogastric|feeding) "
        r"(?:feed|feeds|tube)|(?:peg|tube|ng) fed\b|(?:the|my|his|her) (?:wound|scar|stitches|incision)"
        r"(?:'s| is| are| has been| keeps| started)? (?:still |a bit |really )?(?:weeping|infected|oozing|bleeding|opened up|not healing)",
        r"(?:kidney|liver|heart|lung|bone marrow|stem cell|corneal?|pancreas) transplant|(?:the|her|his|my) "
        r"transplant (?:was|is|went|has been|is booked|is scheduled)",
        r"(?:the|his|her|my|their|a|an) (?:neurology|cardiology|oncology|psychiatry|psychiatric|rheumatology|"
        r"gastro|gastroenterology|urology|gynae|gynaecology|dermatology|endocrinology|haematology|"
        r"nephrology|hepatology|orthopaedic|ent|camhs|memory clinic|fertility|ivf|pain clinic|"
        r"neuro|respiratory|cardiac|stroke|diabetes|epilepsy|renal) (?:referral|consultant|"
        r"appointment|follow up|review|assessment)",
        r"(?:check|checks|checking|test|tests|testing|do|does|doing|take|takes) (?:his|her|my|their) (?:blood )?"
        r"(?:sugars?|bloods|blood sugars?|levels|ketones|insulin|injections?)\b|(?:check|checks|checking|test|tests|"
        r"testing|prick|pricks|pricking) (?:his|her|my|their) (?:blood|finger)\b",
        r"(?:the|his|her|my|their) (?:new )?(?:meds|medication|tablets|medicine|injections) (?:make|makes|made|are "
        r"making|is making|give|gives|gave|leave|leaves) (?:him|her|me|them)\b(?: (?:really |so |a bit |dead |well )?(?:groggy|"
        r"drowsy|sleepy|sick|dizzy|tired|sluggish|foggy|spaced out|shaky|hungry|moody|angry|flat))?",
        r"(?:for|need|needs|needing|having|booked in for|recovering from) surgery\b",
        # an anxiety disorder named by its object or plainly: "i've got a proper phobia of needles"
        r"(?:i've|i have|he's|she's|he has|she has|they've|i) (?:got |have |had )?(?:a |an )?(?:proper |real |bad |severe |really bad |"
        r"massive |serious |terrible |diagnosed )?(?:\w+ )?phobia\b",
        r"(?:asked|asking|ask|talk|talked|talking) (?:\w+ ){0,4}about (?:the|going on the|getting the) (?:pill|mini "
        r"pill|morning after pill|coil|implant|contraceptive injection)|(?:i'm|he's|she's|they're|we're|i am|"
        r"been|is|are|that i'm|that he's|that she's) on prep\b",
        r"(?:my|his|her|their) (?:blood )?sugars? (?:have been|has been|are|is|'s|were|was|keep|keeps|"
        r"going) (?:\w+ )?(?:all over the place|high|low|up and down|through the roof|dropping|spiking|"
        r"crashing|out of control|really high|really low)",
        r"(?:put|had|having|fitted|needs?|got) (?:in )?(?:a |an |two |three |\w+ )?stents?(?: in| fitted)?|"
        r"(?:having|had|has|have|getting|get|needs?) (?:his|her|my|their|the) (?:" + BODY_PARTS + r"|grommets|"
        r"tonsils|adenoids|wisdom teeth|appendix|gallbladder|cataracts?|bunions?|varicose veins|hernia|"
        r"teeth) (?:done|out|removed|taken out|operated on|sorted|fixed)\b|(?:had|having|has|have|getting|get|got|needs?) "
        r"(?:his |her |my |their )?(?:grommets|a stent|a pacemaker|a shunt) (?:put in|fitted|in)\b|"
        # a disability aid someone uses: "he takes my walking frame away", "his wheelchair's been broken a week"
        r"(?:my|his|her|their|mum's|mam's|dad's|nan's|gran's|grandad's) (?:electric |new |old |powered )?(?:wheelchair|walking frame|"
        r"zimmer(?: frame)?|rollator|mobility scooter|walking stick|crutches|stairlift|commode|power chair|powerchair|eye gaze)\b|"
        # drug and alcohol use and recovery: "my cocaine use", "back on the heroin", "i've been dry since march",
        # "i'm on a script", "a medically assisted detox", "his recovery meetings", "she's on your alcohol programme"
        r"(?:my|his|her|their|mum's|mam's|dad's) (?:heroin|cocaine|crack|coke|ketamine|spice|cannabis|weed|meth|drug|drugs|alcohol|"
        r"drink|gambling) (?:use|habit|problem|addiction|dependency|dependence|misuse|relapse|issues?)\b|(?:my|his|her|their) "
        r"(?:heroin|cocaine|crack|methadone|subutex|buvidal|espranor)\b|back on (?:the )?(?:heroin|gear|drink|booze|crack|brown|smack|"
        r"coke|spice|drugs|bottle|methadone)\b|(?:i've|i have|he's|he has|she's|she has|they've|i'd|he'd|she'd) been (?:dry|sober|clean) "
        r"(?:since|for)\b|(?:on|off) (?:a|his|her|my) (?:methadone |subutex |buvidal )?script\b|(?:alcohol|drug|medically assisted|"
        r"inpatient|home|community) detox\b|(?:my|his|her|their) (?:recovery|aa|na) (?:meetings?|group|programme|worker)\b|(?:on|in) "
        r"(?:your|the|an?) (?:alcohol|drug|drugs|detox|recovery) (?:programme|program|service|treatment)\b|(?:i've|i have|she's|he's|"
        r"they've|i'm|she is|he is) (?:been )?drinking (?:that much|so much|too much|heavily|every day|all day|(?:\w+ ){1,4}(?:a|every|"
        r"each) (?:day|night))|(?:got|get|gets|has|have) the shakes\b|"
        r"(?:'s|is|was|been|are|'re|i'm|back) on the (?:heroin|gear|crack|smack|brown|drink|booze|spice|methadone|coke|ket)\b|seeing "
        r"(?:people|things|children|kids|animals|faces)(?: \w+){0,4} that (?:aren't|are not|isn't|weren't|wasn't) there\b|"
        r"(?:my|his|her|their) supervised (?:doses|dose|consumption|methadone)\b|(?:cannabis|alcohol|opioid|opiate|drug|heroin|cocaine|"
        r"benzo|gambling) (?:dependent|dependence|dependency|addiction|addict|use disorder)\b|(?:he's|she's|i'm|they're|he is|she is|i am|"
        r"been) using again\b|(?:want to|trying to|need to|going to|wanna) (?:stop|cut down|quit|give up) (?:drinking|the drink|the "
        r"booze|using|drugs|the drugs|gambling)\b|(?:my|his|her|their) (?:psa|ca125|ca 125|hba1c|inr|ferritin|b12|iron|thyroid|tsh|"
        r"platelets|white cell count|kidney function|egfr)(?: levels?| result| test)? (?:came back|was|is|has come back|were|are) (?:a bit |"
        r"really |quite |very |slightly )?(?:high|low|raised|up|down|abnormal|off)\b|(?:for|before|at|after|in) (?:the|my|his|her) mri\b|"
        r"(?:chipped|cracked|broke|broken|knocked out|lost) (?:my|his|her|their) (?:front |back )?(?:tooth|teeth)\b|(?:pick up|picking "
        r"up|picked up) a drink\b|g and tina|(?:is|she's|she is) (?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twenty(?: \w+)?|thirty(?: \w+)?|forty|[1-4]\d) weeks(?: pregnant| gone| along)?(?= and| with| now| so|,|\.|$)|(?:there's|there is) "
        r"(?:" + CONDITION_AND_MEDICINE_WORDS + r") in the family\b|"
        r"(?:cut|sliced|burnt|burned|broke|sprained|trapped|jammed|twisted|fractured) (?:his|her|my|their) (?:thumb|finger|hand|arm|leg|wrist|ankle|"
        r"foot|toe|knee|head)\b|"
        r"(?:i'm|she's|i am|she is|been) on (?:contraception|birth control)\b|(?:my|his|her|their) prep\b(?! (?:work|time|room|school|list|notes|"
        r"day|kitchen|cook))|(?:the|my|her|his|oral|vaginal) thrush (?:has|is|'s|keeps|came|come|again)\b|(?:got|have|has|had|getting) "
        r"(?:oral |vaginal )?thrush\b|(?:an? |his |her |my )?infected (?:piercing|cut|wound|toe|toenail|finger|tooth|ear|eye|bite|tattoo|graze|"
        r"scratch)\b|(?:his|her|my|their) pip\b(?: money| payments?| award| assessment| claim)?|since (?:his|her|my|their) (?:stroke|heart attack|"
        r"operation|op|diagnosis|surgery|chemo|transplant|amputation|breakdown)\b|(?:due to|about to|going to) give birth\b|(?:gave|giving) "
        r"birth\b|(?:i'm|i am|she's|she is|we're) expecting(?= (?:he|she|they|and|but|so)\b|,|\.|$)|"
        # symptoms and care said plainly: "passing blood in my water", "going through the change", "liver tests came back bad"
        r"passing blood\b|blood in (?:my|his|her|the) (?:water|urine|wee|poo|stools?)\b|(?:going|gone|went|go) through the (?:change|"
        r"menopause)\b|(?:liver|kidney|thyroid|blood|heart) (?:function )?tests? (?:came back|were|was|are|is) (?:bad|abnormal|high|low|"
        r"raised|not good|worse|off)\b|(?:my|his|her|their) (?:piles|haemorrhoids|hemorrhoids|corns|bunions|verruca|verrucas|warts)\b|"
        r"(?:i'm|i am|she's|she is|we're|we are) expecting (?:a (?:girl|boy|baby)|twins|another (?:one|baby))\b|"
        # "he's got a burn on that thumb", "i've had my finger stitched"
        r"(?:got|has|have|had) (?:a |an )?(?:bad |nasty |little |big |deep )?(?:burn|cut|gash|graze|blister|sprain|bruise|fracture) on "
        r"(?:his|her|my|their|that|this) (?:thumb|finger|hand|arm|leg|wrist|ankle|foot|face|knee|head|back)\b|(?:had|got|have|has) "
        r"(?:my|his|her|their) (?:thumb|finger|hand|arm|leg|head|chin|lip|face|knee|foot|eyebrow|wrist) (?:stitched|glued|stapled|"
        r"splinted|strapped|bandaged|x-?rayed|put in (?:a )?(?:cast|plaster|splint))\b|(?:got|has|have|with|diagnosed with|"
        r"suffers? (?:from|with)) pots\b|(?:i'm|i am) (?:(?:twenty|thirty|forty) )?(?:one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|\d{1,2}) "
        r"weeks(?: pregnant| gone| along)?(?= and|,|\.|$| now| today| so| with)|"
        r"(?:do|does|stock|sell|prescribe|give out|offer|need|want|get) prep\b",
        # sexual and reproductive health: "i've been getting prep from the leeds clinic", "booked for a smear", "come on my
        # period", "i'm on the injection", "i'm having a baby girl", "we used a donor at a clinic"
        r"(?:getting|get|got|gets|collecting|collect) (?:my |the |his |her )?prep\b(?! (?:for gps|training|webinar|course|session))|"
        r"(?:booked (?:in )?for|having|had|due|due for|overdue for|need|needs) (?:a |my |her |the )?smear(?: test)?\b|(?:come|came|started|"
        r"starting|'ve come|have come) on (?:my|her) period|(?:i'm|i am|she's|she is) on (?:my|her) period|(?:i'm|i am|she's|she is|"
        r"i've been|she's been) on the (?:injection|depo|patch|mini pill|implant)\b|(?:i'm|i am|she's|she is|we're|we are) having a "
        r"baby(?: girl| boy)?\b(?! (?:shower|naming|party|photo))|(?:we |i |they )?used a (?:sperm |egg )?donor\b|"
        r"(?:his|her|my|their) tube feeds?\b(?: regime)?|(?:a |the )?psychiatric (?:admission|ward|unit|hospital|inpatient)|"
        r"(?:on|in) the adolescent (?:unit|ward)|(?:has|have|got) no speech\b|"
        # "he was born at twenty eight weeks", "she was in neonatal", "he broke his collarbone"
        r"born (?:at |about |only )?(?:\w+ ){1,2}weeks(?: early)?\b|born (?:prem|premature|early|prematurely)\b|(?:in|on) (?:the )?"
        r"(?:neonatal(?: unit| ward)?|nicu|special care(?: baby unit)?|scbu)\b|"
        # "he's started wetting the bed"; "my son's bowel condition"; "a broken femur"; "we're trying for a baby"
        r"(?:wetting|wets|wet) the bed\b|bed ?wetting|(?:his|her|my|their|\w+'s) (?:bowel|bladder|skin|heart|kidney|liver|lung|eye|"
        r"thyroid|stomach|blood|bone|joint|spine|back|neck|nerve) (?:condition|problems?|issues?|disease|disorder)\b|"
        r"(?:trying|try|tried|start trying) for a baby\b|"
        # "nana's catheter bag keeps leaking"
        r"(?:\w+'s|his|her|my|their) (?:catheter|stoma|colostomy|ileostomy|urostomy)(?: bag)?\b|"
        # "he's palliative now"; "came up in hives"
        r"(?:he's|she's|he is|she is|i'm|i am|dad's|mum's) (?:now )?(?:palliative|end of life|on end of life care|terminally ill|"
        r"terminal)\b|(?:came|come|comes|coming) up in (?:hives|a rash|welts|blisters|lumps)\b",
        r"(?:get|go|going|gone|started|start|starting|been) on prep\b|(?:hiv )?prep (?:for hiv|"
        r"prescription|tablets|pills)|\bhiv prep",
        # operations, procedures, therapy and mobility aids someone is having or using
        r"(?:having|had|has|have|needs?|need|waiting for|waiting list for|booked in for|going in "
        r"for|recovering from|after|since|on|in|using|uses|use|wears?|wearing|got|fitted with|"
        r"referred for|getting|started|in for) (?:a |an |the |his |her |my |some )?(?:\w+'s )?"
        + NOT_PHYSIO + r"(?:" + PROCEDURE_WORDS + r")" + AID_SERVICE + r"(?! (?:clinic|department|team|room|gym|unit|centre|reception|desk|office))",
        # "the x ray on my ankle", "a scan on his knee"
        r"(?:x ray|x-ray|xray|scan|mri|ct scan|ultrasound|operation|op|surgery|injection|cast|stitches) on (?:my|his|her|their) "
        r"(?:left |right )?(?:" + BODY_PARTS + r")\b",
        r"(?:" + BODY_PARTS + r") (?:(?:" + BODY_PARTS + r") )?(?:reconstruction|"
        r"replacement|transplant|removal|repair|surgery|operation|op|biopsy|bypass|fusion|graft|"
        r"scan|x ray|injections?|removed|taken out|reconstructed|replaced)|(?:tonsils|adenoids|"
        r"appendix|wisdom teeth|wisdom tooth|gallbladder|gall bladder) out",
        # "had my leg amputated below the knee": the limb goes with the procedure
        r"(?:legs?|arms?|foot|feet|hands?|fingers?|toes?|thumb) (?:was |were |got |been |being )?"
        r"amputated(?: (?:below|above|at|from) (?:the )?(?:knee|elbow|ankle|wrist|hip|shoulder|"
        r"thigh))?|(?:below|above) (?:the )?(?:knee|elbow) amputation",
        # pregnancy care of the caller or a named person: antenatal visits and scans
        r"(?:antenatal|ante natal|prenatal|pre natal|maternity|midwife|midwife's|midwives) "
        r"(?:appointments?|appts?|check ?ups?|checks?|visits?|classes|class|care|scans?|reviews?|"
        r"bloods|blood tests?)|(?:appointments?|appts?|check ?ups?|booking) with (?:the|my|her|a) "
        r"midwife|(?:see|sees|seeing|saw|seen) (?:the|my|her|a) midwife|(?:" + _SCAN_KIND + r"|"
        r"\d+ ?weeks?) scans?|scan at (?:about |around |nearly )?" + _GESTATION,
        # "can we move his root canal", "my counselling's been cancelled"
        # (physio is often the service the caller rings, not a fact about them)
        r"(?:my|his|her|their) " + NOT_PHYSIO + r"(?:" + PROCEDURE_WORDS + r"|counselling)(?! (?:clinic|department|team|room|gym|unit|centre|reception|referrals?|slots?|service|"
        r"desk|office|course|degree|placement|students?|lecturers?|module|apprenticeship|training|exams?|essay|"
        r"dissertation|assignment))",
        r"(?:going|go|goes|went|been going|started going|started|attending|attend|attends) (?:to )?(?:aa|na)(?: meetings?)?\b",
        r"(?:a |an )?(?:sore|ulcer|lump|rash|growth|swelling|lesion|white patch) (?:in|on|under|inside) (?:my|his|her|their) "
        r"(?:mouth|tongue|gums?|lip|lips|throat|neck|breast|armpit|cheek)",
        r"(?:lost|losing|lose|no|not got|hasn't got|got no) (?:the )?(?:use of|use in|feeling in|movement in|sight in|hearing in) "
        r"(?:his|her|my|their|the) (?:\w+ )?(?:side|arm|arms|leg|legs|hand|hands|eye|ear|foot|feet|fingers)",
        NOT_PHYSIO + r"(?:" + SPECIALISTS + r") (?:appointment|appointments|appt|review|referral|letter|session|sessions)\b",
        r"(?:at|from|after|during|to) (?:the|my|her|our) (?:antenatal|ante natal)(?: clinic| appointment| scan| check| class)?\b",
        r"(?:can't|cannot|can not|couldn't) (?:manage|walk|go) (?:more than|further than|past) (?:a few|\w+) (?:yards|metres|"
        r"meters|steps|minutes)",
        r"(?:i was|i'm|i am|he's|she's|he was|she was|they were|when i was|when he was|when she was|been) (?:\w+ )?(?:using|on|"
        r"taking|addicted to|hooked on|injecting|smoking) (?:heroin|crack|cocaine|coke|smack|spice|meth|ketamine|"
        r"mcat|mephedrone)\b",
        # a specialist's instruction: "the cardiologist says no competitive swimming"
        r"(?:the|my|his|her|their) " + NOT_PHYSIO + r"(?:" + SPECIALISTS + r") (?:says|said|told (?:me|him|her|us|them)|has said|advised) (?:that )?"
        r"(?:no|not|(?:i|he|she|we|they) (?:can't|cannot|shouldn't|mustn't|must not|can|should|must|needs? to|has to|"
        r"have to))\b(?: \w+){0,2}",
        r"(?:been|is|was|went|go|gone|going|admitted|checked|in|\w+'s) (?:in|into|to|at) (?:the )?priory\b(?! (?:school|road|street|"
        r"lane|park|church|primary|academy))",
        r"(?:my|his|her|their) (?:legs?|knees?|back|hips?|ankles?) (?:\w+ )?(?:give|gives|gave|giving|go|goes) (?:way|out|from "
        r"under)",
        # screening someone needs more often than the routine programme: "i need the bowel screening every two years"
        r"(?:need|needs|needing|have to have|has to have|get|gets|due|booked (?:in )?for|having|had) (?:the |a |my |his |her |"
        r"extra |early |yearly |annual )?(?:bowel|breast|cervical|prostate|lung|skin|eye|heart|kidney|liver) (?:screening|"
        r"screen|surveillance|check|checks)(?: every \w+(?: \w+)? (?:years?|months?))?",
        r"(?:a |an |the |his |her |my |their )?(?:operation|op|surgery) on (?:his|her|my|their) "
        r"(?:\w+ )?\w+",
        _HOSPITAL_STAY,
        # a specialist of one's own reveals the condition they treat
        r"(?:my|his|her|their|our)(?: \w+'s)? " + NOT_PHYSIO + r"(?:" + SPECIALISTS + r")(?! (?:degree|course|placement|students?|lecturers?|"
        r"module|apprenticeship|training|exams?|essay|dissertation|assignment))",
        r"(?:sees|seeing|saw|seen|sees|under|referred to|waiting to see|appointments? with|goes to) (?:the|a|an) "
        r"(?:" + SPECIALISTS + r")",
        r"(?:come|came|comes|coming|out|discharged|home|released) (?:out )?(?:of|from) (?:the |a )?(?:eating "
        r"disorder|psychiatric|mental health|adolescent mental health|detox|rehab|addiction) (?:unit|ward|"
        r"clinic|hospital|centre|service)|(?:in|into|been in|admitted to) (?:the |a |an )?(?:eating disorder|"
        r"detox|rehab|addiction|psychiatric|mental health|adolescent mental health|psych) (?:unit|ward|clinic|"
        r"hospital|centre)",
        # (not "she's expecting my call")
        r"(?:i'm|i am|she's|she is|we're|we are|my \w+'s|my \w+ is|our \w+'s|our \w+ is) expecting(?= (?:in|a baby|twins|our|"
        r"her (?:first|second|third|fourth|baby)|my (?:first|second|third|fourth|baby|grandchild)|another|again|the baby|number|"
        r"and due|and she's due|and i'm due|so)\b|,|\.|$)",
        # recovery and immunity: "eighteen months sober", "her immune system's shot"
        r"(?:\w+ ){1,2}(?:months|years|weeks|days) (?:sober|clean|dry)|(?:sober|clean|dry) (?:for|since) "
        r"(?:\w+ ){1,2}(?:months|years|weeks)|(?:my|his|her|their) immune system(?:'s| is)? (?:shot|weak|low|"
        r"compromised|suppressed|rubbish|not great)|immuno ?(?:compromised|suppressed|deficient)",
        r"(?:he's|she's|i'm|they're|he is|she is|i am|they are|\w+ is|\w+'s) on (?:medication|meds|tablets|"
        r"pills)(?! (?:for the|rota|run|trolley))",
        # a medicine someone must have
        r"(?:have|has|take|takes|taking|need|needs|give|gives|giving|meant to have|supposed to have|meant to "
        r"take|supposed to take) (?:her|his|my|their) (?:tablet|tablets|medicine|medication|meds|pills|"
        r"inhaler|insulin)",
        # injections and learning needs of one's own
        r"(?:do|does|doing|have|has|having|needs?|give|gives|giving) (?:his|her|my|their) (?:insulin |"
        r"hormone |fertility |b12 )?(?:injections|jabs|insulin)",
        r"(?:his|her|my|their) (?:learning|special educational|additional|complex|sensory|medical) needs",
        # allergies, low mood and diagnosed phobias of one's own
        r"(?:i'm|i am|im|he's|she's|they're|he is|she is|we're|\w+ is) (?:severely |very |really |"
        r"quite |badly )?allergic to (?:\w+ ){0,2}\w+",
        r"(?:i've been|i have been|i'm|i am|been|i've felt|he's been|she's been) (?:feeling )?(?:really "
        r"|very |so |pretty |quite |a bit )?(?:low|depressed|suicidal)(?= |,|\.|$)",
        r"(?:got|have|has|with) (?:a |an )?diagnosed (?:\w+ ){0,2}\w+|(?:dental|needle|blood|"
        r"hospital) phobia|phobia of (?:needles|the dentist|dentists|blood|hospitals)",
        # a named phobia of one's own ("i've got emetophobia"), not prejudice ("homophobia")
        r"(?:got|have|has|with|suffers? (?:from|with)|diagnosed with) (?:a |an |bad |severe |really bad )?(?!(?:homo|trans|"
        r"islamo|xeno|bi|lesbo|judeo|afro|sino|russo|franco|anglo)phobia)[a-z]{3,}phobia\b",
        # "he stammers", "she stutters when she's nervous"
        r"(?:he|she|i|who|they|he still|she still) (?:stammers|stutters|has a stammer|has a stutter)\b",
        # procedures and feeding kit of one's own: "regular scopes", "his feeding pump"
        r"(?:regular |annual |yearly |routine |surveillance )?(?:colonoscop(?:y|ies)|endoscop(?:y|ies)|scopes)\b|"
        r"(?:his|her|my|their|\w+'s) (?:feeding (?:pump|tube)|peg(?: feed| tube)?|ng tube|nasogastric tube|gastrostomy|statins?)",
        # a plan for special educational needs of one's own (the review meeting alone is not)
        r"(?:my|his|her|their|\w+'s) (?:ehcp|ehc plan)(?! (?:annual )?review| meeting)|"
        r"(?:got|has|have|had|with|on|getting|gets|applying for|applied for|waiting for|"
        r"assessed for|assessment for) (?:an |a |his |her |my |their )?(?:ehcp|ehc plan|education "
        r"health and care plan|statement of special educational needs|sen statement)|on the sen "
        r"register",
        # an operation someone is having, named or not ("i'm having an op on the fourteenth")
        r"(?:having|had|has|have|need|needs|needed|needing|waiting for|booked in for|going in for|"
        r"recovering from|due|scheduled for|listed for|in for|getting|got) (?:an? |some )?(?:(?:major|"
        r"minor|emergency|preventive|preventative|keyhole|elective|day|eye|knee|hip|back|heart|"
        r"reconstructive|laser|foot|hand|shoulder|weight loss|gender affirming|top|bottom|more|"
        r"further|another|risk reducing) )?(?:surgery|operation|op)\b(?! (?:hours|times|opening|"
        r"car park|reception|phone|number|manager|receptionist|staff))",
        # "a heart thing", "kidney issues": an organ's trouble someone has
        r"(?:has|have|had|got|with|'s got|'ve got) (?:a |an |some |bad )?(?:\w+ )?(?:heart|kidney|"
        r"lung|liver|bowel|thyroid|bladder|chest|skin|mental health|spine|spinal|hormone|hormonal|"
        r"blood|bone|joint|nerve|eye|ear|breathing|stomach|womb|prostate) (?:thing|things|condition|"
        r"conditions|problem|problems|issue|issues|disorder|defect)",
        # a limb a condition has left of little use
        r"(?:my|his|her|their) (?:right |left )?(?:hand|arm|leg|side|foot|eye|ear)(?:'s| is| has been)"
        r" (?:not much use|no use|useless|paralysed|paralyzed|numb|gone|weak)(?: now)?",
        # what a condition stops someone doing: "i can't walk more than fifty yards"
        r"(?:i|he|she|they|{KIN}) (?:can't|cannot|can not|couldn't|struggles? to|struggled to|"
        r"finds? it hard to|(?:is|am|are)(?: not|n't) able to|(?:is|am|are) unable to) (?:walk|"
        r"stand|climb (?:the )?stairs|manage (?:the )?stairs|do (?:the )?stairs|get up (?:the )?"
        r"stairs|weight bear) (?:more than|further than|far|very far|for long|for more than|any "
        r"distance|without (?:a |his |her |my )?(?:stick|frame|crutches|help|aid|pain)|unaided)"
        r"(?: (?:\w+ ){0,2}(?:yards|metres|meters|minutes|steps))?",
        # a crutch, cast or wheelchair someone is in or on now
        r"(?:on crutches|in a (?:cast|sling|neck brace|back brace|wheelchair|leg brace|moon boot))",
    ), guards=_HEALTH_GUARDS),
    # fertility and reproductive care someone is having (R1: the clinic named as a place is not)
    rules("category", "health", 0.88, (
        _REPRO_SERVICE,
    ), guards=(*_HEALTH_GUARDS, "professional", "care_unowned")),
    # "since the stroke", "after the heart attack": the event names the condition
    rules("category", "health", 0.88, (
        # "from the surgery" and "after the surgery closes" name a GP practice
        r"(?:since|after|before|following|because of|from(?! the surgery)|recovering from|ever since) "
        r"((?:the|his|her|my|their|that|your|a) (?:" + _SINCE_EVENT + r"))(?! (?:team|closes|closed|opens|"
        r"shuts|reception|staff|phone|number|website|manager|doctors?|receptionists?|car park|"
        r"training|course|ward|unit|clinic|awareness|nurse|leaflet|charity|shop|shops|room|"
        r"rooms|car park|bay|time|times|season|match|notice|letter|of (?:the|a|an|my|our|"
        r"his|her|their) (?:contract|tenancy|lease|agreement|road|bridge|line|route)))",
    ), guards=_HEALTH_GUARDS, span_group=1),
    # how far along, said after the pregnancy: "her partner kicks her in the stomach ... and she's twenty eight weeks"
    rules("category", "health", 0.86, (
        r"(?:midwife|pregnan\w*|bump|antenatal|ante natal|stomach|due date|the baby)\b[^?!]{0,160}?\b((?:she's|i'm|she is|i am|"
        r"we're) (?:only |nearly |about |just |over |almost )?(?:\w+ ){1,2}weeks(?: pregnant| gone| along)?)(?! (?:old|late|behind|"
        r"ago|off|away|until|till|left|in|to go|holiday|notice|of))\b",
    ), guards=_HEALTH_GUARDS, span_group=1),
    # "the accident left me paralysed": what an accident or illness left someone with
    rules("category", "health", 0.88, (
        r"(?:left|leaving|leaves|made|making|has left|has made) (?:me|him|her|them|us|my \w+|his "
        r"\w+|her \w+) (?:(?:partially|completely|permanently|totally|almost|nearly|virtually) )?"
        r"(?:paralysed|paralyzed|paraplegic|tetraplegic|quadriplegic|disabled|brain damaged|"
        r"blind|deaf|partially sighted|in a wheelchair|unable to walk|needing a wheelchair|with "
        r"(?:a )?(?:brain injury|spinal injury|epilepsy|ptsd|chronic pain|nerve damage|a limp))",
    ), guards=_HEALTH_GUARDS),
    # recovery, pregnancy and diabetes in passing: "in the priory for my drinking", "sober ten weeks",
    # "about five months gone", "ma wee girl's got type one"
    rules("category", "health", 0.86, (
        r"(?:in|at|to|into|out of) (?:the )?(?:priory|rehab|detox)(?: clinic| centre| unit)? for (?:my|his|her|their|me) "
        r"(?:drinking|drug use|drugs|using|gambling|addiction|depression|anxiety|eating|mental health)",
        r"(?:help|treatment|rehab|detox|counselling|support|meetings|a programme|a course) (?:\w+ ){0,3}for (?:my|his|her|their|"
        r"me) (?:drinking|drug use|gambling|addiction)\b",
        r"(?:i'm|i am|i've been|he's|she's|he's been|she's been|been|now|and|i'm out now and) (?:\w+ )?(?:sober|clean and sober|"
        r"clean|dry) (?:for )?(?:\w+ ){1,2}(?:days|weeks|months|years)(?: now)?\b",
        r"(?:about |nearly |almost |only |just )?(?:\w+ ){1,2}(?:months|weeks) gone\b(?! (?:since|by|already|now that))",
        r"(?:\w+'s|she's|i'm|she is|i am|we're) expecting(?=[,.]|$| (?:again|twins|a baby|a little|another|her first|their "
        r"first|our first|so|and|but|about|in (?:the|january|february|march|april|may|june|july|august|september|october|"
        r"november|december|spring|summer|autumn|winter)))(?:,? (?:about |nearly |almost )?(?:\w+ ){1,2}(?:months|weeks)"
        r"(?: gone)?)?",
        r"pregnant,? (?:about |nearly |almost |only |just )?(?:\w+ ){1,2}(?:weeks|months)(?: gone)?\b",
        r"(?:got|has|have|with|'s got) type (?:one|1|two|2)\b(?! (?:error|form|visa|licence|license|fault|plug|socket|"
        r"charger|cable|connector|lead|bin|fuse))",
        r"(?:had|has had|'s had|have had|'ve had) (?:the|a|another|his|her|my|a mini|a bad|a big|a massive) (?:stroke|heart "
        r"attack|mini stroke|tia|seizure|bleed on the brain|brain bleed|breakdown)\b",
        # "he can't talk properly since", "she can't speak any more" (not "he can't talk right now")
        r"(?:he|she|i|they|dad|mum) (?:can't|cannot|can not|couldn't|can no longer) (?:talk|speak|walk|see|hear|swallow) "
        r"(?:(?:properly|right|too good|too well|very well|well|much|clearly)(?: since| any ?more| now)?|any ?more|at all|"
        r"any longer)\b",
        r"(?:i've|i have|he's|she's|i'm|he is|she is|i am) (?:been )?(?:proper|really|very|so|dead|well|pretty|awful) (?:down|low)"
        r"(?=[,.]|$| (?:lately|recently|since|and|but|so|like|for)\b)",
        r"(?:been )?trying (?:for )?(?:\w+ ){1,2}(?:years?|months) (?:for a baby|to get pregnant|to conceive|for a family)",
        r"(?:a |a little |a tad )?bit slow,? bless (?:him|her|them)|(?:a bit|a little|bit) slow (?:on the uptake|up top|in the "
        r"head)",
        r"(?:don't|do not|doesn't) want to keep (?:it|the baby)\b|(?:want|wants|need|needs|thinking about|considering|"
        r"booked in for|having) (?:a |an )?(?:termination|abortion)\b",
        r"(?:my|her|the) (?:implant|coil|injection|depo|patch)(?:'s| has| is) (?:run out|due|expired|out of date|come out|"
        r"moved)\b",
        r"(?:stinging|burning|pain|it hurts|hurts|stings|burns) when (?:i|she|he|they) (?:wee|pee|urinate|go to the toilet)|"
        r"(?:a bit of a |some |a |funny |a funny )discharge\b",
        r"(?:shared|sharing|share) (?:a |the )?needles?\b",
        r"(?:needle|dental|blood|hospital) phobia|phobia of (?:needles|dentists|blood|hospitals)|(?:i|he|she) (?:passed out|fainted|"
        r"collapsed) (?:last time|every time|the last time)\b",
        r"(?:can't|cannot|can not) (?:sit|stand|walk) (?:in|on|up|unaided|without) (?:a )?(?:normal |ordinary |regular )?(?:chair|"
        r"help|support|aid|seat)\b",
        r"(?:who's|who is) (?:deafblind|deaf|blind|disabled|autistic|paralysed|partially sighted|registered blind)\b",
        r"(?:got|has|have|with|had|'s got|'ve got) (?:a |an )?(?:throat|bowel|breast|lung|skin|prostate|blood|bone|brain|liver|"
        r"pancreatic|ovarian|cervical|mouth|stomach|kidney|bladder|womb|testicular) (?:cancer|tumour)",
        r"(?:has|got|have|with|'s got) a cleft (?:lip|palate)|(?:my|his|her) (?:facial|bell's|bells) palsy",
        r"(?:i|he|she|i've|he's|she's) (?:crushed|broke|broken|fractured|sprained|dislocated|snapped|torn|tore) (?:my|his|her) "
        r"(?:hand|arm|wrist|fingers?|ankle|leg|foot|knee|shoulder|collarbone|ribs?|hip)\b",
        r"(?:counselling|therapy|cbt|treatment|tablets|medication|pills|help|support|a referral) for (?:his|her|my|their) "
        r"(?:anxiety|depression|ocd|ptsd|panic attacks|mental health|nerves|eating|drinking|self[- ]harm|grief|trauma)\b",
        r"(?:my|his|her|their) face (?:has |'s )?(?:dropped|drooped|gone)(?: (?:on|down) one side)?",
        r"born with (?:a |an )?(?:cleft (?:lip|palate)|hole in (?:the|her|his) heart|club ?foot|(?:\w+ )?(?:condition|syndrome|"
        r"defect|disorder|deformity))",
        r"(?:got|has|have|with|'s got) (?:an? |the )?(?:abscess|ulcer|cyst|iron overload|haemochromatosis)\b",
        r"(?:starting|started|begun|beginning|begin) to (?:get|show|have) (?:the )?symptoms\b",
        r"(?:got|has|have|with|'s got) (?:cf|cp|ocd|ptsd|copd|ckd|ibs|ibd|pcos|asd|adhd|ms)\b(?! (?:form|number|code|team|office))"
        # (not a title before a surname: "the consultation with ms okafor")
        r"(?!(?<=ms) (?!(?:and|so|which|but|since|for|now|too|as|or|is|was|that|she|he|they|i|it|diagnosis|symptoms|nurse|flare|"
        r"relapse|medication|meds|treatment|drugs|fatigue|badly|really|quite|very|now|already|though|like|yeah)\b)[a-z])",

        r"(?:had|having|getting|get|got) (?:both )?(?:my|his|her|me) (?:knees?|hips?|eyes|cataracts|bunions|shoulders?|"
        r"veins) (?:done|replaced|sorted)\b",
        r"(?:relies|relying|rely|depends) on (?:lip ?reading|sign language|bsl|a hearing aid|hearing aids|a wheelchair|oxygen|"
        r"a stick|a frame|a walker|a catheter|dialysis)",
    ), guards=_HEALTH_GUARDS),
    # surgical procedures named by their suffix (hysterectomy, colonoscopy, angioplasty)
    rules("category", "health", 0.88, (
        r"(?!dichotom)\w+(?:ectomy|ectomies|otomy|oscopy|plasty)",
    ), guards=_HEALTH_GUARDS),
    rules("category", "health", 0.86, (_CONDITIONS,), guards=(*_HEALTH_GUARDS, "worry")),
    # injuries and signs that abuse rules also read: dropped when they are the disclosure
    rules("category", "health", 0.8, (
        r"(?:bruises|bruising|black eye|stitches|burns|scars|sores|concussion)",
        # sexual health facts are part of an abuse disclosure when there is one (R3)
        r"(?:get|getting|got|buying|buys|bought|go on|going on|start|starting|come off|coming off|prescribed|"
        r"prescription for|repeat of|need|needs) (?:the |a |an |my |her )?(?:pill|mini pill|"
        r"morning after pill|contraceptive pill|combined pill|contraceptive implant|implant "
        r"(?:in|out|removed|fitted)|coil|contraceptive injection|depo injection|emergency "
        r"contraception)\b",
        r"unprotected sex|sex without (?:a )?(?:condom|protection)|(?:the )?condom (?:split|broke|"
        r"came off)",
        r"(?:a )?broken (?:arm|leg|wrist|ankle|collarbone|collar bone|hand|foot|nose|finger|toe|femur|tibia|fibula|pelvis|hip|"
        r"skull)|(?:broke|fractured|broken|cracked|snapped) (?:his|her|my|their) (?:arm|leg|wrist|ankle|collarbone|collar bone|hand|"
        r"foot|nose|finger|toe|back|neck|hip|jaw|ribs?|elbow|knee|shoulder|femur|tibia|fibula|pelvis|skull)|fracture\w*|(?:burnt|burned|"
        r"cut|sprained|twisted|dislocated|scalded) (?:my|his|her) (?:finger|hand|arm|ankle|wrist|"
        r"knee|shoulder|leg|foot)",
    ), guards=_HEALTH_GUARDS, yields_to_safeguarding=True),
)
