from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskProtectionRulesIn")


@_attrs_define
class RiskProtectionRulesIn:
    """
    Attributes:
        max_drawdown (float | None | Unset):
        drawdown_window_days (float | Unset):  Default: 30.0.
        max_consecutive_losses (int | None | Unset):
        daily_loss_limit (float | None | Unset):
        cooldown_minutes (float | Unset):  Default: 60.0.
        reduce_positions (bool | Unset):  Default: False.
    """

    max_drawdown: float | None | Unset = UNSET
    drawdown_window_days: float | Unset = 30.0
    max_consecutive_losses: int | None | Unset = UNSET
    daily_loss_limit: float | None | Unset = UNSET
    cooldown_minutes: float | Unset = 60.0
    reduce_positions: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_drawdown: float | None | Unset
        if isinstance(self.max_drawdown, Unset):
            max_drawdown = UNSET
        else:
            max_drawdown = self.max_drawdown

        drawdown_window_days = self.drawdown_window_days

        max_consecutive_losses: int | None | Unset
        if isinstance(self.max_consecutive_losses, Unset):
            max_consecutive_losses = UNSET
        else:
            max_consecutive_losses = self.max_consecutive_losses

        daily_loss_limit: float | None | Unset
        if isinstance(self.daily_loss_limit, Unset):
            daily_loss_limit = UNSET
        else:
            daily_loss_limit = self.daily_loss_limit

        cooldown_minutes = self.cooldown_minutes

        reduce_positions = self.reduce_positions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_drawdown is not UNSET:
            field_dict["max_drawdown"] = max_drawdown
        if drawdown_window_days is not UNSET:
            field_dict["drawdown_window_days"] = drawdown_window_days
        if max_consecutive_losses is not UNSET:
            field_dict["max_consecutive_losses"] = max_consecutive_losses
        if daily_loss_limit is not UNSET:
            field_dict["daily_loss_limit"] = daily_loss_limit
        if cooldown_minutes is not UNSET:
            field_dict["cooldown_minutes"] = cooldown_minutes
        if reduce_positions is not UNSET:
            field_dict["reduce_positions"] = reduce_positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_drawdown(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_drawdown = _parse_max_drawdown(d.pop("max_drawdown", UNSET))

        drawdown_window_days = d.pop("drawdown_window_days", UNSET)

        def _parse_max_consecutive_losses(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_consecutive_losses = _parse_max_consecutive_losses(d.pop("max_consecutive_losses", UNSET))

        def _parse_daily_loss_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        daily_loss_limit = _parse_daily_loss_limit(d.pop("daily_loss_limit", UNSET))

        cooldown_minutes = d.pop("cooldown_minutes", UNSET)

        reduce_positions = d.pop("reduce_positions", UNSET)

        risk_protection_rules_in = cls(
            max_drawdown=max_drawdown,
            drawdown_window_days=drawdown_window_days,
            max_consecutive_losses=max_consecutive_losses,
            daily_loss_limit=daily_loss_limit,
            cooldown_minutes=cooldown_minutes,
            reduce_positions=reduce_positions,
        )

        risk_protection_rules_in.additional_properties = d
        return risk_protection_rules_in

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
