"""exec_orders, exec_fills, exec_algos, exec_credentials (smart order execution)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 14:21:01.059724
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exec_algos",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("job_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exec_algos")),
    )
    with op.batch_alter_table("exec_algos", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exec_algos_user_created", ["user_id", "created_at", "id"], unique=False
        )

    op.create_table(
        "exec_credentials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("exchange", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("api_key_hint", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column("created_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exec_credentials")),
        sa.UniqueConstraint(
            "user_id", "exchange", name=op.f("uq_exec_credentials_user_id_exchange")
        ),
    )
    op.create_table(
        "exec_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("client_order_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("account", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("broker", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("exchange", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("symbol", sqlmodel.sql.sqltypes.AutoString(length=62), nullable=False),
        sa.Column("side", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("type", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("time_in_force", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("filled_quantity", sa.Float(), nullable=False),
        sa.Column("price", sa.Float(), nullable=True),
        sa.Column("average_price", sa.Float(), nullable=True),
        sa.Column("arrival_price", sa.Float(), nullable=True),
        sa.Column("fees", sa.Float(), nullable=False),
        sa.Column("leverage", sa.Float(), nullable=False),
        sa.Column("stop_loss", sa.Float(), nullable=True),
        sa.Column("stop_loss_pct", sa.Float(), nullable=True),
        sa.Column("take_profit", sa.Float(), nullable=True),
        sa.Column("take_profit_pct", sa.Float(), nullable=True),
        sa.Column("queue_ahead", sa.Float(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("parent_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("external_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("created_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exec_orders")),
        sa.UniqueConstraint(
            "user_id", "client_order_id", name=op.f("uq_exec_orders_user_id_client_order_id")
        ),
    )
    with op.batch_alter_table("exec_orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exec_orders_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            "ix_exec_orders_status_symbol", ["status", "exchange", "symbol"], unique=False
        )
        batch_op.create_index(
            "ix_exec_orders_user_created", ["user_id", "created_at", "id"], unique=False
        )

    op.create_table(
        "exec_fills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("price", sa.Float(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("fee", sa.Float(), nullable=False),
        sa.Column("liquidity", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["exec_orders.id"], name=op.f("fk_exec_fills_order_id_exec_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exec_fills")),
    )
    with op.batch_alter_table("exec_fills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exec_fills_order_id"), ["order_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exec_fills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exec_fills_order_id"))

    op.drop_table("exec_fills")
    with op.batch_alter_table("exec_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_exec_orders_user_created")
        batch_op.drop_index("ix_exec_orders_status_symbol")
        batch_op.drop_index(batch_op.f("ix_exec_orders_parent_id"))

    op.drop_table("exec_orders")
    op.drop_table("exec_credentials")
    with op.batch_alter_table("exec_algos", schema=None) as batch_op:
        batch_op.drop_index("ix_exec_algos_user_created")

    op.drop_table("exec_algos")
