from typing import Literal

ParamInfoType = Literal["bool", "float", "int"]

PARAM_INFO_TYPE_VALUES: set[ParamInfoType] = {
    "bool",
    "float",
    "int",
}


def check_param_info_type(value: str) -> ParamInfoType:
    if value in PARAM_INFO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARAM_INFO_TYPE_VALUES!r}")
