from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.price_out import PriceOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    symbol: str,
    allow_stale: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["allow_stale"] = allow_stale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exchanges/{name}/price".format(
            name=quote(str(name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PriceOut | Problem | None:
    if response.status_code == 200:
        response_200 = PriceOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PriceOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    symbol: str,
    allow_stale: bool | Unset = False,
) -> Response[PriceOut | Problem]:
    """Bid, ask and last of one symbol on one exchange (cached, coalesced)

    Args:
        name (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        allow_stale (bool | Unset): On a venue failure, serve the last good value (marked stale,
            with its age) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PriceOut | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        symbol=symbol,
        allow_stale=allow_stale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    symbol: str,
    allow_stale: bool | Unset = False,
) -> PriceOut | Problem | None:
    """Bid, ask and last of one symbol on one exchange (cached, coalesced)

    Args:
        name (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        allow_stale (bool | Unset): On a venue failure, serve the last good value (marked stale,
            with its age) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PriceOut | Problem
    """

    return sync_detailed(
        name=name,
        client=client,
        symbol=symbol,
        allow_stale=allow_stale,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    symbol: str,
    allow_stale: bool | Unset = False,
) -> Response[PriceOut | Problem]:
    """Bid, ask and last of one symbol on one exchange (cached, coalesced)

    Args:
        name (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        allow_stale (bool | Unset): On a venue failure, serve the last good value (marked stale,
            with its age) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PriceOut | Problem]
    """

    kwargs = _get_kwargs(
        name=name,
        symbol=symbol,
        allow_stale=allow_stale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    symbol: str,
    allow_stale: bool | Unset = False,
) -> PriceOut | Problem | None:
    """Bid, ask and last of one symbol on one exchange (cached, coalesced)

    Args:
        name (str): ccxt exchange id, e.g. binance
        symbol (str): BTC-USDT or BTC/USDT (linear swaps: BTC-USDT:USDT)
        allow_stale (bool | Unset): On a venue failure, serve the last good value (marked stale,
            with its age) Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PriceOut | Problem
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            symbol=symbol,
            allow_stale=allow_stale,
        )
    ).parsed
