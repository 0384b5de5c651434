from typing import Literal

AutoMLBestParamsOutDirectionsItem = Literal["maximize", "minimize"]

AUTO_ML_BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES: set[AutoMLBestParamsOutDirectionsItem] = {
    "maximize",
    "minimize",
}


def check_auto_ml_best_params_out_directions_item(value: str) -> AutoMLBestParamsOutDirectionsItem:
    if value in AUTO_ML_BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES!r}")
