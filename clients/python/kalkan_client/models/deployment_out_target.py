from typing import Literal

DeploymentOutTarget = Literal["signal_model", "strategy"]

DEPLOYMENT_OUT_TARGET_VALUES: set[DeploymentOutTarget] = {
    "signal_model",
    "strategy",
}


def check_deployment_out_target(value: str) -> DeploymentOutTarget:
    if value in DEPLOYMENT_OUT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_OUT_TARGET_VALUES!r}")
