from typing import Literal

GetExpoStatsInferredType1Item = Literal['city', 'country', 'end_date', 'part_of', 'start_date', 'year']

GET_EXPO_STATS_INFERRED_TYPE_1_ITEM_VALUES: set[GetExpoStatsInferredType1Item] = { 'city', 'country', 'end_date', 'part_of', 'start_date', 'year',  }

def check_get_expo_stats_inferred_type_1_item(value: str) -> GetExpoStatsInferredType1Item:
    if value in GET_EXPO_STATS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_STATS_INFERRED_TYPE_1_ITEM_VALUES!r}")
