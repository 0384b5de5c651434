from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_run_out import BacktestRunOut
from ...models.monte_carlo_run_out import MonteCarloRunOut
from ...models.optimize_run_out import OptimizeRunOut
from ...models.problem import Problem
from ...models.walk_forward_run_out import WalkForwardRunOut
from ...types import Response


def _get_kwargs(
    run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/backtest/results/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BacktestRunOut.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = OptimizeRunOut.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = WalkForwardRunOut.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = MonteCarloRunOut.from_dict(data)

            return response_200_type_3

        response_200 = _parse_response_200(response.json())

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
) -> Response[BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem]:
    """Status, progress and result of one of the caller's runs

    Args:
        run_id (str): Run id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem | None:
    """Status, progress and result of one of the caller's runs

    Args:
        run_id (str): Run id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem]:
    """Status, progress and result of one of the caller's runs

    Args:
        run_id (str): Run id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
) -> BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem | None:
    """Status, progress and result of one of the caller's runs

    Args:
        run_id (str): Run id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestRunOut | MonteCarloRunOut | OptimizeRunOut | WalkForwardRunOut | Problem
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
        )
    ).parsed
