from typing import Literal

ListDelegationDealsInferredItem = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_DELEGATION_DEALS_INFERRED_ITEM_VALUES: set[ListDelegationDealsInferredItem] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_delegation_deals_inferred_item(value: str) -> ListDelegationDealsInferredItem:
    if value in LIST_DELEGATION_DEALS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_INFERRED_ITEM_VALUES!r}")
