"""Card data on a live call: the LLM never receives it, recording pauses as it starts, and
the digits that were captured before the pause are silenced when the recording is finalised."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from receptionist.privacy.spoken import digit_runs
from receptionist.recording.masking import MaskSpan
from receptionist.recording.recorder import RecorderState
from receptionist.store.models import RecordingChunk
from receptionist.voice.fakes import WORD_MS, RecordingLLM, ScriptedUtterance

CARD_UTTERANCES = [
    "my card number is 4111 1111 1111 1111 thanks",
    "the long number is 5500 0000 0000 0004 ok",
    "card is four one one one one one one one one one one one one one one one",
    "it's 4111111111111111 expiry oh four twenty seven",
]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def pans_in(text: str) -> list[str]:
    """Card-number-shaped digit runs (13-19 digits passing Luhn), written or spoken."""
    runs = [r.digits for r in digit_runs(text)]
    runs += [m.replace(" ", "").replace("-", "") for m in re.findall(r"\d[\d -]{11,}\d", text)]
    return [r for r in runs if 13 <= len(r) <= 19 and luhn_ok(r)]


def test_pan_detector_used_by_these_tests_can_fail() -> None:
    assert "4111111111111111" in pans_in("card 4111 1111 1111 1111")
    assert "4111111111111111" in pans_in("four one one one one one one one one one one one one one one one")
    assert pans_in("call me on 07700 900123") == []


@pytest.mark.parametrize("card", CARD_UTTERANCES)
async def test_llm_never_receives_a_pan(harness, card: str) -> None:  # type: ignore[no-untyped-def]
    model = RecordingLLM(lambda _text: "Thanks, I can't take card details on this line.")
    script = [ScriptedUtterance("hi I want to pay a bill", 600), ScriptedUtterance(card, 4000)]
    voice_call, _tts, _speaker = await harness.run(script, model=model)
    assert model.seen, "the model was never asked"
    seen = model.all_text_seen()
    assert pans_in(seen) == []
    assert "[payment_card]" in seen
    # The call core heard the real words (and classified them) before the model saw anything.
    categories = {c for turn in voice_call.call.state.caller_turns for c in turn.categories}
    assert "payment_card" in categories


@pytest.mark.parametrize(
    ("card", "digits_from_word"),
    [("my card number is 4111 1111 1111 1111 thanks", 4), ("card is 5500 0000 0000 0004 cheers", 2)],
)
async def test_recording_pauses_when_card_digits_start_and_masks_them(harness, card: str, digits_from_word: int) -> None:  # type: ignore[no-untyped-def]
    at = 3000
    script = [ScriptedUtterance("hello I have a question", 600), ScriptedUtterance(card, at)]
    voice_call, _tts, _speaker = await harness.run(script)
    recorder = voice_call.recorder
    assert (RecorderState.PAUSED, "payment") in recorder.transitions

    with harness.store.sessions() as session:
        chunks = session.scalars(select(RecordingChunk).where(RecordingChunk.track == "caller")).all()
        spans = [(c.offset_ms, c.offset_ms + c.duration_ms) for c in chunks]
    assert spans, "caller audio was recorded before the card"
    # Recording paused at the first interim with digits: nothing after that was kept until
    # the caller's next clean utterance. Caller-track times are stream base + audio position.
    base = voice_call.agent.voice.tap._stream_base_ms  # type: ignore[union-attr]
    pause_by = base + at + (digits_from_word + 1) * WORD_MS + 40
    card_end = base + at + WORD_MS * len(card.split())
    kept_during_card = [s for s in spans if s[1] > pause_by and s[0] < card_end]
    assert kept_during_card == []
    # The digits heard before the pause are masked from the finished recording.
    digits_start = base + at + digits_from_word * WORD_MS
    masks = [m for m in recorder._masks if isinstance(m, MaskSpan)]
    assert any(m.start_ms <= digits_start and m.end_ms >= digits_start + WORD_MS for m in masks)
