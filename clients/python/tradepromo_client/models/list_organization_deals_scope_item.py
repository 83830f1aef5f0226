from typing import Literal

ListOrganizationDealsScopeItem = Literal['aggregate', 'single']

LIST_ORGANIZATION_DEALS_SCOPE_ITEM_VALUES: set[ListOrganizationDealsScopeItem] = { 'aggregate', 'single',  }

def check_list_organization_deals_scope_item(value: str) -> ListOrganizationDealsScopeItem:
    if value in LIST_ORGANIZATION_DEALS_SCOPE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_SCOPE_ITEM_VALUES!r}")
