from typing import Literal

RetentionPolicyOutMechanism = Literal["batched-delete", "partitions", "timescaledb"]

RETENTION_POLICY_OUT_MECHANISM_VALUES: set[RetentionPolicyOutMechanism] = {
    "batched-delete",
    "partitions",
    "timescaledb",
}


def check_retention_policy_out_mechanism(value: str) -> RetentionPolicyOutMechanism:
    if value in RETENTION_POLICY_OUT_MECHANISM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETENTION_POLICY_OUT_MECHANISM_VALUES!r}")
