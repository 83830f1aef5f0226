from typing import Literal

ListDealsQualifierItem = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

LIST_DEALS_QUALIFIER_ITEM_VALUES: set[ListDealsQualifierItem] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_list_deals_qualifier_item(value: str) -> ListDealsQualifierItem:
    if value in LIST_DEALS_QUALIFIER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_QUALIFIER_ITEM_VALUES!r}")
