from typing import Literal

GetExpoStatsGroupBy = Literal['country', 'kind', 'year']

GET_EXPO_STATS_GROUP_BY_VALUES: set[GetExpoStatsGroupBy] = { 'country', 'kind', 'year',  }

def check_get_expo_stats_group_by(value: str) -> GetExpoStatsGroupBy:
    if value in GET_EXPO_STATS_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_STATS_GROUP_BY_VALUES!r}")
