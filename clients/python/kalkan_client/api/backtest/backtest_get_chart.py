from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.backtest_get_chart_format import BacktestGetChartFormat
from ...models.backtest_get_chart_response_backtest_get_chart import BacktestGetChartResponseBacktestGetChart
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: str,
    *,
    format_: BacktestGetChartFormat | Unset = "json",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/backtest/results/{run_id}/chart".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BacktestGetChartResponseBacktestGetChart | Problem | None:
    if response.status_code == 200:
        response_200 = BacktestGetChartResponseBacktestGetChart.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[BacktestGetChartResponseBacktestGetChart | Problem]:
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
    format_: BacktestGetChartFormat | Unset = "json",
) -> Response[BacktestGetChartResponseBacktestGetChart | Problem]:
    """Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)

    Args:
        run_id (str): Run id
        format_ (BacktestGetChartFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestGetChartResponseBacktestGetChart | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    format_: BacktestGetChartFormat | Unset = "json",
) -> BacktestGetChartResponseBacktestGetChart | Problem | None:
    """Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)

    Args:
        run_id (str): Run id
        format_ (BacktestGetChartFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestGetChartResponseBacktestGetChart | Problem
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    format_: BacktestGetChartFormat | Unset = "json",
) -> Response[BacktestGetChartResponseBacktestGetChart | Problem]:
    """Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)

    Args:
        run_id (str): Run id
        format_ (BacktestGetChartFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BacktestGetChartResponseBacktestGetChart | Problem]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    format_: BacktestGetChartFormat | Unset = "json",
) -> BacktestGetChartResponseBacktestGetChart | Problem | None:
    """Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)

    Args:
        run_id (str): Run id
        format_ (BacktestGetChartFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BacktestGetChartResponseBacktestGetChart | Problem
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            format_=format_,
        )
    ).parsed
