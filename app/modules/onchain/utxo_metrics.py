"""UTXO age distribution (HODL waves) from the stored output set.

An output is in the set at moment *at* when it was created at or before *at* and not spent by
then; its age is *at* minus its creation time. Bands follow Glassnode's HODL-wave bands so the
node and provider answers compare directly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.modules.onchain.models import OnchainUtxo
from app.modules.onchain.specs import OnchainUtxoBand

DAY = 1.0
# (Glassnode band name, lower bound in days); the upper bound is the next band's lower one.
BANDS: list[tuple[str, float]] = [
    ("24h", 0), ("1d_1w", 1), ("1w_1m", 7), ("1m_3m", 30), ("3m_6m", 90), ("6m_12m", 180),
    ("1y_2y", 365), ("2y_3y", 730), ("3y_5y", 1095), ("5y_7y", 1825), ("7y_10y", 2555),
    ("more_10y", 3650),
]  # fmt: skip


def band_bounds() -> list[tuple[str, float, float | None]]:
    return [
        (name, low, BANDS[i + 1][1] if i + 1 < len(BANDS) else None)
        for i, (name, low) in enumerate(BANDS)
    ]


async def hodl_waves(session: AsyncSession, at: datetime) -> list[OnchainUtxoBand]:
    created = col(OnchainUtxo.ts)
    # Index of the band: the first band (from the oldest down) whose lower bound the age reaches.
    whens = [
        (created <= at - timedelta(days=low), index)
        for index, (_, low) in reversed(list(enumerate(BANDS)))
        if low > 0
    ]
    band = case(*whens, else_=0)
    query = (
        select(band, func.count(), func.sum(OnchainUtxo.value_sats))
        .where(created <= at)
        .where(or_(col(OnchainUtxo.spent_ts).is_(None), col(OnchainUtxo.spent_ts) > at))
        .group_by(band)
    )
    totals = {int(i): (int(n), int(v or 0)) for i, n, v in (await session.execute(query)).all()}
    count_all = sum(n for n, _ in totals.values())
    value_all = sum(v for _, v in totals.values())
    result = []
    for index, (name, low, high) in enumerate(band_bounds()):
        count, value = totals.get(index, (0, 0))
        result.append(
            OnchainUtxoBand(
                band=name, min_age_days=low, max_age_days=high, count=count,
                value_btc=value / 1e8,
                share_count=count / count_all if count_all else None,
                share_value=value / value_all if value_all else None,
            )
        )  # fmt: skip
    return result
