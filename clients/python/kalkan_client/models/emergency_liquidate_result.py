from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.execution_order_out import ExecutionOrderOut


T = TypeVar("T", bound="EmergencyLiquidateResult")


@_attrs_define
class EmergencyLiquidateResult:
    """
    Attributes:
        account (str):
        orders (list[ExecutionOrderOut]):
        closed (list[str]): Symbols whose closing order filled
        not_held (list[str]): Named symbols with no open position
        nothing_to_do (bool):
    """

    account: str
    orders: list[ExecutionOrderOut]
    closed: list[str]
    not_held: list[str]
    nothing_to_do: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        closed = self.closed

        not_held = self.not_held

        nothing_to_do = self.nothing_to_do

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "orders": orders,
                "closed": closed,
                "not_held": not_held,
                "nothing_to_do": nothing_to_do,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_order_out import ExecutionOrderOut  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = ExecutionOrderOut.from_dict(orders_item_data)

            orders.append(orders_item)

        closed = cast(list[str], d.pop("closed"))

        not_held = cast(list[str], d.pop("not_held"))

        nothing_to_do = d.pop("nothing_to_do")

        emergency_liquidate_result = cls(
            account=account,
            orders=orders,
            closed=closed,
            not_held=not_held,
            nothing_to_do=nothing_to_do,
        )

        emergency_liquidate_result.additional_properties = d
        return emergency_liquidate_result

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
