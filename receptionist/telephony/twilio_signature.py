"""Proof that a webhook request really came from Twilio.

Twilio signs every webhook with ``X-Twilio-Signature``: an HMAC of the exact URL it called
plus the sorted form parameters, keyed with the account's Auth Token. We check it with
Twilio's own :class:`twilio.request_validator.RequestValidator`, so the rules (ports,
``bodySHA256``, SHA-256 shared keys) are Twilio's and not a re-implementation of ours.

Behind a proxy the URL our app sees differs from the one Twilio signed, so the URL is
rebuilt from the configured public base URL. A failed check answers 403 and logs only the
route and the reason: the form carries caller numbers and message bodies, which must never
reach a log.

Usage, in any router::

    @router.post("/twilio/sms")
    async def inbound_sms(form: TwilioFormDep) -> Response: ...

The app provides the validator once, at its composition root::

    app.state.twilio_validator = TwilioSignatureValidator.from_settings(settings)
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, HTTPException, Request, status
from pydantic import SecretStr
from twilio.request_validator import RequestValidator

if TYPE_CHECKING:
    from receptionist.settings import Settings

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Twilio-Signature"
# Present only when the webhook is signed with a SharedKey instead of the Auth Token.
SIGNATURE_SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class TwilioForm(Mapping[str, str]):
    """The verified webhook parameters (first value per name), safe to read after the check."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._items = items
        self._first: dict[str, str] = {}
        for key, value in items:
            self._first.setdefault(key, value)

    def __getitem__(self, key: str) -> str:
        return self._first[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._first)

    def __len__(self) -> int:
        return len(self._first)

    def getlist(self, key: str) -> list[str]:
        """Every value sent under ``key``; Twilio's validator signs repeated names this way."""
        return [v for k, v in self._items if k == key]

    def __repr__(self) -> str:
        # Values are caller numbers and message text: show only the names.
        return f"TwilioForm(keys={sorted(self._first)})"


@dataclass(frozen=True, slots=True)
class TwilioSignatureValidator:
    """Checks ``X-Twilio-Signature`` against the Auth Token and the public URL Twilio called."""

    auth_token: SecretStr
    public_base_url: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TwilioSignatureValidator | None:
        """The validator for the configured account, or None when no Auth Token is set."""
        if settings.twilio_auth_token is None or not settings.twilio_auth_token.get_secret_value():
            return None
        return cls(auth_token=settings.twilio_auth_token, public_base_url=settings.public_base_url)

    def public_url(self, request: Request) -> str:
        """The URL as Twilio saw it: our public base, then the path and query received."""
        url = self.public_base_url.rstrip("/") + request.url.path
        if request.url.query:
            url += "?" + request.url.query
        return url

    def is_valid(self, url: str, params: TwilioForm, signature: str, settings_header: str | None) -> bool:
        """True when ``signature`` is Twilio's signature of ``url`` and ``params``."""
        algorithm = _algorithm(settings_header)
        validator = RequestValidator(self.auth_token.get_secret_value())
        return bool(validator.validate(url, params, signature, algorithm))

    async def verify(self, request: Request) -> TwilioForm:
        """Read the form and check its signature; raise 403/4xx without logging any values."""
        route = request.url.path
        signature = request.headers.get(SIGNATURE_HEADER)
        if not signature:
            logger.warning("twilio webhook rejected: missing signature", extra={"route": route})
            raise HTTPException(status.HTTP_403_FORBIDDEN, "missing Twilio signature")
        params = await _read_params(request)
        if not self.is_valid(self.public_url(request), params, signature, request.headers.get(SIGNATURE_SETTINGS_HEADER)):
            logger.warning("twilio webhook rejected: invalid signature", extra={"route": route})
            raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid Twilio signature")
        return params


def _algorithm(settings_header: str | None) -> str:
    """The HMAC named in the settings header; the legacy Auth Token signature is SHA-1."""
    for part in (settings_header or "").split(","):
        name, sep, value = part.partition("=")
        if sep and name.strip() == "algorithm" and value.strip():
            return value.strip()
    return "HMAC_SHA1"


async def _read_params(request: Request) -> TwilioForm:
    """POST bodies must be form-encoded (what Twilio sends); GET webhooks have no body params."""
    if request.method == "GET":
        return TwilioForm([])
    if not await request.body():
        return TwilioForm([])  # nothing to parse; the route reports the missing fields
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != FORM_CONTENT_TYPE:
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, f"Twilio webhooks must be {FORM_CONTENT_TYPE}")
    try:
        form = await request.form()
    except Exception as exc:  # starlette raises several types for a broken body
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "unreadable form body") from exc
    items: list[tuple[str, str]] = []
    for key, value in form.multi_items():
        if not isinstance(value, str):
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "file uploads are not accepted")
        items.append((key, value))
    return TwilioForm(items)


def get_twilio_validator(request: Request) -> TwilioSignatureValidator:
    """The app's validator; 503 when the app was started without a Twilio Auth Token.

    Rejecting everything when unconfigured is deliberate: an unsigned endpoint that can
    end calls or accept SMS replies would be open to anyone who finds its URL.
    """
    validator = getattr(request.app.state, "twilio_validator", None)
    if validator is None:
        # The web app keeps its settings on ``app.state.web``; plain apps may use ``app.state.settings``.
        settings = getattr(getattr(request.app.state, "web", None), "settings", None) or getattr(
            request.app.state, "settings", None
        )
        if settings is not None:
            validator = TwilioSignatureValidator.from_settings(settings)
            request.app.state.twilio_validator = validator
    if not isinstance(validator, TwilioSignatureValidator):
        logger.warning("twilio webhook rejected: no auth token configured", extra={"route": request.url.path})
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "Twilio webhooks are disabled: set RECEPTIONIST_TWILIO_AUTH_TOKEN",
        )
    return validator


async def verified_twilio_form(
    request: Request, validator: Annotated[TwilioSignatureValidator, Depends(get_twilio_validator)]
) -> TwilioForm:
    """FastAPI dependency: the request's form parameters, only if Twilio signed them."""
    return await validator.verify(request)


TwilioFormDep = Annotated[TwilioForm, Depends(verified_twilio_form)]
