from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crash_detector_params import CrashDetectorParams
    from ..models.emergency_alert_out import EmergencyAlertOut
    from ..models.emergency_market_state import EmergencyMarketState
    from ..models.halt_info import HaltInfo


T = TypeVar("T", bound="EmergencyStatus")


@_attrs_define
class EmergencyStatus:
    """
    Attributes:
        trading_halted (bool): Whether an order of the caller is refused now
        halts (list[HaltInfo]): Halts in force that cover the caller
        history (list[HaltInfo]): The newest halts that covered the caller
        detector_defaults (CrashDetectorParams): Flash-crash detector parameters. A crash is detected at the close of a
            bar where
            ``drawdown`` fires together with at least one confirmation (``return_zscore``,
            ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
            to and including that bar are used. An episode stays open (no new alert: hysteresis) until
            ``cooldown_minutes`` pass without ``drawdown`` firing.

            The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
            hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
            2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).
        markets (list[EmergencyMarketState] | Unset): Detector state of the markets watched for the caller or system-
            wide
        last_alerts (list[EmergencyAlertOut] | Unset): The caller's newest alerts (and system-wide ones)
    """

    trading_halted: bool
    halts: list[HaltInfo]
    history: list[HaltInfo]
    detector_defaults: CrashDetectorParams
    markets: list[EmergencyMarketState] | Unset = UNSET
    last_alerts: list[EmergencyAlertOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_halted = self.trading_halted

        halts = []
        for halts_item_data in self.halts:
            halts_item = halts_item_data.to_dict()
            halts.append(halts_item)

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        detector_defaults = self.detector_defaults.to_dict()

        markets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.markets, Unset):
            markets = []
            for markets_item_data in self.markets:
                markets_item = markets_item_data.to_dict()
                markets.append(markets_item)

        last_alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.last_alerts, Unset):
            last_alerts = []
            for last_alerts_item_data in self.last_alerts:
                last_alerts_item = last_alerts_item_data.to_dict()
                last_alerts.append(last_alerts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trading_halted": trading_halted,
                "halts": halts,
                "history": history,
                "detector_defaults": detector_defaults,
            }
        )
        if markets is not UNSET:
            field_dict["markets"] = markets
        if last_alerts is not UNSET:
            field_dict["last_alerts"] = last_alerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crash_detector_params import CrashDetectorParams  # noqa: PLC0415
        from ..models.emergency_alert_out import EmergencyAlertOut  # noqa: PLC0415
        from ..models.emergency_market_state import EmergencyMarketState  # noqa: PLC0415
        from ..models.halt_info import HaltInfo  # noqa: PLC0415

        d = dict(src_dict)
        trading_halted = d.pop("trading_halted")

        halts = []
        _halts = d.pop("halts")
        for halts_item_data in _halts:
            halts_item = HaltInfo.from_dict(halts_item_data)

            halts.append(halts_item)

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = HaltInfo.from_dict(history_item_data)

            history.append(history_item)

        detector_defaults = CrashDetectorParams.from_dict(d.pop("detector_defaults"))

        _markets = d.pop("markets", UNSET)
        markets: list[EmergencyMarketState] | Unset = UNSET
        if _markets is not UNSET:
            markets = []
            for markets_item_data in _markets:
                markets_item = EmergencyMarketState.from_dict(markets_item_data)

                markets.append(markets_item)

        _last_alerts = d.pop("last_alerts", UNSET)
        last_alerts: list[EmergencyAlertOut] | Unset = UNSET
        if _last_alerts is not UNSET:
            last_alerts = []
            for last_alerts_item_data in _last_alerts:
                last_alerts_item = EmergencyAlertOut.from_dict(last_alerts_item_data)

                last_alerts.append(last_alerts_item)

        emergency_status = cls(
            trading_halted=trading_halted,
            halts=halts,
            history=history,
            detector_defaults=detector_defaults,
            markets=markets,
            last_alerts=last_alerts,
        )

        emergency_status.additional_properties = d
        return emergency_status

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
