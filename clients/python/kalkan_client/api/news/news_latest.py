import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.news_article_page import NewsArticlePage
from ...models.news_latest_event_type_type_0 import NewsLatestEventTypeType0
from ...models.news_latest_importance_type_0 import NewsLatestImportanceType0
from ...models.news_latest_sentiment_type_0 import NewsLatestSentimentType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    sentiment: NewsLatestSentimentType0 | None | Unset = UNSET,
    importance: NewsLatestImportanceType0 | None | Unset = UNSET,
    min_importance: float | None | Unset = UNSET,
    event_type: NewsLatestEventTypeType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_symbol: None | str | Unset
    if isinstance(symbol, Unset):
        json_symbol = UNSET
    else:
        json_symbol = symbol
    params["symbol"] = json_symbol

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
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

    json_sentiment: None | str | Unset
    if isinstance(sentiment, Unset):
        json_sentiment = UNSET
    elif isinstance(sentiment, str):
        json_sentiment = sentiment
    else:
        json_sentiment = sentiment
    params["sentiment"] = json_sentiment

    json_importance: None | str | Unset
    if isinstance(importance, Unset):
        json_importance = UNSET
    elif isinstance(importance, str):
        json_importance = importance
    else:
        json_importance = importance
    params["importance"] = json_importance

    json_min_importance: float | None | Unset
    if isinstance(min_importance, Unset):
        json_min_importance = UNSET
    else:
        json_min_importance = min_importance
    params["min_importance"] = json_min_importance

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, str):
        json_event_type = event_type
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/news/latest",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NewsArticlePage | Problem | None:
    if response.status_code == 200:
        response_200 = NewsArticlePage.from_dict(response.json())

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
) -> Response[NewsArticlePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    sentiment: NewsLatestSentimentType0 | None | Unset = UNSET,
    importance: NewsLatestImportanceType0 | None | Unset = UNSET,
    min_importance: float | None | Unset = UNSET,
    event_type: NewsLatestEventTypeType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[NewsArticlePage | Problem]:
    """Stored news, newest first, each with its analysis

    Args:
        symbol (None | str | Unset): A currency (BTC) or a symbol (BTC/USDT, BTC-USDT)
        source (None | str | Unset):
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        sentiment (NewsLatestSentimentType0 | None | Unset):
        importance (NewsLatestImportanceType0 | None | Unset): At least this importance level
        min_importance (float | None | Unset):
        event_type (NewsLatestEventTypeType0 | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        source=source,
        start=start,
        end=end,
        sentiment=sentiment,
        importance=importance,
        min_importance=min_importance,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    sentiment: NewsLatestSentimentType0 | None | Unset = UNSET,
    importance: NewsLatestImportanceType0 | None | Unset = UNSET,
    min_importance: float | None | Unset = UNSET,
    event_type: NewsLatestEventTypeType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> NewsArticlePage | Problem | None:
    """Stored news, newest first, each with its analysis

    Args:
        symbol (None | str | Unset): A currency (BTC) or a symbol (BTC/USDT, BTC-USDT)
        source (None | str | Unset):
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        sentiment (NewsLatestSentimentType0 | None | Unset):
        importance (NewsLatestImportanceType0 | None | Unset): At least this importance level
        min_importance (float | None | Unset):
        event_type (NewsLatestEventTypeType0 | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsArticlePage | Problem
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        source=source,
        start=start,
        end=end,
        sentiment=sentiment,
        importance=importance,
        min_importance=min_importance,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    sentiment: NewsLatestSentimentType0 | None | Unset = UNSET,
    importance: NewsLatestImportanceType0 | None | Unset = UNSET,
    min_importance: float | None | Unset = UNSET,
    event_type: NewsLatestEventTypeType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[NewsArticlePage | Problem]:
    """Stored news, newest first, each with its analysis

    Args:
        symbol (None | str | Unset): A currency (BTC) or a symbol (BTC/USDT, BTC-USDT)
        source (None | str | Unset):
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        sentiment (NewsLatestSentimentType0 | None | Unset):
        importance (NewsLatestImportanceType0 | None | Unset): At least this importance level
        min_importance (float | None | Unset):
        event_type (NewsLatestEventTypeType0 | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NewsArticlePage | Problem]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        source=source,
        start=start,
        end=end,
        sentiment=sentiment,
        importance=importance,
        min_importance=min_importance,
        event_type=event_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    start: datetime.datetime | None | Unset = UNSET,
    end: datetime.datetime | None | Unset = UNSET,
    sentiment: NewsLatestSentimentType0 | None | Unset = UNSET,
    importance: NewsLatestImportanceType0 | None | Unset = UNSET,
    min_importance: float | None | Unset = UNSET,
    event_type: NewsLatestEventTypeType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> NewsArticlePage | Problem | None:
    """Stored news, newest first, each with its analysis

    Args:
        symbol (None | str | Unset): A currency (BTC) or a symbol (BTC/USDT, BTC-USDT)
        source (None | str | Unset):
        start (datetime.datetime | None | Unset): Inclusive lower bound (UTC)
        end (datetime.datetime | None | Unset): Exclusive upper bound (UTC)
        sentiment (NewsLatestSentimentType0 | None | Unset):
        importance (NewsLatestImportanceType0 | None | Unset): At least this importance level
        min_importance (float | None | Unset):
        event_type (NewsLatestEventTypeType0 | None | Unset):
        limit (int | Unset): Items per page Default: 100.
        cursor (None | str | Unset): next_cursor of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NewsArticlePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            source=source,
            start=start,
            end=end,
            sentiment=sentiment,
            importance=importance,
            min_importance=min_importance,
            event_type=event_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
