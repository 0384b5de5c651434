from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.emergency_scan_request import EmergencyScanRequest
from ...models.emergency_scan_result import EmergencyScanResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: EmergencyScanRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/emergency/scan",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmergencyScanResult | Problem | None:
    if response.status_code == 200:
        response_200 = EmergencyScanResult.from_dict(response.json())

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
) -> Response[EmergencyScanResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyScanRequest,
) -> Response[EmergencyScanResult | Problem]:
    """Run the flash-crash detector over stored candles

     Each episode has `onset`, `detected_at` (the close of the first bar at which the detector would have
    fired, using only data up to that bar), `trough`, `depth` (negative fraction) and the `rules` that
    fired. Use it to tune the parameters on history.

    Args:
        body (EmergencyScanRequest): Run the flash-crash detector over stored candles, as it would
            have run live.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyScanResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EmergencyScanRequest,
) -> EmergencyScanResult | Problem | None:
    """Run the flash-crash detector over stored candles

     Each episode has `onset`, `detected_at` (the close of the first bar at which the detector would have
    fired, using only data up to that bar), `trough`, `depth` (negative fraction) and the `rules` that
    fired. Use it to tune the parameters on history.

    Args:
        body (EmergencyScanRequest): Run the flash-crash detector over stored candles, as it would
            have run live.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyScanResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EmergencyScanRequest,
) -> Response[EmergencyScanResult | Problem]:
    """Run the flash-crash detector over stored candles

     Each episode has `onset`, `detected_at` (the close of the first bar at which the detector would have
    fired, using only data up to that bar), `trough`, `depth` (negative fraction) and the `rules` that
    fired. Use it to tune the parameters on history.

    Args:
        body (EmergencyScanRequest): Run the flash-crash detector over stored candles, as it would
            have run live.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmergencyScanResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EmergencyScanRequest,
) -> EmergencyScanResult | Problem | None:
    """Run the flash-crash detector over stored candles

     Each episode has `onset`, `detected_at` (the close of the first bar at which the detector would have
    fired, using only data up to that bar), `trough`, `depth` (negative fraction) and the `rules` that
    fired. Use it to tune the parameters on history.

    Args:
        body (EmergencyScanRequest): Run the flash-crash detector over stored candles, as it would
            have run live.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmergencyScanResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
