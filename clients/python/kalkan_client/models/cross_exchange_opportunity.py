from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrossExchangeOpportunity")


@_attrs_define
class CrossExchangeOpportunity:
    """Result of buying on ``buy_exchange`` and selling on ``sell_exchange``.

    ``size`` is the executable base quantity; VWAPs are raw book prices (before fees).
    ``gross_*`` ignore fees; ``net_profit_quote`` subtracts both taker fees and the withdrawal
    fee; ``net_spread_bps`` is that profit per unit of buy notional. ``limited_by`` says what
    stopped the walk: ``"prices"`` (the next marginal unit would lose money after fees),
    ``"buy_depth"`` / ``"sell_depth"`` (book exhausted), ``"max_size"``, ``"max_notional"``,
    ``"empty_book"``.

        Attributes:
            symbol (str):
            buy_exchange (str):
            sell_exchange (str):
            size (float): Executable base quantity
            buy_vwap (float | None):
            sell_vwap (float | None):
            buy_notional (float):
            sell_notional (float):
            buy_fee_quote (float):
            sell_fee_quote (float):
            withdrawal_fee_base (float):
            withdrawal_fee_quote (float):
            gross_spread_quote (float):
            gross_spread_bps (float | None):
            net_profit_quote (float):
            net_spread_bps (float | None):
            top_of_book_spread_bps (float | None):
            marginal_buy_price_after_fee (float | None):
            marginal_sell_price_after_fee (float | None):
            buy_levels_used (int):
            sell_levels_used (int):
            limited_by (str):
            depth_limited (bool):
            requested_size (float | None):
            requested_notional (float | None):
            profitable (bool):
            warnings (list[str] | Unset):
    """

    symbol: str
    buy_exchange: str
    sell_exchange: str
    size: float
    buy_vwap: float | None
    sell_vwap: float | None
    buy_notional: float
    sell_notional: float
    buy_fee_quote: float
    sell_fee_quote: float
    withdrawal_fee_base: float
    withdrawal_fee_quote: float
    gross_spread_quote: float
    gross_spread_bps: float | None
    net_profit_quote: float
    net_spread_bps: float | None
    top_of_book_spread_bps: float | None
    marginal_buy_price_after_fee: float | None
    marginal_sell_price_after_fee: float | None
    buy_levels_used: int
    sell_levels_used: int
    limited_by: str
    depth_limited: bool
    requested_size: float | None
    requested_notional: float | None
    profitable: bool
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        buy_exchange = self.buy_exchange

        sell_exchange = self.sell_exchange

        size = self.size

        buy_vwap: float | None
        buy_vwap = self.buy_vwap

        sell_vwap: float | None
        sell_vwap = self.sell_vwap

        buy_notional = self.buy_notional

        sell_notional = self.sell_notional

        buy_fee_quote = self.buy_fee_quote

        sell_fee_quote = self.sell_fee_quote

        withdrawal_fee_base = self.withdrawal_fee_base

        withdrawal_fee_quote = self.withdrawal_fee_quote

        gross_spread_quote = self.gross_spread_quote

        gross_spread_bps: float | None
        gross_spread_bps = self.gross_spread_bps

        net_profit_quote = self.net_profit_quote

        net_spread_bps: float | None
        net_spread_bps = self.net_spread_bps

        top_of_book_spread_bps: float | None
        top_of_book_spread_bps = self.top_of_book_spread_bps

        marginal_buy_price_after_fee: float | None
        marginal_buy_price_after_fee = self.marginal_buy_price_after_fee

        marginal_sell_price_after_fee: float | None
        marginal_sell_price_after_fee = self.marginal_sell_price_after_fee

        buy_levels_used = self.buy_levels_used

        sell_levels_used = self.sell_levels_used

        limited_by = self.limited_by

        depth_limited = self.depth_limited

        requested_size: float | None
        requested_size = self.requested_size

        requested_notional: float | None
        requested_notional = self.requested_notional

        profitable = self.profitable

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "buy_exchange": buy_exchange,
                "sell_exchange": sell_exchange,
                "size": size,
                "buy_vwap": buy_vwap,
                "sell_vwap": sell_vwap,
                "buy_notional": buy_notional,
                "sell_notional": sell_notional,
                "buy_fee_quote": buy_fee_quote,
                "sell_fee_quote": sell_fee_quote,
                "withdrawal_fee_base": withdrawal_fee_base,
                "withdrawal_fee_quote": withdrawal_fee_quote,
                "gross_spread_quote": gross_spread_quote,
                "gross_spread_bps": gross_spread_bps,
                "net_profit_quote": net_profit_quote,
                "net_spread_bps": net_spread_bps,
                "top_of_book_spread_bps": top_of_book_spread_bps,
                "marginal_buy_price_after_fee": marginal_buy_price_after_fee,
                "marginal_sell_price_after_fee": marginal_sell_price_after_fee,
                "buy_levels_used": buy_levels_used,
                "sell_levels_used": sell_levels_used,
                "limited_by": limited_by,
                "depth_limited": depth_limited,
                "requested_size": requested_size,
                "requested_notional": requested_notional,
                "profitable": profitable,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        buy_exchange = d.pop("buy_exchange")

        sell_exchange = d.pop("sell_exchange")

        size = d.pop("size")

        def _parse_buy_vwap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        buy_vwap = _parse_buy_vwap(d.pop("buy_vwap"))

        def _parse_sell_vwap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sell_vwap = _parse_sell_vwap(d.pop("sell_vwap"))

        buy_notional = d.pop("buy_notional")

        sell_notional = d.pop("sell_notional")

        buy_fee_quote = d.pop("buy_fee_quote")

        sell_fee_quote = d.pop("sell_fee_quote")

        withdrawal_fee_base = d.pop("withdrawal_fee_base")

        withdrawal_fee_quote = d.pop("withdrawal_fee_quote")

        gross_spread_quote = d.pop("gross_spread_quote")

        def _parse_gross_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gross_spread_bps = _parse_gross_spread_bps(d.pop("gross_spread_bps"))

        net_profit_quote = d.pop("net_profit_quote")

        def _parse_net_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        net_spread_bps = _parse_net_spread_bps(d.pop("net_spread_bps"))

        def _parse_top_of_book_spread_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        top_of_book_spread_bps = _parse_top_of_book_spread_bps(d.pop("top_of_book_spread_bps"))

        def _parse_marginal_buy_price_after_fee(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        marginal_buy_price_after_fee = _parse_marginal_buy_price_after_fee(d.pop("marginal_buy_price_after_fee"))

        def _parse_marginal_sell_price_after_fee(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        marginal_sell_price_after_fee = _parse_marginal_sell_price_after_fee(d.pop("marginal_sell_price_after_fee"))

        buy_levels_used = d.pop("buy_levels_used")

        sell_levels_used = d.pop("sell_levels_used")

        limited_by = d.pop("limited_by")

        depth_limited = d.pop("depth_limited")

        def _parse_requested_size(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        requested_size = _parse_requested_size(d.pop("requested_size"))

        def _parse_requested_notional(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        requested_notional = _parse_requested_notional(d.pop("requested_notional"))

        profitable = d.pop("profitable")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        cross_exchange_opportunity = cls(
            symbol=symbol,
            buy_exchange=buy_exchange,
            sell_exchange=sell_exchange,
            size=size,
            buy_vwap=buy_vwap,
            sell_vwap=sell_vwap,
            buy_notional=buy_notional,
            sell_notional=sell_notional,
            buy_fee_quote=buy_fee_quote,
            sell_fee_quote=sell_fee_quote,
            withdrawal_fee_base=withdrawal_fee_base,
            withdrawal_fee_quote=withdrawal_fee_quote,
            gross_spread_quote=gross_spread_quote,
            gross_spread_bps=gross_spread_bps,
            net_profit_quote=net_profit_quote,
            net_spread_bps=net_spread_bps,
            top_of_book_spread_bps=top_of_book_spread_bps,
            marginal_buy_price_after_fee=marginal_buy_price_after_fee,
            marginal_sell_price_after_fee=marginal_sell_price_after_fee,
            buy_levels_used=buy_levels_used,
            sell_levels_used=sell_levels_used,
            limited_by=limited_by,
            depth_limited=depth_limited,
            requested_size=requested_size,
            requested_notional=requested_notional,
            profitable=profitable,
            warnings=warnings,
        )

        cross_exchange_opportunity.additional_properties = d
        return cross_exchange_opportunity

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
