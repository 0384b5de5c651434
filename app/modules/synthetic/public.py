"""What other modules may use from the synthetic module: stress scenarios as relative OHLC
paths (``SyntheticScenario``), for ``risk.stress_test``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.jobs import JobRunner
from app.core.principals import Principal
from app.modules.synthetic import scenarios
from app.modules.synthetic.specs import SyntheticScenario

__all__ = ["CRISIS_NAMES", "SyntheticScenario", "stress_scenarios"]

CRISIS_NAMES = tuple(c.name for c in scenarios.CRISES)


async def stress_scenarios(
    session: AsyncSession,
    jobs: JobRunner,
    user: Principal,
    exchange: str,
    symbol: str,
    timeframe: str = "1h",
    *,
    model_id: str | None = None,
    n_generated: int = 5,
    length: int = 48,
    candidates: int = 1_000,
    seed: int = 0,
) -> list[SyntheticScenario]:
    """The historical crises the store holds for ``symbol``, then (with ``model_id``, a model
    the user may see) the ``n_generated`` deepest-drawdown TimeGAN paths of ``candidates``
    draws in the crash regime, each with its probability under the model."""
    found = await scenarios.historical(session, user.user_id, exchange, symbol, timeframe)
    if model_id is not None:
        found += await scenarios.generated(
            session, jobs, user, model_id, symbol, n_generated, length, candidates, seed
        )
    return found
