"""Email through SMTP with ``aiosmtplib``, always encrypted, and its offline fake.

Port 465 means implicit TLS; any other port must offer STARTTLS, which is required (a
server that cannot upgrade the connection gets nothing). The Message-ID is derived from
the outbox idempotency key, so a duplicate after a retry is recognisable as the same
message by mail clients and by the recipient's server.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import aiosmtplib
from pydantic import SecretStr

from receptionist.outbox.errors import DeliveryError, PermanentDeliveryError, TransientDeliveryError

logger = logging.getLogger(__name__)

SendFunction = Callable[..., Awaitable[Any]]
IMPLICIT_TLS_PORT = 465


def message_id(idempotency_key: str, domain: str) -> str:
    """A stable Message-ID for an outbox message."""
    digest = hashlib.sha256(idempotency_key.encode()).hexdigest()[:32]
    return f"<{digest}@{domain}>"


def build_message(*, sender: str, to: str, subject: str, body: str, idempotency_key: str) -> EmailMessage:
    """The MIME message for one notification."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = message_id(idempotency_key, sender.rpartition("@")[2] or "localhost")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    return message


class SmtpEmailSender:
    """Sends email via an SMTP server with TLS; ``send`` is injectable (``aiosmtplib.send``)."""

    def __init__(
        self,
        *,
        host: str,
        port: int = 587,
        sender: str,
        username: str | None = None,
        password: SecretStr | None = None,
        timeout: float = 20.0,
        send: SendFunction = aiosmtplib.send,
    ) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._username = username
        self._password = password
        self._timeout = timeout
        self._send = send

    def __repr__(self) -> str:
        return f"SmtpEmailSender(host={self._host!r}, port={self._port})"

    def tls_options(self) -> dict[str, bool]:
        """Implicit TLS on 465, mandatory STARTTLS elsewhere; never plaintext."""
        if self._port == IMPLICIT_TLS_PORT:
            return {"use_tls": True, "start_tls": False}
        return {"use_tls": False, "start_tls": True}

    async def send_email(self, *, to: str, subject: str, body: str, idempotency_key: str) -> None:
        """Send one email; SMTP 4xx and connection failures retry, 5xx rejections dead-letter."""
        message = build_message(sender=self._sender, to=to, subject=subject, body=body, idempotency_key=idempotency_key)
        try:
            await self._send(
                message,
                hostname=self._host,
                port=self._port,
                username=self._username,
                password=self._password.get_secret_value() if self._password else None,
                timeout=self._timeout,
                **self.tls_options(),
            )
        except aiosmtplib.SMTPRecipientsRefused:
            raise PermanentDeliveryError("smtp recipient refused") from None
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise TransientDeliveryError(f"smtp authentication failed ({exc.code})") from None
        except aiosmtplib.SMTPResponseException as exc:
            if 500 <= exc.code < 600:
                raise PermanentDeliveryError(f"smtp {exc.code} rejected") from None
            raise TransientDeliveryError(f"smtp {exc.code} deferred") from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise TransientDeliveryError(f"smtp unavailable ({type(exc).__name__})") from None


@dataclass
class FakeEmailSender:
    """Offline email: records messages; ``failures`` are raised first, one per call."""

    failures: list[DeliveryError] = field(default_factory=list)
    sent: list[tuple[str, str, str, str]] = field(default_factory=list, repr=False)
    warn: bool = False

    async def send_email(self, *, to: str, subject: str, body: str, idempotency_key: str) -> None:
        """Record the email or raise the next scripted failure."""
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((to, subject, body, idempotency_key))
        if self.warn:
            logger.warning("smtp not configured: email recorded offline, not sent", extra={"key": idempotency_key})
