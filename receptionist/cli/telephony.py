"""``receptionist telephony setup``: create the LiveKit SIP trunk and dispatch rule for a tenant."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from receptionist.settings import Settings, get_settings
from receptionist.telephony.livekit_setup import InboundPlan, SetupConflictError, SipAdmin, ensure_inbound


def register(subparsers: Any) -> None:
    """Add ``telephony setup``."""
    parser: argparse.ArgumentParser = subparsers.add_parser("telephony", help="phone line set-up (LiveKit SIP)")
    sub = parser.add_subparsers(dest="telephony_command", metavar="ACTION", required=True)
    setup = sub.add_parser(
        "setup",
        help="create the LiveKit inbound trunk and dispatch rule for a tenant's number (idempotent)",
    )
    setup.add_argument("--tenant", required=True, help="tenant slug the number belongs to")
    setup.add_argument(
        "--number", action="append", default=[], metavar="E164",
        help="Twilio number in E.164 (repeatable; default RECEPTIONIST_TWILIO_FROM_NUMBER)",
    )
    setup.add_argument(
        "--allowed-address", action="append", default=[], metavar="CIDR",
        help="source IP range allowed to send calls (Twilio's signalling ranges for your edge)",
    )
    setup.set_defaults(func=run_setup)


def missing_livekit_settings(settings: Settings) -> list[str]:
    """Names of the LiveKit settings that are not set."""
    missing = []
    if not settings.livekit_url:
        missing.append("RECEPTIONIST_LIVEKIT_URL")
    if settings.livekit_api_key is None:
        missing.append("RECEPTIONIST_LIVEKIT_API_KEY")
    if settings.livekit_api_secret is None:
        missing.append("RECEPTIONIST_LIVEKIT_API_SECRET")
    return missing


def run_setup(args: argparse.Namespace, *, sip: SipAdmin | None = None, settings: Settings | None = None) -> int:
    """Ensure the trunk and rule exist; print their ids. Exit 2 when settings are missing."""
    settings = settings or get_settings()
    numbers = tuple(args.number or ([settings.twilio_from_number] if settings.twilio_from_number else []))
    if not numbers:
        print("telephony setup needs --number +44... (or RECEPTIONIST_TWILIO_FROM_NUMBER)", file=sys.stderr)
        return 2
    plan = InboundPlan(
        tenant=args.tenant,
        numbers=numbers,
        agent_name=settings.livekit_agent_name,
        allowed_addresses=tuple(args.allowed_address),
    )
    if sip is None:
        missing = missing_livekit_settings(settings)
        if missing:
            print("telephony setup needs LiveKit server access; set " + ", ".join(missing), file=sys.stderr)
            return 2
        return asyncio.run(_with_livekit(settings, plan))
    return asyncio.run(_run(sip, plan))


async def _with_livekit(settings: Settings, plan: InboundPlan) -> int:
    from livekit import api

    assert settings.livekit_api_key is not None and settings.livekit_api_secret is not None
    client = api.LiveKitAPI(
        url=settings.livekit_url,
        api_key=settings.livekit_api_key.get_secret_value(),
        api_secret=settings.livekit_api_secret.get_secret_value(),
    )
    try:
        return await _run(client.sip, plan)
    finally:
        await client.aclose()


async def _run(sip: SipAdmin, plan: InboundPlan) -> int:
    try:
        report = await ensure_inbound(sip, plan)
    except SetupConflictError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except Exception as exc:  # network/auth errors: a clear line, not a trace
        print(f"telephony setup failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"inbound trunk {report.trunk_id} ({'created' if report.trunk_created else 'already there'})")
    print(f"dispatch rule {report.rule_id} ({'created' if report.rule_created else 'already there'})")
    print(f"agent '{plan.agent_name}' is dispatched with tenant '{plan.tenant}'")
    return 0
