from typing import Literal

DeploymentOutStatus = Literal["active", "failed", "retired", "training"]

DEPLOYMENT_OUT_STATUS_VALUES: set[DeploymentOutStatus] = {
    "active",
    "failed",
    "retired",
    "training",
}


def check_deployment_out_status(value: str) -> DeploymentOutStatus:
    if value in DEPLOYMENT_OUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_OUT_STATUS_VALUES!r}")
