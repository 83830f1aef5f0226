from typing import Literal

ListExposInferredType1Item = Literal['city', 'country', 'end_date', 'part_of', 'start_date', 'year']

LIST_EXPOS_INFERRED_TYPE_1_ITEM_VALUES: set[ListExposInferredType1Item] = { 'city', 'country', 'end_date', 'part_of', 'start_date', 'year',  }

def check_list_expos_inferred_type_1_item(value: str) -> ListExposInferredType1Item:
    if value in LIST_EXPOS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_INFERRED_TYPE_1_ITEM_VALUES!r}")
