from typing import Literal

ListExposInferredItem = Literal['city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year']

LIST_EXPOS_INFERRED_ITEM_VALUES: set[ListExposInferredItem] = { 'city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year',  }

def check_list_expos_inferred_item(value: str) -> ListExposInferredItem:
    if value in LIST_EXPOS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_INFERRED_ITEM_VALUES!r}")
