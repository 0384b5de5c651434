import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.onchain_utxo_ages_source import OnchainUtxoAgesSource
from ...models.onchain_utxo_report import OnchainUtxoReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: OnchainUtxoAgesSource | Unset = "node",
    at: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    json_at: None | str | Unset
    if isinstance(at, Unset):
        json_at = UNSET
    elif isinstance(at, datetime.datetime):
        json_at = at.isoformat()
    else:
        json_at = at
    params["at"] = json_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/onchain/utxo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OnchainUtxoReport | Problem | None:
    if response.status_code == 200:
        response_200 = OnchainUtxoReport.from_dict(response.json())

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
) -> Response[OnchainUtxoReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    source: OnchainUtxoAgesSource | Unset = "node",
    at: datetime.datetime | None | Unset = UNSET,
) -> Response[OnchainUtxoReport | Problem]:
    """UTXO age distribution (HODL waves) by count and value

    Args:
        source (OnchainUtxoAgesSource | Unset):  Default: 'node'.
        at (datetime.datetime | None | Unset): Moment; default the tip

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainUtxoReport | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        at=at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    source: OnchainUtxoAgesSource | Unset = "node",
    at: datetime.datetime | None | Unset = UNSET,
) -> OnchainUtxoReport | Problem | None:
    """UTXO age distribution (HODL waves) by count and value

    Args:
        source (OnchainUtxoAgesSource | Unset):  Default: 'node'.
        at (datetime.datetime | None | Unset): Moment; default the tip

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainUtxoReport | Problem
    """

    return sync_detailed(
        client=client,
        source=source,
        at=at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    source: OnchainUtxoAgesSource | Unset = "node",
    at: datetime.datetime | None | Unset = UNSET,
) -> Response[OnchainUtxoReport | Problem]:
    """UTXO age distribution (HODL waves) by count and value

    Args:
        source (OnchainUtxoAgesSource | Unset):  Default: 'node'.
        at (datetime.datetime | None | Unset): Moment; default the tip

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OnchainUtxoReport | Problem]
    """

    kwargs = _get_kwargs(
        source=source,
        at=at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    source: OnchainUtxoAgesSource | Unset = "node",
    at: datetime.datetime | None | Unset = UNSET,
) -> OnchainUtxoReport | Problem | None:
    """UTXO age distribution (HODL waves) by count and value

    Args:
        source (OnchainUtxoAgesSource | Unset):  Default: 'node'.
        at (datetime.datetime | None | Unset): Moment; default the tip

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OnchainUtxoReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            at=at,
        )
    ).parsed
