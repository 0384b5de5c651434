from typing import Literal

ExecutionIcebergInPeg = Literal["best", "none"]

EXECUTION_ICEBERG_IN_PEG_VALUES: set[ExecutionIcebergInPeg] = {
    "best",
    "none",
}


def check_execution_iceberg_in_peg(value: str) -> ExecutionIcebergInPeg:
    if value in EXECUTION_ICEBERG_IN_PEG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ICEBERG_IN_PEG_VALUES!r}")
