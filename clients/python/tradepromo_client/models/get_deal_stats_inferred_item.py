from typing import Literal

GetDealStatsInferredItem = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

GET_DEAL_STATS_INFERRED_ITEM_VALUES: set[GetDealStatsInferredItem] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_get_deal_stats_inferred_item(value: str) -> GetDealStatsInferredItem:
    if value in GET_DEAL_STATS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_INFERRED_ITEM_VALUES!r}")
