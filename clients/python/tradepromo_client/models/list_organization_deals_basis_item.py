from typing import Literal

ListOrganizationDealsBasisItem = Literal['cumulative', 'expected', 'intended', 'reported']

LIST_ORGANIZATION_DEALS_BASIS_ITEM_VALUES: set[ListOrganizationDealsBasisItem] = { 'cumulative', 'expected', 'intended', 'reported',  }

def check_list_organization_deals_basis_item(value: str) -> ListOrganizationDealsBasisItem:
    if value in LIST_ORGANIZATION_DEALS_BASIS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_BASIS_ITEM_VALUES!r}")
