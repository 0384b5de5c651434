from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_target import NotificationTarget


T = TypeVar("T", bound="UserSettingsIn")


@_attrs_define
class UserSettingsIn:
    """
    Attributes:
        default_exchange (str | Unset):  Default: 'binance'.
        default_symbol (str | Unset):  Default: 'BTC/USDT'.
        default_timeframe (str | Unset):  Default: '1h'.
        risk_per_trade (float | Unset): Fraction of equity risked per trade (≤ 5 %) Default: 0.01.
        max_leverage (float | Unset): Personal cap, ≤ 3× Default: 1.0.
        paper_trading (bool | Unset):  Default: True.
        notification_targets (list[NotificationTarget] | Unset):
    """

    default_exchange: str | Unset = "binance"
    default_symbol: str | Unset = "BTC/USDT"
    default_timeframe: str | Unset = "1h"
    risk_per_trade: float | Unset = 0.01
    max_leverage: float | Unset = 1.0
    paper_trading: bool | Unset = True
    notification_targets: list[NotificationTarget] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_exchange = self.default_exchange

        default_symbol = self.default_symbol

        default_timeframe = self.default_timeframe

        risk_per_trade = self.risk_per_trade

        max_leverage = self.max_leverage

        paper_trading = self.paper_trading

        notification_targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notification_targets, Unset):
            notification_targets = []
            for notification_targets_item_data in self.notification_targets:
                notification_targets_item = notification_targets_item_data.to_dict()
                notification_targets.append(notification_targets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_exchange is not UNSET:
            field_dict["default_exchange"] = default_exchange
        if default_symbol is not UNSET:
            field_dict["default_symbol"] = default_symbol
        if default_timeframe is not UNSET:
            field_dict["default_timeframe"] = default_timeframe
        if risk_per_trade is not UNSET:
            field_dict["risk_per_trade"] = risk_per_trade
        if max_leverage is not UNSET:
            field_dict["max_leverage"] = max_leverage
        if paper_trading is not UNSET:
            field_dict["paper_trading"] = paper_trading
        if notification_targets is not UNSET:
            field_dict["notification_targets"] = notification_targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_target import NotificationTarget  # noqa: PLC0415

        d = dict(src_dict)
        default_exchange = d.pop("default_exchange", UNSET)

        default_symbol = d.pop("default_symbol", UNSET)

        default_timeframe = d.pop("default_timeframe", UNSET)

        risk_per_trade = d.pop("risk_per_trade", UNSET)

        max_leverage = d.pop("max_leverage", UNSET)

        paper_trading = d.pop("paper_trading", UNSET)

        _notification_targets = d.pop("notification_targets", UNSET)
        notification_targets: list[NotificationTarget] | Unset = UNSET
        if _notification_targets is not UNSET:
            notification_targets = []
            for notification_targets_item_data in _notification_targets:
                notification_targets_item = NotificationTarget.from_dict(notification_targets_item_data)

                notification_targets.append(notification_targets_item)

        user_settings_in = cls(
            default_exchange=default_exchange,
            default_symbol=default_symbol,
            default_timeframe=default_timeframe,
            risk_per_trade=risk_per_trade,
            max_leverage=max_leverage,
            paper_trading=paper_trading,
            notification_targets=notification_targets,
        )

        return user_settings_in
