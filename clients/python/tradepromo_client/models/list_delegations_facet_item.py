from typing import Literal

ListDelegationsFacetItem = Literal['expo', 'kind', 'member', 'organizer', 'part_of', 'sector']

LIST_DELEGATIONS_FACET_ITEM_VALUES: set[ListDelegationsFacetItem] = { 'expo', 'kind', 'member', 'organizer', 'part_of', 'sector',  }

def check_list_delegations_facet_item(value: str) -> ListDelegationsFacetItem:
    if value in LIST_DELEGATIONS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_FACET_ITEM_VALUES!r}")
