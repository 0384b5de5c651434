from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_generate_result_generator import (
    SyntheticGenerateResultGenerator,
    check_synthetic_generate_result_generator,
)
from ..models.synthetic_generate_result_regime_type_0 import (
    SyntheticGenerateResultRegimeType0,
    check_synthetic_generate_result_regime_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.synthetic_path_out import SyntheticPathOut


T = TypeVar("T", bound="SyntheticGenerateResult")


@_attrs_define
class SyntheticGenerateResult:
    """
    Attributes:
        model_id (str):
        generator (SyntheticGenerateResultGenerator):
        regime (None | SyntheticGenerateResultRegimeType0):
        seed (int):
        timeframe (str):
        exchange (str):
        ts (list[datetime.datetime]): Open time of each bar, shared by every path
        regime_match (float | None): Share of paths whose realised regime is the one asked for
        paths (list[SyntheticPathOut]):
        source (Literal['synthetic'] | Unset):  Default: 'synthetic'.
    """

    model_id: str
    generator: SyntheticGenerateResultGenerator
    regime: None | SyntheticGenerateResultRegimeType0
    seed: int
    timeframe: str
    exchange: str
    ts: list[datetime.datetime]
    regime_match: float | None
    paths: list[SyntheticPathOut]
    source: Literal["synthetic"] | Unset = "synthetic"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        generator: str = self.generator

        regime: None | str
        if isinstance(self.regime, str):
            regime = self.regime
        else:
            regime = self.regime

        seed = self.seed

        timeframe = self.timeframe

        exchange = self.exchange

        ts = []
        for ts_item_data in self.ts:
            ts_item = ts_item_data.isoformat()
            ts.append(ts_item)

        regime_match: float | None
        regime_match = self.regime_match

        paths = []
        for paths_item_data in self.paths:
            paths_item = paths_item_data.to_dict()
            paths.append(paths_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "generator": generator,
                "regime": regime,
                "seed": seed,
                "timeframe": timeframe,
                "exchange": exchange,
                "ts": ts,
                "regime_match": regime_match,
                "paths": paths,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_path_out import SyntheticPathOut  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        generator = check_synthetic_generate_result_generator(d.pop("generator"))

        def _parse_regime(data: object) -> None | SyntheticGenerateResultRegimeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                regime_type_0 = check_synthetic_generate_result_regime_type_0(data)

                return regime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SyntheticGenerateResultRegimeType0, data)

        regime = _parse_regime(d.pop("regime"))

        seed = d.pop("seed")

        timeframe = d.pop("timeframe")

        exchange = d.pop("exchange")

        ts = []
        _ts = d.pop("ts")
        for ts_item_data in _ts:
            ts_item = datetime.datetime.fromisoformat(ts_item_data)

            ts.append(ts_item)

        def _parse_regime_match(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        regime_match = _parse_regime_match(d.pop("regime_match"))

        paths = []
        _paths = d.pop("paths")
        for paths_item_data in _paths:
            paths_item = SyntheticPathOut.from_dict(paths_item_data)

            paths.append(paths_item)

        source = cast(Literal["synthetic"] | Unset, d.pop("source", UNSET))
        if source != "synthetic" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'synthetic', got '{source}'")

        synthetic_generate_result = cls(
            model_id=model_id,
            generator=generator,
            regime=regime,
            seed=seed,
            timeframe=timeframe,
            exchange=exchange,
            ts=ts,
            regime_match=regime_match,
            paths=paths,
            source=source,
        )

        synthetic_generate_result.additional_properties = d
        return synthetic_generate_result

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
