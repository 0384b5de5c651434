from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_get_result_view import BacktestGetResultView
from ...models.backtest_monte_carlo_run_out import BacktestMonteCarloRunOut
from ...models.backtest_optimize_run_out import BacktestOptimizeRunOut
from ...models.backtest_run_out import BacktestRunOut
from ...models.backtest_walk_forward_run_out import BacktestWalkForwardRunOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    view: BacktestGetResultView | Unset = "full",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/backtest/results/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut:
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
                response_200_type_1 = BacktestOptimizeRunOut.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_2 = BacktestWalkForwardRunOut.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_3 = BacktestMonteCarloRunOut.from_dict(data)

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
) -> Response[BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem]:
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
    view: BacktestGetResultView | Unset = "full",
) -> Response[BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem]:
    """Status, progress and result of one of the caller's runs (?view=summary|full)

    Args:
        run_id (str): Run id
        view (BacktestGetResultView | Unset): full (default): the whole result, equity curve and
            trades included; summary: result null, the headline numbers (Sharpe, return, drawdown,
            ...) in summary Default: 'full'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        view=view,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    view: BacktestGetResultView | Unset = "full",
) -> BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem | None:
    """Status, progress and result of one of the caller's runs (?view=summary|full)

    Args:
        run_id (str): Run id
        view (BacktestGetResultView | Unset): full (default): the whole result, equity curve and
            trades included; summary: result null, the headline numbers (Sharpe, return, drawdown,
            ...) in summary Default: 'full'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        view=view,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    view: BacktestGetResultView | Unset = "full",
) -> Response[BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem]:
    """Status, progress and result of one of the caller's runs (?view=summary|full)

    Args:
        run_id (str): Run id
        view (BacktestGetResultView | Unset): full (default): the whole result, equity curve and
            trades included; summary: result null, the headline numbers (Sharpe, return, drawdown,
            ...) in summary Default: 'full'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    view: BacktestGetResultView | Unset = "full",
) -> BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem | None:
    """Status, progress and result of one of the caller's runs (?view=summary|full)

    Args:
        run_id (str): Run id
        view (BacktestGetResultView | Unset): full (default): the whole result, equity curve and
            trades included; summary: result null, the headline numbers (Sharpe, return, drawdown,
            ...) in summary Default: 'full'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestMonteCarloRunOut | BacktestOptimizeRunOut | BacktestRunOut | BacktestWalkForwardRunOut | Problem
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            view=view,
        )
    ).parsed
