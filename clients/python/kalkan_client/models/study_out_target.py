from typing import Literal

StudyOutTarget = Literal["signal_model", "strategy"]

STUDY_OUT_TARGET_VALUES: set[StudyOutTarget] = {
    "signal_model",
    "strategy",
}


def check_study_out_target(value: str) -> StudyOutTarget:
    if value in STUDY_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STUDY_OUT_TARGET_VALUES!r}")
