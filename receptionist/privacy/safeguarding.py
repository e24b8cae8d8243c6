"""Safeguarding disclosure rules, one family per subtype, gathered for the engine.

Families are written as general phrase patterns (verb forms, pronouns, relatives, tenses) for
the ways callers actually disclose: directly ("my dad hits me"), through signs ("grip-mark
bruises", "always in yesterday's clothes"), through threats and secrecy ("if i tell anyone
he'll hurt my mum") and through means ("i've got the tablets here"). Recall matters more than
precision, so scores grade confidence rather than gate it; the hard negatives are handled by
the shields and guards in :mod:`receptionist.privacy.context`, and what no phrase describes
is left to the generic cues (:mod:`receptionist.privacy.disclosure`) and the risk lexicon.
"""

from __future__ import annotations

from typing import Final

from receptionist.privacy.patterns import Rule
from receptionist.privacy.safeguarding_adults import (
    ADULT_AT_RISK,
    ADULT_CHILD_HARM,
    ADULT_NEGLECT,
    BULLYING,
    DOMESTIC_ABUSE,
    FINANCIAL_ABUSE,
    PARTNER_STALKING,
)
from receptionist.privacy.safeguarding_children import CHILD_ABUSE, FGM, NEGLECT
from receptionist.privacy.safeguarding_crisis import IMMEDIATE_DANGER, SELF_HARM
from receptionist.privacy.safeguarding_exploitation import (
    EXPLOITATION,
    EXPLOITATION_GIFTS,
    RADICALISATION,
)
from receptionist.privacy.safeguarding_means import SELF_HARM_MEANS, SELF_HARM_SIGNS

SAFEGUARDING_RULES: Final[tuple[Rule, ...]] = (
    *SELF_HARM,
    *SELF_HARM_MEANS,
    *SELF_HARM_SIGNS,
    *IMMEDIATE_DANGER,
    *CHILD_ABUSE,
    *NEGLECT,
    *DOMESTIC_ABUSE,
    *EXPLOITATION,
    *EXPLOITATION_GIFTS,
    *RADICALISATION,
    *FGM,
    *PARTNER_STALKING,
    *BULLYING,
    *ADULT_AT_RISK,
    *ADULT_CHILD_HARM,
    *ADULT_NEGLECT,
    *FINANCIAL_ABUSE,
)
