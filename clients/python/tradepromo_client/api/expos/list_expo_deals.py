from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deal_page import DealPage
from ...models.list_expo_deals_basis_item import check_list_expo_deals_basis_item
from ...models.list_expo_deals_basis_item import ListExpoDealsBasisItem
from ...models.list_expo_deals_currency_item import check_list_expo_deals_currency_item
from ...models.list_expo_deals_currency_item import ListExpoDealsCurrencyItem
from ...models.list_expo_deals_expand_item import check_list_expo_deals_expand_item
from ...models.list_expo_deals_expand_item import ListExpoDealsExpandItem
from ...models.list_expo_deals_facet_item import check_list_expo_deals_facet_item
from ...models.list_expo_deals_facet_item import ListExpoDealsFacetItem
from ...models.list_expo_deals_fields_item import check_list_expo_deals_fields_item
from ...models.list_expo_deals_fields_item import ListExpoDealsFieldsItem
from ...models.list_expo_deals_format import check_list_expo_deals_format
from ...models.list_expo_deals_format import ListExpoDealsFormat
from ...models.list_expo_deals_inferred_type_1_item import check_list_expo_deals_inferred_type_1_item
from ...models.list_expo_deals_inferred_type_1_item import ListExpoDealsInferredType1Item
from ...models.list_expo_deals_kind_item import check_list_expo_deals_kind_item
from ...models.list_expo_deals_kind_item import ListExpoDealsKindItem
from ...models.list_expo_deals_qualifier_item import check_list_expo_deals_qualifier_item
from ...models.list_expo_deals_qualifier_item import ListExpoDealsQualifierItem
from ...models.list_expo_deals_scope_item import check_list_expo_deals_scope_item
from ...models.list_expo_deals_scope_item import ListExpoDealsScopeItem
from ...models.list_expo_deals_sort_item import check_list_expo_deals_sort_item
from ...models.list_expo_deals_sort_item import ListExpoDealsSortItem
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    expo_id: str,
    *,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    delegation: list[str] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    kind: list[ListExpoDealsKindItem] | Unset = UNSET,
    scope: list[ListExpoDealsScopeItem] | Unset = UNSET,
    currency: list[ListExpoDealsCurrencyItem] | Unset = UNSET,
    qualifier: list[ListExpoDealsQualifierItem] | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    basis: list[ListExpoDealsBasisItem] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    signed_on: datetime.date | Unset = UNSET,
    signed_ongte: datetime.date | Unset = UNSET,
    signed_ongt: datetime.date | Unset = UNSET,
    signed_onlte: datetime.date | Unset = UNSET,
    signed_onlt: datetime.date | Unset = UNSET,
    amount: int | Unset = UNSET,
    amountgte: int | Unset = UNSET,
    amountgt: int | Unset = UNSET,
    amountlte: int | Unset = UNSET,
    amountlt: int | Unset = UNSET,
    projects: int | Unset = UNSET,
    projectsgte: int | Unset = UNSET,
    projectsgt: int | Unset = UNSET,
    projectslte: int | Unset = UNSET,
    projectslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    inferred: bool | list[ListExpoDealsInferredType1Item] | Unset = UNSET,
    sort: list[ListExpoDealsSortItem] | Unset = UNSET,
    fields: list[ListExpoDealsFieldsItem] | Unset = UNSET,
    expand: list[ListExpoDealsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListExpoDealsFacetItem] | Unset = UNSET,
    format_: ListExpoDealsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match



    

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_expo: list[str] | Unset = UNSET
    if not isinstance(expo, Unset):
        json_expo = expo


    params["expo"] = json_expo

    json_delegation: list[str] | Unset = UNSET
    if not isinstance(delegation, Unset):
        json_delegation = delegation


    params["delegation"] = json_delegation

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization


    params["organization"] = json_organization

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item: str = kind_item_data
            json_kind.append(kind_item)


    params["kind"] = json_kind

    json_scope: list[str] | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = []
        for scope_item_data in scope:
            scope_item: str = scope_item_data
            json_scope.append(scope_item)


    params["scope"] = json_scope

    json_currency: list[str] | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = []
        for currency_item_data in currency:
            currency_item: str = currency_item_data
            json_currency.append(currency_item)


    params["currency"] = json_currency

    json_qualifier: list[str] | Unset = UNSET
    if not isinstance(qualifier, Unset):
        json_qualifier = []
        for qualifier_item_data in qualifier:
            qualifier_item: str = qualifier_item_data
            json_qualifier.append(qualifier_item)


    params["qualifier"] = json_qualifier

    json_includes: list[str] | Unset = UNSET
    if not isinstance(includes, Unset):
        json_includes = includes


    params["includes"] = json_includes

    json_basis: list[str] | Unset = UNSET
    if not isinstance(basis, Unset):
        json_basis = []
        for basis_item_data in basis:
            basis_item: str = basis_item_data
            json_basis.append(basis_item)


    params["basis"] = json_basis

    json_sector: list[str] | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = sector


    params["sector"] = json_sector

    json_signed_on: str | Unset = UNSET
    if not isinstance(signed_on, Unset):
        json_signed_on = signed_on.isoformat()
    params["signed_on"] = json_signed_on

    json_signed_ongte: str | Unset = UNSET
    if not isinstance(signed_ongte, Unset):
        json_signed_ongte = signed_ongte.isoformat()
    params["signed_on[gte]"] = json_signed_ongte

    json_signed_ongt: str | Unset = UNSET
    if not isinstance(signed_ongt, Unset):
        json_signed_ongt = signed_ongt.isoformat()
    params["signed_on[gt]"] = json_signed_ongt

    json_signed_onlte: str | Unset = UNSET
    if not isinstance(signed_onlte, Unset):
        json_signed_onlte = signed_onlte.isoformat()
    params["signed_on[lte]"] = json_signed_onlte

    json_signed_onlt: str | Unset = UNSET
    if not isinstance(signed_onlt, Unset):
        json_signed_onlt = signed_onlt.isoformat()
    params["signed_on[lt]"] = json_signed_onlt

    params["amount"] = amount

    params["amount[gte]"] = amountgte

    params["amount[gt]"] = amountgt

    params["amount[lte]"] = amountlte

    params["amount[lt]"] = amountlt

    params["projects"] = projects

    params["projects[gte]"] = projectsgte

    params["projects[gt]"] = projectsgt

    params["projects[lte]"] = projectslte

    params["projects[lt]"] = projectslt

    params["enterprises"] = enterprises

    params["enterprises[gte]"] = enterprisesgte

    params["enterprises[gt]"] = enterprisesgt

    params["enterprises[lte]"] = enterpriseslte

    params["enterprises[lt]"] = enterpriseslt

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
        "url": "/api/v1/expos/{expo_id}/deals".format(expo_id=quote(str(expo_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DealPage | Problem:
    if response.headers.get("Content-Type", "").partition(";")[0].strip() in ("application/x-ndjson", "text/csv", ):
        return None  # not JSON (an export): the response's `content` holds it as sent
    if response.status_code == 200:
        response_200 = DealPage.from_dict(response.json())



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



def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | DealPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    delegation: list[str] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    kind: list[ListExpoDealsKindItem] | Unset = UNSET,
    scope: list[ListExpoDealsScopeItem] | Unset = UNSET,
    currency: list[ListExpoDealsCurrencyItem] | Unset = UNSET,
    qualifier: list[ListExpoDealsQualifierItem] | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    basis: list[ListExpoDealsBasisItem] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    signed_on: datetime.date | Unset = UNSET,
    signed_ongte: datetime.date | Unset = UNSET,
    signed_ongt: datetime.date | Unset = UNSET,
    signed_onlte: datetime.date | Unset = UNSET,
    signed_onlt: datetime.date | Unset = UNSET,
    amount: int | Unset = UNSET,
    amountgte: int | Unset = UNSET,
    amountgt: int | Unset = UNSET,
    amountlte: int | Unset = UNSET,
    amountlt: int | Unset = UNSET,
    projects: int | Unset = UNSET,
    projectsgte: int | Unset = UNSET,
    projectsgt: int | Unset = UNSET,
    projectslte: int | Unset = UNSET,
    projectslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    inferred: bool | list[ListExpoDealsInferredType1Item] | Unset = UNSET,
    sort: list[ListExpoDealsSortItem] | Unset = UNSET,
    fields: list[ListExpoDealsFieldsItem] | Unset = UNSET,
    expand: list[ListExpoDealsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListExpoDealsFacetItem] | Unset = UNSET,
    format_: ListExpoDealsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DealPage | Problem]:
    """ List the deals reported at an expo

    Args:
        expo_id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        delegation (list[str] | Unset):
        organization (list[str] | Unset):
        kind (list[ListExpoDealsKindItem] | Unset):
        scope (list[ListExpoDealsScopeItem] | Unset):
        currency (list[ListExpoDealsCurrencyItem] | Unset):
        qualifier (list[ListExpoDealsQualifierItem] | Unset):
        includes (list[str] | Unset):
        basis (list[ListExpoDealsBasisItem] | Unset):
        sector (list[str] | Unset):
        signed_on (datetime.date | Unset):
        signed_ongte (datetime.date | Unset):
        signed_ongt (datetime.date | Unset):
        signed_onlte (datetime.date | Unset):
        signed_onlt (datetime.date | Unset):
        amount (int | Unset):
        amountgte (int | Unset):
        amountgt (int | Unset):
        amountlte (int | Unset):
        amountlt (int | Unset):
        projects (int | Unset):
        projectsgte (int | Unset):
        projectsgt (int | Unset):
        projectslte (int | Unset):
        projectslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        inferred (bool | list[ListExpoDealsInferredType1Item] | Unset):
        sort (list[ListExpoDealsSortItem] | Unset):
        fields (list[ListExpoDealsFieldsItem] | Unset):
        expand (list[ListExpoDealsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListExpoDealsFacetItem] | Unset):
        format_ (ListExpoDealsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DealPage | Problem]
     """


    kwargs = _get_kwargs(
        expo_id=expo_id,
limit=limit,
cursor=cursor,
expo=expo,
delegation=delegation,
organization=organization,
kind=kind,
scope=scope,
currency=currency,
qualifier=qualifier,
includes=includes,
basis=basis,
sector=sector,
signed_on=signed_on,
signed_ongte=signed_ongte,
signed_ongt=signed_ongt,
signed_onlte=signed_onlte,
signed_onlt=signed_onlt,
amount=amount,
amountgte=amountgte,
amountgt=amountgt,
amountlte=amountlte,
amountlt=amountlt,
projects=projects,
projectsgte=projectsgte,
projectsgt=projectsgt,
projectslte=projectslte,
projectslt=projectslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    delegation: list[str] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    kind: list[ListExpoDealsKindItem] | Unset = UNSET,
    scope: list[ListExpoDealsScopeItem] | Unset = UNSET,
    currency: list[ListExpoDealsCurrencyItem] | Unset = UNSET,
    qualifier: list[ListExpoDealsQualifierItem] | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    basis: list[ListExpoDealsBasisItem] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    signed_on: datetime.date | Unset = UNSET,
    signed_ongte: datetime.date | Unset = UNSET,
    signed_ongt: datetime.date | Unset = UNSET,
    signed_onlte: datetime.date | Unset = UNSET,
    signed_onlt: datetime.date | Unset = UNSET,
    amount: int | Unset = UNSET,
    amountgte: int | Unset = UNSET,
    amountgt: int | Unset = UNSET,
    amountlte: int | Unset = UNSET,
    amountlt: int | Unset = UNSET,
    projects: int | Unset = UNSET,
    projectsgte: int | Unset = UNSET,
    projectsgt: int | Unset = UNSET,
    projectslte: int | Unset = UNSET,
    projectslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    inferred: bool | list[ListExpoDealsInferredType1Item] | Unset = UNSET,
    sort: list[ListExpoDealsSortItem] | Unset = UNSET,
    fields: list[ListExpoDealsFieldsItem] | Unset = UNSET,
    expand: list[ListExpoDealsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListExpoDealsFacetItem] | Unset = UNSET,
    format_: ListExpoDealsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DealPage | Problem | None:
    """ List the deals reported at an expo

    Args:
        expo_id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        delegation (list[str] | Unset):
        organization (list[str] | Unset):
        kind (list[ListExpoDealsKindItem] | Unset):
        scope (list[ListExpoDealsScopeItem] | Unset):
        currency (list[ListExpoDealsCurrencyItem] | Unset):
        qualifier (list[ListExpoDealsQualifierItem] | Unset):
        includes (list[str] | Unset):
        basis (list[ListExpoDealsBasisItem] | Unset):
        sector (list[str] | Unset):
        signed_on (datetime.date | Unset):
        signed_ongte (datetime.date | Unset):
        signed_ongt (datetime.date | Unset):
        signed_onlte (datetime.date | Unset):
        signed_onlt (datetime.date | Unset):
        amount (int | Unset):
        amountgte (int | Unset):
        amountgt (int | Unset):
        amountlte (int | Unset):
        amountlt (int | Unset):
        projects (int | Unset):
        projectsgte (int | Unset):
        projectsgt (int | Unset):
        projectslte (int | Unset):
        projectslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        inferred (bool | list[ListExpoDealsInferredType1Item] | Unset):
        sort (list[ListExpoDealsSortItem] | Unset):
        fields (list[ListExpoDealsFieldsItem] | Unset):
        expand (list[ListExpoDealsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListExpoDealsFacetItem] | Unset):
        format_ (ListExpoDealsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DealPage | Problem
     """


    return sync_detailed(
        expo_id=expo_id,
client=client,
limit=limit,
cursor=cursor,
expo=expo,
delegation=delegation,
organization=organization,
kind=kind,
scope=scope,
currency=currency,
qualifier=qualifier,
includes=includes,
basis=basis,
sector=sector,
signed_on=signed_on,
signed_ongte=signed_ongte,
signed_ongt=signed_ongt,
signed_onlte=signed_onlte,
signed_onlt=signed_onlt,
amount=amount,
amountgte=amountgte,
amountgt=amountgt,
amountlte=amountlte,
amountlt=amountlt,
projects=projects,
projectsgte=projectsgte,
projectsgt=projectsgt,
projectslte=projectslte,
projectslt=projectslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    delegation: list[str] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    kind: list[ListExpoDealsKindItem] | Unset = UNSET,
    scope: list[ListExpoDealsScopeItem] | Unset = UNSET,
    currency: list[ListExpoDealsCurrencyItem] | Unset = UNSET,
    qualifier: list[ListExpoDealsQualifierItem] | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    basis: list[ListExpoDealsBasisItem] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    signed_on: datetime.date | Unset = UNSET,
    signed_ongte: datetime.date | Unset = UNSET,
    signed_ongt: datetime.date | Unset = UNSET,
    signed_onlte: datetime.date | Unset = UNSET,
    signed_onlt: datetime.date | Unset = UNSET,
    amount: int | Unset = UNSET,
    amountgte: int | Unset = UNSET,
    amountgt: int | Unset = UNSET,
    amountlte: int | Unset = UNSET,
    amountlt: int | Unset = UNSET,
    projects: int | Unset = UNSET,
    projectsgte: int | Unset = UNSET,
    projectsgt: int | Unset = UNSET,
    projectslte: int | Unset = UNSET,
    projectslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    inferred: bool | list[ListExpoDealsInferredType1Item] | Unset = UNSET,
    sort: list[ListExpoDealsSortItem] | Unset = UNSET,
    fields: list[ListExpoDealsFieldsItem] | Unset = UNSET,
    expand: list[ListExpoDealsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListExpoDealsFacetItem] | Unset = UNSET,
    format_: ListExpoDealsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Response[Any | DealPage | Problem]:
    """ List the deals reported at an expo

    Args:
        expo_id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        delegation (list[str] | Unset):
        organization (list[str] | Unset):
        kind (list[ListExpoDealsKindItem] | Unset):
        scope (list[ListExpoDealsScopeItem] | Unset):
        currency (list[ListExpoDealsCurrencyItem] | Unset):
        qualifier (list[ListExpoDealsQualifierItem] | Unset):
        includes (list[str] | Unset):
        basis (list[ListExpoDealsBasisItem] | Unset):
        sector (list[str] | Unset):
        signed_on (datetime.date | Unset):
        signed_ongte (datetime.date | Unset):
        signed_ongt (datetime.date | Unset):
        signed_onlte (datetime.date | Unset):
        signed_onlt (datetime.date | Unset):
        amount (int | Unset):
        amountgte (int | Unset):
        amountgt (int | Unset):
        amountlte (int | Unset):
        amountlt (int | Unset):
        projects (int | Unset):
        projectsgte (int | Unset):
        projectsgt (int | Unset):
        projectslte (int | Unset):
        projectslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        inferred (bool | list[ListExpoDealsInferredType1Item] | Unset):
        sort (list[ListExpoDealsSortItem] | Unset):
        fields (list[ListExpoDealsFieldsItem] | Unset):
        expand (list[ListExpoDealsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListExpoDealsFacetItem] | Unset):
        format_ (ListExpoDealsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DealPage | Problem]
     """


    kwargs = _get_kwargs(
        expo_id=expo_id,
limit=limit,
cursor=cursor,
expo=expo,
delegation=delegation,
organization=organization,
kind=kind,
scope=scope,
currency=currency,
qualifier=qualifier,
includes=includes,
basis=basis,
sector=sector,
signed_on=signed_on,
signed_ongte=signed_ongte,
signed_ongt=signed_ongt,
signed_onlte=signed_onlte,
signed_onlt=signed_onlt,
amount=amount,
amountgte=amountgte,
amountgt=amountgt,
amountlte=amountlte,
amountlt=amountlt,
projects=projects,
projectsgte=projectsgte,
projectsgt=projectsgt,
projectslte=projectslte,
projectslt=projectslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
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
    expo_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,
    expo: list[str] | Unset = UNSET,
    delegation: list[str] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    kind: list[ListExpoDealsKindItem] | Unset = UNSET,
    scope: list[ListExpoDealsScopeItem] | Unset = UNSET,
    currency: list[ListExpoDealsCurrencyItem] | Unset = UNSET,
    qualifier: list[ListExpoDealsQualifierItem] | Unset = UNSET,
    includes: list[str] | Unset = UNSET,
    basis: list[ListExpoDealsBasisItem] | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    signed_on: datetime.date | Unset = UNSET,
    signed_ongte: datetime.date | Unset = UNSET,
    signed_ongt: datetime.date | Unset = UNSET,
    signed_onlte: datetime.date | Unset = UNSET,
    signed_onlt: datetime.date | Unset = UNSET,
    amount: int | Unset = UNSET,
    amountgte: int | Unset = UNSET,
    amountgt: int | Unset = UNSET,
    amountlte: int | Unset = UNSET,
    amountlt: int | Unset = UNSET,
    projects: int | Unset = UNSET,
    projectsgte: int | Unset = UNSET,
    projectsgt: int | Unset = UNSET,
    projectslte: int | Unset = UNSET,
    projectslt: int | Unset = UNSET,
    enterprises: int | Unset = UNSET,
    enterprisesgte: int | Unset = UNSET,
    enterprisesgt: int | Unset = UNSET,
    enterpriseslte: int | Unset = UNSET,
    enterpriseslt: int | Unset = UNSET,
    inferred: bool | list[ListExpoDealsInferredType1Item] | Unset = UNSET,
    sort: list[ListExpoDealsSortItem] | Unset = UNSET,
    fields: list[ListExpoDealsFieldsItem] | Unset = UNSET,
    expand: list[ListExpoDealsExpandItem] | Unset = UNSET,
    q: str | Unset = UNSET,
    facet: list[ListExpoDealsFacetItem] | Unset = UNSET,
    format_: ListExpoDealsFormat | Unset = UNSET,
    if_none_match: str | Unset = UNSET,

) -> Any | DealPage | Problem | None:
    """ List the deals reported at an expo

    Args:
        expo_id (str):
        limit (int | Unset):  Default: 20.
        cursor (str | Unset):
        expo (list[str] | Unset):
        delegation (list[str] | Unset):
        organization (list[str] | Unset):
        kind (list[ListExpoDealsKindItem] | Unset):
        scope (list[ListExpoDealsScopeItem] | Unset):
        currency (list[ListExpoDealsCurrencyItem] | Unset):
        qualifier (list[ListExpoDealsQualifierItem] | Unset):
        includes (list[str] | Unset):
        basis (list[ListExpoDealsBasisItem] | Unset):
        sector (list[str] | Unset):
        signed_on (datetime.date | Unset):
        signed_ongte (datetime.date | Unset):
        signed_ongt (datetime.date | Unset):
        signed_onlte (datetime.date | Unset):
        signed_onlt (datetime.date | Unset):
        amount (int | Unset):
        amountgte (int | Unset):
        amountgt (int | Unset):
        amountlte (int | Unset):
        amountlt (int | Unset):
        projects (int | Unset):
        projectsgte (int | Unset):
        projectsgt (int | Unset):
        projectslte (int | Unset):
        projectslt (int | Unset):
        enterprises (int | Unset):
        enterprisesgte (int | Unset):
        enterprisesgt (int | Unset):
        enterpriseslte (int | Unset):
        enterpriseslt (int | Unset):
        inferred (bool | list[ListExpoDealsInferredType1Item] | Unset):
        sort (list[ListExpoDealsSortItem] | Unset):
        fields (list[ListExpoDealsFieldsItem] | Unset):
        expand (list[ListExpoDealsExpandItem] | Unset):
        q (str | Unset):
        facet (list[ListExpoDealsFacetItem] | Unset):
        format_ (ListExpoDealsFormat | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DealPage | Problem
     """


    return (await asyncio_detailed(
        expo_id=expo_id,
client=client,
limit=limit,
cursor=cursor,
expo=expo,
delegation=delegation,
organization=organization,
kind=kind,
scope=scope,
currency=currency,
qualifier=qualifier,
includes=includes,
basis=basis,
sector=sector,
signed_on=signed_on,
signed_ongte=signed_ongte,
signed_ongt=signed_ongt,
signed_onlte=signed_onlte,
signed_onlt=signed_onlt,
amount=amount,
amountgte=amountgte,
amountgt=amountgt,
amountlte=amountlte,
amountlt=amountlt,
projects=projects,
projectsgte=projectsgte,
projectsgt=projectsgt,
projectslte=projectslte,
projectslt=projectslt,
enterprises=enterprises,
enterprisesgte=enterprisesgte,
enterprisesgt=enterprisesgt,
enterpriseslte=enterpriseslte,
enterpriseslt=enterpriseslt,
inferred=inferred,
sort=sort,
fields=fields,
expand=expand,
q=q,
facet=facet,
format_=format_,
if_none_match=if_none_match,

    )).parsed
