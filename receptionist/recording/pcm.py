"""Arithmetic on 16-bit little-endian PCM, the only audio format the recorder holds.

Kept free of any telephony SDK so the recorder, its tests and the benchmark share one
definition of "silent" and one WAV writer.
"""

from __future__ import annotations

import io
import wave

import numpy as np

SAMPLE_WIDTH = 2  # bytes per sample (int16)


def samples(pcm: bytes) -> np.ndarray:
    """The samples of ``pcm`` as an int16 array (a view, no copy)."""
    return np.frombuffer(pcm, dtype=np.int16)


def rms(pcm: bytes) -> float:
    """Root-mean-square level of ``pcm`` in sample units (0 for empty or digital silence)."""
    data = samples(pcm)
    if data.size == 0:
        return 0.0
    return float(np.sqrt(np.mean(data.astype(np.float64) ** 2)))


def ms_to_samples(ms: int, sample_rate: int) -> int:
    """How many samples ``ms`` milliseconds hold at ``sample_rate``."""
    return ms * sample_rate // 1000


def silence_range(pcm: bytes, start: int, end: int) -> bytes:
    """``pcm`` with samples ``[start, end)`` set to zero (clamped to the buffer)."""
    data = samples(pcm).copy()
    lo, hi = max(0, start), min(len(data), end)
    if hi > lo:
        data[lo:hi] = 0
    return data.tobytes()


def place(tracks: list[list[tuple[int, bytes]]], sample_rate: int) -> bytes:
    """Lay each track's ``(offset_ms, pcm)`` pieces on one timeline and interleave the tracks.

    Gaps (paused or silent stretches) become zeros, so playback keeps the call's real timing.
    """
    length = 0
    for pieces in tracks:
        for offset_ms, pcm in pieces:
            length = max(length, ms_to_samples(offset_ms, sample_rate) + len(pcm) // SAMPLE_WIDTH)
    out = np.zeros((length, max(1, len(tracks))), dtype=np.int16)
    for channel, pieces in enumerate(tracks):
        for offset_ms, pcm in pieces:
            start = ms_to_samples(offset_ms, sample_rate)
            data = samples(pcm)
            out[start : start + len(data), channel] = data
    return out.tobytes()


def wav_bytes(pcm: bytes, *, sample_rate: int, channels: int) -> bytes:
    """A complete in-memory WAV file; nothing is written to disk."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)
    return buffer.getvalue()


def read_wav(data: bytes) -> tuple[bytes, int, int]:
    """``(pcm, sample_rate, channels)`` of a 16-bit WAV held in memory."""
    with wave.open(io.BytesIO(data), "rb") as wav:
        if wav.getsampwidth() != SAMPLE_WIDTH:
            raise ValueError("only 16-bit WAV is supported")
        return wav.readframes(wav.getnframes()), wav.getframerate(), wav.getnchannels()
