"""Health vocabulary: common UK conditions, medicines, procedures and specialists.

These are word lists, not rules: :mod:`receptionist.privacy.health` decides the context each
list needs. Coverage is deliberately broad (the conditions and medicines a GP surgery, a
school office or an HR line hears most, by generic and brand name) because a missing word is
a leaked fact, while the rules' person, negation, worry and deceased guards keep the lists
from firing on courses, charities and questions.

Entries are written in the pattern dialect (a space matches any separator, an apostrophe is
optional), so "co codamol" also matches "co-codamol" and "crohn's" also "crohns".
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import word_list

#: Named conditions unambiguous enough to count wherever a person is near them.
_CONDITION_TEXT: Final = """
    acid reflux|acquired brain injury|addison's|adenomyosis|agoraphobia|alopecia|anaemia|anemia|
    ankylosing spondylitis|arfid|atrial fibrillation|attachment disorder|auditory processing disorder|
    bell's palsy|binge eating|body dysmorphia|borderline personality disorder|brain injury|brain tumour|
    bronchiectasis|bronchiolitis|cardiomyopathy|carpal tunnel|cellulitis|chest infection|
    chronic fatigue syndrome|chronic kidney disease|ckd|cirrhosis|cluster headaches|conjunctivitis|copd|
    croup|cushing's|cystitis|deep vein thrombosis|dvt|diverticulitis|dysgraphia|
    developmental coordination disorder|dissociative identity disorder|duchenne|ehlers danlos|
    emotionally unstable personality disorder|eupd|emphysema|foetal alcohol syndrome|fasd|
    fibroids|frozen shoulder|gallstones|gastritis|gestational diabetes|glue ear|gout|graves' disease|
    guillain barre|hay fever|hayfever|health anxiety|heart failure|hepatitis|high blood pressure|
    high cholesterol|huntington's|huntingtons disease|hydrocephalus|hyperemesis|hypermobility|
    hypertension|hyperthyroidism|hypothyroidism|ileostomy|colostomy|stoma|incontinence|incontinent|lynch syndrome|laryngitis|doubly incontinent|bedbound|bed bound|housebound|registered blind|non verbal|nonverbal|tube fed|peg fed|infertility|
    insomnia|kidney infection|kidney stones|labyrinthitis|lewy body|low blood pressure|lupus|
    macular degeneration|melanoma|meniere's|meningitis|mini stroke|motor neurone disease|
    myasthenia gravis|myeloma|narcolepsy|neuropathy|oppositional defiant disorder|osteoarthritis|
    ovarian cysts|pancreatitis|pathological demand avoidance|perimenopause|plantar fasciitis|
    post natal depression|postnatal depression|postnatal psychosis|pre eclampsia|prediabetes|
    pre diabetes|prediabetic|pulmonary embolism|pulmonary fibrosis|rheumatoid arthritis|rosacea|
    sarcoidosis|sarcoma|schizoaffective|sciatica|scabies|seasonal affective disorder|selective mutism|
    sepsis|shingles|sleep apnoea|sleep apnea|slipped disc|social anxiety|spinal muscular atrophy|
    spinal injury|strep a|tendonitis|thalassaemia|thalassemia|tinnitus|ulcerative colitis|
    underactive thyroid|overactive thyroid|urine infection|uti|vascular dementia|vertigo|vitiligo|
    von willebrand|water infection|ectopic pregnancy|stillbirth|terminal cancer|terminally ill|
    in remission|immunotherapy|paraplegic|quadriplegic|tetraplegic|amputee|prosthetic leg|
    prosthetic arm|morbidly obese|gastric band|gastric bypass|bariatric surgery|diarrhoea|
    d and v|hand foot and mouth|slapped cheek|impetigo|keratoconus|hpv|genital warts|mnd|
    post viral fatigue|pmdd|ovarian cancer|bowel cancer|prostate cancer|skin cancer|lung cancer|
    brain cancer|blood cancer|cervical cancer|testicular cancer|stomach ulcer|hiatus hernia|
    kidney disease|liver disease|heart disease|coronary heart disease|heart defect|hole in the heart|
    congenital heart|sickle cell disease|cerebral palsy|colour blindness|amputation|amputated|
    below knee amputation|above knee amputation|sti test|sti tests|sti check|sti screen|
    sti screening|std test|hiv test|chlamydia test|sexual health screen|sexual health check|
    smear test|smear tests|smear test results|smear results|abnormal smear|
    cervical screening results|pregnancy test|positive pregnancy test
