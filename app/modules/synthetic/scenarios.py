"""Named stress scenarios: historical crises replayed from the candles store, and tail
scenarios drawn from a trained model — all as relative OHLC paths (1.0 = the price when the
scenario starts), the form ``risk.stress_test`` replays over positions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.jobs import JobRunner
from app.core.principals import Principal
from app.modules.database.public import load_candles
from app.modules.synthetic import training
from app.modules.synthetic.errors import SyntheticInputError
from app.modules.synthetic.market import end_exclusive
from app.modules.synthetic.service import read_bundle, ready_model
from app.modules.synthetic.specs import SyntheticScenario


@dataclass(frozen=True)
class Crisis:
    name: str
    start: datetime
    end: datetime
    description: str


OHLC = ("open", "low", "high", "close")


def _utc(year: int, month: int, day: int, hour: int = 0) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


CRISES = (
    Crisis("nov_2018_capitulation", _utc(2018, 11, 14), _utc(2018, 11, 26),
           "BTC fell from ~6,300 to ~3,700 in two weeks (the bitcoin-cash hash war)"),
    Crisis("covid_crash_2020", _utc(2020, 3, 12), _utc(2020, 3, 13, 23),
           "Black Thursday: BTC halved within 36 hours as markets sold off on COVID-19"),
    Crisis("may_2021_crash", _utc(2021, 5, 19), _utc(2021, 5, 19, 23),
           "19 May 2021: about −30 % intraday on China's mining and trading curbs"),
    Crisis("luna_collapse_2022", _utc(2022, 5, 7), _utc(2022, 5, 13),
           "Terra/LUNA and UST collapsed, dragging the market down"),
    Crisis("ftx_collapse_2022", _utc(2022, 11, 6), _utc(2022, 11, 10),
           "FTX's insolvency and halted withdrawals"),
)  # fmt: skip


def _drawdown(close: np.ndarray) -> float:
    level = np.r_[1.0, close]
    return float((1 - level / np.maximum.accumulate(level)).max())


async def historical(
    session: AsyncSession, owner_id: int, exchange: str, symbol: str, timeframe: str
) -> list[SyntheticScenario]:
    """Every crisis the store holds at least two bars of (the owner's view of the store)."""
    out = []
    for crisis in CRISES:
        rows = await load_candles(
            session,
            exchange,
            symbol,
            timeframe,
            crisis.start,
            end_exclusive(crisis.end),
            user_id=owner_id,
        )
        if len(rows) < 2:
            continue
        start = rows[0].open
        rel = {k: [getattr(r, k) / start for r in rows] for k in OHLC}
        out.append(
            SyntheticScenario(
                name=crisis.name,
                kind="historical",
                symbol=symbol,
                description=crisis.description,
                bars=len(rows),
                **rel,
                worst_drawdown=_drawdown(np.array(rel["close"])),
                start=rows[0].ts,
                end=rows[-1].ts,
            )
        )
    return out


async def generated(
    session: AsyncSession,
    jobs: JobRunner,
    user: Principal,
    model_id: str,
    symbol: str,
    n: int,
    length: int,
    candidates: int,
    seed: int,
) -> list[SyntheticScenario]:
    row = await ready_model(session, user, model_id)
    if symbol not in row.data["symbols"]:
        raise SyntheticInputError(
            "query.symbol", f"model {model_id} was not trained on {symbol}", rule="model-symbols"
        )
    blob = read_bundle(row)
    request = {"n": n, "length": length, "candidates": candidates, "seed": seed}
    tails = await jobs.run_in_process(training.tail_scenarios, blob, request)
    path = tails["paths"][symbol]
    start = path["open"][:, :1]
    out = []
    for i in range(len(tails["drawdown"])):
        rel = {
            k: [float(v) for v in path[k][i] / start[i]] for k in ("open", "low", "high", "close")
        }
        out.append(
            SyntheticScenario(
                name=f"timegan_tail_{i + 1}",
                kind="generated",
                symbol=symbol,
                description=(
                    f"one of the {n} deepest-drawdown paths of {candidates} TimeGAN draws in "
                    "the bear_high_vol regime"
                ),
                bars=length,
                **rel,
                worst_drawdown=_drawdown(np.array(rel["close"])),
                model_id=model_id,
                probability=float(tails["probability"][i]),
                exceedance=float(tails["exceedance"][i]),
            )
        )
    return out
