from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.candle_range import CandleRange
    from ..models.rl_candle_in import RLCandleIn


T = TypeVar("T", bound="RLPredictRequest")


@_attrs_define
class RLPredictRequest:
    """
    Attributes:
        model_id (str):
        data (CandleRange | None | Unset): Read the latest bars (≤ end) from the candles store
        candles (list[RLCandleIn] | None | Unset): Or the latest bars inline
        symbol (None | str | Unset): With inline candles
        save_signal (bool | Unset): Store the answer as a signal Default: False.
    """

    model_id: str
    data: CandleRange | None | Unset = UNSET
    candles: list[RLCandleIn] | None | Unset = UNSET
    symbol: None | str | Unset = UNSET
    save_signal: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.candle_range import CandleRange  # noqa: PLC0415

        model_id = self.model_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, CandleRange):
            data = self.data.to_dict()
        else:
            data = self.data

        candles: list[dict[str, Any]] | None | Unset
        if isinstance(self.candles, Unset):
            candles = UNSET
        elif isinstance(self.candles, list):
            candles = []
            for candles_type_0_item_data in self.candles:
                candles_type_0_item = candles_type_0_item_data.to_dict()
                candles.append(candles_type_0_item)

        else:
            candles = self.candles

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        save_signal = self.save_signal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if candles is not UNSET:
            field_dict["candles"] = candles
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if save_signal is not UNSET:
            field_dict["save_signal"] = save_signal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.candle_range import CandleRange  # noqa: PLC0415
        from ..models.rl_candle_in import RLCandleIn  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        def _parse_data(data: object) -> CandleRange | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CandleRange.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CandleRange | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_candles(data: object) -> list[RLCandleIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                candles_type_0 = []
                _candles_type_0 = data
                for candles_type_0_item_data in _candles_type_0:
                    candles_type_0_item = RLCandleIn.from_dict(candles_type_0_item_data)

                    candles_type_0.append(candles_type_0_item)

                return candles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RLCandleIn] | None | Unset, data)

        candles = _parse_candles(d.pop("candles", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        save_signal = d.pop("save_signal", UNSET)

        rl_predict_request = cls(
            model_id=model_id,
            data=data,
            candles=candles,
            symbol=symbol,
            save_signal=save_signal,
        )

        return rl_predict_request
