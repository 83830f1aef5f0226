from typing import Literal

ListDelegationDealsKindItem = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

LIST_DELEGATION_DEALS_KIND_ITEM_VALUES: set[ListDelegationDealsKindItem] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_list_delegation_deals_kind_item(value: str) -> ListDelegationDealsKindItem:
    if value in LIST_DELEGATION_DEALS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_KIND_ITEM_VALUES!r}")
