from typing import Literal

AutoMLStudyOutTarget = Literal["signal_model", "strategy"]

AUTO_ML_STUDY_OUT_TARGET_VALUES: set[AutoMLStudyOutTarget] = {
    "signal_model",
    "strategy",
}


def check_auto_ml_study_out_target(value: str) -> AutoMLStudyOutTarget:
    if value in AUTO_ML_STUDY_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_STUDY_OUT_TARGET_VALUES!r}")
