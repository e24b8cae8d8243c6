"""Long-tail wording found on independent first-look sets, fixed by class.

Each row is written for this file (none is an evaluation item): a class of wording that an
independent batch showed the engine missing or over-reading, said in new words. The tables
grow as new classes are found; each test checks one kind of behaviour over its table.
"""

from __future__ import annotations

import pytest

from receptionist.privacy.engine import default_engine

# (text, category that must be found, span that must be masked)
FACTS = [
    ("she's got crohn's and had a really bad flare up in the exam", 'health', 'flare up'),
    ("my son's got to be at the police station on friday so he'll miss the match", 'criminal_offence', 'police station'),
    ("my wife's handprint is registered on the gate reader, please remove it", 'biometric', 'handprint'),
    ("we're both gay and want a shared room on the trip", 'sex_life_orientation', 'both gay'),
    ("we're orthodox so we can't travel on the sabbath", 'religion_belief', 'on the sabbath'),
    ("i voted green last time but i'm never voting for them again", 'political_opinion', 'never voting for them again'),
    ("my daughter's been signed up to the fingerprint thing at lunch", 'biometric', 'signed up to the fingerprint thing'),
    ("we're british bangladeshi and muslim, is there a prayer room", 'religion_belief', 'muslim'),
    ("the dna test showed we've got a different dad", 'genetic', 'different dad'),
    ("we've started ivf so i'll be in and out for scans all month", 'health', 'in and out for scans'),
    ("i'm with the snp and i help with the leaflets", 'political_opinion', 'with the snp'),
    ("me and half the warehouse joined unite in the summer", 'trade_union', 'joined unite'),
    ("he's just come out of hmp leeds and needs a room", 'criminal_offence', 'hmp leeds'),
    ("me and my wife, we're both women, can we do a joint form", 'sex_life_orientation', 'both women'),
    ("she's got hearing loss so the radio aid has to go with her to the new school", 'health', 'radio aid'),
    ("me and my husband have always been labour voters", 'political_opinion', 'labour voters'),
    ("the test results from the clinic show a deletion on chromosome seven", 'genetic', 'deletion on chromosome seven'),
    ("one of those dna kits matched me as a half sister to someone in accounts", 'genetic', 'half sister'),
    ("my voice is enrolled as my password on the bank line", 'biometric', 'voice is enrolled'),
    ("my husband joined unite last month, can the subs come out of his pay", 'trade_union', 'joined unite'),
    ("her dad's in prison, hmp risley, and she wants a letter for the visit", 'criminal_offence', 'hmp risley'),
    ("i've had my right foot off after the diabetes so i need a ramp", 'health', 'foot off'),
    ("i have hypos now and then so can i keep a snack in class", 'health', 'have hypos'),
    ("i've been off with stress since easter, who do i talk to about a phased return", 'health', 'off with stress'),
    ("the dna test confirmed the uncle isn't biologically related", 'genetic', 'biologically related'),
    ("i've got court next month so i'll miss the exam", 'criminal_offence', 'got court next'),
    ("she's on a walking frame since the fall so she needs a ground floor room", 'health', 'walking frame'),
    ("he was sectioned in may so he missed the tenancy review", 'health', 'sectioned'),
    ("i converted to islam and want my islamic name on the register", 'religion_belief', 'islamic name'),
    ("my brother's in hmp leeds, can i sort his rent while he's inside", 'criminal_offence', "while he's inside"),
    ("i'm bi and i'm not out to my family so please don't write to me at home", 'sex_life_orientation', 'not out to my family'),
    ("please delete my daughter's fingerprints from the canteen system", 'biometric', "daughter's fingerprints"),
    ("i did the fingerprint registration for the library but it doesn't work", 'biometric', 'fingerprint registration'),
    ("my husband's print won't register on the new door, can someone re-enrol him", 'biometric', "husband's print"),
    ("my partner's a woman and so am i, we'd like a joint tenancy", 'sex_life_orientation', 'so am i'),
    ("he's tagged till march so he can't do evenings", 'criminal_offence', 'tagged'),
    ("the man i support is roma and needs a slovak interpreter", 'racial_ethnic_origin', 'roma'),
    ("my husband and i are humanists so no chaplain visits please", 'religion_belief', 'humanists'),
    ("the dna test for cystic fibrosis came back positive for my daughter", 'genetic', 'came back positive'),
    ("jack's fingerprint's registered on the library system but it won't read", 'biometric', "fingerprint's registered"),
    ("he came out of parc last month and he's on licence", 'criminal_offence', 'came out of parc'),
    ("she's having iron injections at the surgery so she'll be late", 'health', 'iron injections'),
    ("my wife and i became muslims last year", 'religion_belief', 'muslims'),
    ("my daughter's the shop steward at the warehouse", 'trade_union', 'shop steward'),
    ("the care agency took prints off all the carers for the new key safe", 'biometric', 'took prints off all the carers'),
    ("my service user's gay and worried the other tenants will find out", 'sex_life_orientation', 'gay'),
    ("he's done his time and wants to go on the housing list", 'criminal_offence', 'done his time'),
    ("i'm in the palestine solidarity campaign and want to be a governor", 'political_opinion', 'palestine solidarity campaign'),
    ("i'm a republican, i want rid of the monarchy", 'political_opinion', 'rid of the monarchy'),
    ("my grandson's got a boyfriend and he's nervous about telling his dad", 'sex_life_orientation', 'boyfriend'),
    ("the groom's family are devout hindus so it's all vegetarian", 'religion_belief', 'devout hindus'),
    ("my father in law is a devout sikh so the carers need to know about his turban", 'religion_belief', 'devout sikh'),
    ("she can't do the stairs since the fall so she needs a downstairs room", 'health', "can't do the stairs"),
    ("we lost our baby in the summer so please stop the antenatal texts", 'health', 'lost our baby'),
    ("he has the depo injection every twelve weeks at the surgery", 'health', 'depo injection'),
    ("my dad's waiting for a new knee so he can't do the steps", 'health', 'new knee'),
    ("my nan's blood thinners were changed and her inr is all over the place", 'health', 'blood thinners'),
    ("it's the forty milligram one he takes at lunch", 'health', 'forty milligram'),
    ("my dad's letter from the memory clinic went to the wrong address", 'health', 'memory clinic'),
    ("i'm a lifelong conservative and i want to complain about the bins", 'political_opinion', 'lifelong conservative'),
    ("i'm on the labour branch committee, does that need to go on my declaration", 'political_opinion', 'labour branch committee'),
    ("i'm in the nurses' union and i need the ballot papers", 'trade_union', "nurses' union"),
    ("i want to leave the union, please stop the payroll deduction", 'trade_union', 'leave the union'),
    ("we're both his dads so can the form say parent one and parent two", 'sex_life_orientation', 'both his dads'),
    ("me and my girlfriend, well i'm a girl too, want a double room", 'sex_life_orientation', "i'm a girl too"),
    ("the bank uses my voice as my password and now i've lost my voice", 'biometric', 'uses my voice as my password'),
    ("he's been banned after the drink driving so i'll drive him", 'criminal_offence', 'banned'),
    ("i'm in the palestine society and a proper socialist", 'political_opinion', 'palestine society'),
    ("me and the wife are tories, always have been, so no leaflets please", 'political_opinion', 'tories'),
    ("she's come home from the eating disorder unit and she's on a meal plan now", 'health', 'meal plan'),
    ("i'm a support worker with a traveller family on the site by the bypass", 'racial_ethnic_origin', 'traveller family'),
    ("he had a breakdown in the spring so he's on a phased return", 'health', 'had a breakdown'),
    ("she's been on the strike marches with the ucu since march", 'trade_union', 'ucu'),
    ("we were out door knocking for the greens all weekend", 'political_opinion', 'door knocking for the greens'),
    ("i was at the palestine action protest and i've got a court date", 'political_opinion', 'palestine action protest'),
    ("they've bailed him till next month so he can't come to the match", 'criminal_offence', 'bailed him'),
    ("i'm a nurse on ward six and an rcn member, who do i speak to about pay", 'trade_union', 'rcn member'),
    ("my wife's sickle cell test came back positive so the midwife wants to see me", 'genetic', 'test came back positive'),
    ("the gym's reader hasn't got my print stored, can you re-scan it", 'biometric', 'my print stored'),
    ("my husband's standing for the greens in the council elections", 'political_opinion', 'standing for the greens'),
    ("she needs to check her bloods before lunch, can the office remind her", 'health', 'check her bloods'),
    ("the new tablets make him dizzy in the mornings so he'll be late", 'health', 'new tablets make him'),
    ("the till's thumb reader won't scan my daughter's print, can she pay cash", 'biometric', "daughter's print"),
    ("the door camera flagged my son's face and the guard pulled him aside", 'biometric', "son's face"),
    ("they've put him on the fingerprint register thing at the library", 'biometric', 'fingerprint register'),
    ("my wife's a green party councillor so she'll know people at the meeting", 'political_opinion', 'green party councillor'),
    ("we had our snp posters up and the landlord took them down", 'political_opinion', 'snp posters'),
    ("i've been labour for years but not after this", 'political_opinion', 'labour for years'),
    ("i'm a member of the unite, do you do a discount", 'trade_union', 'member of the unite'),
    ("she'll be at friday prayers so can the visit be in the morning", 'religion_belief', 'friday prayers'),
    ("the police arrested my son on saturday and he's still at the station", 'criminal_offence', 'arrested my son'),
    ("she's having her tonsils out at the royal so she'll miss the trip", 'health', 'tonsils out'),
    ("the tenants i support are gypsies and they need a school place for the youngest", 'racial_ethnic_origin', 'gypsies'),
    ("my son's a just stop oil activist and he's been suspended for it", 'political_opinion', 'just stop oil activist'),
    ("the boy my son used to go out with is in his tutor group now", 'sex_life_orientation', 'used to go out with'),
    ("i'm in the union, it's unison, and i need a rep at the hearing", 'trade_union', 'unison'),
    ("it's about his insulin, his sugars keep dropping at night", 'health', 'sugars keep dropping'),
    ("they put a stent in last month so he's off work", 'health', 'stent'),
    ("do you stock prep at this pharmacy or do i go to the clinic", 'health', 'prep'),
    ("we're in just stop oil and we've been charged after the road protest", 'political_opinion', 'just stop oil'),
    ("we're always at the gurdwara on sundays so no sunday lessons please", 'religion_belief', 'at the gurdwara'),
    ("the register office booking is for two grooms, is that fine", 'sex_life_orientation', 'two grooms'),
    ("i'm a man, my partner's a man, and we're adopting, who do we talk to", 'sex_life_orientation', "partner's a man"),
    ("on the form i ticked mixed white and asian for my daughter", 'racial_ethnic_origin', 'mixed white and asian'),
    ("he's on bail with conditions not to contact her, so he can't do the parents evening", 'criminal_offence', 'not to contact her'),
    ("the court hearing is on the fifth after i was charged", 'criminal_offence', 'court hearing'),
    ("he's on a peg feed since the stroke so he can't do the lunch club", 'health', 'peg feed'),
    ("she had the knee done in may and the wound's still weeping", 'health', "wound's still weeping"),
    ("has his cardiology referral come through yet", 'health', 'cardiology referral'),
    ("can i order a repeat of the, um, the omeprazole for my husband", 'health', 'omeprazole'),
    ("i'm about nine weeks gone so no x rays please", 'health', 'nine weeks gone'),
    ("she's had a liver transplant so she can't do the residential", 'health', 'liver transplant'),
    ("we've always been chapel, me and my wife, so the sunday match is out", 'religion_belief', 'chapel'),
    ("he's started wearing a turban so can the swim hat rule bend", 'religion_belief', 'started wearing a turban'),
    ("she's khalsa now and carries the kara and kirpan", 'religion_belief', 'khalsa'),
    ("my daughter won't do the trip on saturday, it's yom kippur, we're jewish", 'religion_belief', "it's yom kippur"),
    ("my mother stood as a green candidate last may and people have been nasty", 'political_opinion', 'green candidate'),
    ("as a, um, card carrying unite member i want to know about the strike", 'trade_union', 'unite member'),
    ("nan's a lifelong labour voter and wants a postal vote", 'political_opinion', 'labour voter'),
    ("my son's face is still stored on the canteen system and he's left", 'biometric', "son's face"),
    ("my brother's with a man now and wants him as next of kin", 'sex_life_orientation', "with a man"),
    ("i'm curfewed till the end of the month so evenings are out", 'criminal_offence', 'curfewed'),
    ("can the school ring him on the prison phone about the review", 'criminal_offence', 'prison phone'),
    ("his community order ends in august so he can coach then", 'criminal_offence', 'community order ends'),
    ("he can't do the evening shift cos of his curfew", 'criminal_offence', 'cos of his curfew'),
    ("i ticked pakistani on the monitoring form and they put me down wrong", 'racial_ethnic_origin', 'pakistani'),
    ("it's about the exam, Harvey's got dyspraxia so he needs a scribe", 'health', 'dyspraxia'),
    ("she's just been discharged out of the adolescent mental health unit", 'health', 'mental health unit'),
    ("my grandad's housebound now so can the nurse visit", 'health', 'housebound'),
    ("my lodger's kurdish so can the letter come in sorani", 'racial_ethnic_origin', 'kurdish'),
    ("my nephew's dual heritage, um, white irish and black african, which box", 'racial_ethnic_origin', 'white irish and black african'),
    ("her mum's side are romany so she knows the site", 'racial_ethnic_origin', 'romany'),
    ("i'm in the lib dems and i want to complain about the potholes", 'political_opinion', 'lib dems'),
    ("we're chapel, always have been, so no sunday fixtures please", 'religion_belief', 'chapel'),
    ("we're not religious so she can skip the harvest service", 'religion_belief', 'not religious'),
    ("my son's being confirmed at saint mary's on the ninth", 'religion_belief', 'being confirmed'),
    ("we fast on thursdays, i'm a jain, so the lunch club is tricky", 'religion_belief', 'fast on thursdays'),
    ("as a union member i'd like someone from the union at the hearing", 'trade_union', 'union member'),
    ("i'll be at the unison conference as a delegate on the friday", 'trade_union', 'unison conference'),
    ("they did a scan of every pupil's face for the lunch queue without asking", 'biometric', "face"),
    ("the club took the players' fingerprints on the manager's tablet", 'biometric', "players' fingerprints"),
    ("the dna results said my son's got the huntington's gene", 'genetic', "huntington's gene"),
    ("we did a home dna test and my real dad's someone else entirely", 'genetic', "real dad's someone else"),
    ("i'm sixteen and me and my boyfriend have been sleeping together, is the clinic open", 'sex_life_orientation', 'sleeping together'),
    ("i picked up herpes from my ex so i need the clinic", 'sex_life_orientation', 'herpes from my ex'),
    ("my brother's husband, well his partner's a man, is next of kin", 'sex_life_orientation', "partner's a man"),
    ("can i get the mini pill without an appointment", 'health', 'mini pill'),
    ("i got a caution years ago for criminal damage, does that stop me coaching", 'criminal_offence', 'for criminal damage'),
    ("me cousin's just got out of belmarsh and needs a library card", 'criminal_offence', 'belmarsh'),
    ("i've got a crown court date next month so i need the day off", 'criminal_offence', 'court date'),
    ("he's on bail and reports at the police station every monday", 'criminal_offence', 'police station'),
    ("i'm no allowed near the school cos of ma licence conditions", 'criminal_offence', 'licence conditions'),
    ("my husband's an n a s u w t member so he'll be striking", 'trade_union', 'n a s u w t'),
    ('the gym took a palm scan of me when i joined, delete it please', 'biometric', 'palm scan'),
    ("my partner's black caribbean and i'm white so which box do i tick", 'racial_ethnic_origin', "i'm white"),
    ("she's got asthma and she's on medication at lunch, can the office hold it", 'health', 'on medication'),
    ("i'm in an open relationship so my other partner might collect her", 'sex_life_orientation', 'other partner'),
    ("i'm expecting in june so i'll need to move my exams", 'health', 'expecting in june'),
    ("my brother's in durham doing six years so i'm his next of kin", 'criminal_offence', 'doing six years'),
    ("the reason i'm asking about the course is we're both carriers of the sickle cell gene", 'genetic', 'carriers of the sickle cell'),
    ("i'm a recovering addict, two years clean, so no bar shifts please", 'health', 'two years clean'),
    ("he's on chemo so his immune system's shot, can you tell us about any bugs", 'health', "immune system's shot"),
    ("they arrested me but let me go under investigation, so i'll miss monday", 'criminal_offence', 'under investigation'),
    ("the canteen till won't read it, can they re-enrol my thumb", 'biometric', 're-enrol my thumb'),
    ("my daughter's been registered on the new finger scanner without asking me", 'biometric', 'finger scanner'),
    ('i voted for the independent at the last election', 'political_opinion', 'independent'),
    ("she's meant to take her tablets at lunch but nobody knows where they're kept", 'health', 'take her tablets'),
    ("my grandad canvassed for them for forty years, he's a proper labour man", 'political_opinion', 'canvassed for them'),
    ("the clocking machine kept a template of my hand and i've left now", 'biometric', 'template of my hand'),
    ("she sees the occupational therapist on fridays so she'll leave early", 'health', 'occupational therapist'),
    ("my daughter's just been discharged from the psychiatric unit, can she start back part time", 'health', 'psychiatric unit'),
    ("my wife's a steward for the gmb so she's at the depot all week", 'trade_union', 'steward for the gmb'),
    ("the dna test showed he's not my son's biological father, so please change the contact", 'genetic', 'biological father'),
    ("he's out on licence and isn't allowed near schools so i'll collect her", 'criminal_offence', 'allowed near schools'),
    ('i spent the night in the cells so i missed the exam', 'criminal_offence', 'cells'),
    ("i'm severely allergic to latex so please flag it before the filling", 'health', 'allergic to latex'),
    ("i've been feeling really low since christmas, can i see someone this week", 'health', 'feeling really low'),
    ("i've got a diagnosed needle phobia, can the nurse be told", 'health', 'needle phobia'),
    ("we've become muslim so can the kids have halal at lunch", 'religion_belief', 'become muslim'),
    ("i'm unite and we're out on thursday", 'trade_union', 'unite'),
    ('i got enrolled with my face on the canteen till', 'biometric', 'enrolled with my face'),
    ("probation says i've got to be at the hostel by eight", 'criminal_offence', 'probation'),
    ("i'm tagged so i can't do late shifts, curfew and that", 'criminal_offence', 'curfew'),
    ("can you pause my gym direct debit, i'm having an operation next month", 'health', 'having an operation'),
    ("she's booked in for keyhole surgery on the ninth so she'll miss the trip", 'health', 'keyhole surgery'),
    ("my dad needs surgery on his back so i'll be doing the school run", 'health', 'needs surgery'),
    ('our youngest is asthmatic, does the residential have a nurse', 'health', 'asthmatic'),
    ("i'm anaemic so i get tired in the afternoons", 'health', 'anaemic'),
    ("my partner's got hep b, does that affect the tenancy", 'health', 'hep b'),
    ('she got concussed in netball, can she sit out pe this week', 'health', 'concussed'),
    ("my daughter's got an education health and care plan, who do i send it to", 'health', 'education health and care plan'),
    ("my mum can't walk very far without her stick, is there parking by the entrance", 'health', "can't walk very far without her stick"),
    ('the bank took a voiceprint of my dad when he set up telephone banking', 'biometric', 'voiceprint'),
    ("my thumb's registered on the canteen till already", 'biometric', "thumb's registered"),
    ("this is ella's dad, my husband will be picking her up on fridays", 'sex_life_orientation', 'my husband'),
    ("my girlfriend and me, she's a woman too obviously, want to join the couples league", 'sex_life_orientation', "she's a woman too"),
    ("my son's licence conditions say he has to be at the hostel by nine", 'criminal_offence', 'licence conditions'),
    ("he's tagged so because of his curfew he can't do the evening shift", 'criminal_offence', 'his curfew'),
    ('as a unison member can i get the discount on the swim pass', 'trade_union', 'unison member'),
    ("i'm a sikh and i can't make the sunday fixture because of vaisakhi", 'religion_belief', 'vaisakhi'),
    ('my husband is a member of the green party, can he still be a school governor', 'political_opinion', 'member of the green'),
    ("we're both dads obviously, do you need both our names on the form", 'sex_life_orientation', "we're both dads"),
    ("ever since she came out to her gran the family won't speak to her, can we change her contact", 'sex_life_orientation', 'came out'),
    ("my brother's got to go to probation on mondays so he can't do the morning shift", 'criminal_offence', 'probation'),
    ("he's just out of prison, did two years, and needs a room", 'criminal_offence', 'did two years'),
    ("my son's ehcp says he needs a teaching assistant", 'health', 'ehcp'),
    ('me and my husband are both thalassaemia carriers, can we see someone before the wedding', 'genetic', 'thalassaemia carriers'),
    ('we signed up and i set up the fingerprint login at the front desk', 'biometric', 'fingerprint login'),
    ("ah'm on sertraline so ah get a bit drowsy in the mornings", 'health', 'sertraline'),
    ("since the stroke he's got aphasia so i'll do the talking", 'health', 'aphasia'),
    ('the hot flushes are unbearable in that office, can i move desks', 'health', 'hot flushes'),
    ('she has to do her injections at eleven, is there a private room', 'health', 'do her injections'),
    ("the assessment says it explains her learning needs, who's the senco", 'health', 'her learning needs'),
    ('the scanner took a picture of my iris when i joined', 'biometric', 'picture of my iris'),
    ("my grandparents are kurdish so they'll need an interpreter", 'racial_ethnic_origin', 'kurdish'),
    ('i only joined the nasuwt in september', 'trade_union', 'nasuwt'),
    ("the dna kit showed my husband isn't his father, can you update the contacts", 'genetic', "isn't his father"),
    ('on the monitoring form can you put me down as black british', 'racial_ethnic_origin', 'black british'),
    ("i've always been a tory voter but i'm ringing about the bins", 'political_opinion', 'tory voter'),
    ("we support the opposition party back home, that's why we left", 'political_opinion', 'opposition party'),
    ('i join the union, unison, last week, can payroll take the fee', 'trade_union', 'union, unison'),
    ("the pharmacist at the other place said my nan's got a kidney thing now", 'health', 'kidney thing'),
    ("since the stroke his left arm's not much use, can he have a downstairs room", 'health', 'not much use'),
    ('she carries two epipens in her bag for her nut allergy', 'health', 'epipens'),
    ("she's got cochlear implants so she sits at the front", 'health', 'cochlear implants'),
    ("i've got endo so i might need to leave early", 'health', 'endo'),
    ("he's on a tag, curfew's at eight, so no evening shifts", 'criminal_offence', "curfew's at eight"),
    ("i'll be on the picket line on thursday so can you move my appointment", 'trade_union', 'picket line'),
]

