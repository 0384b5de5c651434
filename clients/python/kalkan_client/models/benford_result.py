from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BenfordResult")


@_attrs_define
class BenfordResult:
    """``score = 1 - exp(-excess / 0.015)`` with ``excess = max(0, mad - null_mad)``: MAD beyond
    the sampling noise of ``n`` draws, scaled by Nigrini's nonconformity cut-off (an excess of
    0.015 scores 0.63).

        Attributes:
            n (int):
            counts (list[int]):
            observed (list[float]):
            expected (list[float]):
            chi2 (float | None):
            p_value (float | None):
            dof (int):
            mad (float | None):
            null_mad (float | None):
            conformity (str):
            score (float | None):
            min_n (int):
    """

    n: int
    counts: list[int]
    observed: list[float]
    expected: list[float]
    chi2: float | None
    p_value: float | None
    dof: int
    mad: float | None
    null_mad: float | None
    conformity: str
    score: float | None
    min_n: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        counts = self.counts

        observed = self.observed

        expected = self.expected

        chi2: float | None
        chi2 = self.chi2

        p_value: float | None
        p_value = self.p_value

        dof = self.dof

        mad: float | None
        mad = self.mad

        null_mad: float | None
        null_mad = self.null_mad

        conformity = self.conformity

        score: float | None
        score = self.score

        min_n = self.min_n

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "counts": counts,
                "observed": observed,
                "expected": expected,
                "chi2": chi2,
                "p_value": p_value,
                "dof": dof,
                "mad": mad,
                "null_mad": null_mad,
                "conformity": conformity,
                "score": score,
                "min_n": min_n,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        n = d.pop("n")

        counts = cast(list[int], d.pop("counts"))

        observed = cast(list[float], d.pop("observed"))

        expected = cast(list[float], d.pop("expected"))

        def _parse_chi2(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        chi2 = _parse_chi2(d.pop("chi2"))

        def _parse_p_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p_value = _parse_p_value(d.pop("p_value"))

        dof = d.pop("dof")

        def _parse_mad(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mad = _parse_mad(d.pop("mad"))

        def _parse_null_mad(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        null_mad = _parse_null_mad(d.pop("null_mad"))

        conformity = d.pop("conformity")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        min_n = d.pop("min_n")

        benford_result = cls(
            n=n,
            counts=counts,
            observed=observed,
            expected=expected,
            chi2=chi2,
            p_value=p_value,
            dof=dof,
            mad=mad,
            null_mad=null_mad,
            conformity=conformity,
            score=score,
            min_n=min_n,
        )

        benford_result.additional_properties = d
        return benford_result

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
