from typing import Literal

ListDelegationDealsInferredType1Item = Literal['amount', 'delegation', 'expo', 'signed_on']

LIST_DELEGATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES: set[ListDelegationDealsInferredType1Item] = { 'amount', 'delegation', 'expo', 'signed_on',  }

def check_list_delegation_deals_inferred_type_1_item(value: str) -> ListDelegationDealsInferredType1Item:
    if value in LIST_DELEGATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES!r}")
