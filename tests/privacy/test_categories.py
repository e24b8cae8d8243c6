"""Special-category detector tables: the fact is found and masked, the business survives."""

from __future__ import annotations

import pytest

from receptionist.privacy.redactor import redact as mask
from receptionist.privacy.semantic import detect_semantic
from receptionist.privacy.types import CATEGORIES


def redact(text: str) -> tuple[str, set[str]]:
    """Mask category spans the way the engine's redactor does, for these tests."""
    findings = [f for f in detect_semantic(text) if f.kind == "category"]
    return mask(text, findings), {f.label for f in findings}


# (text, label, must be gone after redaction, must survive)
FACTS = [
    # health: conditions, medication, disability, pregnancy, SEN
    ("i'm on pregabalin for my back so i can't drive to the open evening", "health", "pregabalin", "open evening"),
    ("he's taking levetiracetam now, can he still do the swimming gala", "health", "levetiracetam", "swimming gala"),
    ("she was put on olanzapine last month and is sleepy in lessons", "health", "olanzapine", "lessons"),
    ("my dad takes atorvastatin and ramipril, can he still come to the tour", "health", "atorvastatin", "tour"),
    ("my daughter's got type one diabetes so she needs a snack at break", "health", "type one diabetes", "snack at break"),
    ("he was diagnosed with autism last spring, who's the SENCo", "health", "autism", "SENCo"),
    ("i'm pregnant so i can't do the lifting on the stock take", "health", "pregnant", "stock take"),
    ("my son has epilepsy and the strobe lights at the disco worry me", "health", "epilepsy", "disco"),
    ("she's on antidepressants and they make her drowsy in the mornings, can she start later", "health", "antidepressants", "start later"),
    ("i suffer from migraines so the bright screens in the library are hard", "health", "migraines", "library"),
    ("my husband's had a stroke so i'm collecting the kids now", "health", "had a stroke", "collecting the kids"),
    ("our lad's deaf in one ear, can he sit at the front for the exam", "health", "deaf", "exam"),
    ("i'm bipolar and i'd like to talk about adjustments for the interview", "health", "bipolar", "interview"),
    ("he's got a nut allergy so please check the menu for the trip", "health", "nut allergy", "menu"),
    # racial or ethnic origin (nationality alone is not)
    ("we're Romany Gypsies and we travel in the summer, can she do work from home", "racial_ethnic_origin", "Romany Gypsies", "work from home"),
    ("i'm British Bangladeshi and i'd like to help with the community iftar", "racial_ethnic_origin", "British Bangladeshi", "community iftar"),
    ("my kids are mixed heritage and the hair policy doesn't fit them", "racial_ethnic_origin", "mixed heritage", "hair policy"),
    # religion or belief
    ("we're Muslim so he'll be fasting during the exams, can he skip lunch club", "religion_belief", "Muslim", "lunch club"),
    ("i'm a practising Catholic and i want to know about the sex education lessons", "religion_belief", "Catholic", "sex education"),
    ("my daughter's a Sikh and she wears a kara, is that allowed in PE", "religion_belief", "Sikh", "PE"),
    ("i'm an atheist so i'd rather my son skipped the carol service", "religion_belief", "atheist", "carol service"),
    # political opinion
    ("i voted Green at the last election and i want to complain about the new car park", "political_opinion", "voted Green", "car park"),
    ("i'm a Labour party member and i'm upset about the cuts to the library", "political_opinion", "Labour party member", "library"),
    # trade union
    ("i'm a Unison member and i need a copy of my contract", "trade_union", "Unison member", "copy of my contract"),
    ("my husband's in the RMT and he's on strike on Tuesday so he can't do pick up", "trade_union", "in the RMT", "pick up"),
    # genetic
    ("the DNA test showed he's a carrier of cystic fibrosis, does the school nurse need to know", "genetic", "DNA test", "school nurse"),
    ("my BRCA gene test came back positive and i need time off for surgery", "genetic", "BRCA gene test", "time off"),
    # biometric
    ("the canteen has my son's fingerprint on file, can you delete it now he's left", "biometric", "fingerprint", "canteen"),
    ("my iris scan at the gym isn't working, can i come in with my card", "biometric", "iris scan", "gym"),
    # sex life and orientation
    ("i'm gay and i'd like to bring my partner to the staff dinner", "sex_life_orientation", "gay", "staff dinner"),
    ("my son's boyfriend wants to come to the prom, is that ok", "sex_life_orientation", "boyfriend", "prom"),
    ("she's bisexual and some of the girls have been weird about the changing rooms", "sex_life_orientation", "bisexual", "changing rooms"),
    # criminal offence
    ("my brother was charged with assault last month, can he still pick up my son", "criminal_offence", "charged with assault", "pick up my son"),
    ("i've got a conviction for shoplifting from years ago, will it show on the DBS", "criminal_offence", "conviction for shoplifting", "DBS"),
    ("he's on a tag until March so he can't do the evening rehearsals", "criminal_offence", "on a tag", "evening rehearsals"),
    ("my dad's in prison so only my mum can sign the form", "criminal_offence", "in prison", "sign the form"),
    # a second batch, written independently
    ("my son's got cerebral palsy and needs a ground floor classroom", 'health', 'cerebral palsy', 'ground floor classroom'),
    ("i had a miscarriage last week so i won't be at the governors meeting", 'health', 'miscarriage', 'governors meeting'),
    ("she's been struggling with anorexia and the canteen is really hard for her", 'health', 'anorexia', 'canteen'),
    ('he takes ritalin at lunchtime, can the office keep it', 'health', 'ritalin', 'office'),
    ("i'm going through the menopause and the hot classrooms are awful", 'health', 'menopause', 'hot classrooms'),
    ("my wife's got MS and uses a stick, is there parking near the hall", 'health', 'MS', 'parking'),
    ("i've got dyslexia so could you email the information rather than post it", 'health', 'dyslexia', 'email the information'),
    ("his sickle cell's flared up and he's in hospital this week", 'health', 'sickle cell', 'this week'),
    ("my husband's having chemo so i'm the only one who can do drop off", 'health', 'chemo', 'drop off'),
    ("i'm hard of hearing so please speak up, it's about the council tax bill", 'health', 'hard of hearing', 'council tax bill'),
    ("my daughter's been diagnosed with depression and the GP's signed her off", 'health', 'depression', 'GP'),
    ('my son has ADHD and he finds assemblies really hard', 'health', 'ADHD', 'assemblies'),
    ("i'm twelve weeks pregnant and need to tell HR", 'health', 'pregnant', 'HR'),
    ("we're Irish Travellers and we've just moved onto the site by the river", 'racial_ethnic_origin', 'Irish Travellers', 'site by the river'),
    ("i'm Kurdish and i'd like to volunteer as a translator", 'racial_ethnic_origin', 'Kurdish', 'translator'),
    ("my husband is Black Caribbean and the kids get asked where they're really from", 'racial_ethnic_origin', 'Black Caribbean', 'kids'),
    ("i'm of Pakistani heritage and want to join the governors", 'racial_ethnic_origin', 'Pakistani heritage', 'governors'),
    # a festival or practice of a faith already stated is a further mention of it (masked by the
    # span tagger); the business around it stays
    ("i'm Jewish so he won't be in on Yom Kippur", 'religion_belief', 'Jewish', "won't be in on"),
    ("we're Jehovah's Witnesses so she won't do the birthday celebrations in class", 'religion_belief', "Jehovah's Witnesses", 'birthday celebrations'),
    ("i'm Hindu and vegetarian, what options are there at the staff lunch", 'religion_belief', 'Hindu', 'staff lunch'),
    ("my son's become a Muslim and wants somewhere to pray at lunch", 'religion_belief', 'Muslim', 'somewhere to'),
    ("i'm a Reform voter and i think the lessons are biased", 'political_opinion', 'Reform voter', 'lessons'),
    ("my husband's a Green Party member and wants to talk about the solar panels", 'political_opinion', 'Green Party member', 'solar panels'),
    ("i voted Conservative all my life and i've never seen the bins this bad", 'political_opinion', 'voted Conservative', 'bins'),
    ("i'm a member of the NEU and i want to know about the pay award", 'trade_union', 'member of the NEU', 'pay award'),
    ("my wife's a GMB rep at the depot and she's been bullied for it", 'trade_union', 'GMB rep', 'depot'),
    ("i've just joined Unison, do i tell payroll", 'trade_union', 'joined Unison', 'payroll'),
    ("my paternity test results came back and he's not mine, i need to change the emergency contacts", 'genetic', 'paternity test results', 'emergency contacts'),
    ("my son's voice print for the banking app was set up with the school's ID, can you reset it", 'biometric', 'voice print', 'banking app'),
    ("the school scanned my daughter's face for the lunch payments, i want it deleted", 'biometric', 'face', 'lunch payments'),
    ("i'm a lesbian and my partner will be coming to parents evening with me", 'sex_life_orientation', 'lesbian', 'parents evening'),
    ("my son is trans and wants to use the boys' toilets", 'sex_life_orientation', 'trans', 'toilets'),
    ("my husband's been having an affair with a teaching assistant", 'sex_life_orientation', 'having an affair', 'teaching assistant'),
    ('my son was arrested for possession last weekend, will it affect his place', 'criminal_offence', 'arrested for possession', 'his place'),
    ("i'm on probation and my officer says i need proof of the course", 'criminal_offence', 'on probation', 'proof of the course'),
    ("my ex is on the sex offenders register and i don't want him at sports day", 'criminal_offence', 'sex offenders register', 'sports day'),
    ("he got a caution for fighting and now he's worried about uni applications", 'criminal_offence', 'caution for fighting', 'uni applications'),
    ('i did two years in prison, can i still volunteer at the food bank', 'criminal_offence', 'in prison', 'food bank'),
    # a third batch: third person, fillers, indirect wording
    ("um so my lad's autistic and he gets really overwhelmed in the dinner hall", 'health', 'autistic', 'dinner hall'),
    ('she has type 2 diabetes and needs to eat at set times during the exam', 'health', 'type 2 diabetes', 'exam'),
    ("my partner's recovering from a heart attack so i'll be doing the school run", 'health', 'heart attack', 'school run'),
    ("i've got long covid and can't manage the stairs to the library", 'health', 'long covid', 'library'),
    ("he's on the autism pathway and we're waiting for an assessment, can he have a quiet space", 'health', 'autism', 'quiet space'),
    ("my daughter's got a stammer so please don't make her read aloud", 'health', 'stammer', 'read aloud'),
    ("i suffer with panic attacks so i'd rather do the interview on the phone", 'health', 'panic attacks', 'interview'),
    ("my mum's got breast cancer so i need compassionate leave", 'health', 'cancer', 'compassionate leave'),
    ("he's got tourette's and the other kids wind him up", 'health', "tourette's", 'other kids'),
    ("i'm blind and need the letters in braille", 'health', 'blind', 'braille'),
    ("my son's half Nigerian and the form doesn't have the right box", 'racial_ethnic_origin', 'half Nigerian', 'form'),
    ("i'm a Gypsy and the kids have been called names at the bus stop", 'racial_ethnic_origin', 'Gypsy', 'bus stop'),
    ('my wife is British Indian and she wants to teach a Diwali cooking class', 'racial_ethnic_origin', 'British Indian', 'cooking class'),
    ("i'm a Sikh so i carry a kirpan, is that okay on the site visit", 'religion_belief', 'Sikh', 'site visit'),
    ("my family are Orthodox Jews so she can't come on Saturday", 'religion_belief', 'Orthodox Jews', 'Saturday'),
    ("he's a devout Christian and doesn't want to do the Halloween disco", 'religion_belief', 'Christian', 'Halloween disco'),
    ("i'm Buddhist and i'd like a quiet room for meditation at lunch", 'religion_belief', 'Buddhist', 'quiet room'),
    ("i always vote Labour and i'm fed up with the potholes", 'political_opinion', 'vote Labour', 'potholes'),
    ("i'm a socialist and i object to the academy trust taking over", 'political_opinion', 'socialist', 'academy trust'),
    ("my dad's in the UCU and is striking next week so he can't pick her up", 'trade_union', 'in the UCU', 'pick her up'),
    ("i'm in the union so i want my rep at the meeting", 'trade_union', 'in the union', 'meeting'),
    ("my daughter's genetic condition means she needs extra rest", 'genetic', 'genetic condition', 'extra rest'),
    ("they kept my fingerprints on the police system even though i wasn't charged", 'biometric', 'fingerprints', 'police system'),
    ("the gym's palm scanner has my palm print from when i was a member, delete it", 'biometric', 'palm print', 'gym'),
    ("my daughter's just told us she's gay and she's nervous about the residential", 'sex_life_orientation', 'gay', 'residential'),
    ("he's bi and his dad doesn't know, please don't mention it", 'sex_life_orientation', 'bi', 'please'),
    ("my son's boyfriend is moving in with us, can he use our address", 'sex_life_orientation', 'boyfriend', 'our address'),
    ("i've got a criminal record for drink driving, can i still be a parent helper", 'criminal_offence', 'criminal record', 'parent helper'),
    ("my husband's on bail and can't come within a mile of the school", 'criminal_offence', 'on bail', 'mile of the school'),
    ("he was sent to a young offenders institute last year and he's back now", 'criminal_offence', 'young offenders', 'back now'),
    ('my son got done for shoplifting, will the school find out', 'criminal_offence', 'done for shoplifting', 'will the school find out'),
    ("my brother's doing time for burglary, can i bring his kids to the party", 'criminal_offence', 'doing time', 'party'),
    # a fourth batch: euphemisms, fillers, quieter facts
    ("um yeah my son's got er Crohn's so he needs to leave lessons quickly sometimes", 'health', "Crohn's", 'leave lessons'),
    ("she's severely dyslexic and needs a reader for the mocks", 'health', 'dyslexic', 'mocks'),
    ("my husband's been sectioned so i'm doing everything on my own at the moment", 'health', 'sectioned', 'on my own'),
    ("i'm on methadone so i have to go to the chemist every morning before work", 'health', 'methadone', 'every morning before work'),
    ('my son self-harms so can he keep his sleeves down in PE', 'health', 'self-harms', 'PE'),
    ("i'm HIV positive and i want to know who sees my occupational health form", 'health', 'HIV positive', 'occupational health form'),
    ("my daughter's eczema is really bad and the uniform fabric makes it worse", 'health', 'eczema', 'uniform fabric'),
    ("we're both deaf so we need a BSL interpreter for parents evening", 'health', 'deaf', 'BSL interpreter'),
    ("my son's on the spectrum and finds fire drills terrifying", 'health', 'on the spectrum', 'fire drills'),
    ("i've been signed off with stress, can i still come to the christmas lunch", 'health', 'signed off with stress', 'christmas lunch'),
    ("i'm a Muslim convert and i'd like a prayer space at work", 'religion_belief', 'Muslim convert', 'prayer space'),
    ("we're Pentecostal and Sunday is our worship day so she can't do Sunday fixtures", 'religion_belief', 'Pentecostal', 'Sunday fixtures'),
    ('my son wears a turban and the PE teacher keeps asking him to take it off', 'religion_belief', 'wears a turban', 'PE teacher'),
    ("i'm a Roma mum and the other parents won't talk to me", 'racial_ethnic_origin', 'Roma', 'other parents'),
    ('my kids are British Somali and they want to do a talk at the assembly', 'racial_ethnic_origin', 'British Somali', 'assembly'),
    ("i'm a paid up member of the SNP and want to complain about the flags", 'political_opinion', 'member of the SNP', 'flags'),
    ("i'm in Unite and my steward said to ring about the back pay", 'trade_union', 'in Unite', 'back pay'),
    ("my husband's an RCN member and he's on the picket line tomorrow", 'trade_union', 'RCN member', 'tomorrow'),
    ("i'll be on the picket line on wednesday so can my son go to breakfast club", 'trade_union', 'picket line', 'breakfast club'),
    ('my son had his DNA taken at the police station', 'genetic', 'DNA', 'police station'),
    ('my finger vein scan at the bank keeps failing, is that to do with your system', 'biometric', 'finger vein scan', 'bank'),
    ("she's transgender and wants to go by Sam now, can you update the register", 'sex_life_orientation', 'transgender', 'update the register'),
    ('my son was cautioned for criminal damage, does that go on his school record', 'criminal_offence', 'cautioned for criminal damage', 'school record'),
    ("he's been remanded in custody so he won't be in for his exams", 'criminal_offence', 'remanded in custody', 'exams'),
    ("my dad's got a conviction for assault from years back, can he still come on trips", 'criminal_offence', 'conviction for assault', 'trips'),
    # broad vocabularies: medicines by generic and brand name, conditions, procedures
    ("my son's on montelukast and uses a ventolin inhaler, can he do cross country", 'health', 'montelukast', 'cross country'),
    ("i'm on co-codamol after my gallbladder removal so i can't drive to the meeting", 'health', 'gallbladder removal', 'meeting'),
    ("she's having a hysterectomy next month so i need cover for her classes", 'health', 'hysterectomy', 'cover for her classes'),
    ("he's got ulcerative colitis and needs a toilet pass", 'health', 'ulcerative colitis', 'toilet pass'),
    ("my dad has copd so he can't manage the stairs at the polling station", 'health', 'copd', 'polling station'),
    ("i take lansoprazole every morning, can the interview be after ten", 'health', 'lansoprazole', 'interview'),
    ("she's on the pill and wants to know if the trip jabs are ok", 'health', 'the pill', 'trip jabs'),
    ("my wife was prescribed naproxen so she won't be driving to the match", 'health', 'naproxen', 'match'),
    # STT splits an unfamiliar drug name; the pieces are still one medicine
    ("he's on adda lim umab injections, does the fridge in the office work", 'health', 'umab', 'fridge in the office'),
    # how far along a pregnancy is, and a hospital stay with its length, go with the fact
    ("i'm thirty two weeks pregnant, can i have a seat near the door at graduation", 'health', 'thirty two weeks', 'graduation'),
    ("i'm pregnant, around sixteen weeks, so can i skip the fire warden rota", 'health', 'sixteen weeks', 'fire warden rota'),
    ("my husband's been in hospital for nine days so i'll collect the keys", 'health', 'in hospital for nine days', 'collect the keys'),
    ("he's having a hip replacement in may so he can't do the reading scheme", 'health', 'hip replacement', 'reading scheme'),
    ("she'll be on crutches till half term, can she use the lift", 'health', 'on crutches', 'use the lift'),
    ("my oncologist wants me in on tuesday so i'll miss parents evening", 'health', 'oncologist', 'parents evening'),
    ("since his stroke he can't do the stairs, is there a ground floor room", 'health', 'his stroke', 'ground floor room'),
    ("she uses a wheelchair because of her ms, where's the ramp", 'health', 'her ms', 'ramp'),
    ("can i change my appointment with the asthma nurse to friday", 'health', 'asthma', 'friday'),
    # religion: observances someone keeps, and denominations
    ("we'll be celebrating diwali so she'll be off on the twelfth", 'religion_belief', 'diwali', 'twelfth'),
    ("can i have navratri off, i'll make the hours up", 'religion_belief', 'navratri off', 'make the hours up'),
    ("he won't be having lunch during yom kippur, can he sit in the library", 'religion_belief', 'yom kippur', 'library'),
    ("my son's first holy communion is on the sunday so he'll miss the match", 'religion_belief', 'holy communion', 'match'),
    ("i'm a presbyterian so sunday shifts are hard for me", 'religion_belief', 'presbyterian', 'sunday shifts'),
    ("we're orthodox jewish and need the parents evening before friday sunset", 'religion_belief', 'jewish', 'parents evening'),
    # political: parties, youth wings, causes, protests, votes to come
    ("my husband's a lifelong labour voter and wants to complain about the bins", 'political_opinion', 'labour voter', 'bins'),
    ("she goes to the extinction rebellion protests most weekends, is that why she's tired", 'political_opinion', 'extinction rebellion', 'tired'),
    ("i'm campaigning for scottish independence and want a stall at the fair", 'political_opinion', 'scottish independence', 'stall at the fair'),
    ("my son's a member of young labour, can he do his work experience at the office", 'political_opinion', 'young labour', 'work experience'),
    ("he wore a black lives matter t-shirt on non uniform day and got a detention", 'political_opinion', 'black lives matter', 'detention'),
    ("we're diehard remainers, the leaflet about the debate is biased", 'political_opinion', 'remainers', 'leaflet'),
    # trade union: strike with a named union, one's own rep
    ("i'm striking with the neu next wednesday so i won't be at the training", 'trade_union', 'neu', 'training'),
    ("my unite rep says i can bring him to the disciplinary", 'trade_union', 'unite rep', 'disciplinary'),
    ("the fbu are representing me at the hearing next week", 'trade_union', 'fbu', 'hearing'),
    # sex life and orientation
    ("my son's just come out to us and he's nervous about the trip", 'sex_life_orientation', 'come out', 'nervous about the trip'),
    ("my daughter came out as a lesbian and wants to take her girlfriend to prom", 'sex_life_orientation', 'lesbian', 'prom'),
    ("i'm his other dad, can i be added to the pick up list", 'sex_life_orientation', 'other dad', 'pick up list'),
    # criminal offence: disposals, named prisons, DBS
    ("my son's on a conditional caution so he has to do a course, can he leave early", 'criminal_offence', 'conditional caution', 'leave early'),
    ("he got a detention and training order so he won't be back this term", 'criminal_offence', 'detention and training order', 'this term'),
    ("my brother's in hmp wandsworth till june so i'm his kids' contact", 'criminal_offence', 'hmp wandsworth', "kids' contact"),
    ("it'll come up on my dbs, will that stop me volunteering at the club", 'criminal_offence', 'come up on my dbs', 'volunteering'),
    ("she was released under investigation so she's back at college", 'criminal_offence', 'released under investigation', 'back at college'),
    # genetic: zygosity, carriers, what a DNA test showed
    ("we're both homozygous for the hfe mutation, does the nurse need that", 'genetic', 'homozygous', 'nurse'),
    ("we're carriers of thalassaemia and want the school to know", 'genetic', 'carriers of thalassaemia', 'school to know'),
    ("the paternity test showed he's not my dad so i want his name off the form", 'genetic', "not my dad", 'off the form'),
    # biometric: a face or print kept on a system
    ("the gym still has my fingerprints on file, can you delete them", 'biometric', 'fingerprints', 'delete them'),
    ("the canteen tills have got my son's face saved, he's left now", 'biometric', 'face saved', "he's left"),
    # ethnicity in census and monitoring-form wording
    ("for the equality form i'm mixed white and black african, can you send it to hr", 'racial_ethnic_origin', 'white and black african', 'send it to hr'),
    ("on the monitoring form put my son down as white and asian, he starts in year seven", 'racial_ethnic_origin', 'white and asian', 'year seven'),
    ("my ethnicity is black british, i need that updated on my staff record", 'racial_ethnic_origin', 'black british', 'staff record'),
    ("she's pakistani kashmiri and wants a female interpreter on tuesday", 'racial_ethnic_origin', 'kashmiri', 'female interpreter'),
    ("we are gypsy or irish traveller on the form, the kids start in september", 'racial_ethnic_origin', 'irish traveller', 'september'),
    ("the family is roma and they've just moved into the flats on mill lane", 'racial_ethnic_origin', 'roma', 'mill lane'),
    ("you can put me down as asian british on the new starter form", 'racial_ethnic_origin', 'asian british', 'new starter form'),
    ("we're kurds from iraq and my son needs help with english", 'racial_ethnic_origin', 'kurds', 'help with english'),
    # votes and party support
    ("i've always voted green and i'm annoyed the council cut the bin collections", 'political_opinion', 'voted green', 'bin collections'),
    ("my husband votes reform, anyway the parking permit has run out", 'political_opinion', 'votes reform', 'parking permit'),
    ("me and my husband are lifelong labour voters and we're furious about the library", 'political_opinion', 'labour voters', 'library'),
    ("i'll be voting snp and i want to know where my polling station is", 'political_opinion', 'voting snp', 'polling station'),
    ("as a green party member i want to complain about the hedges", 'political_opinion', 'green party member', 'hedges'),
    ("i canvass for the snp most weekends so saturday appointments don't work", 'political_opinion', 'canvass for the snp', 'saturday appointments'),
    # unions by long name, subs, dues and one's own rep
    ("i'm in the royal college of nursing and they said to ask for the policy in writing", 'trade_union', 'royal college of nursing', 'policy in writing'),
    ("my wife's with the national education union and wants a copy of the grievance", 'trade_union', 'national education union', 'grievance'),
    ("i'm with the fire brigades union so my shifts are posted on their site", 'trade_union', 'fire brigades union', 'shifts'),
    ("i pay my union dues by direct debit and it's been taken twice", 'trade_union', 'union dues', 'direct debit'),
    ("can i bring my union rep to the disciplinary on monday", 'trade_union', 'union rep', 'disciplinary'),
    ("i'll be out on strike with unison on thursday so i can't do parents evening", 'trade_union', 'on strike', 'parents evening'),
    # religious practice: fasting, prayer, diet and dress
    ("we're hindu and my mum fasts on mondays so can the lunch be moved", 'religion_belief', 'fasts on mondays', 'lunch be moved'),
    ("she's sikh and she prays every morning before school, can she come in at nine", 'religion_belief', 'prays every morning', 'come in at nine'),
    ("i'm fasting for lent so i won't be at the staff lunch", 'religion_belief', 'fasting for lent', 'staff lunch'),
    ("i pray five times a day so i'll need somewhere quiet at work", 'religion_belief', 'five times a day', 'somewhere quiet'),
    ("my husband only eats kosher meals so the works dinner is tricky", 'religion_belief', 'kosher meals', 'works dinner'),
    ("we're vegetarian for religious reasons so no meat at the party please", 'religion_belief', 'religious reasons', 'party'),
    ("my son wears his patka to school and a kid pulled it off", 'religion_belief', 'patka', 'pulled it off'),
    # health: procedures, medicine forms, sexual health and pregnancy care
    ("i had my leg amputated below the knee so i need a ground floor room", 'health', 'amputated below the knee', 'ground floor room'),
    ("he carries his buccolam in a red bag, the teacher needs to know", 'health', 'buccolam', 'red bag'),
    ("her rescue meds are in the office, please make sure the trip leader takes them", 'health', 'rescue meds', 'trip leader'),
    ("my son has an insulin pen that needs to be kept in the fridge", 'health', 'insulin pen', 'fridge'),
    ("i need emergency contraception, can i get an appointment today", 'health', 'emergency contraception', 'appointment today'),
    ("i'm calling for my smear test results", 'health', 'smear test', 'calling for'),
    ("i had unprotected sex at the weekend and need to see someone", 'health', 'unprotected sex', 'weekend'),
    ("i had unprotected sex at the weekend and need to see someone", 'sex_life_orientation', 'unprotected sex', 'weekend'),
    ("i've got antenatal appointments on tuesdays so i need to swap shifts", 'health', 'antenatal appointments', 'swap shifts'),
    ("my daughter's twenty week scan is on friday so she'll be late", 'health', 'twenty week scan', 'late'),
    ("i've got my scan at twenty weeks next thursday", 'health', 'scan at twenty weeks', 'next thursday'),
    # criminal-justice services attended by the caller or family
    ("he's got his appointments with the yot worker on wednesdays so he'll leave early", 'criminal_offence', 'yot worker', 'leave early'),
    ("my son is with the youth offending team and they want to meet at school", 'criminal_offence', 'youth offending team', 'meet at school'),
    ("my brother's yot officer wants to visit him at college", 'criminal_offence', 'yot officer', 'college'),
    ("my son is attending his referral panel on friday so he'll miss maths", 'criminal_offence', 'referral panel', 'miss maths'),
    ("i'm reporting to probation every week so i need fridays off", 'criminal_offence', 'probation', 'fridays off'),
]


