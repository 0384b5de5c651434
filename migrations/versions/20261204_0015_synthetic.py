"""synthetic: synthetic_models, the GAN synthetic-data module's model registry

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 14:23:17.451311
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('synthetic_models',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('module', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('metrics', sa.JSON(), nullable=True),
    sa.Column('history', sa.JSON(), nullable=True),
    sa.Column('meta', sa.JSON(), nullable=True),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('size_bytes', sa.Integer(), nullable=True),
    sa.Column('job_id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('finished_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_synthetic_models'))
    )
    with op.batch_alter_table('synthetic_models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_synthetic_models_job_id'), ['job_id'], unique=False)
        batch_op.create_index('ix_synthetic_models_owner_created', ['owner_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_synthetic_models_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_synthetic_models_status'), ['status'], unique=False)
        batch_op.create_index('ux_synthetic_models_owner_name_version', ['owner_id', 'name', 'version'], unique=True)



def downgrade() -> None:
    with op.batch_alter_table('synthetic_models', schema=None) as batch_op:
        batch_op.drop_index('ux_synthetic_models_owner_name_version')
        batch_op.drop_index(batch_op.f('ix_synthetic_models_status'))
        batch_op.drop_index(batch_op.f('ix_synthetic_models_published'))
        batch_op.drop_index('ix_synthetic_models_owner_created')
        batch_op.drop_index(batch_op.f('ix_synthetic_models_job_id'))

    op.drop_table('synthetic_models')
