from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.synthetic_scenario_set import SyntheticScenarioSet
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    exchange: str,
    symbol: str,
    timeframe: str | Unset = "1h",
    model_id: None | str | Unset = UNSET,
    n: int | Unset = 5,
    length: int | Unset = 48,
    candidates: int | Unset = 1000,
    seed: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exchange"] = exchange

    params["symbol"] = symbol

    params["timeframe"] = timeframe

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params["n"] = n

    params["length"] = length

    params["candidates"] = candidates

    params["seed"] = seed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/gan/scenarios",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SyntheticScenarioSet | None:
    if response.status_code == 200:
        response_200 = SyntheticScenarioSet.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | SyntheticScenarioSet]:
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
    timeframe: str | Unset = "1h",
    model_id: None | str | Unset = UNSET,
    n: int | Unset = 5,
    length: int | Unset = 48,
    candidates: int | Unset = 1000,
    seed: int | Unset = 0,
) -> Response[Problem | SyntheticScenarioSet]:
    """Named stress scenarios: historical crises in the store and a model's tail paths

    Args:
        exchange (str):
        symbol (str): BTC-USDT
        timeframe (str | Unset):  Default: '1h'.
        model_id (None | str | Unset): Add its tail paths
        n (int | Unset): Generated scenarios Default: 5.
        length (int | Unset): Bars per generated path Default: 48.
        candidates (int | Unset): Draws to pick from Default: 1000.
        seed (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticScenarioSet]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        timeframe=timeframe,
        model_id=model_id,
        n=n,
        length=length,
        candidates=candidates,
        seed=seed,
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
    timeframe: str | Unset = "1h",
    model_id: None | str | Unset = UNSET,
    n: int | Unset = 5,
    length: int | Unset = 48,
    candidates: int | Unset = 1000,
    seed: int | Unset = 0,
) -> Problem | SyntheticScenarioSet | None:
    """Named stress scenarios: historical crises in the store and a model's tail paths

    Args:
        exchange (str):
        symbol (str): BTC-USDT
        timeframe (str | Unset):  Default: '1h'.
        model_id (None | str | Unset): Add its tail paths
        n (int | Unset): Generated scenarios Default: 5.
        length (int | Unset): Bars per generated path Default: 48.
        candidates (int | Unset): Draws to pick from Default: 1000.
        seed (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticScenarioSet
    """

    return sync_detailed(
        client=client,
        exchange=exchange,
        symbol=symbol,
        timeframe=timeframe,
        model_id=model_id,
        n=n,
        length=length,
        candidates=candidates,
        seed=seed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    timeframe: str | Unset = "1h",
    model_id: None | str | Unset = UNSET,
    n: int | Unset = 5,
    length: int | Unset = 48,
    candidates: int | Unset = 1000,
    seed: int | Unset = 0,
) -> Response[Problem | SyntheticScenarioSet]:
    """Named stress scenarios: historical crises in the store and a model's tail paths

    Args:
        exchange (str):
        symbol (str): BTC-USDT
        timeframe (str | Unset):  Default: '1h'.
        model_id (None | str | Unset): Add its tail paths
        n (int | Unset): Generated scenarios Default: 5.
        length (int | Unset): Bars per generated path Default: 48.
        candidates (int | Unset): Draws to pick from Default: 1000.
        seed (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticScenarioSet]
    """

    kwargs = _get_kwargs(
        exchange=exchange,
        symbol=symbol,
        timeframe=timeframe,
        model_id=model_id,
        n=n,
        length=length,
        candidates=candidates,
        seed=seed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    exchange: str,
    symbol: str,
    timeframe: str | Unset = "1h",
    model_id: None | str | Unset = UNSET,
    n: int | Unset = 5,
    length: int | Unset = 48,
    candidates: int | Unset = 1000,
    seed: int | Unset = 0,
) -> Problem | SyntheticScenarioSet | None:
    """Named stress scenarios: historical crises in the store and a model's tail paths

    Args:
        exchange (str):
        symbol (str): BTC-USDT
        timeframe (str | Unset):  Default: '1h'.
        model_id (None | str | Unset): Add its tail paths
        n (int | Unset): Generated scenarios Default: 5.
        length (int | Unset): Bars per generated path Default: 48.
        candidates (int | Unset): Draws to pick from Default: 1000.
        seed (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticScenarioSet
    """

    return (
        await asyncio_detailed(
            client=client,
            exchange=exchange,
            symbol=symbol,
            timeframe=timeframe,
            model_id=model_id,
            n=n,
            length=length,
            candidates=candidates,
            seed=seed,
        )
    ).parsed
