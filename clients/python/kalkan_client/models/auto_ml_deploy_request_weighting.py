from typing import Literal

AutoMLDeployRequestWeighting = Literal["equal", "fitted"]

AUTO_ML_DEPLOY_REQUEST_WEIGHTING_VALUES: set[AutoMLDeployRequestWeighting] = {
    "equal",
    "fitted",
}


def check_auto_ml_deploy_request_weighting(value: str) -> AutoMLDeployRequestWeighting:
    if value in AUTO_ML_DEPLOY_REQUEST_WEIGHTING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTO_ML_DEPLOY_REQUEST_WEIGHTING_VALUES!r}")
