from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.emergency_watch_in_action import EmergencyWatchInAction, check_emergency_watch_in_action
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crash_detector_params import CrashDetectorParams


T = TypeVar("T", bound="EmergencyWatchIn")


@_attrs_define
class EmergencyWatchIn:
    """Have the live monitor watch a market for the caller.

    Attributes:
        symbol (str):
        exchange (str | Unset):  Default: 'binance'.
        timeframe (str | Unset):  Default: '1m'.
        action (EmergencyWatchInAction | Unset): alert: notify only; halt: engage the caller's kill switch; halt_close:
            halt and close every position; halt_hedge: halt and hedge the net exposure Default: 'alert'.
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
    action: EmergencyWatchInAction | Unset = "alert"
    params: CrashDetectorParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        exchange = self.exchange

        timeframe = self.timeframe

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

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
        if action is not UNSET:
            field_dict["action"] = action
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

        _action = d.pop("action", UNSET)
        action: EmergencyWatchInAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_emergency_watch_in_action(_action)

        _params = d.pop("params", UNSET)
        params: CrashDetectorParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = CrashDetectorParams.from_dict(_params)

        emergency_watch_in = cls(
            symbol=symbol,
            exchange=exchange,
            timeframe=timeframe,
            action=action,
            params=params,
        )

        return emergency_watch_in
