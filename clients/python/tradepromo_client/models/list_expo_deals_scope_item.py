from typing import Literal

ListExpoDealsScopeItem = Literal['aggregate', 'single']

LIST_EXPO_DEALS_SCOPE_ITEM_VALUES: set[ListExpoDealsScopeItem] = { 'aggregate', 'single',  }

def check_list_expo_deals_scope_item(value: str) -> ListExpoDealsScopeItem:
    if value in LIST_EXPO_DEALS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_SCOPE_ITEM_VALUES!r}")
