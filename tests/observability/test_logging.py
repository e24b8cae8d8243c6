"""JSON logs keep ids and labels and drop or mask anything personal."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from receptionist.observability.logging import ALLOWED_EXTRA_KEYS, configure_logging, scrub
from receptionist.settings import Settings


@pytest.fixture
def capture() -> Iterator[tuple[io.StringIO, logging.Logger]]:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    configure_logging(Settings(log_format="json", log_level="DEBUG"), stream=stream)
    try:
        yield stream, logging.getLogger("receptionist.test")
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved_handlers:
            root.addHandler(h)
        root.setLevel(saved_level)


def _lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call from +44 7700 900123 ended", "call from [number] ended"),
        ("call from 07700900123", "call from [number]"),
        ("card 4111-1111-1111-1111 seen", "card [number] seen"),
        ("mail jane.smith@example.org now", "mail [email] now"),
        ("took 250 ms over 3 attempts", "took 250 ms over 3 attempts"),
        ("call 0f3a9c1e2b4d5a6f7e8d9c0b1a2f3e4d", "call 0f3a9c1e2b4d5a6f7e8d9c0b1a2f3e4d"),
        ("born 2014-03-09", "born [number]"),  # a date of birth is personal data too
    ],
)
def test_scrub(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_allowed_extras_kept_others_dropped(capture: tuple[io.StringIO, logging.Logger]) -> None:
    stream, log = capture
    log.info(
        "escalation raised",
        extra={"tenant": "school", "subtype": "abuse", "caller_name": "Jane Smith", "lk.pii.transcript": "he hits me"},
    )
    (line,) = _lines(stream)
    assert line["msg"] == "escalation raised"
    assert line["tenant"] == "school" and line["subtype"] == "abuse"
    assert "caller_name" not in line and "lk.pii.transcript" not in line
    assert line["dropped_extra"] == ["caller_name", "lk.pii.transcript"]
    assert "Jane" not in stream.getvalue() and "hits" not in stream.getvalue()


def test_interpolated_number_is_masked(capture: tuple[io.StringIO, logging.Logger]) -> None:
    stream, log = capture
    log.warning("withheld check for %s", "+447700900123")
    assert "7700900123" not in stream.getvalue()
    assert _lines(stream)[0]["level"] == "warning"


def test_exception_text_is_scrubbed(capture: tuple[io.StringIO, logging.Logger]) -> None:
    stream, log = capture
    try:
        raise ValueError("bad number 07700 900123")
    except ValueError:
        log.exception("failed")
    (line,) = _lines(stream)
    assert line["exc_type"] == "ValueError"
    assert "900123" not in stream.getvalue()


def test_uvicorn_access_line_loses_client_and_query(capture: tuple[io.StringIO, logging.Logger]) -> None:
    stream, _ = capture
    access = logging.getLogger("uvicorn.access")
    access.info('%s - "%s %s HTTP/%s" %d', "203.0.113.9:51000", "GET", "/calls?number=07700900123", "1.1", 200)
    (line,) = _lines(stream)
    assert line["msg"] == "GET /calls 200"
    assert line["http_path"] == "/calls" and line["http_status"] == 200
    assert "203.0.113.9" not in stream.getvalue() and "900123" not in stream.getvalue()


def test_library_handlers_are_rerouted_through_the_filters(capture: tuple[io.StringIO, logging.Logger]) -> None:
    stream, _ = capture
    lib = logging.getLogger("uvicorn.error")
    assert not lib.handlers and lib.propagate
    lib.error("boom", extra={"secret_thing": "Jane"})
    assert "Jane" not in stream.getvalue()


def test_text_format_in_development_is_scrubbed_too() -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = list(root.handlers)
    try:
        configure_logging(Settings(environment="development"), stream=stream)
        logging.getLogger("receptionist.test").warning("number %s", "07700 900 123")
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved:
            root.addHandler(h)
    out = stream.getvalue()
    assert "[number]" in out and not out.lstrip().startswith("{")


def test_allow_list_holds_no_content_keys() -> None:
    for risky in ("name", "caller_name", "number", "phone", "text", "transcript", "message", "room", "email"):
        assert risky not in ALLOWED_EXTRA_KEYS


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ({"environment": "development"}, False),  # a developer's console keeps the usual output
        ({"environment": "test"}, False),
        ({"environment": "development", "log_format": "json"}, True),
        ({"environment": "development", "log_format": "text"}, True),
        ({"environment": "production", "session_secret": "x" * 40, "key_provider": "vault",
          "database_url": "postgresql+psycopg://u@db/r"}, True),
    ],
)
def test_when_logging_is_taken_over(settings: dict[str, object], expected: bool) -> None:
    from receptionist.observability.setup import takes_over_logging

    assert takes_over_logging(Settings(**settings, _env_file=None)) is expected  # type: ignore[arg-type]
