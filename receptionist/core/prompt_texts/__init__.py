"""Packaged copies of the repository's ``prompts/`` (see :mod:`receptionist.core.prompts`)."""
