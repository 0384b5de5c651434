from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortfolioAccountView")


@_attrs_define
class PortfolioAccountView:
    """
    Attributes:
        id (int):
        name (str):
        kind (str):
        quote (str):
        starting_balance (float):
        realised_pnl (float):
        fees (float):
        cash (float): starting balance + realised PnL − fees
    """

    id: int
    name: str
    kind: str
    quote: str
    starting_balance: float
    realised_pnl: float
    fees: float
    cash: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind

        quote = self.quote

        starting_balance = self.starting_balance

        realised_pnl = self.realised_pnl

        fees = self.fees

        cash = self.cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "quote": quote,
                "starting_balance": starting_balance,
                "realised_pnl": realised_pnl,
                "fees": fees,
                "cash": cash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = d.pop("kind")

        quote = d.pop("quote")

        starting_balance = d.pop("starting_balance")

        realised_pnl = d.pop("realised_pnl")

        fees = d.pop("fees")

        cash = d.pop("cash")

        portfolio_account_view = cls(
            id=id,
            name=name,
            kind=kind,
            quote=quote,
            starting_balance=starting_balance,
            realised_pnl=realised_pnl,
            fees=fees,
            cash=cash,
        )

        portfolio_account_view.additional_properties = d
        return portfolio_account_view

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
