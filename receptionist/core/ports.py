"""The call flow's seams to the transport: recording control and transfers.

The call flow decides *when* recording starts, pauses, resumes or stops, and *whether* a
transfer may happen; the transport (the LiveKit voice worker, or nothing at all for the
console and simulator) carries it out. Each port has an in-memory implementation with
explicit knobs, used by console, simulate and tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class RecordingControl(Protocol):
    """Starts, pauses, resumes and stops the call recording, as told by the call flow.

    Implementations must make ``stop`` final: after an objection or a transfer nothing
    more may be recorded, whatever is called afterwards.
    """

    def start(self) -> None:
        """Begin (or continue) recording."""
        ...

    def pause(self, reason: str) -> None:
        """Stop capturing for now (e.g. ``payment``); ``resume`` continues."""
        ...

    def resume(self) -> None:
        """Continue after a pause, unless stopped."""
        ...

    def stop(self, reason: str) -> None:
        """Stop for good (``objection``, ``transfer``, ``ended``)."""
        ...


class Transferer(Protocol):
    """Hands the caller to a human at ``number``; returns False if the transfer failed."""

    def transfer(self, number: str, *, department: str) -> bool:
        """Attempt the transfer; the caller stays with us when it fails (busy, no answer)."""
        ...


@dataclass(slots=True)
class RecordingLog:
    """An in-memory recorder: records every instruction and honours the stop-is-final rule."""

    events: list[str] = field(default_factory=list)
    status: str = "off"

    def start(self) -> None:
        """Start unless already stopped."""
        if self.status != "stopped":
            self.status = "on"
            self.events.append("start")

    def pause(self, reason: str) -> None:
        """Pause if on."""
        if self.status == "on":
            self.status = "paused"
            self.events.append(f"pause:{reason}")

    def resume(self) -> None:
        """Resume if paused."""
        if self.status == "paused":
            self.status = "on"
            self.events.append("resume")

    def stop(self, reason: str) -> None:
        """Stop for good."""
        if self.status != "stopped":
            self.status = "stopped"
            self.events.append(f"stop:{reason}")


@dataclass(slots=True)
class SimulatedTransferer:
    """A transfer that succeeds or fails as told (``succeed``), remembering where it went."""

    succeed: bool = True
    attempts: list[tuple[str, str]] = field(default_factory=list)

    def transfer(self, number: str, *, department: str) -> bool:
        """Record the attempt and report the configured result."""
        self.attempts.append((department, number))
        return self.succeed
