import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_alert_page import OnchainAlertPage
from ...models.onchain_chain import OnchainChain
from ...models.onchain_list_alerts_kind_type_0 import OnchainListAlertsKindType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    chain: None | OnchainChain | Unset = UNSET,
    kind: None | OnchainListAlertsKindType0 | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chain: None | str | Unset
    if isinstance(chain, Unset):
        json_chain = UNSET
    elif isinstance(chain, str):
        json_chain = chain
    else:
        json_chain = chain
    params["chain"] = json_chain

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

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
        "url": "/api/v1/onchain/alerts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainAlertPage | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainAlertPage.from_dict(response.json())

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
) -> Response[OnchainAlertPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain: None | OnchainChain | Unset = UNSET,
    kind: None | OnchainListAlertsKindType0 | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[OnchainAlertPage | Problem]:
    """Whale and exchange-flow alerts raised while ingesting, newest first

    Args:
        chain (None | OnchainChain | Unset):
        kind (None | OnchainListAlertsKindType0 | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainAlertPage | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        kind=kind,
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
    chain: None | OnchainChain | Unset = UNSET,
    kind: None | OnchainListAlertsKindType0 | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> OnchainAlertPage | Problem | None:
    """Whale and exchange-flow alerts raised while ingesting, newest first

    Args:
        chain (None | OnchainChain | Unset):
        kind (None | OnchainListAlertsKindType0 | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainAlertPage | Problem
    """

    return sync_detailed(
        client=client,
        chain=chain,
        kind=kind,
        start=start,
        end=end,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain: None | OnchainChain | Unset = UNSET,
    kind: None | OnchainListAlertsKindType0 | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[OnchainAlertPage | Problem]:
    """Whale and exchange-flow alerts raised while ingesting, newest first

    Args:
        chain (None | OnchainChain | Unset):
        kind (None | OnchainListAlertsKindType0 | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainAlertPage | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        kind=kind,
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
    chain: None | OnchainChain | Unset = UNSET,
    kind: None | OnchainListAlertsKindType0 | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> OnchainAlertPage | Problem | None:
    """Whale and exchange-flow alerts raised while ingesting, newest first

    Args:
        chain (None | OnchainChain | Unset):
        kind (None | OnchainListAlertsKindType0 | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainAlertPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            chain=chain,
            kind=kind,
            start=start,
            end=end,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
