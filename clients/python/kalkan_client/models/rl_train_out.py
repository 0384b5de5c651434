from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rl_model_out import RLModelOut


T = TypeVar("T", bound="RLTrainOut")


@_attrs_define
class RLTrainOut:
    """
    Attributes:
        model (RLModelOut): A registry entry: who owns it, what it is, what it was trained on, how it did.
        job_id (str): Poll GET /jobs/{job_id}; cancel with POST .../cancel
    """

    model: RLModelOut
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rl_model_out import RLModelOut  # noqa: PLC0415

        d = dict(src_dict)
        model = RLModelOut.from_dict(d.pop("model"))

        job_id = d.pop("job_id")

        rl_train_out = cls(
            model=model,
            job_id=job_id,
        )

        rl_train_out.additional_properties = d
        return rl_train_out

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
