"""Property-based API testing: schemathesis generates requests from the OpenAPI schema and the
app must never answer with a server error. Bounded examples keep it quick; raise
``RECEPTIONIST_SCHEMATHESIS_EXAMPLES`` for a deeper run.
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings

from receptionist.web.app import create_app

EXAMPLES = int(os.environ.get("RECEPTIONIST_SCHEMATHESIS_EXAMPLES", "8"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def _operations(world: Any) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(world.settings, world.store))
    ops = [result.ok() for result in schema.get_all_operations()]
    assert len(ops) >= 15, "the schema should describe the whole JSON API"
    return ops


def test_api_never_answers_500(world: Any) -> None:
    headers = {"authorization": f"Bearer {world.token('platform_admin', None)}"}
    failures: list[str] = []
    for op in _operations(world):

        @given(case=op.as_strategy())
        @SETTINGS
        def run(case: Any) -> None:
            response = case.call(headers=headers)
            # Our own API must never fail; contributed routers may answer 503 "not configured"
            # by design (e.g. Twilio webhooks with no auth token), but never crash with a 500.
            own = case.path.startswith("/api/")
            if response.status_code == 500 or (own and response.status_code >= 500):
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        run()
    assert failures == []


def test_api_refuses_every_request_without_a_token(world: Any) -> None:
    unauthenticated: list[str] = []
    for op in _operations(world):
        if not op.path.startswith("/api/"):
            continue  # health probes are public; webhooks authenticate by signature, not token

        @given(case=op.as_strategy())
        @settings(max_examples=2, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def run(case: Any) -> None:
            response = case.call()
            # A NUL anywhere in the URL is refused before anything else looks at the request.
            refused_early = response.status_code == 400 and "NUL" in response.text
            if response.status_code != 401 and not refused_early:
                unauthenticated.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        run()
    assert unauthenticated == []
