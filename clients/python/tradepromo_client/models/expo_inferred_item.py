from typing import Literal

ExpoInferredItem = Literal['city', 'countries_and_regions', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'year']

EXPO_INFERRED_ITEM_VALUES: set[ExpoInferredItem] = { 'city', 'countries_and_regions', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'year',  }

def check_expo_inferred_item(value: str) -> ExpoInferredItem:
    if value in EXPO_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_INFERRED_ITEM_VALUES!r}")
