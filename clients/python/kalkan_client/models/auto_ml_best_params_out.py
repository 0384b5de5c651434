from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_ml_best_params_out_best_family_type_0 import (
    AutoMLBestParamsOutBestFamilyType0,
    check_auto_ml_best_params_out_best_family_type_0,
)
from ..models.auto_ml_best_params_out_directions_item import (
    AutoMLBestParamsOutDirectionsItem,
    check_auto_ml_best_params_out_directions_item,
)
from ..models.auto_ml_best_params_out_target import AutoMLBestParamsOutTarget, check_auto_ml_best_params_out_target
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ml_best_params_out_best_params_type_0 import AutoMLBestParamsOutBestParamsType0
    from ..models.trial_result import TrialResult


T = TypeVar("T", bound="AutoMLBestParamsOut")


@_attrs_define
class AutoMLBestParamsOut:
    """
    Attributes:
        study_id (str):
        target (AutoMLBestParamsOutTarget):
        objectives (list[str]):
        directions (list[AutoMLBestParamsOutDirectionsItem]):
        multi_objective (bool):
        trials (list[TrialResult]): the best trial, or the Pareto set (no member dominates another)
        best_params (AutoMLBestParamsOutBestParamsType0 | None): Single objective: the best trial's parameters (signal
            models: with 'family', the winning model family); null without completed trials or with several objectives (see
            trials, the Pareto set)
        best_family (AutoMLBestParamsOutBestFamilyType0 | None | Unset): signal_model, single objective: the best
            trial's family
    """

    study_id: str
    target: AutoMLBestParamsOutTarget
    objectives: list[str]
    directions: list[AutoMLBestParamsOutDirectionsItem]
    multi_objective: bool
    trials: list[TrialResult]
    best_params: AutoMLBestParamsOutBestParamsType0 | None
    best_family: AutoMLBestParamsOutBestFamilyType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_ml_best_params_out_best_params_type_0 import AutoMLBestParamsOutBestParamsType0  # noqa: PLC0415

        study_id = self.study_id

        target: str = self.target

        objectives = self.objectives

        directions = []
        for directions_item_data in self.directions:
            directions_item: str = directions_item_data
            directions.append(directions_item)

        multi_objective = self.multi_objective

        trials = []
        for trials_item_data in self.trials:
            trials_item = trials_item_data.to_dict()
            trials.append(trials_item)

        best_params: dict[str, Any] | None
        if isinstance(self.best_params, AutoMLBestParamsOutBestParamsType0):
            best_params = self.best_params.to_dict()
        else:
            best_params = self.best_params

        best_family: None | str | Unset
        if isinstance(self.best_family, Unset):
            best_family = UNSET
        elif isinstance(self.best_family, str):
            best_family = self.best_family
        else:
            best_family = self.best_family

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_id": study_id,
                "target": target,
                "objectives": objectives,
                "directions": directions,
                "multi_objective": multi_objective,
                "trials": trials,
                "best_params": best_params,
            }
        )
        if best_family is not UNSET:
            field_dict["best_family"] = best_family

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_best_params_out_best_params_type_0 import AutoMLBestParamsOutBestParamsType0  # noqa: PLC0415
        from ..models.trial_result import TrialResult  # noqa: PLC0415

        d = dict(src_dict)
        study_id = d.pop("study_id")

        target = check_auto_ml_best_params_out_target(d.pop("target"))

        objectives = cast(list[str], d.pop("objectives"))

        directions = []
        _directions = d.pop("directions")
        for directions_item_data in _directions:
            directions_item = check_auto_ml_best_params_out_directions_item(directions_item_data)

            directions.append(directions_item)

        multi_objective = d.pop("multi_objective")

        trials = []
        _trials = d.pop("trials")
        for trials_item_data in _trials:
            trials_item = TrialResult.from_dict(trials_item_data)

            trials.append(trials_item)

        def _parse_best_params(data: object) -> AutoMLBestParamsOutBestParamsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                best_params_type_0 = AutoMLBestParamsOutBestParamsType0.from_dict(data)

                return best_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLBestParamsOutBestParamsType0 | None, data)

        best_params = _parse_best_params(d.pop("best_params"))

        def _parse_best_family(data: object) -> AutoMLBestParamsOutBestFamilyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                best_family_type_0 = check_auto_ml_best_params_out_best_family_type_0(data)

                return best_family_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoMLBestParamsOutBestFamilyType0 | None | Unset, data)

        best_family = _parse_best_family(d.pop("best_family", UNSET))

        auto_ml_best_params_out = cls(
            study_id=study_id,
            target=target,
            objectives=objectives,
            directions=directions,
            multi_objective=multi_objective,
            trials=trials,
            best_params=best_params,
            best_family=best_family,
        )

        auto_ml_best_params_out.additional_properties = d
        return auto_ml_best_params_out

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
