"""database_user_candles: each user's own uploaded candles, layered over the shared store

The shared store (``database_candles``) is written only by exchange downloads and admins; a
user's uploads land here, keyed by the owner, and are read by that user on top of the shared
bars (the user's bar wins at the same open time).

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-03 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "database_user_candles",
        sa.Column("owner_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("exchange", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("symbol", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("timeframe", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("open", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("close", sa.Float(), nullable=False),
        sa.Column("volume", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint(
            "owner_id",
            "exchange",
            "symbol",
            "timeframe",
            "ts",
            name=op.f("pk_database_user_candles"),
        ),
    )


def downgrade() -> None:
    op.drop_table("database_user_candles")
