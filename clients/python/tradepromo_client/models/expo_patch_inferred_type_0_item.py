from typing import Literal

ExpoPatchInferredType0Item = Literal['city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year']

EXPO_PATCH_INFERRED_TYPE_0_ITEM_VALUES: set[ExpoPatchInferredType0Item] = { 'city', 'countries_and_regions', 'countries_and_regions.period', 'country', 'dates_as_reported', 'description', 'edition', 'end_date', 'enterprises', 'enterprises.period', 'exhibition_area', 'exhibition_area.period', 'featured_sectors', 'featured_sectors.period', 'kind', 'name', 'organizers', 'part_of', 'sectors', 'short_name', 'start_date', 'venue', 'visitors', 'visitors.period', 'year',  }

def check_expo_patch_inferred_type_0_item(value: str) -> ExpoPatchInferredType0Item:
    if value in EXPO_PATCH_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_PATCH_INFERRED_TYPE_0_ITEM_VALUES!r}")
