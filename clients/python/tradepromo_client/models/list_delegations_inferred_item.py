from typing import Literal

ListDelegationsInferredItem = Literal['expo', 'false', 'members', 'organizer', 'true']

LIST_DELEGATIONS_INFERRED_ITEM_VALUES: set[ListDelegationsInferredItem] = { 'expo', 'false', 'members', 'organizer', 'true',  }

def check_list_delegations_inferred_item(value: str) -> ListDelegationsInferredItem:
    if value in LIST_DELEGATIONS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_INFERRED_ITEM_VALUES!r}")