"""

#: Prescription medicines by generic and brand name, distinctive enough to count anywhere.
_MEDICINE_TEXT: Final = """
    abilify|aciclovir|acamprosate|adalimumab|adcal|alendronic acid|allopurinol|amitriptyline|
    amlodipine|amoxicillin|anastrozole|antabuse|antiretrovirals|apixaban|aricept|aripiprazole|
    atenolol|atomoxetine|atorvastatin|azathioprine|beclometasone|bendroflumethiazide|bisoprolol|
    buprenorphine|bupropion|buscopan|candesartan|carbamazepine|carbimazole|cefalexin|cerazette|
    champix|chlordiazepoxide|cipralex|ciprofloxacin|citalopram|clarithromycin|clenil|clomid|
    clomifene|clonazepam|clopidogrel|clozapine|clozaril|co amoxiclav|co careldopa|co codamol|
    co dydramol|codeine|concerta|creon|cymbalta|dabigatran|dapagliflozin|depakote|depo provera|
    desogestrel|dexamethasone|dexamfetamine|diazepam|diclofenac|digoxin|disulfiram|donepezil|
    doxycycline|duloxetine|edoxaban|efexor|elvanse|eliquis|empagliflozin|enbrel|epilim|equasym|
    erythromycin|escitalopram|esomeprazole|estradiol|etanercept|ezetimibe|famotidine|fexofenadine|
    finasteride|flucloxacillin|fluconazole|fluoxetine|fostair|furosemide|gabapentin|galantamine|
    gliclazide|guanfacine|haloperidol|herceptin|humalog|humira|hydrocortisone|hydroxychloroquine|
    indapamide|infliximab|insulin|jardiance|januvia|keppra|lamictal|lamotrigine|lansoprazole|
    lantus|letrozole|levetiracetam|levodopa|levothyroxine|liraglutide|lisdexamfetamine|lisinopril|
    lorazepam|losartan|lustral|lyrica|medikinet|mebeverine|melatonin|memantine|mesalazine|metformin|
    methadone|methotrexate|methylphenidate|metoclopramide|metronidazole|microgynon|mirena|
    mirtazapine|montelukast|morphine|mounjaro|naltrexone|naproxen|nexplanon|nitrofurantoin|
    nortriptyline|novorapid|olanzapine|omeprazole|ondansetron|oxycodone|ozempic|paroxetine|
    phenytoin|pramipexole|pravastatin|prednisolone|pregabalin|priadel|propranolol|prozac|
    quetiapine|ramipril|rigevidon|risperdal|risperidone|ritalin|rivaroxaban|rivastigmine|
    ropinirole|rosuvastatin|salbutamol|semaglutide|seretide|seroquel|sertraline|sildenafil|
    simvastatin|sinemet|sitagliptin|sodium valproate|spiriva|spironolactone|strattera|subutex|
    sulfasalazine|sumatriptan|symbicort|tadalafil|tamoxifen|tamsulosin|tegretol|tiotropium|
    tirzepatide|topiramate|tramadol|trazodone|trimethoprim|truvada|utrogestan|valaciclovir|valium|
    varenicline|venlafaxine|ventolin|viagra|warfarin|wegovy|xanax|xarelto|zolpidem|zopiclone|
    zoloft|zyprexa|antidepressants|antipsychotics|anti depressants|mood stabilisers|chemo|
    chemotherapy|radiotherapy|dialysis|hrt|epi pen|epipen|jext|inhaler|nebuliser|insulin pump|
    insulin pen|midazolam|buccal midazolam|buccolam|epistatus|glucagon|glucogel|hypostop|emerade|
    adrenaline pen|adrenaline auto injector|auto injector|rescue meds|rescue medication|
    rescue medicine|seizure meds|seizure medication|anti seizure medication|antiepileptics|
    anti epileptics|blue inhaler|brown inhaler|preventer inhaler|reliever inhaler|
    emergency contraception|morning after pill|levonelle|ellaone
