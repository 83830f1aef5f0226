from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.change_page import ChangePage
from ...models.list_changes_fields_item import check_list_changes_fields_item
from ...models.list_changes_fields_item import ListChangesFieldsItem
from ...models.list_changes_format import check_list_changes_format
from ...models.list_changes_format import ListChangesFormat
from ...models.list_changes_operation_item import check_list_changes_operation_item
from ...models.list_changes_operation_item import ListChangesOperationItem
from ...models.list_changes_resource_item import check_list_changes_resource_item
from ...models.list_changes_resource_item import ListChangesResourceItem
from ...models.list_changes_sort_item import check_list_changes_sort_item
from ...models.list_changes_sort_item import ListChangesSortItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    resource: list[ListChangesResourceItem] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    operation: list[ListChangesOperationItem] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    since: datetime.date | datetime.datetime | int | Unset = UNSET,
    at: datetime.datetime | Unset = UNSET,
    atgte: datetime.datetime | Unset = UNSET,
    atgt: datetime.datetime | Unset = UNSET,
    atlte: datetime.datetime | Unset = UNSET,
    atlt: datetime.datetime | Unset = UNSET,
    sort: list[ListChangesSortItem] | Unset = UNSET,
    fields: list[ListChangesFieldsItem] | Unset = UNSET,
    format_: ListChangesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_resource: list[str] | Unset = UNSET
    if not isinstance(resource, Unset):
        json_resource = []
        for resource_item_data in resource:
            resource_item: str = resource_item_data
            json_resource.append(resource_item)


    params["resource"] = json_resource

    json_record: list[str] | Unset = UNSET
    if not isinstance(record, Unset):
        json_record = record


    params["record"] = json_record

    json_operation: list[str] | Unset = UNSET
    if not isinstance(operation, Unset):
        json_operation = []
        for operation_item_data in operation:
            operation_item: str = operation_item_data
            json_operation.append(operation_item)


    params["operation"] = json_operation

    json_actor: list[str] | Unset = UNSET
    if not isinstance(actor, Unset):
        json_actor = actor


    params["actor"] = json_actor

    json_since: int | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_at: str | Unset = UNSET
    if not isinstance(at, Unset):
        json_at = at.isoformat()
    params["at"] = json_at

    json_atgte: str | Unset = UNSET
    if not isinstance(atgte, Unset):
        json_atgte = atgte.isoformat()
    params["at[gte]"] = json_atgte

    json_atgt: str | Unset = UNSET
    if not isinstance(atgt, Unset):
        json_atgt = atgt.isoformat()
    params["at[gt]"] = json_atgt

    json_atlte: str | Unset = UNSET
    if not isinstance(atlte, Unset):
        json_atlte = atlte.isoformat()
    params["at[lte]"] = json_atlte

    json_atlt: str | Unset = UNSET
    if not isinstance(atlt, Unset):
        json_atlt = atlt.isoformat()
    params["at[lt]"] = json_atlt

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
        "url": "/api/v1/changes",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ChangePage | Problem:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ChangePage | Problem]:
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
    resource: list[ListChangesResourceItem] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    operation: list[ListChangesOperationItem] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    since: datetime.date | datetime.datetime | int | Unset = UNSET,
    at: datetime.datetime | Unset = UNSET,
    atgte: datetime.datetime | Unset = UNSET,
    atgt: datetime.datetime | Unset = UNSET,
    atlte: datetime.datetime | Unset = UNSET,
    atlt: datetime.datetime | Unset = UNSET,
    sort: list[ListChangesSortItem] | Unset = UNSET,
    fields: list[ListChangesFieldsItem] | Unset = UNSET,
    format_: ListChangesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ChangePage | Problem]:
    """ List the changes to records, oldest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        resource (list[ListChangesResourceItem] | Unset):
        record (list[str] | Unset):
        operation (list[ListChangesOperationItem] | Unset):
        actor (list[str] | Unset):
        since (datetime.date | datetime.datetime | int | Unset):
        at (datetime.datetime | Unset):
        atgte (datetime.datetime | Unset):
        atgt (datetime.datetime | Unset):
        atlte (datetime.datetime | Unset):
        atlt (datetime.datetime | Unset):
        sort (list[ListChangesSortItem] | Unset):
        fields (list[ListChangesFieldsItem] | Unset):
        format_ (ListChangesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangePage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
resource=resource,
record=record,
operation=operation,
actor=actor,
since=since,
at=at,
atgte=atgte,
atgt=atgt,
atlte=atlte,
atlt=atlt,
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
    resource: list[ListChangesResourceItem] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    operation: list[ListChangesOperationItem] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    since: datetime.date | datetime.datetime | int | Unset = UNSET,
    at: datetime.datetime | Unset = UNSET,
    atgte: datetime.datetime | Unset = UNSET,
    atgt: datetime.datetime | Unset = UNSET,
    atlte: datetime.datetime | Unset = UNSET,
    atlt: datetime.datetime | Unset = UNSET,
    sort: list[ListChangesSortItem] | Unset = UNSET,
    fields: list[ListChangesFieldsItem] | Unset = UNSET,
    format_: ListChangesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ChangePage | Problem | None:
    """ List the changes to records, oldest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        resource (list[ListChangesResourceItem] | Unset):
        record (list[str] | Unset):
        operation (list[ListChangesOperationItem] | Unset):
        actor (list[str] | Unset):
        since (datetime.date | datetime.datetime | int | Unset):
        at (datetime.datetime | Unset):
        atgte (datetime.datetime | Unset):
        atgt (datetime.datetime | Unset):
        atlte (datetime.datetime | Unset):
        atlt (datetime.datetime | Unset):
        sort (list[ListChangesSortItem] | Unset):
        fields (list[ListChangesFieldsItem] | Unset):
        format_ (ListChangesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangePage | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
resource=resource,
record=record,
operation=operation,
actor=actor,
since=since,
at=at,
atgte=atgte,
atgt=atgt,
atlte=atlte,
atlt=atlt,
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
    resource: list[ListChangesResourceItem] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    operation: list[ListChangesOperationItem] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    since: datetime.date | datetime.datetime | int | Unset = UNSET,
    at: datetime.datetime | Unset = UNSET,
    atgte: datetime.datetime | Unset = UNSET,
    atgt: datetime.datetime | Unset = UNSET,
    atlte: datetime.datetime | Unset = UNSET,
    atlt: datetime.datetime | Unset = UNSET,
    sort: list[ListChangesSortItem] | Unset = UNSET,
    fields: list[ListChangesFieldsItem] | Unset = UNSET,
    format_: ListChangesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | ChangePage | Problem]:
    """ List the changes to records, oldest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        resource (list[ListChangesResourceItem] | Unset):
        record (list[str] | Unset):
        operation (list[ListChangesOperationItem] | Unset):
        actor (list[str] | Unset):
        since (datetime.date | datetime.datetime | int | Unset):
        at (datetime.datetime | Unset):
        atgte (datetime.datetime | Unset):
        atgt (datetime.datetime | Unset):
        atlte (datetime.datetime | Unset):
        atlt (datetime.datetime | Unset):
        sort (list[ListChangesSortItem] | Unset):
        fields (list[ListChangesFieldsItem] | Unset):
        format_ (ListChangesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangePage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
resource=resource,
record=record,
operation=operation,
actor=actor,
since=since,
at=at,
atgte=atgte,
atgt=atgt,
atlte=atlte,
atlt=atlt,
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
    resource: list[ListChangesResourceItem] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    operation: list[ListChangesOperationItem] | Unset = UNSET,
    actor: list[str] | Unset = UNSET,
    since: datetime.date | datetime.datetime | int | Unset = UNSET,
    at: datetime.datetime | Unset = UNSET,
    atgte: datetime.datetime | Unset = UNSET,
    atgt: datetime.datetime | Unset = UNSET,
    atlte: datetime.datetime | Unset = UNSET,
    atlt: datetime.datetime | Unset = UNSET,
    sort: list[ListChangesSortItem] | Unset = UNSET,
    fields: list[ListChangesFieldsItem] | Unset = UNSET,
    format_: ListChangesFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | ChangePage | Problem | None:
    """ List the changes to records, oldest first

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        resource (list[ListChangesResourceItem] | Unset):
        record (list[str] | Unset):
        operation (list[ListChangesOperationItem] | Unset):
        actor (list[str] | Unset):
        since (datetime.date | datetime.datetime | int | Unset):
        at (datetime.datetime | Unset):
        atgte (datetime.datetime | Unset):
        atgt (datetime.datetime | Unset):
        atlte (datetime.datetime | Unset):
        atlt (datetime.datetime | Unset):
        sort (list[ListChangesSortItem] | Unset):
        fields (list[ListChangesFieldsItem] | Unset):
        format_ (ListChangesFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangePage | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
resource=resource,
record=record,
operation=operation,
actor=actor,
since=since,
at=at,
atgte=atgte,
atgt=atgt,
atlte=atlte,
atlt=atlt,
sort=sort,
fields=fields,
format_=format_,
if_none_match=if_none_match,

    )).parsed
