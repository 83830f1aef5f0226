from typing import Literal

ExpoInferredItem = Literal['city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year']

EXPO_INFERRED_ITEM_VALUES: set[ExpoInferredItem] = { 'city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year',  }

def check_expo_inferred_item(value: str) -> ExpoInferredItem:
    if value in EXPO_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_INFERRED_ITEM_VALUES!r}")
