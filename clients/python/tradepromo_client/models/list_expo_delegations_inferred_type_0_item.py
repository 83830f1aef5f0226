from typing import Literal

ListExpoDelegationsInferredType0Item = Literal['expo', 'false', 'members', 'organizer', 'part_of', 'true']

LIST_EXPO_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES: set[ListExpoDelegationsInferredType0Item] = { 'expo', 'false', 'members', 'organizer', 'part_of', 'true',  }

def check_list_expo_delegations_inferred_type_0_item(value: str) -> ListExpoDelegationsInferredType0Item:
    if value in LIST_EXPO_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES!r}")
