"""Data-subject rights: access, erasure, rectification and restriction, tracked and audited.

Each request becomes a ``subject_requests`` row with its statutory due date (one calendar
month from receipt, UK GDPR Art. 12(3)) and a result of counts and reasons, never
personal data. The CLI and the admin API both call :class:`RightsService`; the caller
owns the transaction, so a request, its effects and its audit events commit together.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from receptionist.store import audit
from receptionist.store.base import utcnow
from receptionist.store.calls import CallRepository
from receptionist.store.holds import active_holds
from receptionist.store.models import DataKey, SubjectRequest
from receptionist.store.service import Store
from receptionist.store.shredding import ShredTarget, shred_batch
from receptionist.store.subject_access import AccessPackage, package_call

REQUEST_KINDS: tuple[str, ...] = ("access", "erasure", "rectification", "restriction")


def add_calendar_month(when: datetime) -> datetime:
    """Same day next month, or that month's last day (31 Jan -> 28/29 Feb)."""
    year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


@dataclass(slots=True)
class ErasureResult:
    """Per-call outcome of an erasure: what was shredded and what was kept and why."""

    request_id: str
    erased: dict[str, list[str]] = field(default_factory=dict)  # call id -> classes shredded
    kept: dict[str, str] = field(default_factory=dict)  # call id -> reason


class RightsService:
    """Carries out data-subject requests for a phone number, optionally within one tenant."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.calls = CallRepository(store)

    def open_request(
        self, session: Session, *, kind: str, number: str, tenant_id: str | None, actor: str, received_at: datetime | None = None
    ) -> SubjectRequest:
        """Log a request with its due date (audited); the number is kept only as its keyed hash."""
        if kind not in REQUEST_KINDS:
            raise ValueError(f"request kind must be one of {', '.join(REQUEST_KINDS)}")
        received = received_at or utcnow()
        request = SubjectRequest(
            tenant_id=tenant_id,
            kind=kind,
            number_hash=self.store.hasher.hash_number(number),
            status="open",
            received_at=received,
            due_at=add_calendar_month(received),
            handled_by=actor,
            result={},
        )
        session.add(request)
        session.flush()
        self._audit(session, request, actor, "rights.request", {"kind": kind, "due_at": request.due_at.isoformat()})
        return request

    def export(self, session: Session, *, number: str, tenant_id: str | None, actor: str) -> AccessPackage:
        """Build the subject-access package (each call read is audited under the request)."""
        request = self.open_request(session, kind="access", number=number, tenant_id=tenant_id, actor=actor)
        package = AccessPackage(request.id, utcnow().isoformat(), request.due_at.isoformat())
        for call in self.calls.find_by_number(session, number, tenant_id=tenant_id):
            view = self.calls.read_call(session, call.id, actor=actor, reason=f"subject access request {request.id}")
            package_call(session, call, view, subject_hash=request.number_hash or "", package=package)
        self._complete(session, request, actor, {"calls": len(package.calls), "withheld": len(package.withheld)})
        return package

    def erase(self, session: Session, *, number: str, tenant_id: str | None, actor: str) -> ErasureResult:
        """Shred every class of every matching call unless a hold applies; report what was kept."""
        request = self.open_request(session, kind="erasure", number=number, tenant_id=tenant_id, actor=actor)
        result = ErasureResult(request.id)
        now = utcnow()
        for call in self.calls.find_by_number(session, number, tenant_id=tenant_id):
            holds = active_holds(session, call.id)
            if holds:
                result.kept[call.id] = "hold: " + ", ".join(sorted({h.kind for h in holds}))
                continue
            keys = session.scalars(
                select(DataKey).where(DataKey.call_id == call.id, DataKey.wrapped_key.is_not(None))
            ).all()
            for key in sorted(keys, key=lambda k: k.data_class):
                target = ShredTarget(call.tenant_id, call.id, key.data_class, key.id)
                shred_batch(session, [target], rule=lambda _t: f"request:erasure:{request.id}", now=now)
                result.erased.setdefault(call.id, []).append(key.data_class)
        session.expire_all()
        self._complete(
            session, request, actor, {"calls_erased": len(result.erased), "calls_kept": len(result.kept), "kept": result.kept}
        )
        return result

    def rectify(
        self,
        session: Session,
        *,
        number: str,
        tenant_id: str | None,
        actor: str,
        name: str | None = None,
        new_number: str | None = None,
    ) -> int:
        """Correct the caller's name and/or callback number on every matching call; returns calls changed."""
        if name is None and new_number is None:
            raise ValueError("give a corrected name and/or number")
        request = self.open_request(session, kind="rectification", number=number, tenant_id=tenant_id, actor=actor)
        changed = 0
        for call in self.calls.find_by_number(session, number, tenant_id=tenant_id):
            if call.deleted_at is not None:
                continue
            self.calls.set_identity(session, call, name=name, callback_number=new_number)
            changed += 1
        fields = [f for f, v in (("name", name), ("callback_number", new_number)) if v is not None]
        self._complete(session, request, actor, {"calls": changed, "fields": fields})
        return changed

    def restrict(self, session: Session, *, number: str, tenant_id: str | None, actor: str, lift: bool = False) -> int:
        """Flag (or unflag) matching calls: kept, but excluded from processing and integration exports."""
        request = self.open_request(session, kind="restriction", number=number, tenant_id=tenant_id, actor=actor)
        calls = self.calls.find_by_number(session, number, tenant_id=tenant_id)
        for call in calls:
            call.restricted = not lift
        self._complete(session, request, actor, {"calls": len(calls), "lifted": lift})
        return len(calls)

    def requests_due(self, session: Session, *, before: datetime) -> list[SubjectRequest]:
        """Open requests whose statutory deadline falls before ``before``."""
        query = select(SubjectRequest).where(SubjectRequest.status == "open", SubjectRequest.due_at < before)
        return list(session.scalars(query.order_by(SubjectRequest.due_at)))

    def _complete(self, session: Session, request: SubjectRequest, actor: str, result: dict[str, object]) -> None:
        request.status = "completed"
        request.completed_at = utcnow()
        request.result = dict(result)
        self._audit(session, request, actor, f"rights.{request.kind}", dict(result))

    def _audit(self, session: Session, request: SubjectRequest, actor: str, action: str, details: dict[str, object]) -> None:
        audit.record(
            session,
            actor=actor,
            action=action,
            tenant_id=request.tenant_id,
            target_type="subject_request",
            target_id=request.id,
            details=details,
        )

