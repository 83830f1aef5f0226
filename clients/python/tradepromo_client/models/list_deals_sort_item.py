from typing import Literal

ListDealsSortItem = Literal['-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title']

LIST_DEALS_SORT_ITEM_VALUES: set[ListDealsSortItem] = { '-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title',  }

def check_list_deals_sort_item(value: str) -> ListDealsSortItem:
    if value in LIST_DEALS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_SORT_ITEM_VALUES!r}")
