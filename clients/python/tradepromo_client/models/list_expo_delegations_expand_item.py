from typing import Literal

ListExpoDelegationsExpandItem = Literal['expo', 'members', 'organizer', 'part_of', 'sources']

LIST_EXPO_DELEGATIONS_EXPAND_ITEM_VALUES: set[ListExpoDelegationsExpandItem] = { 'expo', 'members', 'organizer', 'part_of', 'sources',  }

def check_list_expo_delegations_expand_item(value: str) -> ListExpoDelegationsExpandItem:
    if value in LIST_EXPO_DELEGATIONS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_EXPAND_ITEM_VALUES!r}")
