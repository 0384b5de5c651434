from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.onchain_miner_address import OnchainMinerAddress
    from ..models.onchain_miner_point import OnchainMinerPoint


T = TypeVar("T", bound="OnchainMinersReport")


@_attrs_define
class OnchainMinersReport:
    """Miner payouts (coinbase outputs), their later spends and the share sent to exchanges.

    Attributes:
        source (str):
        start (datetime.datetime | None):
        end (datetime.datetime | None):
        blocks (int | None):
        mined_btc (float | None):
        spent_btc (float | None):
        spent_to_exchanges_btc (float | None):
        exchange_share (float | None): spent_to_exchanges / value of the spending transactions' outputs
        balance_change_btc (float | None):
        series (list[OnchainMinerPoint]):
        addresses (list[OnchainMinerAddress]):
        chain (str | Unset):  Default: 'btc'.
    """

    source: str
    start: datetime.datetime | None
    end: datetime.datetime | None
    blocks: int | None
    mined_btc: float | None
    spent_btc: float | None
    spent_to_exchanges_btc: float | None
    exchange_share: float | None
    balance_change_btc: float | None
    series: list[OnchainMinerPoint]
    addresses: list[OnchainMinerAddress]
    chain: str | Unset = "btc"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        start: None | str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start

        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        blocks: int | None
        blocks = self.blocks

        mined_btc: float | None
        mined_btc = self.mined_btc

        spent_btc: float | None
        spent_btc = self.spent_btc

        spent_to_exchanges_btc: float | None
        spent_to_exchanges_btc = self.spent_to_exchanges_btc

        exchange_share: float | None
        exchange_share = self.exchange_share

        balance_change_btc: float | None
        balance_change_btc = self.balance_change_btc

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item = addresses_item_data.to_dict()
            addresses.append(addresses_item)

        chain = self.chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "start": start,
                "end": end,
                "blocks": blocks,
                "mined_btc": mined_btc,
                "spent_btc": spent_btc,
                "spent_to_exchanges_btc": spent_to_exchanges_btc,
                "exchange_share": exchange_share,
                "balance_change_btc": balance_change_btc,
                "series": series,
                "addresses": addresses,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_miner_address import OnchainMinerAddress  # noqa: PLC0415
        from ..models.onchain_miner_point import OnchainMinerPoint  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        def _parse_start(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)

                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

        def _parse_blocks(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        blocks = _parse_blocks(d.pop("blocks"))

        def _parse_mined_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mined_btc = _parse_mined_btc(d.pop("mined_btc"))

        def _parse_spent_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spent_btc = _parse_spent_btc(d.pop("spent_btc"))

        def _parse_spent_to_exchanges_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spent_to_exchanges_btc = _parse_spent_to_exchanges_btc(d.pop("spent_to_exchanges_btc"))

        def _parse_exchange_share(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        exchange_share = _parse_exchange_share(d.pop("exchange_share"))

        def _parse_balance_change_btc(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        balance_change_btc = _parse_balance_change_btc(d.pop("balance_change_btc"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = OnchainMinerPoint.from_dict(series_item_data)

            series.append(series_item)

        addresses = []
        _addresses = d.pop("addresses")
        for addresses_item_data in _addresses:
            addresses_item = OnchainMinerAddress.from_dict(addresses_item_data)

            addresses.append(addresses_item)

        chain = d.pop("chain", UNSET)

        onchain_miners_report = cls(
            source=source,
            start=start,
            end=end,
            blocks=blocks,
            mined_btc=mined_btc,
            spent_btc=spent_btc,
            spent_to_exchanges_btc=spent_to_exchanges_btc,
            exchange_share=exchange_share,
            balance_change_btc=balance_change_btc,
            series=series,
            addresses=addresses,
            chain=chain,
        )

        onchain_miners_report.additional_properties = d
        return onchain_miners_report

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
