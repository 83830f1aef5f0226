from typing import Literal

ListExpoDelegationsFacetItem = Literal['expo', 'kind', 'member', 'organizer', 'part_of', 'sector']

LIST_EXPO_DELEGATIONS_FACET_ITEM_VALUES: set[ListExpoDelegationsFacetItem] = { 'expo', 'kind', 'member', 'organizer', 'part_of', 'sector',  }

def check_list_expo_delegations_facet_item(value: str) -> ListExpoDelegationsFacetItem:
    if value in LIST_EXPO_DELEGATIONS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_FACET_ITEM_VALUES!r}")