# (text, business words that must stay visible): no category, no disclosure, no intent
HARD_NEGATIVES = [
    ("we're doing grease at the college and there's the scene with the car, is the hall free", 'hall'),
    ("my phone's face id keeps locking me out of the app", 'locking me out'),
    ("my dad won't let me go on the trip to paris, can i get the deposit back", 'deposit'),
    ("she's doing an observation at the abortion clinic for her nursing placement", 'observation'),
    ("can i join the cystic fibrosis study as a healthy volunteer", 'cystic fibrosis study'),
    ("my son lives with me, so do i need to change the council tax", 'council tax'),
    ("i teach english in the education department at hmp wakefield, can i book the course", 'education department'),
    ("she's playing the judge in the mock trial, does she need a gown", 'mock trial'),
    ("i had a cold and my hair's still really thin from the dye, can you do a treatment", 'treatment'),
    ("the new timetable really threw him, could we have a heads up next time", 'heads up'),
    ("he wants work experience with the youth offending team for his criminology degree", 'work experience'),
    ("my dog's on tablets for her arthritis, can she use the hydro pool", 'hydro pool'),
    ("we've had a box of the flu jabs delivered here by mistake, can someone collect it", 'flu jabs'),
    ("i'd like tickets for the burns night supper at the club", 'burns night'),
    ("this hoover's killing me, have you got the longer hose", 'longer hose'),
    ("i work on the prison visits desk and need the rota", 'prison visits desk'),
    ("they're doing macbeth in english and he was upset when the king got stabbed", 'macbeth'),
    ("nobody passed on the letter so i missed the appointment", 'missed the appointment'),
    ("the college's voice login won't let me in after the update", "college's voice login"),
    ("my dad had cancer before he passed, i'm cancelling his gym membership", 'had cancer'),
    ("four nine two nine, one oh four one, seven two one eight, three six five nine, that's the gift voucher code", 'gift voucher code'),
    ("my daughter's bike got nicked from the rack at school", 'bike got nicked'),
    ("i'm with the youth offending service, we need the hall for a training day", 'youth offending service'),
    ("the head will kill me if i'm late again, i'm stuck in traffic", 'stuck in traffic'),
    ("is the physio clinic on the second floor or the first", 'physio clinic'),
    ("the meter reading is 4077 5382 7064 4331 if you need it", '4077 5382 7064 4331'),
    ("she's playing a nurse with cancer in the school play, does she need a wig", 'school play'),
    ("where do the year twelves hand in the dna sequencing practical", 'dna sequencing practical'),
    ("my mum would rather the carer didn't come on sundays because of church", 'carer'),
    ("the heating's been killing me all week, it's flat nine", 'flat nine'),
    ("he's been banned from the gym for a week for swearing", 'gym'),
    ("the new module keeps getting pushed on us by the department", 'module'),
    ("can i get the ethnicity breakdown for the governors report", 'ethnicity breakdown'),
    ("we're still living with him while the house sale goes through", 'living with him'),
    ("i think i've overdosed on mince pies, is the gym open on boxing day", 'gym'),
    ("the licence form asks for the premises address, where do i find it", 'licence form'),
    ("i'm parked in the staff car park at hmp leeds, i'm on the catering contract", 'catering contract'),
    ("is the library closed for eid on monday", 'eid'),
    ("i'm a black cab driver, can i book the van hire", 'black cab driver'),
    ("what time is the suicide sprints class at the leisure centre", 'suicide sprints'),
    ("i'm the labour party agent and we'd like to book the hall for the hustings", 'hustings'),
    ("it's the card ending four four one two that i want to remove from the account", 'card ending four four one two'),
    ("the bailiffs came about the old debt, can we set up instalments", 'instalments'),
    ("have you got the one where the detective gets arrested at the start", 'detective'),
    ("can i book driving lessons with you, i have a provisional licence", 'driving lessons'),
    ("the hip operation was done in march, anyway the parking permit", 'parking permit'),
    ("we're running the fun run for macmillan from the surgery on sunday", 'fun run'),
    ("i'm collecting my grandad's tablets from the chemist later", 'chemist'),
    ("i can't go on the trip on friday, can i have a refund", 'refund'),
    ("i don't think i'll be around for parents evening, can dad come instead", 'parents evening'),
    ("the reform candidate wants the hall for a hustings on the third", 'hustings'),
    ('the black caribbean elders lunch club meets on tuesdays, can i book the minibus', 'black caribbean'),
    ("the school gate still won't let me in with my fob, can someone check it", 'fob'),
    ("i'm in labour, can you tell my manager i won't be in", 'manager'),
    ('i caught a cold off my partner so the choir practice is off', 'choir practice'),
    ("i've got a court date for the custody hearing so i can't do friday", 'custody hearing'),
    ("the test results show it's the boiler not the thermostat", 'boiler'),
    ("he said he's a real person not a machine, ha, anyway the pitch booking", 'pitch booking'),
    ("he'll be a bit wiped out after the trip so no homework tonight please", 'homework'),
    ("i'm not really practising my lines yet, is the rehearsal still on", 'rehearsal'),
    ("i'm black and blue after the netball tournament, can i sit out pe", 'black and blue'),
    ("i'll have a heart attack if the gas bill's that high again", 'heart attack'),
    ('is the pregnancy and newborn photography course on saturdays', 'pregnancy and newborn photography course'),
    ("if there's any chickenpox going round the class can you let parents know", 'chickenpox going round'),
    ("we're reading a novel where the dad in the book goes to prison, is it suitable", 'goes to prison'),
    ('he got shot down by the girl he asked to the dance, can he still buy a ticket', 'shot down'),
    ('is the nasal flu spray clinic on thursday this year', 'nasal flu spray'),
    ('the police cells are in the basement of the old station, is the museum open', 'police cells'),
    ('the unison branch secretary would like to book the council chamber for the agm', 'council chamber'),
    ("we're meeting in the diabetes education room on tuesday", 'diabetes education room'),
    ('the youth club curfew is ten on fridays, is that right', 'curfew'),
    ("what are the surgery's opening hours on a saturday", 'opening hours'),
    ('the ehcp review meeting has moved to thursday, who chairs it', 'ehcp review'),
    ("my mum's given me a curfew of ten on school nights, is the disco finished by then", 'curfew'),
    ("i can't walk the dog today so can i come to the later class", 'walk the dog'),
    ("our hamster's got a tumour, is the vet open on sunday", 'tumour'),
    ('the horse had a seizure in the field, can the vet come out', 'seizure'),
    ("i'm killing myself laughing at this letter, it's addressed to my cat", 'laughing'),
    ('the new timetable is giving me a heart attack, when does the bus go', 'heart attack'),
    ('the ref was blind as a bat on saturday, who do i complain to', 'blind as a bat'),
    ('can we hire the hall for a suicide squad themed birthday party', 'suicide squad'),
    ('the fingerprint entry at the leisure centre is broken again', 'fingerprint entry'),
    ('in his reading book the burglar gets arrested at the end, is that ok for year two', 'gets arrested'),
    ('the direct debit got charged twice this month, can you refund one', 'charged twice'),
    ('is the leisure centre shut for diwali', 'diwali'),
    ('the sikh society would like to book the hall because of vaisakhi', 'vaisakhi'),
    ("the new timetable's murder, it's murder trying to get in before nine", 'trying to get in'),
    ('our first aid class is learning how to spot a stroke, can we borrow the dummy', 'stroke'),
    ("in our class novel the mother drowns herself at the end of the book, is there a parents' note", 'drowns herself'),
    ('the results came out on thursday, when can he collect them', 'came out'),
    ('is the dementia friends session at the library free', 'dementia friends session'),
    ("for drama gcse my son's playing a man who gets arrested, is the costume list out", 'gets arrested'),
    ("i need to pay my council tax, the account number's one two three four five six seven eight", 'one two three four five six seven eight'),
    ('can you post the invoice to the diabetes centre on mill lane', 'diabetes centre'),
    ("my brother's an officer at hmp leeds and he'll collect her on friday", 'hmp leeds'),
    ('the role play scenario says a patient has taken an overdose, is that on the exam', 'taken an overdose'),
    ("ha, no, i'm not a robot, i just want the swimming times", 'not a robot'),
]

