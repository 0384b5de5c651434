import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_whale_address_counts_interval import (
    OnchainWhaleAddressCountsInterval,
)
from ...models.onchain_whale_address_series import OnchainWhaleAddressSeries
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainWhaleAddressCountsInterval | Unset = "1d",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval

    params["interval"] = json_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/whales/addresses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainWhaleAddressSeries | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainWhaleAddressSeries.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[OnchainWhaleAddressSeries | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainWhaleAddressCountsInterval | Unset = "1d",
) -> Response[OnchainWhaleAddressSeries | Problem]:
    """Number of addresses holding at least 1k BTC over time (Glassnode)

    Args:
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainWhaleAddressCountsInterval | Unset):  Default: '1d'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainWhaleAddressSeries | Problem]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainWhaleAddressCountsInterval | Unset = "1d",
) -> OnchainWhaleAddressSeries | Problem | None:
    """Number of addresses holding at least 1k BTC over time (Glassnode)

    Args:
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainWhaleAddressCountsInterval | Unset):  Default: '1d'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainWhaleAddressSeries | Problem
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainWhaleAddressCountsInterval | Unset = "1d",
) -> Response[OnchainWhaleAddressSeries | Problem]:
    """Number of addresses holding at least 1k BTC over time (Glassnode)

    Args:
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainWhaleAddressCountsInterval | Unset):  Default: '1d'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainWhaleAddressSeries | Problem]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainWhaleAddressCountsInterval | Unset = "1d",
) -> OnchainWhaleAddressSeries | Problem | None:
    """Number of addresses holding at least 1k BTC over time (Glassnode)

    Args:
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainWhaleAddressCountsInterval | Unset):  Default: '1d'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainWhaleAddressSeries | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            interval=interval,
        )
    ).parsed
