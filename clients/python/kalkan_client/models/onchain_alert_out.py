from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.onchain_alert_out_data import OnchainAlertOutData


T = TypeVar("T", bound="OnchainAlertOut")


@_attrs_define
class OnchainAlertOut:
    """An on-chain alert as stored, and the ``alert`` of the core bus's ``ALERTS_CHANNEL``
    envelope (source ``onchain``, no ``user_id``: chain events concern every user).

        Attributes:
            id (int):
            chain (str):
            kind (str): whale_transfer or exchange_flow
            severity (str): info, warning or critical
            block_number (int):
            ts (datetime.datetime): Block time
            asset (str):
            amount (float):
            amount_usd (float | None):
            tx_hash (None | str):
            entity (None | str): Exchange involved, when labelled
            message (str):
            data (OnchainAlertOutData):
            created_at (datetime.datetime): UTC, ISO 8601 (e.g. 2024-01-01T00:00:00Z); a timestamp without offset is UTC
            source (str | Unset):  Default: 'onchain'.
    """

    id: int
    chain: str
    kind: str
    severity: str
    block_number: int
    ts: datetime.datetime
    asset: str
    amount: float
    amount_usd: float | None
    tx_hash: None | str
    entity: None | str
    message: str
    data: OnchainAlertOutData
    created_at: datetime.datetime
    source: str | Unset = "onchain"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chain = self.chain

        kind = self.kind

        severity = self.severity

        block_number = self.block_number

        ts = self.ts.isoformat()

        asset = self.asset

        amount = self.amount

        amount_usd: float | None
        amount_usd = self.amount_usd

        tx_hash: None | str
        tx_hash = self.tx_hash

        entity: None | str
        entity = self.entity

        message = self.message

        data = self.data.to_dict()

        created_at = self.created_at.isoformat()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chain": chain,
                "kind": kind,
                "severity": severity,
                "block_number": block_number,
                "ts": ts,
                "asset": asset,
                "amount": amount,
                "amount_usd": amount_usd,
                "tx_hash": tx_hash,
                "entity": entity,
                "message": message,
                "data": data,
                "created_at": created_at,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.onchain_alert_out_data import OnchainAlertOutData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        chain = d.pop("chain")

        kind = d.pop("kind")

        severity = d.pop("severity")

        block_number = d.pop("block_number")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        asset = d.pop("asset")

        amount = d.pop("amount")

        def _parse_amount_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount_usd = _parse_amount_usd(d.pop("amount_usd"))

        def _parse_tx_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tx_hash = _parse_tx_hash(d.pop("tx_hash"))

        def _parse_entity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity = _parse_entity(d.pop("entity"))

        message = d.pop("message")

        data = OnchainAlertOutData.from_dict(d.pop("data"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        source = d.pop("source", UNSET)

        onchain_alert_out = cls(
            id=id,
            chain=chain,
            kind=kind,
            severity=severity,
            block_number=block_number,
            ts=ts,
            asset=asset,
            amount=amount,
            amount_usd=amount_usd,
            tx_hash=tx_hash,
            entity=entity,
            message=message,
            data=data,
            created_at=created_at,
            source=source,
        )

        onchain_alert_out.additional_properties = d
        return onchain_alert_out

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
