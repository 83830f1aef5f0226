from typing import Literal

ListExposExpandItem = Literal['delegations', 'organizers', 'part_of', 'sources']

LIST_EXPOS_EXPAND_ITEM_VALUES: set[ListExposExpandItem] = { 'delegations', 'organizers', 'part_of', 'sources',  }

def check_list_expos_expand_item(value: str) -> ListExposExpandItem:
    if value in LIST_EXPOS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_EXPAND_ITEM_VALUES!r}")
