from typing import Literal

GetExpoStatsKindItem = Literal['dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event']

GET_EXPO_STATS_KIND_ITEM_VALUES: set[GetExpoStatsKindItem] = { 'dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event',  }

def check_get_expo_stats_kind_item(value: str) -> GetExpoStatsKindItem:
    if value in GET_EXPO_STATS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_STATS_KIND_ITEM_VALUES!r}")
