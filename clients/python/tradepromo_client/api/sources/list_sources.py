from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_sources_fields_item import check_list_sources_fields_item
from ...models.list_sources_fields_item import ListSourcesFieldsItem
from ...models.list_sources_format import check_list_sources_format
from ...models.list_sources_format import ListSourcesFormat
from ...models.list_sources_sort_item import check_list_sources_sort_item
from ...models.list_sources_sort_item import ListSourcesSortItem
from ...models.problem import Problem
from ...models.source_page import SourcePage
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    published_on: datetime.date | Unset = UNSET,
    published_ongte: datetime.date | Unset = UNSET,
    published_ongt: datetime.date | Unset = UNSET,
    published_onlte: datetime.date | Unset = UNSET,
    published_onlt: datetime.date | Unset = UNSET,
    sort: list[ListSourcesSortItem] | Unset = UNSET,
    fields: list[ListSourcesFieldsItem] | Unset = UNSET,
    format_: ListSourcesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_publisher: list[str] | Unset = UNSET
    if not isinstance(publisher, Unset):
        json_publisher = publisher


    params["publisher"] = json_publisher

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language


    params["language"] = json_language

    json_published_on: str | Unset = UNSET
    if not isinstance(published_on, Unset):
        json_published_on = published_on.isoformat()
    params["published_on"] = json_published_on

    json_published_ongte: str | Unset = UNSET
    if not isinstance(published_ongte, Unset):
        json_published_ongte = published_ongte.isoformat()
    params["published_on[gte]"] = json_published_ongte

    json_published_ongt: str | Unset = UNSET
    if not isinstance(published_ongt, Unset):
        json_published_ongt = published_ongt.isoformat()
    params["published_on[gt]"] = json_published_ongt

    json_published_onlte: str | Unset = UNSET
    if not isinstance(published_onlte, Unset):
        json_published_onlte = published_onlte.isoformat()
    params["published_on[lte]"] = json_published_onlte

    json_published_onlt: str | Unset = UNSET
    if not isinstance(published_onlt, Unset):
        json_published_onlt = published_onlt.isoformat()
    params["published_on[lt]"] = json_published_onlt

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item: str = sort_item_data
            json_sort.append(sort_item)


    params["sort"] = json_sort

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item: str = fields_item_data
            json_fields.append(fields_item)


    params["fields"] = json_fields

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sources",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | SourcePage:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = SourcePage.from_dict(response.json())



        return response_200

    if response.status_code == 304:
        response_304 = None

        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())



        return response_406

    response_default = Problem.from_dict(response.json())



    return response_default



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | SourcePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    published_on: datetime.date | Unset = UNSET,
    published_ongte: datetime.date | Unset = UNSET,
    published_ongt: datetime.date | Unset = UNSET,
    published_onlte: datetime.date | Unset = UNSET,
    published_onlt: datetime.date | Unset = UNSET,
    sort: list[ListSourcesSortItem] | Unset = UNSET,
    fields: list[ListSourcesFieldsItem] | Unset = UNSET,
    format_: ListSourcesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | SourcePage]:
    """ List source documents

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        publisher (list[str] | Unset):
        language (list[str] | Unset):
        published_on (datetime.date | Unset):
        published_ongte (datetime.date | Unset):
        published_ongt (datetime.date | Unset):
        published_onlte (datetime.date | Unset):
        published_onlt (datetime.date | Unset):
        sort (list[ListSourcesSortItem] | Unset):
        fields (list[ListSourcesFieldsItem] | Unset):
        format_ (ListSourcesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SourcePage]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
publisher=publisher,
language=language,
published_on=published_on,
published_ongte=published_ongte,
published_ongt=published_ongt,
published_onlte=published_onlte,
published_onlt=published_onlt,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    published_on: datetime.date | Unset = UNSET,
    published_ongte: datetime.date | Unset = UNSET,
    published_ongt: datetime.date | Unset = UNSET,
    published_onlte: datetime.date | Unset = UNSET,
    published_onlt: datetime.date | Unset = UNSET,
    sort: list[ListSourcesSortItem] | Unset = UNSET,
    fields: list[ListSourcesFieldsItem] | Unset = UNSET,
    format_: ListSourcesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | SourcePage | None:
    """ List source documents

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        publisher (list[str] | Unset):
        language (list[str] | Unset):
        published_on (datetime.date | Unset):
        published_ongte (datetime.date | Unset):
        published_ongt (datetime.date | Unset):
        published_onlte (datetime.date | Unset):
        published_onlt (datetime.date | Unset):
        sort (list[ListSourcesSortItem] | Unset):
        fields (list[ListSourcesFieldsItem] | Unset):
        format_ (ListSourcesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SourcePage
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
publisher=publisher,
language=language,
published_on=published_on,
published_ongte=published_ongte,
published_ongt=published_ongt,
published_onlte=published_onlte,
published_onlt=published_onlt,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    published_on: datetime.date | Unset = UNSET,
    published_ongte: datetime.date | Unset = UNSET,
    published_ongt: datetime.date | Unset = UNSET,
    published_onlte: datetime.date | Unset = UNSET,
    published_onlt: datetime.date | Unset = UNSET,
    sort: list[ListSourcesSortItem] | Unset = UNSET,
    fields: list[ListSourcesFieldsItem] | Unset = UNSET,
    format_: ListSourcesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | SourcePage]:
    """ List source documents

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        publisher (list[str] | Unset):
        language (list[str] | Unset):
        published_on (datetime.date | Unset):
        published_ongte (datetime.date | Unset):
        published_ongt (datetime.date | Unset):
        published_onlte (datetime.date | Unset):
        published_onlt (datetime.date | Unset):
        sort (list[ListSourcesSortItem] | Unset):
        fields (list[ListSourcesFieldsItem] | Unset):
        format_ (ListSourcesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SourcePage]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
publisher=publisher,
language=language,
published_on=published_on,
published_ongte=published_ongte,
published_ongt=published_ongt,
published_onlte=published_onlte,
published_onlt=published_onlt,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    publisher: list[str] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    published_on: datetime.date | Unset = UNSET,
    published_ongte: datetime.date | Unset = UNSET,
    published_ongt: datetime.date | Unset = UNSET,
    published_onlte: datetime.date | Unset = UNSET,
    published_onlt: datetime.date | Unset = UNSET,
    sort: list[ListSourcesSortItem] | Unset = UNSET,
    fields: list[ListSourcesFieldsItem] | Unset = UNSET,
    format_: ListSourcesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | SourcePage | None:
    """ List source documents

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        publisher (list[str] | Unset):
        language (list[str] | Unset):
        published_on (datetime.date | Unset):
        published_ongte (datetime.date | Unset):
        published_ongt (datetime.date | Unset):
        published_onlte (datetime.date | Unset):
        published_onlt (datetime.date | Unset):
        sort (list[ListSourcesSortItem] | Unset):
        fields (list[ListSourcesFieldsItem] | Unset):
        format_ (ListSourcesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SourcePage
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
publisher=publisher,
language=language,
published_on=published_on,
published_ongte=published_ongte,
published_ongt=published_ongt,
published_onlte=published_onlte,
published_onlt=published_onlt,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    )).parsed
