from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.synthetic_job_queued import SyntheticJobQueued
from ...models.synthetic_robustness_request import SyntheticRobustnessRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SyntheticRobustnessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/gan/robustness",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SyntheticJobQueued | None:
    if response.status_code == 202:
        response_202 = SyntheticJobQueued.from_dict(response.json())

        return response_202

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
) -> Response[Problem | SyntheticJobQueued]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SyntheticRobustnessRequest,
) -> Response[Problem | SyntheticJobQueued]:
    """Backtest a strategy across N synthetic paths: the spread of its Sharpe and drawdown

    Args:
        body (SyntheticRobustnessRequest): Backtest ``backtest`` on ``n_paths`` synthetic paths of
            the model's first symbol (a job):
            the distribution of Sharpe, drawdown and return across paths.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticJobQueued]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SyntheticRobustnessRequest,
) -> Problem | SyntheticJobQueued | None:
    """Backtest a strategy across N synthetic paths: the spread of its Sharpe and drawdown

    Args:
        body (SyntheticRobustnessRequest): Backtest ``backtest`` on ``n_paths`` synthetic paths of
            the model's first symbol (a job):
            the distribution of Sharpe, drawdown and return across paths.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticJobQueued
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SyntheticRobustnessRequest,
) -> Response[Problem | SyntheticJobQueued]:
    """Backtest a strategy across N synthetic paths: the spread of its Sharpe and drawdown

    Args:
        body (SyntheticRobustnessRequest): Backtest ``backtest`` on ``n_paths`` synthetic paths of
            the model's first symbol (a job):
            the distribution of Sharpe, drawdown and return across paths.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyntheticJobQueued]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SyntheticRobustnessRequest,
) -> Problem | SyntheticJobQueued | None:
    """Backtest a strategy across N synthetic paths: the spread of its Sharpe and drawdown

    Args:
        body (SyntheticRobustnessRequest): Backtest ``backtest`` on ``n_paths`` synthetic paths of
            the model's first symbol (a job):
            the distribution of Sharpe, drawdown and return across paths.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyntheticJobQueued
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
