from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wash_out_source import WashOutSource, check_wash_out_source

if TYPE_CHECKING:
    from ..models.benford_out import BenfordOut
    from ..models.mirror_prints_out import MirrorPrintsOut
    from ..models.round_size_out import RoundSizeOut
    from ..models.tail_out import TailOut
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
        benford (BenfordOut):
        round_sizes (RoundSizeOut):
        tail (TailOut):
        mirror_prints (MirrorPrintsOut):
    """

    exchange: None | str
    symbol: None | str
    source: WashOutSource
    n: int
    first_trade_at: datetime.datetime | None
    last_trade_at: datetime.datetime | None
    suspicion: float | None
    scores: WashOutScores
    benford: BenfordOut
    round_sizes: RoundSizeOut
    tail: TailOut
    mirror_prints: MirrorPrintsOut
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
        from ..models.benford_out import BenfordOut  # noqa: PLC0415
        from ..models.mirror_prints_out import MirrorPrintsOut  # noqa: PLC0415
        from ..models.round_size_out import RoundSizeOut  # noqa: PLC0415
        from ..models.tail_out import TailOut  # noqa: PLC0415
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

        benford = BenfordOut.from_dict(d.pop("benford"))

        round_sizes = RoundSizeOut.from_dict(d.pop("round_sizes"))

        tail = TailOut.from_dict(d.pop("tail"))

        mirror_prints = MirrorPrintsOut.from_dict(d.pop("mirror_prints"))

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
