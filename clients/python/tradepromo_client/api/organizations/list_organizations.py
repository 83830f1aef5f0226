from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_organizations_expand_item import check_list_organizations_expand_item
from ...models.list_organizations_expand_item import ListOrganizationsExpandItem
from ...models.list_organizations_facet_item import check_list_organizations_facet_item
from ...models.list_organizations_facet_item import ListOrganizationsFacetItem
from ...models.list_organizations_fields_item import check_list_organizations_fields_item
from ...models.list_organizations_fields_item import ListOrganizationsFieldsItem
from ...models.list_organizations_format import check_list_organizations_format
from ...models.list_organizations_format import ListOrganizationsFormat
from ...models.list_organizations_inferred_type_1_item import check_list_organizations_inferred_type_1_item
from ...models.list_organizations_inferred_type_1_item import ListOrganizationsInferredType1Item
from ...models.list_organizations_kind_item import check_list_organizations_kind_item
from ...models.list_organizations_kind_item import ListOrganizationsKindItem
from ...models.list_organizations_sort_item import check_list_organizations_sort_item
from ...models.list_organizations_sort_item import ListOrganizationsSortItem
from ...models.organization_page import OrganizationPage
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    kind: list[ListOrganizationsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    inferred: bool | list[ListOrganizationsInferredType1Item] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    fields: list[ListOrganizationsFieldsItem] | Unset = UNSET,
    expand: list[ListOrganizationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListOrganizationsFacetItem] | Unset = UNSET,
    format_: ListOrganizationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)


    params["kind"] = json_kind

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country


    params["country"] = json_country

    json_city: list[str] | Unset = UNSET
    if not isinstance(city, Unset):
        json_city = city


    params["city"] = json_city

    json_inferred: bool | list[str] | Unset
    if isinstance(inferred, Unset):
        json_inferred = UNSET
    elif isinstance(inferred, list):
        json_inferred = []
        for inferred_type_1_item_data in inferred:
            inferred_type_1_item: str = inferred_type_1_item_data
            json_inferred.append(inferred_type_1_item)


    else:
        json_inferred = inferred
    params["inferred"] = json_inferred

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

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item: str = expand_item_data
            json_expand.append(expand_item)


    params["expand"] = json_expand

    params["q"] = q

    json_facet: list[str] | Unset = UNSET
    if not isinstance(facet, Unset):
        json_facet = []
        for facet_item_data in facet:
            facet_item: str = facet_item_data
            json_facet.append(facet_item)


    params["facet"] = json_facet

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organizations",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | OrganizationPage | Problem:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = OrganizationPage.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | OrganizationPage | Problem]:
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
    kind: list[ListOrganizationsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    inferred: bool | list[ListOrganizationsInferredType1Item] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    fields: list[ListOrganizationsFieldsItem] | Unset = UNSET,
    expand: list[ListOrganizationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListOrganizationsFacetItem] | Unset = UNSET,
    format_: ListOrganizationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | OrganizationPage | Problem]:
    """ List organizations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        kind (list[ListOrganizationsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        inferred (bool | list[ListOrganizationsInferredType1Item] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        fields (list[ListOrganizationsFieldsItem] | Unset):
        expand (list[ListOrganizationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListOrganizationsFacetItem] | Unset):
        format_ (ListOrganizationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganizationPage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
kind=kind,
country=country,
city=city,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
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
    kind: list[ListOrganizationsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    inferred: bool | list[ListOrganizationsInferredType1Item] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    fields: list[ListOrganizationsFieldsItem] | Unset = UNSET,
    expand: list[ListOrganizationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListOrganizationsFacetItem] | Unset = UNSET,
    format_: ListOrganizationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | OrganizationPage | Problem | None:
    """ List organizations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        kind (list[ListOrganizationsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        inferred (bool | list[ListOrganizationsInferredType1Item] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        fields (list[ListOrganizationsFieldsItem] | Unset):
        expand (list[ListOrganizationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListOrganizationsFacetItem] | Unset):
        format_ (ListOrganizationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganizationPage | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
kind=kind,
country=country,
city=city,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    kind: list[ListOrganizationsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    inferred: bool | list[ListOrganizationsInferredType1Item] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    fields: list[ListOrganizationsFieldsItem] | Unset = UNSET,
    expand: list[ListOrganizationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListOrganizationsFacetItem] | Unset = UNSET,
    format_: ListOrganizationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | OrganizationPage | Problem]:
    """ List organizations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        kind (list[ListOrganizationsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        inferred (bool | list[ListOrganizationsInferredType1Item] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        fields (list[ListOrganizationsFieldsItem] | Unset):
        expand (list[ListOrganizationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListOrganizationsFacetItem] | Unset):
        format_ (ListOrganizationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganizationPage | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
kind=kind,
country=country,
city=city,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
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
    kind: list[ListOrganizationsKindItem] | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    city: list[str] | Unset = UNSET,
    inferred: bool | list[ListOrganizationsInferredType1Item] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    fields: list[ListOrganizationsFieldsItem] | Unset = UNSET,
    expand: list[ListOrganizationsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListOrganizationsFacetItem] | Unset = UNSET,
    format_: ListOrganizationsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | OrganizationPage | Problem | None:
    """ List organizations

    Args:
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        kind (list[ListOrganizationsKindItem] | Unset):
        country (list[str] | Unset):
        city (list[str] | Unset):
        inferred (bool | list[ListOrganizationsInferredType1Item] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        fields (list[ListOrganizationsFieldsItem] | Unset):
        expand (list[ListOrganizationsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListOrganizationsFacetItem] | Unset):
        format_ (ListOrganizationsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganizationPage | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
kind=kind,
country=country,
city=city,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    )).parsed
