from typing import Literal

ExpoFieldsInferredItem = Literal['city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year']

EXPO_FIELDS_INFERRED_ITEM_VALUES: set[ExpoFieldsInferredItem] = { 'city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year',  }

def check_expo_fields_inferred_item(value: str) -> ExpoFieldsInferredItem:
    if value in EXPO_FIELDS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_FIELDS_INFERRED_ITEM_VALUES!r}")
