from typing import Literal

PortfolioLedgerEntryViewKind = Literal["close_record", "fill", "record", "stop"]

PORTFOLIO_LEDGER_ENTRY_VIEW_KIND_VALUES: set[PortfolioLedgerEntryViewKind] = {
    "close_record",
    "fill",
    "record",
    "stop",
}


def check_portfolio_ledger_entry_view_kind(value: str) -> PortfolioLedgerEntryViewKind:
    if value in PORTFOLIO_LEDGER_ENTRY_VIEW_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PORTFOLIO_LEDGER_ENTRY_VIEW_KIND_VALUES!r}")
