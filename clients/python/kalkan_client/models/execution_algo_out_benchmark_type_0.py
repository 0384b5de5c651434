from typing import Literal

ExecutionAlgoOutBenchmarkType0 = Literal["twap", "vwap"]

EXECUTION_ALGO_OUT_BENCHMARK_TYPE_0_VALUES: set[ExecutionAlgoOutBenchmarkType0] = {
    "twap",
    "vwap",
}


def check_execution_algo_out_benchmark_type_0(value: str) -> ExecutionAlgoOutBenchmarkType0:
    if value in EXECUTION_ALGO_OUT_BENCHMARK_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXECUTION_ALGO_OUT_BENCHMARK_TYPE_0_VALUES!r}")
