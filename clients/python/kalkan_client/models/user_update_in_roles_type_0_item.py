from typing import Literal

UserUpdateInRolesType0Item = Literal["admin", "user"]

USER_UPDATE_IN_ROLES_TYPE_0_ITEM_VALUES: set[UserUpdateInRolesType0Item] = {
    "admin",
    "user",
}


def check_user_update_in_roles_type_0_item(value: str) -> UserUpdateInRolesType0Item:
    if value in USER_UPDATE_IN_ROLES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_UPDATE_IN_ROLES_TYPE_0_ITEM_VALUES!r}")
