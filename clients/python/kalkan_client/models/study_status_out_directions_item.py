from typing import Literal

StudyStatusOutDirectionsItem = Literal["maximize", "minimize"]

STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES: set[StudyStatusOutDirectionsItem] = {
    "maximize",
    "minimize",
}


def check_study_status_out_directions_item(value: str) -> StudyStatusOutDirectionsItem:
    if value in STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES!r}")
