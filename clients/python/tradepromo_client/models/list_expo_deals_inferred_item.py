from typing import Literal

ListExpoDealsInferredItem = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_EXPO_DEALS_INFERRED_ITEM_VALUES: set[ListExpoDealsInferredItem] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_expo_deals_inferred_item(value: str) -> ListExpoDealsInferredItem:
    if value in LIST_EXPO_DEALS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_INFERRED_ITEM_VALUES!r}")
