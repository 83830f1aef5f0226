from typing import Literal

ListDelegationsInferredType1Item = Literal['expo', 'members', 'organizer', 'part_of']

LIST_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES: set[ListDelegationsInferredType1Item] = { 'expo', 'members', 'organizer', 'part_of',  }

def check_list_delegations_inferred_type_1_item(value: str) -> ListDelegationsInferredType1Item:
    if value in LIST_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_INFERRED_TYPE_1_ITEM_VALUES!r}")
