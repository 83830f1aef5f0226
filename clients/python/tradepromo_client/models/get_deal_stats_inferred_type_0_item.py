from typing import Literal

GetDealStatsInferredType0Item = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

GET_DEAL_STATS_INFERRED_TYPE_0_ITEM_VALUES: set[GetDealStatsInferredType0Item] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_get_deal_stats_inferred_type_0_item(value: str) -> GetDealStatsInferredType0Item:
    if value in GET_DEAL_STATS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_INFERRED_TYPE_0_ITEM_VALUES!r}")
