"""Backtesting: strategies, vectorbt simulation, metrics, Monte Carlo, walk-forward, tuning."""

from __future__ import annotations

import logging
import threading

from fastapi import FastAPI

from app.modules.backtest.router import router

log = logging.getLogger("kalkan.backtest")
WARMUP_DELAY_SECONDS = 1.0


def _warmup() -> None:
    try:
        from app.modules.backtest.pipeline import warmup

        warmup()
        log.info("backtest kernels ready")
    except Exception:  # a failed warm-up only costs the first backtest its compile time
        log.exception("backtest warm-up failed")


async def on_startup(app: FastAPI) -> None:
    """With ``APP_BACKTEST_WARMUP``, compile (or load from the numba cache) the simulation
    kernels in a background thread, so the first backtest does not pay for it; start-up never
    waits for it. Off by default: it keeps vectorbt resident (~300 MB) in an idle process. Only
    where jobs run in this process, and never in tests."""
    settings = app.state.settings
    in_process = settings.job_backend == "inprocess"
    if not settings.backtest_warmup or settings.env == "test" or not in_process:
        return
    timer = threading.Timer(WARMUP_DELAY_SECONDS, _warmup)  # after start-up has finished
    timer.name, timer.daemon = "backtest-warmup", True
    timer.start()


__all__ = ["on_startup", "router"]
