from typing import Literal

SyntheticStrategySpecDirection = Literal["both", "long", "short"]

SYNTHETIC_STRATEGY_SPEC_DIRECTION_VALUES: set[SyntheticStrategySpecDirection] = {
    "both",
    "long",
    "short",
}


def check_synthetic_strategy_spec_direction(value: str) -> SyntheticStrategySpecDirection:
    if value in SYNTHETIC_STRATEGY_SPEC_DIRECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SYNTHETIC_STRATEGY_SPEC_DIRECTION_VALUES!r}")
