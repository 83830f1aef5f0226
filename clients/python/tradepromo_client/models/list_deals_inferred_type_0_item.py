from typing import Literal

ListDealsInferredType0Item = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_DEALS_INFERRED_TYPE_0_ITEM_VALUES: set[ListDealsInferredType0Item] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_deals_inferred_type_0_item(value: str) -> ListDealsInferredType0Item:
    if value in LIST_DEALS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_INFERRED_TYPE_0_ITEM_VALUES!r}")
