from typing import Literal

ListDelegationDealsQualifierItem = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

LIST_DELEGATION_DEALS_QUALIFIER_ITEM_VALUES: set[ListDelegationDealsQualifierItem] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_list_delegation_deals_qualifier_item(value: str) -> ListDelegationDealsQualifierItem:
    if value in LIST_DELEGATION_DEALS_QUALIFIER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_QUALIFIER_ITEM_VALUES!r}")
