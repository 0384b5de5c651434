from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_member_family_type_0 import DeploymentMemberFamilyType0, check_deployment_member_family_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_member_metrics import DeploymentMemberMetrics
    from ..models.deployment_member_params import DeploymentMemberParams
    from ..models.deployment_member_reproduced_metrics_type_0 import DeploymentMemberReproducedMetricsType0


T = TypeVar("T", bound="DeploymentMember")


@_attrs_define
class DeploymentMember:
    """
    Attributes:
        trial_number (int):
        params (DeploymentMemberParams):
        values (list[float]):
        metrics (DeploymentMemberMetrics | Unset):
        reproduced_metrics (DeploymentMemberReproducedMetricsType0 | None | Unset): signal_model: validation metrics of
            the retrained deployed weights
        family (DeploymentMemberFamilyType0 | None | Unset): signal_model: the member's model family
        weight (float | None | Unset): signal_model: the member's ensemble weight (fitted on the validation predictions,
            or equal)
    """

    trial_number: int
    params: DeploymentMemberParams
    values: list[float]
    metrics: DeploymentMemberMetrics | Unset = UNSET
    reproduced_metrics: DeploymentMemberReproducedMetricsType0 | None | Unset = UNSET
    family: DeploymentMemberFamilyType0 | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deployment_member_reproduced_metrics_type_0 import DeploymentMemberReproducedMetricsType0  # noqa: PLC0415

        trial_number = self.trial_number

        params = self.params.to_dict()

        values = self.values

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        reproduced_metrics: dict[str, Any] | None | Unset
        if isinstance(self.reproduced_metrics, Unset):
            reproduced_metrics = UNSET
        elif isinstance(self.reproduced_metrics, DeploymentMemberReproducedMetricsType0):
            reproduced_metrics = self.reproduced_metrics.to_dict()
        else:
            reproduced_metrics = self.reproduced_metrics

        family: None | str | Unset
        if isinstance(self.family, Unset):
            family = UNSET
        elif isinstance(self.family, str):
            family = self.family
        else:
            family = self.family

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trial_number": trial_number,
                "params": params,
                "values": values,
            }
        )
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if reproduced_metrics is not UNSET:
            field_dict["reproduced_metrics"] = reproduced_metrics
        if family is not UNSET:
            field_dict["family"] = family
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_member_metrics import DeploymentMemberMetrics  # noqa: PLC0415
        from ..models.deployment_member_params import DeploymentMemberParams  # noqa: PLC0415
        from ..models.deployment_member_reproduced_metrics_type_0 import DeploymentMemberReproducedMetricsType0  # noqa: PLC0415

        d = dict(src_dict)
        trial_number = d.pop("trial_number")

        params = DeploymentMemberParams.from_dict(d.pop("params"))

        values = cast(list[float], d.pop("values"))

        _metrics = d.pop("metrics", UNSET)
        metrics: DeploymentMemberMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = DeploymentMemberMetrics.from_dict(_metrics)

        def _parse_reproduced_metrics(data: object) -> DeploymentMemberReproducedMetricsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reproduced_metrics_type_0 = DeploymentMemberReproducedMetricsType0.from_dict(data)

                return reproduced_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentMemberReproducedMetricsType0 | None | Unset, data)

        reproduced_metrics = _parse_reproduced_metrics(d.pop("reproduced_metrics", UNSET))

        def _parse_family(data: object) -> DeploymentMemberFamilyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                family_type_0 = check_deployment_member_family_type_0(data)

                return family_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeploymentMemberFamilyType0 | None | Unset, data)

        family = _parse_family(d.pop("family", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        deployment_member = cls(
            trial_number=trial_number,
            params=params,
            values=values,
            metrics=metrics,
            reproduced_metrics=reproduced_metrics,
            family=family,
            weight=weight,
        )

        deployment_member.additional_properties = d
        return deployment_member

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
