from typing import Literal

ListDealsScopeItem = Literal['aggregate', 'single']

LIST_DEALS_SCOPE_ITEM_VALUES: set[ListDealsScopeItem] = { 'aggregate', 'single',  }

def check_list_deals_scope_item(value: str) -> ListDealsScopeItem:
    if value in LIST_DEALS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_SCOPE_ITEM_VALUES!r}")
