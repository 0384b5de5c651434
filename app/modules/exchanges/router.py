"""Multi-exchange aggregator endpoints (seed service 11): listing, prices, books, arbitrage,
candle downloads."""

from __future__ import annotations

from fastapi import Path, Query, Request, status

from app.core.deps import JobsDep, ReaderUser, TraderUser
from app.core.errors import problem_responses
from app.core.params import symbol_param, timeframe_param
from app.core.routing import module_router
from app.modules.exchanges import detect, download, service
from app.modules.exchanges.public import check_exchange, get_source
from app.modules.exchanges.schemas import (
    ArbitrageIn,
    ArbitrageOut,
    CandleDownloadIn,
    ExchangeStatus,
    JobAccepted,
    OrderBookOut,
    PriceOut,
    PricesOut,
)

router = module_router("exchanges", responses=problem_responses(401, 422, 429))

ExchangePath = Path(pattern=r"^[a-z0-9]{2,32}$", description="ccxt exchange id, e.g. binance")
SymbolQuery = Query(max_length=60, description="BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)")
AllowStale = Query(
    default=False,
    description="On a venue failure, serve the last good value (marked stale, with its age)",
)


def _quotes(request: Request) -> service.QuoteContext:
    # Straight from app.state: two dependency nodes fewer on the hottest read endpoints.
    state = request.app.state
    return service.QuoteContext(
        get_source(state), state.cache, state.settings.market_cache_ttl_seconds
    )


@router.get(
    "/exchanges/list",
    response_model=list[ExchangeStatus],
    summary="Enabled exchanges: health, features, depth limits, fees (no network call)",
)
async def list_exchanges(request: Request, user: ReaderUser) -> list[ExchangeStatus]:
    return await service.list_exchanges(get_source(request.app.state))


@router.get(
    "/exchanges/prices",
    response_model=PricesOut,
    summary="One symbol's price on every enabled exchange, failures reported per exchange",
)
async def prices(
    request: Request,
    user: ReaderUser,
    symbol: str = SymbolQuery,
    allow_stale: bool = AllowStale,
) -> PricesOut:
    ctx = _quotes(request)
    return await service.get_prices(ctx, symbol_param(symbol), allow_stale=allow_stale)


@router.get(
    "/exchanges/{name}/price",
    response_model=PriceOut,
    summary="Bid, ask and last of one symbol on one exchange (cached, coalesced)",
    responses=problem_responses(404, 502, 503),
)
async def price(
    request: Request,
    user: ReaderUser,
    name: str = ExchangePath,
    symbol: str = SymbolQuery,
    allow_stale: bool = AllowStale,
) -> PriceOut:
    ctx = _quotes(request)
    return await service.get_price(ctx, name, symbol_param(symbol), allow_stale=allow_stale)


@router.get(
    "/exchanges/{name}/orderbook",
    response_model=OrderBookOut,
    summary="Top levels of one symbol's order book on one exchange (cached, coalesced)",
    responses=problem_responses(404, 502, 503),
)
async def orderbook(
    request: Request,
    user: ReaderUser,
    name: str = ExchangePath,
    symbol: str = SymbolQuery,
    depth: int = Query(default=20, ge=1, le=5000, description="Levels per side"),
    allow_stale: bool = AllowStale,
) -> OrderBookOut:
    ctx = _quotes(request)
    return await service.get_order_book(
        ctx, name, symbol_param(symbol), depth, allow_stale=allow_stale
    )


@router.post(
    "/arbitrage/detect",
    response_model=ArbitrageOut,
    summary="Cross-exchange and triangular arbitrage at executable depth, after fees",
    responses=problem_responses(404),
)
async def detect_arbitrage(
    body: ArbitrageIn,
    request: Request,
    user: ReaderUser,
) -> ArbitrageOut:
    return await detect.detect(_quotes(request), body)


@router.post(
    "/candles/download",
    response_model=JobAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Download candles from an exchange into the candles store (background job)",
    responses=problem_responses(403, 404),
)
async def download_candles(
    body: CandleDownloadIn, request: Request, user: TraderUser, jobs: JobsDep
) -> JobAccepted:
    source = get_source(request.app.state)
    exchange = check_exchange(source, body.exchange)
    timeframe_param(body.timeframe, "body.timeframe")
    download.bind_source(jobs, source)
    params = {
        "exchange": exchange,
        "symbol": body.symbol,
        "timeframe": body.timeframe,
        "since_ms": int(body.since.timestamp() * 1000) if body.since else None,
        "until_ms": int(body.until.timestamp() * 1000) if body.until else None,
        "max_candles": body.max_candles,
        "page_size": body.page_size,
    }
    job = await jobs.submit(download.KIND, params, user.user_id)
    prefix = request.app.state.settings.api_prefix
    return JobAccepted(
        job_id=job.id, kind=job.kind, status=job.status, status_url=f"{prefix}/jobs/{job.id}"
    )
