from typing import Literal

ListOrganizationDealsQualifierItem = Literal['approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown']

LIST_ORGANIZATION_DEALS_QUALIFIER_ITEM_VALUES: set[ListOrganizationDealsQualifierItem] = { 'approximately', 'at_least', 'exact', 'less_than', 'more_than', 'range', 'unknown',  }

def check_list_organization_deals_qualifier_item(value: str) -> ListOrganizationDealsQualifierItem:
    if value in LIST_ORGANIZATION_DEALS_QUALIFIER_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_QUALIFIER_ITEM_VALUES!r}")
