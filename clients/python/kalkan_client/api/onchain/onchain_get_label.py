from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_chain import OnchainChain
from ...models.onchain_label_lookup import OnchainLabelLookup
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    chain: OnchainChain,
    address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/labels/{chain}/{address}".format(
            chain=quote(str(chain), safe=""),
            address=quote(str(address), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainLabelLookup | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainLabelLookup.from_dict(response.json())

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
) -> Response[OnchainLabelLookup | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
) -> Response[OnchainLabelLookup | Problem]:
    """The label of one address (404 when none is known)

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelLookup | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
) -> OnchainLabelLookup | Problem | None:
    """The label of one address (404 when none is known)

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelLookup | Problem
    """

    return sync_detailed(
        chain=chain,
        address=address,
        client=client,
    ).parsed


async def asyncio_detailed(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
) -> Response[OnchainLabelLookup | Problem]:
    """The label of one address (404 when none is known)

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainLabelLookup | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
) -> OnchainLabelLookup | Problem | None:
    """The label of one address (404 when none is known)

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainLabelLookup | Problem
    """

    return (
        await asyncio_detailed(
            chain=chain,
            address=address,
            client=client,
        )
    ).parsed
