from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.news_event_study_request_timeframe import (
    NewsEventStudyRequestTimeframe,
    check_news_event_study_request_timeframe,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsEventStudyRequest")


@_attrs_define
class NewsEventStudyRequest:
    """
    Attributes:
        symbol (str): ccxt symbol BASE/QUOTE, e.g. BTC/USDT
        exchange (str | Unset):  Default: 'binance'.
        timeframe (NewsEventStudyRequestTimeframe | Unset):  Default: '1h'.
        horizons (list[int] | Unset): Bars
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        min_confidence (float | Unset):  Default: 0.0.
    """

    symbol: str
    exchange: str | Unset = "binance"
    timeframe: NewsEventStudyRequestTimeframe | Unset = "1h"
    horizons: list[int] | Unset = UNSET
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    min_confidence: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange = self.exchange

        timeframe: str | Unset = UNSET
        if not isinstance(self.timeframe, Unset):
            timeframe = self.timeframe

        horizons: list[int] | Unset = UNSET
        if not isinstance(self.horizons, Unset):
            horizons = self.horizons

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        min_confidence = self.min_confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if horizons is not UNSET:
            field_dict["horizons"] = horizons
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if min_confidence is not UNSET:
            field_dict["min_confidence"] = min_confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        exchange = d.pop("exchange", UNSET)

        _timeframe = d.pop("timeframe", UNSET)
        timeframe: NewsEventStudyRequestTimeframe | Unset
        if isinstance(_timeframe, Unset):
            timeframe = UNSET
        else:
            timeframe = check_news_event_study_request_timeframe(_timeframe)

        horizons = cast(list[int], d.pop("horizons", UNSET))

        def _parse_start(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        min_confidence = d.pop("min_confidence", UNSET)

        news_event_study_request = cls(
            symbol=symbol,
            exchange=exchange,
            timeframe=timeframe,
            horizons=horizons,
            start=start,
            end=end,
            min_confidence=min_confidence,
        )

        news_event_study_request.additional_properties = d
        return news_event_study_request

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
