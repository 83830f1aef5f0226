from typing import Literal

ListOrganizationDealsFacetItem = Literal['delegation', 'expo', 'kind', 'organization', 'sector']

LIST_ORGANIZATION_DEALS_FACET_ITEM_VALUES: set[ListOrganizationDealsFacetItem] = { 'delegation', 'expo', 'kind', 'organization', 'sector',  }

def check_list_organization_deals_facet_item(value: str) -> ListOrganizationDealsFacetItem:
    if value in LIST_ORGANIZATION_DEALS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_FACET_ITEM_VALUES!r}")
