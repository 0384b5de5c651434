from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wash_out_source import WashOutSource, check_wash_out_source

if TYPE_CHECKING:
    from ..models.benford_result import BenfordResult
    from ..models.hill_tail_result import HillTailResult
    from ..models.mirror_prints_result import MirrorPrintsResult
    from ..models.round_size_result import RoundSizeResult
    from ..models.wash_out_scores import WashOutScores


T = TypeVar("T", bound="WashOut")


@_attrs_define
class WashOut:
    """
    Attributes:
        exchange (None | str):
        symbol (None | str):
        source (WashOutSource):
        n (int):
        first_trade_at (datetime.datetime | None):
        last_trade_at (datetime.datetime | None):
        suspicion (float | None): Mean of the indicator scores; not a verdict
        scores (WashOutScores):
        benford (BenfordResult): ``score = 1 - exp(-excess / 0.015)`` with ``excess = max(0, mad - null_mad)``: MAD
            beyond
            the sampling noise of ``n`` draws, scaled by Nigrini's nonconformity cut-off (an excess of
            0.015 scores 0.63).
        round_sizes (RoundSizeResult): Share of trades at round sizes (one significant digit: 0.5, 2, 300 …) vs
            expectation.

            ``expected_share`` assumes a smooth log-uniform size distribution on the lot-size grid:
            within a decade ``[10^e, 10^(e+1))`` the grid has ``9*10^e/lot`` points of which 9 are
            round, weighted by the 1/x density → ``P(round) = lot / 10^e * H_9 / ln 10``. ``ratio``
            = observed / expected (> 1: clustering, typical of human order entry); ``z`` and
            ``p_value`` test observed = expected (normal approximation to the Poisson-binomial).
        tail (HillTailResult): Hill estimator ``alpha = 1 / mean(ln(x_(i) / x_(k+1)))`` over the top ``k`` sizes.

            ``alpha`` is ``None`` when the top sizes are all equal (a degenerate, heavily suspicious
            tail) or there are too few trades.
        mirror_prints (MirrorPrintsResult): Pairs of trades with the same price and size on opposite sides within
            ``window_ms``.

            Each trade is used in at most one pair (greedy, oldest first). Trades with an unknown side
            pair with either side.
    """

    exchange: None | str
    symbol: None | str
    source: WashOutSource
    n: int
    first_trade_at: datetime.datetime | None
    last_trade_at: datetime.datetime | None
    suspicion: float | None
    scores: WashOutScores
    benford: BenfordResult
    round_sizes: RoundSizeResult
    tail: HillTailResult
    mirror_prints: MirrorPrintsResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange: None | str
        exchange = self.exchange

        symbol: None | str
        symbol = self.symbol

        source: str = self.source

        n = self.n

        first_trade_at: None | str
        if isinstance(self.first_trade_at, datetime.datetime):
            first_trade_at = self.first_trade_at.isoformat()
        else:
            first_trade_at = self.first_trade_at

        last_trade_at: None | str
        if isinstance(self.last_trade_at, datetime.datetime):
            last_trade_at = self.last_trade_at.isoformat()
        else:
            last_trade_at = self.last_trade_at

        suspicion: float | None
        suspicion = self.suspicion

        scores = self.scores.to_dict()

        benford = self.benford.to_dict()

        round_sizes = self.round_sizes.to_dict()

        tail = self.tail.to_dict()

        mirror_prints = self.mirror_prints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "source": source,
                "n": n,
                "first_trade_at": first_trade_at,
                "last_trade_at": last_trade_at,
                "suspicion": suspicion,
                "scores": scores,
                "benford": benford,
                "round_sizes": round_sizes,
                "tail": tail,
                "mirror_prints": mirror_prints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.benford_result import BenfordResult  # noqa: PLC0415
        from ..models.hill_tail_result import HillTailResult  # noqa: PLC0415
        from ..models.mirror_prints_result import MirrorPrintsResult  # noqa: PLC0415
        from ..models.round_size_result import RoundSizeResult  # noqa: PLC0415
        from ..models.wash_out_scores import WashOutScores  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_exchange(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        exchange = _parse_exchange(d.pop("exchange"))

        def _parse_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        symbol = _parse_symbol(d.pop("symbol"))

        source = check_wash_out_source(d.pop("source"))

        n = d.pop("n")

        def _parse_first_trade_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_trade_at_type_0 = datetime.datetime.fromisoformat(data)

                return first_trade_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_trade_at = _parse_first_trade_at(d.pop("first_trade_at"))

        def _parse_last_trade_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_trade_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_trade_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_trade_at = _parse_last_trade_at(d.pop("last_trade_at"))

        def _parse_suspicion(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        suspicion = _parse_suspicion(d.pop("suspicion"))

        scores = WashOutScores.from_dict(d.pop("scores"))

        benford = BenfordResult.from_dict(d.pop("benford"))

        round_sizes = RoundSizeResult.from_dict(d.pop("round_sizes"))

        tail = HillTailResult.from_dict(d.pop("tail"))

        mirror_prints = MirrorPrintsResult.from_dict(d.pop("mirror_prints"))

        wash_out = cls(
            exchange=exchange,
            symbol=symbol,
            source=source,
            n=n,
            first_trade_at=first_trade_at,
            last_trade_at=last_trade_at,
            suspicion=suspicion,
            scores=scores,
            benford=benford,
            round_sizes=round_sizes,
            tail=tail,
            mirror_prints=mirror_prints,
        )

        wash_out.additional_properties = d
        return wash_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
