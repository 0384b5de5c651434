import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_performance import PortfolioPerformance
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    benchmark: str | Unset = "equal_weight",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account"] = account

    params["exchange"] = exchange

    params["timeframe"] = timeframe

    json_start: None | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.datetime):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: None | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.datetime):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    params["benchmark"] = benchmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/performance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioPerformance | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioPerformance.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PortfolioPerformance | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    benchmark: str | Unset = "equal_weight",
) -> Response[PortfolioPerformance | Problem]:
    """Equity curve, time-weighted return, metrics and Brinson attribution

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for the marks
        timeframe (str | Unset):  Default: '1d'.
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        benchmark (str | Unset): equal_weight (over the traded symbols) or a symbol, e.g. BTC/USDT
            Default: 'equal_weight'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioPerformance | Problem]
    """

    kwargs = _get_kwargs(
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        start=start,
        end=end,
        benchmark=benchmark,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    benchmark: str | Unset = "equal_weight",
) -> PortfolioPerformance | Problem | None:
    """Equity curve, time-weighted return, metrics and Brinson attribution

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for the marks
        timeframe (str | Unset):  Default: '1d'.
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        benchmark (str | Unset): equal_weight (over the traded symbols) or a symbol, e.g. BTC/USDT
            Default: 'equal_weight'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioPerformance | Problem
    """

    return sync_detailed(
        client=client,
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        start=start,
        end=end,
        benchmark=benchmark,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    benchmark: str | Unset = "equal_weight",
) -> Response[PortfolioPerformance | Problem]:
    """Equity curve, time-weighted return, metrics and Brinson attribution

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for the marks
        timeframe (str | Unset):  Default: '1d'.
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        benchmark (str | Unset): equal_weight (over the traded symbols) or a symbol, e.g. BTC/USDT
            Default: 'equal_weight'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioPerformance | Problem]
    """

    kwargs = _get_kwargs(
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        start=start,
        end=end,
        benchmark=benchmark,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    benchmark: str | Unset = "equal_weight",
) -> PortfolioPerformance | Problem | None:
    """Equity curve, time-weighted return, metrics and Brinson attribution

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for the marks
        timeframe (str | Unset):  Default: '1d'.
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        benchmark (str | Unset): equal_weight (over the traded symbols) or a symbol, e.g. BTC/USDT
            Default: 'equal_weight'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioPerformance | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            account=account,
            exchange=exchange,
            timeframe=timeframe,
            start=start,
            end=end,
            benchmark=benchmark,
        )
    ).parsed
