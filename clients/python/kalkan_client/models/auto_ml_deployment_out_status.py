from typing import Literal

AutoMLDeploymentOutStatus = Literal["active", "failed", "retired", "training"]

AUTO_ML_DEPLOYMENT_OUT_STATUS_VALUES: set[AutoMLDeploymentOutStatus] = {
    "active",
    "failed",
    "retired",
    "training",
}


def check_auto_ml_deployment_out_status(value: str) -> AutoMLDeploymentOutStatus:
    if value in AUTO_ML_DEPLOYMENT_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_DEPLOYMENT_OUT_STATUS_VALUES!r}")
