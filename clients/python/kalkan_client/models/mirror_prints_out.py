from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MirrorPrintsOut")


@_attrs_define
class MirrorPrintsOut:
    """
    Attributes:
        n (int):
        pairs (int):
        trades_in_pairs (int):
        share_of_trades (float | None):
        share_of_volume (float | None):
        window_ms (float):
        examples (list[list[float]]): [first ts, second ts, price, qty]
        score (float | None):
    """

    n: int
    pairs: int
    trades_in_pairs: int
    share_of_trades: float | None
    share_of_volume: float | None
    window_ms: float
    examples: list[list[float]]
    score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        pairs = self.pairs

        trades_in_pairs = self.trades_in_pairs

        share_of_trades: float | None
        share_of_trades = self.share_of_trades

        share_of_volume: float | None
        share_of_volume = self.share_of_volume

        window_ms = self.window_ms

        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data

            examples.append(examples_item)

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "pairs": pairs,
                "trades_in_pairs": trades_in_pairs,
                "share_of_trades": share_of_trades,
                "share_of_volume": share_of_volume,
                "window_ms": window_ms,
                "examples": examples,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n = d.pop("n")

        pairs = d.pop("pairs")

        trades_in_pairs = d.pop("trades_in_pairs")

        def _parse_share_of_trades(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share_of_trades = _parse_share_of_trades(d.pop("share_of_trades"))

        def _parse_share_of_volume(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        share_of_volume = _parse_share_of_volume(d.pop("share_of_volume"))

        window_ms = d.pop("window_ms")

        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = cast(list[float], examples_item_data)

            examples.append(examples_item)

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        mirror_prints_out = cls(
            n=n,
            pairs=pairs,
            trades_in_pairs=trades_in_pairs,
            share_of_trades=share_of_trades,
            share_of_volume=share_of_volume,
            window_ms=window_ms,
            examples=examples,
            score=score,
        )

        mirror_prints_out.additional_properties = d
        return mirror_prints_out

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