# (text, self-harm clause that must be masked along with the one a rule names)
SELF_HARM_CLAUSES = [
    ("i've got the tablets saved, i wanted someone to know before i do it tonight", 'before i do it tonight'),
    ("i want to cancel the gym, i'm not gonna be around much longer so there's no point", "not gonna be around much longer"),
    ("i've been thinking about ending it, i keep driving out to the quarry at night and just sitting up there for hours, can the tutor ring me", 'sitting up there'),
    ("can i push my tutorial back, i've been cutting my arms again and i can't face people right now", 'cutting my arms'),
    ("i've been cutting again and saved up my tablets, i don't think i'll be around for the exams", "i don't think i'll be around"),
    ("i've been hurting myself again and honestly i don't really want to be here any more, is the counsellor in", "i don't really want to be here any more"),
    ("my tablets are in the bathroom cabinet and if the bailiffs come tomorrow i'm going to take them all", 'take them all'),
    ("i've been burning my arm again and i'm still getting the thoughts, can i see the nurse", 'still getting the thoughts'),
    ("i've been cutting again and honestly i don't think i can keep going, is the counsellor in", "i don't think i can keep going"),
    ("i keep searching how many paracetamol it takes and i haven't eaten in four days", "haven't eaten"),
    ("i've saved my tablets in a drawer and i'm thinking of taking them tonight", 'thinking of taking them'),
    ("i've been burning myself and i've not been eating, can i cancel supervision", "i've not been eating"),
    ("he said he wants to die and there's a list of ways to do it in his planner", 'a list of ways to do it'),
    ("i've just took all my nan's tablets about twenty of them", "took all my nan's tablets"),
    ("my mate told me last night he's been thinking about ending it, he's got a rope in his car", 'ending it'),
]

