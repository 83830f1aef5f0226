from typing import Literal

ListExposFieldsItem = Literal['city', 'countries_and_regions', 'country', 'dates_as_reported', 'delegations', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'inferred', 'kind', 'name', 'note', 'organizers', 'part_of', 'sectors', 'short_name', 'sources', 'start_date', 'venue', 'visitors', 'year']

LIST_EXPOS_FIELDS_ITEM_VALUES: set[ListExposFieldsItem] = { 'city', 'countries_and_regions', 'country', 'dates_as_reported', 'delegations', 'description', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'inferred', 'kind', 'name', 'note', 'organizers', 'part_of', 'sectors', 'short_name', 'sources', 'start_date', 'venue', 'visitors', 'year',  }

def check_list_expos_fields_item(value: str) -> ListExposFieldsItem:
    if value in LIST_EXPOS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_FIELDS_ITEM_VALUES!r}")
