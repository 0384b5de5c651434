from typing import Literal

OnchainImportLabelsFormat = Literal["defillama_btc", "etherscan_accounts", "etherscan_combined", "etherscan_exchanges"]

ONCHAIN_IMPORT_LABELS_FORMAT_VALUES: set[OnchainImportLabelsFormat] = {
    "defillama_btc",
    "etherscan_accounts",
    "etherscan_combined",
    "etherscan_exchanges",
}


def check_onchain_import_labels_format(value: str) -> OnchainImportLabelsFormat:
    if value in ONCHAIN_IMPORT_LABELS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ONCHAIN_IMPORT_LABELS_FORMAT_VALUES!r}")
