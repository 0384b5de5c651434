from typing import Literal

SyntheticModelOutStatus = Literal["cancelled", "failed", "queued", "ready", "training"]

SYNTHETIC_MODEL_OUT_STATUS_VALUES: set[SyntheticModelOutStatus] = {
    "cancelled",
    "failed",
    "queued",
    "ready",
    "training",
}


def check_synthetic_model_out_status(value: str) -> SyntheticModelOutStatus:
    if value in SYNTHETIC_MODEL_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_MODEL_OUT_STATUS_VALUES!r}")
