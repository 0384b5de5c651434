from typing import Literal

ParamSchemaType = Literal["bool", "choice", "float", "int"]

PARAM_SCHEMA_TYPE_VALUES: set[ParamSchemaType] = {
    "bool",
    "choice",
    "float",
    "int",
}


def check_param_schema_type(value: str) -> ParamSchemaType:
    if value in PARAM_SCHEMA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARAM_SCHEMA_TYPE_VALUES!r}")
