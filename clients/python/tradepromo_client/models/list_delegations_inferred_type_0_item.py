from typing import Literal

ListDelegationsInferredType0Item = Literal['expo', 'false', 'members', 'organizer', 'part_of', 'true']

LIST_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES: set[ListDelegationsInferredType0Item] = { 'expo', 'false', 'members', 'organizer', 'part_of', 'true',  }

def check_list_delegations_inferred_type_0_item(value: str) -> ListDelegationsInferredType0Item:
    if value in LIST_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_INFERRED_TYPE_0_ITEM_VALUES!r}")
