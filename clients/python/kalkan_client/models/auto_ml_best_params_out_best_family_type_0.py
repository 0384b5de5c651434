from typing import Literal

AutoMLBestParamsOutBestFamilyType0 = Literal["hist_gb", "lightgbm", "logistic", "mlp", "random_forest"]

AUTO_ML_BEST_PARAMS_OUT_BEST_FAMILY_TYPE_0_VALUES: set[AutoMLBestParamsOutBestFamilyType0] = {
    "hist_gb",
    "lightgbm",
    "logistic",
    "mlp",
    "random_forest",
}


def check_auto_ml_best_params_out_best_family_type_0(value: str) -> AutoMLBestParamsOutBestFamilyType0:
    if value in AUTO_ML_BEST_PARAMS_OUT_BEST_FAMILY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_ML_BEST_PARAMS_OUT_BEST_FAMILY_TYPE_0_VALUES!r}"
    )
