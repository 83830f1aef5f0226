from typing import Literal

ListOrganizationDealsExpandItem = Literal['delegation', 'expo', 'includes', 'parties', 'sources']

LIST_ORGANIZATION_DEALS_EXPAND_ITEM_VALUES: set[ListOrganizationDealsExpandItem] = { 'delegation', 'expo', 'includes', 'parties', 'sources',  }

def check_list_organization_deals_expand_item(value: str) -> ListOrganizationDealsExpandItem:
    if value in LIST_ORGANIZATION_DEALS_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_EXPAND_ITEM_VALUES!r}")
