from typing import Literal

GetDealStatsBasisItem = Literal['cumulative', 'expected', 'intended', 'reported']

GET_DEAL_STATS_BASIS_ITEM_VALUES: set[GetDealStatsBasisItem] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_get_deal_stats_basis_item(value: str) -> GetDealStatsBasisItem:
    if value in GET_DEAL_STATS_BASIS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_BASIS_ITEM_VALUES!r}")
