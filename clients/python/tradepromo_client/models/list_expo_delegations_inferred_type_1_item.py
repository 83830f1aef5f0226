from typing import Literal

ListExpoDelegationsInferredType1Item = Literal['expo', 'members', 'organizer', 'part_of']

LIST_EXPO_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES: set[ListExpoDelegationsInferredType1Item] = { 'expo', 'members', 'organizer', 'part_of',  }

def check_list_expo_delegations_inferred_type_1_item(value: str) -> ListExpoDelegationsInferredType1Item:
    if value in LIST_EXPO_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES!r}")
