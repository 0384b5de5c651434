from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioPositionUpdate")


@_attrs_define
class PortfolioPositionUpdate:
    """
    Attributes:
        stop_loss (float | None | Unset): New stop; stays on the losing side of the mark
        take_profit (float | None | Unset): New take-profit; null with clear_take_profit
        clear_take_profit (bool | Unset):  Default: False.
    """

    stop_loss: float | None | Unset = UNSET
    take_profit: float | None | Unset = UNSET
    clear_take_profit: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_loss: float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        take_profit: float | None | Unset
        if isinstance(self.take_profit, Unset):
            take_profit = UNSET
        else:
            take_profit = self.take_profit

        clear_take_profit = self.clear_take_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if take_profit is not UNSET:
            field_dict["take_profit"] = take_profit
        if clear_take_profit is not UNSET:
            field_dict["clear_take_profit"] = clear_take_profit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_stop_loss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        def _parse_take_profit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        take_profit = _parse_take_profit(d.pop("take_profit", UNSET))

        clear_take_profit = d.pop("clear_take_profit", UNSET)

        portfolio_position_update = cls(
            stop_loss=stop_loss,
            take_profit=take_profit,
            clear_take_profit=clear_take_profit,
        )

        portfolio_position_update.additional_properties = d
        return portfolio_position_update

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
