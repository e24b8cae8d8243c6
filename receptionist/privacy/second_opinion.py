"""An optional second opinion from an LLM on utterances the fast engine is unsure about.

The deterministic engine decides; the LLM may only *add* findings, on utterances the
engine flagged ``uncertain``, and it never sees card or bank data (those spans are
replaced by their tags first). With no OpenAI key configured the product runs without it.

The model sits behind :class:`ClassifierModel`: :class:`OpenAIClassifierModel` is the real
one (``store=False`` so OpenAI keeps nothing), :class:`FakeClassifierModel` the offline
fake with scripted responses and a ``fake_exception`` knob.
"""

from __future__ import annotations

import asyncio
import json
import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

from receptionist.privacy.engine import PrivacyEngine
from receptionist.privacy.redactor import redact
from receptionist.privacy.types import (
    CATEGORIES,
    INTENTS,
    PAYMENT_CATEGORIES,
    SAFEGUARDING_SUBTYPES,
    Finding,
    FindingKind,
    ScanResult,
)
from receptionist.prompt_texts import load_prompt as load_packaged_prompt

log = logging.getLogger(__name__)

_ALLOWED: dict[str, frozenset[str]] = {
    "safeguarding": frozenset(SAFEGUARDING_SUBTYPES),
    "category": frozenset(c for c in CATEGORIES if c not in PAYMENT_CATEGORIES),
    "intent": frozenset(INTENTS),
}
DEFAULT_CONFIDENCE = 0.75


class ClassifierError(Exception):
    """The classifier model failed; the message never contains caller text."""


class ClassifierModel(ABC):
    """A language model that answers a system prompt and one user message with a JSON object.

    The public :meth:`complete_json` owns the timeout and turns every failure into
    :class:`ClassifierError`; implementations write :meth:`_complete_impl`.
    """

    def __init__(self, *, timeout: float = 8.0) -> None:
        self._timeout = timeout

    async def complete_json(self, *, system: str, user: str) -> str:
        """The model's reply (a JSON object as text) to ``system`` + ``user``."""
        try:
            return await asyncio.wait_for(self._complete_impl(system=system, user=user), self._timeout)
        except ClassifierError:
            raise
        except TimeoutError as exc:
            raise ClassifierError("classifier timed out") from exc
        except Exception as exc:
            raise ClassifierError(f"classifier failed: {type(exc).__name__}") from exc

    @abstractmethod
    async def _complete_impl(self, *, system: str, user: str) -> str: ...


class OpenAIClassifierModel(ClassifierModel):
    """The real model: OpenAI chat completions in JSON mode, with ``store=False``."""

    def __init__(self, *, api_key: str, model: str, base_url: str | None = None, timeout: float = 8.0) -> None:
        super().__init__(timeout=timeout)
        # Imported here so the privacy package never loads a vendor SDK unless this is used.
        from openai import AsyncOpenAI

        self._client = AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=1)
        self._model = model

    async def _complete_impl(self, *, system: str, user: str) -> str:
        resp = await self._client.chat.completions.create(
            model=self._model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
            response_format={"type": "json_object"},
            temperature=0,
            store=False,
        )
        return resp.choices[0].message.content or "{}"


class FakeClassifierModel(ClassifierModel):
    """Offline fake: replies with ``fake_responses`` in turn (the last one repeats).

    ``fake_exception`` is raised instead of replying; ``fake_delay`` seconds are slept first
    (to exercise the timeout). Every request is kept in ``calls`` as (system, user).
    """

    def __init__(
        self,
        fake_responses: Sequence[str | dict[str, Any]] = ('{"findings": []}',),
        *,
        fake_exception: Exception | None = None,
        fake_delay: float = 0.0,
        timeout: float = 8.0,
    ) -> None:
        super().__init__(timeout=timeout)
        self._responses = [r if isinstance(r, str) else json.dumps(r) for r in fake_responses]
        self.fake_exception = fake_exception
        self._delay = fake_delay
        self.calls: list[tuple[str, str]] = []

    async def _complete_impl(self, *, system: str, user: str) -> str:
        self.calls.append((system, user))
        if self._delay:
            await asyncio.sleep(self._delay)
        if self.fake_exception is not None:
            raise self.fake_exception
        index = min(len(self.calls) - 1, len(self._responses) - 1)
        return self._responses[index]


def load_prompt() -> str:
    """The classifier's system prompt (``prompts/privacy_classifier.md``)."""
    return load_packaged_prompt("privacy_classifier")


class SecondOpinion:
    """Ask the classifier about uncertain utterances and merge what it adds."""

    def __init__(self, model: ClassifierModel, engine: PrivacyEngine, *, prompt: str | None = None) -> None:
        self._model = model
        self._engine = engine
        self._prompt = prompt if prompt is not None else load_prompt()

    async def review(self, result: ScanResult) -> ScanResult:
        """``result`` plus any findings the model adds; unchanged when certain or on any failure.

        The model sees the text with card and bank data already replaced by tags.
        """
        if not result.uncertain:
            return result
        masked = redact(result.text, [f for f in result.findings if f.label in PAYMENT_CATEGORIES])
        try:
            raw = await self._model.complete_json(system=self._prompt, user=json.dumps({"utterance": masked}))
        except ClassifierError as exc:
            log.warning("second opinion unavailable: %s", exc)
            return result
        extra = parse_findings(raw, result.text)
        return self._engine.with_findings(result, extra) if extra else result


def parse_findings(raw: str, text: str) -> list[Finding]:
    """Findings from the model's JSON reply; unknown labels and malformed entries are ignored.

    Each finding is placed on its quote in ``text``; a quote that cannot be found covers the
    whole utterance, so a category the model saw is still masked.
    """
    try:
        data = json.loads(raw)
    except ValueError:
        log.warning("second opinion reply was not JSON")
        return []
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    out: list[Finding] = []
    lowered = text.lower()
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        kind, label = entry.get("kind"), entry.get("label")
        if not isinstance(kind, str) or kind not in _ALLOWED or label not in _ALLOWED[kind]:
            continue
        conf = entry.get("confidence", DEFAULT_CONFIDENCE)
        score = min(0.95, max(0.5, float(conf))) if isinstance(conf, int | float) else DEFAULT_CONFIDENCE
        quote = entry.get("quote")
        start = lowered.find(quote.lower().strip()) if isinstance(quote, str) and quote.strip() else -1
        span = (start, start + len(quote.strip())) if start >= 0 and isinstance(quote, str) else (0, len(text))
        finding_kind: FindingKind = kind  # type: ignore[assignment]
        out.append(Finding(finding_kind, str(label), span[0], span[1], score))
    return out


def second_opinion_from_settings(
    *, api_key: str | None, model: str, base_url: str | None, enabled: bool, engine: PrivacyEngine
) -> SecondOpinion | None:
    """The composition root's choice: a real second opinion when a key is set and it is enabled."""
    if not enabled or not api_key:
        return None
    return SecondOpinion(OpenAIClassifierModel(api_key=api_key, model=model, base_url=base_url), engine)
