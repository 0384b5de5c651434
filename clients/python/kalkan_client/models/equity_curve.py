from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equity_curve_close import EquityCurveClose


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
        close (EquityCurveClose | Unset): Each symbol's close per bar (the report's price panel)
    """

    timestamps: list[datetime.datetime]
    equity: list[float]
    benchmark: list[float]
    drawdown: list[float]
    gross_exposure: list[float]
    close: EquityCurveClose | Unset = UNSET
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

        close: dict[str, Any] | Unset = UNSET
        if not isinstance(self.close, Unset):
            close = self.close.to_dict()

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
        if close is not UNSET:
            field_dict["close"] = close

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.equity_curve_close import EquityCurveClose  # noqa: PLC0415

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

        _close = d.pop("close", UNSET)
        close: EquityCurveClose | Unset
        if isinstance(_close, Unset):
            close = UNSET
        else:
            close = EquityCurveClose.from_dict(_close)

        equity_curve = cls(
            timestamps=timestamps,
            equity=equity,
            benchmark=benchmark,
            drawdown=drawdown,
            gross_exposure=gross_exposure,
            close=close,
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
