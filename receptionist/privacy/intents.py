"""Caller intents the call flow must honour at once: a human, or no recording.

``human_request`` is a wish to talk to a person instead of the assistant, now or as a
callback in place of the bot. A routine "can the head of year ring me" or a question about a
member of staff is not one. ``recording_objection`` is an objection to being recorded; asking
whether the call is recorded, consenting, or asking for a recording of an event is not.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import Rule, rules

# "i'm the receptionist, please" says who the caller is, not who they want.
_NOT_ME = r"(?<!i.m\sthe\s)(?<!im\sthe\s)(?<!am\sthe\s)(?<!i.m\sa\s)(?<!am\sa\s)(?<!i.m\san\s)(?<!as\sthe\s)(?<!as\sa\s)"

_PERSON = (
    r"(?:a |an |the |some |someone |somebody )?(?:real |actual |proper |live |human |"
    r"genuine )?(?:person|people|human(?: being)?|humans|someone real|somebody real|"
    r"member of staff|staff member|somebody in charge|someone in charge|whoever'?s in charge|"
    r"manager|supervisor|operator|receptionist|a human|adviser|advisor|agent|customer "
    # "talk to someone about the trip" asks for the matter to be dealt with, not for a human
    r"services|(?:someone|somebody|anyone|anybody)(?! about| (?:in|from|at) (?:the )?\w+ about)|your manager|the manager|a member of (?:the )?"
    r"\w+(?: team| staff| office)?|(?:someone|somebody) (?:in|from) (?:the )?\w+(?! about)|the \w+ (?:team|office|department)|"
    r"services|head ?teacher|head of \w+|headmaster|headmistress|principal|the head|"
    r"one of (?:the|your|you) (?:\w+ )?(?:lads|girls|ladies|team|staff|people|guys|folk|advisers|advisors)|"
    r"(?:mr|mrs|ms|miss|dr|doctor|professor) \w+|(?:the |your )(?:practice|office|duty|site|store|shop|"
    r"centre|general|deputy|business|branch|area|service) manager)"
)

HUMAN_REQUEST: Final = (
    rules("intent", "human_request", 0.92, (
        r"(?:speak|talk|chat) (?:to|with) " + _PERSON,
        r"(?:real|actual|proper|live|genuine) (?:person|human)|human being|"
        r"(?:not|rather not|don't want to) (?:talk|speak|deal) (?:to|with) (?:a |the |an )?"
        r"(?:bot|robot|machine|computer|ai|automated \w+|assistant)|"
        r"(?:don't|do not|won't|not) (?:want to |going to |gonna )?(?:do|doing|explain|explaining|go|"
        r"going|tell|telling|sort|sorting) (?:through )?(?:this|it|that|all this|all that|my \w+)? ?(?:through )?"
        r"(?:with|to|through|over) (?:a |the |an |some )?(?:bot|robot|machine|computer|ai|"
        r"automated \w+|recorded \w+)|"
        r"(?:is this|are you|am i talking to|am i speaking to) (?:a |an )?(?:machine|robot|bot|"
        r"computer|ai|real)",
        r"(?:put|get|transfer|connect|pass) me (?:straight |right |directly |just )?(?:through|over|on)? ?(?:to|with) (?:\w+ ){0,3}"
        r"\w+|put me through|transfer me|connect me|(?:get|fetch|find) me (?:a |an |the |your )?"
        r"(?:real |actual |proper )?(?:person|human|someone|somebody|manager|supervisor|boss|"
        r"head|someone in charge|duty manager|office manager)",
        r"(?:can|could|may) (?:i|we) (?:get|have) (?:a|an) (?:real |actual |proper )?(?:human|person|operator|human being)\b",
        # "can a person phone me back" in place of the assistant
        r"(?:can|could|will) (?:a|an) (?:real |actual |proper )?(?:person|human|human being|member of staff) (?:phone|ring|"
        r"call|get back to|contact) (?:me|us)",
        r"(?:can|could|may) (?:i|we) (?:have|get) (?:someone|somebody|a person|a human) (?:from|"
        r"in|on) (?:the )?\w+",
        r"(?:don't|do not|dont) want (?:a|the|this|some|an) (?:machine|bot|robot|computer|ai|"
        r"automated (?:thing|system|voice|service|message|line)|recorded (?:message|voice|thing|system))(?! "
        r"(?:to )?(?:ring|call|phone) (?:me )?back)",
        r"is there (?:a person|anyone|anybody|somebody|someone|a human|a member of staff|a lady|a man|"
        r"a woman|a gentleman|a real person|a proper person|a girl|a lad|a bloke|a fella|a guy|a real one|an? (?:actual|"
        r"real|proper) \w+) "
        r"(?:\w+ ){0,5}(?:i|we) (?:can|could) "
        r"(?:speak|talk) (?:to|with)(?: (?:right )?now| today| please| instead|$|,|\?)",
        r"(?:a human|a person|a real person|an actual person),? i mean|(?:i'd|i would) (?:rather|prefer) (?:someone|"
        r"somebody) (?:from|at) (?:the )?\w+ (?:rang|rings|ring|called|calls|call|phoned|phones|phone) me",
        r"(?:rather|prefer to) (?:go through|do|sort) (?:this|it|that) with (?:someone|somebody|a person|a human) who "
        r"(?:actually )?works|(?:pop|put|send|transfer|pass) me (?:through |over )?to (?:whoever|whoever's|someone|"
        r"somebody)",
        r"(?:speak|talk) to (?:him|her|them) (?:directly|in person|personally|myself|now)|(?:not|don't want to|"
        r"rather not|won't) leave a message",
        r"(?:can|could|may) (?:i|we) (?:have|get|speak to) (?:the )?(?:head(?: of \w+(?: \w+)?)?|headteacher|"
        r"principal|office manager|practice manager|duty manager|(?:mr|mrs|ms|miss|dr) \w+)(?: please| now|,|$)",
        r"(?:i'd|i would) (?:rather|prefer) (?:a |an |that a |if a |if )?(?:actual |real |proper )?(?:member of staff|person|human|real "
        r"person|someone|somebody|proper person|one of (?:the|your) (?:team|staff|people|office)) (?:rang|"
        r"rings|ring|called|calls|call|phoned|phones|phone|got back to|gets back to) me",
        r"(?<!i.m\s)(?<!im\s)(?<!am\s)not (?:a|an|this|some) (?:automated|robot|robotic|machine|computer|ai|"
        r"recorded)(?: \w+)?(?= "
        r"?(?:,|\.|$|please|thanks|thank you))",
        r"(?:i want|i'd like|i need|can i have|get|i'd prefer|i'd rather have|i prefer|i'd rather) "
        r"(?:a |an )?(?:person|human|real person|proper person|actual person|real human|member of staff|someone|"
        r"an actual person) to "
        r"(?:ring|call|phone|contact) me(?: back)?(?: instead)?",
        r"(?:can|could|may) i (?:speak|talk) to (?!(?:someone|somebody|anyone|anybody)(?: (?:in|from|at) "
        r"(?:the )?\w+)? about)"
        r"(?:\w+ ){0,3}\w+",
        r"instead of (?:this|the|a|you|talking to (?:a|this|the|you)|a|some) (?:\w+ )?(?:automated|"
        r"automatic|robot|bot|machine|computer|ai|recorded|voice|robotic)\w*|(?:rather|prefer to) "
        r"(?:speak|talk|deal) (?:to|with) (?:a|an|someone|somebody|a real|an actual)(?! (?:\w+ )?"
        r"(?:later|tomorrow))|(?:member of staff|someone|somebody|a person|a human|staff|an "
        r"actual person|a real person) (?:to )?(?:call|ring|phone|contact) me (?:back )?(?:\w+ )?"
        r"(?:instead|rather than)|(?:can|could|may) (?:i|we) (?:have|get) (?:the|a|your) "
        r"(?:manager|supervisor|duty manager)",
        r"(?:get|have) (?:the|a|your) (?:manager|supervisor|boss|owner|person in charge|human|person|real person) to "
        r"(?:ring|call|phone|contact) me(?: back)?|(?:not|won't|i'm not) (?:booking|doing this|talking|dealing) with a "
        r"(?:robot|bot|machine|computer)",
        r"(?:get|put|i want|i need|i'd like|i would like) (?:me )?(?:the|your|a) (?:\w+ ){0,2}(?:manager|supervisor|head|boss|receptionist|doctor|nurse|"
        r"director|principal|headteacher) on the (?:line|phone)",
        r"(?:get|put|have) (?:me )?(?:someone|somebody|a person|a human|a real person|an actual person|a member of "
        r"staff|a manager|someone real) on "
        r"(?:the )?(?:phone|line)|(?:someone|somebody|a person) who (?:actually )?works (?:there|"
        r"here|at (?:the|your))",
        # "i'm the receptionist, please" is who the caller is, not who they want
        _NOT_ME + r"(?:operator|human|agent|representative|receptionist)(?=[.!?,\s]+(?:operator|human|agent|representative|"
        r"receptionist|person|real person|please|ugh)\b)|" + _NOT_ME + r"(?:operator|human|receptionist) please|"
        r"^\W*(?:operator|human|a human|receptionist|real person|a real person|person)\W*$|"
        r"get me (?!a |an |the |some |that |this |it |my |your |one |off |out |in )\w+(?: \w+)? (?:on|from|in|at) "
        r"(?:the )?(?:front desk|reception|front office|office|desk|switchboard|\w+ office|\w+ desk)|(?:give|get) me (?:a|an) (?:human|person|operator)",
        r"(?:be |being |get )?(?:put|putting) (?:me )?through to|(?:be |get )?transferred to|"
        r"(?:transfer|connect|pass|put) me (?:on |over |through |back )?(?:to|with)|let me (?:talk|"
        r"speak) to",
        r"is there (?:a person|anyone|anybody|somebody|someone|a human|a real person|a member of "
        r"staff|an? (?:real |proper |actual )?(?:receptionist|operator)) (?:there|i can (?:actually |just |really )?(?:speak|talk)|to talk|available|who can)|"
        # "a real one" after asking for someone, not "i'm a communist, like a proper one"
        r"(?:i mean|speak to|talk to|want|need|get me|give me|through to|with) (?:a|an) (?:real|proper|actual|live) one\b|"
        r"to get (?:hold of )?(?:a|an) (?:real|actual|proper|live) (?:person|human(?: being)?)\b|(?:someone|somebody|anyone) real|"
        r"(?:i want|i need|i'd like|want|need|get me) (?:a|an|to speak to a|to talk to a) "
        r"(?:person|human|operator|real person|proper receptionist|real receptionist|proper person)|"
        r"(?<!i.m\s)(?<!im\s)(?<!am\s)not a (?:machine|bot|robot|computer)|you're (?:a|"
        r"just a) (?:bot|robot|machine|computer|recording)",
    ), guards=("negation", "framing", "reported", "indifferent")),
)

# Being recorded, as callers say it: "recorded", "recording", "taped", "taping".
_REC = r"(?:record(?!s\b)\w*|tap(?:ed|ing))"

RECORDING_OBJECTION: Final = (
    rules("intent", "recording_objection", 0.92, (
        r"(?:i'm not|not|i am not) wanting (?:\w+ ){0,3}" + _REC,
        r"(?:can|could) you not (?:keep|make|save|store) (?:a |any )?" + _REC,
        # "i'll only carry on if you're not recording this"
        r"(?:only|not|won't|will not) (?:carry on|continue|go on|talk|speak|say any ?more|tell you)(?: \w+)? (?:if|unless|"
        r"till|until) (?:you're|you are|you|it's|it is|this is|this|it) (?:not|stop|stops|stopped|turn off|turned off|"
        r"switch off|switched off) (?:being )?(?:recording|recorded|the recording|record\w*)",
        r"(?:don't|do not|dont|doesn't|won't|wouldn't) (?:want|wish|like|agree|fancy) (?:\w+ ){0,3}"
        + _REC,
        r"(?:not|don't|do not|won't|never|didn't) (?:consent|agree)(?:ing|d|ed)? to (?:\w+ ){0,3}" + _REC,
        r"if (?:this|it|the call|this call|my call|i'm|i am|you're|you are) (?:is |'s |are |'re |am |'m )?(?:being )?" + _REC
        + r"(?: this| me)?,? (?:then )?(?:i|i'm|i am) (?:object|don't consent|do not consent|don't agree|"
        r"do not agree|not happy|refuse)",
        r"(?:do not|don't|won't|not) (?:give|giving) (?:you |my |any )?(?:permission|consent) (?:for|to) (?:\w+ ){0,4}"
        + _REC + r"|"
        r"(?:not|n't|never) (?:comfortable|happy|ok|okay|alright|keen|fine) (?:with |about |being )?"
        r"(?:\w+ ){0,3}(?:record(?:ed|ing)|taped|taping)|(?:no|not) havin(?:g|') (?:this|it|me|the "
        r"call|my \w+) (?:recorded|taped)|turn (?:it|that|the recording|the recorder) aff|(?:prefer|rather) (?:not|you didn't|you don't|you did "
        r"not) (?:to )?(?:be )?record\w*|(?:do not|don't|won't|not) (?:give|giving) (?:you )?"
        r"(?:permission|consent) (?:to|for) (?:\w+ ){0,2}record\w*|not having (?:this|it|me|the "
        r"call|my \w+) recorded|(?:don't|do not|dont) record(?:ing)?(?=,|\.|!|$| please| thanks| "
        r"i'm| i am| it)",
        r"(?:stop|turn off|switch off|turn that off|pause|cancel) (?:the |this |that |your )?"
        r"(?:record(?:ing|er)?|taping)(?: me| this| it)?|turn (?:the |that |it )?(?:recording|recorder) off|"
        r"switch (?:the |that )?(?:recording|recorder) off",
        r"if (?:this|it|the call|you're|you are|i'm|i am) (?:is |'s |are |being |is being |'s being )?"
        r"(?:being )?" + _REC + r"(?: this| me)?,? (?:i'm|i am|i'll|i will|then i'm|then i'll) "
        r"(?:hanging up|going|off|putting the phone down|gone|ringing off|hang up|put the phone down)|"
        + _REC + r" (?:\w+ ){0,8}(?:don't|do not|won't|will not) (?:give|giving) (?:you )?(?:my )?"
        r"(?:permission|consent)|"
        + _REC + r" (?:this|it|me|the call)?,? ?(?:then )?(?:no,? )?(?:i )?(?:don't|do not|won't|will not) "
        r"(?:agree|consent)(?: to (?:it|that|this))?|"
        r"no (?:recording|recordings)(?: please| thanks| thank you)?|opt(?:ing)? out of "
        r"(?:being |the |call )?record\w*|(?:without|not be|not being|no) record(?:ed|ing)|without (?:you |it |the call )?"
        r"(?:recording|taping) (?:me|this|it)",
        r"(?:please |can you |could you )?(?:don't|do not|not) record (?:me|this|the call|"
        r"my call|it|anything|what i say)",
        r"(?:i )?object (?:to|against) (?:\w+ ){0,3}" + _REC + r"|"
        r"if (?:you're|you are|this is|it's) " + _REC + r"(?: this| me| it)?,? (?:then )?i'?(?:ll| will)? (?:just )?(?:hang "
        r"up|put the phone down|ring off|go|email)|(?:i'd|i would) (?:prefer|rather) (?:you )?(?:didn't|did not|not) "
        r"(?:keep|make|save|store) (?:a |any )?" + _REC + r"|"
        + _REC + r"(?:\W+\w+){0,6}?\W+(?:i want (?:it|that|this) (?:stopped|turned off|switched off)|i'd rather (?:it|you|this) (?:wasn't|weren't|didn't|not)|can you stop "
        r"(?:it|that|recording)|turn it off|i don't want (?:that|it)|(?:i )?(?:haven't|have not|never|didn't) "
        r"(?:agreed|consented) to (?:any of )?(?:that|it|this))|(?:can't|cannot|mustn't|shouldn't|don't|do not) record me|"
        r"(?:haven't|have not|never|didn't) (?:agreed|consented) to (?:being recorded|you recording|the recording)|"
        + _REC + r"(?:\W+\w+){0,6}?\W+(?:i )?(?:object|don't consent|do not consent|don't agree|do not agree)"
        r"(?: to (?:that|it|this))?(?=\W|$)|"
        r"(?:not happy|uncomfortable|unhappy) (?:about |with )?(?:being |the |this )?record\w*|"
        r"(?:i'd|i would) (?:rather|prefer) (?:you )?(?:not|didn't) (?:be )?" + _REC + r"|(?:i'd|i would) "
        r"(?:rather|prefer) (?:you )?(?:not|didn't) (?:tape|record)|"
        r"(?:do|have) this (?:unrecorded|off the record|without (?:the |a )?recording)|(?:can't|cannot|won't) (?:discuss|"
        r"talk about|say|go into) (?:\w+ ){0,3}on a recorded line|"
        r"(?:i'd|i would) (?:rather|prefer) (?:this|it|the call|that|we|this call|my call) (?:wasn't|weren't|isn't|"
        r"not be|wasn't being|was not) (?:being )?" + _REC + r"|"
        r"take me off (?:the |this )?(?:recording|tape)|(?:don't|do not) want (?:my voice|me|my \w+|this|"
        r"it) on (?:any|the|a|your) (?:recording|recordings|tape)|(?:can't|cannot|can not|won't|will not|not "
        r"going to) (?:have|do|discuss) (?:this|it|that)(?: conversation| call)? on (?:a |the )?"
        r"(?:recording|recorded line|tape)|"
        r"delete (?:the|my|this|that) (?:call )?recording|delete (?:whatever|what|everything|anything|all) (?:you've|you "
        r"have|you) (?:recorded|got recorded|taped)|(?:don't|do not) keep (?:a|the|any) "
        r"recording",
        r"(?:dw i |dwi |rydw i )?ddim (?:eisiau|isio|moyn) (?:cael )?(?:fy )?recordio|"
        r"peidiwch (?:â |a )?(?:fy )?recordio|dim recordio",
    )),
)

INTENT_RULES: Final[tuple[Rule, ...]] = (*HUMAN_REQUEST, *RECORDING_OBJECTION)
