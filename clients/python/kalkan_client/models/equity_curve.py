from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EquityCurve")


@_attrs_define
class EquityCurve:
    """
    Attributes:
        timestamps (list[datetime.datetime]):
        equity (list[float]):
        benchmark (list[float]): Equal-weight buy & hold of the same symbols
        drawdown (list[float]):
        gross_exposure (list[float]):
    """

    timestamps: list[datetime.datetime]
    equity: list[float]
    benchmark: list[float]
    drawdown: list[float]
    gross_exposure: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamps = []
        for timestamps_item_data in self.timestamps:
            timestamps_item = timestamps_item_data.isoformat()
            timestamps.append(timestamps_item)

        equity = self.equity

        benchmark = self.benchmark

        drawdown = self.drawdown

        gross_exposure = self.gross_exposure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamps": timestamps,
                "equity": equity,
                "benchmark": benchmark,
                "drawdown": drawdown,
                "gross_exposure": gross_exposure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamps = []
        _timestamps = d.pop("timestamps")
        for timestamps_item_data in _timestamps:
            timestamps_item = datetime.datetime.fromisoformat(timestamps_item_data)

            timestamps.append(timestamps_item)

        equity = cast(list[float], d.pop("equity"))

        benchmark = cast(list[float], d.pop("benchmark"))

        drawdown = cast(list[float], d.pop("drawdown"))

        gross_exposure = cast(list[float], d.pop("gross_exposure"))

        equity_curve = cls(
            timestamps=timestamps,
            equity=equity,
            benchmark=benchmark,
            drawdown=drawdown,
            gross_exposure=gross_exposure,
        )

        equity_curve.additional_properties = d
        return equity_curve

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
