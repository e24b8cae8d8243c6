"""Vendor adapters: the only place vendor APIs are spoken. The core never imports this package;
the composition root (``integrations.factory``) wires it in."""
