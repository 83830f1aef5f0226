from typing import Literal

GetExpoFieldsItem = Literal['city', 'countries_and_regions', 'country', 'dates_as_reported', 'delegations', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'inferred', 'kind', 'name', 'note', 'organizers', 'part_of', 'sectors', 'short_name', 'sources', 'start_date', 'venue', 'visitors', 'year']

GET_EXPO_FIELDS_ITEM_VALUES: set[GetExpoFieldsItem] = { 'city', 'countries_and_regions', 'country', 'dates_as_reported', 'delegations', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'inferred', 'kind', 'name', 'note', 'organizers', 'part_of', 'sectors', 'short_name', 'sources', 'start_date', 'venue', 'visitors', 'year',  }

def check_get_expo_fields_item(value: str) -> GetExpoFieldsItem:
    if value in GET_EXPO_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_EXPO_FIELDS_ITEM_VALUES!r}")
