"""hot-path indexes: live data keys for the retention sweep, calls by start time

Found by tests/scale/test_query_plans.py (100,000 calls on PostgreSQL): the retention
candidate query scanned ``calls`` sequentially when a class's cut-off fell before most
calls (no index on ``started_at`` alone), and walked every key of a tenant to find the few
still unshredded.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_started_at', ['started_at'], unique=False)
    with op.batch_alter_table('data_keys', schema=None) as batch_op:
        batch_op.create_index(
            'ix_data_keys_live', ['tenant_id', 'data_class', 'id'], unique=False,
            postgresql_where=sa.text('wrapped_key IS NOT NULL'), sqlite_where=sa.text('wrapped_key IS NOT NULL'),
        )


def downgrade() -> None:
    with op.batch_alter_table('data_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_data_keys_live')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.drop_index('ix_calls_started_at')
