from typing import Literal

OnchainAccountTransfersKind = Literal["tokens", "transactions"]

ONCHAIN_ACCOUNT_TRANSFERS_KIND_VALUES: set[OnchainAccountTransfersKind] = {
    "tokens",
    "transactions",
}


def check_onchain_account_transfers_kind(value: str) -> OnchainAccountTransfersKind:
    if value in ONCHAIN_ACCOUNT_TRANSFERS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_ACCOUNT_TRANSFERS_KIND_VALUES!r}")
