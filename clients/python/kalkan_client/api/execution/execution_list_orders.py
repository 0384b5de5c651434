import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_list_orders_origin_type_0 import (
    ExecutionListOrdersOriginType0,
)
from ...models.execution_list_orders_status_type_0 import (
    ExecutionListOrdersStatusType0,
)
from ...models.execution_orders_page import ExecutionOrdersPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: None | str | Unset = UNSET,
    status: ExecutionListOrdersStatusType0 | None | Unset = UNSET,
    origin: ExecutionListOrdersOriginType0 | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_symbol: None | str | Unset
    if isinstance(symbol, Unset):
        json_symbol = UNSET
    else:
        json_symbol = symbol
    params["symbol"] = json_symbol

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    elif isinstance(origin, str):
        json_origin = origin
    else:
        json_origin = origin
    params["origin"] = json_origin

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

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
        "url": "/api/v1/execute/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecutionOrdersPage | Problem | None:
    if response.status_code == 200:
        response_200 = ExecutionOrdersPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExecutionOrdersPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    status: ExecutionListOrdersStatusType0 | None | Unset = UNSET,
    origin: ExecutionListOrdersOriginType0 | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[ExecutionOrdersPage | Problem]:
    """The caller's orders, newest first (filter by symbol, status, origin, time)

    Args:
        symbol (None | str | Unset):
        status (ExecutionListOrdersStatusType0 | None | Unset):
        origin (ExecutionListOrdersOriginType0 | None | Unset):
        parent_id (None | str | Unset):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionOrdersPage | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        status=status,
        origin=origin,
        parent_id=parent_id,
        start=start,
        end=end,
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
    symbol: None | str | Unset = UNSET,
    status: ExecutionListOrdersStatusType0 | None | Unset = UNSET,
    origin: ExecutionListOrdersOriginType0 | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> ExecutionOrdersPage | Problem | None:
    """The caller's orders, newest first (filter by symbol, status, origin, time)

    Args:
        symbol (None | str | Unset):
        status (ExecutionListOrdersStatusType0 | None | Unset):
        origin (ExecutionListOrdersOriginType0 | None | Unset):
        parent_id (None | str | Unset):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionOrdersPage | Problem
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        status=status,
        origin=origin,
        parent_id=parent_id,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    status: ExecutionListOrdersStatusType0 | None | Unset = UNSET,
    origin: ExecutionListOrdersOriginType0 | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[ExecutionOrdersPage | Problem]:
    """The caller's orders, newest first (filter by symbol, status, origin, time)

    Args:
        symbol (None | str | Unset):
        status (ExecutionListOrdersStatusType0 | None | Unset):
        origin (ExecutionListOrdersOriginType0 | None | Unset):
        parent_id (None | str | Unset):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionOrdersPage | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        status=status,
        origin=origin,
        parent_id=parent_id,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    status: ExecutionListOrdersStatusType0 | None | Unset = UNSET,
    origin: ExecutionListOrdersOriginType0 | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> ExecutionOrdersPage | Problem | None:
    """The caller's orders, newest first (filter by symbol, status, origin, time)

    Args:
        symbol (None | str | Unset):
        status (ExecutionListOrdersStatusType0 | None | Unset):
        origin (ExecutionListOrdersOriginType0 | None | Unset):
        parent_id (None | str | Unset):
        start (datetime.datetime | None | Unset):
        end (datetime.datetime | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionOrdersPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            status=status,
            origin=origin,
            parent_id=parent_id,
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
