"""SMTP sender: TLS always, stable Message-ID, SMTP errors mapped to retry or dead letter."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import aiosmtplib
import pytest
from pydantic import SecretStr

from integrations.smtp_email import FakeEmailSender, SmtpEmailSender, message_id
from receptionist.outbox.errors import DeliveryError


class RecordingSend:
    """Stands in for ``aiosmtplib.send``: records the call or raises the configured error."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.calls: list[tuple[EmailMessage, dict[str, Any]]] = []

    async def __call__(self, message: EmailMessage, **kwargs: Any) -> tuple[dict[str, Any], str]:
        if self.error is not None:
            raise self.error
        self.calls.append((message, kwargs))
        return {}, "250 OK"


@pytest.mark.parametrize(("port", "use_tls", "start_tls"), [(587, False, True), (465, True, False), (25, False, True)])
async def test_tls_is_always_on(port: int, use_tls: bool, start_tls: bool) -> None:
    send = RecordingSend()
    sender = SmtpEmailSender(host="smtp.example.org", port=port, sender="alerts@rcpt.example.org",
                             username="u", password=SecretStr("p"), send=send)
    await sender.send_email(to="dsl@school.example.org", subject="S", body="B", idempotency_key="esc:1:lead:0:email")
    ((message, kwargs),) = send.calls
    assert (kwargs["use_tls"], kwargs["start_tls"]) == (use_tls, start_tls)
    assert kwargs["hostname"] == "smtp.example.org" and kwargs["port"] == port and kwargs["password"] == "p"
    assert message["To"] == "dsl@school.example.org" and message["Subject"] == "S"
    assert message["Message-ID"] == message_id("esc:1:lead:0:email", "rcpt.example.org")
    assert message.get_content().strip() == "B"


@pytest.mark.parametrize(
    ("error", "retryable", "expect"),
    [
        (aiosmtplib.SMTPRecipientsRefused([]), False, "recipient refused"),
        (aiosmtplib.SMTPResponseException(550, "mailbox jo@example.org unavailable"), False, "550"),
        (aiosmtplib.SMTPResponseException(451, "try later"), True, "451"),
        (aiosmtplib.SMTPAuthenticationError(535, "bad creds"), True, "authentication"),
        (aiosmtplib.SMTPConnectError("refused"), True, "unavailable"),
        (ConnectionResetError(), True, "unavailable"),
    ],
)
async def test_errors(error: Exception, retryable: bool, expect: str) -> None:
    sender = SmtpEmailSender(host="h", sender="a@b.org", send=RecordingSend(error))
    with pytest.raises(DeliveryError) as info:
        await sender.send_email(to="jo@example.org", subject="s", body="b", idempotency_key="k")
    assert info.value.retryable is retryable and expect in info.value.reason
    assert "jo@example.org" not in info.value.reason


async def test_fake_records() -> None:
    fake = FakeEmailSender()
    await fake.send_email(to="a@b.org", subject="s", body="b", idempotency_key="k")
    assert fake.sent == [("a@b.org", "s", "b", "k")]
