from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portfolio_risk_report import PortfolioRiskReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    confidence: float | Unset = 0.95,
    benchmark: str | Unset = "BTC/USDT",
    threshold: float | Unset = 0.7,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account"] = account

    params["exchange"] = exchange

    params["timeframe"] = timeframe

    params["lookback"] = lookback

    params["confidence"] = confidence

    params["benchmark"] = benchmark

    params["threshold"] = threshold

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/portfolio/risk",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PortfolioRiskReport | Problem | None:
    if response.status_code == 200:
        response_200 = PortfolioRiskReport.from_dict(response.json())

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
) -> Response[PortfolioRiskReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    confidence: float | Unset = 0.95,
    benchmark: str | Unset = "BTC/USDT",
    threshold: float | Unset = 0.7,
) -> Response[PortfolioRiskReport | Problem]:
    """Volatility, VaR/CVaR, beta, correlations, concentration, leverage, heat

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for returns
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Bars of returns Default: 90.
        confidence (float | Unset):  Default: 0.95.
        benchmark (str | Unset):  Default: 'BTC/USDT'.
        threshold (float | Unset): Flag pairs above it Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioRiskReport | Problem]
    """

    kwargs = _get_kwargs(
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        confidence=confidence,
        benchmark=benchmark,
        threshold=threshold,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    confidence: float | Unset = 0.95,
    benchmark: str | Unset = "BTC/USDT",
    threshold: float | Unset = 0.7,
) -> PortfolioRiskReport | Problem | None:
    """Volatility, VaR/CVaR, beta, correlations, concentration, leverage, heat

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for returns
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Bars of returns Default: 90.
        confidence (float | Unset):  Default: 0.95.
        benchmark (str | Unset):  Default: 'BTC/USDT'.
        threshold (float | Unset): Flag pairs above it Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioRiskReport | Problem
    """

    return sync_detailed(
        client=client,
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        confidence=confidence,
        benchmark=benchmark,
        threshold=threshold,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    confidence: float | Unset = 0.95,
    benchmark: str | Unset = "BTC/USDT",
    threshold: float | Unset = 0.7,
) -> Response[PortfolioRiskReport | Problem]:
    """Volatility, VaR/CVaR, beta, correlations, concentration, leverage, heat

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for returns
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Bars of returns Default: 90.
        confidence (float | Unset):  Default: 0.95.
        benchmark (str | Unset):  Default: 'BTC/USDT'.
        threshold (float | Unset): Flag pairs above it Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PortfolioRiskReport | Problem]
    """

    kwargs = _get_kwargs(
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        confidence=confidence,
        benchmark=benchmark,
        threshold=threshold,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    exchange: str,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    confidence: float | Unset = 0.95,
    benchmark: str | Unset = "BTC/USDT",
    threshold: float | Unset = 0.7,
) -> PortfolioRiskReport | Problem | None:
    """Volatility, VaR/CVaR, beta, correlations, concentration, leverage, heat

    Args:
        account (str | Unset): Account name Default: 'paper'.
        exchange (str): Candles-store exchange for returns
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Bars of returns Default: 90.
        confidence (float | Unset):  Default: 0.95.
        benchmark (str | Unset):  Default: 'BTC/USDT'.
        threshold (float | Unset): Flag pairs above it Default: 0.7.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PortfolioRiskReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            account=account,
            exchange=exchange,
            timeframe=timeframe,
            lookback=lookback,
            confidence=confidence,
            benchmark=benchmark,
            threshold=threshold,
        )
    ).parsed
