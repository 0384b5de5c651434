from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rl_model_out import RLModelOut


T = TypeVar("T", bound="RLLoadModelOut")


@_attrs_define
class RLLoadModelOut:
    """
    Attributes:
        model (RLModelOut): A registry entry: who owns it, what it is, what it was trained on, how it did.
        verified (bool): Hash checked and the agent rebuilt from its weights
        parameters (int): Number of weights loaded
    """

    model: RLModelOut
    verified: bool
    parameters: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_dict()

        verified = self.verified

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "verified": verified,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_model_out import RLModelOut  # noqa: PLC0415

        d = dict(src_dict)
        model = RLModelOut.from_dict(d.pop("model"))

        verified = d.pop("verified")

        parameters = d.pop("parameters")

        rl_load_model_out = cls(
            model=model,
            verified=verified,
            parameters=parameters,
        )

        rl_load_model_out.additional_properties = d
        return rl_load_model_out

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
