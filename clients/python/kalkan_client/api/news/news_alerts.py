import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.news_alert_page import NewsAlertPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbols: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    confirm: bool | Unset = False,
    exchange: str | Unset = "binance",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_symbols: None | str | Unset
    if isinstance(symbols, Unset):
        json_symbols = UNSET
    else:
        json_symbols = symbols
    params["symbols"] = json_symbols

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

    params["confirm"] = confirm

    params["exchange"] = exchange

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/news/alerts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NewsAlertPage | Problem | None:
    if response.status_code == 200:
        response_200 = NewsAlertPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[NewsAlertPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbols: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    confirm: bool | Unset = False,
    exchange: str | Unset = "binance",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[NewsAlertPage | Problem]:
    """Critical news about held or watched symbols (optionally price-confirmed)

    Args:
        symbols (None | str | Unset): Comma-separated; default: watchlist + held
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        confirm (bool | Unset): Add the price move since publication Default: False.
        exchange (str | Unset):  Default: 'binance'.
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsAlertPage | Problem]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        start=start,
        end=end,
        confirm=confirm,
        exchange=exchange,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbols: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    confirm: bool | Unset = False,
    exchange: str | Unset = "binance",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> NewsAlertPage | Problem | None:
    """Critical news about held or watched symbols (optionally price-confirmed)

    Args:
        symbols (None | str | Unset): Comma-separated; default: watchlist + held
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        confirm (bool | Unset): Add the price move since publication Default: False.
        exchange (str | Unset):  Default: 'binance'.
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsAlertPage | Problem
    """

    return sync_detailed(
        client=client,
        symbols=symbols,
        start=start,
        end=end,
        confirm=confirm,
        exchange=exchange,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbols: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    confirm: bool | Unset = False,
    exchange: str | Unset = "binance",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[NewsAlertPage | Problem]:
    """Critical news about held or watched symbols (optionally price-confirmed)

    Args:
        symbols (None | str | Unset): Comma-separated; default: watchlist + held
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        confirm (bool | Unset): Add the price move since publication Default: False.
        exchange (str | Unset):  Default: 'binance'.
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsAlertPage | Problem]
    """

    kwargs = _get_kwargs(
        symbols=symbols,
        start=start,
        end=end,
        confirm=confirm,
        exchange=exchange,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbols: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    confirm: bool | Unset = False,
    exchange: str | Unset = "binance",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> NewsAlertPage | Problem | None:
    """Critical news about held or watched symbols (optionally price-confirmed)

    Args:
        symbols (None | str | Unset): Comma-separated; default: watchlist + held
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        confirm (bool | Unset): Add the price move since publication Default: False.
        exchange (str | Unset):  Default: 'binance'.
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsAlertPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            symbols=symbols,
            start=start,
            end=end,
            confirm=confirm,
            exchange=exchange,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
