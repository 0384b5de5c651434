"""Execution endpoints (seed service 6): orders, algorithms (TWAP/VWAP/iceberg), estimates."""

from __future__ import annotations

from typing import Literal

from fastapi import Query, status

from app.core.deps import CurrentUser, SessionDep
from app.core.errors import problem_responses
from app.core.pagination import PageParams
from app.core.routing import module_router
from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime
from app.modules.execution import service
from app.modules.execution.deps import StateDep
from app.modules.execution.schemas import ExecutionOrdersPage
from app.modules.execution.specs import ExecutionOrderIn, ExecutionOrderOut

router = module_router("execution", prefix="/execute")


@router.post(
    "/order",
    response_model=ExecutionOrderOut,
    status_code=status.HTTP_201_CREATED,
    summary="Place a market or limit order (paper by default) through the one order path",
    responses=problem_responses(401, 404, 409, 422, 423, 502, 503),
)
async def place_order(
    body: ExecutionOrderIn, user: CurrentUser, state: StateDep
) -> ExecutionOrderOut:
    return await service.place_order(state, user.user_id, body, origin="manual")


@router.get(
    "/orders",
    response_model=ExecutionOrdersPage,
    summary="The caller's orders, newest first (filter by symbol, status, origin, time)",
    responses=problem_responses(401, 422),
)
async def list_orders(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    symbol: CcxtSymbol | None = Query(default=None),
    order_status: Literal["open", "partially_filled", "filled", "cancelled", "rejected", "expired"]
    | None = Query(default=None, alias="status"),
    origin: Literal["manual", "algo", "signal", "hedge", "liquidation"] | None = None,
    parent_id: str | None = Query(default=None, max_length=32),
    start: UtcDatetime | None = None,
    end: UtcDatetime | None = None,
) -> ExecutionOrdersPage:
    items, cursor = await service.list_orders(
        session,
        user.user_id,
        page,
        symbol=symbol,
        status=order_status,
        origin=origin,
        parent_id=parent_id,
        start=start,
        end=end,
    )
    return ExecutionOrdersPage(items=items, next_cursor=cursor)


@router.get(
    "/orders/{order_id}",
    response_model=ExecutionOrderOut,
    summary="One order: status, fills, average price, slippage vs arrival, fees",
    responses=problem_responses(401, 404),
)
async def get_order(order_id: int, user: CurrentUser, session: SessionDep) -> ExecutionOrderOut:
    return await service.get_order(session, user.user_id, order_id)


@router.delete(
    "/orders/{order_id}",
    response_model=ExecutionOrderOut,
    summary="Cancel an open order (what filled stays filled)",
    responses=problem_responses(401, 404, 409),
)
async def cancel_order(order_id: int, user: CurrentUser, state: StateDep) -> ExecutionOrderOut:
    return await service.cancel_order(state, user.user_id, order_id)
