from typing import Literal

GetDealStatsScopeItem = Literal['aggregate', 'single']

GET_DEAL_STATS_SCOPE_ITEM_VALUES: set[GetDealStatsScopeItem] = { 'aggregate', 'single',  }

def check_get_deal_stats_scope_item(value: str) -> GetDealStatsScopeItem:
    if value in GET_DEAL_STATS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_SCOPE_ITEM_VALUES!r}")
