from typing import Literal

ListDelegationDealsInferredType0Item = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_DELEGATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES: set[ListDelegationDealsInferredType0Item] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_delegation_deals_inferred_type_0_item(value: str) -> ListDelegationDealsInferredType0Item:
    if value in LIST_DELEGATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES!r}")
