from typing import Literal

AutoMLStudyStatusOutTarget = Literal["signal_model", "strategy"]

AUTO_ML_STUDY_STATUS_OUT_TARGET_VALUES: set[AutoMLStudyStatusOutTarget] = {
    "signal_model",
    "strategy",
}


def check_auto_ml_study_status_out_target(value: str) -> AutoMLStudyStatusOutTarget:
    if value in AUTO_ML_STUDY_STATUS_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_STUDY_STATUS_OUT_TARGET_VALUES!r}")
