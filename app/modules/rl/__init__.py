"""RL bot: a gymnasium trading env over stored candles, SB3 agents (DQN, PPO, A2C) trained in
worker processes, a model registry, predictions gated by the white-hat rules, evaluation."""

from __future__ import annotations

from fastapi import FastAPI

from app.modules.rl.router import MAX_UPLOAD_BYTES, router


async def on_startup(app: FastAPI) -> None:
    """SB3 zips may exceed the default body limit: allow the upload route 64 MiB."""
    from app.core.limits import body_limits

    prefix = app.state.settings.api_prefix
    body_limits(app).override(f"{prefix}/rl/load_model", MAX_UPLOAD_BYTES + 64 * 1024)


__all__ = ["on_startup", "router"]
