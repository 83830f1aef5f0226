from typing import Literal

ListExpoDealsFacetItem = Literal['delegation', 'expo', 'kind', 'organization', 'sector']

LIST_EXPO_DEALS_FACET_ITEM_VALUES: set[ListExpoDealsFacetItem] = { 'delegation', 'expo', 'kind', 'organization', 'sector',  }

def check_list_expo_deals_facet_item(value: str) -> ListExpoDealsFacetItem:
    if value in LIST_EXPO_DEALS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_FACET_ITEM_VALUES!r}")
