from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_scenario_kind import SyntheticScenarioKind, check_synthetic_scenario_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyntheticScenario")


@_attrs_define
class SyntheticScenario:
    """A stress scenario in the form ``risk.stress_test`` replays: per bar the open, low, high
    and close of the asset relative to its price when the scenario starts (1.0 = unchanged).

        Attributes:
            name (str):
            kind (SyntheticScenarioKind):
            symbol (str):
            description (str):
            bars (int):
            open_ (list[float]):
            low (list[float]):
            high (list[float]):
            close (list[float]):
            worst_drawdown (float): Largest peak-to-trough fall of the close, fraction
            start (datetime.datetime | None | Unset): Historical: first bar
            end (datetime.datetime | None | Unset): Historical: last bar
            model_id (None | str | Unset): Generated: the model that drew it
            probability (float | None | Unset): Generated: probability of this draw under the model (1/draws)
            exceedance (float | None | Unset): Generated: share of the model's draws with a drawdown at least this deep
    """

    name: str
    kind: SyntheticScenarioKind
    symbol: str
    description: str
    bars: int
    open_: list[float]
    low: list[float]
    high: list[float]
    close: list[float]
    worst_drawdown: float
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    model_id: None | str | Unset = UNSET
    probability: float | None | Unset = UNSET
    exceedance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str = self.kind

        symbol = self.symbol

        description = self.description

        bars = self.bars

        open_ = self.open_

        low = self.low

        high = self.high

        close = self.close

        worst_drawdown = self.worst_drawdown

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

        model_id: None | str | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        probability: float | None | Unset
        if isinstance(self.probability, Unset):
            probability = UNSET
        else:
            probability = self.probability

        exceedance: float | None | Unset
        if isinstance(self.exceedance, Unset):
            exceedance = UNSET
        else:
            exceedance = self.exceedance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "symbol": symbol,
                "description": description,
                "bars": bars,
                "open": open_,
                "low": low,
                "high": high,
                "close": close,
                "worst_drawdown": worst_drawdown,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if probability is not UNSET:
            field_dict["probability"] = probability
        if exceedance is not UNSET:
            field_dict["exceedance"] = exceedance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = check_synthetic_scenario_kind(d.pop("kind"))

        symbol = d.pop("symbol")

        description = d.pop("description")

        bars = d.pop("bars")

        open_ = cast(list[float], d.pop("open"))

        low = cast(list[float], d.pop("low"))

        high = cast(list[float], d.pop("high"))

        close = cast(list[float], d.pop("close"))

        worst_drawdown = d.pop("worst_drawdown")

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

        def _parse_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_probability(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        probability = _parse_probability(d.pop("probability", UNSET))

        def _parse_exceedance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exceedance = _parse_exceedance(d.pop("exceedance", UNSET))

        synthetic_scenario = cls(
            name=name,
            kind=kind,
            symbol=symbol,
            description=description,
            bars=bars,
            open_=open_,
            low=low,
            high=high,
            close=close,
            worst_drawdown=worst_drawdown,
            start=start,
            end=end,
            model_id=model_id,
            probability=probability,
            exceedance=exceedance,
        )

        synthetic_scenario.additional_properties = d
        return synthetic_scenario

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
