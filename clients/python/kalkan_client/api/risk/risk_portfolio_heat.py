from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.risk_portfolio_heat import RiskPortfolioHeat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account: str | Unset = "paper",
    stale_ok: bool | Unset = True,
    exchange: None | str | Unset = UNSET,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    slippage: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["account"] = account

    params["stale_ok"] = stale_ok

    json_exchange: None | str | Unset
    if isinstance(exchange, Unset):
        json_exchange = UNSET
    else:
        json_exchange = exchange
    params["exchange"] = json_exchange

    params["timeframe"] = timeframe

    params["lookback"] = lookback

    params["slippage"] = slippage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/risk/portfolio_heat",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RiskPortfolioHeat | None:
    if response.status_code == 200:
        response_200 = RiskPortfolioHeat.from_dict(response.json())

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
) -> Response[Problem | RiskPortfolioHeat]:
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
    stale_ok: bool | Unset = True,
    exchange: None | str | Unset = UNSET,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    slippage: bool | Unset = False,
) -> Response[Problem | RiskPortfolioHeat]:
    """Open risk to the stops, per position, per correlated cluster and in total

    Args:
        account (str | Unset):  Default: 'paper'.
        stale_ok (bool | Unset):  Default: True.
        exchange (None | str | Unset): Candles-store exchange for the correlations that form
            clusters
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Returns for correlations Default: 90.
        slippage (bool | Unset): Add the expected slippage of each stop: its market order walks
            the current book Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskPortfolioHeat]
    """

    kwargs = _get_kwargs(
        account=account,
        stale_ok=stale_ok,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        slippage=slippage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    stale_ok: bool | Unset = True,
    exchange: None | str | Unset = UNSET,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    slippage: bool | Unset = False,
) -> Problem | RiskPortfolioHeat | None:
    """Open risk to the stops, per position, per correlated cluster and in total

    Args:
        account (str | Unset):  Default: 'paper'.
        stale_ok (bool | Unset):  Default: True.
        exchange (None | str | Unset): Candles-store exchange for the correlations that form
            clusters
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Returns for correlations Default: 90.
        slippage (bool | Unset): Add the expected slippage of each stop: its market order walks
            the current book Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskPortfolioHeat
    """

    return sync_detailed(
        client=client,
        account=account,
        stale_ok=stale_ok,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        slippage=slippage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    stale_ok: bool | Unset = True,
    exchange: None | str | Unset = UNSET,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    slippage: bool | Unset = False,
) -> Response[Problem | RiskPortfolioHeat]:
    """Open risk to the stops, per position, per correlated cluster and in total

    Args:
        account (str | Unset):  Default: 'paper'.
        stale_ok (bool | Unset):  Default: True.
        exchange (None | str | Unset): Candles-store exchange for the correlations that form
            clusters
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Returns for correlations Default: 90.
        slippage (bool | Unset): Add the expected slippage of each stop: its market order walks
            the current book Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RiskPortfolioHeat]
    """

    kwargs = _get_kwargs(
        account=account,
        stale_ok=stale_ok,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        slippage=slippage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    account: str | Unset = "paper",
    stale_ok: bool | Unset = True,
    exchange: None | str | Unset = UNSET,
    timeframe: str | Unset = "1d",
    lookback: int | Unset = 90,
    slippage: bool | Unset = False,
) -> Problem | RiskPortfolioHeat | None:
    """Open risk to the stops, per position, per correlated cluster and in total

    Args:
        account (str | Unset):  Default: 'paper'.
        stale_ok (bool | Unset):  Default: True.
        exchange (None | str | Unset): Candles-store exchange for the correlations that form
            clusters
        timeframe (str | Unset):  Default: '1d'.
        lookback (int | Unset): Returns for correlations Default: 90.
        slippage (bool | Unset): Add the expected slippage of each stop: its market order walks
            the current book Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RiskPortfolioHeat
    """

    return (
        await asyncio_detailed(
            client=client,
            account=account,
            stale_ok=stale_ok,
            exchange=exchange,
            timeframe=timeframe,
            lookback=lookback,
            slippage=slippage,
        )
    ).parsed
