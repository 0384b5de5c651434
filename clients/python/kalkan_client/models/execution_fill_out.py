from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_fill_out_liquidity import ExecutionFillOutLiquidity, check_execution_fill_out_liquidity

T = TypeVar("T", bound="ExecutionFillOut")


@_attrs_define
class ExecutionFillOut:
    """
    Attributes:
        id (int):
        ts (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
        price (float):
        quantity (float):
        fee (float):
        liquidity (ExecutionFillOutLiquidity):
    """

    id: int
    ts: datetime.datetime
    price: float
    quantity: float
    fee: float
    liquidity: ExecutionFillOutLiquidity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts.isoformat()

        price = self.price

        quantity = self.quantity

        fee = self.fee

        liquidity: str = self.liquidity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "price": price,
                "quantity": quantity,
                "fee": fee,
                "liquidity": liquidity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        price = d.pop("price")

        quantity = d.pop("quantity")

        fee = d.pop("fee")

        liquidity = check_execution_fill_out_liquidity(d.pop("liquidity"))

        execution_fill_out = cls(
            id=id,
            ts=ts,
            price=price,
            quantity=quantity,
            fee=fee,
            liquidity=liquidity,
        )

        execution_fill_out.additional_properties = d
        return execution_fill_out

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
