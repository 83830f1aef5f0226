from typing import Literal

DealStatsGroupBy = Literal['currency', 'delegation', 'expo', 'sector', 'year']

DEAL_STATS_GROUP_BY_VALUES: set[DealStatsGroupBy] = { 'currency', 'delegation', 'expo', 'sector', 'year',  }

def check_deal_stats_group_by(value: str) -> DealStatsGroupBy:
    if value in DEAL_STATS_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEAL_STATS_GROUP_BY_VALUES!r}")
