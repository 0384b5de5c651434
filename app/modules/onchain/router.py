"""On-chain endpoints (seed service 12): labels, ingestion, flows, UTXO ages, miners, whales."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request

from app.core.deps import AdminUser, CurrentUser, SessionDep
from app.core.errors import problem_responses
from app.core.pagination import PageParams
from app.core.routing import module_router
from app.modules.onchain import service
from app.modules.onchain.addresses import Chain
from app.modules.onchain.labels import LabelFormat
from app.modules.onchain.schemas import (
    OnchainLabelImportResult,
    OnchainLabelLookup,
    OnchainLabelPage,
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