"""

#: The everyday names of common conditions, aids and treatments (with their spelling variants).
_COMMON_TEXT: Final = """
    sectioned|detained under the mental health act|psychiatric unit|psychiatric ward|
    psychiatric hospital|on the spectrum|on the autism spectrum|on the autistic spectrum|
    neurodivergent|asthma|asthma attack|asthma attacks|epilepsy|epileptic|seizure|seizures|fits|
    diabetes|diabetic|type one diabetes|type two diabetes|type 1 diabetes|type 2 diabetes|cancer|
    leukemia|leukaemia|lymphoma|tumor|tumour|chemo|chemotherapy|radiotherapy|ptsd|
    post traumatic stress|ocd|obsessive compulsive|adhd|autism|autistic|asperger's|dyslexia|
    dyslexic|dyspraxia|dyspraxic|dyscalculia|tourette's|depression|depressed|anxiety|
    anxiety disorder|anxiety attacks|panic attacks|bipolar|psychosis|psychotic|
    personality disorder|eating disorder|anorexia|anorexic|bulimia|bulimic|endometriosis|pcos|
    multiple sclerosis|parkinson's|alzheimer's|dementia|had a stroke|a stroke|heart condition|
    heart problem|heart problems|heart attack|heart failure|heart surgery|heart murmur|pacemaker|
    angina|hiv|hiv positive|aids|hepatitis|hepatitis a|hepatitis b|hepatitis c|crohn's|colitis|
    coeliac|celiac|nut allergy|nut allergies|nut allergic|peanut allergy|peanut allergies|
    peanut allergic|dairy allergy|dairy allergies|dairy allergic|egg allergy|egg allergies|
    egg allergic|severe allergy|severe allergies|severe allergic|gluten allergy|gluten allergies|
    gluten allergic|wheat allergy|wheat allergies|wheat allergic|sesame allergy|sesame allergies|
    sesame allergic|shellfish allergy|shellfish allergies|shellfish allergic|penicillin allergy|
    penicillin allergies|penicillin allergic|epipen|epi pen|epipens|epi pens|inhaler|insulin|dialysis|
    kidney transplant|kidney disease|kidney failure|liver transplant|liver disease|liver failure|
    heart transplant|heart disease|cerebral palsy|down's syndrome|down syndrome|spina bifida|
    cystic fibrosis|sickle cell|haemophilia|hemophilia|muscular dystrophy|fibromyalgia|
    chronic fatigue|long covid|covid|glandular fever|tonsillitis|chickenpox|chicken pox|measles|
    mumps|scarlet fever|whooping cough|norovirus|sickness bug|stomach bug|flu|pneumonia|
    bronchitis|migraine|migraines|ivf|fertility treatment|egg collection|embryo transfer|
    expecting a baby|termination|abortion|hearing loss|hearing aid|hearing aids|deaf|
    profoundly deaf|partially deaf|hard of hearing|blind|partially sighted|visually impaired|
    sight loss|wheelchair user|wheelchair bound|global developmental delay|speech delay|
    speech and language delay|stammer|stutter|alcoholic|alcoholism|addict|addiction|addicted|
    in recovery|rehab|methadone|antidepressants|sertraline|fluoxetine|citalopram|ritalin|
    methylphenidate|melatonin|lithium|on medication for|on meds for|on tablets for|fragile x|
    verruca|verrucas|verruka|plantar wart|salmonella|food poisoning|factor v leiden|factor five leiden|photosensitive|photosensitive epilepsy|klinefelter's|klinefelters|klinefelter syndrome|turner syndrome|turner's syndrome|prader willi|prader-willi|
    angelman syndrome|williams syndrome|di george|digeorge|edwards syndrome|patau syndrome|dka|diabetic ketoacidosis|
    making myself sick|making herself sick|making himself sick|made myself sick|
    made herself sick|made himself sick|chronic pain|chronic illness|arthritis|lupus|
    osteoporosis|scoliosis|hernia|appendicitis|a lump checked|a lump removed|a mole checked|
    a mole removed|hip replacement|knee replacement|mental breakdown|nervous breakdown|
    grief counselling|eczema|psoriasis|cataract|cataracts|glaucoma|tb|t b|tuberculosis|syphilis|
    chlamydia|herpes|std|sti|hep a|hep b|hep c|asthmatic|anaemic|anemic|concussed|concussion|endo|aphasia|dysphasia|hot flushes|hot flashes|night sweats|cochlear implant|
    cochlear implants|hearing implant|colostomy bag|ileostomy bag|leg ulcer|leg ulcers|venous ulcer|
    pressure ulcer|pressure ulcers|pressure sore|pressure sores|alcoholics anonymous|narcotics anonymous|
    gamblers anonymous|pelvic girdle pain|spd|symphysis pubis dysfunction|progesterone|oestrogen|clomid|
    letrozole|long qt|long qt syndrome|the little blue pill|the little blue pills|erectile dysfunction|impotence|
    palpitations|heart palpitations|chest infections|flat feet|squint|lazy eye|back injury|neck injury|knee injury|shoulder injury|spinal injury|
    wee stroke|mini stroke|mini-stroke|small stroke|slight stroke|minor stroke|little stroke|deafness|industrial deafness|skin graft|skin grafts|lymphoedema|lymphedema|hypodontia|cellulitis|
    prostate trouble|prostate problems|prostate problem|enlarged prostate|his prostate|my prostate|fertility help|
    fertility support|fertility investigations|fertility drugs|fertility injections|fertility problems|fertility issues|
    short sightedness|short-sightedness|short sighted|long sightedness|long-sightedness|an abscess|a dental abscess|
    abscesses|tooth decay|rotten teeth|decayed teeth|gum disease|donor insemination|iui|hip dysplasia|dysplasia|tendinitis|
    tendonitis|work stress|work related stress|work-related stress|rett syndrome|rett's syndrome|rett|ringworm|scabies|threadworms|hives|uveitis|juvenile arthritis|sepsis|g6pd deficiency|g6pd|
    iron deficiency|vitamin d deficiency|vibration white finger|hand arm vibration syndrome|pneumoconiosis|silicosis|asbestosis|
    mesothelioma|bisphosphonates|alendronic acid|alendronate|ectodermal dysplasia|vitamin d deficient|iron deficient|postnatal depression|
    reflux|silent reflux|marfan syndrome|marfan's syndrome|marfan|pku|phenylketonuria|anticoag clinic|anticoag nurse|anticoagulation clinic|
    anticoagulation nurse|anticoagulants|postural tachycardia syndrome|postural orthostatic tachycardia syndrome|
    buvidal|espranor|subutex|buprenorphine|chlordiazepoxide|librium|pabrinex|naltrexone|nalmefene|evorel|oestrogel|utrogestan|
    eylea|lucentis|wet macular|dry macular|wet amd|dry amd|korsakoff's|korsakoff's syndrome|wernicke's|perthes|perthes disease|
    charcot foot|charcot marie tooth|clubfoot|club foot|talipes|long covid|oral thrush|peritoneal dialysis|haemodialysis|
    fibroscan|leg brace|back brace|knee brace|maternity exemption certificate|maternity exemption card|medical exemption certificate|
    risk reducing surgery|risk reducing mastectomy|canesten|clotrimazole|fluconazole|orf|lyme disease|leptospirosis|weil's disease|
    toxoplasmosis|q fever|psittacosis|obstetric cholestasis|cholestasis|urso|ursodeoxycholic acid|rhesus negative|rh negative|anti d|
    anti d injection|booking bloods|nipt|harmony test|cvs|chorionic villus sampling|amniocentesis|amnio|trisomy twenty one|
    trisomy eighteen|trisomy thirteen|trisomy 21|trisomy 18|trisomy 13|cin one|cin two|cin three|cin 1|cin 2|cin 3|lletz|cone biopsy|
    thalassaemia major|glucose tolerance test|gtt|sjogren's|sjogren's syndrome|amelogenesis imperfecta|dentinogenesis imperfecta|
    colchicine|desmopressin|ascites|pleurx|pleurx drain|pleural effusion|paracentesis|microsuction|ear syringing|ear irrigation|
    polymyalgia|polymyalgia rheumatica|eye gaze|keloid|keloids|keloid scarring|pavlik harness|ghb|gbl|crystal meth|tongue tie|
    lewy body|lewy body dementia|venlafaxine|tavi|ketamine bladder|hep c|hepatitis c|alcohol related brain damage|arbd|
    hole in the heart|vsd|asd repair|haemophilia a|haemophilia b|elvanse|lisdexamfetamine|mirtazapine|ear infection|fibroscans
