from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.portfolio_attribution_row import PortfolioAttributionRow
    from ..models.portfolio_equity_point import PortfolioEquityPoint
    from ..models.portfolio_performance_contributions import PortfolioPerformanceContributions
    from ..models.portfolio_performance_metrics import PortfolioPerformanceMetrics


T = TypeVar("T", bound="PortfolioPerformance")


@_attrs_define
class PortfolioPerformance:
    """Equity curve from the ledger marked at the store's closes; metrics from the backtest
    module's implementation (bars annualised with 365 days); Brinson-Fachler attribution
    whose allocation + selection + interaction sum to ``active_return``.

        Attributes:
            account (str):
            exchange (str):
            timeframe (str):
            benchmark (str):
            equity_curve (list[PortfolioEquityPoint]):
            time_weighted_return (float):
            benchmark_return (float):
            active_return (float):
            metrics (PortfolioPerformanceMetrics):
            contributions (PortfolioPerformanceContributions): Each symbol's PnL / starting equity
            attribution (list[PortfolioAttributionRow]):
            allocation (float):
            selection (float):
            interaction (float):
    """

    account: str
    exchange: str
    timeframe: str
    benchmark: str
    equity_curve: list[PortfolioEquityPoint]
    time_weighted_return: float
    benchmark_return: float
    active_return: float
    metrics: PortfolioPerformanceMetrics
    contributions: PortfolioPerformanceContributions
    attribution: list[PortfolioAttributionRow]
    allocation: float
    selection: float
    interaction: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        exchange = self.exchange

        timeframe = self.timeframe

        benchmark = self.benchmark

        equity_curve = []
        for equity_curve_item_data in self.equity_curve:
            equity_curve_item = equity_curve_item_data.to_dict()
            equity_curve.append(equity_curve_item)

        time_weighted_return = self.time_weighted_return

        benchmark_return = self.benchmark_return

        active_return = self.active_return

        metrics = self.metrics.to_dict()

        contributions = self.contributions.to_dict()

        attribution = []
        for attribution_item_data in self.attribution:
            attribution_item = attribution_item_data.to_dict()
            attribution.append(attribution_item)

        allocation = self.allocation

        selection = self.selection

        interaction = self.interaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "exchange": exchange,
                "timeframe": timeframe,
                "benchmark": benchmark,
                "equity_curve": equity_curve,
                "time_weighted_return": time_weighted_return,
                "benchmark_return": benchmark_return,
                "active_return": active_return,
                "metrics": metrics,
                "contributions": contributions,
                "attribution": attribution,
                "allocation": allocation,
                "selection": selection,
                "interaction": interaction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_attribution_row import PortfolioAttributionRow  # noqa: PLC0415
        from ..models.portfolio_equity_point import PortfolioEquityPoint  # noqa: PLC0415
        from ..models.portfolio_performance_contributions import PortfolioPerformanceContributions  # noqa: PLC0415
        from ..models.portfolio_performance_metrics import PortfolioPerformanceMetrics  # noqa: PLC0415

        d = dict(src_dict)
        account = d.pop("account")

        exchange = d.pop("exchange")

        timeframe = d.pop("timeframe")

        benchmark = d.pop("benchmark")

        equity_curve = []
        _equity_curve = d.pop("equity_curve")
        for equity_curve_item_data in _equity_curve:
            equity_curve_item = PortfolioEquityPoint.from_dict(equity_curve_item_data)

            equity_curve.append(equity_curve_item)

        time_weighted_return = d.pop("time_weighted_return")

        benchmark_return = d.pop("benchmark_return")

        active_return = d.pop("active_return")

        metrics = PortfolioPerformanceMetrics.from_dict(d.pop("metrics"))

        contributions = PortfolioPerformanceContributions.from_dict(d.pop("contributions"))

        attribution = []
        _attribution = d.pop("attribution")
        for attribution_item_data in _attribution:
            attribution_item = PortfolioAttributionRow.from_dict(attribution_item_data)

            attribution.append(attribution_item)

        allocation = d.pop("allocation")

        selection = d.pop("selection")

        interaction = d.pop("interaction")

        portfolio_performance = cls(
            account=account,
            exchange=exchange,
            timeframe=timeframe,
            benchmark=benchmark,
            equity_curve=equity_curve,
            time_weighted_return=time_weighted_return,
            benchmark_return=benchmark_return,
            active_return=active_return,
            metrics=metrics,
            contributions=contributions,
            attribution=attribution,
            allocation=allocation,
            selection=selection,
            interaction=interaction,
        )

        portfolio_performance.additional_properties = d
        return portfolio_performance

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
