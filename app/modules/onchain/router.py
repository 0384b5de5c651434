"""On-chain endpoints (seed service 12): labels, ingestion, flows, UTXO ages, miners, whales."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import Path, Query, Request, Response
from fastapi.responses import HTMLResponse

from app.core.deps import AdminUser, CurrentUser, JobsDep, SessionDep, SettingsDep
from app.core.errors import problem_responses
from app.core.pagination import PageParams
from app.core.routing import accepted, accepted_response, module_router
from app.core.timeutil import UtcDatetime
from app.modules.onchain import charts, service
from app.modules.onchain.addresses import Chain
from app.modules.onchain.buckets import Interval
from app.modules.onchain.charts import CHART_RESPONSES, ChartFormat
from app.modules.onchain.labels import LabelFormat
from app.modules.onchain.schemas import (
    OnchainAccountTransfers,
    OnchainAlertPage,
    OnchainFlowPage,
    OnchainIngestAccepted,
    OnchainIngestRequest,
    OnchainLabelImportResult,
    OnchainLabelLookup,
    OnchainLabelPage,
    OnchainStatus,
    OnchainWhaleAddressSeries,
    OnchainWhalePage,
)
from app.modules.onchain.specs import (
    OnchainHoldersReport,
    OnchainMinersReport,
    OnchainUtxoReport,
)

router = module_router("onchain", prefix="/onchain")
# Query enums as literals: an enum only a query uses would publish a schema no model owns.
IntervalName = Literal["1h", "1d", "1w", "total"]
LabelFormatName = Literal[
    "etherscan_combined", "etherscan_accounts", "etherscan_exchanges", "defillama_btc"
]
ChainPath = Annotated[Chain, Path(description="eth, btc or bsc")]
AddressPath = Annotated[str, Path(min_length=1, max_length=120)]


@router.post(
    "/labels/import",
    response_model=OnchainLabelImportResult,
    summary="Import an address-label file (Etherscan labels, DefiLlama BTC entities); admin",
    description=(
        "The request body is the file itself. `format` names its layout; `label` is the "
        "label of an Etherscan `accounts/<label>.csv` table. Labels are upserted by chain and "
        "address; an exchange attribution is never replaced by a generic tag."
    ),
    responses=problem_responses(401, 403, 413, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def import_labels(
    request: Request,
    user: AdminUser,
    session: SessionDep,
    format_: Annotated[LabelFormatName, Query(alias="format")],
    label: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    source: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
) -> OnchainLabelImportResult:
    content = await request.body()
    return await service.import_label_file(session, content, LabelFormat(format_), label, source)


@router.get(
    "/labels",
    response_model=OnchainLabelPage,
    summary="Stored address labels, filtered by chain, entity, category or text",
    responses=problem_responses(401, 422),
)
async def list_labels(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    chain: Chain | None = None,
    entity: Annotated[str | None, Query(max_length=64)] = None,
    category: Annotated[str | None, Query(max_length=32)] = None,
    q: Annotated[str | None, Query(max_length=100, description="Address, name or entity")] = None,
) -> OnchainLabelPage:
    items, cursor = await service.list_labels(session, page, chain, entity, category, q)
    return OnchainLabelPage(items=list(items), next_cursor=cursor)


@router.get(
    "/labels/{chain}/{address}",
    response_model=OnchainLabelLookup,
    summary="The label of one address (404 when none is known)",
    responses=problem_responses(401, 404, 422),
)
async def get_label(
    chain: ChainPath, address: AddressPath, user: CurrentUser, session: SessionDep
) -> OnchainLabelLookup:
    return await service.label_of(session, chain, address)


@router.post(
    "/ingest",
    response_model=OnchainIngestAccepted,
    status_code=202,
    summary="Ingest a block range of eth or btc from the configured node (a core job); admin",
    description=(
        "Resumes at the stored tip + 1 when blocks are stored. A changed parent hash rolls the "
        "stored chain back to the fork point first. Poll the job at `Location`."
    ),
    responses={
        **accepted_response(OnchainIngestAccepted, "/api/v1/jobs/{id}"),
        **problem_responses(401, 403, 409, 422, 502, 503),
    },
)
async def ingest(
    body: OnchainIngestRequest,
    response: Response,
    user: AdminUser,
    jobs: JobsDep,
    settings: SettingsDep,
) -> OnchainIngestAccepted:
    result = await service.submit_ingest(jobs, body, user.user_id, settings.api_prefix)
    accepted(response, result.status_url)
    return result


@router.get(
    "/status",
    response_model=OnchainStatus,
    summary="What is ingested per chain: block count, lowest height and tip",
    responses=problem_responses(401),
)
async def chain_status(user: CurrentUser, session: SessionDep) -> OnchainStatus:
    return await service.status(session)


FlowSource = Literal["node", "glassnode", "cryptoquant"]
Start = Annotated[UtcDatetime | None, Query(description="Range start (inclusive)")]
End = Annotated[UtcDatetime | None, Query(description="Range end (exclusive)")]
PROVIDER_ERRORS = problem_responses(401, 422, 502, 503)


@router.get(
    "/flow",
    response_model=OnchainFlowPage,
    summary="Exchange inflow, outflow and netflow per exchange, asset and time bucket",
    description=(
        "`source=node` computes them from the ingested chain and the imported exchange labels "
        "(units exact, USD at each transfer's time from the candles store); `glassnode` and "
        "`cryptoquant` ask the provider."
    ),
    responses=PROVIDER_ERRORS,
)
async def exchange_flow(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    chain: Chain = Chain.eth,
    source: FlowSource = "node",
    asset: Annotated[str | None, Query(max_length=42, description="Symbol or token")] = None,
    exchange: Annotated[str | None, Query(max_length=64, description="e.g. binance")] = None,
    start: Start = None,
    end: End = None,
    interval: IntervalName = "1d",
) -> OnchainFlowPage:
    rows = await service.exchange_flows(
        session, chain, source=source, asset=asset, exchange=exchange, start=start, end=end,
        interval=Interval(interval),
    )  # fmt: skip
    items, cursor = service.flow_page(rows, page)
    return OnchainFlowPage(items=items, next_cursor=cursor)


@router.get(
    "/flow/chart",
    response_model=dict[str, Any],
    summary="Plotly chart of exchange netflows (USD when priced, else units) per bucket",
    responses={**CHART_RESPONSES, **PROVIDER_ERRORS},
)
async def exchange_flow_chart(
    user: CurrentUser,
    session: SessionDep,
    chain: Chain = Chain.eth,
    source: FlowSource = "node",
    asset: Annotated[str | None, Query(max_length=42)] = None,
    exchange: Annotated[str | None, Query(max_length=64)] = None,
    start: Start = None,
    end: End = None,
    interval: IntervalName = "1d",
    format_: ChartFormat = "json",
) -> Any:
    rows = await service.exchange_flows(
        session, chain, source=source, asset=asset, exchange=exchange, start=start, end=end,
        interval=Interval(interval),
    )  # fmt: skip
    fig = await asyncio.to_thread(charts.flow_figure, rows)
    if format_ == "html":
        return HTMLResponse(await asyncio.to_thread(charts.as_html, fig))
    return await asyncio.to_thread(charts.as_json, fig)


@router.get(
    "/utxo",
    response_model=OnchainUtxoReport,
    summary="UTXO age distribution (HODL waves) by count and value",
    responses={**PROVIDER_ERRORS, **problem_responses(404)},
)
async def utxo_ages(
    user: CurrentUser,
    session: SessionDep,
    source: Literal["node", "glassnode"] = "node",
    at: Annotated[UtcDatetime | None, Query(description="Moment; default the tip")] = None,
) -> OnchainUtxoReport:
    return await service.utxo_report(session, source, at)


@router.get(
    "/miners",
    response_model=OnchainMinersReport,
    summary="Miner payouts, their spends, the share sent to exchanges, balance changes",
    responses=PROVIDER_ERRORS,
)
async def miner_flows(
    user: CurrentUser,
    session: SessionDep,
    source: FlowSource = "node",
    start: Start = None,
    end: End = None,
    interval: IntervalName = "1d",
    limit: Annotated[int, Query(ge=1, le=1000, description="Payout addresses listed")] = 50,
    miner: Annotated[str | None, Query(max_length=64, description="Pool (cryptoquant)")] = None,
) -> OnchainMinersReport:
    return await service.miners_report(
        session, source, start=start, end=end, interval=Interval(interval), limit=limit, miner=miner
    )


@router.get(
    "/whales",
    response_model=OnchainWhalePage,
    summary="Whale transfers above a threshold, newest first, with labels where known",
    responses=PROVIDER_ERRORS,
)
async def whale_transfers(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    chain: Chain = Chain.eth,
    asset: Annotated[str | None, Query(max_length=42, description="Symbol or token")] = None,
    min_amount: Annotated[
        float | None, Query(gt=0, le=1e15, description="Units; default per chain")
    ] = None,
    start: Start = None,
    end: End = None,
) -> OnchainWhalePage:
    items, cursor = await service.whale_transfers(
        session, chain, page, asset=asset, min_amount=min_amount, start=start, end=end
    )
    return OnchainWhalePage(items=items, next_cursor=cursor)


@router.get(
    "/whales/holders",
    response_model=OnchainHoldersReport,
    summary="Top holders' net changes and new large wallets, with labels where known",
    description=(
        "BTC: balances from the output set at `start` and `end` (default the tip), top by "
        "balance; `new_large` marks wallets that crossed `min_balance` in the range. EVM: the "
        "addresses with the largest net change of one token (`asset`) in the range."
    ),
    responses=problem_responses(401, 404, 422),
)
async def whale_holders(
    user: CurrentUser,
    session: SessionDep,
    chain: Chain = Chain.btc,
    asset: Annotated[str | None, Query(max_length=42)] = None,
    start: Start = None,
    end: End = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    min_balance: Annotated[float | None, Query(gt=0, le=1e15)] = None,
) -> OnchainHoldersReport:
    return await service.holders(
        session, chain, asset=asset, start=start, end=end, limit=limit, min_balance=min_balance
    )


@router.get(
    "/whales/addresses",
    response_model=OnchainWhaleAddressSeries,
    summary="Number of addresses holding at least 1k BTC over time (Glassnode)",
    responses=PROVIDER_ERRORS,
)
async def whale_address_counts(
    user: CurrentUser, start: Start = None, end: End = None, interval: IntervalName = "1d"
) -> OnchainWhaleAddressSeries:
    items = await service.whale_addresses(start, end, Interval(interval))
    return OnchainWhaleAddressSeries(source="glassnode", items=items)


@router.get(
    "/accounts/{chain}/{address}/transfers",
    response_model=OnchainAccountTransfers,
    summary="An account's transactions or ERC-20/BEP-20 transfers from Etherscan / BscScan",
    responses={**PROVIDER_ERRORS, **problem_responses(404)},
)
async def account_transfers(
    chain: ChainPath,
    address: AddressPath,
    user: CurrentUser,
    kind: Literal["transactions", "tokens"] = "transactions",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    offset: Annotated[int, Query(ge=1, le=1000, description="Items per page")] = 100,
    start_block: Annotated[int | None, Query(ge=0)] = None,
    end_block: Annotated[int | None, Query(ge=0)] = None,
) -> OnchainAccountTransfers:
    items = await service.account_transfers(
        chain, address, tokens=kind == "tokens", page=page, offset=offset,
        start_block=start_block, end_block=end_block,
    )  # fmt: skip
    return OnchainAccountTransfers(
        chain=chain, address=address.lower(), source="bscscan" if chain == "bsc" else "etherscan",
        page=page, next_page=page + 1 if len(items) == offset else None, items=items,
    )  # fmt: skip


@router.get(
    "/alerts",
    response_model=OnchainAlertPage,
    summary="Whale and exchange-flow alerts raised while ingesting, newest first",
    responses=problem_responses(401, 422),
)
async def list_alerts(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    chain: Chain | None = None,
    kind: Literal["whale_transfer", "exchange_flow"] | None = None,
    start: Start = None,
    end: End = None,
) -> OnchainAlertPage:
    items, cursor = await service.list_alerts(session, page, chain, kind, start, end)
    return OnchainAlertPage(items=items, next_cursor=cursor)
