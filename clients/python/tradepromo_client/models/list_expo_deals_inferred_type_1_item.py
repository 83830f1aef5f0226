from typing import Literal

ListExpoDealsInferredType1Item = Literal['amount', 'delegation', 'expo', 'signed_on']

LIST_EXPO_DEALS_INFERRED_TYPE_1_ITEM_VALUES: set[ListExpoDealsInferredType1Item] = { 'amount', 'delegation', 'expo', 'signed_on',  }

def check_list_expo_deals_inferred_type_1_item(value: str) -> ListExpoDealsInferredType1Item:
    if value in LIST_EXPO_DEALS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_INFERRED_TYPE_1_ITEM_VALUES!r}")
