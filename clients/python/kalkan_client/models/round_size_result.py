from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoundSizeResult")


@_attrs_define
class RoundSizeResult:
    """Share of trades at round sizes (one significant digit: 0.5, 2, 300 …) vs expectation.

    ``expected_share`` assumes a smooth log-uniform size distribution on the lot-size grid:
    within a decade ``[10^e, 10^(e+1))`` the grid has ``9*10^e/lot`` points of which 9 are
    round, weighted by the 1/x density → ``P(round) = lot / 10^e * H_9 / ln 10``. ``ratio``
    = observed / expected (> 1: clustering, typical of human order entry); ``z`` and
    ``p_value`` test observed = expected (normal approximation to the Poisson-binomial).

        Attributes:
            n (int):
            round_trades (int):
            round_share (float | None):
            expected_share (float | None):
            ratio (float | None):
            z (float | None):
            p_value (float | None):
            lot_size (float):
            score (float | None):
    """

    n: int
    round_trades: int
    round_share: float | None
    expected_share: float | None
    ratio: float | None
    z: float | None
    p_value: float | None
    lot_size: float
    score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        round_trades = self.round_trades

        round_share: float | None
        round_share = self.round_share

        expected_share: float | None
        expected_share = self.expected_share

        ratio: float | None
        ratio = self.ratio

        z: float | None
        z = self.z

        p_value: float | None
        p_value = self.p_value

        lot_size = self.lot_size

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "round_trades": round_trades,
                "round_share": round_share,
                "expected_share": expected_share,
                "ratio": ratio,
                "z": z,
                "p_value": p_value,
                "lot_size": lot_size,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n = d.pop("n")

        round_trades = d.pop("round_trades")

        def _parse_round_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        round_share = _parse_round_share(d.pop("round_share"))

        def _parse_expected_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expected_share = _parse_expected_share(d.pop("expected_share"))

        def _parse_ratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ratio = _parse_ratio(d.pop("ratio"))

        def _parse_z(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        z = _parse_z(d.pop("z"))

        def _parse_p_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p_value = _parse_p_value(d.pop("p_value"))

        lot_size = d.pop("lot_size")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        round_size_result = cls(
            n=n,
            round_trades=round_trades,
            round_share=round_share,
            expected_share=expected_share,
            ratio=ratio,
            z=z,
            p_value=p_value,
            lot_size=lot_size,
            score=score,
        )

        round_size_result.additional_properties = d
        return round_size_result

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
