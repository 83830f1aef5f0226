from typing import Literal

GetDealStatsKindItem = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

GET_DEAL_STATS_KIND_ITEM_VALUES: set[GetDealStatsKindItem] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_get_deal_stats_kind_item(value: str) -> GetDealStatsKindItem:
    if value in GET_DEAL_STATS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_KIND_ITEM_VALUES!r}")