@pytest.mark.parametrize(("text", "label", "gone", "kept"), FACTS)
def test_fact_is_labelled_and_masked(text: str, label: str, gone: str, kept: str) -> None:
    assert label in CATEGORIES
    redacted, labels = redact(text)
    assert label in labels
    assert gone not in redacted
    assert kept in redacted


# Hard negatives: course names, roles, buildings, organisations (R1), idioms, nationality alone.
NOT_FACTS = [
    "i'm done with this form, where do i post it",
    "can i take the bus to the open day",
    "she's on the waiting list for the pottery class",
    "is health and social care a two year course",
    "i want to enrol on religious studies A level",
    "what grades do you need for criminology",
    "my son goes to the Catholic school on Station Road, is the bus still running",
    "i'm the union rep and i'd like to book the small hall for a meeting",
    "i'm calling from the mosque committee about parking for Eid prayers",
    "i'm the Conservative candidate's agent and i want to book the hustings",
    "is the Labour Club doing the quiz again",
    "she's Albanian and needs help with the admissions form",
    "i'm a prison officer and i'd like to join the adult evening class",
    "my son wants to study forensic science at uni",
    "the nurse said my appointment's moved to Thursday",
    "he'll be late today, he's at the dentist",
    "my nerves are shot after that drive, where's the car park",
    "the biometric residence permit is in the post, can i enrol without it",
    "i unlock my phone with face ID, can the app do that too",
    "my grandad passed away from cancer last year, we're bringing flowers to the memorial",
    "i'm doing a project on the Windrush generation",
    "the Pride assembly, can parents come",
    "we're collecting for the Macmillan coffee morning",
    "my son's doing a project on diabetes for science week",
    'is the cancer research shop still collecting clothes',
    "i'm a diabetes nurse and need the parking code",
    'the epilepsy awareness assembly, can parents come',
    "what's the school policy on inhalers",
    'my nan died of dementia last year, can i get the memorial bench plaque changed',
    "i'm from the Jewish community centre, can we hire the hall",
    'the Sikh temple on Cross Street runs a food bank',
    "we're from the Green party office, we'd like to book the community room for hustings",
    "i'm the union rep at the depot and we need the meeting room on Friday",
    "i'm the chaplain at the hospital and want to visit the pupils",
    "he's Polish and just joined year four",
    "she's from Nigeria and needs help with the enrolment forms",
    "the Muslim girls' football team need the pitch on Saturday",
    'is the prison visiting centre on the bus route',
    "i'm a criminal defence solicitor and need a DBS form",
    'the police are doing a talk on knife crime',
    "i'm a probation officer and want to book a room",
    'the pregnancy yoga class at the leisure centre, is it full',
    'my daughter wants to study genetics at university',
    "the fingerprint scanner at the library's broken",
    'i unlock my laptop with my fingerprint, can the college one do that',
    'the gay bar on the high street keeps leaving glass on the pavement',
    "we're doing a sponsored walk for the MS Society",
    "i'm a hearing aid technician and want to offer free checks",
    'my son wants to study politics, is there an A level',
    'the Conservative club car park is full, can we park at the school',
    "i'm Catholic school trained and applying for the teaching post",
    'the Christmas carol service, is it at the church',
    "my son's got a cold, he'll be in tomorrow",
    'is the Islamic studies course full',
    'the Hindu temple on the high road are doing a food drive',
    'my son goes to the Jewish primary, can he join the chess club here',
    "i'm the vicar at St Luke's and would like to do an assembly",
    "we're from the Labour party and want to deliver leaflets in the car park",
    'the Reform candidate wants to visit the college, who do i speak to',
    'i work in the prison library and want to donate books',
    "my daughter's doing criminology and sociology",
    "the union building's closed, where's the careers office",
    "we're a black-owned business and want a stall at the fair",
    'the Caribbean food night was amazing, thanks',
    "i'm the Catholic chaplain and need access to the chapel",
    "my son's in the LGBT society and they want to book a room",
    'is the gay straight alliance still meeting on Wednesdays',
    'the heart foundation shop has a sale on',
    'the autism unit is looking for volunteers',
    'my husband is a police officer and works nights',
    'the cadets are doing a DNA extraction experiment in science club',
    'is there a blind spot at the junction by the school',
    "we're all dying to see the new building",
    "i'm a big fan of the Conservative club's Christmas market",
    'my daughter wants to do A level religious studies and politics',
    'the pregnancy test kits in the science lab need reordering',
    "my dad's a retired prison officer and wants to volunteer",
    'the fingerprints activity in the forensics workshop was brilliant',
    "i'm scared of catching measles on the trip, is there a vaccine clinic",
    'the deaf awareness week starts on Monday',
    'is there a prayer room at the college',
    'the picket line outside the hospital was blocking the bus stop',
    'the police took a statement about the break in',
    'my husband was a member of the rugby club for years',
    'the cancer ward at the hospital is doing a fundraiser',
    "i'm a Liverpool fan so i'll be late if there's a match",
    "we watched a programme about Crohn's disease in science",
    "my son's class is learning about Islam and Sikhism",
    # look-alikes of the broader vocabularies
    "can we take them in april for the trip",
    "i work in the hospital kitchen, can i park at the school",
    "the hospital car park is full, where else can i go",
    "i'm a physio and i'd like to book the sports hall",
    "is the school closed for eid",
    "i'm from the Hindu temple, we'd like to book the hall for Diwali",
    "the ramadan timetable for the canteen, is it out yet",
    "i'm ringing about the strike day closure on thursday",
    "i'm the unison branch secretary and we need the room for our members",
    "the results came out last week, can i get a copy",
    "can someone come out to fix the boiler this afternoon",
    "my card's valid from march twenty two",
    "the young conservatives are booking the hall for a debate",
    "my daughter wants to join the debate on brexit in school",
    "the red cross first aid course covers burns and bleeding",
    "the first aid training, the one with the burns and fractures module, is it full",
    "the computing project is a fingerprint scanner door lock",
    "can i book the car in for a service on saturday",
    "i'm a diabetes nurse and need the parking code",
    "he had a county court judgment years ago, can he still rent the hall",
    "i teach in hmp durham on tuesdays so i can't do the evening class",
    "it turns out i've got a half brother, can you pass on a message to the office",
    # nationality alone, places, kit colours and idioms
    "i'm polish and i need a letter confirming my address for the bank",
    "we're from romania and need to register the kids for school",
    "i'm black and blue after falling off the bike, can i move my shift",
    "the white and black kit is in the lost property box",
    "i want to book a table at the caribbean restaurant near the college",
    # politics: courses, agents, votes on things that are not parties
    "my daughter's doing politics a level and needs the reading list",
    "i'm the labour agent for the ward and i'd like to book the hall for hustings",
    "we're voting for the green one for the new paint in the hall",
    "i vote we move the meeting to thursday",
    # unions: officials speaking for the branch, unrelated senses
    "i'm the unison branch secretary and i'd like to book room four for a members meeting",
    "i'm the rep from unison booking a room for our members on friday",
    "we need to unite the two classes for the trip",
    # religion: courses, buildings, idioms, diets with no faith
    "can i park in the mosque car park for the school fair",
    "football is a religion in our house, is the pitch free on sunday",
    "i'm fasting before my blood test tomorrow so can i come later",
    "she fasts on tuesdays for her diet, can the lunch be later",
    "i have halal chicken in the freezer for the party",
    # health: services with no person, deceased relatives
    "what time does the sexual health clinic open on saturdays",
    "when is the antenatal clinic open",
    "is emergency contraception available at the pharmacy on saturdays",
    "my grandad had his leg amputated before he died, i'm sorting the funeral",
    # criminal justice: practitioners (R1) and job probation
    "i'm a yot officer and i'd like to book a room to meet a young person",
    "i work with the youth offending team and need a parking pass",
    "my probation period at work ends next month, who do i speak to",
    "the probation service are running a careers stall, can they have a table",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_hard_negative_gets_no_category(text: str) -> None:
    redacted, labels = redact(text)
    assert labels == set()
    assert redacted == text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # R3: abuse and exploitation content is not labelled twice
        ("my stepdad raped my sister and she's only twelve", "sex_life_orientation"),
        ("my carer makes me sleep with his friends for money", "sex_life_orientation"),
        ("the older lads have him dealing drugs at the station", "criminal_offence"),
    ],
)
def test_disclosure_facts_are_not_labelled_twice(text: str, label: str) -> None:
    _, labels = redact(text)
    assert label not in labels
    assert any(f.kind == "safeguarding" for f in detect_semantic(text))


