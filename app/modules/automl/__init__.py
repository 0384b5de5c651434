"""AutoML: Optuna studies (strategy parameters, signal models) in the application's database.

Signal models are searched over model families together with their hyperparameters
(``families``: logistic regression, random forest, histogram gradient boosting, LightGBM and a
torch MLP) on one purged, embargoed, time-ordered validation split (``splits``) — the job
auto-sklearn did, which no longer installs on current Python and scikit-learn.

Why Optuna rather than FLAML: the studies must live in the shared database so that several
``kalkan worker`` processes on several machines join one study, survive restarts, and are read
back by status / best_params / deploy; Optuna's RDB storage does exactly that, while FLAML keeps
its search state in the process that runs it. Optuna's define-by-run API also expresses the
conditional space (family → its own hyperparameters, MLP epochs reported for pruning) and keeps
the samplers (TPE, CMA-ES, NSGA-II for several objectives) and pruners the module already
offers. FLAML's cost-frugal search is good at cheap-first budgets; here a default configuration
of every family is enqueued first instead, so no family is starved by early random draws.
"""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from app.modules.automl.router import router


async def on_shutdown(app: FastAPI) -> None:
    """Close this process's Optuna storage (its connection pool) for the app's database."""
    from app.modules.automl.service import close_storage

    await asyncio.to_thread(close_storage, app.state.settings.database_url)


__all__ = ["on_shutdown", "router"]
