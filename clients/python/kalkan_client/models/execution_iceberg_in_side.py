from typing import Literal

ExecutionIcebergInSide = Literal["BUY", "SELL"]

EXECUTION_ICEBERG_IN_SIDE_VALUES: set[ExecutionIcebergInSide] = {
    "BUY",
    "SELL",
}


def check_execution_iceberg_in_side(value: str) -> ExecutionIcebergInSide:
    if value in EXECUTION_ICEBERG_IN_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ICEBERG_IN_SIDE_VALUES!r}")
