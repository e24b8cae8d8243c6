"""Secure store benchmark: insert, retention sweep, subject-access export and audit verification.

On SQLite and (when reachable) PostgreSQL, with N synthetic calls of 10 turns each:

- insert throughput through the repository (one transaction per call, the live path) on a
  sample, and through a bulk path (same cipher, same associated data, batched statements)
  for the rest;
- retention sweep of every call (all are past every period): target <= 60 s for 100k on PG;
- subject-access export for one number across the whole table: target <= 1 s;
- audit chain verification rate.

Default 2,000 calls; ``--calls 100000`` for the full run. Usage:
``python -m benchmarks.bench_store [--calls N] [--backends sqlite,postgres] [--pg-url URL]``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, Table, func, select

from benchmarks.databases import backend, pg_available
from receptionist.privacy.types import Finding
from receptionist.store import audit
from receptionist.store.base import new_id, utcnow
from receptionist.store.calls import (
    CALL_FIELDS,
    FINDING_EXCERPT,
    SUMMARY_TEXT,
    TURN_TEXT,
    CallRepository,
    new_reference,
)
from receptionist.store.crypto import associated_data, seal
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import AuditEvent, Call, DataKey, FindingRecord, Summary, Tenant, Turn
from receptionist.store.retention import RetentionSweeper
from receptionist.store.rights import RightsService
from receptionist.store.service import Store
from receptionist.store.subject_access import write_package

SUBJECT = "+447700900001"
SUBJECT_CALLS = 5
TURNS = 10
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
OLD = datetime(2020, 1, 1, tzinfo=UTC)  # older than every retention period
LINES = [
    "Hello, you're through to the school office, how can I help?",
    "Hi, I'm calling about my son's attendance this week.",
    "Of course. Can I take your name please?",
    "It's a parent of a pupil in year four.",
    "Thank you. And a good number to call you back on?",
    "The usual number please, any time after three.",
    "And what's the reason for the call?",
    "He has a [health] appointment on Thursday afternoon.",
    "Thanks, I'll pass that on to the attendance officer.",
    "Lovely, thank you, bye.",
]


def _number(i: int) -> str:
    # The first few calls are the data subject's; the rest each have their own number.
    return SUBJECT if i < SUBJECT_CALLS else f"+44771{i:07d}"


def insert_with_repository(store: Store, tenant_id: str, indices: Sequence[int]) -> None:
    """The live path: one transaction per call through CallRepository."""
    repo = CallRepository(store)
    for i in indices:
        with store.sessions.begin() as session:
            call = repo.open_call(session, tenant_id=tenant_id, transport="simulate", caller_number=_number(i), config_version=1)
            call.started_at = OLD + timedelta(minutes=i)
            for seq, line in enumerate(LINES):
                findings = [Finding("category", "health", 6, 14, 0.9)] if "[health]" in line else []
                repo.append_turn(
                    session,
                    call,
                    speaker="receptionist" if seq % 2 == 0 else "caller",
                    text_redacted=line,
                    findings=findings,
                    original_text=line.replace("[health]", "dentist") if findings else None,
                )
            repo.set_identity(session, call, name=f"Caller {i}", callback_number=_number(i), reason="attendance")
            repo.finish_call(session, call, summary="Parent reports an appointment.", generator="offline", crm_payload=None)


def insert_bulk(store: Store, tenant_id: str, indices: Sequence[int], batch: int = 1000) -> None:
    """Bulk path: the same per-(call, class) keys, AAD and ciphertext format, batched inserts."""
    keys = store.keys
    for start in range(0, len(indices), batch):
        rows: dict[str, list[dict[str, Any]]] = {"keys": [], "calls": [], "turns": [], "findings": [], "summaries": []}
        for i in indices[start : start + batch]:
            call_id = new_id()
            dek: dict[str, bytes] = {}
            for cls in ("call_metadata", "transcript", "summary"):
                dek[cls] = AESGCM.generate_key(bit_length=256)
                rows["keys"].append(
                    {"id": new_id(), "tenant_id": tenant_id, "call_id": call_id, "data_class": cls,
                     "wrapped_key": keys.wrap_key(tenant_id, 1, dek[cls]), "key_version": 1}
                )

            def enc(cls: str, field: str, owner: str, value: str, call_id: str = call_id, dek: dict[str, bytes] = dek) -> bytes:
                return seal(dek[cls], associated_data(tenant_id, call_id, field, owner), value.encode())

            number = _number(i)
            digest = store.hasher.hash_number(number)
            rows["calls"].append(
                {"id": call_id, "tenant_id": tenant_id, "reference": new_reference(), "transport": "simulate",
                 "status": "completed", "started_at": OLD + timedelta(minutes=i), "ended_at": OLD + timedelta(minutes=i, seconds=90),
                 "config_version": 1, "caller_number_hash": digest, "callback_number_hash": digest,
                 "caller_number_enc": enc("call_metadata", CALL_FIELDS["caller_number_enc"], call_id, number),
                 "caller_name_enc": enc("call_metadata", CALL_FIELDS["caller_name_enc"], call_id, f"Caller {i}"),
                 "callback_number_enc": enc("call_metadata", CALL_FIELDS["callback_number_enc"], call_id, number),
                 "reason_enc": enc("call_metadata", CALL_FIELDS["reason_enc"], call_id, "attendance"),
                 "masked_categories": ["health"]}
            )
            for seq, line in enumerate(LINES, start=1):
                turn_id = new_id()
                rows["turns"].append(
                    {"id": turn_id, "call_id": call_id, "seq": seq, "speaker": "caller" if seq % 2 == 0 else "receptionist",
                     "at": OLD + timedelta(minutes=i, seconds=seq), "text_enc": enc("transcript", TURN_TEXT, turn_id, line)}
                )
                if "[health]" in line:
                    fid = new_id()
                    rows["findings"].append(
                        {"id": fid, "call_id": call_id, "turn_id": turn_id, "kind": "category", "label": "health",
                         "start": 6, "end": 14, "score": 0.9, "excerpt_enc": enc("transcript", FINDING_EXCERPT, fid, "dentist")}
                    )
            sid = new_id()
            rows["summaries"].append(
                {"id": sid, "call_id": call_id, "generator": "offline",
                 "text_enc": enc("summary", SUMMARY_TEXT, sid, "Parent reports an appointment.")}
            )
        with store.engine.begin() as conn:  # Core executemany: no ORM bookkeeping per row
            for model, key in ((DataKey, "keys"), (Call, "calls"), (Turn, "turns"), (FindingRecord, "findings"), (Summary, "summaries")):
                conn.execute(cast(Table, model.__table__).insert(), rows[key])


def append_audit(store: Store, n: int, batch: int = 1000) -> None:
    """Audit events as the app writes them (each links to the previous)."""
    for start in range(0, n, batch):
        with store.sessions.begin() as session:
            for k in range(start, min(n, start + batch)):
                audit.record(session, actor="bench", action="call.read", target_type="call", target_id=str(k), reason="bench")


def append_audit_bulk(store: Store, n: int, batch: int = 5000) -> None:
    """Fill the log faster for the verification measurement: same hash function, batched inserts."""
    table = cast(Table, AuditEvent.__table__)
    for start in range(0, n, batch):
        with store.sessions.begin() as session:
            prev = audit.record(session, actor="bench", action="call.read", target_id="bulk-head").hash
            rows = []
            for k in range(start + 1, min(n, start + batch)):
                ev = AuditEvent(at=utcnow(), actor="bench", action="call.read", target_type="call",
                                target_id=str(k), reason="bench", details={}, tenant_id=None)
                ev.hash = audit.event_hash(ev, prev)
                rows.append({"at": ev.at, "actor": ev.actor, "action": ev.action, "target_type": ev.target_type,
                             "target_id": ev.target_id, "reason": ev.reason, "details": {}, "tenant_id": None,
                             "prev_hash": prev, "hash": ev.hash})
                prev = ev.hash
            if rows:
                session.connection().execute(table.insert(), rows)


def run(name: str, engine: Engine, calls: int, sample: int) -> dict[str, str]:
    """All measurements for one backend."""
    store = Store(engine, LocalKeyProvider(os.urandom(32)))
    with store.sessions.begin() as session:
        tenant = Tenant(slug="bench", name="Bench")
        session.add(tenant)
        session.flush()
        tenant_id = tenant.id
    indices = list(range(calls))
    random.Random(7).shuffle(indices)
    live, bulk = indices[:sample], indices[sample:]
    t0 = time.perf_counter()
    insert_with_repository(store, tenant_id, live)
    t_live = time.perf_counter() - t0
    _progress(name, f"live insert {len(live)} calls: {t_live:.1f}s")
    t0 = time.perf_counter()
    insert_bulk(store, tenant_id, bulk)
    t_bulk = time.perf_counter() - t0
    _progress(name, f"bulk insert {len(bulk)} calls: {t_bulk:.1f}s")
    with store.sessions() as session:
        assert session.scalar(select(func.count(Call.id))) == calls
    with engine.connect() as conn:  # fresh statistics, as autovacuum/ANALYZE keeps them in service
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    t0 = time.perf_counter()
    with store.sessions.begin() as session, tempfile.TemporaryDirectory() as tmp:
        package = RightsService(store).export(session, number=SUBJECT, tenant_id=None, actor="bench")
        write_package(package, Path(tmp))
    t_sar = time.perf_counter() - t0
    events = calls
    sample_events = min(events, 3000)
    t0 = time.perf_counter()
    append_audit(store, sample_events)
    t_append = time.perf_counter() - t0
    append_audit_bulk(store, events - sample_events)
    t0 = time.perf_counter()
    report = RetentionSweeper(store.sessions).run()
    t_sweep = time.perf_counter() - t0
    _progress(name, f"sweep: {t_sweep:.1f}s")
    with store.sessions() as session:
        t0 = time.perf_counter()
        verified = audit.verify(session)
        t_verify = time.perf_counter() - t0
    assert verified.ok and report.count("error") == 0
    return {
        "backend": name,
        "calls x turns": f"{calls:,} x {TURNS}",
        "insert live (calls/s)": f"{len(live) / t_live:,.0f} (n={len(live):,})" if live else "-",
        "insert bulk (calls/s)": f"{len(bulk) / t_bulk:,.0f}" if bulk else "-",
        "SAR export (s)": f"{t_sar:.3f} ({len(package.calls)} calls)",
        "sweep all (s)": f"{t_sweep:.1f} ({report.count('shredded'):,} items)",
        "audit append (ev/s)": f"{sample_events / t_append:,.0f}",
        "audit verify (ev/s)": f"{verified.checked / t_verify:,.0f} ({verified.checked:,} ev)",
    }


def _progress(backend_name: str, message: str) -> None:
    # Long runs report each phase as it ends (stderr, so the table on stdout stays clean).
    print(f"[{backend_name}] {message}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Run and print a table (one row per backend)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_store", description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="synthetic calls (full run: 100000)")
    parser.add_argument("--live-sample", type=int, default=300, help="calls inserted through the repository path")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--pg-url", default=os.environ.get("RECEPTIONIST_TEST_POSTGRES_URL") or DEFAULT_PG)
    args = parser.parse_args(argv)
    rows = []
    for name in args.backends.split(","):
        if name == "postgres" and not pg_available(args.pg_url):
            print("postgres: not reachable, skipped")
            continue
        with backend(name, args.pg_url) as engine:
            rows.append(run(name, engine, args.calls, min(args.live_sample, args.calls)))
    if not rows:
        return
    headers = list(rows[0])
    widths = [max(len(h), *(len(r[h]) for r in rows)) for h in headers]
    print(" | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(r[h].ljust(w) for h, w in zip(headers, widths, strict=True)))


if __name__ == "__main__":
    main()
