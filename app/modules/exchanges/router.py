"""Multi-exchange aggregator endpoints (seed service 11)."""

from __future__ import annotations

from fastapi import Request
from pydantic import BaseModel

from app.core.deps import ReaderUser
from app.core.errors import problem_responses
from app.core.routing import module_router
from app.modules.exchanges.public import get_source

router = module_router("exchanges", responses=problem_responses(401, 429))


class ExchangeStatus(BaseModel):
    id: str
    status: str
    source: str
    consecutive_failures: int
    last_error: str | None
    reconnects: int


@router.get(
    "/exchanges/list",
    response_model=list[ExchangeStatus],
    summary="Supported exchanges with their health",
)
async def list_exchanges(request: Request, user: ReaderUser) -> list[ExchangeStatus]:
    source = get_source(request.app.state)
    health = source.health()
    result = []
    for exchange in source.exchanges:
        state = health.get(exchange)
        result.append(
            ExchangeStatus(
                id=exchange,
                status=str(state.state) if state else "unknown",
                source=source.source,
                consecutive_failures=state.consecutive_failures if state else 0,
                last_error=state.last_error if state else None,
                reconnects=state.reconnects if state else 0,
            )
        )
    return result
