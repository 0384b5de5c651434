from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OnchainFlowRow")


@_attrs_define
class OnchainFlowRow:
    """Transfers into and out of one exchange's labelled addresses, per asset and bucket.
    Movements between two addresses of the same exchange are internal and not counted.

        Attributes:
            bucket (datetime.datetime): Start of the time bucket (range start for total)
            chain (str):
            exchange (str):
            asset (str): Symbol when known, else the token contract
            token (None | str): Token contract; 'native' for ETH/BTC
            inflow (float | None): Units received; null when decimals are unknown
            outflow (float | None):
            netflow (float | None): inflow - outflow
            inflow_usd (float | None): USD at each transfer's time; null if unpriced
            outflow_usd (float | None):
            netflow_usd (float | None):
            transfers (int): Movements counted (transfers, or per-tx nets on BTC)
            source (str): node, glassnode or cryptoquant
            inflow_raw (None | str | Unset): Base units, exact (EVM tokens)
            outflow_raw (None | str | Unset):
    """

    bucket: datetime.datetime
    chain: str
    exchange: str
    asset: str
    token: None | str
    inflow: float | None
    outflow: float | None
    netflow: float | None
    inflow_usd: float | None
    outflow_usd: float | None
    netflow_usd: float | None
    transfers: int
    source: str
    inflow_raw: None | str | Unset = UNSET
    outflow_raw: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket.isoformat()

        chain = self.chain

        exchange = self.exchange

        asset = self.asset

        token: None | str
        token = self.token

        inflow: float | None
        inflow = self.inflow

        outflow: float | None
        outflow = self.outflow

        netflow: float | None
        netflow = self.netflow

        inflow_usd: float | None
        inflow_usd = self.inflow_usd

        outflow_usd: float | None
        outflow_usd = self.outflow_usd

        netflow_usd: float | None
        netflow_usd = self.netflow_usd

        transfers = self.transfers

        source = self.source

        inflow_raw: None | str | Unset
        if isinstance(self.inflow_raw, Unset):
            inflow_raw = UNSET
        else:
            inflow_raw = self.inflow_raw

        outflow_raw: None | str | Unset
        if isinstance(self.outflow_raw, Unset):
            outflow_raw = UNSET
        else:
            outflow_raw = self.outflow_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bucket": bucket,
                "chain": chain,
                "exchange": exchange,
                "asset": asset,
                "token": token,
                "inflow": inflow,
                "outflow": outflow,
                "netflow": netflow,
                "inflow_usd": inflow_usd,
                "outflow_usd": outflow_usd,
                "netflow_usd": netflow_usd,
                "transfers": transfers,
                "source": source,
            }
        )
        if inflow_raw is not UNSET:
            field_dict["inflow_raw"] = inflow_raw
        if outflow_raw is not UNSET:
            field_dict["outflow_raw"] = outflow_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket = datetime.datetime.fromisoformat(d.pop("bucket"))

        chain = d.pop("chain")

        exchange = d.pop("exchange")

        asset = d.pop("asset")

        def _parse_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token = _parse_token(d.pop("token"))

        def _parse_inflow(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        inflow = _parse_inflow(d.pop("inflow"))

        def _parse_outflow(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        outflow = _parse_outflow(d.pop("outflow"))

        def _parse_netflow(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        netflow = _parse_netflow(d.pop("netflow"))

        def _parse_inflow_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        inflow_usd = _parse_inflow_usd(d.pop("inflow_usd"))

        def _parse_outflow_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        outflow_usd = _parse_outflow_usd(d.pop("outflow_usd"))

        def _parse_netflow_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        netflow_usd = _parse_netflow_usd(d.pop("netflow_usd"))

        transfers = d.pop("transfers")

        source = d.pop("source")

        def _parse_inflow_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inflow_raw = _parse_inflow_raw(d.pop("inflow_raw", UNSET))

        def _parse_outflow_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outflow_raw = _parse_outflow_raw(d.pop("outflow_raw", UNSET))

        onchain_flow_row = cls(
            bucket=bucket,
            chain=chain,
            exchange=exchange,
            asset=asset,
            token=token,
            inflow=inflow,
            outflow=outflow,
            netflow=netflow,
            inflow_usd=inflow_usd,
            outflow_usd=outflow_usd,
            netflow_usd=netflow_usd,
            transfers=transfers,
            source=source,
            inflow_raw=inflow_raw,
            outflow_raw=outflow_raw,
        )

        onchain_flow_row.additional_properties = d
        return onchain_flow_row

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
