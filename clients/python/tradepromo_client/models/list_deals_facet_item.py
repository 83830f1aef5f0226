from typing import Literal

ListDealsFacetItem = Literal['delegation', 'expo', 'kind', 'organization', 'sector']

LIST_DEALS_FACET_ITEM_VALUES: set[ListDealsFacetItem] = { 'delegation', 'expo', 'kind', 'organization', 'sector',  }

def check_list_deals_facet_item(value: str) -> ListDealsFacetItem:
    if value in LIST_DEALS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_FACET_ITEM_VALUES!r}")
