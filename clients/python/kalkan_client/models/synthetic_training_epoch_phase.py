from typing import Literal

SyntheticTrainingEpochPhase = Literal["embedding", "joint", "supervised"]

SYNTHETIC_TRAINING_EPOCH_PHASE_VALUES: set[SyntheticTrainingEpochPhase] = {
    "embedding",
    "joint",
    "supervised",
}


def check_synthetic_training_epoch_phase(value: str) -> SyntheticTrainingEpochPhase:
    if value in SYNTHETIC_TRAINING_EPOCH_PHASE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_TRAINING_EPOCH_PHASE_VALUES!r}")
