import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_miner_flows_interval import OnchainMinerFlowsInterval
from ...models.onchain_miner_flows_source import OnchainMinerFlowsSource
from ...models.onchain_miners_report import OnchainMinersReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: OnchainMinerFlowsSource | Unset = "node",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainMinerFlowsInterval | Unset = "1d",
    limit: int | Unset = 50,
    miner: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

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

    params["limit"] = limit

    json_miner: None | str | Unset
    if isinstance(miner, Unset):
        json_miner = UNSET
    else:
        json_miner = miner
    params["miner"] = json_miner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/miners",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainMinersReport | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainMinersReport.from_dict(response.json())

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
) -> Response[OnchainMinersReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: OnchainMinerFlowsSource | Unset = "node",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainMinerFlowsInterval | Unset = "1d",
    limit: int | Unset = 50,
    miner: None | str | Unset = UNSET,
) -> Response[OnchainMinersReport | Problem]:
    """Miner payouts, their spends, the share sent to exchanges, balance changes

    Args:
        source (OnchainMinerFlowsSource | Unset):  Default: 'node'.
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainMinerFlowsInterval | Unset):  Default: '1d'.
        limit (int | Unset): Payout addresses listed Default: 50.
        miner (None | str | Unset): Pool (cryptoquant)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainMinersReport | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        start=start,
        end=end,
        interval=interval,
        limit=limit,
        miner=miner,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source: OnchainMinerFlowsSource | Unset = "node",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainMinerFlowsInterval | Unset = "1d",
    limit: int | Unset = 50,
    miner: None | str | Unset = UNSET,
) -> OnchainMinersReport | Problem | None:
    """Miner payouts, their spends, the share sent to exchanges, balance changes

    Args:
        source (OnchainMinerFlowsSource | Unset):  Default: 'node'.
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainMinerFlowsInterval | Unset):  Default: '1d'.
        limit (int | Unset): Payout addresses listed Default: 50.
        miner (None | str | Unset): Pool (cryptoquant)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainMinersReport | Problem
    """

    return sync_detailed(
        client=client,
        source=source,
        start=start,
        end=end,
        interval=interval,
        limit=limit,
        miner=miner,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: OnchainMinerFlowsSource | Unset = "node",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainMinerFlowsInterval | Unset = "1d",
    limit: int | Unset = 50,
    miner: None | str | Unset = UNSET,
) -> Response[OnchainMinersReport | Problem]:
    """Miner payouts, their spends, the share sent to exchanges, balance changes

    Args:
        source (OnchainMinerFlowsSource | Unset):  Default: 'node'.
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainMinerFlowsInterval | Unset):  Default: '1d'.
        limit (int | Unset): Payout addresses listed Default: 50.
        miner (None | str | Unset): Pool (cryptoquant)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainMinersReport | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        start=start,
        end=end,
        interval=interval,
        limit=limit,
        miner=miner,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: OnchainMinerFlowsSource | Unset = "node",
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    interval: OnchainMinerFlowsInterval | Unset = "1d",
    limit: int | Unset = 50,
    miner: None | str | Unset = UNSET,
) -> OnchainMinersReport | Problem | None:
    """Miner payouts, their spends, the share sent to exchanges, balance changes

    Args:
        source (OnchainMinerFlowsSource | Unset):  Default: 'node'.
        start (datetime.datetime | None | Unset): Range start (inclusive)
        end (datetime.datetime | None | Unset): Range end (exclusive)
        interval (OnchainMinerFlowsInterval | Unset):  Default: '1d'.
        limit (int | Unset): Payout addresses listed Default: 50.
        miner (None | str | Unset): Pool (cryptoquant)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainMinersReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            start=start,
            end=end,
            interval=interval,
            limit=limit,
            miner=miner,
        )
    ).parsed
