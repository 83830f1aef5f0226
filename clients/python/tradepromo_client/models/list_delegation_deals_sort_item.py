from typing import Literal

ListDelegationDealsSortItem = Literal['-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title']

LIST_DELEGATION_DEALS_SORT_ITEM_VALUES: set[ListDelegationDealsSortItem] = { '-amount', '-enterprises', '-expo', '-id', '-kind', '-projects', '-signed_on', '-title', 'amount', 'enterprises', 'expo', 'id', 'kind', 'projects', 'signed_on', 'title',  }

def check_list_delegation_deals_sort_item(value: str) -> ListDelegationDealsSortItem:
    if value in LIST_DELEGATION_DEALS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_SORT_ITEM_VALUES!r}")
