from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ranked_params_metrics import RankedParamsMetrics
    from ..models.ranked_params_params import RankedParamsParams


T = TypeVar("T", bound="RankedParams")


@_attrs_define
class RankedParams:
    """
    Attributes:
        params (RankedParamsParams):
        score (float | None):
        feasible (bool):
        metrics (RankedParamsMetrics):
    """

    params: RankedParamsParams
    score: float | None
    feasible: bool
    metrics: RankedParamsMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        params = self.params.to_dict()

        score: float | None
        score = self.score

        feasible = self.feasible

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "params": params,
                "score": score,
                "feasible": feasible,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ranked_params_metrics import RankedParamsMetrics  # noqa: PLC0415
        from ..models.ranked_params_params import RankedParamsParams  # noqa: PLC0415

        d = dict(src_dict)
        params = RankedParamsParams.from_dict(d.pop("params"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        feasible = d.pop("feasible")

        metrics = RankedParamsMetrics.from_dict(d.pop("metrics"))

        ranked_params = cls(
            params=params,
            score=score,
            feasible=feasible,
            metrics=metrics,
        )

        ranked_params.additional_properties = d
        return ranked_params

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
