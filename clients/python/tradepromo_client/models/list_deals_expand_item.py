from typing import Literal

ListDealsExpandItem = Literal['delegation', 'expo', 'includes', 'parties', 'sources']

LIST_DEALS_EXPAND_ITEM_VALUES: set[ListDealsExpandItem] = { 'delegation', 'expo', 'includes', 'parties', 'sources',  }

def check_list_deals_expand_item(value: str) -> ListDealsExpandItem:
    if value in LIST_DEALS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_EXPAND_ITEM_VALUES!r}")
