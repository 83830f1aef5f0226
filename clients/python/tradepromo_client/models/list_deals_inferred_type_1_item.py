from typing import Literal

ListDealsInferredType1Item = Literal['amount', 'delegation', 'expo', 'signed_on']

LIST_DEALS_INFERRED_TYPE_1_ITEM_VALUES: set[ListDealsInferredType1Item] = { 'amount', 'delegation', 'expo', 'signed_on',  }

def check_list_deals_inferred_type_1_item(value: str) -> ListDealsInferredType1Item:
    if value in LIST_DEALS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_INFERRED_TYPE_1_ITEM_VALUES!r}")
