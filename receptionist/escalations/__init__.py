"""Safeguarding escalations: raise, notify, acknowledge, escalate to deputies, case record."""
