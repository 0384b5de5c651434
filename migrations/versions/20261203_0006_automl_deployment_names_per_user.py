"""automl_deployments: names unique per owner instead of globally

A 409 for a taken name must not reveal other users' deployment names: the unique index on
``name`` becomes a plain one, and ``(owner_id, name)`` is unique.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 14:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_automl_deployments_name'))
        batch_op.create_index(batch_op.f('ix_automl_deployments_name'), ['name'], unique=False)
        batch_op.create_index(
            'ux_automl_deployments_owner_name', ['owner_id', 'name'], unique=True
        )


def downgrade() -> None:
    # Fails if two users hold the same name: rename one of them first.
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.drop_index('ux_automl_deployments_owner_name')
        batch_op.drop_index(batch_op.f('ix_automl_deployments_name'))
        batch_op.create_index(batch_op.f('ix_automl_deployments_name'), ['name'], unique=True)
