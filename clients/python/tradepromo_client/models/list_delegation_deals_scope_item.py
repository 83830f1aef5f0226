from typing import Literal

ListDelegationDealsScopeItem = Literal['aggregate', 'single']

LIST_DELEGATION_DEALS_SCOPE_ITEM_VALUES: set[ListDelegationDealsScopeItem] = { 'aggregate', 'single',  }

def check_list_delegation_deals_scope_item(value: str) -> ListDelegationDealsScopeItem:
    if value in LIST_DELEGATION_DEALS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_SCOPE_ITEM_VALUES!r}")
