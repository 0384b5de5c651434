import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_synthetic_model_out import PageSyntheticModelOut
from ...models.problem import Problem
from ...models.synthetic_list_models_status_type_0 import (
    SyntheticListModelsStatusType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: None | SyntheticListModelsStatusType0 | Unset = UNSET,
    mine: bool | Unset = False,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params["mine"] = mine

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
        "url": "/api/v1/gan/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSyntheticModelOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageSyntheticModelOut.from_dict(response.json())

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
) -> Response[PageSyntheticModelOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SyntheticListModelsStatusType0 | Unset = UNSET,
    mine: bool | Unset = False,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSyntheticModelOut | Problem]:
    """Models the caller may use (own and published), newest first; ?limit=&cursor=

    Args:
        status (None | SyntheticListModelsStatusType0 | Unset):
        mine (bool | Unset): Only the caller's own models Default: False.
        start (datetime.datetime | None | Unset): Created at or after
        end (datetime.datetime | None | Unset): Created before
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSyntheticModelOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        mine=mine,
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
    status: None | SyntheticListModelsStatusType0 | Unset = UNSET,
    mine: bool | Unset = False,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> PageSyntheticModelOut | Problem | None:
    """Models the caller may use (own and published), newest first; ?limit=&cursor=

    Args:
        status (None | SyntheticListModelsStatusType0 | Unset):
        mine (bool | Unset): Only the caller's own models Default: False.
        start (datetime.datetime | None | Unset): Created at or after
        end (datetime.datetime | None | Unset): Created before
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSyntheticModelOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        mine=mine,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | SyntheticListModelsStatusType0 | Unset = UNSET,
    mine: bool | Unset = False,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSyntheticModelOut | Problem]:
    """Models the caller may use (own and published), newest first; ?limit=&cursor=

    Args:
        status (None | SyntheticListModelsStatusType0 | Unset):
        mine (bool | Unset): Only the caller's own models Default: False.
        start (datetime.datetime | None | Unset): Created at or after
        end (datetime.datetime | None | Unset): Created before
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSyntheticModelOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        mine=mine,
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
    status: None | SyntheticListModelsStatusType0 | Unset = UNSET,
    mine: bool | Unset = False,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> PageSyntheticModelOut | Problem | None:
    """Models the caller may use (own and published), newest first; ?limit=&cursor=

    Args:
        status (None | SyntheticListModelsStatusType0 | Unset):
        mine (bool | Unset): Only the caller's own models Default: False.
        start (datetime.datetime | None | Unset): Created at or after
        end (datetime.datetime | None | Unset): Created before
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSyntheticModelOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            mine=mine,
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
