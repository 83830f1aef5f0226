from typing import Literal

GetExpoStatsInferredType0Item = Literal['city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year']

GET_EXPO_STATS_INFERRED_TYPE_0_ITEM_VALUES: set[GetExpoStatsInferredType0Item] = { 'city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year',  }

def check_get_expo_stats_inferred_type_0_item(value: str) -> GetExpoStatsInferredType0Item:
    if value in GET_EXPO_STATS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_STATS_INFERRED_TYPE_0_ITEM_VALUES!r}")
