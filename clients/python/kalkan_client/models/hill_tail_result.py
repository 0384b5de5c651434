from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HillTailResult")


@_attrs_define
class HillTailResult:
    """Hill estimator ``alpha = 1 / mean(ln(x_(i) / x_(k+1)))`` over the top ``k`` sizes.

    ``alpha`` is ``None`` when the top sizes are all equal (a degenerate, heavily suspicious
    tail) or there are too few trades.

        Attributes:
            n (int):
            k (int):
            alpha (float | None):
            std_error (float | None):
            threshold (float | None):
            in_pareto_levy_range (bool | None):
            score (float | None):
    """

    n: int
    k: int
    alpha: float | None
    std_error: float | None
    threshold: float | None
    in_pareto_levy_range: bool | None
    score: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        k = self.k

        alpha: float | None
        alpha = self.alpha

        std_error: float | None
        std_error = self.std_error

        threshold: float | None
        threshold = self.threshold

        in_pareto_levy_range: bool | None
        in_pareto_levy_range = self.in_pareto_levy_range

        score: float | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "k": k,
                "alpha": alpha,
                "std_error": std_error,
                "threshold": threshold,
                "in_pareto_levy_range": in_pareto_levy_range,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n = d.pop("n")

        k = d.pop("k")

        def _parse_alpha(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        alpha = _parse_alpha(d.pop("alpha"))

        def _parse_std_error(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        std_error = _parse_std_error(d.pop("std_error"))

        def _parse_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        threshold = _parse_threshold(d.pop("threshold"))

        def _parse_in_pareto_levy_range(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        in_pareto_levy_range = _parse_in_pareto_levy_range(d.pop("in_pareto_levy_range"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        hill_tail_result = cls(
            n=n,
            k=k,
            alpha=alpha,
            std_error=std_error,
            threshold=threshold,
            in_pareto_levy_range=in_pareto_levy_range,
            score=score,
        )

        hill_tail_result.additional_properties = d
        return hill_tail_result

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
