"""Market-maker tracker endpoints (seed service 13): imbalance, spoofing, activity, wash trading.

Each answer comes from the tracker's buffered streams of the market (live, or a replayed
recording) and says which exchange, source and time span it is based on.
"""

from __future__ import annotations

from fastapi import Path, Query

from app.core.deps import ReaderUser
from app.core.errors import invalid, problem_responses
from app.core.params import symbol_param
from app.core.routing import module_router
from app.modules.marketmaker import service
from app.modules.marketmaker.deps import MarketSourceDep, TrackerDep
from app.modules.marketmaker.schemas import (
    ImbalanceOut,
    MarketMakerActivityOut,
    SpoofingOut,
    WashIn,
    WashOut,
)

router = module_router("marketmaker", prefix="/mm", responses=problem_responses(401, 422, 429))

STREAM_ERRORS = problem_responses(404, 502, 503)
ExchangeQuery = Query(pattern=r"^[a-z0-9]{2,32}$", description="ccxt exchange id, e.g. binance")
SymbolQuery = Query(max_length=60, description="BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)")
WaitQuery = Query(
    default=5.0,
    ge=0,
    le=30,
    description=(
        "Seconds to wait for the stream when the market is not tracked yet (a flat-out replay "
        "is always read to its end)"
    ),
)
WindowQuery = Query(
    default=60.0, ge=1, le=3600, description="Seconds of the most recent stream history analysed"
)


def _notionals(raw: str) -> list[float]:
    try:
        values = [float(part) for part in raw.split(",") if part.strip()]
    except ValueError:
        values = []
    if not values or len(values) > 20 or not all(0 < v <= 1e12 for v in values):
        message = "comma-separated quote notionals, 1 to 20 values in (0, 1e12]"
        raise invalid("query.notionals", message)
    return values


@router.get(
    "/imbalance",
    response_model=ImbalanceOut,
    summary="Order-book imbalance, microprice, spread and depth bands of the latest book",
    responses=STREAM_ERRORS,
)
async def imbalance(
    tracker: TrackerDep,
    user: ReaderUser,
    exchange: str = ExchangeQuery,
    symbol: str = SymbolQuery,
    levels: int = Query(default=5, ge=1, le=100, description="Top levels per side"),
    half_life_bps: float = Query(
        default=10.0, gt=0, le=10_000, description="Distance weighting of weighted_imbalance"
    ),
    wait: float = WaitQuery,
) -> ImbalanceOut:
    return await service.imbalance(
        tracker,
        exchange,
        symbol_param(symbol, "query.symbol"),
        levels=levels,
        half_life_bps=half_life_bps,
        wait=wait,
    )


@router.get(
    "/spoofing",
    response_model=SpoofingOut,
    summary="Large orders pulled as the price approached them, with their evidence",
    responses=STREAM_ERRORS,
)
async def spoofing(
    tracker: TrackerDep,
    user: ReaderUser,
    exchange: str = ExchangeQuery,
    symbol: str = SymbolQuery,
    window: float = WindowQuery,
    size_multiple: float = Query(
        default=10.0, gt=1, le=1000, description="Added size vs the typical level size"
    ),
    max_distance_bps: float = Query(default=200.0, gt=0, le=10_000),
    max_fill_fraction: float = Query(
        default=0.1, ge=0, lt=1, description="Alert only if at most this share can have traded"
    ),
    limit: int = Query(default=100, ge=1, le=1000, description="Large orders listed"),
    wait: float = WaitQuery,
) -> SpoofingOut:
    return await service.spoofing(
        tracker,
        exchange,
        symbol_param(symbol, "query.symbol"),
        window=window,
        wait=wait,
        size_multiple=size_multiple,
        max_distance_bps=max_distance_bps,
        max_fill_fraction=max_fill_fraction,
        limit=limit,
    )


@router.get(
    "/activity/{symbol}",
    response_model=MarketMakerActivityOut,
    summary="Market-maker presence, quote refresh, slippage and resiliency of one market",
    responses=STREAM_ERRORS,
)
async def activity(
    tracker: TrackerDep,
    user: ReaderUser,
    symbol: str = Path(max_length=60, description="BTC-USDT (linear swaps: BTC-USDT:USDT)"),
    exchange: str = ExchangeQuery,
    window: float = WindowQuery,
    top_levels: int = Query(default=5, ge=1, le=100),
    band_pct: float = Query(default=1.0, gt=0, le=50, description="Depth band around mid, %"),
    max_spread_bps: float = Query(default=50.0, gt=0, le=10_000),
    notionals: str = Query(
        default="1000,10000,100000",
        max_length=300,
        description="Quote notionals for the slippage curve, comma-separated",
    ),
    wait: float = WaitQuery,
) -> MarketMakerActivityOut:
    return await service.activity(
        tracker,
        exchange,
        symbol_param(symbol, "path.symbol"),
        window=window,
        wait=wait,
        top_levels=top_levels,
        band_pct=band_pct,
        max_spread_bps=max_spread_bps,
        notionals=_notionals(notionals),
    )


@router.post(
    "/wash",
    response_model=WashOut,
    summary="Wash-trading indicators of a trade tape (given, or the venue's recent trades)",
    responses=STREAM_ERRORS,
)
async def wash(body: WashIn, source: MarketSourceDep, user: ReaderUser) -> WashOut:
    return await service.wash(source, body)
