from typing import Literal

ExecutionEstimateOutSuggestedAlgorithm = Literal["iceberg", "market", "twap", "vwap"]

EXECUTION_ESTIMATE_OUT_SUGGESTED_ALGORITHM_VALUES: set[ExecutionEstimateOutSuggestedAlgorithm] = {
    "iceberg",
    "market",
    "twap",
    "vwap",
}


def check_execution_estimate_out_suggested_algorithm(value: str) -> ExecutionEstimateOutSuggestedAlgorithm:
    if value in EXECUTION_ESTIMATE_OUT_SUGGESTED_ALGORITHM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXECUTION_ESTIMATE_OUT_SUGGESTED_ALGORITHM_VALUES!r}"
    )
