"""Multi-exchange aggregator endpoints (seed service 11): listing, prices, books, arbitrage,
candle downloads."""

from __future__ import annotations

from fastapi import Path, Query, Response, status

from app.core.deps import JobsDep, ReaderUser, SettingsDep, TraderUser
from app.core.errors import problem_responses
from app.core.pagination import Page, PageParams
from app.core.params import symbol_param
from app.core.routing import accepted, accepted_response, module_router
from app.modules.exchanges import detect, download, service
from app.modules.exchanges.deps import QuotesDep, SourceDep
from app.modules.exchanges.schemas import (
    ArbitrageIn,
    ArbitrageOut,
    CandleDownloadAccepted,
    CandleDownloadIn,
    ExchangeStatus,
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


@router.get(
    "/exchanges/list",
    response_model=Page[ExchangeStatus],
    summary="Enabled exchanges: health, features, depth limits, fees (no network call)",
)
async def list_exchanges(
    source: SourceDep, user: ReaderUser, page: PageParams
) -> Page[ExchangeStatus]:
    return await service.list_exchanges(source, page)


@router.get(
    "/exchanges/prices",
    response_model=PricesOut,
    summary="One symbol's price on every enabled exchange, failures reported per exchange",
)
async def prices(
    quotes: QuotesDep,
    user: ReaderUser,
    symbol: str = SymbolQuery,
    allow_stale: bool = AllowStale,
) -> PricesOut:
    return await service.get_prices(quotes, symbol_param(symbol), allow_stale=allow_stale)


@router.get(
    "/exchanges/{name}/price",
    response_model=PriceOut,
    summary="Bid, ask and last of one symbol on one exchange (cached, coalesced)",
    responses=problem_responses(404, 502, 503),
)
async def price(
    quotes: QuotesDep,
    user: ReaderUser,
    name: str = ExchangePath,
    symbol: str = SymbolQuery,
    allow_stale: bool = AllowStale,
) -> PriceOut:
    return await service.get_price(quotes, name, symbol_param(symbol), allow_stale=allow_stale)


@router.get(
    "/exchanges/{name}/orderbook",
    response_model=OrderBookOut,
    summary="Top levels of one symbol's order book on one exchange (cached, coalesced)",
    responses=problem_responses(404, 502, 503),
)
async def orderbook(
    quotes: QuotesDep,
    user: ReaderUser,
    name: str = ExchangePath,
    symbol: str = SymbolQuery,
    depth: int = Query(default=20, ge=1, le=5000, description="Levels per side"),
    allow_stale: bool = AllowStale,
) -> OrderBookOut:
    symbol = symbol_param(symbol)
    return await service.get_order_book(quotes, name, symbol, depth, allow_stale=allow_stale)


@router.post(
    "/arbitrage/detect",
    response_model=ArbitrageOut,
    summary="Cross-exchange and triangular arbitrage at executable depth, after fees",
    responses=problem_responses(404),
)
async def detect_arbitrage(body: ArbitrageIn, quotes: QuotesDep, user: ReaderUser) -> ArbitrageOut:
    return await detect.detect(quotes, body)


@router.post(
    "/candles/download",
    response_model=CandleDownloadAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Download candles from an exchange into the candles store (background job)",
    description="Answers 202 with the job; `Location` (and `status_url`) is its status URL.",
    responses={
        **problem_responses(403, 404),
        **accepted_response(CandleDownloadAccepted, "GET /api/v1/jobs/{id}"),
    },
)
async def download_candles(
    body: CandleDownloadIn,
    response: Response,
    settings: SettingsDep,
    source: SourceDep,
    user: TraderUser,
    jobs: JobsDep,
) -> CandleDownloadAccepted:
    job = await download.start_download(jobs, source, body, user.user_id)
    status_url = f"{settings.api_prefix}/jobs/{job.id}"
    accepted(response, status_url)
    return CandleDownloadAccepted(
        job_id=job.id, kind=job.kind, status=job.status, status_url=status_url
    )
