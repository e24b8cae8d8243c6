"""keyset indexes for the call list and the safeguarding queue: (tenant, time, id)

The list endpoints page newest first by (time, id) with a row-value cursor. With ``id``
in the index after the time, PostgreSQL answers both the first page and any later page
with one backward index range scan: no sort, and page 500 costs what page 1 does (the old
(tenant, started_at) index needed an incremental sort and filtered the cursor row by row).
The queue's "open" view (status != closed) had no usable index and scanned the table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_tenant_started_id', ['tenant_id', 'started_at', 'id'], unique=False)
        batch_op.drop_index('ix_calls_tenant_started')
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.create_index('ix_escalations_tenant_raised_id', ['tenant_id', 'raised_at', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index('ix_escalations_tenant_raised_id')
    with op.batch_alter_table('calls', schema=None) as batch_op:
        batch_op.create_index('ix_calls_tenant_started', ['tenant_id', 'started_at'], unique=False)
        batch_op.drop_index('ix_calls_tenant_started_id')
