from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.market_maker_activity_out import MarketMakerActivityOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    symbol: str,
    *,
    exchange: str,
    window: float | Unset = 60.0,
    top_levels: int | Unset = 5,
    band_pct: float | Unset = 1.0,
    max_spread_bps: float | Unset = 50.0,
    notionals: str | Unset = "1000,10000,100000",
    wait: float | Unset = 5.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exchange"] = exchange

    params["window"] = window

    params["top_levels"] = top_levels

    params["band_pct"] = band_pct

    params["max_spread_bps"] = max_spread_bps

    params["notionals"] = notionals

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mm/activity/{symbol}".format(
            symbol=quote(str(symbol), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MarketMakerActivityOut | Problem | None:
    if response.status_code == 200:
        response_200 = MarketMakerActivityOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MarketMakerActivityOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    exchange: str,
    window: float | Unset = 60.0,
    top_levels: int | Unset = 5,
    band_pct: float | Unset = 1.0,
    max_spread_bps: float | Unset = 50.0,
    notionals: str | Unset = "1000,10000,100000",
    wait: float | Unset = 5.0,
) -> Response[MarketMakerActivityOut | Problem]:
    """Market-maker presence, quote refresh, slippage and resiliency of one market

    Args:
        symbol (str): BTC-USDT (linear swaps: BTC-USDT:USDT)
        exchange (str): ccxt exchange id, e.g. binance
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        top_levels (int | Unset):  Default: 5.
        band_pct (float | Unset): Depth band around mid, % Default: 1.0.
        max_spread_bps (float | Unset):  Default: 50.0.
        notionals (str | Unset): Quote notionals for the slippage curve, comma-separated Default:
            '1000,10000,100000'.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketMakerActivityOut | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        exchange=exchange,
        window=window,
        top_levels=top_levels,
        band_pct=band_pct,
        max_spread_bps=max_spread_bps,
        notionals=notionals,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    symbol: str,
    *,
    client: AuthenticatedClient,
    exchange: str,
    window: float | Unset = 60.0,
    top_levels: int | Unset = 5,
    band_pct: float | Unset = 1.0,
    max_spread_bps: float | Unset = 50.0,
    notionals: str | Unset = "1000,10000,100000",
    wait: float | Unset = 5.0,
) -> MarketMakerActivityOut | Problem | None:
    """Market-maker presence, quote refresh, slippage and resiliency of one market

    Args:
        symbol (str): BTC-USDT (linear swaps: BTC-USDT:USDT)
        exchange (str): ccxt exchange id, e.g. binance
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        top_levels (int | Unset):  Default: 5.
        band_pct (float | Unset): Depth band around mid, % Default: 1.0.
        max_spread_bps (float | Unset):  Default: 50.0.
        notionals (str | Unset): Quote notionals for the slippage curve, comma-separated Default:
            '1000,10000,100000'.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketMakerActivityOut | Problem
    """

    return sync_detailed(
        symbol=symbol,
        client=client,
        exchange=exchange,
        window=window,
        top_levels=top_levels,
        band_pct=band_pct,
        max_spread_bps=max_spread_bps,
        notionals=notionals,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    symbol: str,
    *,
    client: AuthenticatedClient,
    exchange: str,
    window: float | Unset = 60.0,
    top_levels: int | Unset = 5,
    band_pct: float | Unset = 1.0,
    max_spread_bps: float | Unset = 50.0,
    notionals: str | Unset = "1000,10000,100000",
    wait: float | Unset = 5.0,
) -> Response[MarketMakerActivityOut | Problem]:
    """Market-maker presence, quote refresh, slippage and resiliency of one market

    Args:
        symbol (str): BTC-USDT (linear swaps: BTC-USDT:USDT)
        exchange (str): ccxt exchange id, e.g. binance
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        top_levels (int | Unset):  Default: 5.
        band_pct (float | Unset): Depth band around mid, % Default: 1.0.
        max_spread_bps (float | Unset):  Default: 50.0.
        notionals (str | Unset): Quote notionals for the slippage curve, comma-separated Default:
            '1000,10000,100000'.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MarketMakerActivityOut | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        exchange=exchange,
        window=window,
        top_levels=top_levels,
        band_pct=band_pct,
        max_spread_bps=max_spread_bps,
        notionals=notionals,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    symbol: str,
    *,
    client: AuthenticatedClient,
    exchange: str,
    window: float | Unset = 60.0,
    top_levels: int | Unset = 5,
    band_pct: float | Unset = 1.0,
    max_spread_bps: float | Unset = 50.0,
    notionals: str | Unset = "1000,10000,100000",
    wait: float | Unset = 5.0,
) -> MarketMakerActivityOut | Problem | None:
    """Market-maker presence, quote refresh, slippage and resiliency of one market

    Args:
        symbol (str): BTC-USDT (linear swaps: BTC-USDT:USDT)
        exchange (str): ccxt exchange id, e.g. binance
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        top_levels (int | Unset):  Default: 5.
        band_pct (float | Unset): Depth band around mid, % Default: 1.0.
        max_spread_bps (float | Unset):  Default: 50.0.
        notionals (str | Unset): Quote notionals for the slippage curve, comma-separated Default:
            '1000,10000,100000'.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MarketMakerActivityOut | Problem
    """

    return (
        await asyncio_detailed(
            symbol=symbol,
            client=client,
            exchange=exchange,
            window=window,
            top_levels=top_levels,
            band_pct=band_pct,
            max_spread_bps=max_spread_bps,
            notionals=notionals,
            wait=wait,
        )
    ).parsed
