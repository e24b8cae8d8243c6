"""Receptionist: an AI voice receptionist with privacy controls built in."""

__version__ = "0.1.0"
