from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RiskStressPositionOutcome")


@_attrs_define
class RiskStressPositionOutcome:
    """
    Attributes:
        symbol (str):
        pnl (float):
        stopped (bool):
        stop_bar (int | None):
        stop_fill (float | None):
        stop_slippage (float | None):
        liquidated (bool):
        liquidation_distance (float | None):
    """

    symbol: str
    pnl: float
    stopped: bool
    stop_bar: int | None
    stop_fill: float | None
    stop_slippage: float | None
    liquidated: bool
    liquidation_distance: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        pnl = self.pnl

        stopped = self.stopped

        stop_bar: int | None
        stop_bar = self.stop_bar

        stop_fill: float | None
        stop_fill = self.stop_fill

        stop_slippage: float | None
        stop_slippage = self.stop_slippage

        liquidated = self.liquidated

        liquidation_distance: float | None
        liquidation_distance = self.liquidation_distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "pnl": pnl,
                "stopped": stopped,
                "stop_bar": stop_bar,
                "stop_fill": stop_fill,
                "stop_slippage": stop_slippage,
                "liquidated": liquidated,
                "liquidation_distance": liquidation_distance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        pnl = d.pop("pnl")

        stopped = d.pop("stopped")

        def _parse_stop_bar(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        stop_bar = _parse_stop_bar(d.pop("stop_bar"))

        def _parse_stop_fill(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_fill = _parse_stop_fill(d.pop("stop_fill"))

        def _parse_stop_slippage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        stop_slippage = _parse_stop_slippage(d.pop("stop_slippage"))

        liquidated = d.pop("liquidated")

        def _parse_liquidation_distance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        liquidation_distance = _parse_liquidation_distance(d.pop("liquidation_distance"))

        risk_stress_position_outcome = cls(
            symbol=symbol,
            pnl=pnl,
            stopped=stopped,
            stop_bar=stop_bar,
            stop_fill=stop_fill,
            stop_slippage=stop_slippage,
            liquidated=liquidated,
            liquidation_distance=liquidation_distance,
        )

        risk_stress_position_outcome.additional_properties = d
        return risk_stress_position_outcome

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
