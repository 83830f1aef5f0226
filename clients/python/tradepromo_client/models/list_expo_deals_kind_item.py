from typing import Literal

ListExpoDealsKindItem = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

LIST_EXPO_DEALS_KIND_ITEM_VALUES: set[ListExpoDealsKindItem] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_list_expo_deals_kind_item(value: str) -> ListExpoDealsKindItem:
    if value in LIST_EXPO_DEALS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DEALS_KIND_ITEM_VALUES!r}")
