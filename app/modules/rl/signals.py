"""Storing a prediction as a signal, through the database module's public surface."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.modules.database.public import save_signals
from app.modules.rl.errors import RLInputError
from app.modules.rl.schemas import RLPredictOut, RLPredictRequest

BOT_ID = "rl"


async def save_as_signal(
    session: AsyncSession, user_id: int, answer: RLPredictOut, body: RLPredictRequest
) -> int:
    symbol = answer.symbol
    if symbol is None:
        raise RLInputError("saving a signal from inline candles needs symbol", field="body.symbol")
    timeframe = body.data.timeframe if body.data is not None else None
    [saved] = await save_signals(
        session,
        user_id,
        [
            {
                "symbol": symbol,
                "side": answer.side,
                "price": answer.price,
                "confidence": answer.confidence,
                "stop_loss": answer.stop_loss,
                "leverage": answer.leverage,
                "timeframe": timeframe,
                "strategy": f"rl:{answer.model_id}",
                "bot_id": BOT_ID,
                "timestamp": answer.time,
                "metadata": {"action": answer.action, "target_exposure": answer.target_exposure},
            }
        ],
    )
    return saved.id
