from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crash_rule import CrashRule, check_crash_rule

T = TypeVar("T", bound="EmergencyMarketState")


@_attrs_define
class EmergencyMarketState:
    """One watched market in this process's live monitor.

    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        feed (str):
        state (str): starting, live, ended, or failed
        detail (None | str):
        bars (int): Closed bars the detector has taken
        warm (bool): Every candle rule has its baseline
        ticks (int):
        last_price (float | None):
        last_at (datetime.datetime | None):
        episode_open (bool): An episode is open: no new alert until it ends
        last_rules (list[CrashRule]):
        watchers (int): Watches of the caller on this market (system: 0)
    """

    exchange: str
    symbol: str
    timeframe: str
    feed: str
    state: str
    detail: None | str
    bars: int
    warm: bool
    ticks: int
    last_price: float | None
    last_at: datetime.datetime | None
    episode_open: bool
    last_rules: list[CrashRule]
    watchers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        feed = self.feed

        state = self.state

        detail: None | str
        detail = self.detail

        bars = self.bars

        warm = self.warm

        ticks = self.ticks

        last_price: float | None
        last_price = self.last_price

        last_at: None | str
        if isinstance(self.last_at, datetime.datetime):
            last_at = self.last_at.isoformat()
        else:
            last_at = self.last_at

        episode_open = self.episode_open

        last_rules = []
        for last_rules_item_data in self.last_rules:
            last_rules_item: str = last_rules_item_data
            last_rules.append(last_rules_item)

        watchers = self.watchers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "feed": feed,
                "state": state,
                "detail": detail,
                "bars": bars,
                "warm": warm,
                "ticks": ticks,
                "last_price": last_price,
                "last_at": last_at,
                "episode_open": episode_open,
                "last_rules": last_rules,
                "watchers": watchers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        feed = d.pop("feed")

        state = d.pop("state")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        bars = d.pop("bars")

        warm = d.pop("warm")

        ticks = d.pop("ticks")

        def _parse_last_price(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last_price = _parse_last_price(d.pop("last_price"))

        def _parse_last_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_at = _parse_last_at(d.pop("last_at"))

        episode_open = d.pop("episode_open")

        last_rules = []
        _last_rules = d.pop("last_rules")
        for last_rules_item_data in _last_rules:
            last_rules_item = check_crash_rule(last_rules_item_data)

            last_rules.append(last_rules_item)

        watchers = d.pop("watchers")

        emergency_market_state = cls(
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            feed=feed,
            state=state,
            detail=detail,
            bars=bars,
            warm=warm,
            ticks=ticks,
            last_price=last_price,
            last_at=last_at,
            episode_open=episode_open,
            last_rules=last_rules,
            watchers=watchers,
        )

        emergency_market_state.additional_properties = d
        return emergency_market_state

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