# Indirect wordings of special-category facts: mixed heritage through parents, party
# membership, lay genetic findings, reproductive care, biometric capture by purpose,
# same-sex couples said indirectly, and a condition named after "since the" / "after the".
INDIRECT_FACTS = [
    ("my daughter's half jamaican half irish so which box do i tick", "racial_ethnic_origin", "half jamaican half irish", "which box"),
    ("her dad's nigerian and i'm white, so she gets asked about her hair", "racial_ethnic_origin", "nigerian and i'm white", "her hair"),
    ("his mum's polish and his dad's pakistani so he speaks three languages", "racial_ethnic_origin", "polish and his dad's pakistani", "three languages"),
    ("they're mixed, part indian, and the other kids pick on them", "racial_ethnic_origin", "part indian", "pick on them"),
    ("my son is mixed, his dad is from trinidad, is there a hair policy", "racial_ethnic_origin", "mixed", "hair policy"),
    ("i'm a scottish nationalist and i want to complain about the flag", "political_opinion", "scottish nationalist", "the flag"),
    ("i'm a welsh nationalist so i'd like the form in welsh", "political_opinion", "welsh nationalist", "the form in welsh"),
    ("we're both in the green party and want to volunteer at the allotments", "political_opinion", "in the green party", "allotments"),
    ("i'm in the labour party, can i still be a school governor", "political_opinion", "in the labour party", "school governor"),
    ("my husband is a party member so is that a conflict for the committee", "political_opinion", "party member", "committee"),
    ("i was a brexiteer but i want to ask about the bins", "political_opinion", "brexiteer", "the bins"),
    ("i'm a lifelong conservative and i've never seen the road this bad", "political_opinion", "lifelong conservative", "the road"),
    ("the genetic test found a deletion on chromosome twenty two so she needs help in class", "genetic", "deletion on chromosome twenty two", "help in class"),
    ("he has an extra chromosome, so he'll need help at lunch", "genetic", "extra chromosome", "help at lunch"),
    ("she's got a microdeletion and the school nurse wants a meeting", "genetic", "microdeletion", "school nurse"),
    ("we're both carriers so the midwife wants to see us", "genetic", "both carriers", "wants to see us"),
    ("my son has sickle cell trait, does he need a care plan", "genetic", "sickle cell trait", "care plan"),
    ("i've got an appointment at the fertility clinic on monday so i can't come in", "health", "fertility clinic", "on monday"),
    ("my mum's at the menopause clinic tomorrow, can we move the visit", "health", "menopause clinic", "move the visit"),
    ("they took a photo of my face for the entry gates and i want it deleted", "biometric", "photo of my face", "entry gates"),
    ("the gym scanned my face to clock in and i didn't agree to it", "biometric", "scanned my face", "didn't agree"),
    ("there's a palm vein scanner at the gym and they kept my details", "biometric", "palm vein scanner", "at the gym"),
    ("me and my wife, we're both women, and we want to adopt", "sex_life_orientation", "both women", "adopt"),
    ("we're two blokes looking to foster", "sex_life_orientation", "two blokes", "foster"),
    ("my same-sex partner needs adding to the tenancy", "sex_life_orientation", "same-sex partner", "tenancy"),
    ("i'm a woman and my girlfriend is moving in, how do i add her to the council tax", "sex_life_orientation", "my girlfriend", "council tax"),
    ("we're in an open relationship so he stays over sometimes", "sex_life_orientation", "open relationship", "stays over"),
    ("he hasn't been able to walk properly since the stroke, can he have a blue badge", "health", "the stroke", "blue badge"),
    ("after the heart attack my dad needs a ground floor flat", "health", "the heart attack", "ground floor flat"),
    ("since the accident left me paralysed i need a ramp at the front", "health", "paralysed", "a ramp"),
]


