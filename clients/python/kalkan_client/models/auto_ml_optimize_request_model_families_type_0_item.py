from typing import Literal

AutoMLOptimizeRequestModelFamiliesType0Item = Literal["hist_gb", "lightgbm", "logistic", "mlp", "random_forest"]

AUTO_ML_OPTIMIZE_REQUEST_MODEL_FAMILIES_TYPE_0_ITEM_VALUES: set[AutoMLOptimizeRequestModelFamiliesType0Item] = {
    "hist_gb",
    "lightgbm",
    "logistic",
    "mlp",
    "random_forest",
}


def check_auto_ml_optimize_request_model_families_type_0_item(
    value: str,
) -> AutoMLOptimizeRequestModelFamiliesType0Item:
    if value in AUTO_ML_OPTIMIZE_REQUEST_MODEL_FAMILIES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_ML_OPTIMIZE_REQUEST_MODEL_FAMILIES_TYPE_0_ITEM_VALUES!r}"
    )
