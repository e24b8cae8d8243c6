"""LiveKit SIP set-up for one tenant's phone number, done idempotently.

A Twilio number reaches LiveKit over an Elastic SIP trunk. LiveKit needs an *inbound
trunk* (which numbers and source addresses it accepts) and a *dispatch rule* (each call
gets its own room, and our agent is dispatched into it by name, carrying the tenant slug
as metadata). :func:`ensure_inbound` lists first and creates only what is missing, so
running ``receptionist telephony setup`` twice changes nothing.

:class:`SipAdmin` is the port (``LiveKitAPI().sip`` satisfies it); tests use a fake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol

from google.protobuf.duration_pb2 import Duration
from livekit.protocol.agent_dispatch import RoomAgentDispatch
from livekit.protocol.room import RoomConfiguration
from livekit.protocol.sip import (
    CreateSIPDispatchRuleRequest,
    CreateSIPInboundTrunkRequest,
    ListSIPDispatchRuleRequest,
    ListSIPDispatchRuleResponse,
    ListSIPInboundTrunkRequest,
    ListSIPInboundTrunkResponse,
    SIPDispatchRule,
    SIPDispatchRuleIndividual,
    SIPDispatchRuleInfo,
    SIPInboundTrunkInfo,
)

# A receptionist call never needs an hour; a stuck line must not stay open for ever.
MAX_CALL_S = 3600
RINGING_TIMEOUT_S = 30


class SipAdmin(Protocol):
    """The LiveKit SIP admin calls set-up needs."""

    async def list_inbound_trunk(self, list: ListSIPInboundTrunkRequest) -> ListSIPInboundTrunkResponse:
        """List inbound trunks."""
        ...

    async def create_inbound_trunk(self, create: CreateSIPInboundTrunkRequest) -> SIPInboundTrunkInfo:
        """Create an inbound trunk."""
        ...

    async def list_dispatch_rule(self, list: ListSIPDispatchRuleRequest) -> ListSIPDispatchRuleResponse:
        """List dispatch rules."""
        ...

    async def create_dispatch_rule(self, create: CreateSIPDispatchRuleRequest) -> SIPDispatchRuleInfo:
        """Create a dispatch rule."""
        ...


@dataclass(frozen=True, slots=True)
class InboundPlan:
    """What one tenant's inbound route should look like."""

    tenant: str
    numbers: tuple[str, ...]
    agent_name: str
    allowed_addresses: tuple[str, ...] = ()
    room_prefix: str = "call-"

    @property
    def trunk_name(self) -> str:
        """Stable name used to find the trunk again."""
        return f"receptionist-{self.tenant}"

    @property
    def rule_name(self) -> str:
        """Stable name used to find the dispatch rule again."""
        return f"receptionist-{self.tenant}-dispatch"


@dataclass(frozen=True, slots=True)
class SetupReport:
    """Ids of the trunk and rule, and whether each was created now."""

    trunk_id: str
    trunk_created: bool
    rule_id: str
    rule_created: bool


class SetupConflictError(RuntimeError):
    """An existing trunk with our name disagrees with the plan; changing it is left to a person."""


async def ensure_inbound(sip: SipAdmin, plan: InboundPlan) -> SetupReport:
    """Make sure the inbound trunk and dispatch rule for ``plan`` exist; create what is missing."""
    if not plan.numbers:
        raise ValueError("at least one phone number is needed for the inbound trunk")
    trunks = await sip.list_inbound_trunk(ListSIPInboundTrunkRequest())
    trunk = next((t for t in trunks.items if t.name == plan.trunk_name), None)
    trunk_created = False
    if trunk is None:
        trunk = await sip.create_inbound_trunk(
            CreateSIPInboundTrunkRequest(
                trunk=SIPInboundTrunkInfo(
                    name=plan.trunk_name,
                    numbers=list(plan.numbers),
                    allowed_addresses=list(plan.allowed_addresses),
                    ringing_timeout=Duration(seconds=RINGING_TIMEOUT_S),
                    max_call_duration=Duration(seconds=MAX_CALL_S),
                )
            )
        )
        trunk_created = True
    elif sorted(trunk.numbers) != sorted(plan.numbers):
        raise SetupConflictError(
            f"trunk {trunk.sip_trunk_id} ({plan.trunk_name}) exists with different numbers; "
            "update or delete it in LiveKit first"
        )

    rules = await sip.list_dispatch_rule(ListSIPDispatchRuleRequest())
    rule = next((r for r in rules.items if r.name == plan.rule_name), None)
    rule_created = False
    if rule is None:
        rule = await sip.create_dispatch_rule(
            CreateSIPDispatchRuleRequest(
                name=plan.rule_name,
                trunk_ids=[trunk.sip_trunk_id],
                rule=SIPDispatchRule(
                    dispatch_rule_individual=SIPDispatchRuleIndividual(room_prefix=plan.room_prefix)
                ),
                room_config=RoomConfiguration(
                    agents=[
                        RoomAgentDispatch(agent_name=plan.agent_name, metadata=json.dumps({"tenant": plan.tenant}))
                    ]
                ),
            )
        )
        rule_created = True
    return SetupReport(trunk.sip_trunk_id, trunk_created, rule.sip_dispatch_rule_id, rule_created)