# (text, card or bank digits that must be masked)
CARD_AND_BANK = [
    ("for the invoice please pay to 20-45-77 account 53112098", '53112098'),
    ("for the parking permit the expiry's june twenty seven and the cvv is four one two", 'june twenty seven'),
    ("the three digits on the back are four one six, valid from oh two twenty four", 'four one six'),
    ("pay me back to forty, twelve, sixty, two two three three four four five five", 'two two three three'),
    ("the expiry is oh four twenty seven, sorry, oh four slash twenty eight", 'oh four slash twenty eight'),
    ("the code on the back, the one next to the signature, is three one four", 'three one four'),
    ("five four one two, seven five oh three, one two three four, five six seven two, and it's oh three slash twenty eight", 'oh three slash twenty eight'),
    ("the expiry date is oh four twenty nine, yeah, oh four twenty nine", 'oh four twenty nine'),
    ("the rent goes straight to my account, it's 20 45 77 then 53112098", '53112098'),
    ("sort code, um, twenty, forty... twenty forty, sixty one, account one two three four five six seven eight", 'sixty one'),
    ("the sort code's thirty, er, thirty one, twenty, forty", 'twenty, forty'),
    ("sort code double two, double two, three three and account eight seven six five four three two one", 'three three'),
    ("for the permit, the three numbers on the back are two one nine", 'two one nine'),
    ("the card's five four one two, seven five, sorry, seven five oh three, one two three four, five six seven two", 'one two three four'),
    ("iban is, um, g b two nine n w b k six oh one six one three three one nine two six eight one nine", 'n w b k'),
    ("that's four nine two nine, one oh four one, seven two... seven two one eight, three six five nine", 'four nine two nine'),
    ("it's an amex and the four on the front are three nine one two", 'three nine one two'),
    ("and the three on the back, two oh seven", 'two oh seven'),
    ("the wages go into account number six one two oh eight eight four three", 'six one two oh eight eight four three'),
    ("account number's four four... one two... nine nine... oh six, sort code twenty forty sixty", 'nine nine'),
    ("it's five four five four five four five four five four five four five four five four, the date on it is oh nine twenty nine", 'oh nine twenty nine'),
    ("the c v v is eight eight two and it's for the boiler service", 'eight eight two'),
    ("the iban's IE twelve BOFI nine zero zero zero one seven one two three four five six", 'nine zero zero zero one seven'),
    ('the IBAN is GB eighty two WEST one two three four five six nine eight seven six five four three two', 'one two three four five six nine eight seven six five four three two'),
    ("for the standing order it's twenty, thirty two, ten then four one three seven two nine eight one", 'twenty, thirty two, ten'),
    ('pay it into fifty, sixty, seventy, account one two three four five six seven eight', 'fifty, sixty, seventy'),
    ('the three digit bit on the back is five one two', 'five one two'),
    ("the expiry's ten twenty seven and the code's three three nine", 'three three nine'),
    ('the expiry is the third month of twenty eight', 'third month of twenty eight'),
    ('the iban is DE89 3704 0044 0532 0130 01', 'DE89 3704 0044 0532 0130 01'),
    ("my iban, it's GB12 ABCD 1234 5678 9012 34", 'GB12 ABCD 1234 5678 9012 34'),
    ("card's expiry is oh three, no sorry, oh six twenty nine", 'oh six twenty nine'),
    ("it's an amex, three seven, and the four digits above the number are two two one one", 'two two one one'),
    ("five four five four five four five four five four five four five four five four, that's for the membership renewal, and the cvv is three one four", 'three one four'),
    ('four one one one one one one one one one one one one one one one and the three on the back are nine eight seven', 'nine eight seven'),
    ('the security code is five five two, no sorry, five five three', 'five five three'),
    ('exp is nine twenty seven and the back is seven one two', 'seven one two'),
    ('the card finish date is oh eight twenty nine', 'oh eight twenty nine'),
    ("it says cvv, is that the three on the back, ok so it's six one eight", 'six one eight'),
]

