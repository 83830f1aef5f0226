from typing import Literal

ListDealsInferredItem = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_DEALS_INFERRED_ITEM_VALUES: set[ListDealsInferredItem] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_deals_inferred_item(value: str) -> ListDealsInferredItem:
    if value in LIST_DEALS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_INFERRED_ITEM_VALUES!r}")
