from typing import Literal

GetDealExpandItem = Literal['delegation', 'expo', 'includes', 'parties', 'sources']

GET_DEAL_EXPAND_ITEM_VALUES: set[GetDealExpandItem] = { 'delegation', 'expo', 'includes', 'parties', 'sources',  }

def check_get_deal_expand_item(value: str) -> GetDealExpandItem:
    if value in GET_DEAL_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_EXPAND_ITEM_VALUES!r}")
