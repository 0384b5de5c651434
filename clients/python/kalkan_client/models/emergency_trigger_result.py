from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.halt_info import HaltInfo


T = TypeVar("T", bound="EmergencyTriggerResult")


@_attrs_define
class EmergencyTriggerResult:
    """
    Attributes:
        halt (HaltInfo): One halt, engaged or (with ``released_at``) released.
        engaged (bool): False when this halt was already engaged (idempotent)
    """

    halt: HaltInfo
    engaged: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        halt = self.halt.to_dict()

        engaged = self.engaged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "halt": halt,
                "engaged": engaged,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.halt_info import HaltInfo  # noqa: PLC0415

        d = dict(src_dict)
        halt = HaltInfo.from_dict(d.pop("halt"))

        engaged = d.pop("engaged")

        emergency_trigger_result = cls(
            halt=halt,
            engaged=engaged,
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
