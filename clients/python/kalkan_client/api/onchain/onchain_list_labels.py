from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_chain import OnchainChain
from ...models.onchain_label_page import OnchainLabelPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    chain: None | OnchainChain | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
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

    json_entity: None | str | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    else:
        json_entity = entity
    params["entity"] = json_entity

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/onchain/labels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainLabelPage | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainLabelPage.from_dict(response.json())

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
) -> Response[OnchainLabelPage | Problem]:
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
    entity: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[OnchainLabelPage | Problem]:
    """Stored address labels, filtered by chain, entity, category or text

    Args:
        chain (None | OnchainChain | Unset):
        entity (None | str | Unset):
        category (None | str | Unset):
        q (None | str | Unset): Address, name or entity
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelPage | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        entity=entity,
        category=category,
        q=q,
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
    entity: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> OnchainLabelPage | Problem | None:
    """Stored address labels, filtered by chain, entity, category or text

    Args:
        chain (None | OnchainChain | Unset):
        entity (None | str | Unset):
        category (None | str | Unset):
        q (None | str | Unset): Address, name or entity
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelPage | Problem
    """

    return sync_detailed(
        client=client,
        chain=chain,
        entity=entity,
        category=category,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain: None | OnchainChain | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[OnchainLabelPage | Problem]:
    """Stored address labels, filtered by chain, entity, category or text

    Args:
        chain (None | OnchainChain | Unset):
        entity (None | str | Unset):
        category (None | str | Unset):
        q (None | str | Unset): Address, name or entity
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelPage | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        entity=entity,
        category=category,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain: None | OnchainChain | Unset = UNSET,
    entity: None | str | Unset = UNSET,
    category: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> OnchainLabelPage | Problem | None:
    """Stored address labels, filtered by chain, entity, category or text

    Args:
        chain (None | OnchainChain | Unset):
        entity (None | str | Unset):
        category (None | str | Unset):
        q (None | str | Unset): Address, name or entity
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            chain=chain,
            entity=entity,
            category=category,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
