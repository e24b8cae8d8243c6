"""The safeguarding hold an escalation places on its call, and its release on close.

While a case is open, the call's recording, transcript and metadata must survive any
retention sweep, so raising a case places a ``safeguarding`` hold through the store's
hold service (audited there). Closing the case releases it, unless another open case on
the same call still needs it; after that, normal retention runs.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store.holds import active_holds, place_hold, release_hold
from receptionist.store.models import Call, Escalation, Hold

KIND = "safeguarding"


def place_safeguarding_hold(session: Session, *, call: Call, escalation: Escalation) -> Hold:
    """Place (or reuse) the call's safeguarding hold for this case."""
    return place_hold(session, call=call, kind=KIND, reason=f"safeguarding case {escalation.case_code}", actor="system")


def release_safeguarding_hold(session: Session, *, escalation: Escalation, actor: str) -> int:
    """Release the call's safeguarding holds once no other open case on the call needs them."""
    others = session.scalar(
        select(Escalation.id).where(
            Escalation.call_id == escalation.call_id,
            Escalation.id != escalation.id,
            Escalation.status != "closed",
        )
    )
    if others is not None:
        return 0
    holds = [h for h in active_holds(session, escalation.call_id) if h.kind == KIND]
    for hold in holds:
        release_hold(session, hold_id=hold.id, actor=actor, reason=f"safeguarding case {escalation.case_code} closed")
    return len(holds)
