from typing import Literal

ListOrganizationDealsKindItem = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

LIST_ORGANIZATION_DEALS_KIND_ITEM_VALUES: set[ListOrganizationDealsKindItem] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_list_organization_deals_kind_item(value: str) -> ListOrganizationDealsKindItem:
    if value in LIST_ORGANIZATION_DEALS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_KIND_ITEM_VALUES!r}")
