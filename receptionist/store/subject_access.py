"""The subject-access package: every call from a number, with third-party data withheld.

Calls are found by keyed hash (caller ID or callback number). What is released: call
metadata, the caller's own identity fields, the stored transcript (already redacted by the
privacy engine) and the summary. What is withheld, each with an index entry and a reason:
the original words behind special-category and safeguarding findings (they may concern
someone else and need human review), safeguarding case records, and on calls where the
number was only left as a callback number by someone on another line, that caller's
identity and words. Recordings are listed, not embedded.
"""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from receptionist.store.call_view import CallView
from receptionist.store.models import Call, Escalation, Recording

WHY_SPECIAL = "special-category detail may concern a third party; released only after review by the controller"
WHY_SAFEGUARDING = "safeguarding information: exempt where disclosure would prejudice safeguarding or crime prevention (DPA 2018 Sch. 2)"
WHY_OTHER_CALLER = "call made from a different number: the caller may be someone else (third-party data)"
WHY_RECORDING = "audio is supplied separately on request, not in this JSON/CSV package"


@dataclass(slots=True)
class Withheld:
    """One index entry: which call, what was withheld, and why."""

    call_reference: str
    item: str
    reason: str


@dataclass(slots=True)
class AccessPackage:
    """The package handed to the data subject (and written to disk by :func:`write_package`)."""

    request_id: str
    generated_at: str
    due_at: str
    calls: list[dict[str, Any]] = field(default_factory=list)
    withheld: list[Withheld] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "request_id": self.request_id,
            "generated_at": self.generated_at,
            "due_at": self.due_at,
            "calls": self.calls,
            "withheld_index": [asdict(w) for w in self.withheld],
        }


def package_call(session: Session, call: Call, view: CallView, *, subject_hash: str, package: AccessPackage) -> None:
    """Add one call to the package, applying the withholding rules."""
    own_line = call.caller_number_hash == subject_hash
    entry: dict[str, Any] = {
        "reference": view.reference,
        "started_at": view.started_at.isoformat(),
        "ended_at": view.ended_at.isoformat() if view.ended_at else None,
        "transport": view.transport,
        "status": view.status,
        "outcome": view.outcome,
        "topic": view.reason_category,
        "matched_by": "caller_number" if own_line else "callback_number",
        "callback_number": view.callback_number,
        "deleted_classes": sorted(view.shredded),
    }
    if own_line:
        entry.update(
            caller_number=view.caller_number,
            caller_name=view.caller_name,
            reason=view.reason,
            message=view.message,
            transcript=[
                {"seq": t.seq, "speaker": t.speaker, "at": t.at.isoformat(), "text": t.text} for t in view.turns
            ],
            summary=view.summary,
        )
        for turn in view.turns:
            for f in turn.findings:
                if f.kind in ("category", "safeguarding") and f.excerpt is not None:
                    why = WHY_SAFEGUARDING if f.kind == "safeguarding" else WHY_SPECIAL
                    package.withheld.append(Withheld(view.reference, f"turn {turn.seq}: original words ({f.label})", why))
    else:
        package.withheld.append(
            Withheld(view.reference, "caller identity, reason, message, transcript and summary", WHY_OTHER_CALLER)
        )
    cases = session.scalar(select(func.count(Escalation.id)).where(Escalation.call_id == call.id)) or 0
    if cases:
        package.withheld.append(Withheld(view.reference, f"{cases} safeguarding case record(s)", WHY_SAFEGUARDING))
    recordings = session.scalar(
        select(func.count(Recording.id)).where(Recording.call_id == call.id, Recording.status != "deleted")
    )
    if recordings:
        package.withheld.append(Withheld(view.reference, f"{recordings} call recording(s)", WHY_RECORDING))
    package.calls.append(entry)


_CALL_COLUMNS = (
    "reference",
    "started_at",
    "ended_at",
    "transport",
    "status",
    "outcome",
    "topic",
    "matched_by",
    "caller_name",
    "caller_number",
    "callback_number",
    "reason",
    "message",
    "summary",
)


def write_package(package: AccessPackage, out_dir: Path) -> list[Path]:
    """Write ``subject_access.json`` plus ``calls.csv``, ``transcript.csv`` and ``withheld.csv``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / n for n in ("subject_access.json", "calls.csv", "transcript.csv", "withheld.csv")]
    paths[0].write_text(json.dumps(package.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with paths[1].open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(_CALL_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(package.calls)
    with paths[2].open("w", newline="", encoding="utf-8") as fh:
        rows = csv.writer(fh)
        rows.writerow(["reference", "seq", "speaker", "at", "text"])
        for call in package.calls:
            for turn in call.get("transcript", []):
                rows.writerow([call["reference"], turn["seq"], turn["speaker"], turn["at"], turn["text"]])
    with paths[3].open("w", newline="", encoding="utf-8") as fh:
        rows = csv.writer(fh)
        rows.writerow(["call_reference", "item", "reason"])
        rows.writerows([w.call_reference, w.item, w.reason] for w in package.withheld)
    for path in paths:
        path.chmod(0o600)  # the package is personal data
    return paths
