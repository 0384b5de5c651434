from typing import Literal

AutoMLStudyStatusOutDirectionsItem = Literal["maximize", "minimize"]

AUTO_ML_STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES: set[AutoMLStudyStatusOutDirectionsItem] = {
    "maximize",
    "minimize",
}


def check_auto_ml_study_status_out_directions_item(value: str) -> AutoMLStudyStatusOutDirectionsItem:
    if value in AUTO_ML_STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_STUDY_STATUS_OUT_DIRECTIONS_ITEM_VALUES!r}")
