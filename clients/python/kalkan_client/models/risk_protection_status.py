from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.risk_protection_rules_in import RiskProtectionRulesIn
    from ..models.risk_protection_trip_out import RiskProtectionTripOut


T = TypeVar("T", bound="RiskProtectionStatus")


@_attrs_define
class RiskProtectionStatus:
    """
    Attributes:
        rules (RiskProtectionRulesIn):
        active (None | RiskProtectionTripOut):
    """

    rules: RiskProtectionRulesIn
    active: None | RiskProtectionTripOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_protection_trip_out import RiskProtectionTripOut  # noqa: PLC0415

        rules = self.rules.to_dict()

        active: dict[str, Any] | None
        if isinstance(self.active, RiskProtectionTripOut):
            active = self.active.to_dict()
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
                "active": active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_protection_rules_in import RiskProtectionRulesIn  # noqa: PLC0415
        from ..models.risk_protection_trip_out import RiskProtectionTripOut  # noqa: PLC0415

        d = dict(src_dict)
        rules = RiskProtectionRulesIn.from_dict(d.pop("rules"))

        def _parse_active(data: object) -> None | RiskProtectionTripOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                active_type_0 = RiskProtectionTripOut.from_dict(data)

                return active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskProtectionTripOut, data)

        active = _parse_active(d.pop("active"))

        risk_protection_status = cls(
            rules=rules,
            active=active,
        )

        risk_protection_status.additional_properties = d
        return risk_protection_status

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
