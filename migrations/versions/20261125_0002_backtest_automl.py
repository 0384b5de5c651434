"""backtest and automl: backtest_runs, automl_studies, automl_deployments

Optuna keeps its own tables (schema ``optuna`` on PostgreSQL, a sibling SQLite file otherwise);
they are created by Optuna on first use, not here.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:12:37.110925
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('automl_deployments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('study_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('target', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('objectives', sa.JSON(), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('artifact', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('retired_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automl_deployments'))
    )
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_automl_deployments_name'), ['name'], unique=True)
        batch_op.create_index('ix_automl_deployments_owner_created', ['owner_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_automl_deployments_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_automl_deployments_study_id'), ['study_id'], unique=False)

    op.create_table('automl_studies',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('target', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('backtest', sa.JSON(), nullable=True),
    sa.Column('n_trials', sa.Integer(), nullable=False),
    sa.Column('timeout_seconds', sa.Float(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_automl_studies'))
    )
    with op.batch_alter_table('automl_studies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_automl_studies_job_id'), ['job_id'], unique=False)
        batch_op.create_index('ix_automl_studies_owner_created', ['owner_id', 'created_at'], unique=False)

    op.create_table('backtest_runs',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('parent_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('strategy', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('symbols', sa.JSON(), nullable=False),
    sa.Column('timeframe', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=True),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backtest_runs'))
    )
    with op.batch_alter_table('backtest_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backtest_runs_job_id'), ['job_id'], unique=False)
        batch_op.create_index('ix_backtest_runs_owner_created', ['owner_id', 'created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_backtest_runs_parent_id'), ['parent_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('backtest_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backtest_runs_parent_id'))
        batch_op.drop_index('ix_backtest_runs_owner_created')
        batch_op.drop_index(batch_op.f('ix_backtest_runs_job_id'))

    op.drop_table('backtest_runs')
    with op.batch_alter_table('automl_studies', schema=None) as batch_op:
        batch_op.drop_index('ix_automl_studies_owner_created')
        batch_op.drop_index(batch_op.f('ix_automl_studies_job_id'))

    op.drop_table('automl_studies')
    with op.batch_alter_table('automl_deployments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_automl_deployments_study_id'))
        batch_op.drop_index(batch_op.f('ix_automl_deployments_status'))
        batch_op.drop_index('ix_automl_deployments_owner_created')
        batch_op.drop_index(batch_op.f('ix_automl_deployments_name'))

    op.drop_table('automl_deployments')
