from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_monte_carlo_request import BacktestMonteCarloRequest
from ...models.backtest_monte_carlo_run_out import BacktestMonteCarloRunOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BacktestMonteCarloRequest,
    wait: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/backtest/montecarlo",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BacktestMonteCarloRunOut | Problem | None:
    if response.status_code == 200:
        response_200 = BacktestMonteCarloRunOut.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BacktestMonteCarloRunOut.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[BacktestMonteCarloRunOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BacktestMonteCarloRequest,
    wait: bool | Unset = False,
) -> Response[BacktestMonteCarloRunOut | Problem]:
    """Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the run if it finished Default: False.
        body (BacktestMonteCarloRequest): Bootstrap the trades or bar returns of one of the
            caller's finished backtests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestMonteCarloRunOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BacktestMonteCarloRequest,
    wait: bool | Unset = False,
) -> BacktestMonteCarloRunOut | Problem | None:
    """Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the run if it finished Default: False.
        body (BacktestMonteCarloRequest): Bootstrap the trades or bar returns of one of the
            caller's finished backtests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestMonteCarloRunOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BacktestMonteCarloRequest,
    wait: bool | Unset = False,
) -> Response[BacktestMonteCarloRunOut | Problem]:
    """Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the run if it finished Default: False.
        body (BacktestMonteCarloRequest): Bootstrap the trades or bar returns of one of the
            caller's finished backtests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestMonteCarloRunOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BacktestMonteCarloRequest,
    wait: bool | Unset = False,
) -> BacktestMonteCarloRunOut | Problem | None:
    """Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)

    Args:
        wait (bool | Unset): Wait up to 5 s: 200 with the run if it finished Default: False.
        body (BacktestMonteCarloRequest): Bootstrap the trades or bar returns of one of the
            caller's finished backtests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestMonteCarloRunOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            wait=wait,
        )
    ).parsed
