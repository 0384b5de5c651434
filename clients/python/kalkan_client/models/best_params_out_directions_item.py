from typing import Literal

BestParamsOutDirectionsItem = Literal["maximize", "minimize"]

BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES: set[BestParamsOutDirectionsItem] = {
    "maximize",
    "minimize",
}


def check_best_params_out_directions_item(value: str) -> BestParamsOutDirectionsItem:
    if value in BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BEST_PARAMS_OUT_DIRECTIONS_ITEM_VALUES!r}")
