from typing import Literal

GetDealStatsGroupBy = Literal['currency', 'delegation', 'expo', 'sector', 'year']

GET_DEAL_STATS_GROUP_BY_VALUES: set[GetDealStatsGroupBy] = { 'currency', 'delegation', 'expo', 'sector', 'year',  }

def check_get_deal_stats_group_by(value: str) -> GetDealStatsGroupBy:
    if value in GET_DEAL_STATS_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DEAL_STATS_GROUP_BY_VALUES!r}")
