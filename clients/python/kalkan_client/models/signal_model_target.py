from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_model_target_data import SignalModelTargetData


T = TypeVar("T", bound="SignalModelTarget")


@_attrs_define
class SignalModelTarget:
    """
    Attributes:
        lags (list[int] | Unset):
        vol_window (int | Unset):  Default: 24.
        rsi_window (int | Unset):  Default: 14.
        volume_window (int | Unset):  Default: 24.
        validation_fraction (float | Unset):  Default: 0.2.
        embargo (int | Unset): bars dropped between the training rows' label windows and the first validation bar, on
            top of the purge (see splits) Default: 0.
        max_epochs (int | Unset): upper bound of the epochs range Default: 10.
        data (SignalModelTargetData | Unset): Where the candles came from (symbol, timeframe, exchange, start/end);
            recorded so deployers can reload the same window
        data_fingerprint (None | str | Unset): Hash of the candles the study runs on (set at creation)
    """

    lags: list[int] | Unset = UNSET
    vol_window: int | Unset = 24
    rsi_window: int | Unset = 14
    volume_window: int | Unset = 24
    validation_fraction: float | Unset = 0.2
    embargo: int | Unset = 0
    max_epochs: int | Unset = 10
    data: SignalModelTargetData | Unset = UNSET
    data_fingerprint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lags: list[int] | Unset = UNSET
        if not isinstance(self.lags, Unset):
            lags = self.lags

        vol_window = self.vol_window

        rsi_window = self.rsi_window

        volume_window = self.volume_window

        validation_fraction = self.validation_fraction

        embargo = self.embargo

        max_epochs = self.max_epochs

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        data_fingerprint: None | str | Unset
        if isinstance(self.data_fingerprint, Unset):
            data_fingerprint = UNSET
        else:
            data_fingerprint = self.data_fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lags is not UNSET:
            field_dict["lags"] = lags
        if vol_window is not UNSET:
            field_dict["vol_window"] = vol_window
        if rsi_window is not UNSET:
            field_dict["rsi_window"] = rsi_window
        if volume_window is not UNSET:
            field_dict["volume_window"] = volume_window
        if validation_fraction is not UNSET:
            field_dict["validation_fraction"] = validation_fraction
        if embargo is not UNSET:
            field_dict["embargo"] = embargo
        if max_epochs is not UNSET:
            field_dict["max_epochs"] = max_epochs
        if data is not UNSET:
            field_dict["data"] = data
        if data_fingerprint is not UNSET:
            field_dict["data_fingerprint"] = data_fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_model_target_data import SignalModelTargetData  # noqa: PLC0415

        d = dict(src_dict)
        lags = cast(list[int], d.pop("lags", UNSET))

        vol_window = d.pop("vol_window", UNSET)

        rsi_window = d.pop("rsi_window", UNSET)

        volume_window = d.pop("volume_window", UNSET)

        validation_fraction = d.pop("validation_fraction", UNSET)

        embargo = d.pop("embargo", UNSET)

        max_epochs = d.pop("max_epochs", UNSET)

        _data = d.pop("data", UNSET)
        data: SignalModelTargetData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SignalModelTargetData.from_dict(_data)

        def _parse_data_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_fingerprint = _parse_data_fingerprint(d.pop("data_fingerprint", UNSET))

        signal_model_target = cls(
            lags=lags,
            vol_window=vol_window,
            rsi_window=rsi_window,
            volume_window=volume_window,
            validation_fraction=validation_fraction,
            embargo=embargo,
            max_epochs=max_epochs,
            data=data,
            data_fingerprint=data_fingerprint,
        )

        signal_model_target.additional_properties = d
        return signal_model_target

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
