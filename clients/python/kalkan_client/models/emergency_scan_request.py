from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crash_detector_params import CrashDetectorParams


T = TypeVar("T", bound="EmergencyScanRequest")


@_attrs_define
class EmergencyScanRequest:
    """Run the flash-crash detector over stored candles, as it would have run live.

    Attributes:
        symbol (str):
        exchange (str | Unset):  Default: 'binance'.
        timeframe (str | Unset):  Default: '1m'.
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        params (CrashDetectorParams | Unset): Flash-crash detector parameters. A crash is detected at the close of a bar
            where
            ``drawdown`` fires together with at least one confirmation (``return_zscore``,
            ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
            to and including that bar are used. An episode stays open (no new alert: hysteresis) until
            ``cooldown_minutes`` pass without ``drawdown`` firing.

            The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
            hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
            2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).
    """

    symbol: str
    exchange: str | Unset = "binance"
    timeframe: str | Unset = "1m"
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    params: CrashDetectorParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange = self.exchange

        timeframe = self.timeframe

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

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crash_detector_params import CrashDetectorParams  # noqa: PLC0415

        d = dict(src_dict)
        symbol = d.pop("symbol")

        exchange = d.pop("exchange", UNSET)

        timeframe = d.pop("timeframe", UNSET)

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

        _params = d.pop("params", UNSET)
        params: CrashDetectorParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = CrashDetectorParams.from_dict(_params)

        emergency_scan_request = cls(
            symbol=symbol,
            exchange=exchange,
            timeframe=timeframe,
            start=start,
            end=end,
            params=params,
        )

        return emergency_scan_request
