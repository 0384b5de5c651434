from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emergency_hedge_leg import EmergencyHedgeLeg
    from ..models.execution_order_out import ExecutionOrderOut


T = TypeVar("T", bound="EmergencyHedgeResult")


@_attrs_define
class EmergencyHedgeResult:
    """
    Attributes:
        account (str):
        method (str):
        net_exposure_before (float): Σ quantity × mark over open positions
        hedge_notional (float):
        stop_pct (float):
        legs (list[EmergencyHedgeLeg]):
        orders (list[ExecutionOrderOut]):
        nothing_to_do (bool):
    """

    account: str
    method: str
    net_exposure_before: float
    hedge_notional: float
    stop_pct: float
    legs: list[EmergencyHedgeLeg]
    orders: list[ExecutionOrderOut]
    nothing_to_do: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        method = self.method

        net_exposure_before = self.net_exposure_before

        hedge_notional = self.hedge_notional

        stop_pct = self.stop_pct

        legs = []
        for legs_item_data in self.legs:
            legs_item = legs_item_data.to_dict()
            legs.append(legs_item)

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        nothing_to_do = self.nothing_to_do

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "method": method,
                "net_exposure_before": net_exposure_before,
                "hedge_notional": hedge_notional,
                "stop_pct": stop_pct,
                "legs": legs,
                "orders": orders,
                "nothing_to_do": nothing_to_do,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_hedge_leg import EmergencyHedgeLeg  # noqa: PLC0415
        from ..models.execution_order_out import ExecutionOrderOut  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account")

        method = d.pop("method")

        net_exposure_before = d.pop("net_exposure_before")

        hedge_notional = d.pop("hedge_notional")

        stop_pct = d.pop("stop_pct")

        legs = []
        _legs = d.pop("legs")
        for legs_item_data in _legs:
            legs_item = EmergencyHedgeLeg.from_dict(legs_item_data)

            legs.append(legs_item)

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = ExecutionOrderOut.from_dict(orders_item_data)

            orders.append(orders_item)

        nothing_to_do = d.pop("nothing_to_do")

        emergency_hedge_result = cls(
            account=account,
            method=method,
            net_exposure_before=net_exposure_before,
            hedge_notional=hedge_notional,
            stop_pct=stop_pct,
            legs=legs,
            orders=orders,
            nothing_to_do=nothing_to_do,
        )

        emergency_hedge_result.additional_properties = d
        return emergency_hedge_result

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
