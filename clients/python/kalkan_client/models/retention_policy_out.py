from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retention_policy_out_mechanism import RetentionPolicyOutMechanism, check_retention_policy_out_mechanism
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetentionPolicyOut")


@_attrs_define
class RetentionPolicyOut:
    """
    Attributes:
        table (str):
        keep_days (int | None): null keeps forever
        mechanism (RetentionPolicyOutMechanism):
        scope (None | str | Unset): e.g. the timeframe for candles
    """

    table: str
    keep_days: int | None
    mechanism: RetentionPolicyOutMechanism
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table = self.table

        keep_days: int | None
        keep_days = self.keep_days

        mechanism: str = self.mechanism

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table": table,
                "keep_days": keep_days,
                "mechanism": mechanism,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table = d.pop("table")

        def _parse_keep_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        keep_days = _parse_keep_days(d.pop("keep_days"))

        mechanism = check_retention_policy_out_mechanism(d.pop("mechanism"))

        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        retention_policy_out = cls(
            table=table,
            keep_days=keep_days,
            mechanism=mechanism,
            scope=scope,
        )

        retention_policy_out.additional_properties = d
        return retention_policy_out

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
