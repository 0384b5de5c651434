from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.performance_bucket import PerformanceBucket


T = TypeVar("T", bound="PerformanceStats")


@_attrs_define
class PerformanceStats:
    """
    Attributes:
        trades (int):
        win_rate (float | None):
        total_pnl (float):
        profit_factor (float | None): Gross profit / gross loss; null if no losses
        avg_win (float | None):
        avg_loss (float | None):
        max_drawdown (float): Largest peak-to-trough fall of cumulative PnL (quote)
        sharpe (float | None): Annualised Sharpe of daily PnL over the active period (365 days/year)
        daily (list[PerformanceBucket]):
        weekly (list[PerformanceBucket]):
    """

    trades: int
    win_rate: float | None
    total_pnl: float
    profit_factor: float | None
    avg_win: float | None
    avg_loss: float | None
    max_drawdown: float
    sharpe: float | None
    daily: list[PerformanceBucket]
    weekly: list[PerformanceBucket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trades = self.trades

        win_rate: float | None
        win_rate = self.win_rate

        total_pnl = self.total_pnl

        profit_factor: float | None
        profit_factor = self.profit_factor

        avg_win: float | None
        avg_win = self.avg_win

        avg_loss: float | None
        avg_loss = self.avg_loss

        max_drawdown = self.max_drawdown

        sharpe: float | None
        sharpe = self.sharpe

        daily = []
        for daily_item_data in self.daily:
            daily_item = daily_item_data.to_dict()
            daily.append(daily_item)

        weekly = []
        for weekly_item_data in self.weekly:
            weekly_item = weekly_item_data.to_dict()
            weekly.append(weekly_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trades": trades,
                "win_rate": win_rate,
                "total_pnl": total_pnl,
                "profit_factor": profit_factor,
                "avg_win": avg_win,
                "avg_loss": avg_loss,
                "max_drawdown": max_drawdown,
                "sharpe": sharpe,
                "daily": daily,
                "weekly": weekly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.performance_bucket import PerformanceBucket  # noqa: PLC0415

        d = dict(src_dict)
        trades = d.pop("trades")

        def _parse_win_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        win_rate = _parse_win_rate(d.pop("win_rate"))

        total_pnl = d.pop("total_pnl")

        def _parse_profit_factor(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        profit_factor = _parse_profit_factor(d.pop("profit_factor"))

        def _parse_avg_win(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_win = _parse_avg_win(d.pop("avg_win"))

        def _parse_avg_loss(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_loss = _parse_avg_loss(d.pop("avg_loss"))

        max_drawdown = d.pop("max_drawdown")

        def _parse_sharpe(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        sharpe = _parse_sharpe(d.pop("sharpe"))

        daily = []
        _daily = d.pop("daily")
        for daily_item_data in _daily:
            daily_item = PerformanceBucket.from_dict(daily_item_data)

            daily.append(daily_item)

        weekly = []
        _weekly = d.pop("weekly")
        for weekly_item_data in _weekly:
            weekly_item = PerformanceBucket.from_dict(weekly_item_data)

            weekly.append(weekly_item)

        performance_stats = cls(
            trades=trades,
            win_rate=win_rate,
            total_pnl=total_pnl,
            profit_factor=profit_factor,
            avg_win=avg_win,
            avg_loss=avg_loss,
            max_drawdown=max_drawdown,
            sharpe=sharpe,
            daily=daily,
            weekly=weekly,
        )

        performance_stats.additional_properties = d
        return performance_stats

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
