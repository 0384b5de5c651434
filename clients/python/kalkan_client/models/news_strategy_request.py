from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_strategy_request_timeframe import NewsStrategyRequestTimeframe, check_news_strategy_request_timeframe
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.news_strategy_request_source_weights import NewsStrategyRequestSourceWeights


T = TypeVar("T", bound="NewsStrategyRequest")


@_attrs_define
class NewsStrategyRequest:
    """
    Attributes:
        symbols (list[str]):
        window_hours (float | Unset):  Default: 24.0.
        half_life_hours (float | Unset):  Default: 6.0.
        source_weights (NewsStrategyRequestSourceWeights | Unset): Weight per source (e.g. cryptopanic, rss:coindesk,
            user); default 1
        min_items (int | Unset):  Default: 2.
        at (datetime.datetime | None | Unset): Evaluate as of this time (default now)
        exchange (str | Unset): Candles for the stop-loss Default: 'binance'.
        timeframe (NewsStrategyRequestTimeframe | Unset):  Default: '1h'.
        atr_period (int | Unset):  Default: 14.
        atr_multiplier (float | Unset):  Default: 2.0.
        save (bool | Unset): Save actionable signals via the database module Default: False.
    """

    symbols: list[str]
    window_hours: float | Unset = 24.0
    half_life_hours: float | Unset = 6.0
    source_weights: NewsStrategyRequestSourceWeights | Unset = UNSET
    min_items: int | Unset = 2
    at: datetime.datetime | None | Unset = UNSET
    exchange: str | Unset = "binance"
    timeframe: NewsStrategyRequestTimeframe | Unset = "1h"
    atr_period: int | Unset = 14
    atr_multiplier: float | Unset = 2.0
    save: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols = self.symbols

        window_hours = self.window_hours

        half_life_hours = self.half_life_hours

        source_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_weights, Unset):
            source_weights = self.source_weights.to_dict()

        min_items = self.min_items

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        elif isinstance(self.at, datetime.datetime):
            at = self.at.isoformat()
        else:
            at = self.at

        exchange = self.exchange

        timeframe: str | Unset = UNSET
        if not isinstance(self.timeframe, Unset):
            timeframe = self.timeframe

        atr_period = self.atr_period

        atr_multiplier = self.atr_multiplier

        save = self.save

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbols": symbols,
            }
        )
        if window_hours is not UNSET:
            field_dict["window_hours"] = window_hours
        if half_life_hours is not UNSET:
            field_dict["half_life_hours"] = half_life_hours
        if source_weights is not UNSET:
            field_dict["source_weights"] = source_weights
        if min_items is not UNSET:
            field_dict["min_items"] = min_items
        if at is not UNSET:
            field_dict["at"] = at
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if atr_period is not UNSET:
            field_dict["atr_period"] = atr_period
        if atr_multiplier is not UNSET:
            field_dict["atr_multiplier"] = atr_multiplier
        if save is not UNSET:
            field_dict["save"] = save

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.news_strategy_request_source_weights import NewsStrategyRequestSourceWeights  # noqa: PLC0415

        d = dict(src_dict)
        symbols = cast(list[str], d.pop("symbols"))

        window_hours = d.pop("window_hours", UNSET)

        half_life_hours = d.pop("half_life_hours", UNSET)

        _source_weights = d.pop("source_weights", UNSET)
        source_weights: NewsStrategyRequestSourceWeights | Unset
        if isinstance(_source_weights, Unset):
            source_weights = UNSET
        else:
            source_weights = NewsStrategyRequestSourceWeights.from_dict(_source_weights)

        min_items = d.pop("min_items", UNSET)

        def _parse_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                at_type_0 = datetime.datetime.fromisoformat(data)

                return at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        exchange = d.pop("exchange", UNSET)

        _timeframe = d.pop("timeframe", UNSET)
        timeframe: NewsStrategyRequestTimeframe | Unset
        if isinstance(_timeframe, Unset):
            timeframe = UNSET
        else:
            timeframe = check_news_strategy_request_timeframe(_timeframe)

        atr_period = d.pop("atr_period", UNSET)

        atr_multiplier = d.pop("atr_multiplier", UNSET)

        save = d.pop("save", UNSET)

        news_strategy_request = cls(
            symbols=symbols,
            window_hours=window_hours,
            half_life_hours=half_life_hours,
            source_weights=source_weights,
            min_items=min_items,
            at=at,
            exchange=exchange,
            timeframe=timeframe,
            atr_period=atr_period,
            atr_multiplier=atr_multiplier,
            save=save,
        )

        news_strategy_request.additional_properties = d
        return news_strategy_request

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
