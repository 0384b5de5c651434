from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.candle_import_result import CandleImportResult
from ...models.database_import_candles_candle_import_form import DatabaseImportCandlesCandleImportForm
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: DatabaseImportCandlesCandleImportForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/candles/import",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CandleImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = CandleImportResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[CandleImportResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DatabaseImportCandlesCandleImportForm,
) -> Response[CandleImportResult | Problem]:
    """Import a candle file (CryptoDataDownload CSV, Binance klines or dumps, ccxt JSON)

     The file is parsed while it streams in (never stored whole). By default it becomes the caller's own
    dataset, which the caller reads layered over the shared store; admins may import into the shared
    store with `dataset=shared`. `on_conflict=update` replaces stored bars whose values changed; the
    counts say what this request inserted, updated and left unchanged.

    Args:
        body (DatabaseImportCandlesCandleImportForm): The multipart form of ``POST
            /candles/import`` (the file is read as a stream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandleImportResult | Problem]
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
    body: DatabaseImportCandlesCandleImportForm,
) -> CandleImportResult | Problem | None:
    """Import a candle file (CryptoDataDownload CSV, Binance klines or dumps, ccxt JSON)

     The file is parsed while it streams in (never stored whole). By default it becomes the caller's own
    dataset, which the caller reads layered over the shared store; admins may import into the shared
    store with `dataset=shared`. `on_conflict=update` replaces stored bars whose values changed; the
    counts say what this request inserted, updated and left unchanged.

    Args:
        body (DatabaseImportCandlesCandleImportForm): The multipart form of ``POST
            /candles/import`` (the file is read as a stream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandleImportResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DatabaseImportCandlesCandleImportForm,
) -> Response[CandleImportResult | Problem]:
    """Import a candle file (CryptoDataDownload CSV, Binance klines or dumps, ccxt JSON)

     The file is parsed while it streams in (never stored whole). By default it becomes the caller's own
    dataset, which the caller reads layered over the shared store; admins may import into the shared
    store with `dataset=shared`. `on_conflict=update` replaces stored bars whose values changed; the
    counts say what this request inserted, updated and left unchanged.

    Args:
        body (DatabaseImportCandlesCandleImportForm): The multipart form of ``POST
            /candles/import`` (the file is read as a stream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CandleImportResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DatabaseImportCandlesCandleImportForm,
) -> CandleImportResult | Problem | None:
    """Import a candle file (CryptoDataDownload CSV, Binance klines or dumps, ccxt JSON)

     The file is parsed while it streams in (never stored whole). By default it becomes the caller's own
    dataset, which the caller reads layered over the shared store; admins may import into the shared
    store with `dataset=shared`. `on_conflict=update` replaces stored bars whose values changed; the
    counts say what this request inserted, updated and left unchanged.

    Args:
        body (DatabaseImportCandlesCandleImportForm): The multipart form of ``POST
            /candles/import`` (the file is read as a stream).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CandleImportResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
