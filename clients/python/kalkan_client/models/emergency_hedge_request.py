from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.emergency_hedge_request_instrument import (
    EmergencyHedgeRequestInstrument,
    check_emergency_hedge_request_instrument,
)
from ..models.emergency_hedge_request_method import EmergencyHedgeRequestMethod, check_emergency_hedge_request_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmergencyHedgeRequest")


@_attrs_define
class EmergencyHedgeRequest:
    """Offset the account's net exposure (see ``protect.py`` for the sizing).

    Attributes:
        account (str | Unset):  Default: 'paper'.
        method (EmergencyHedgeRequestMethod | Unset): per_asset: each underlying's net exposure on its perpetual; beta:
            the beta-weighted exposure on hedge_symbol (BTC beta hedge for alts) Default: 'per_asset'.
        hedge_symbol (str | Unset): beta: the hedge asset Default: 'BTC/USDT'.
        instrument (EmergencyHedgeRequestInstrument | Unset): beta: hedge on the perpetual or the spot market Default:
            'perpetual'.
        exchange (None | str | Unset):
        ratio (float | Unset): Fraction of the exposure hedged Default: 1.0.
        leverage (float | Unset): White-hat cap: 3 Default: 1.0.
        stop_pct (float | None | Unset): The hedge's own stop; default from settings
        beta_timeframe (str | Unset):  Default: '1d'.
        beta_lookback (int | Unset): Bars of returns Default: 90.
    """

    account: str | Unset = "paper"
    method: EmergencyHedgeRequestMethod | Unset = "per_asset"
    hedge_symbol: str | Unset = "BTC/USDT"
    instrument: EmergencyHedgeRequestInstrument | Unset = "perpetual"
    exchange: None | str | Unset = UNSET
    ratio: float | Unset = 1.0
    leverage: float | Unset = 1.0
    stop_pct: float | None | Unset = UNSET
    beta_timeframe: str | Unset = "1d"
    beta_lookback: int | Unset = 90

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        hedge_symbol = self.hedge_symbol

        instrument: str | Unset = UNSET
        if not isinstance(self.instrument, Unset):
            instrument = self.instrument

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        ratio = self.ratio

        leverage = self.leverage

        stop_pct: float | None | Unset
        if isinstance(self.stop_pct, Unset):
            stop_pct = UNSET
        else:
            stop_pct = self.stop_pct

        beta_timeframe = self.beta_timeframe

        beta_lookback = self.beta_lookback

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if method is not UNSET:
            field_dict["method"] = method
        if hedge_symbol is not UNSET:
            field_dict["hedge_symbol"] = hedge_symbol
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if stop_pct is not UNSET:
            field_dict["stop_pct"] = stop_pct
        if beta_timeframe is not UNSET:
            field_dict["beta_timeframe"] = beta_timeframe
        if beta_lookback is not UNSET:
            field_dict["beta_lookback"] = beta_lookback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        _method = d.pop("method", UNSET)
        method: EmergencyHedgeRequestMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_emergency_hedge_request_method(_method)

        hedge_symbol = d.pop("hedge_symbol", UNSET)

        _instrument = d.pop("instrument", UNSET)
        instrument: EmergencyHedgeRequestInstrument | Unset
        if isinstance(_instrument, Unset):
            instrument = UNSET
        else:
            instrument = check_emergency_hedge_request_instrument(_instrument)

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        ratio = d.pop("ratio", UNSET)

        leverage = d.pop("leverage", UNSET)

        def _parse_stop_pct(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stop_pct = _parse_stop_pct(d.pop("stop_pct", UNSET))

        beta_timeframe = d.pop("beta_timeframe", UNSET)

        beta_lookback = d.pop("beta_lookback", UNSET)

        emergency_hedge_request = cls(
            account=account,
            method=method,
            hedge_symbol=hedge_symbol,
            instrument=instrument,
            exchange=exchange,
            ratio=ratio,
            leverage=leverage,
            stop_pct=stop_pct,
            beta_timeframe=beta_timeframe,
            beta_lookback=beta_lookback,
        )

        return emergency_hedge_request
