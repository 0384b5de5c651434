"""automl_deployments: job_id and error, for signal-model deployments trained as a job

A signal-model deployment is now saved in status ``training`` with the id of the job that
retrains its members, and ends ``active`` or ``failed`` (with the error).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 10:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # batch mode: SQLite cannot add an index-bearing column in place; PostgreSQL alters directly.
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True))
        batch_op.add_column(sa.Column('error', sa.Text(), nullable=True))
        batch_op.create_index(batch_op.f('ix_automl_deployments_job_id'), ['job_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_automl_deployments_job_id'))
        batch_op.drop_column('error')
        batch_op.drop_column('job_id')
