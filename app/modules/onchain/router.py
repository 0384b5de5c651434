"""On-chain endpoints (seed service 12): labels, ingestion, flows, UTXO ages, miners, whales."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request, Response

from app.core.deps import AdminUser, CurrentUser, JobsDep, SessionDep, SettingsDep
from app.core.errors import problem_responses
from app.core.pagination import PageParams
from app.core.routing import accepted, accepted_response, module_router
from app.modules.onchain import service
from app.modules.onchain.addresses import Chain
from app.modules.onchain.labels import LabelFormat
from app.modules.onchain.schemas import (
    OnchainIngestAccepted,
    OnchainIngestRequest,
    OnchainLabelImportResult,
    OnchainLabelLookup,
    OnchainLabelPage,
    OnchainStatus,
)

router = module_router("onchain", prefix="/onchain")
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
    format_: Annotated[LabelFormat, Query(alias="format")],
    label: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")] = None,
    source: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")] = None,
) -> OnchainLabelImportResult:
    content = await request.body()
    return await service.import_label_file(session, content, format_, label, source)


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
