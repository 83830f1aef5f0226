from typing import Literal

ListDealsBasisItem = Literal['cumulative', 'expected', 'intended', 'reported']

LIST_DEALS_BASIS_ITEM_VALUES: set[ListDealsBasisItem] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_list_deals_basis_item(value: str) -> ListDealsBasisItem:
    if value in LIST_DEALS_BASIS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_BASIS_ITEM_VALUES!r}")
