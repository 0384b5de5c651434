from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rl_equity_metrics import RLEquityMetrics
    from ..models.rl_performance_out_agent import RLPerformanceOutAgent
    from ..models.rl_performance_out_chart import RLPerformanceOutChart
    from ..models.rl_performance_out_random import RLPerformanceOutRandom


T = TypeVar("T", bound="RLPerformanceOut")


@_attrs_define
class RLPerformanceOut:
    """
    Attributes:
        model_id (str):
        symbol (str):
        timeframe (str):
        start (datetime.datetime):
        end (datetime.datetime):
        bars (int):
        agent (RLPerformanceOutAgent): Episode report and metrics of the agent
        buy_and_hold (RLEquityMetrics):
        random (RLPerformanceOutRandom): Random-action agents (same env): returns, mean
        beats_buy_and_hold (bool):
        beats_random (bool):
        chart (RLPerformanceOutChart): Plotly figure: the three equity curves
    """

    model_id: str
    symbol: str
    timeframe: str
    start: datetime.datetime
    end: datetime.datetime
    bars: int
    agent: RLPerformanceOutAgent
    buy_and_hold: RLEquityMetrics
    random: RLPerformanceOutRandom
    beats_buy_and_hold: bool
    beats_random: bool
    chart: RLPerformanceOutChart
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        symbol = self.symbol

        timeframe = self.timeframe

        start = self.start.isoformat()

        end = self.end.isoformat()

        bars = self.bars

        agent = self.agent.to_dict()

        buy_and_hold = self.buy_and_hold.to_dict()

        random = self.random.to_dict()

        beats_buy_and_hold = self.beats_buy_and_hold

        beats_random = self.beats_random

        chart = self.chart.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "symbol": symbol,
                "timeframe": timeframe,
                "start": start,
                "end": end,
                "bars": bars,
                "agent": agent,
                "buy_and_hold": buy_and_hold,
                "random": random,
                "beats_buy_and_hold": beats_buy_and_hold,
                "beats_random": beats_random,
                "chart": chart,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_equity_metrics import RLEquityMetrics  # noqa: PLC0415
        from ..models.rl_performance_out_agent import RLPerformanceOutAgent  # noqa: PLC0415
        from ..models.rl_performance_out_chart import RLPerformanceOutChart  # noqa: PLC0415
        from ..models.rl_performance_out_random import RLPerformanceOutRandom  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        end = datetime.datetime.fromisoformat(d.pop("end"))

        bars = d.pop("bars")

        agent = RLPerformanceOutAgent.from_dict(d.pop("agent"))

        buy_and_hold = RLEquityMetrics.from_dict(d.pop("buy_and_hold"))

        random = RLPerformanceOutRandom.from_dict(d.pop("random"))

        beats_buy_and_hold = d.pop("beats_buy_and_hold")

        beats_random = d.pop("beats_random")

        chart = RLPerformanceOutChart.from_dict(d.pop("chart"))

        rl_performance_out = cls(
            model_id=model_id,
            symbol=symbol,
            timeframe=timeframe,
            start=start,
            end=end,
            bars=bars,
            agent=agent,
            buy_and_hold=buy_and_hold,
            random=random,
            beats_buy_and_hold=beats_buy_and_hold,
            beats_random=beats_random,
            chart=chart,
        )

        rl_performance_out.additional_properties = d
        return rl_performance_out

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
