from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_account_transfers import OnchainAccountTransfers
from ...models.onchain_account_transfers_kind import OnchainAccountTransfersKind
from ...models.onchain_chain import OnchainChain
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    chain: OnchainChain,
    address: str,
    *,
    kind: OnchainAccountTransfersKind | Unset = "transactions",
    page: int | Unset = 1,
    offset: int | Unset = 100,
    start_block: int | None | Unset = UNSET,
    end_block: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    params["page"] = page

    params["offset"] = offset

    json_start_block: int | None | Unset
    if isinstance(start_block, Unset):
        json_start_block = UNSET
    else:
        json_start_block = start_block
    params["start_block"] = json_start_block

    json_end_block: int | None | Unset
    if isinstance(end_block, Unset):
        json_end_block = UNSET
    else:
        json_end_block = end_block
    params["end_block"] = json_end_block

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/accounts/{chain}/{address}/transfers".format(
            chain=quote(str(chain), safe=""),
            address=quote(str(address), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainAccountTransfers | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainAccountTransfers.from_dict(response.json())

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

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OnchainAccountTransfers | Problem]:
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
    kind: OnchainAccountTransfersKind | Unset = "transactions",
    page: int | Unset = 1,
    offset: int | Unset = 100,
    start_block: int | None | Unset = UNSET,
    end_block: int | None | Unset = UNSET,
) -> Response[OnchainAccountTransfers | Problem]:
    """An account's transactions or ERC-20/BEP-20 transfers from Etherscan / BscScan

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):
        kind (OnchainAccountTransfersKind | Unset):  Default: 'transactions'.
        page (int | Unset):  Default: 1.
        offset (int | Unset): Items per page Default: 100.
        start_block (int | None | Unset):
        end_block (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainAccountTransfers | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        address=address,
        kind=kind,
        page=page,
        offset=offset,
        start_block=start_block,
        end_block=end_block,
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
    kind: OnchainAccountTransfersKind | Unset = "transactions",
    page: int | Unset = 1,
    offset: int | Unset = 100,
    start_block: int | None | Unset = UNSET,
    end_block: int | None | Unset = UNSET,
) -> OnchainAccountTransfers | Problem | None:
    """An account's transactions or ERC-20/BEP-20 transfers from Etherscan / BscScan

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):
        kind (OnchainAccountTransfersKind | Unset):  Default: 'transactions'.
        page (int | Unset):  Default: 1.
        offset (int | Unset): Items per page Default: 100.
        start_block (int | None | Unset):
        end_block (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainAccountTransfers | Problem
    """

    return sync_detailed(
        chain=chain,
        address=address,
        client=client,
        kind=kind,
        page=page,
        offset=offset,
        start_block=start_block,
        end_block=end_block,
    ).parsed


async def asyncio_detailed(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
    kind: OnchainAccountTransfersKind | Unset = "transactions",
    page: int | Unset = 1,
    offset: int | Unset = 100,
    start_block: int | None | Unset = UNSET,
    end_block: int | None | Unset = UNSET,
) -> Response[OnchainAccountTransfers | Problem]:
    """An account's transactions or ERC-20/BEP-20 transfers from Etherscan / BscScan

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):
        kind (OnchainAccountTransfersKind | Unset):  Default: 'transactions'.
        page (int | Unset):  Default: 1.
        offset (int | Unset): Items per page Default: 100.
        start_block (int | None | Unset):
        end_block (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainAccountTransfers | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        address=address,
        kind=kind,
        page=page,
        offset=offset,
        start_block=start_block,
        end_block=end_block,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chain: OnchainChain,
    address: str,
    *,
    client: AuthenticatedClient,
    kind: OnchainAccountTransfersKind | Unset = "transactions",
    page: int | Unset = 1,
    offset: int | Unset = 100,
    start_block: int | None | Unset = UNSET,
    end_block: int | None | Unset = UNSET,
) -> OnchainAccountTransfers | Problem | None:
    """An account's transactions or ERC-20/BEP-20 transfers from Etherscan / BscScan

    Args:
        chain (OnchainChain): A chain the module knows (``eth``, ``btc``, ``bsc``).
        address (str):
        kind (OnchainAccountTransfersKind | Unset):  Default: 'transactions'.
        page (int | Unset):  Default: 1.
        offset (int | Unset): Items per page Default: 100.
        start_block (int | None | Unset):
        end_block (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainAccountTransfers | Problem
    """

    return (
        await asyncio_detailed(
            chain=chain,
            address=address,
            client=client,
            kind=kind,
            page=page,
            offset=offset,
            start_block=start_block,
            end_block=end_block,
        )
    ).parsed
