from typing import Literal

ListExpoDealsBasisItem = Literal['cumulative', 'expected', 'intended', 'reported']

LIST_EXPO_DEALS_BASIS_ITEM_VALUES: set[ListExpoDealsBasisItem] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_list_expo_deals_basis_item(value: str) -> ListExpoDealsBasisItem:
    if value in LIST_EXPO_DEALS_BASIS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_BASIS_ITEM_VALUES!r}")
