"""Fixtures for the call-flow tests: a store on the test database, and a privacy engine fake.

``PhraseDetector`` is a hand-written stand-in for the language detectors: it reports a
finding exactly where one of its configured phrases occurs. Flow tests use it so that they
test the call flow's decisions, not the real detectors' recall (which has its own tests).
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from receptionist.core.hours import fixed_clock
from receptionist.core.runtime import Brain, TextCall, new_call
from receptionist.core.summary import OfflineSummariser
from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.types import Finding, FindingKind
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.service import Store

CliRunner = Callable[[Sequence[str]], int]
# A Monday morning in term time (GMT), and a Sunday evening: open and closed.
OPEN = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
CLOSED = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)


@pytest.fixture
def run_cli() -> CliRunner:
    """Run one of our command groups directly, independent of other teams' command modules."""

    def run(argv: Sequence[str]) -> int:
        parser = argparse.ArgumentParser(prog="receptionist")
        sub = parser.add_subparsers(dest="command")
        importlib.import_module(f"receptionist.cli.{argv[0]}").register(sub)
        args = parser.parse_args(list(argv))
        return int(args.func(args))

    return run


@dataclass
class PhraseDetector:
    """Reports ``(kind, label)`` wherever a configured phrase appears (case-insensitive)."""

    phrases: dict[str, tuple[FindingKind, str]] = field(default_factory=dict)
    score: float = 0.9

    def __call__(self, text: str) -> list[Finding]:
        low = text.lower()
        found = []
        for phrase, (kind, label) in self.phrases.items():
            start = low.find(phrase.lower())
            if start >= 0:
                found.append(Finding(kind, label, start, start + len(phrase), self.score))
        return found


DEFAULT_PHRASES: dict[str, tuple[FindingKind, str]] = {
    "fibromyalgia": ("category", "health"),
    "pregabalin": ("category", "health"),
    "i've bought a rope and it's in my wardrobe": ("category", "health"),
    "bought a rope": ("safeguarding", "self_harm_suicide"),
    "burns me with his lighter": ("safeguarding", "child_abuse"),
    "he's outside with a knife": ("safeguarding", "immediate_danger"),
    "my partner's been hitting me": ("safeguarding", "domestic_abuse"),
}


@pytest.fixture
def detector() -> PhraseDetector:
    """The fake detector (tests may add phrases)."""
    return PhraseDetector(dict(DEFAULT_PHRASES))


@pytest.fixture
def fake_engine(detector: PhraseDetector) -> PrivacyEngine:
    """The real engine (card detection, redaction) with the fake language detector."""
    return PrivacyEngine(detectors=(detector,))


@pytest.fixture
def store(engine: Engine, tmp_path: Path) -> Iterator[Store]:
    """A store over the migrated test database with a throwaway local master key."""
    yield Store(engine, LocalKeyProvider.from_file(tmp_path / "master.key", create=True))


@pytest.fixture
def offline() -> Brain:
    """The offline brain."""
    return Brain(None, OfflineSummariser())


CallFactory = Callable[..., TextCall]


@pytest.fixture
def make_call(store: Store, fake_engine: PrivacyEngine, offline: Brain) -> CallFactory:
    """Build a text-mode call: ``make_call("school", caller_number=..., now=OPEN, brain=...)``."""

    def make(tenant: str = "school", *, caller_number: str | None = "+447700900555", now: datetime = OPEN,
             brain: Brain | None = None, **kwargs: object) -> TextCall:
        call = new_call(store, tenant, caller_number=caller_number, transport="simulate", actor="test",
                        engine=fake_engine, clock=fixed_clock(now), **kwargs)  # type: ignore[arg-type]
        return TextCall(call, brain or offline)

    return make


@pytest.fixture(autouse=True)
def _no_provider_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests must never reach a real provider, whatever the developer's environment holds.
    for name in list(os.environ):
        if name.startswith("RECEPTIONIST_") and name.endswith("_API_KEY"):
            monkeypatch.delenv(name)
