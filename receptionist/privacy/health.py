"""Health rules: named conditions, diagnoses, medication, disability, SEN and pregnancy.

The span is the condition itself ("epilepsy", "had a stroke"), so the appointment, the course
and the reason for the call survive redaction. A condition needs a person near it (not a
course, a charity or a policy), is not health when it is about someone who has died, and
not when it is only feared ("scared about alzheimer's"). Injuries yield to a safeguarding
disclosure they belong to (R3).
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import rules

_PERSONAL_GUARDS: Final = ("fiction", "hypothetical", "negation", "impersonal")
_HEALTH_GUARDS: Final = (*_PERSONAL_GUARDS, "deceased")

_CONDITIONS = (
    r"sectioned|detained under the mental health act|psychiatric (?:unit|ward|hospital)|"
    r"on the (?:autism |autistic )?spectrum|neurodivergent|\basd\b|\basc\b|"
    r"asthma(?: attacks?)?|epilep(?:sy|tic)|seizures?|fits|diabet(?:es|ic)|type (?:one|two|1|2) "
    r"diabetes|cancer|leuka?emia|lymphoma|tumou?r|chemo(?:therapy)?|radiotherapy|ptsd|"
    r"post[- ]traumatic stress|ocd|obsessive compulsive|adhd|a ?d ?h ?d|\badd\b(?= (?:and|so|which)\b)|autis(?:m|tic)|asperger'?s|dyslexi[ac]|dyspraxi[ac]|dyscalculia|tourette'?s|"
    r"depression|depressed|anxiety(?: disorder| attacks)?|panic attacks|bipolar|"
    r"schizo\w+|psychosis|psychotic|personality disorder|eating disorder|anorexi[ac]|bulimi[ac]|"
    r"self[- ]harm\w*|endometriosis|pcos|polycystic ovar\w+|multiple sclerosis|\bms\b(?= (?:so|and|which)\b)|parkinson'?s|alzheimer'?s|dementia|had a stroke|a stroke|heart (?:condition|"
    r"problems?|attack|failure|surgery|murmur)|pacemaker|angina|hiv(?: positive)?|aids|"
    r"hepatitis(?: [abc])?|crohn'?s|colitis|\bibs\b|coeliac|celiac|(?:nut|peanut|dairy|egg|"
    r"severe|gluten|wheat|sesame|shellfish|penicillin) allerg(?:y|ies|ic)|anaphyla\w+|epi ?pen|"
    r"inhaler|insulin|dialysis|(?:kidney|liver|heart) (?:transplant|disease|failure)|"
    r"cerebral palsy|down'?s syndrome|down syndrome|spina bifida|cystic fibrosis|sickle cell|"
    r"ha?emophilia|muscular dystrophy|fibromyalgia|chronic fatigue|\bme\b(?= so\b)|long covid|"
    r"covid|glandular fever|tonsillitis|chicken ?pox|measles|mumps|scarlet fever|"
    r"whooping cough|norovirus|sickness bug|stomach bug|flu|pneumonia|bronchitis|"
    r"migraines?|"
    r"pregnan(?:t|cy)|miscarri\w+|ivf|fertility treatment|egg collection|embryo transfer|"
    r"expecting a baby|termination|abortion|menopaus\w+|hearing loss|hearing aids?|"
    r"(?:profoundly |partially )?deaf|hard of hearing|blind|partially sighted|visually "
    r"impaired|sight loss|wheelchair(?: user)?|learning (?:disabilit\w+|difficult\w+)|"
    r"global developmental delay|speech (?:and language )?delay|sensory processing \w+|"
    r"stammer|stutter|alcoholic|alcoholism|addict(?:ion|ed)?|in recovery|rehab|methadone|"
    r"antidepressants|sertraline|fluoxetine|citalopram|ritalin|methylphenidate|melatonin|"
    r"lithium|(?:his|her|my|their) (?:mental health|medication|meds|condition|diagnosis)|"
    r"on (?:medication|meds|tablets) for|(?:poor|slow|rapid|ultra[- ]?rapid|fast) "
    r"metaboli[sz]er(?: of \w+)?|fragile x|connexin ?\d+|hearing impair\w+|"
    r"(?:making|made) (?:myself|herself|himself) sick|chronic (?:pain|illness)|arthritis|"
    r"lupus|osteoporosis|scoliosis|hernia|appendicitis|a (?:lump|mole) (?:checked|removed)|"
    r"(?:a |an )?operation on (?:his|her|my) \w+|(?:hip|knee) replacement|"
    r"mental breakdown|nervous breakdown|breakdown|grief counselling|eczema|psoriasis|"
    r"cataracts?|glaucoma|t ?b|tuberculosis|syphilis|chlamydia|gonorrh\w+|herpes|std|sti"
)

# International non-proprietary name stems (gabapentinoids, benzodiazepines, SSRIs, ACE
# inhibitors, beta blockers, statins, biguanides, PPIs, antibiotics, triptans, sartans, ...).
_DRUG_SUFFIXES = (
    r"(?:gabalin|gabapentin|zepam|zolam|oxetine|xetine|pril|olol|statin|formin|prazole|cillin|"
    r"mycin|cycline|tidine|triptan|sartan|dipine|xaban|parin|phenidate|pramine|triptyline|"
    r"thyroxine|olone|asone|semide|codone|morphine|dronate|fexine|piprazole|peridol|"
    r"quetiapine|tiapine|zapine|lamotrigine|trigine|valproate|iramate|etiracetam)\b"
)

HEALTH: Final = (
    rules("category", "health", 0.9, (
        r"(?:diagnosed with|suffers? (?:from|with)|suffering (?:from|with)|living with|"
        r"treatment for|being treated for|recovering from|off with|signed off with|"
        r"got|has|have|had|with) (?:a |an |the )?(?:bad |severe |mild |suspected )?(?:"
        + _CONDITIONS + r")",
        r"(?:diagnosed with|been diagnosed|diagnosis of|suffers? from|living with|"
        r"being treated for|treatment for|signed off with|off sick with) "
        r"(?:\w+ ){0,2}\w+",
        # medicines named by their class suffix, so unlisted drug names are still caught
        r"(?:on|taking|takes|take|took|prescribed|started(?: on)?|put on|course of|doses? of) "
        r"(?:some |a |the |his |her |my |their )?\w+" + _DRUG_SUFFIXES,
    ), guards=_HEALTH_GUARDS),
    rules("category", "health", 0.86, (_CONDITIONS,), guards=(*_HEALTH_GUARDS, "worry")),
    # injuries and signs that abuse rules also read: dropped when they are the disclosure
    rules("category", "health", 0.8, (
        r"(?:bruises|bruising|black eye|stitches|burns|scars|sores|concussion)",
        r"(?:a )?broken (?:arm|leg|wrist|ankle|collarbone|hand|foot|nose|finger|toe)|(?:broke|"
        r"fractured|broken) (?:his|her|my) (?:arm|leg|wrist|ankle|collarbone|hand|foot|nose|"
        r"finger|toe|back|neck|hip|jaw|ribs?|elbow|knee|shoulder)|fracture\w*|(?:burnt|burned|"
        r"cut|sprained|twisted|dislocated|scalded) (?:my|his|her) (?:finger|hand|arm|ankle|wrist|"
        r"knee|shoulder|leg|foot)",
    ), guards=_HEALTH_GUARDS, yields_to_safeguarding=True),
)
