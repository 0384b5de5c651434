from typing import Literal

LabelFormat = Literal["defillama_btc", "etherscan_accounts", "etherscan_combined", "etherscan_exchanges"]

LABEL_FORMAT_VALUES: set[LabelFormat] = {
    "defillama_btc",
    "etherscan_accounts",
    "etherscan_combined",
    "etherscan_exchanges",
}


def check_label_format(value: str) -> LabelFormat:
    if value in LABEL_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LABEL_FORMAT_VALUES!r}")
