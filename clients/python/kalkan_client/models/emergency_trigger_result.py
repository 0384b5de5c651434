from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emergency_hedge_result import EmergencyHedgeResult
    from ..models.emergency_liquidate_result import EmergencyLiquidateResult
    from ..models.halt_info import HaltInfo


T = TypeVar("T", bound="EmergencyTriggerResult")


@_attrs_define
class EmergencyTriggerResult:
    """
    Attributes:
        halt (HaltInfo): One halt, engaged or (with ``released_at``) released.
        engaged (bool): False when this halt was already engaged (idempotent)
        liquidation (EmergencyLiquidateResult | None | Unset):
        hedge (EmergencyHedgeResult | None | Unset):
    """

    halt: HaltInfo
    engaged: bool
    liquidation: EmergencyLiquidateResult | None | Unset = UNSET
    hedge: EmergencyHedgeResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency_hedge_result import EmergencyHedgeResult  # noqa: PLC0415
        from ..models.emergency_liquidate_result import EmergencyLiquidateResult  # noqa: PLC0415

        halt = self.halt.to_dict()

        engaged = self.engaged

        liquidation: dict[str, Any] | None | Unset
        if isinstance(self.liquidation, Unset):
            liquidation = UNSET
        elif isinstance(self.liquidation, EmergencyLiquidateResult):
            liquidation = self.liquidation.to_dict()
        else:
            liquidation = self.liquidation

        hedge: dict[str, Any] | None | Unset
        if isinstance(self.hedge, Unset):
            hedge = UNSET
        elif isinstance(self.hedge, EmergencyHedgeResult):
            hedge = self.hedge.to_dict()
        else:
            hedge = self.hedge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "halt": halt,
                "engaged": engaged,
            }
        )
        if liquidation is not UNSET:
            field_dict["liquidation"] = liquidation
        if hedge is not UNSET:
            field_dict["hedge"] = hedge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_hedge_result import EmergencyHedgeResult  # noqa: PLC0415
        from ..models.emergency_liquidate_result import EmergencyLiquidateResult  # noqa: PLC0415
        from ..models.halt_info import HaltInfo  # noqa: PLC0415

        d = dict(src_dict)
        halt = HaltInfo.from_dict(d.pop("halt"))

        engaged = d.pop("engaged")

        def _parse_liquidation(data: object) -> EmergencyLiquidateResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                liquidation_type_0 = EmergencyLiquidateResult.from_dict(data)

                return liquidation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyLiquidateResult | None | Unset, data)

        liquidation = _parse_liquidation(d.pop("liquidation", UNSET))

        def _parse_hedge(data: object) -> EmergencyHedgeResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hedge_type_0 = EmergencyHedgeResult.from_dict(data)

                return hedge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyHedgeResult | None | Unset, data)

        hedge = _parse_hedge(d.pop("hedge", UNSET))

        emergency_trigger_result = cls(
            halt=halt,
            engaged=engaged,
            liquidation=liquidation,
            hedge=hedge,
        )

        emergency_trigger_result.additional_properties = d
        return emergency_trigger_result

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