# (text, the safeguarding subtype it must raise)
DISCLOSURES = [
    ("my little girl's gone from the play area, she's not anywhere, it's been fifteen minutes", 'immediate_danger'),
    ("a toddler's just run out the nursery gate onto the main road and we can't see her", 'immediate_danger'),
    ("my ex dragged me out of the car by my hair last week", 'domestic_abuse'),
    ("her grandma wants to do her initiation when they go back, the thing they do there with the blade", 'fgm'),
    ("he gets called names every day on the bus and they flick lighters at his hair", 'bullying_harassment'),
    ("the twins come in wearing yesterday's nappies and mum forgot to collect them again", 'neglect'),
    ("i keep scratching myself with a pin till it bleeds and i can't stop", 'self_harm_suicide'),
    ("her daughter's meant to be looking after her but she's left on her own with no heating", 'neglect'),
    ("the coach made him get changed on his own in the office and took photos of him on his phone", 'child_abuse'),
    ("i'm planning to end it after the wedding so it doesn't matter about the deposit", 'self_harm_suicide'),
    ("cancel the insurance, i'm going to drive the car off the cliff road on saturday", 'self_harm_suicide'),
    ("my boyfriend said if i go out with my mates he'll break my legs", 'domestic_abuse'),
    ("he keeps saying he'd rather be dead and he's got his tablets in the drawer", 'self_harm_suicide'),
    ("we've lost a little boy at the leisure centre, we've been looking for fifteen minutes", 'immediate_danger'),
    ("how many sleeping pills would be too many, i've got two boxes lined up on the bed", 'self_harm_suicide'),
    ("the five year old hasn't come back from the toilets and no one's seen him for ten minutes", 'immediate_danger'),
    ("my husband checks everything i spend on the bank app and last week he smashed my phone", 'domestic_abuse'),
    ("a man from church has had my dad take out two loans and my dad's got dementia", 'adult_at_risk'),
    ("he said if i tell anyone about the pictures he'll kick me off the team", 'child_abuse'),
    ("our four year old went missing about ten minutes ago at the park, we've looked everywhere", 'immediate_danger'),
    ("she showed me cuts on her arm from a pencil sharpener and says she does it to cope", 'self_harm_suicide'),
    ("i tried to end it at the weekend so i won't be at work this week", 'self_harm_suicide'),
    ("honestly i've been thinking about ending it, can i get an appointment", 'self_harm_suicide'),
    ("my brother's just swallowed a pack of his tablets and he's going floppy", 'immediate_danger'),
    ("i've got a load of his zopiclone hidden away and some nights i think i'll just take the lot", 'self_harm_suicide'),
    ("i keep thinking about stepping in front of the train on the way to college", 'self_harm_suicide'),
    ("i'm not planning on being around after christmas so it doesn't matter about the bill", 'self_harm_suicide'),
    ("i've already written goodbye letters to my boys", 'self_harm_suicide'),
    ("i've been stockpiling my zopiclone for when i'm ready", 'self_harm_suicide'),
    ("a new friend keeps taking my nan to the cash machine and she's had six grand out in a month", 'adult_at_risk'),
    ("the police are on their way, he's in the garden, we need help now", 'immediate_danger'),
    ("the twins keep turning up to breakfast club with marks again and their mum goes quiet when we ask", 'child_abuse'),
    ("his uncle gets our lad to hold a bag for him at the park every weekend", 'exploitation'),
    ("it's about my dissertation extension, the reason is i was in hospital after i tried to end things", 'self_harm_suicide'),
    ('can the rent be in my name, my partner controls all the money and tracks where i go on my phone', 'domestic_abuse'),
    ("my neighbour's little girl said her mum held her hands on the hob for lying", 'child_abuse'),
    ("i burned my arm with a lighter again last night so i'll miss placement", 'self_harm_suicide'),
    ("since my nan died i've been cutting where no one can see and i can't stop", 'self_harm_suicide'),
    ("he pushes me down the stairs when he's had a drink and i'm pregnant, i'm scared", 'domestic_abuse'),
    ("if the heating's not fixed i'll just stop taking my insulin and be done with it", 'self_harm_suicide'),
    ("my flatmate's saving up her citalopram so she can take the lot after results day", 'self_harm_suicide'),
    ("i've written letters for my mum and my sister and i've worked out which bridge", 'self_harm_suicide'),
    ("i'm 13 and my stepdad throws my stuff about and says he'll hurt me if i tell my teacher", 'child_abuse'),
    ("i'm in year seven and my mum's boyfriend hits me when she's at work", 'child_abuse'),
    ("i'm nineteen and my boyfriend checks my phone and pushed me down the stairs", 'domestic_abuse'),
    ('my ex is at the shop banging on the back door right now with a hammer', 'immediate_danger'),
    ("they're arranging a marriage for my sister and she doesn't understand what getting married means", 'domestic_abuse'),
    ('i keep thinking about swimming out and not coming back, is the lido open', 'self_harm_suicide'),
    ("my sister's eleven and they're sending her back home in the holidays to get cut", 'fgm'),
    ("my uncles say i've brought shame on the family and they'll sort me out when i get home", 'domestic_abuse'),
    ("about the parents evening, he said his stepdad holds his head under the bath water when he's naughty", 'child_abuse'),
    ('my ex is round the back trying to get in through the kitchen', 'immediate_danger'),
    ("i just can't see the point any more, honestly", 'self_harm_suicide'),
]

