"""Which department a caller's words point to, and when a request for a person can be routed.

Routing is decided in code from every caller turn, whichever brain is talking: the
department for the CRM's reason category, and, when the caller asks for a person, the team
to put them through to. With nothing to go on ("can I speak to someone?") the flow asks
what it's about first rather than guessing.
"""

from __future__ import annotations

import re

from receptionist.core.config import Department, TenantConfig
from receptionist.core.cues import Cues
from receptionist.core.knowledge import best_department, best_faq
from receptionist.core.state import CallState

_GENERAL = re.compile(r"\b(office|reception|general|enquiries|customer|contact|switchboard|hub)\b", re.I)


def route(config: TenantConfig, state: CallState, text: str, cues: Cues) -> str | None:
    """Update ``state``'s department and pending transfer from one caller turn; the department key."""
    dept = best_department(config.departments, text)
    if dept is None and state.reason:
        dept = best_department(config.departments, state.reason)
    if dept is not None and state.department is None:
        state.department = dept.key
    if cues.human_request or state.transfer_topic_needed:
        state.transfer_requested = True
        chosen = dept or (config.department(state.department) if state.department else None)
        if chosen is None and state.reason is None and not state.transfer_topic_needed:
            # "Can I speak to someone?" with nothing to go on: ask what it's about first,
            # rather than putting them through to whichever team is listed first.
            state.transfer_topic_needed = True
            return None
        chosen = chosen or general_department(config)
        state.transfer_topic_needed = False
        state.pending_transfer = chosen.key if chosen else None
        return state.pending_transfer
    return dept.key if dept else None


def general_department(config: TenantConfig) -> Department | None:
    """The front-desk team (office, reception, general enquiries), else the first one listed."""
    for dept in config.departments:
        if _GENERAL.search(f"{dept.key} {dept.name}"):
            return dept
    return config.departments[0] if config.departments else None


def known_topic(config: TenantConfig, words: str) -> bool:
    """Do ``words`` name one of the tenant's departments or FAQ topics?"""
    return best_department(config.departments, words) is not None or best_faq(config.faqs, words) is not None
