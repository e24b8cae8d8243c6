"""Fixtures for recording tests: a store on the migrated test database, a call row, and
speech made offline with espeak-ng and sox, one word at a time so every word's timing is
known exactly (that is what the fake STT reports)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from receptionist.recording.masking import TimedWord
from receptionist.recording.pcm import read_wav
from receptionist.store.keys_local import LocalKeyProvider
from receptionist.store.models import Call, Tenant
from receptionist.store.service import Store

RATE = 16000
GAP_MS = 250  # wider than the masking pad, so neighbours stay untouched


@pytest.fixture
def store(engine: Engine) -> Iterator[Store]:
    yield Store(engine, LocalKeyProvider(os.urandom(32)))


@pytest.fixture
def call(store: Store) -> Call:
    with store.sessions() as session:
        tenant = Tenant(slug="rec-school", name="Recording School")
        session.add(tenant)
        session.flush()
        row = Call(tenant_id=tenant.id, reference="R-0001", transport="voice")
        session.add(row)
        session.commit()
        session.refresh(row)
        session.expunge(row)
        return row


@dataclass(frozen=True)
class Speech:
    """Spoken words as 16 kHz mono PCM and each word's exact place in it."""

    pcm: bytes
    words: list[TimedWord]
    text: str


def _word_pcm(word: str, tmp: Path) -> bytes:
    raw, out = tmp / "w.wav", tmp / "w16.wav"
    subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "190", "-w", str(raw), word], check=True)
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out), "silence", "1", "0.01", "1%", "reverse", "silence", "1", "0.01", "1%", "reverse"], check=True)
    pcm, rate, channels = read_wav(out.read_bytes())
    assert (rate, channels) == (RATE, 1)
    return pcm


@pytest.fixture(scope="session")
def speak(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``speak("words ...") -> Speech``; skips when espeak-ng or sox is not installed."""
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        pytest.skip("espeak-ng and sox are needed (apt-get install -y espeak-ng sox)")
    cache: dict[str, bytes] = {}
    tmp = tmp_path_factory.mktemp("speech")

    def make(text: str) -> Speech:
        gap = b"\x00\x00" * (RATE * GAP_MS // 1000)
        pcm = bytearray(gap)
        words: list[TimedWord] = []
        for word in text.split():
            if word not in cache:
                cache[word] = _word_pcm(word, tmp)
            start = len(pcm) // 2 * 1000 // RATE
            pcm += cache[word]
            words.append(TimedWord(word, start, len(pcm) // 2 * 1000 // RATE))
            pcm += gap
        return Speech(bytes(pcm), words, text)

    return make
