from typing import Literal

ListDelegationDealsExpandItem = Literal['delegation', 'expo', 'includes', 'parties', 'sources']

LIST_DELEGATION_DEALS_EXPAND_ITEM_VALUES: set[ListDelegationDealsExpandItem] = { 'delegation', 'expo', 'includes', 'parties', 'sources',  }

def check_list_delegation_deals_expand_item(value: str) -> ListDelegationDealsExpandItem:
    if value in LIST_DELEGATION_DEALS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_EXPAND_ITEM_VALUES!r}")
