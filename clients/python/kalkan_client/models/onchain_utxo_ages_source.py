from typing import Literal

OnchainUtxoAgesSource = Literal["glassnode", "node"]

ONCHAIN_UTXO_AGES_SOURCE_VALUES: set[OnchainUtxoAgesSource] = {
    "glassnode",
    "node",
}


def check_onchain_utxo_ages_source(value: str) -> OnchainUtxoAgesSource:
    if value in ONCHAIN_UTXO_AGES_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_UTXO_AGES_SOURCE_VALUES!r}")
