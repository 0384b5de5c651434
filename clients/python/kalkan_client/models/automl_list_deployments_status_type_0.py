from typing import Literal

AutomlListDeploymentsStatusType0 = Literal["active", "failed", "retired", "training"]

AUTOML_LIST_DEPLOYMENTS_STATUS_TYPE_0_VALUES: set[AutomlListDeploymentsStatusType0] = {
    "active",
    "failed",
    "retired",
    "training",
}


def check_automl_list_deployments_status_type_0(value: str) -> AutomlListDeploymentsStatusType0:
    if value in AUTOML_LIST_DEPLOYMENTS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUTOML_LIST_DEPLOYMENTS_STATUS_TYPE_0_VALUES!r}")
