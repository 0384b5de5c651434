from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.auto_ml_deploy_request_weighting import (
    AutoMLDeployRequestWeighting,
    check_auto_ml_deploy_request_weighting,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoMLDeployRequest")


@_attrs_define
class AutoMLDeployRequest:
    """
    Attributes:
        study_id (str):
        name (str):
        trial_numbers (list[int] | None | Unset): Trials to deploy (an ensemble)
        top_k (int | None | Unset): Deploy the k best trials (default: the best)
        weighting (AutoMLDeployRequestWeighting | Unset): signal_model ensembles: member weights fitted on the
            validation predictions (minimum log loss on the simplex), or equal Default: 'fitted'.
    """

    study_id: str
    name: str
    trial_numbers: list[int] | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    weighting: AutoMLDeployRequestWeighting | Unset = "fitted"

    def to_dict(self) -> dict[str, Any]:
        study_id = self.study_id

        name = self.name

        trial_numbers: list[int] | None | Unset
        if isinstance(self.trial_numbers, Unset):
            trial_numbers = UNSET
        elif isinstance(self.trial_numbers, list):
            trial_numbers = self.trial_numbers

        else:
            trial_numbers = self.trial_numbers

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        weighting: str | Unset = UNSET
        if not isinstance(self.weighting, Unset):
            weighting = self.weighting

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "study_id": study_id,
                "name": name,
            }
        )
        if trial_numbers is not UNSET:
            field_dict["trial_numbers"] = trial_numbers
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if weighting is not UNSET:
            field_dict["weighting"] = weighting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        study_id = d.pop("study_id")

        name = d.pop("name")

        def _parse_trial_numbers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trial_numbers_type_0 = cast(list[int], data)

                return trial_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        trial_numbers = _parse_trial_numbers(d.pop("trial_numbers", UNSET))

        def _parse_top_k(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_k = _parse_top_k(d.pop("top_k", UNSET))

        _weighting = d.pop("weighting", UNSET)
        weighting: AutoMLDeployRequestWeighting | Unset
        if isinstance(_weighting, Unset):
            weighting = UNSET
        else:
            weighting = check_auto_ml_deploy_request_weighting(_weighting)

        auto_ml_deploy_request = cls(
            study_id=study_id,
            name=name,
            trial_numbers=trial_numbers,
            top_k=top_k,
            weighting=weighting,
        )

        return auto_ml_deploy_request
