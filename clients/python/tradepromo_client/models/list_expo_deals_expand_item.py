from typing import Literal

ListExpoDealsExpandItem = Literal['delegation', 'expo', 'includes', 'parties', 'sources']

LIST_EXPO_DEALS_EXPAND_ITEM_VALUES: set[ListExpoDealsExpandItem] = { 'delegation', 'expo', 'includes', 'parties', 'sources',  }

def check_list_expo_deals_expand_item(value: str) -> ListExpoDealsExpandItem:
    if value in LIST_EXPO_DEALS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_EXPAND_ITEM_VALUES!r}")
