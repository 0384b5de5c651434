from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_generate_request_format import (
    SyntheticGenerateRequestFormat,
    check_synthetic_generate_request_format,
)
from ..models.synthetic_generate_request_generator import (
    SyntheticGenerateRequestGenerator,
    check_synthetic_generate_request_generator,
)
from ..models.synthetic_generate_request_regime_type_0 import (
    SyntheticGenerateRequestRegimeType0,
    check_synthetic_generate_request_regime_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.synthetic_generate_request_start_price_type_0 import SyntheticGenerateRequestStartPriceType0


T = TypeVar("T", bound="SyntheticGenerateRequest")


@_attrs_define
class SyntheticGenerateRequest:
    """Generate OHLCV paths from a trained model's generator. ``regime`` conditions TimeGAN
    (baselines generate unconditionally). ``start_price`` per symbol defaults to the last close
    of the model's data; ``start_time`` (the first bar) to the bar after the data's end.

        Attributes:
            model_id (str):
            generator (SyntheticGenerateRequestGenerator | Unset):  Default: 'timegan'.
            regime (None | SyntheticGenerateRequestRegimeType0 | Unset):
            n_paths (int | Unset):  Default: 10.
            length (int | Unset):  Default: 100.
            seed (int | Unset):  Default: 0.
            start_price (None | SyntheticGenerateRequestStartPriceType0 | Unset):
            start_time (datetime.datetime | None | Unset):
            format_ (SyntheticGenerateRequestFormat | Unset):  Default: 'json'.
    """

    model_id: str
    generator: SyntheticGenerateRequestGenerator | Unset = "timegan"
    regime: None | SyntheticGenerateRequestRegimeType0 | Unset = UNSET
    n_paths: int | Unset = 10
    length: int | Unset = 100
    seed: int | Unset = 0
    start_price: None | SyntheticGenerateRequestStartPriceType0 | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    format_: SyntheticGenerateRequestFormat | Unset = "json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.synthetic_generate_request_start_price_type_0 import SyntheticGenerateRequestStartPriceType0  # noqa: PLC0415

        model_id = self.model_id

        generator: str | Unset = UNSET
        if not isinstance(self.generator, Unset):
            generator = self.generator

        regime: None | str | Unset
        if isinstance(self.regime, Unset):
            regime = UNSET
        elif isinstance(self.regime, str):
            regime = self.regime
        else:
            regime = self.regime

        n_paths = self.n_paths

        length = self.length

        seed = self.seed

        start_price: dict[str, Any] | None | Unset
        if isinstance(self.start_price, Unset):
            start_price = UNSET
        elif isinstance(self.start_price, SyntheticGenerateRequestStartPriceType0):
            start_price = self.start_price.to_dict()
        else:
            start_price = self.start_price

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
            }
        )
        if generator is not UNSET:
            field_dict["generator"] = generator
        if regime is not UNSET:
            field_dict["regime"] = regime
        if n_paths is not UNSET:
            field_dict["n_paths"] = n_paths
        if length is not UNSET:
            field_dict["length"] = length
        if seed is not UNSET:
            field_dict["seed"] = seed
        if start_price is not UNSET:
            field_dict["start_price"] = start_price
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_generate_request_start_price_type_0 import SyntheticGenerateRequestStartPriceType0  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        _generator = d.pop("generator", UNSET)
        generator: SyntheticGenerateRequestGenerator | Unset
        if isinstance(_generator, Unset):
            generator = UNSET
        else:
            generator = check_synthetic_generate_request_generator(_generator)

        def _parse_regime(data: object) -> None | SyntheticGenerateRequestRegimeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regime_type_0 = check_synthetic_generate_request_regime_type_0(data)

                return regime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyntheticGenerateRequestRegimeType0 | Unset, data)

        regime = _parse_regime(d.pop("regime", UNSET))

        n_paths = d.pop("n_paths", UNSET)

        length = d.pop("length", UNSET)

        seed = d.pop("seed", UNSET)

        def _parse_start_price(data: object) -> None | SyntheticGenerateRequestStartPriceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_price_type_0 = SyntheticGenerateRequestStartPriceType0.from_dict(data)

                return start_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyntheticGenerateRequestStartPriceType0 | Unset, data)

        start_price = _parse_start_price(d.pop("start_price", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: SyntheticGenerateRequestFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_synthetic_generate_request_format(_format_)

        synthetic_generate_request = cls(
            model_id=model_id,
            generator=generator,
            regime=regime,
            n_paths=n_paths,
            length=length,
            seed=seed,
            start_price=start_price,
            start_time=start_time,
            format_=format_,
        )

        synthetic_generate_request.additional_properties = d
        return synthetic_generate_request

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
