from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.spoofing_out import SpoofingOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exchange: str,
    symbol: str,
    window: float | Unset = 60.0,
    size_multiple: float | Unset = 10.0,
    max_distance_bps: float | Unset = 200.0,
    max_fill_fraction: float | Unset = 0.1,
    limit: int | Unset = 100,
    wait: float | Unset = 5.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exchange"] = exchange

    params["symbol"] = symbol

    params["window"] = window

    params["size_multiple"] = size_multiple

    params["max_distance_bps"] = max_distance_bps

    params["max_fill_fraction"] = max_fill_fraction

    params["limit"] = limit

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mm/spoofing",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SpoofingOut | None:
    if response.status_code == 200:
        response_200 = SpoofingOut.from_dict(response.json())

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
) -> Response[Problem | SpoofingOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    window: float | Unset = 60.0,
    size_multiple: float | Unset = 10.0,
    max_distance_bps: float | Unset = 200.0,
    max_fill_fraction: float | Unset = 0.1,
    limit: int | Unset = 100,
    wait: float | Unset = 5.0,
) -> Response[Problem | SpoofingOut]:
    """Large orders pulled as the price approached them, with their evidence

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        size_multiple (float | Unset): Added size vs the typical level size Default: 10.0.
        max_distance_bps (float | Unset):  Default: 200.0.
        max_fill_fraction (float | Unset): Alert only if at most this share can have traded
            Default: 0.1.
        limit (int | Unset): Large orders listed Default: 100.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpoofingOut]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        window=window,
        size_multiple=size_multiple,
        max_distance_bps=max_distance_bps,
        max_fill_fraction=max_fill_fraction,
        limit=limit,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    window: float | Unset = 60.0,
    size_multiple: float | Unset = 10.0,
    max_distance_bps: float | Unset = 200.0,
    max_fill_fraction: float | Unset = 0.1,
    limit: int | Unset = 100,
    wait: float | Unset = 5.0,
) -> Problem | SpoofingOut | None:
    """Large orders pulled as the price approached them, with their evidence

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        size_multiple (float | Unset): Added size vs the typical level size Default: 10.0.
        max_distance_bps (float | Unset):  Default: 200.0.
        max_fill_fraction (float | Unset): Alert only if at most this share can have traded
            Default: 0.1.
        limit (int | Unset): Large orders listed Default: 100.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpoofingOut
    """

    return sync_detailed(
        client=client,
        exchange=exchange,
        symbol=symbol,
        window=window,
        size_multiple=size_multiple,
        max_distance_bps=max_distance_bps,
        max_fill_fraction=max_fill_fraction,
        limit=limit,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    window: float | Unset = 60.0,
    size_multiple: float | Unset = 10.0,
    max_distance_bps: float | Unset = 200.0,
    max_fill_fraction: float | Unset = 0.1,
    limit: int | Unset = 100,
    wait: float | Unset = 5.0,
) -> Response[Problem | SpoofingOut]:
    """Large orders pulled as the price approached them, with their evidence

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        size_multiple (float | Unset): Added size vs the typical level size Default: 10.0.
        max_distance_bps (float | Unset):  Default: 200.0.
        max_fill_fraction (float | Unset): Alert only if at most this share can have traded
            Default: 0.1.
        limit (int | Unset): Large orders listed Default: 100.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpoofingOut]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        window=window,
        size_multiple=size_multiple,
        max_distance_bps=max_distance_bps,
        max_fill_fraction=max_fill_fraction,
        limit=limit,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    window: float | Unset = 60.0,
    size_multiple: float | Unset = 10.0,
    max_distance_bps: float | Unset = 200.0,
    max_fill_fraction: float | Unset = 0.1,
    limit: int | Unset = 100,
    wait: float | Unset = 5.0,
) -> Problem | SpoofingOut | None:
    """Large orders pulled as the price approached them, with their evidence

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        window (float | Unset): Seconds of the most recent stream history analysed Default: 60.0.
        size_multiple (float | Unset): Added size vs the typical level size Default: 10.0.
        max_distance_bps (float | Unset):  Default: 200.0.
        max_fill_fraction (float | Unset): Alert only if at most this share can have traded
            Default: 0.1.
        limit (int | Unset): Large orders listed Default: 100.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpoofingOut
    """

    return (
        await asyncio_detailed(
            client=client,
            exchange=exchange,
            symbol=symbol,
            window=window,
            size_multiple=size_multiple,
            max_distance_bps=max_distance_bps,
            max_fill_fraction=max_fill_fraction,
            limit=limit,
            wait=wait,
        )
    ).parsed
