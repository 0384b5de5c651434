from typing import Literal

StudyStatusOutTarget = Literal["signal_model", "strategy"]

STUDY_STATUS_OUT_TARGET_VALUES: set[StudyStatusOutTarget] = {
    "signal_model",
    "strategy",
}


def check_study_status_out_target(value: str) -> StudyStatusOutTarget:
    if value in STUDY_STATUS_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STUDY_STATUS_OUT_TARGET_VALUES!r}")
