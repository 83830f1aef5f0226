from typing import Literal

ListExposSortItem = Literal['-countries_and_regions', '-country', '-edition', '-end_date', '-enterprises', '-exhibition_area', '-featured_sectors', '-id', '-name', '-start_date', '-visitors', '-year', 'countries_and_regions', 'country', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'name', 'start_date', 'visitors', 'year']

LIST_EXPOS_SORT_ITEM_VALUES: set[ListExposSortItem] = { '-countries_and_regions', '-country', '-edition', '-end_date', '-enterprises', '-exhibition_area', '-featured_sectors', '-id', '-name', '-start_date', '-visitors', '-year', 'countries_and_regions', 'country', 'edition', 'end_date', 'enterprises', 'exhibition_area', 'featured_sectors', 'id', 'name', 'start_date', 'visitors', 'year',  }

def check_list_expos_sort_item(value: str) -> ListExposSortItem:
    if value in LIST_EXPOS_SORT_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_SORT_ITEM_VALUES!r}")
