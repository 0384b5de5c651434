from typing import Literal

SyntheticListModelsStatusType0 = Literal["cancelled", "failed", "queued", "ready", "training"]

SYNTHETIC_LIST_MODELS_STATUS_TYPE_0_VALUES: set[SyntheticListModelsStatusType0] = {
    "cancelled",
    "failed",
    "queued",
    "ready",
    "training",
}


def check_synthetic_list_models_status_type_0(value: str) -> SyntheticListModelsStatusType0:
    if value in SYNTHETIC_LIST_MODELS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_LIST_MODELS_STATUS_TYPE_0_VALUES!r}")
