"""Opaque keyset-pagination cursors: (timestamp, id) of the last row a page showed.

Keyset rather than OFFSET so that page 500 of a 100,000-call list costs what page 1 does.
"""

from __future__ import annotations

import base64
from datetime import datetime


class BadCursorError(ValueError):
    """A cursor that this app did not issue."""


def encode_cursor(at: datetime, row_id: str) -> str:
    """The cursor pointing just after the row (``at``, ``row_id``)."""
    return base64.urlsafe_b64encode(f"{at.isoformat()}|{row_id}".encode()).decode().rstrip("=")


def decode_cursor(value: str) -> tuple[datetime, str]:
    """The (timestamp, id) in a cursor; :class:`BadCursorError` for anything malformed."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        at_text, row_id = raw.split("|", 1)
        at = datetime.fromisoformat(at_text)
    except (ValueError, UnicodeDecodeError):
        raise BadCursorError("cursor is not valid; start again from the first page") from None
    if at.tzinfo is None or not row_id.isalnum() or len(row_id) > 32:
        raise BadCursorError("cursor is not valid; start again from the first page")
    return at, row_id
