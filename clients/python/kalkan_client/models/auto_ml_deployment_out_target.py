from typing import Literal

AutoMLDeploymentOutTarget = Literal["signal_model", "strategy"]

AUTO_ML_DEPLOYMENT_OUT_TARGET_VALUES: set[AutoMLDeploymentOutTarget] = {
    "signal_model",
    "strategy",
}


def check_auto_ml_deployment_out_target(value: str) -> AutoMLDeploymentOutTarget:
    if value in AUTO_ML_DEPLOYMENT_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_DEPLOYMENT_OUT_TARGET_VALUES!r}")