# ordinary calls that must not raise a safeguarding flag
NOT_DISCLOSURES = [
    "i'm thinking about ending it with my boyfriend, can i change tutor group",
    "i'm paying for my dad's care home fees with his card, it's four nine two nine, one oh four one",
    "we're doing a novel for english and the girl in it kills herself, my son wants to know when the essay's due",
    "for the equality monitoring bit put me down as mixed white and black caribbean",
    "they scanned my palm when i joined and now the reader at the leisure centre won't let me in",
    'the year eleven set text is all about domestic violence, can parents see the scheme of work',
    'year ten are reading a play and the woman in it takes her own life, should we warn parents',
    'year nine are doing the extremism unit in re, can the speaker park on site',
    "the portal won't let me log in with my student number",
    "the library card won't let me renew anything",
    "my husband was arrested last night and he's on bail, he needs his insulin",
]

# (text, the intent it must carry)
INTENTS = [
    ('could you not keep a recording of this call please', 'recording_objection'),
    ("i'm not wanting any of this recorded", 'recording_objection'),
    ('can you stop taping this please', 'recording_objection'),
    ('can we do this without you recording me', 'recording_objection'),
    ("can we do this unrecorded, i can't discuss a patient on a recorded line", 'recording_objection'),
    ("i'm not booking with a bot, have the manager call me back", 'human_request'),
    ('just get me the office manager on the phone', 'human_request'),
    ('i do not give my permission for this call to be recorded', 'recording_objection'),
    ("delete whatever you've recorded, i never agreed to any of that", 'recording_objection'),
    ('can you just pop me through to whoever is on reception', 'human_request'),
    ("if you're recording this i'll ring off and email instead", 'recording_objection'),
    ("i'd prefer you didn't keep a recording of this call", 'recording_objection'),
    ("i'd rather someone from the office rang me back, a human i mean", 'human_request'),
    ('is there an actual plumber there i can talk to', 'human_request'),
    ('i need to speak to her directly, i won\'t leave a message', 'human_request'),
    ("is this recorded? i'd rather it wasn't, can you stop it", 'recording_objection'),
    ('you cannot record me, i have not agreed to that', 'recording_objection'),
    ('is there a lad there i can talk to', 'human_request'),
    ('operator', 'human_request'),
    ("get a real person to phone me back about the boiler", 'human_request'),
    ('receptionist, receptionist please', 'human_request'),
    ('get me Priya on reception', 'human_request'),
    ("switch the recording aff, i'm not having it", 'recording_objection'),
    ("i'm not telling a machine, get me a member of staff on the line", 'human_request'),
    ("i'd rather you didn't tape this, it's about my son", 'recording_objection'),
    ('i never agreed to being recorded so please delete it', 'recording_objection'),
    ("i don't give permission for this call to be taped", 'recording_objection'),
    ("i'd rather this wasn't taped if that's ok", 'recording_objection'),
    ("i'd like to speak to the practice manager directly please", 'human_request'),
    ("i'd rather one of your team rang me back about the invoice", 'human_request'),
    ("i don't want my voice on any recording, thanks", 'recording_objection'),
    ('can you put me right through to the bursar please', 'human_request'),
    ("i don't want a robot doing this, i want a proper receptionist", 'human_request'),
    ('is there anyone in the lettings team i can talk to now', 'human_request'),
    ("i don't consent to being taped, thanks", 'recording_objection'),
    ('if this call is being recorded i object', 'recording_objection'),
    ("i'm not comfortable being taped, please stop", 'recording_objection'),
    ("naw, ah'm no havin' this recorded", 'recording_objection'),
    ('is there a proper receptionist there i can speak to', 'human_request'),
    ('is there a lady there i could talk to instead', 'human_request'),
    ("i'd rather a person rang me back than talk to this", 'human_request'),
    ('i need the duty manager please, not an automated thing', 'human_request'),
    ('take me off the recording please', 'recording_objection'),
    ("i can't have this conversation on a recording", 'recording_objection'),
    ('is there an actual receptionist i can speak to', 'human_request'),
    ('operator. operator. agent', 'human_request'),
]

