from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_position_size_request_method import (
    RiskPositionSizeRequestMethod,
    check_risk_position_size_request_method,
)
from ..models.risk_position_size_request_side import RiskPositionSizeRequestSide, check_risk_position_size_request_side
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskPositionSizeRequest")


@_attrs_define
class RiskPositionSizeRequest:
    """
    Attributes:
        entry_price (float):
        method (RiskPositionSizeRequestMethod | Unset):  Default: 'fixed_fractional'.
        side (RiskPositionSizeRequestSide | Unset):  Default: 'long'.
        stop_loss (float | None | Unset): Required for fixed_fractional
        equity (float | None | Unset): Default: the caller's account equity
        free_margin (float | None | Unset): Default: the account's free margin
        open_notional (float | None | Unset): Gross exposure already held (default: account)
        account (str | Unset):  Default: 'paper'.
        leverage (float | Unset): Margin leverage, ≤ the 3× cap Default: 1.0.
        risk_per_trade (float | None | Unset): Fraction of equity lost at the stop
        win_rate (float | None | Unset):
        payoff_ratio (float | None | Unset): Average win / average loss
        returns (list[float] | None | Unset): Per-trade returns, for Kelly from a series
        kelly_multiplier (float | None | Unset): Fractional Kelly; default ½
        target_volatility (float | None | Unset): Per-period volatility target
        volatility (float | None | Unset): Asset per-period σ (volatility_target)
        atr (float | None | Unset): Or the ATR: σ ≈ ATR / price
    """

    entry_price: float
    method: RiskPositionSizeRequestMethod | Unset = "fixed_fractional"
    side: RiskPositionSizeRequestSide | Unset = "long"
    stop_loss: float | None | Unset = UNSET
    equity: float | None | Unset = UNSET
    free_margin: float | None | Unset = UNSET
    open_notional: float | None | Unset = UNSET
    account: str | Unset = "paper"
    leverage: float | Unset = 1.0
    risk_per_trade: float | None | Unset = UNSET
    win_rate: float | None | Unset = UNSET
    payoff_ratio: float | None | Unset = UNSET
    returns: list[float] | None | Unset = UNSET
    kelly_multiplier: float | None | Unset = UNSET
    target_volatility: float | None | Unset = UNSET
    volatility: float | None | Unset = UNSET
    atr: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_price = self.entry_price

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side

        stop_loss: float | None | Unset
        if isinstance(self.stop_loss, Unset):
            stop_loss = UNSET
        else:
            stop_loss = self.stop_loss

        equity: float | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        else:
            equity = self.equity

        free_margin: float | None | Unset
        if isinstance(self.free_margin, Unset):
            free_margin = UNSET
        else:
            free_margin = self.free_margin

        open_notional: float | None | Unset
        if isinstance(self.open_notional, Unset):
            open_notional = UNSET
        else:
            open_notional = self.open_notional

        account = self.account

        leverage = self.leverage

        risk_per_trade: float | None | Unset
        if isinstance(self.risk_per_trade, Unset):
            risk_per_trade = UNSET
        else:
            risk_per_trade = self.risk_per_trade

        win_rate: float | None | Unset
        if isinstance(self.win_rate, Unset):
            win_rate = UNSET
        else:
            win_rate = self.win_rate

        payoff_ratio: float | None | Unset
        if isinstance(self.payoff_ratio, Unset):
            payoff_ratio = UNSET
        else:
            payoff_ratio = self.payoff_ratio

        returns: list[float] | None | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        elif isinstance(self.returns, list):
            returns = self.returns

        else:
            returns = self.returns

        kelly_multiplier: float | None | Unset
        if isinstance(self.kelly_multiplier, Unset):
            kelly_multiplier = UNSET
        else:
            kelly_multiplier = self.kelly_multiplier

        target_volatility: float | None | Unset
        if isinstance(self.target_volatility, Unset):
            target_volatility = UNSET
        else:
            target_volatility = self.target_volatility

        volatility: float | None | Unset
        if isinstance(self.volatility, Unset):
            volatility = UNSET
        else:
            volatility = self.volatility

        atr: float | None | Unset
        if isinstance(self.atr, Unset):
            atr = UNSET
        else:
            atr = self.atr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_price": entry_price,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if side is not UNSET:
            field_dict["side"] = side
        if stop_loss is not UNSET:
            field_dict["stop_loss"] = stop_loss
        if equity is not UNSET:
            field_dict["equity"] = equity
        if free_margin is not UNSET:
            field_dict["free_margin"] = free_margin
        if open_notional is not UNSET:
            field_dict["open_notional"] = open_notional
        if account is not UNSET:
            field_dict["account"] = account
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if risk_per_trade is not UNSET:
            field_dict["risk_per_trade"] = risk_per_trade
        if win_rate is not UNSET:
            field_dict["win_rate"] = win_rate
        if payoff_ratio is not UNSET:
            field_dict["payoff_ratio"] = payoff_ratio
        if returns is not UNSET:
            field_dict["returns"] = returns
        if kelly_multiplier is not UNSET:
            field_dict["kelly_multiplier"] = kelly_multiplier
        if target_volatility is not UNSET:
            field_dict["target_volatility"] = target_volatility
        if volatility is not UNSET:
            field_dict["volatility"] = volatility
        if atr is not UNSET:
            field_dict["atr"] = atr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entry_price = d.pop("entry_price")

        _method = d.pop("method", UNSET)
        method: RiskPositionSizeRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_risk_position_size_request_method(_method)

        _side = d.pop("side", UNSET)
        side: RiskPositionSizeRequestSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = check_risk_position_size_request_side(_side)

        def _parse_stop_loss(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_loss = _parse_stop_loss(d.pop("stop_loss", UNSET))

        def _parse_equity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        equity = _parse_equity(d.pop("equity", UNSET))

        def _parse_free_margin(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        free_margin = _parse_free_margin(d.pop("free_margin", UNSET))

        def _parse_open_notional(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        open_notional = _parse_open_notional(d.pop("open_notional", UNSET))

        account = d.pop("account", UNSET)

        leverage = d.pop("leverage", UNSET)

        def _parse_risk_per_trade(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        risk_per_trade = _parse_risk_per_trade(d.pop("risk_per_trade", UNSET))

        def _parse_win_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        win_rate = _parse_win_rate(d.pop("win_rate", UNSET))

        def _parse_payoff_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        payoff_ratio = _parse_payoff_ratio(d.pop("payoff_ratio", UNSET))

        def _parse_returns(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                returns_type_0 = cast(list[float], data)

                return returns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        returns = _parse_returns(d.pop("returns", UNSET))

        def _parse_kelly_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        kelly_multiplier = _parse_kelly_multiplier(d.pop("kelly_multiplier", UNSET))

        def _parse_target_volatility(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_volatility = _parse_target_volatility(d.pop("target_volatility", UNSET))

        def _parse_volatility(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volatility = _parse_volatility(d.pop("volatility", UNSET))

        def _parse_atr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        atr = _parse_atr(d.pop("atr", UNSET))

        risk_position_size_request = cls(
            entry_price=entry_price,
            method=method,
            side=side,
            stop_loss=stop_loss,
            equity=equity,
            free_margin=free_margin,
            open_notional=open_notional,
            account=account,
            leverage=leverage,
            risk_per_trade=risk_per_trade,
            win_rate=win_rate,
            payoff_ratio=payoff_ratio,
            returns=returns,
            kelly_multiplier=kelly_multiplier,
            target_volatility=target_volatility,
            volatility=volatility,
            atr=atr,
        )

        risk_position_size_request.additional_properties = d
        return risk_position_size_request

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
