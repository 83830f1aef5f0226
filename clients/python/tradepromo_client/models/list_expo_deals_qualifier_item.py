from typing import Literal

ListExpoDealsQualifierItem = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

LIST_EXPO_DEALS_QUALIFIER_ITEM_VALUES: set[ListExpoDealsQualifierItem] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_list_expo_deals_qualifier_item(value: str) -> ListExpoDealsQualifierItem:
    if value in LIST_EXPO_DEALS_QUALIFIER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_QUALIFIER_ITEM_VALUES!r}")
