from typing import Literal

GetDealStatsInferredType1Item = Literal['amount', 'delegation', 'expo', 'signed_on']

GET_DEAL_STATS_INFERRED_TYPE_1_ITEM_VALUES: set[GetDealStatsInferredType1Item] = { 'amount', 'delegation', 'expo', 'signed_on',  }

def check_get_deal_stats_inferred_type_1_item(value: str) -> GetDealStatsInferredType1Item:
    if value in GET_DEAL_STATS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_INFERRED_TYPE_1_ITEM_VALUES!r}")
