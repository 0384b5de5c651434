from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.triangular_leg import TriangularLeg


T = TypeVar("T", bound="TriangularOut")


@_attrs_define
class TriangularOut:
    """A triangular cycle on one exchange.

    Attributes:
        path (list[str]):
        start_currency (str):
        start_amount (float):
        final_amount (float):
        profit (float):
        profit_bps (float):
        top_of_book_final_amount (float | None):
        complete (bool):
        profitable (bool):
        legs (list[TriangularLeg]):
        exchange (str):
        warnings (list[str] | Unset):
    """

    path: list[str]
    start_currency: str
    start_amount: float
    final_amount: float
    profit: float
    profit_bps: float
    top_of_book_final_amount: float | None
    complete: bool
    profitable: bool
    legs: list[TriangularLeg]
    exchange: str
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        start_currency = self.start_currency

        start_amount = self.start_amount

        final_amount = self.final_amount

        profit = self.profit

        profit_bps = self.profit_bps

        top_of_book_final_amount: float | None
        top_of_book_final_amount = self.top_of_book_final_amount

        complete = self.complete

        profitable = self.profitable

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        exchange = self.exchange

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "start_currency": start_currency,
                "start_amount": start_amount,
                "final_amount": final_amount,
                "profit": profit,
                "profit_bps": profit_bps,
                "top_of_book_final_amount": top_of_book_final_amount,
                "complete": complete,
                "profitable": profitable,
                "legs": legs,
                "exchange": exchange,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.triangular_leg import TriangularLeg  # noqa: PLC0415

        d = dict(src_dict)
        path = cast(list[str], d.pop("path"))

        start_currency = d.pop("start_currency")

        start_amount = d.pop("start_amount")

        final_amount = d.pop("final_amount")

        profit = d.pop("profit")

        profit_bps = d.pop("profit_bps")

        def _parse_top_of_book_final_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        top_of_book_final_amount = _parse_top_of_book_final_amount(d.pop("top_of_book_final_amount"))

        complete = d.pop("complete")

        profitable = d.pop("profitable")

        legs = []
        _legs = d.pop("legs")
        for legs_item_data in _legs:
            legs_item = TriangularLeg.from_dict(legs_item_data)

            legs.append(legs_item)

        exchange = d.pop("exchange")

        warnings = cast(list[str], d.pop("warnings", UNSET))

        triangular_out = cls(
            path=path,
            start_currency=start_currency,
            start_amount=start_amount,
            final_amount=final_amount,
            profit=profit,
            profit_bps=profit_bps,
            top_of_book_final_amount=top_of_book_final_amount,
            complete=complete,
            profitable=profitable,
            legs=legs,
            exchange=exchange,
            warnings=warnings,
        )

        triangular_out.additional_properties = d
        return triangular_out

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