"""

# A hearing aid as the thing a clinic services ("the hearing aid review", "my hearing aid needs a new tube") is the
# business of the call, not a disclosure; said of someone who wears one, it is.
_AID_SERVICE = (
    r"(?:review|fitting|tuning|balance|batteries|battery|tubes?|repair|repairs|serial|cleaning|charger|domes?|"
    r"whistl\w*|needs?|appointment|check|service|clinic|trial|trials|have gone|has gone|gone missing|keeps?|"
    r"is broken|are broken|broke|box|case|settings)"
)
AID_SERVICE: Final = r"(?!(?:(?<=aid)|(?<=aids)) (?:is |are |keep |keeps )?" + _AID_SERVICE + r")"

#: Physio is most often the service the caller rings ("can i move my physio"), not a fact about them: rules that
#: read a procedure or specialist as health skip it.
NOT_PHYSIO: Final = r"(?!physio\b|physiotherapy\b|physiotherapist\b)"

#: Every condition and prescription medicine as one prefix tree: the engine tests each shared
#: prefix once, which is what keeps the bare-condition rule inside the latency budget.
CONDITION_AND_MEDICINE_WORDS: Final = word_list(
    _COMMON_TEXT + "|" + _CONDITION_TEXT + "|" + _MEDICINE_TEXT
)

#: Medicines that are also everyday words or shop shelves: health only when someone is on them.
OTC_MEDICINE_WORDS: Final = word_list("""
    paracetamol|ibuprofen|aspirin|calpol|nurofen|antibiotics|steroids|painkillers|pain killers|
    sleeping tablets|sleeping pills|blood thinners|water tablets|statins|beta blockers|
    antihistamines|iron tablets|the pill|the mini pill|the morning after pill|
    hormone therapy|hormones|puberty blockers|steroid cream|eye drops|steroid drops|
    nicotine patches|gaviscon|imodium|piriton|cetirizine|loratadine
