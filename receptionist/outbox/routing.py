"""Routing integration messages to the connector a tenant configured under that name.

``crm`` and ``sis`` messages name their destination in ``target`` (the ``name`` of an
entry in the tenant's ``integrations`` list). The router asks a resolver, supplied by the
composition root, for that tenant's connector; the outbox itself never knows vendors.
"""

from __future__ import annotations

from collections.abc import Callable

from receptionist.outbox.errors import UnknownRouteError
from receptionist.outbox.ports import Deliverer, Delivery

Resolver = Callable[[str, str], Deliverer | None]
"""(tenant_id, integration name) -> the connector, or None if the tenant has no such integration."""

INTEGRATION_KINDS: tuple[str, ...] = ("crm", "sis")


class IntegrationRouter:
    """A deliverer that forwards each message to the tenant's named connector."""

    def __init__(self, resolve: Resolver) -> None:
        self._resolve = resolve

    async def deliver(self, delivery: Delivery) -> None:
        """Forward to the resolved connector; an unknown integration name is dead-lettered."""
        connector = self._resolve(delivery.tenant_id, delivery.target)
        if connector is None:
            raise UnknownRouteError(f"tenant has no integration named {delivery.target}")
        await connector.deliver(delivery)
