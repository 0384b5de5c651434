from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MirrorPrintsResult")


@_attrs_define
class MirrorPrintsResult:
    """Pairs of trades with the same price and size on opposite sides within ``window_ms``.

    Each trade is used in at most one pair (greedy, oldest first). Trades with an unknown side
    pair with either side.

        Attributes:
            n (int):
            pairs (int):
            trades_in_pairs (int):
            share_of_trades (float | None):
            share_of_volume (float | None):
            window_ms (float):
            examples (list[list[float]] | Unset):
            score (float | None | Unset):
    """

    n: int
    pairs: int
    trades_in_pairs: int
    share_of_trades: float | None
    share_of_volume: float | None
    window_ms: float
    examples: list[list[float]] | Unset = UNSET
    score: float | None | Unset = UNSET
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

        examples: list[list[float]] | Unset = UNSET
        if not isinstance(self.examples, Unset):
            examples = []
            for examples_item_data in self.examples:
                examples_item = []
                for examples_item_item_data in examples_item_data:
                    examples_item_item: float
                    examples_item_item = examples_item_item_data
                    examples_item.append(examples_item_item)

                examples.append(examples_item)

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
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
            }
        )
        if examples is not UNSET:
            field_dict["examples"] = examples
        if score is not UNSET:
            field_dict["score"] = score

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

        _examples = d.pop("examples", UNSET)
        examples: list[list[float]] | Unset = UNSET
        if _examples is not UNSET:
            examples = []
            for examples_item_data in _examples:
                examples_item = []
                _examples_item = examples_item_data
                for examples_item_item_data in _examples_item:

                    def _parse_examples_item_item(data: object) -> float:
                        return cast(float, data)

                    examples_item_item = _parse_examples_item_item(examples_item_item_data)

                    examples_item.append(examples_item_item)

                examples.append(examples_item)

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        mirror_prints_result = cls(
            n=n,
            pairs=pairs,
            trades_in_pairs=trades_in_pairs,
            share_of_trades=share_of_trades,
            share_of_volume=share_of_volume,
            window_ms=window_ms,
            examples=examples,
            score=score,
        )

        mirror_prints_result.additional_properties = d
        return mirror_prints_result

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
