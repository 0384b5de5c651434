from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synthetic_training_epoch_phase import SyntheticTrainingEpochPhase, check_synthetic_training_epoch_phase

if TYPE_CHECKING:
    from ..models.synthetic_training_epoch_losses import SyntheticTrainingEpochLosses


T = TypeVar("T", bound="SyntheticTrainingEpoch")


@_attrs_define
class SyntheticTrainingEpoch:
    """
    Attributes:
        phase (SyntheticTrainingEpochPhase):
        epoch (int):
        losses (SyntheticTrainingEpochLosses):
    """

    phase: SyntheticTrainingEpochPhase
    epoch: int
    losses: SyntheticTrainingEpochLosses
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str = self.phase

        epoch = self.epoch

        losses = self.losses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
                "epoch": epoch,
                "losses": losses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.synthetic_training_epoch_losses import SyntheticTrainingEpochLosses  # noqa: PLC0415

        d = dict(src_dict)
        phase = check_synthetic_training_epoch_phase(d.pop("phase"))

        epoch = d.pop("epoch")

        losses = SyntheticTrainingEpochLosses.from_dict(d.pop("losses"))

        synthetic_training_epoch = cls(
            phase=phase,
            epoch=epoch,
            losses=losses,
        )

        synthetic_training_epoch.additional_properties = d
        return synthetic_training_epoch

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
