from typing import Literal

AutoMLUpdateRequestMode = Literal["auto", "incremental", "refit"]

AUTO_ML_UPDATE_REQUEST_MODE_VALUES: set[AutoMLUpdateRequestMode] = {
    "auto",
    "incremental",
    "refit",
}


def check_auto_ml_update_request_mode(value: str) -> AutoMLUpdateRequestMode:
    if value in AUTO_ML_UPDATE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_UPDATE_REQUEST_MODE_VALUES!r}")
