from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_estimate_out import ExecutionEstimateOut
from ...models.execution_estimate_side import ExecutionEstimateSide
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    side: ExecutionEstimateSide,
    symbol: str,
    exchange: None | str | Unset = UNSET,
    quantity: float | None | Unset = UNSET,
    notional: float | None | Unset = UNSET,
    lookback_days: int | Unset = 30,
    participation: float | Unset = 0.1,
    risk_aversion: float | Unset = 1e-06,
    interval_seconds: float | Unset = 60.0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_side: str = side
    params["side"] = json_side

    params["symbol"] = symbol

    json_exchange: None | str | Unset
    if isinstance(exchange, Unset):
        json_exchange = UNSET
    else:
        json_exchange = exchange
    params["exchange"] = json_exchange

    json_quantity: float | None | Unset
    if isinstance(quantity, Unset):
        json_quantity = UNSET
    else:
        json_quantity = quantity
    params["quantity"] = json_quantity

    json_notional: float | None | Unset
    if isinstance(notional, Unset):
        json_notional = UNSET
    else:
        json_notional = notional
    params["notional"] = json_notional

    params["lookback_days"] = lookback_days

    params["participation"] = participation

    params["risk_aversion"] = risk_aversion

    params["interval_seconds"] = interval_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/execute/estimate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExecutionEstimateOut | Problem | None:
    if response.status_code == 200:
        response_200 = ExecutionEstimateOut.from_dict(response.json())

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
) -> Response[ExecutionEstimateOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    side: ExecutionEstimateSide,
    symbol: str,
    exchange: None | str | Unset = UNSET,
    quantity: float | None | Unset = UNSET,
    notional: float | None | Unset = UNSET,
    lookback_days: int | Unset = 30,
    participation: float | Unset = 0.1,
    risk_aversion: float | Unset = 1e-06,
    interval_seconds: float | Unset = 60.0,
) -> Response[ExecutionEstimateOut | Problem]:
    """Pre-trade estimate: book walk, square-root impact, spread, fees, suggested algo

    Args:
        side (ExecutionEstimateSide):
        symbol (str): BTC/USDT or BTC-USDT
        exchange (None | str | Unset):
        quantity (float | None | Unset):
        notional (float | None | Unset):
        lookback_days (int | Unset):  Default: 30.
        participation (float | Unset):  Default: 0.1.
        risk_aversion (float | Unset): Almgren–Chriss λ per quote unit of variance Default: 1e-06.
        interval_seconds (float | Unset): Time the book takes to refill between children Default:
            60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionEstimateOut | Problem]
    """

    kwargs = _get_kwargs(
        side=side,
        symbol=symbol,
        exchange=exchange,
        quantity=quantity,
        notional=notional,
        lookback_days=lookback_days,
        participation=participation,
        risk_aversion=risk_aversion,
        interval_seconds=interval_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    side: ExecutionEstimateSide,
    symbol: str,
    exchange: None | str | Unset = UNSET,
    quantity: float | None | Unset = UNSET,
    notional: float | None | Unset = UNSET,
    lookback_days: int | Unset = 30,
    participation: float | Unset = 0.1,
    risk_aversion: float | Unset = 1e-06,
    interval_seconds: float | Unset = 60.0,
) -> ExecutionEstimateOut | Problem | None:
    """Pre-trade estimate: book walk, square-root impact, spread, fees, suggested algo

    Args:
        side (ExecutionEstimateSide):
        symbol (str): BTC/USDT or BTC-USDT
        exchange (None | str | Unset):
        quantity (float | None | Unset):
        notional (float | None | Unset):
        lookback_days (int | Unset):  Default: 30.
        participation (float | Unset):  Default: 0.1.
        risk_aversion (float | Unset): Almgren–Chriss λ per quote unit of variance Default: 1e-06.
        interval_seconds (float | Unset): Time the book takes to refill between children Default:
            60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionEstimateOut | Problem
    """

    return sync_detailed(
        client=client,
        side=side,
        symbol=symbol,
        exchange=exchange,
        quantity=quantity,
        notional=notional,
        lookback_days=lookback_days,
        participation=participation,
        risk_aversion=risk_aversion,
        interval_seconds=interval_seconds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    side: ExecutionEstimateSide,
    symbol: str,
    exchange: None | str | Unset = UNSET,
    quantity: float | None | Unset = UNSET,
    notional: float | None | Unset = UNSET,
    lookback_days: int | Unset = 30,
    participation: float | Unset = 0.1,
    risk_aversion: float | Unset = 1e-06,
    interval_seconds: float | Unset = 60.0,
) -> Response[ExecutionEstimateOut | Problem]:
    """Pre-trade estimate: book walk, square-root impact, spread, fees, suggested algo

    Args:
        side (ExecutionEstimateSide):
        symbol (str): BTC/USDT or BTC-USDT
        exchange (None | str | Unset):
        quantity (float | None | Unset):
        notional (float | None | Unset):
        lookback_days (int | Unset):  Default: 30.
        participation (float | Unset):  Default: 0.1.
        risk_aversion (float | Unset): Almgren–Chriss λ per quote unit of variance Default: 1e-06.
        interval_seconds (float | Unset): Time the book takes to refill between children Default:
            60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExecutionEstimateOut | Problem]
    """

    kwargs = _get_kwargs(
        side=side,
        symbol=symbol,
        exchange=exchange,
        quantity=quantity,
        notional=notional,
        lookback_days=lookback_days,
        participation=participation,
        risk_aversion=risk_aversion,
        interval_seconds=interval_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    side: ExecutionEstimateSide,
    symbol: str,
    exchange: None | str | Unset = UNSET,
    quantity: float | None | Unset = UNSET,
    notional: float | None | Unset = UNSET,
    lookback_days: int | Unset = 30,
    participation: float | Unset = 0.1,
    risk_aversion: float | Unset = 1e-06,
    interval_seconds: float | Unset = 60.0,
) -> ExecutionEstimateOut | Problem | None:
    """Pre-trade estimate: book walk, square-root impact, spread, fees, suggested algo

    Args:
        side (ExecutionEstimateSide):
        symbol (str): BTC/USDT or BTC-USDT
        exchange (None | str | Unset):
        quantity (float | None | Unset):
        notional (float | None | Unset):
        lookback_days (int | Unset):  Default: 30.
        participation (float | Unset):  Default: 0.1.
        risk_aversion (float | Unset): Almgren–Chriss λ per quote unit of variance Default: 1e-06.
        interval_seconds (float | Unset): Time the book takes to refill between children Default:
            60.0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExecutionEstimateOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            side=side,
            symbol=symbol,
            exchange=exchange,
            quantity=quantity,
            notional=notional,
            lookback_days=lookback_days,
            participation=participation,
            risk_aversion=risk_aversion,
            interval_seconds=interval_seconds,
        )
    ).parsed
