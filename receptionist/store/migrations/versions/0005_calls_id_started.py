"""calls (id, started_at): index-only join from live data keys to their call's start time

tests/scale/test_query_plans.py (100,000 calls on PostgreSQL): with the sweeper's batch of
4,000, the retention candidate query hashed the whole ``calls`` table to check
``started_at`` for the few live keys of a class whose cut-off most calls have passed. With
``started_at`` beside ``id`` in one index the join is an index-only lookup per key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_id_started_at', ['id', 'started_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_id_started_at')
