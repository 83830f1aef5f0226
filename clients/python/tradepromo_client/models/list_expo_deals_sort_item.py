from typing import Literal

ListExpoDealsSortItem = Literal['-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title']

LIST_EXPO_DEALS_SORT_ITEM_VALUES: set[ListExpoDealsSortItem] = { '-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title',  }

def check_list_expo_deals_sort_item(value: str) -> ListExpoDealsSortItem:
    if value in LIST_EXPO_DEALS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_SORT_ITEM_VALUES!r}")
