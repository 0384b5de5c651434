import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_chain import OnchainChain
from ...models.onchain_holders_report import OnchainHoldersReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    chain: OnchainChain | Unset = UNSET,
    asset: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    min_balance: float | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_chain: str | Unset = UNSET
    if not isinstance(chain, Unset):
        json_chain = chain

    params["chain"] = json_chain

    json_asset: None | str | Unset
    if isinstance(asset, Unset):
        json_asset = UNSET
    else:
        json_asset = asset
    params["asset"] = json_asset

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

    json_min_balance: float | None | Unset
    if isinstance(min_balance, Unset):
        json_min_balance = UNSET
    else:
        json_min_balance = min_balance
    params["min_balance"] = json_min_balance

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/whales/holders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainHoldersReport | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainHoldersReport.from_dict(response.json())

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
) -> Response[OnchainHoldersReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    chain: OnchainChain | Unset = UNSET,
    asset: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    min_balance: float | None | Unset = UNSET,
) -> Response[OnchainHoldersReport | Problem]:
    """Top holders' net changes and new large wallets, with labels where known

     BTC: balances from the output set at `start` and `end` (default the tip), top by balance;
    `new_large` marks wallets that crossed `min_balance` in the range. EVM: the addresses with the
    largest net change of one token (`asset`) in the range.

    Args:
        chain (OnchainChain | Unset): A chain the module knows (``eth``, ``btc``, ``bsc``).
        asset (None | str | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset):  Default: 50.
        min_balance (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainHoldersReport | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        asset=asset,
        start=start,
        end=end,
        limit=limit,
        min_balance=min_balance,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    chain: OnchainChain | Unset = UNSET,
    asset: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    min_balance: float | None | Unset = UNSET,
) -> OnchainHoldersReport | Problem | None:
    """Top holders' net changes and new large wallets, with labels where known

     BTC: balances from the output set at `start` and `end` (default the tip), top by balance;
    `new_large` marks wallets that crossed `min_balance` in the range. EVM: the addresses with the
    largest net change of one token (`asset`) in the range.

    Args:
        chain (OnchainChain | Unset): A chain the module knows (``eth``, ``btc``, ``bsc``).
        asset (None | str | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset):  Default: 50.
        min_balance (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainHoldersReport | Problem
    """

    return sync_detailed(
        client=client,
        chain=chain,
        asset=asset,
        start=start,
        end=end,
        limit=limit,
        min_balance=min_balance,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    chain: OnchainChain | Unset = UNSET,
    asset: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    min_balance: float | None | Unset = UNSET,
) -> Response[OnchainHoldersReport | Problem]:
    """Top holders' net changes and new large wallets, with labels where known

     BTC: balances from the output set at `start` and `end` (default the tip), top by balance;
    `new_large` marks wallets that crossed `min_balance` in the range. EVM: the addresses with the
    largest net change of one token (`asset`) in the range.

    Args:
        chain (OnchainChain | Unset): A chain the module knows (``eth``, ``btc``, ``bsc``).
        asset (None | str | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset):  Default: 50.
        min_balance (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainHoldersReport | Problem]
    """

    kwargs = _get_kwargs(
        chain=chain,
        asset=asset,
        start=start,
        end=end,
        limit=limit,
        min_balance=min_balance,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    chain: OnchainChain | Unset = UNSET,
    asset: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    min_balance: float | None | Unset = UNSET,
) -> OnchainHoldersReport | Problem | None:
    """Top holders' net changes and new large wallets, with labels where known

     BTC: balances from the output set at `start` and `end` (default the tip), top by balance;
    `new_large` marks wallets that crossed `min_balance` in the range. EVM: the addresses with the
    largest net change of one token (`asset`) in the range.

    Args:
        chain (OnchainChain | Unset): A chain the module knows (``eth``, ``btc``, ``bsc``).
        asset (None | str | Unset):
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        limit (int | Unset):  Default: 50.
        min_balance (float | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainHoldersReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            chain=chain,
            asset=asset,
            start=start,
            end=end,
            limit=limit,
            min_balance=min_balance,
        )
    ).parsed
