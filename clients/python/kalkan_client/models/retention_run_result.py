from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.retention_run_result_deleted import RetentionRunResultDeleted


T = TypeVar("T", bound="RetentionRunResult")


@_attrs_define
class RetentionRunResult:
    """
    Attributes:
        deleted (RetentionRunResultDeleted):
        dropped_partitions (list[str]):
    """

    deleted: RetentionRunResultDeleted
    dropped_partitions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted.to_dict()

        dropped_partitions = self.dropped_partitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "dropped_partitions": dropped_partitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retention_run_result_deleted import RetentionRunResultDeleted  # noqa: PLC0415

        d = dict(src_dict)
        deleted = RetentionRunResultDeleted.from_dict(d.pop("deleted"))

        dropped_partitions = cast(list[str], d.pop("dropped_partitions"))

        retention_run_result = cls(
            deleted=deleted,
            dropped_partitions=dropped_partitions,
        )

        retention_run_result.additional_properties = d
        return retention_run_result

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
