from typing import Literal

GetExpoExpandItem = Literal['delegations', 'organizers', 'part_of', 'sources']

GET_EXPO_EXPAND_ITEM_VALUES: set[GetExpoExpandItem] = { 'delegations', 'organizers', 'part_of', 'sources',  }

def check_get_expo_expand_item(value: str) -> GetExpoExpandItem:
    if value in GET_EXPO_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_EXPAND_ITEM_VALUES!r}")
