"""TenantRepository: versioned, audited imports; and the ``tenant`` command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from receptionist.core.config import demo_config_text, load_tenant_config
from receptionist.core.tenants import TenantNotFoundError, TenantRepository
from receptionist.store.models import AuditEvent, Tenant, TenantConfigVersion


def test_import_creates_versions_and_audits(engine: Engine) -> None:
    repo = TenantRepository()
    cfg = load_tenant_config("council")
    with Session(engine) as session, session.begin():
        tenant = repo.import_config(session, cfg, "tester")
        assert tenant.active_config_version == 1
        again = repo.import_config(session, cfg.model_copy(update={"name": "Glanhaven Council"}), "tester")
        assert again.id == tenant.id and again.active_config_version == 2
        assert repo.active_config(session, tenant).name == "Glanhaven Council"
        repo.activate(session, tenant, 1, "tester")
        assert repo.active_config(session, tenant) == cfg
        with pytest.raises(TenantNotFoundError):
            repo.activate(session, tenant, 7, "tester")
    with Session(engine) as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["tenant.config_imported", "tenant.config_imported", "tenant.config_activated"]
        assert len(session.scalars(select(TenantConfigVersion)).all()) == 2


def test_ensure_demo_tenants_is_idempotent(engine: Engine) -> None:
    repo = TenantRepository()
    with Session(engine) as session, session.begin():
        assert len(repo.ensure_demo_tenants(session)) == 5
        assert repo.ensure_demo_tenants(session) == []
        assert repo.get_by_slug(session, "nope") is None


def test_cli_import_validates_first(tmp_path: Path, capsys: pytest.CaptureFixture[str], run_cli: Any) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    good = tmp_path / "t.yaml"
    good.write_text(demo_config_text("business"), encoding="utf-8")
    assert run_cli(["tenant", "import", str(good), "--db", db]) == 0
    assert "configuration version 1" in capsys.readouterr().out

    data = yaml.safe_load(demo_config_text("business"))
    data["slug"] = "second"
    data["departments"][0]["transfer_number"] = "020 7946 0501"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert run_cli(["tenant", "import", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "departments.0.transfer_number: must be an E.164" in err
    assert "020 7946" not in err

    assert run_cli(["tenant", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "business\tv1" in listing and "second" not in listing

    assert run_cli(["tenant", "validate", str(bad)]) == 1
    assert "transfer_number" in capsys.readouterr().err
    assert run_cli(["tenant", "import", "business", "--db", db]) == 0
    assert run_cli(["tenant", "activate", "business", "1", "--db", db]) == 0
    assert run_cli(["tenant", "activate", "business", "9", "--db", db]) == 1
    assert "no configuration version 9" in capsys.readouterr().err

    from receptionist.store.db import make_engine

    with Session(make_engine(db)) as session:
        assert session.scalars(select(Tenant.slug)).all() == ["business"]
