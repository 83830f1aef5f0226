from typing import Literal

ListExposFacetItem = Literal['country', 'kind', 'organizer', 'part_of', 'sector']

LIST_EXPOS_FACET_ITEM_VALUES: set[ListExposFacetItem] = { 'country', 'kind', 'organizer', 'part_of', 'sector',  }

def check_list_expos_facet_item(value: str) -> ListExposFacetItem:
    if value in LIST_EXPOS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_FACET_ITEM_VALUES!r}")
