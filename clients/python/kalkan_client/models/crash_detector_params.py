from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CrashDetectorParams")


@_attrs_define
class CrashDetectorParams:
    """Flash-crash detector parameters. A crash is detected at the close of a bar where
    ``drawdown`` fires together with at least one confirmation (``return_zscore``,
    ``volume_spike`` or ``range_spike``), or where ``severe_drawdown`` fires alone. Only data up
    to and including that bar are used. An episode stays open (no new alert: hysteresis) until
    ``cooldown_minutes`` pass without ``drawdown`` firing.

    The defaults (10 % within an hour, confirmed) caught 2020-03-12 and 2021-05-19 in the first
    hourly bar of each crash on Binance BTC/USDT, and were silent in 26 of the 47 months of
    2017-08 → 2021-06 (the others held real crash days: 2017-12, 2018-01, 2020-03, 2021-05, ...).

        Attributes:
            window_minutes (int | Unset):  Default: 60.
            drop_pct (float | Unset):  Default: 0.1.
            severe_multiple (float | Unset):  Default: 2.0.
            lookback_bars (int | Unset):  Default: 168.
            zscore (float | Unset):  Default: 6.0.
            volume_multiple (float | Unset):  Default: 4.0.
            range_multiple (float | Unset):  Default: 5.0.
            cooldown_minutes (int | Unset):  Default: 360.
    """

    window_minutes: int | Unset = 60
    drop_pct: float | Unset = 0.1
    severe_multiple: float | Unset = 2.0
    lookback_bars: int | Unset = 168
    zscore: float | Unset = 6.0
    volume_multiple: float | Unset = 4.0
    range_multiple: float | Unset = 5.0
    cooldown_minutes: int | Unset = 360
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window_minutes = self.window_minutes

        drop_pct = self.drop_pct

        severe_multiple = self.severe_multiple

        lookback_bars = self.lookback_bars

        zscore = self.zscore

        volume_multiple = self.volume_multiple

        range_multiple = self.range_multiple

        cooldown_minutes = self.cooldown_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if window_minutes is not UNSET:
            field_dict["window_minutes"] = window_minutes
        if drop_pct is not UNSET:
            field_dict["drop_pct"] = drop_pct
        if severe_multiple is not UNSET:
            field_dict["severe_multiple"] = severe_multiple
        if lookback_bars is not UNSET:
            field_dict["lookback_bars"] = lookback_bars
        if zscore is not UNSET:
            field_dict["zscore"] = zscore
        if volume_multiple is not UNSET:
            field_dict["volume_multiple"] = volume_multiple
        if range_multiple is not UNSET:
            field_dict["range_multiple"] = range_multiple
        if cooldown_minutes is not UNSET:
            field_dict["cooldown_minutes"] = cooldown_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        window_minutes = d.pop("window_minutes", UNSET)

        drop_pct = d.pop("drop_pct", UNSET)

        severe_multiple = d.pop("severe_multiple", UNSET)

        lookback_bars = d.pop("lookback_bars", UNSET)

        zscore = d.pop("zscore", UNSET)

        volume_multiple = d.pop("volume_multiple", UNSET)

        range_multiple = d.pop("range_multiple", UNSET)

        cooldown_minutes = d.pop("cooldown_minutes", UNSET)

        crash_detector_params = cls(
            window_minutes=window_minutes,
            drop_pct=drop_pct,
            severe_multiple=severe_multiple,
            lookback_bars=lookback_bars,
            zscore=zscore,
            volume_multiple=volume_multiple,
            range_multiple=range_multiple,
            cooldown_minutes=cooldown_minutes,
        )

        crash_detector_params.additional_properties = d
        return crash_detector_params

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
