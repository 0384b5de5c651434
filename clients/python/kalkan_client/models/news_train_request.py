from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsTrainRequest")


@_attrs_define
class NewsTrainRequest:
    """
    Attributes:
        epochs (int | Unset):  Default: 3.
        top_layers (int | Unset):  Default: 2.
        max_examples (int | None | Unset):
    """

    epochs: int | Unset = 3
    top_layers: int | Unset = 2
    max_examples: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epochs = self.epochs

        top_layers = self.top_layers

        max_examples: int | None | Unset
        if isinstance(self.max_examples, Unset):
            max_examples = UNSET
        else:
            max_examples = self.max_examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if epochs is not UNSET:
            field_dict["epochs"] = epochs
        if top_layers is not UNSET:
            field_dict["top_layers"] = top_layers
        if max_examples is not UNSET:
            field_dict["max_examples"] = max_examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        epochs = d.pop("epochs", UNSET)

        top_layers = d.pop("top_layers", UNSET)

        def _parse_max_examples(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_examples = _parse_max_examples(d.pop("max_examples", UNSET))

        news_train_request = cls(
            epochs=epochs,
            top_layers=top_layers,
            max_examples=max_examples,
        )

        news_train_request.additional_properties = d
        return news_train_request

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
