from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.param_schema import ParamSchema
    from ..models.strategy_target_fixed_params import StrategyTargetFixedParams


T = TypeVar("T", bound="StrategyTarget")


@_attrs_define
class StrategyTarget:
    """
    Attributes:
        strategy (str):
        params (list[ParamSchema] | Unset): Search space; empty = take it from the backtest module's list_strategies()
        fixed_params (StrategyTargetFixedParams | Unset): Parameters passed to every evaluation unchanged
        walk_forward_folds (int | Unset): 0 = one evaluation over the whole window; k >= 2 = mean over k consecutive
            out-of-sample folds (each fold reported as an intermediate value, so folds can prune) Default: 0.
    """

    strategy: str
    params: list[ParamSchema] | Unset = UNSET
    fixed_params: StrategyTargetFixedParams | Unset = UNSET
    walk_forward_folds: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        fixed_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_params, Unset):
            fixed_params = self.fixed_params.to_dict()

        walk_forward_folds = self.walk_forward_folds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if fixed_params is not UNSET:
            field_dict["fixed_params"] = fixed_params
        if walk_forward_folds is not UNSET:
            field_dict["walk_forward_folds"] = walk_forward_folds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.param_schema import ParamSchema  # noqa: PLC0415
        from ..models.strategy_target_fixed_params import StrategyTargetFixedParams  # noqa: PLC0415

        d = dict(src_dict)
        strategy = d.pop("strategy")

        _params = d.pop("params", UNSET)
        params: list[ParamSchema] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = ParamSchema.from_dict(params_item_data)

                params.append(params_item)

        _fixed_params = d.pop("fixed_params", UNSET)
        fixed_params: StrategyTargetFixedParams | Unset
        if isinstance(_fixed_params, Unset):
            fixed_params = UNSET
        else:
            fixed_params = StrategyTargetFixedParams.from_dict(_fixed_params)

        walk_forward_folds = d.pop("walk_forward_folds", UNSET)

        strategy_target = cls(
            strategy=strategy,
            params=params,
            fixed_params=fixed_params,
            walk_forward_folds=walk_forward_folds,
        )

        strategy_target.additional_properties = d
        return strategy_target

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
