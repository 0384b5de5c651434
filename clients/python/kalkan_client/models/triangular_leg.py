from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.triangular_leg_side import TriangularLegSide, check_triangular_leg_side

T = TypeVar("T", bound="TriangularLeg")


@_attrs_define
class TriangularLeg:
    """One conversion ``from_currency`` → ``to_currency`` at executable depth.

    ``amount_in`` is what the leg was asked to convert, ``amount_in_filled`` what the book could
    take (less when ``depth_limited``); ``vwap`` is in the pair's quote per base.

        Attributes:
            symbol (str):
            side (TriangularLegSide): buy: spend quote on the asks; sell: sell base into the bids
            from_currency (str):
            to_currency (str):
            amount_in (float):
            amount_in_filled (float):
            amount_out_gross (float):
            fee (float):
            amount_out (float):
            vwap (float | None):
            best_price (float | None):
            levels_used (int):
            depth_limited (bool):
    """

    symbol: str
    side: TriangularLegSide
    from_currency: str
    to_currency: str
    amount_in: float
    amount_in_filled: float
    amount_out_gross: float
    fee: float
    amount_out: float
    vwap: float | None
    best_price: float | None
    levels_used: int
    depth_limited: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side: str = self.side

        from_currency = self.from_currency

        to_currency = self.to_currency

        amount_in = self.amount_in

        amount_in_filled = self.amount_in_filled

        amount_out_gross = self.amount_out_gross

        fee = self.fee

        amount_out = self.amount_out

        vwap: float | None
        vwap = self.vwap

        best_price: float | None
        best_price = self.best_price

        levels_used = self.levels_used

        depth_limited = self.depth_limited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "from_currency": from_currency,
                "to_currency": to_currency,
                "amount_in": amount_in,
                "amount_in_filled": amount_in_filled,
                "amount_out_gross": amount_out_gross,
                "fee": fee,
                "amount_out": amount_out,
                "vwap": vwap,
                "best_price": best_price,
                "levels_used": levels_used,
                "depth_limited": depth_limited,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        side = check_triangular_leg_side(d.pop("side"))

        from_currency = d.pop("from_currency")

        to_currency = d.pop("to_currency")

        amount_in = d.pop("amount_in")

        amount_in_filled = d.pop("amount_in_filled")

        amount_out_gross = d.pop("amount_out_gross")

        fee = d.pop("fee")

        amount_out = d.pop("amount_out")

        def _parse_vwap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        vwap = _parse_vwap(d.pop("vwap"))

        def _parse_best_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        best_price = _parse_best_price(d.pop("best_price"))

        levels_used = d.pop("levels_used")

        depth_limited = d.pop("depth_limited")

        triangular_leg = cls(
            symbol=symbol,
            side=side,
            from_currency=from_currency,
            to_currency=to_currency,
            amount_in=amount_in,
            amount_in_filled=amount_in_filled,
            amount_out_gross=amount_out_gross,
            fee=fee,
            amount_out=amount_out,
            vwap=vwap,
            best_price=best_price,
            levels_used=levels_used,
            depth_limited=depth_limited,
        )

        triangular_leg.additional_properties = d
        return triangular_leg

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
