from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyntheticTrainRequest")


@_attrs_define
class SyntheticTrainRequest:
    """Train TimeGAN — and fit the two baselines on the same range — on stored candles of one
    or several assets (aligned on time; up to 3). 80 % of the range trains, the last 20 % is
    held out for the quality report. Small defaults: raise the epochs for a real model.

        Attributes:
            exchange (str):
            symbols (list[str]):
            name (str | Unset):  Default: 'timegan'.
            timeframe (str | Unset):  Default: '1h'.
            start (datetime.datetime | None | Unset):
            end (datetime.datetime | None | Unset):
            window (int | Unset): Bars per training window Default: 24.
            hidden (int | Unset):  Default: 24.
            layers (int | Unset):  Default: 2.
            embedding_epochs (int | Unset):  Default: 20.
            supervised_epochs (int | Unset):  Default: 20.
            joint_epochs (int | Unset):  Default: 20.
            batch_size (int | Unset):  Default: 128.
            learning_rate (float | Unset):  Default: 0.001.
            bootstrap_block (float | Unset): Mean block length of the stationary bootstrap Default: 24.0.
            seed (int | Unset):  Default: 0.
    """

    exchange: str
    symbols: list[str]
    name: str | Unset = "timegan"
    timeframe: str | Unset = "1h"
    start: datetime.datetime | None | Unset = UNSET
    end: datetime.datetime | None | Unset = UNSET
    window: int | Unset = 24
    hidden: int | Unset = 24
    layers: int | Unset = 2
    embedding_epochs: int | Unset = 20
    supervised_epochs: int | Unset = 20
    joint_epochs: int | Unset = 20
    batch_size: int | Unset = 128
    learning_rate: float | Unset = 0.001
    bootstrap_block: float | Unset = 24.0
    seed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbols = self.symbols

        name = self.name

        timeframe = self.timeframe

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

        window = self.window

        hidden = self.hidden

        layers = self.layers

        embedding_epochs = self.embedding_epochs

        supervised_epochs = self.supervised_epochs

        joint_epochs = self.joint_epochs

        batch_size = self.batch_size

        learning_rate = self.learning_rate

        bootstrap_block = self.bootstrap_block

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "symbols": symbols,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timeframe is not UNSET:
            field_dict["timeframe"] = timeframe
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if window is not UNSET:
            field_dict["window"] = window
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if layers is not UNSET:
            field_dict["layers"] = layers
        if embedding_epochs is not UNSET:
            field_dict["embedding_epochs"] = embedding_epochs
        if supervised_epochs is not UNSET:
            field_dict["supervised_epochs"] = supervised_epochs
        if joint_epochs is not UNSET:
            field_dict["joint_epochs"] = joint_epochs
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate is not UNSET:
            field_dict["learning_rate"] = learning_rate
        if bootstrap_block is not UNSET:
            field_dict["bootstrap_block"] = bootstrap_block
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exchange = d.pop("exchange")

        symbols = cast(list[str], d.pop("symbols"))

        name = d.pop("name", UNSET)

        timeframe = d.pop("timeframe", UNSET)

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

        window = d.pop("window", UNSET)

        hidden = d.pop("hidden", UNSET)

        layers = d.pop("layers", UNSET)

        embedding_epochs = d.pop("embedding_epochs", UNSET)

        supervised_epochs = d.pop("supervised_epochs", UNSET)

        joint_epochs = d.pop("joint_epochs", UNSET)

        batch_size = d.pop("batch_size", UNSET)

        learning_rate = d.pop("learning_rate", UNSET)

        bootstrap_block = d.pop("bootstrap_block", UNSET)

        seed = d.pop("seed", UNSET)

        synthetic_train_request = cls(
            exchange=exchange,
            symbols=symbols,
            name=name,
            timeframe=timeframe,
            start=start,
            end=end,
            window=window,
            hidden=hidden,
            layers=layers,
            embedding_epochs=embedding_epochs,
            supervised_epochs=supervised_epochs,
            joint_epochs=joint_epochs,
            batch_size=batch_size,
            learning_rate=learning_rate,
            bootstrap_block=bootstrap_block,
            seed=seed,
        )

        synthetic_train_request.additional_properties = d
        return synthetic_train_request

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
