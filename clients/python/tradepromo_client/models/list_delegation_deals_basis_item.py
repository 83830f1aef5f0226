from typing import Literal

ListDelegationDealsBasisItem = Literal['cumulative', 'expected', 'intended', 'reported']

LIST_DELEGATION_DEALS_BASIS_ITEM_VALUES: set[ListDelegationDealsBasisItem] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_list_delegation_deals_basis_item(value: str) -> ListDelegationDealsBasisItem:
    if value in LIST_DELEGATION_DEALS_BASIS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_BASIS_ITEM_VALUES!r}")
