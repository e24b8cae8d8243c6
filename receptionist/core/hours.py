"""Opening hours and closures in Europe/London, against a clock the caller controls.

Windows are written ``"08:30-16:30"`` in local time. The clock is injected (a callable
returning an aware ``datetime``) so tests and scripted calls can ask "what if it were
Saturday evening?" without patching time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Protocol
from zoneinfo import ZoneInfo

DAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LONDON = ZoneInfo("Europe/London")

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real time, timezone-aware (UTC)."""
    return datetime.now(UTC)


def fixed_clock(at: datetime) -> Clock:
    """A clock stopped at ``at`` (must be timezone-aware)."""
    if at.tzinfo is None:
        raise ValueError("a fixed clock needs a timezone-aware datetime")
    return lambda: at


def parse_window(window: str, *, where: str = "") -> tuple[time, time]:
    """``"08:30-16:30"`` to a (start, end) pair; a clear error names the day and the problem."""
    prefix = f"{where}: " if where else ""
    try:
        start_s, end_s = window.split("-")
        start = time.fromisoformat(start_s.strip())
        end = time.fromisoformat(end_s.strip())
    except ValueError:
        raise ValueError(f"{prefix}opening window must look like 08:30-16:30") from None
    if end <= start:
        raise ValueError(f"{prefix}opening window ends before it starts")
    return start, end


class _ClosureLike(Protocol):
    @property
    def start(self) -> date: ...

    @property
    def end(self) -> date: ...

    @property
    def name(self) -> str: ...


@dataclass(frozen=True, slots=True)
class OpenState:
    """Whether somewhere is open now, and if not, why (for the words the caller hears)."""

    open: bool
    closure: str | None = None
    next_open: str | None = None


def open_state(
    weekly: Mapping[str, Sequence[str]],
    closures: Sequence[_ClosureLike],
    now: datetime,
) -> OpenState:
    """Is it open at ``now`` (converted to London time), given weekly windows and closures?"""
    local = now.astimezone(LONDON)
    for closure in closures:
        if closure.start <= local.date() <= closure.end:
            return OpenState(False, closure=closure.name, next_open=_next_open(weekly, closures, local))
    day = DAYS[local.weekday()]
    for window in weekly.get(day, ()):
        start, end = parse_window(window)
        if start <= local.time() < end:
            return OpenState(True)
    return OpenState(False, next_open=_next_open(weekly, closures, local))


def _next_open(weekly: Mapping[str, Sequence[str]], closures: Sequence[_ClosureLike], local: datetime) -> str | None:
    # Look a fortnight ahead: long enough for Christmas closures, short enough to be cheap.
    for offset in range(15):
        day_date = date.fromordinal(local.date().toordinal() + offset)
        if any(c.start <= day_date <= c.end for c in closures):
            continue
        day = DAYS[day_date.weekday()]
        for window in weekly.get(day, ()):
            start, _ = parse_window(window)
            if offset == 0 and start <= local.time():
                continue
            when = "today" if offset == 0 else ("tomorrow" if offset == 1 else day_date.strftime("%A"))
            return f"{when} at {start.strftime('%H:%M')}"
    return None


def describe_week(weekly: Mapping[str, Sequence[str]]) -> str:
    """Opening hours as a sentence, e.g. "Monday to Friday 08:30 to 16:30"."""
    names = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
             "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
    groups: list[tuple[list[str], str]] = []
    for day in DAYS:
        spans = ", ".join(w.replace("-", " to ") for w in weekly.get(day, ()))
        if not spans:
            continue
        if groups and groups[-1][1] == spans and DAYS.index(groups[-1][0][-1]) == DAYS.index(day) - 1:
            groups[-1][0].append(day)
        else:
            groups.append(([day], spans))
    if not groups:
        return "closed all week"
    parts = []
    for days, spans in groups:
        label = names[days[0]] if len(days) == 1 else f"{names[days[0]]} to {names[days[-1]]}"
        parts.append(f"{label} {spans}")
    return "; ".join(parts)
