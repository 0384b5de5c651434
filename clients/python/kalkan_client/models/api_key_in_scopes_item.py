from typing import Literal

ApiKeyInScopesItem = Literal["admin", "read", "trade"]

API_KEY_IN_SCOPES_ITEM_VALUES: set[ApiKeyInScopesItem] = {
    "admin",
    "read",
    "trade",
}


def check_api_key_in_scopes_item(value: str) -> ApiKeyInScopesItem:
    if value in API_KEY_IN_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_IN_SCOPES_ITEM_VALUES!r}")
