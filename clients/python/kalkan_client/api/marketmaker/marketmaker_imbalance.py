from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.imbalance_out import ImbalanceOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exchange: str,
    symbol: str,
    levels: int | Unset = 5,
    half_life_bps: float | Unset = 10.0,
    wait: float | Unset = 5.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exchange"] = exchange

    params["symbol"] = symbol

    params["levels"] = levels

    params["half_life_bps"] = half_life_bps

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mm/imbalance",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImbalanceOut | Problem | None:
    if response.status_code == 200:
        response_200 = ImbalanceOut.from_dict(response.json())

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
) -> Response[ImbalanceOut | Problem]:
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
    levels: int | Unset = 5,
    half_life_bps: float | Unset = 10.0,
    wait: float | Unset = 5.0,
) -> Response[ImbalanceOut | Problem]:
    """Order-book imbalance, microprice, spread and depth bands of the latest book

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        levels (int | Unset): Top levels per side Default: 5.
        half_life_bps (float | Unset): Distance weighting of weighted_imbalance Default: 10.0.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImbalanceOut | Problem]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        levels=levels,
        half_life_bps=half_life_bps,
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
    levels: int | Unset = 5,
    half_life_bps: float | Unset = 10.0,
    wait: float | Unset = 5.0,
) -> ImbalanceOut | Problem | None:
    """Order-book imbalance, microprice, spread and depth bands of the latest book

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        levels (int | Unset): Top levels per side Default: 5.
        half_life_bps (float | Unset): Distance weighting of weighted_imbalance Default: 10.0.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImbalanceOut | Problem
    """

    return sync_detailed(
        client=client,
        exchange=exchange,
        symbol=symbol,
        levels=levels,
        half_life_bps=half_life_bps,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    levels: int | Unset = 5,
    half_life_bps: float | Unset = 10.0,
    wait: float | Unset = 5.0,
) -> Response[ImbalanceOut | Problem]:
    """Order-book imbalance, microprice, spread and depth bands of the latest book

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        levels (int | Unset): Top levels per side Default: 5.
        half_life_bps (float | Unset): Distance weighting of weighted_imbalance Default: 10.0.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImbalanceOut | Problem]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        levels=levels,
        half_life_bps=half_life_bps,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    levels: int | Unset = 5,
    half_life_bps: float | Unset = 10.0,
    wait: float | Unset = 5.0,
) -> ImbalanceOut | Problem | None:
    """Order-book imbalance, microprice, spread and depth bands of the latest book

    Args:
        exchange (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        levels (int | Unset): Top levels per side Default: 5.
        half_life_bps (float | Unset): Distance weighting of weighted_imbalance Default: 10.0.
        wait (float | Unset): Seconds to wait for the stream when the market is not tracked yet (a
            flat-out replay is always read to its end) Default: 5.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImbalanceOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            exchange=exchange,
            symbol=symbol,
            levels=levels,
            half_life_bps=half_life_bps,
            wait=wait,
        )
    ).parsed