@pytest.mark.parametrize(("text", "label", "gone", "kept"), INDIRECT_FACTS)
def test_indirect_fact_is_labelled_and_masked(text: str, label: str, gone: str, kept: str) -> None:
    redacted, labels = redact(text)
    assert labels == {label}
    assert gone not in redacted
    assert kept in redacted


INDIRECT_NOT_FACTS = [
    "i'm polish and i need to register for council tax",
    "my husband's italian, can he get a parking permit",
    "my son is mixed up about his timetable",
    "her dad's away and i'm working nights this week",
    "the mixed ability class is full",
    "how do i get to the scottish national portrait gallery",
    "i'm the agent for the green party candidate and i'd like to book the hall for hustings",
    "i'm the labour candidate for the north ward, can i book the community room",
    "is the party room free on saturday for a birthday party",
    "we're both members of the gym",
    "is the carrier bag charge still ten pence",
    "we're both carers for our mum",
    "i got a termination notice from my landlord",
    "is the menopause clinic open on saturdays",
    "i work at the fertility clinic and want to book the room",
    "they took a photo for my staff id badge",
    "face id on my phone isn't working with your app",
    "they scanned my bag at the entry gates",
    "my girlfriend wants to book a table",
    "the two blokes from the council came to fix the door",
    "since the storm the fence has been down",
    "after the op shop closes we'll come round",
    "since the car broke down i've been getting the bus",
]


@pytest.mark.parametrize("text", INDIRECT_NOT_FACTS)
def test_indirect_hard_negative_gets_no_category(text: str) -> None:
    redacted, labels = redact(text)
    assert labels == set()
    assert redacted == text
