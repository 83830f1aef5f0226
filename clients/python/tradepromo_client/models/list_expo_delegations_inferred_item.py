from typing import Literal

ListExpoDelegationsInferredItem = Literal['expo', 'false', 'members', 'organizer', 'true']

LIST_EXPO_DELEGATIONS_INFERRED_ITEM_VALUES: set[ListExpoDelegationsInferredItem] = { 'expo', 'false', 'members', 'organizer', 'true',  }

def check_list_expo_delegations_inferred_item(value: str) -> ListExpoDelegationsInferredItem:
    if value in LIST_EXPO_DELEGATIONS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_INFERRED_ITEM_VALUES!r}")
