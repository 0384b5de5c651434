from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_account_view import PortfolioAccountView
    from ..models.portfolio_marked_position import PortfolioMarkedPosition
    from ..models.portfolio_totals import PortfolioTotals


T = TypeVar("T", bound="PortfolioPositionsPage")


@_attrs_define
class PortfolioPositionsPage:
    """
    Attributes:
        account (PortfolioAccountView):
        totals (PortfolioTotals):
        items (list[PortfolioMarkedPosition]):
        next_cursor (None | str | Unset):
    """

    account: PortfolioAccountView
    totals: PortfolioTotals
    items: list[PortfolioMarkedPosition]
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        totals = self.totals.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "totals": totals,
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_account_view import PortfolioAccountView  # noqa: PLC0415
        from ..models.portfolio_marked_position import PortfolioMarkedPosition  # noqa: PLC0415
        from ..models.portfolio_totals import PortfolioTotals  # noqa: PLC0415

        d = dict(src_dict)
        account = PortfolioAccountView.from_dict(d.pop("account"))

        totals = PortfolioTotals.from_dict(d.pop("totals"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PortfolioMarkedPosition.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        portfolio_positions_page = cls(
            account=account,
            totals=totals,
            items=items,
            next_cursor=next_cursor,
        )

        portfolio_positions_page.additional_properties = d
        return portfolio_positions_page

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
