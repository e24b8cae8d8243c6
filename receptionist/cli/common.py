"""Small helpers shared by command modules."""

from __future__ import annotations

import argparse


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Every command that touches the database takes ``--db URL``."""
    parser.add_argument("--db", metavar="URL", default=None, help="database URL (overrides settings)")
