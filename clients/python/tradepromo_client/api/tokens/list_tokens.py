from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_tokens_fields_item import check_list_tokens_fields_item
from ...models.list_tokens_fields_item import ListTokensFieldsItem
from ...models.list_tokens_format import check_list_tokens_format
from ...models.list_tokens_format import ListTokensFormat
from ...models.list_tokens_scope_item import check_list_tokens_scope_item
from ...models.list_tokens_scope_item import ListTokensScopeItem
from ...models.list_tokens_sort_item import check_list_tokens_sort_item
from ...models.list_tokens_sort_item import ListTokensSortItem
from ...models.problem import Problem
from ...models.token_page import TokenPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    scope: list[ListTokensScopeItem] | Unset = UNSET,
    sort: list[ListTokensSortItem] | Unset = UNSET,
    fields: list[ListTokensFieldsItem] | Unset = UNSET,
    format_: ListTokensFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_scope: list[str] | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = []
        for scope_item_data in scope:
            scope_item: str = scope_item_data
            json_scope.append(scope_item)


    params["scope"] = json_scope

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
        "url": "/api/v1/tokens",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | TokenPage:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = TokenPage.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | TokenPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    scope: list[ListTokensScopeItem] | Unset = UNSET,
    sort: list[ListTokensSortItem] | Unset = UNSET,
    fields: list[ListTokensFieldsItem] | Unset = UNSET,
    format_: ListTokensFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | TokenPage]:
    """ List tokens (admin)

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        scope (list[ListTokensScopeItem] | Unset):
        sort (list[ListTokensSortItem] | Unset):
        fields (list[ListTokensFieldsItem] | Unset):
        format_ (ListTokensFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TokenPage]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
scope=scope,
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
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    scope: list[ListTokensScopeItem] | Unset = UNSET,
    sort: list[ListTokensSortItem] | Unset = UNSET,
    fields: list[ListTokensFieldsItem] | Unset = UNSET,
    format_: ListTokensFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | TokenPage | None:
    """ List tokens (admin)

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        scope (list[ListTokensScopeItem] | Unset):
        sort (list[ListTokensSortItem] | Unset):
        fields (list[ListTokensFieldsItem] | Unset):
        format_ (ListTokensFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TokenPage
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
scope=scope,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    scope: list[ListTokensScopeItem] | Unset = UNSET,
    sort: list[ListTokensSortItem] | Unset = UNSET,
    fields: list[ListTokensFieldsItem] | Unset = UNSET,
    format_: ListTokensFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | Problem | TokenPage]:
    """ List tokens (admin)

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        scope (list[ListTokensScopeItem] | Unset):
        sort (list[ListTokensSortItem] | Unset):
        fields (list[ListTokensFieldsItem] | Unset):
        format_ (ListTokensFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TokenPage]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
scope=scope,
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
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    scope: list[ListTokensScopeItem] | Unset = UNSET,
    sort: list[ListTokensSortItem] | Unset = UNSET,
    fields: list[ListTokensFieldsItem] | Unset = UNSET,
    format_: ListTokensFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | Problem | TokenPage | None:
    """ List tokens (admin)

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        scope (list[ListTokensScopeItem] | Unset):
        sort (list[ListTokensSortItem] | Unset):
        fields (list[ListTokensFieldsItem] | Unset):
        format_ (ListTokensFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TokenPage
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
scope=scope,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    )).parsed
