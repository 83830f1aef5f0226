from typing import Literal

GetDelegationExpandItem = Literal['expo', 'members', 'organizer', 'part_of', 'sources']

GET_DELEGATION_EXPAND_ITEM_VALUES: set[GetDelegationExpandItem] = { 'expo', 'members', 'organizer', 'part_of', 'sources',  }

def check_get_delegation_expand_item(value: str) -> GetDelegationExpandItem:
    if value in GET_DELEGATION_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DELEGATION_EXPAND_ITEM_VALUES!r}")
