from typing import Literal

ValidateOutVia = Literal["api_key", "jwt"]

VALIDATE_OUT_VIA_VALUES: set[ValidateOutVia] = {
    "api_key",
    "jwt",
}


def check_validate_out_via(value: str) -> ValidateOutVia:
    if value in VALIDATE_OUT_VIA_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATE_OUT_VIA_VALUES!r}")
