"""auth_revoked_tokens and auth_login_events

Revocations of access tokens and token families move from the cache into the database (rows
expire with the tokens they cover), so a logout survives API and Redis restarts. Every password
check is recorded in ``auth_login_events``; per-account login throttling reads it.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-03 14:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "auth_revoked_tokens",
        sa.Column("token_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("revoked_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_id", name=op.f("pk_auth_revoked_tokens")),
    )
    with op.batch_alter_table("auth_revoked_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_auth_revoked_tokens_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_auth_revoked_tokens_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "auth_login_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("client", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_login_events")),
    )
    with op.batch_alter_table("auth_login_events", schema=None) as batch_op:
        batch_op.create_index("ix_auth_login_events_email_at", ["email", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_login_events_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_auth_login_events_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("auth_login_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_login_events_user_id"))
        batch_op.drop_index(batch_op.f("ix_auth_login_events_at"))
        batch_op.drop_index("ix_auth_login_events_email_at")
    op.drop_table("auth_login_events")
    with op.batch_alter_table("auth_revoked_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_revoked_tokens_user_id"))
        batch_op.drop_index(batch_op.f("ix_auth_revoked_tokens_expires_at"))
    op.drop_table("auth_revoked_tokens")
