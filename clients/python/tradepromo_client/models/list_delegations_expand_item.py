from typing import Literal

ListDelegationsExpandItem = Literal['expo', 'members', 'organizer', 'part_of', 'sources']

LIST_DELEGATIONS_EXPAND_ITEM_VALUES: set[ListDelegationsExpandItem] = { 'expo', 'members', 'organizer', 'part_of', 'sources',  }

def check_list_delegations_expand_item(value: str) -> ListDelegationsExpandItem:
    if value in LIST_DELEGATIONS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_EXPAND_ITEM_VALUES!r}")
