from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioTotals")


@_attrs_define
class PortfolioTotals:
    """
    Attributes:
        equity (float): cash + unrealised PnL
        cash (float):
        unrealised_pnl (float):
        gross_exposure (float):
        net_exposure (float):
        leverage (float | None): Gross exposure / equity
        margin_used (float):
        free_margin (float):
    """

    equity: float
    cash: float
    unrealised_pnl: float
    gross_exposure: float
    net_exposure: float
    leverage: float | None
    margin_used: float
    free_margin: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity = self.equity

        cash = self.cash

        unrealised_pnl = self.unrealised_pnl

        gross_exposure = self.gross_exposure

        net_exposure = self.net_exposure

        leverage: float | None
        leverage = self.leverage

        margin_used = self.margin_used

        free_margin = self.free_margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equity": equity,
                "cash": cash,
                "unrealised_pnl": unrealised_pnl,
                "gross_exposure": gross_exposure,
                "net_exposure": net_exposure,
                "leverage": leverage,
                "margin_used": margin_used,
                "free_margin": free_margin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        equity = d.pop("equity")

        cash = d.pop("cash")

        unrealised_pnl = d.pop("unrealised_pnl")

        gross_exposure = d.pop("gross_exposure")

        net_exposure = d.pop("net_exposure")

        def _parse_leverage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        leverage = _parse_leverage(d.pop("leverage"))

        margin_used = d.pop("margin_used")

        free_margin = d.pop("free_margin")

        portfolio_totals = cls(
            equity=equity,
            cash=cash,
            unrealised_pnl=unrealised_pnl,
            gross_exposure=gross_exposure,
            net_exposure=net_exposure,
            leverage=leverage,
            margin_used=margin_used,
            free_margin=free_margin,
        )

        portfolio_totals.additional_properties = d
        return portfolio_totals

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
