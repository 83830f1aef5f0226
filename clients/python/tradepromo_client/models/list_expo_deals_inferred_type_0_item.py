from typing import Literal

ListExpoDealsInferredType0Item = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_EXPO_DEALS_INFERRED_TYPE_0_ITEM_VALUES: set[ListExpoDealsInferredType0Item] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_expo_deals_inferred_type_0_item(value: str) -> ListExpoDealsInferredType0Item:
    if value in LIST_EXPO_DEALS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_INFERRED_TYPE_0_ITEM_VALUES!r}")
