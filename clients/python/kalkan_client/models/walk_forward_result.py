from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walk_forward_result_mode import WalkForwardResultMode, check_walk_forward_result_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equity_curve import EquityCurve
    from ..models.param_stability import ParamStability
    from ..models.performance_metrics import PerformanceMetrics
    from ..models.walk_forward_fold import WalkForwardFold


T = TypeVar("T", bound="WalkForwardResult")


@_attrs_define
class WalkForwardResult:
    """
    Attributes:
        mode (WalkForwardResultMode):
        folds (list[WalkForwardFold]):
        out_of_sample (PerformanceMetrics): Equity-curve statistics; ratios are annualised with 365 days × bars per day.
        equity_curve (EquityCurve):
        walk_forward_efficiency (float | None): Annualised OOS return ÷ mean annualised IS return
        param_stability (list[ParamStability]):
        warnings (list[str] | Unset):
    """

    mode: WalkForwardResultMode
    folds: list[WalkForwardFold]
    out_of_sample: PerformanceMetrics
    equity_curve: EquityCurve
    walk_forward_efficiency: float | None
    param_stability: list[ParamStability]
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        folds = []
        for folds_item_data in self.folds:
            folds_item = folds_item_data.to_dict()
            folds.append(folds_item)

        out_of_sample = self.out_of_sample.to_dict()

        equity_curve = self.equity_curve.to_dict()

        walk_forward_efficiency: float | None
        walk_forward_efficiency = self.walk_forward_efficiency

        param_stability = []
        for param_stability_item_data in self.param_stability:
            param_stability_item = param_stability_item_data.to_dict()
            param_stability.append(param_stability_item)

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "folds": folds,
                "out_of_sample": out_of_sample,
                "equity_curve": equity_curve,
                "walk_forward_efficiency": walk_forward_efficiency,
                "param_stability": param_stability,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equity_curve import EquityCurve  # noqa: PLC0415
        from ..models.param_stability import ParamStability  # noqa: PLC0415
        from ..models.performance_metrics import PerformanceMetrics  # noqa: PLC0415
        from ..models.walk_forward_fold import WalkForwardFold  # noqa: PLC0415

        d = dict(src_dict)
        mode = check_walk_forward_result_mode(d.pop("mode"))

        folds = []
        _folds = d.pop("folds")
        for folds_item_data in _folds:
            folds_item = WalkForwardFold.from_dict(folds_item_data)

            folds.append(folds_item)

        out_of_sample = PerformanceMetrics.from_dict(d.pop("out_of_sample"))

        equity_curve = EquityCurve.from_dict(d.pop("equity_curve"))

        def _parse_walk_forward_efficiency(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        walk_forward_efficiency = _parse_walk_forward_efficiency(d.pop("walk_forward_efficiency"))

        param_stability = []
        _param_stability = d.pop("param_stability")
        for param_stability_item_data in _param_stability:
            param_stability_item = ParamStability.from_dict(param_stability_item_data)

            param_stability.append(param_stability_item)

        warnings = cast(list[str], d.pop("warnings", UNSET))

        walk_forward_result = cls(
            mode=mode,
            folds=folds,
            out_of_sample=out_of_sample,
            equity_curve=equity_curve,
            walk_forward_efficiency=walk_forward_efficiency,
            param_stability=param_stability,
            warnings=warnings,
        )

        walk_forward_result.additional_properties = d
        return walk_forward_result

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
