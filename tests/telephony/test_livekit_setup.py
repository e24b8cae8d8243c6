"""``receptionist telephony setup`` against a hand-written fake of LiveKit's SIP admin API."""

from __future__ import annotations

import argparse
import json

import pytest
from livekit.protocol.sip import (
    CreateSIPDispatchRuleRequest,
    CreateSIPInboundTrunkRequest,
    ListSIPDispatchRuleRequest,
    ListSIPDispatchRuleResponse,
    ListSIPInboundTrunkRequest,
    ListSIPInboundTrunkResponse,
    SIPDispatchRuleInfo,
    SIPInboundTrunkInfo,
)

from receptionist.cli.telephony import run_setup
from receptionist.settings import Settings
from receptionist.telephony.livekit_setup import InboundPlan, SetupConflictError, ensure_inbound


class FakeSip:
    """In-memory LiveKit SIP admin: keeps trunks and rules; ``fail`` makes every call raise."""

    def __init__(self, *, fail: Exception | None = None) -> None:
        self.trunks: list[SIPInboundTrunkInfo] = []
        self.rules: list[SIPDispatchRuleInfo] = []
        self.fail = fail
        self.creates = 0

    def _check(self) -> None:
        if self.fail is not None:
            raise self.fail

    async def list_inbound_trunk(self, list: ListSIPInboundTrunkRequest) -> ListSIPInboundTrunkResponse:
        self._check()
        return ListSIPInboundTrunkResponse(items=self.trunks)

    async def create_inbound_trunk(self, create: CreateSIPInboundTrunkRequest) -> SIPInboundTrunkInfo:
        self._check()
        self.creates += 1
        trunk = SIPInboundTrunkInfo()
        trunk.CopyFrom(create.trunk)
        trunk.sip_trunk_id = f"ST_{len(self.trunks) + 1}"
        self.trunks.append(trunk)
        return trunk

    async def list_dispatch_rule(self, list: ListSIPDispatchRuleRequest) -> ListSIPDispatchRuleResponse:
        self._check()
        return ListSIPDispatchRuleResponse(items=self.rules)

    async def create_dispatch_rule(self, create: CreateSIPDispatchRuleRequest) -> SIPDispatchRuleInfo:
        self._check()
        self.creates += 1
        rule = SIPDispatchRuleInfo(
            sip_dispatch_rule_id=f"SDR_{len(self.rules) + 1}",
            name=create.name,
            trunk_ids=list(create.trunk_ids),
            rule=create.rule,
            room_config=create.room_config,
        )
        self.rules.append(rule)
        return rule


PLAN = InboundPlan(tenant="school", numbers=("+441632960001",), agent_name="receptionist")


async def test_creates_then_is_idempotent() -> None:
    sip = FakeSip()
    first = await ensure_inbound(sip, PLAN)
    second = await ensure_inbound(sip, PLAN)
    assert (first.trunk_created, first.rule_created) == (True, True)
    assert (second.trunk_created, second.rule_created) == (False, False)
    assert (second.trunk_id, second.rule_id) == (first.trunk_id, first.rule_id)
    assert sip.creates == 2 and len(sip.trunks) == 1 and len(sip.rules) == 1
    rule = sip.rules[0]
    assert list(rule.trunk_ids) == [first.trunk_id]
    assert rule.rule.dispatch_rule_individual.room_prefix == "call-"
    [dispatch] = rule.room_config.agents
    assert dispatch.agent_name == "receptionist"
    assert json.loads(dispatch.metadata) == {"tenant": "school"}
    assert list(sip.trunks[0].numbers) == ["+441632960001"]
    assert sip.trunks[0].max_call_duration.seconds == 3600


async def test_existing_trunk_is_reused_and_missing_rule_created() -> None:
    sip = FakeSip()
    sip.trunks.append(SIPInboundTrunkInfo(sip_trunk_id="ST_existing", name=PLAN.trunk_name, numbers=list(PLAN.numbers)))
    report = await ensure_inbound(sip, PLAN)
    assert (report.trunk_id, report.trunk_created, report.rule_created) == ("ST_existing", False, True)


async def test_conflicting_trunk_is_not_silently_changed() -> None:
    sip = FakeSip()
    sip.trunks.append(SIPInboundTrunkInfo(sip_trunk_id="ST_x", name=PLAN.trunk_name, numbers=["+441632960999"]))
    with pytest.raises(SetupConflictError):
        await ensure_inbound(sip, PLAN)
    assert sip.rules == []


def args(**kw: object) -> argparse.Namespace:
    return argparse.Namespace(**{"tenant": "school", "number": ["+441632960001"], "allowed_address": [], **kw})


@pytest.mark.parametrize(
    ("name", "namespace", "settings", "sip", "status", "stderr_has"),
    [
        ("no number", args(number=[]), Settings(_env_file=None), FakeSip(), 2, "--number"),
        ("no livekit settings", args(), Settings(_env_file=None), None, 2, "RECEPTIONIST_LIVEKIT_URL"),
        ("api down", args(), Settings(_env_file=None), FakeSip(fail=ConnectionError("refused")), 1, "ConnectionError"),
        ("ok", args(), Settings(_env_file=None), FakeSip(), 0, ""),
    ],
)
def test_cli(
    name: str, namespace: argparse.Namespace, settings: Settings, sip: FakeSip | None, status: int,
    stderr_has: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_setup(namespace, sip=sip, settings=settings) == status, name
    captured = capsys.readouterr()
    assert stderr_has in captured.err
    if status == 0:
        assert "created" in captured.out
