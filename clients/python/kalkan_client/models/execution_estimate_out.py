from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_estimate_out_candles_source_type_0 import (
    ExecutionEstimateOutCandlesSourceType0,
    check_execution_estimate_out_candles_source_type_0,
)
from ..models.execution_estimate_out_side import ExecutionEstimateOutSide, check_execution_estimate_out_side
from ..models.execution_estimate_out_suggested_algorithm import (
    ExecutionEstimateOutSuggestedAlgorithm,
    check_execution_estimate_out_suggested_algorithm,
)

T = TypeVar("T", bound="ExecutionEstimateOut")


@_attrs_define
class ExecutionEstimateOut:
    """Pre-trade cost estimate. Costs are basis points of the mid, positive = paid.

    Attributes:
        exchange (str):
        symbol (str):
        side (ExecutionEstimateOutSide):
        quantity (float):
        mid (float):
        spread_bps (float): Quoted spread / mid
        spread_cost_bps (float): Half the spread: the cost of crossing it
        book_average_price (float | None): VWAP of walking the current book
        book_slippage_bps (float | None): Walk VWAP vs mid
        book_levels (int):
        book_fillable (float): What the displayed depth can fill now
        sigma_daily (float | None): Daily volatility of log returns (candles)
        daily_volume (float | None): Mean daily base volume (candles)
        candles (int): Bars σ and V come from
        candles_source (ExecutionEstimateOutCandlesSourceType0 | None):
        impact_y (float):
        impact_bps (float | None): Square-root model Y·σ·√(Q/V)
        fee_rate (float): Taker fee rate of the venue
        fee_bps (float):
        expected_cost_bps (float | None): Spread + fees + the larger of book walk and modelled impact
        ac_slices (int | None): Almgren–Chriss: children minimising E[cost] + λ·Var (book slope, σ fitted)
        ac_horizon_seconds (float | None):
        ac_expected_cost_bps (float | None):
        ac_risk_bps (float | None): One standard deviation of the cost
        book_impact_slope (float | None): b of the walk cost ε + b·q (quote/unit²)
        suggested_algorithm (ExecutionEstimateOutSuggestedAlgorithm):
        suggested_horizon_seconds (float):
        rationale (str):
        source (str): Where the book came from: live, replay, synthetic
    """

    exchange: str
    symbol: str
    side: ExecutionEstimateOutSide
    quantity: float
    mid: float
    spread_bps: float
    spread_cost_bps: float
    book_average_price: float | None
    book_slippage_bps: float | None
    book_levels: int
    book_fillable: float
    sigma_daily: float | None
    daily_volume: float | None
    candles: int
    candles_source: ExecutionEstimateOutCandlesSourceType0 | None
    impact_y: float
    impact_bps: float | None
    fee_rate: float
    fee_bps: float
    expected_cost_bps: float | None
    ac_slices: int | None
    ac_horizon_seconds: float | None
    ac_expected_cost_bps: float | None
    ac_risk_bps: float | None
    book_impact_slope: float | None
    suggested_algorithm: ExecutionEstimateOutSuggestedAlgorithm
    suggested_horizon_seconds: float
    rationale: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        side: str = self.side

        quantity = self.quantity

        mid = self.mid

        spread_bps = self.spread_bps

        spread_cost_bps = self.spread_cost_bps

        book_average_price: float | None
        book_average_price = self.book_average_price

        book_slippage_bps: float | None
        book_slippage_bps = self.book_slippage_bps

        book_levels = self.book_levels

        book_fillable = self.book_fillable

        sigma_daily: float | None
        sigma_daily = self.sigma_daily

        daily_volume: float | None
        daily_volume = self.daily_volume

        candles = self.candles

        candles_source: None | str
        if isinstance(self.candles_source, str):
            candles_source = self.candles_source
        else:
            candles_source = self.candles_source

        impact_y = self.impact_y

        impact_bps: float | None
        impact_bps = self.impact_bps

        fee_rate = self.fee_rate

        fee_bps = self.fee_bps

        expected_cost_bps: float | None
        expected_cost_bps = self.expected_cost_bps

        ac_slices: int | None
        ac_slices = self.ac_slices

        ac_horizon_seconds: float | None
        ac_horizon_seconds = self.ac_horizon_seconds

        ac_expected_cost_bps: float | None
        ac_expected_cost_bps = self.ac_expected_cost_bps

        ac_risk_bps: float | None
        ac_risk_bps = self.ac_risk_bps

        book_impact_slope: float | None
        book_impact_slope = self.book_impact_slope

        suggested_algorithm: str = self.suggested_algorithm

        suggested_horizon_seconds = self.suggested_horizon_seconds

        rationale = self.rationale

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "side": side,
                "quantity": quantity,
                "mid": mid,
                "spread_bps": spread_bps,
                "spread_cost_bps": spread_cost_bps,
                "book_average_price": book_average_price,
                "book_slippage_bps": book_slippage_bps,
                "book_levels": book_levels,
                "book_fillable": book_fillable,
                "sigma_daily": sigma_daily,
                "daily_volume": daily_volume,
                "candles": candles,
                "candles_source": candles_source,
                "impact_y": impact_y,
                "impact_bps": impact_bps,
                "fee_rate": fee_rate,
                "fee_bps": fee_bps,
                "expected_cost_bps": expected_cost_bps,
                "ac_slices": ac_slices,
                "ac_horizon_seconds": ac_horizon_seconds,
                "ac_expected_cost_bps": ac_expected_cost_bps,
                "ac_risk_bps": ac_risk_bps,
                "book_impact_slope": book_impact_slope,
                "suggested_algorithm": suggested_algorithm,
                "suggested_horizon_seconds": suggested_horizon_seconds,
                "rationale": rationale,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        side = check_execution_estimate_out_side(d.pop("side"))

        quantity = d.pop("quantity")

        mid = d.pop("mid")

        spread_bps = d.pop("spread_bps")

        spread_cost_bps = d.pop("spread_cost_bps")

        def _parse_book_average_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        book_average_price = _parse_book_average_price(d.pop("book_average_price"))

        def _parse_book_slippage_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        book_slippage_bps = _parse_book_slippage_bps(d.pop("book_slippage_bps"))

        book_levels = d.pop("book_levels")

        book_fillable = d.pop("book_fillable")

        def _parse_sigma_daily(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sigma_daily = _parse_sigma_daily(d.pop("sigma_daily"))

        def _parse_daily_volume(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        daily_volume = _parse_daily_volume(d.pop("daily_volume"))

        candles = d.pop("candles")

        def _parse_candles_source(data: object) -> ExecutionEstimateOutCandlesSourceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candles_source_type_0 = check_execution_estimate_out_candles_source_type_0(data)

                return candles_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionEstimateOutCandlesSourceType0 | None, data)

        candles_source = _parse_candles_source(d.pop("candles_source"))

        impact_y = d.pop("impact_y")

        def _parse_impact_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        impact_bps = _parse_impact_bps(d.pop("impact_bps"))

        fee_rate = d.pop("fee_rate")

        fee_bps = d.pop("fee_bps")

        def _parse_expected_cost_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        expected_cost_bps = _parse_expected_cost_bps(d.pop("expected_cost_bps"))

        def _parse_ac_slices(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ac_slices = _parse_ac_slices(d.pop("ac_slices"))

        def _parse_ac_horizon_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ac_horizon_seconds = _parse_ac_horizon_seconds(d.pop("ac_horizon_seconds"))

        def _parse_ac_expected_cost_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ac_expected_cost_bps = _parse_ac_expected_cost_bps(d.pop("ac_expected_cost_bps"))

        def _parse_ac_risk_bps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ac_risk_bps = _parse_ac_risk_bps(d.pop("ac_risk_bps"))

        def _parse_book_impact_slope(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        book_impact_slope = _parse_book_impact_slope(d.pop("book_impact_slope"))

        suggested_algorithm = check_execution_estimate_out_suggested_algorithm(d.pop("suggested_algorithm"))

        suggested_horizon_seconds = d.pop("suggested_horizon_seconds")

        rationale = d.pop("rationale")

        source = d.pop("source")

        execution_estimate_out = cls(
            exchange=exchange,
            symbol=symbol,
            side=side,
            quantity=quantity,
            mid=mid,
            spread_bps=spread_bps,
            spread_cost_bps=spread_cost_bps,
            book_average_price=book_average_price,
            book_slippage_bps=book_slippage_bps,
            book_levels=book_levels,
            book_fillable=book_fillable,
            sigma_daily=sigma_daily,
            daily_volume=daily_volume,
            candles=candles,
            candles_source=candles_source,
            impact_y=impact_y,
            impact_bps=impact_bps,
            fee_rate=fee_rate,
            fee_bps=fee_bps,
            expected_cost_bps=expected_cost_bps,
            ac_slices=ac_slices,
            ac_horizon_seconds=ac_horizon_seconds,
            ac_expected_cost_bps=ac_expected_cost_bps,
            ac_risk_bps=ac_risk_bps,
            book_impact_slope=book_impact_slope,
            suggested_algorithm=suggested_algorithm,
            suggested_horizon_seconds=suggested_horizon_seconds,
            rationale=rationale,
            source=source,
        )

        execution_estimate_out.additional_properties = d
        return execution_estimate_out

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
