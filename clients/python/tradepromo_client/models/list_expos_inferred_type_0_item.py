from typing import Literal

ListExposInferredType0Item = Literal['city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year']

LIST_EXPOS_INFERRED_TYPE_0_ITEM_VALUES: set[ListExposInferredType0Item] = { 'city', 'country', 'end_date', 'false', 'part_of', 'start_date', 'true', 'year',  }

def check_list_expos_inferred_type_0_item(value: str) -> ListExposInferredType0Item:
    if value in LIST_EXPOS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_INFERRED_TYPE_0_ITEM_VALUES!r}")
