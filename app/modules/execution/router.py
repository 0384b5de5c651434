"""Execution endpoints (seed service 6): orders, algorithms (TWAP/VWAP/iceberg), estimates."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path, Query, Response, status

from app.core.deps import CurrentUser, SessionDep
from app.core.errors import invalid, problem_responses
from app.core.pagination import PageParams
from app.core.params import symbol_param
from app.core.routing import accepted, accepted_response, module_router
from app.core.symbols import CcxtSymbol
from app.core.timeutil import UtcDatetime
from app.modules.execution import algos, credentials, estimating, service
from app.modules.execution.deps import StateDep
from app.modules.execution.errors import CredentialNotFound
from app.modules.execution.schemas import (
    ExecutionAlgosPage,
    ExecutionCredentialIn,
    ExecutionCredentialOut,
    ExecutionOrdersPage,
)
from app.modules.execution.specs import (
    ExecutionAlgoOut,
    ExecutionEstimateOut,
    ExecutionIcebergIn,
    ExecutionOrderIn,
    ExecutionOrderOut,
    ExecutionTwapIn,
    ExecutionVwapIn,
    OrderSide,
)

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


ALGO_ERRORS = problem_responses(401, 404, 409, 422, 423, 429, 502, 503)
ALGO_POLL = "GET /api/v1/execute/algos/{id}"


def _started(response: Response, out: ExecutionAlgoOut) -> ExecutionAlgoOut:
    accepted(response, f"/api/v1/execute/algos/{out.id}")
    return out


@router.post(
    "/twap",
    response_model=ExecutionAlgoOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Work a parent order as N time-sliced children (randomised, guarded, catching up)",
    responses={**ALGO_ERRORS, **accepted_response(ExecutionAlgoOut, ALGO_POLL)},
)
async def twap(
    body: ExecutionTwapIn, user: CurrentUser, state: StateDep, response: Response
) -> ExecutionAlgoOut:
    return _started(response, await algos.submit(state, user.user_id, "twap", body))


@router.post(
    "/vwap",
    response_model=ExecutionAlgoOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Work a parent order along the intraday volume profile, capped by participation",
    responses={**ALGO_ERRORS, **accepted_response(ExecutionAlgoOut, ALGO_POLL)},
)
async def vwap(
    body: ExecutionVwapIn, user: CurrentUser, state: StateDep, response: Response
) -> ExecutionAlgoOut:
    return _started(response, await algos.submit(state, user.user_id, "vwap", body))


@router.post(
    "/iceberg",
    response_model=ExecutionAlgoOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Rest a limit order showing only its visible quantity, replenished and re-pegged",
    responses={**ALGO_ERRORS, **accepted_response(ExecutionAlgoOut, ALGO_POLL)},
)
async def iceberg(
    body: ExecutionIcebergIn, user: CurrentUser, state: StateDep, response: Response
) -> ExecutionAlgoOut:
    return _started(response, await algos.submit(state, user.user_id, "iceberg", body))


@router.get(
    "/algos",
    response_model=ExecutionAlgosPage,
    summary="The caller's algorithms, newest first",
    responses=problem_responses(401, 422),
)
async def list_algos(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    kind: Literal["twap", "vwap", "iceberg"] | None = None,
) -> ExecutionAlgosPage:
    items, cursor = await algos.list_algos(session, user.user_id, page, kind)
    return ExecutionAlgosPage(items=items, next_cursor=cursor)


@router.get(
    "/algos/{algo_id}",
    response_model=ExecutionAlgoOut,
    summary="An algorithm's progress, benchmarks and final execution report",
    responses=problem_responses(401, 404),
)
async def get_algo(algo_id: str, user: CurrentUser, session: SessionDep) -> ExecutionAlgoOut:
    return await algos.get_algo(session, user.user_id, algo_id)


@router.post(
    "/algos/{algo_id}/pause",
    response_model=ExecutionAlgoOut,
    summary="Pause a running algorithm (its schedule stops while paused)",
    responses=problem_responses(401, 404, 409),
)
async def pause_algo(algo_id: str, user: CurrentUser, state: StateDep) -> ExecutionAlgoOut:
    return await algos.pause(state, user.user_id, algo_id)


@router.post(
    "/algos/{algo_id}/resume",
    response_model=ExecutionAlgoOut,
    summary="Resume a paused algorithm",
    responses=problem_responses(401, 404, 409),
)
async def resume_algo(algo_id: str, user: CurrentUser, state: StateDep) -> ExecutionAlgoOut:
    return await algos.resume(state, user.user_id, algo_id)


@router.delete(
    "/algos/{algo_id}",
    response_model=ExecutionAlgoOut,
    summary="Cancel an algorithm: open children are cancelled, what filled stays",
    responses=problem_responses(401, 404, 409),
)
async def cancel_algo(algo_id: str, user: CurrentUser, state: StateDep) -> ExecutionAlgoOut:
    return await algos.cancel(state, user.user_id, algo_id)


@router.get(
    "/estimate",
    response_model=ExecutionEstimateOut,
    summary="Pre-trade estimate: book walk, square-root impact, spread, fees, suggested algo",
    responses=problem_responses(401, 404, 422, 502, 503),
)
async def estimate(
    user: CurrentUser,
    state: StateDep,
    side: Annotated[OrderSide, Query()],
    symbol: str = Query(max_length=62, description="BTC/USDT or BTC-USDT"),
    exchange: str | None = Query(default=None, max_length=32, pattern=r"^[a-z0-9]+$"),
    quantity: float | None = Query(default=None, gt=0, le=1e12, allow_inf_nan=False),
    notional: float | None = Query(default=None, gt=0, le=1e12, allow_inf_nan=False),
    lookback_days: int = Query(default=30, ge=1, le=365),
    participation: float = Query(default=0.1, gt=0, le=1),
    risk_aversion: float = Query(
        default=1e-6, gt=0, le=1, description="Almgren–Chriss λ per quote unit of variance"
    ),
    interval_seconds: float = Query(
        default=60, ge=1, le=3600, description="Time the book takes to refill between children"
    ),
) -> ExecutionEstimateOut:
    if (quantity is None) == (notional is None):
        raise invalid("query.quantity", "give exactly one of quantity or notional")
    return await estimating.estimate_order(
        state,
        symbol=symbol_param(symbol),
        side=side.upper(),
        exchange=exchange,
        quantity=quantity,
        notional=notional,
        lookback_days=lookback_days,
        participation=participation,
        risk_aversion=risk_aversion,
        interval_seconds=interval_seconds,
    )


ExchangePath = Path(pattern=r"^[a-z0-9]{2,32}$", description="ccxt exchange id, e.g. binance")


@router.put(
    "/credentials/{exchange}",
    response_model=ExecutionCredentialOut,
    summary="Store (or replace) API credentials for live trading; encrypted, never returned",
    responses=problem_responses(401, 422),
)
async def put_credentials(
    body: ExecutionCredentialIn,
    user: CurrentUser,
    session: SessionDep,
    exchange: str = ExchangePath,
) -> ExecutionCredentialOut:
    return await credentials.store(session, user.user_id, exchange, body)


@router.get(
    "/credentials",
    response_model=list[ExecutionCredentialOut],
    summary="Which exchanges the caller stored credentials for (key hints only)",
    responses=problem_responses(401),
)
async def list_credentials(user: CurrentUser, session: SessionDep) -> list[ExecutionCredentialOut]:
    return await credentials.listed(session, user.user_id)


@router.delete(
    "/credentials/{exchange}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete the stored credentials of an exchange",
    responses=problem_responses(401, 404),
)
async def delete_credentials(
    user: CurrentUser, session: SessionDep, exchange: str = ExchangePath
) -> Response:
    if not await credentials.delete(session, user.user_id, exchange):
        raise CredentialNotFound(f"no {exchange} credentials stored")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
