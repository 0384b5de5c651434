from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crash_detector_params import CrashDetectorParams
    from ..models.crash_episode import CrashEpisode


T = TypeVar("T", bound="EmergencyScanResult")


@_attrs_define
class EmergencyScanResult:
    """
    Attributes:
        exchange (str):
        symbol (str):
        timeframe (str):
        bars (int): Candles scanned
        first_bar (datetime.datetime | None):
        last_bar (datetime.datetime | None):
        params (CrashDetectorParams): Flash-crash detector parameters. A crash is detected at the close of a bar where
            ``drawdown`` fires together with at least one confirmation (``return_zscore``,
            ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
            to and including that bar are used. An episode stays open (no new alert: hysteresis) until
            ``cooldown_minutes`` pass without ``drawdown`` firing.

            The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
            hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
            2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).
        episodes (list[CrashEpisode]):
        source (Literal['db'] | Unset):  Default: 'db'.
    """

    exchange: str
    symbol: str
    timeframe: str
    bars: int
    first_bar: datetime.datetime | None
    last_bar: datetime.datetime | None
    params: CrashDetectorParams
    episodes: list[CrashEpisode]
    source: Literal["db"] | Unset = "db"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        bars = self.bars

        first_bar: None | str
        if isinstance(self.first_bar, datetime.datetime):
            first_bar = self.first_bar.isoformat()
        else:
            first_bar = self.first_bar

        last_bar: None | str
        if isinstance(self.last_bar, datetime.datetime):
            last_bar = self.last_bar.isoformat()
        else:
            last_bar = self.last_bar

        params = self.params.to_dict()

        episodes = []
        for episodes_item_data in self.episodes:
            episodes_item = episodes_item_data.to_dict()
            episodes.append(episodes_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "bars": bars,
                "first_bar": first_bar,
                "last_bar": last_bar,
                "params": params,
                "episodes": episodes,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crash_detector_params import CrashDetectorParams  # noqa: PLC0415
        from ..models.crash_episode import CrashEpisode  # noqa: PLC0415

        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        bars = d.pop("bars")

        def _parse_first_bar(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_bar_type_0 = datetime.datetime.fromisoformat(data)

                return first_bar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        first_bar = _parse_first_bar(d.pop("first_bar"))

        def _parse_last_bar(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_bar_type_0 = datetime.datetime.fromisoformat(data)

                return last_bar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_bar = _parse_last_bar(d.pop("last_bar"))

        params = CrashDetectorParams.from_dict(d.pop("params"))

        episodes = []
        _episodes = d.pop("episodes")
        for episodes_item_data in _episodes:
            episodes_item = CrashEpisode.from_dict(episodes_item_data)

            episodes.append(episodes_item)

        source = cast(Literal["db"] | Unset, d.pop("source", UNSET))
        if source != "db" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'db', got '{source}'")

        emergency_scan_result = cls(
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            bars=bars,
            first_bar=first_bar,
            last_bar=last_bar,
            params=params,
            episodes=episodes,
            source=source,
        )

        emergency_scan_result.additional_properties = d
        return emergency_scan_result

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
