from typing import Literal

OnchainListAlertsKindType0 = Literal["exchange_flow", "whale_transfer"]

ONCHAIN_LIST_ALERTS_KIND_TYPE_0_VALUES: set[OnchainListAlertsKindType0] = {
    "exchange_flow",
    "whale_transfer",
}


def check_onchain_list_alerts_kind_type_0(value: str) -> OnchainListAlertsKindType0:
    if value in ONCHAIN_LIST_ALERTS_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_LIST_ALERTS_KIND_TYPE_0_VALUES!r}")
