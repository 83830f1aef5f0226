from typing import Literal

GetExpoStatsInferredItem = Literal['city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year']

GET_EXPO_STATS_INFERRED_ITEM_VALUES: set[GetExpoStatsInferredItem] = { 'city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year',  }

def check_get_expo_stats_inferred_item(value: str) -> GetExpoStatsInferredItem:
    if value in GET_EXPO_STATS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_STATS_INFERRED_ITEM_VALUES!r}")
