from typing import Literal

GetDealStatsQualifierItem = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

GET_DEAL_STATS_QUALIFIER_ITEM_VALUES: set[GetDealStatsQualifierItem] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_get_deal_stats_qualifier_item(value: str) -> GetDealStatsQualifierItem:
    if value in GET_DEAL_STATS_QUALIFIER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_QUALIFIER_ITEM_VALUES!r}")
