"""``receptionist scan``: JSON Lines in, one verdict per line out.

Each input line is ``{"id": ..., "text": "..."}`` (other fields ignored); each output line
carries the same ``id``, the highest-scoring safeguarding subtype, the categories, the
intents, the redacted text and the findings. A bad line (not JSON, no ``text``, over
100 kB) yields ``{"id": ..., "error": ...}`` and the run carries on: one bad line never
costs the others. Errors name the problem, never the caller's words.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from receptionist.privacy.engine import default_engine
from receptionist.privacy.second_opinion import second_opinion_from_settings
from receptionist.privacy.types import ScanResult
from receptionist.settings import get_settings

Scanner = Callable[[str], ScanResult]

MAX_LINE_BYTES = 100_000


def scan_line(scan: Scanner, line: str) -> dict[str, Any]:
    """The output record for one input line (a result or an error)."""
    if len(line.encode("utf-8", "surrogatepass")) > MAX_LINE_BYTES:
        return {"id": _salvage_id(line), "error": f"line is over {MAX_LINE_BYTES} bytes"}
    try:
        item = json.loads(line)
    except ValueError:
        return {"id": None, "error": "line is not valid JSON"}
    if not isinstance(item, dict):
        return {"id": None, "error": "line is not a JSON object"}
    item_id = item.get("id")
    text = item.get("text")
    if text is None:
        return {"id": item_id, "error": "missing 'text'"}
    if not isinstance(text, str):
        return {"id": item_id, "error": "'text' must be a string"}
    try:
        result = scan(text)
    except Exception:  # one pathological line must not end the run; the text stays out of the message
        return {"id": item_id, "error": "internal error while scanning this line"}
    return {
        "id": item_id,
        "safeguarding": result.safeguarding,
        "categories": result.categories,
        "intents": result.intents,
        "redacted": result.redacted,
        "findings": [f.as_dict() for f in result.findings],
    }


def _salvage_id(line: str) -> Any:
    """Best-effort id of an oversized line; its text is never scanned."""
    try:
        item = json.loads(line)
    except ValueError:
        return None
    return item.get("id") if isinstance(item, dict) else None


def run_scan(scan: Scanner, stdin: TextIO, stdout: TextIO) -> int:
    """Scan every line of ``stdin`` to ``stdout``; blank lines are skipped. Always returns 0."""
    for raw in stdin:
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        out = scan_line(scan, line)
        try:
            encoded = json.dumps(out, ensure_ascii=False)
            stdout.write(encoded + "\n")
        except UnicodeEncodeError:  # lone surrogates or a narrow stdout encoding
            stdout.write(json.dumps(out, ensure_ascii=True) + "\n")
        stdout.flush()
    return 0


@contextmanager
def build_scanner(second_opinion: bool) -> Iterator[Scanner]:
    """The engine's scan, optionally followed by the LLM second opinion from settings.

    This is a composition root: settings are read here. With ``second_opinion`` but no
    OpenAI key configured, the plain engine is used.
    """
    engine = default_engine()
    opinion = None
    if second_opinion:
        settings = get_settings()
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        opinion = second_opinion_from_settings(
            api_key=key, model=settings.openai_model, base_url=settings.openai_base_url,
            enabled=settings.llm_second_opinion, engine=engine,
        )
    if opinion is None:
        yield engine.scan
        return
    # One loop for the whole run: the model's HTTP client belongs to the loop it started on.
    loop = asyncio.new_event_loop()
    try:
        yield lambda text: loop.run_until_complete(opinion.review(engine.scan(text)))
    finally:
        loop.close()


def _command(args: argparse.Namespace) -> int:
    # Undecodable bytes become replacement characters rather than aborting the stream.
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    with build_scanner(args.second_opinion) as scan:
        return run_scan(scan, stdin, sys.stdout)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``receptionist scan``."""
    parser = subparsers.add_parser(
        "scan",
        help="scan JSON Lines of caller text on stdin for sensitive content",
        description="Read {\"id\", \"text\"} JSON Lines on stdin; write one verdict per line to stdout.",
    )
    parser.add_argument(
        "--second-opinion",
        action="store_true",
        help="ask the LLM classifier about uncertain lines (needs RECEPTIONIST_OPENAI_API_KEY)",
    )
    parser.set_defaults(func=_command)
