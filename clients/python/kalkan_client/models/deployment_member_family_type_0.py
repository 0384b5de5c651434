from typing import Literal

DeploymentMemberFamilyType0 = Literal["hist_gb", "lightgbm", "logistic", "mlp", "random_forest"]

DEPLOYMENT_MEMBER_FAMILY_TYPE_0_VALUES: set[DeploymentMemberFamilyType0] = {
    "hist_gb",
    "lightgbm",
    "logistic",
    "mlp",
    "random_forest",
}


def check_deployment_member_family_type_0(value: str) -> DeploymentMemberFamilyType0:
    if value in DEPLOYMENT_MEMBER_FAMILY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_MEMBER_FAMILY_TYPE_0_VALUES!r}")
