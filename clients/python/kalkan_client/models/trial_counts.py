from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrialCounts")


@_attrs_define
class TrialCounts:
    """
    Attributes:
        complete (int | Unset):  Default: 0.
        running (int | Unset):  Default: 0.
        pruned (int | Unset):  Default: 0.
        failed (int | Unset):  Default: 0.
        waiting (int | Unset):  Default: 0.
        infeasible (int | Unset): complete trials whose parameters were rejected Default: 0.
    """

    complete: int | Unset = 0
    running: int | Unset = 0
    pruned: int | Unset = 0
    failed: int | Unset = 0
    waiting: int | Unset = 0
    infeasible: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        running = self.running

        pruned = self.pruned

        failed = self.failed

        waiting = self.waiting

        infeasible = self.infeasible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complete is not UNSET:
            field_dict["complete"] = complete
        if running is not UNSET:
            field_dict["running"] = running
        if pruned is not UNSET:
            field_dict["pruned"] = pruned
        if failed is not UNSET:
            field_dict["failed"] = failed
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if infeasible is not UNSET:
            field_dict["infeasible"] = infeasible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complete = d.pop("complete", UNSET)

        running = d.pop("running", UNSET)

        pruned = d.pop("pruned", UNSET)

        failed = d.pop("failed", UNSET)

        waiting = d.pop("waiting", UNSET)

        infeasible = d.pop("infeasible", UNSET)

        trial_counts = cls(
            complete=complete,
            running=running,
            pruned=pruned,
            failed=failed,
            waiting=waiting,
            infeasible=infeasible,
        )

        trial_counts.additional_properties = d
        return trial_counts

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
