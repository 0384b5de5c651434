"""automl_model_versions: versions of signal-model deployments (online learning)

Every online update of a deployed signal model is a new version with its metrics, the drift
found and the data window; ``current`` marks the one the deployment predicts with, so a
rollback is a flag change plus copying that version's artifact back. Model families need no
schema change (trial parameters and deployment members are JSON).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'automl_model_versions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('deployment_id', sa.Integer(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column('current', sa.Boolean(), nullable=False),
        sa.Column('artifact', sa.LargeBinary(), nullable=False),
        sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('metrics', sa.JSON(), nullable=False),
        sa.Column('previous_metrics', sa.JSON(), nullable=True),
        sa.Column('drift', sa.JSON(), nullable=True),
        sa.Column('data_window', sa.JSON(), nullable=False),
        sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_automl_model_versions')),
    )
    with op.batch_alter_table('automl_model_versions', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_automl_model_versions_deployment_id'), ['deployment_id'], unique=False
        )
        batch_op.create_index(
            'ux_automl_model_versions_deployment_version', ['deployment_id', 'version'],
            unique=True,
        )
        batch_op.create_index(
            'ix_automl_model_versions_owner_created', ['owner_id', 'created_at'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('automl_model_versions', schema=None) as batch_op:
        batch_op.drop_index('ix_automl_model_versions_owner_created')
        batch_op.drop_index('ux_automl_model_versions_deployment_version')
        batch_op.drop_index(batch_op.f('ix_automl_model_versions_deployment_id'))
    op.drop_table('automl_model_versions')
