from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.auto_ml_update_request_mode import AutoMLUpdateRequestMode, check_auto_ml_update_request_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_ml_candle_window import AutoMLCandleWindow


T = TypeVar("T", bound="AutoMLUpdateRequest")


@_attrs_define
class AutoMLUpdateRequest:
    """An online update of a signal-model deployment on newer candles (a job).

    Attributes:
        data (AutoMLCandleWindow): Stored candles a study runs on (import them with POST /candles/import).
        mode (AutoMLUpdateRequestMode | Unset): auto: a refit on the post-drift rows when ADWIN finds drift in the live
            prediction error, else an incremental update; or force incremental / refit Default: 'auto'.
        holdout_fraction (float | Unset): the newest rows both versions are scored on Default: 0.25.
    """

    data: AutoMLCandleWindow
    mode: AutoMLUpdateRequestMode | Unset = "auto"
    holdout_fraction: float | Unset = 0.25

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        holdout_fraction = self.holdout_fraction

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if holdout_fraction is not UNSET:
            field_dict["holdout_fraction"] = holdout_fraction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_ml_candle_window import AutoMLCandleWindow  # noqa: PLC0415

        d = dict(src_dict)
        data = AutoMLCandleWindow.from_dict(d.pop("data"))

        _mode = d.pop("mode", UNSET)
        mode: AutoMLUpdateRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_auto_ml_update_request_mode(_mode)

        holdout_fraction = d.pop("holdout_fraction", UNSET)

        auto_ml_update_request = cls(
            data=data,
            mode=mode,
            holdout_fraction=holdout_fraction,
        )

        return auto_ml_update_request