# mentioning or asking about a person, which is not asking for one
NOT_HUMAN_REQUESTS = [
    'i talked to a real person last week and she said the form was fine',
    'are you a real person or a robot, never mind, what time does the tip shut',
    'can i talk to someone in finance about my invoice',
]


# A criminal-justice fact about someone is a separate fact from the harm disclosed beside it
# (R3 keeps it): (text, subtype, span that must be masked)
OFFENCES_BESIDE_DISCLOSURES = [
    ("my ex has just got out of prison and he keeps texting that he knows where i live", 'domestic_abuse', 'got out of prison'),
    ("my daughter's boyfriend is on a tag and he's been hitting her, she's fifteen", 'domestic_abuse', 'on a tag'),
    ("her uncle has a conviction for assault and she says he grabs her when nobody's in", 'child_abuse', 'conviction for assault'),
]


@pytest.mark.parametrize(("text", "label", "gone"), FACTS)
def test_fact_is_labelled_and_masked(text: str, label: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert label in result.categories
    assert gone not in result.redacted


@pytest.mark.parametrize(("text", "kept"), HARD_NEGATIVES)
def test_hard_negative_stays_visible(text: str, kept: str) -> None:
    result = default_engine().scan(text)
    assert not result.categories
    assert result.safeguarding is None
    assert not result.intents
    assert kept in result.redacted


@pytest.mark.parametrize(("text", "gone"), SELF_HARM_CLAUSES)
def test_every_self_harm_clause_is_masked(text: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert result.safeguarding in ("self_harm_suicide", "immediate_danger")
    assert "health" in result.categories
    assert gone not in result.redacted


@pytest.mark.parametrize(("text", "gone"), CARD_AND_BANK)
def test_card_and_bank_digits_are_masked(text: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert {"payment_card", "bank_details"} & set(result.categories)
    assert gone not in result.redacted


def test_six_digits_before_a_reference_are_not_a_sort_code() -> None:
    result = default_engine().scan("my reference is one two three four five six and the claim is four five six seven")
    assert not result.categories


@pytest.mark.parametrize(("text", "subtype"), DISCLOSURES)
def test_disclosure_gets_its_subtype(text: str, subtype: str) -> None:
    assert default_engine().scan(text).safeguarding == subtype


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_ordinary_call_is_not_a_disclosure(text: str) -> None:
    assert default_engine().scan(text).safeguarding is None


def test_a_biometric_registered_without_consent_is_a_data_complaint_not_a_disclosure() -> None:
    result = default_engine().scan("the library registered my son's fingerprint without my consent")
    assert result.safeguarding is None
    assert "biometric" in result.categories


@pytest.mark.parametrize(("text", "intent"), INTENTS)
def test_intent_wording(text: str, intent: str) -> None:
    assert intent in default_engine().scan(text).intents


@pytest.mark.parametrize("text", NOT_HUMAN_REQUESTS)
def test_mentioning_a_person_is_not_a_request(text: str) -> None:
    assert "human_request" not in default_engine().scan(text).intents


@pytest.mark.parametrize(("text", "subtype", "gone"), OFFENCES_BESIDE_DISCLOSURES)
def test_an_offence_beside_a_disclosure_is_still_masked(text: str, subtype: str, gone: str) -> None:
    result = default_engine().scan(text)
    assert result.safeguarding == subtype
    assert "criminal_offence" in result.categories
    assert gone not in result.redacted


def test_a_request_said_before_a_self_harm_clause_stays_readable() -> None:
    result = default_engine().scan("can i move my exam to next week i've been cutting my legs again and i can't sleep")
    assert result.safeguarding == "self_harm_suicide"
    assert "move my exam to next week" in result.redacted
    assert "cutting my legs" not in result.redacted
