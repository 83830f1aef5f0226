from typing import Literal

ListDelegationDealsFacetItem = Literal['delegation', 'expo', 'kind', 'organization', 'sector']

LIST_DELEGATION_DEALS_FACET_ITEM_VALUES: set[ListDelegationDealsFacetItem] = { 'delegation', 'expo', 'kind', 'organization', 'sector',  }

def check_list_delegation_deals_facet_item(value: str) -> ListDelegationDealsFacetItem:
    if value in LIST_DELEGATION_DEALS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_FACET_ITEM_VALUES!r}")
