from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.emergency_watch_out_action import EmergencyWatchOutAction, check_emergency_watch_out_action

if TYPE_CHECKING:
    from ..models.crash_detector_params import CrashDetectorParams


T = TypeVar("T", bound="EmergencyWatchOut")


@_attrs_define
class EmergencyWatchOut:
    """
    Attributes:
        id (int):
        exchange (str):
        symbol (str):
        timeframe (str):
        action (EmergencyWatchOutAction):
        params (CrashDetectorParams): Flash-crash detector parameters. A crash is detected at the close of a bar where
            ``drawdown`` fires together with at least one confirmation (``return_zscore``,
            ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
            to and including that bar are used. An episode stays open (no new alert: hysteresis) until
            ``cooldown_minutes`` pass without ``drawdown`` firing.

            The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
            hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
            2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).
        created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
    """

    id: int
    exchange: str
    symbol: str
    timeframe: str
    action: EmergencyWatchOutAction
    params: CrashDetectorParams
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        exchange = self.exchange

        symbol = self.symbol

        timeframe = self.timeframe

        action: str = self.action

        params = self.params.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "exchange": exchange,
                "symbol": symbol,
                "timeframe": timeframe,
                "action": action,
                "params": params,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crash_detector_params import CrashDetectorParams  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        exchange = d.pop("exchange")

        symbol = d.pop("symbol")

        timeframe = d.pop("timeframe")

        action = check_emergency_watch_out_action(d.pop("action"))

        params = CrashDetectorParams.from_dict(d.pop("params"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        emergency_watch_out = cls(
            id=id,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            action=action,
            params=params,
            created_at=created_at,
        )

        emergency_watch_out.additional_properties = d
        return emergency_watch_out

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
