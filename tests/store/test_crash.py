"""A process killed between writing ciphertext and committing leaves nothing behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from receptionist.store.db import make_engine, make_session_factory, upgrade
from receptionist.store.models import Call, DataKey, Turn

from .conftest import CALLER_NAME, DISCLOSURE

SCRIPT = textwrap.dedent(
    """
    import os, sys
    from receptionist.store.keys_local import LocalKeyProvider
    from receptionist.store.models import Tenant
    from receptionist.store.service import Store
    from receptionist.store.calls import CallRepository
    from receptionist.store.db import make_engine

    store = Store(make_engine(sys.argv[1]), LocalKeyProvider(b"m" * 32))
    with store.sessions.begin() as s:
        s.add(Tenant(id="t1", slug="t1", name="T"))
    repo = CallRepository(store)
    session = store.sessions()
    call = repo.open_call(session, tenant_id="t1", transport="console", caller_number="+447700900123", config_version=1)
    repo.set_identity(session, call, name=sys.argv[2])
    repo.append_turn(session, call, speaker="caller", text_redacted=sys.argv[3], findings=[], original_text=None)
    session.flush()  # ciphertext is now in the database file's journal, uncommitted
    os._exit(9)  # crash: no commit, no rollback, no cleanup
    """
)


def test_crash_before_commit_leaves_no_rows_and_no_plaintext(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    proc = subprocess.run([sys.executable, "-c", SCRIPT, url, CALLER_NAME, DISCLOSURE], capture_output=True, timeout=60)
    assert proc.returncode == 9, proc.stderr.decode()[-2000:]
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        counts = [session.scalar(select(func.count()).select_from(m)) for m in (Call, Turn, DataKey)]
    engine.dispose()
    assert counts == [0, 0, 0]
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("crash.db*"))
    for needle in (CALLER_NAME, DISCLOSURE, "+447700900123"):
        assert needle.encode() not in raw
