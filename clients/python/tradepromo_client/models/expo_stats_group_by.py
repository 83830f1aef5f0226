from typing import Literal

ExpoStatsGroupBy = Literal['country', 'kind', 'year']

EXPO_STATS_GROUP_BY_VALUES: set[ExpoStatsGroupBy] = { 'country', 'kind', 'year',  }

def check_expo_stats_group_by(value: str) -> ExpoStatsGroupBy:
    if value in EXPO_STATS_GROUP_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_STATS_GROUP_BY_VALUES!r}")
