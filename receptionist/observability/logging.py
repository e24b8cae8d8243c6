"""Structured JSON logs that cannot carry personal data.

Three guards, applied on the root handler so they cover our loggers, LiveKit's, uvicorn's
and every library's alike:

1. :class:`ExtraAllowListFilter` removes every ``extra={...}`` key not on
   :data:`ALLOWED_EXTRA_KEYS`. An allow-list rather than a deny-list, because the dangerous
   key is the one nobody thought of (LiveKit puts transcripts under ``lk.pii.*``; a
   future library will pick another name).
2. :class:`AccessLogFilter` rewrites uvicorn's access lines to method, path and status:
   no client address (personal data under UK GDPR) and no query string.
3. :func:`scrub` masks phone-number-like digit runs and e-mail addresses in the rendered
   message and traceback, as a last line of defence for a careless ``%s``.

Nothing here can recognise a bare name, which is why code logs ids and labels, never values.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

from receptionist.settings import Settings

# Keys code may pass in ``extra``: ids, labels, counts and timings only. Deliberately absent:
# anything that names content (``text``, ``reason``, ``message``, ``name``, ``number``, ``room``
# — LiveKit SIP room names embed the caller's number) and catch-alls like ``key`` or ``data``.
ALLOWED_EXTRA_KEYS: frozenset[str] = frozenset(
    {
        "event", "component", "tenant", "call_id", "turn_id", "escalation_id", "outbox_id", "case_code",
        "subject_request_id", "job_id", "worker_id", "request_id", "user_id",
        "subtype", "channel", "provider", "outcome", "status", "kind", "data_class", "rule", "target",
        "attempt", "attempts", "count", "duration_ms", "latency_ms", "seconds",
        "http_method", "http_path", "http_status", "revision", "environment",
        # Used by the other parts today: type names, labels, flags and provider ids only.
        "error", "error_code", "role", "lane", "route", "department", "idempotency_key",
        "call_sid", "call_status", "duration_s", "cli_withheld", "recorded", "masked_spans", "provider_failures",
    }
)

# Attributes every LogRecord has; anything else on a record came from ``extra``.
_STANDARD_ATTRS: frozenset[str] = frozenset(
    vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None))
) | {"message", "asctime", "taskName"}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone or card number: 7+ digits, allowing the spaces, dashes and brackets people write.
_NUMBER = re.compile(r"(?<![\w])\+?\d(?:[\d ()-]{5,}\d)(?![\w])")


def scrub(text: str) -> str:
    """``text`` with e-mail addresses and long digit runs replaced by ``[email]``/``[number]``."""
    return _NUMBER.sub("[number]", _EMAIL.sub("[email]", text))


class ExtraAllowListFilter(logging.Filter):
    """Strips ``extra`` keys that are not on the allow-list; never drops the record itself.

    The names of stripped keys are kept in ``dropped_extra`` so a developer can see that
    something was refused (key names are code, not personal data).
    """

    def __init__(self, allowed: frozenset[str] = ALLOWED_EXTRA_KEYS) -> None:
        super().__init__()
        self._allowed = allowed

    def filter(self, record: logging.LogRecord) -> bool:
        """Remove disallowed attributes in place and let the record through."""
        dropped = [k for k in vars(record) if k not in _STANDARD_ATTRS and k not in self._allowed]
        for key in dropped:
            if key == "dropped_extra":
                continue
            delattr(record, key)
        if dropped:
            record.dropped_extra = sorted(k for k in dropped if k != "dropped_extra")
        return True


class AccessLogFilter(logging.Filter):
    """Rewrites uvicorn access records to ``METHOD /path STATUS`` without client or query."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the message and arguments of a uvicorn access record."""
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) == 5:
            _client, method, full_path, _version, status = args
            path = str(full_path).split("?", 1)[0]
            record.msg, record.args = "%s %s %s", (method, path, status)
            record.http_method, record.http_path, record.http_status = str(method), path, status
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, allowed extras, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Render ``record`` as scrubbed JSON."""
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": scrub(record.getMessage()),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS:
                entry[key] = scrub(value) if isinstance(value, str) else value
        if record.exc_info:
            exc_type = record.exc_info[0]
            entry["exc_type"] = exc_type.__name__ if exc_type else None
            entry["exc"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """Human-readable lines for development, with the same scrubbing as JSON."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        """Render ``record`` as a scrubbed text line."""
        return scrub(super().format(record))


def build_handler(fmt: Literal["json", "text"], stream: TextIO | None = None) -> logging.Handler:
    """A stream handler with the privacy filters and the chosen formatter."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(AccessLogFilter())
    handler.addFilter(ExtraAllowListFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    return handler


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """Install the privacy-safe handler on the root logger; JSON in production by default.

    Library loggers that bring their own handlers (uvicorn) are made to propagate to the root
    instead, so that no line escapes the filters. Returns the handler, for tests.
    """
    fmt = settings.log_format or ("json" if settings.environment == "production" else "text")
    handler = build_handler(fmt, stream)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "livekit", "livekit.agents"):
        lib = logging.getLogger(name)
        for old in list(lib.handlers):
            lib.removeHandler(old)
        lib.propagate = True
    return handler