""")

#: Operations and procedures, as named or by their surgical suffix. ("counselling" is not here:
#: unowned, it is the service a caller books; the rules name "my counselling" themselves.)
PROCEDURE_WORDS: Final = word_list("""
    keyhole surgery|open heart surgery|heart surgery|brain surgery|back surgery|spinal surgery|
    caesarean|c section|an mri|mri scan|ct scan|pet scan|an x ray|a biopsy|biopsy|bone marrow transplant|
    transplant|skin graft|physio|physiotherapy|occupational therapy|speech therapy|speech and language therapy|
    talking therapy|cbt|therapy sessions|chemo sessions|dialysis sessions|
    a cast|a sling|crutches|a neck brace|a back brace|a walking frame|a zimmer frame|a mobility scooter|a wheelchair|
    a powered wheelchair|an electric wheelchair|
    a hearing aid|hearing aids|a feeding tube|a catheter|a stoma bag|a colostomy bag|oxygen|
    colonoscopy|colonoscopies|endoscopy|endoscopies|gastroscopy|mammogram|mammograms|smear test|
    coil fitting|coil check|coil checks|coil removal|coil change|implant fitting|implant removal|implant check|pill check|
    pill review|contraception review|prostate check|prostate exam|erection problems|erectile dysfunction|hydrotherapy|root canal|root canal treatment|tooth extraction|an extraction|wisdom tooth extraction
""")

#: Body parts and tissues that make "… reconstruction/replacement/removal" an operation.
BODY_PARTS: Final = word_list("""
    knee|hip|shoulder|elbow|ankle|wrist|ligament|cruciate|acl|cartilage|tendon|achilles|spine|spinal|
    disc|heart|valve|bowel|gallbladder|gall bladder|appendix|tonsils|adenoids|wisdom teeth|wisdom tooth|
    cataract|kidney|liver|lung|cornea|breast|hernia|varicose vein|bunion|tumour|lump|mole|cyst|
    polyp|womb|ovary|ovaries|prostate|bladder|thyroid|jaw|nose|eye|ear|grommets|stomach|throat|hand|finger|foot|toe|brain
""")

#: Specialists whose involvement reveals a condition ("my oncologist", "her midwife").
SPECIALISTS: Final = word_list("""
    rheumatologist|oncologist|cardiologist|neurologist|psychiatrist|psychologist|endocrinologist|
    gastroenterologist|haematologist|nephrologist|urologist|gynaecologist|obstetrician|
    dermatologist|paediatrician|psychotherapist|therapist|counsellor|midwife|
    diabetes nurse|asthma nurse|epilepsy nurse|stoma nurse|mental health nurse|cpn|
    community psychiatric nurse|care coordinator|dietitian|physio|physiotherapist|
    occupational therapist|speech therapist|speech and language therapist|audiologist|
    orthopaedic surgeon|surgeon|consultant psychiatrist|camhs worker|key worker at camhs|
    macmillan nurse|district nurse|palliative care team|respiratory nurse|heart failure nurse
""")
