from typing import Literal

ListDealsKindItem = Literal['intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume']

LIST_DEALS_KIND_ITEM_VALUES: set[ListDealsKindItem] = { 'intended_purchase', 'intended_turnover', 'investment', 'purchase_order', 'signed_project', 'trading_volume',  }

def check_list_deals_kind_item(value: str) -> ListDealsKindItem:
    if value in LIST_DEALS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_KIND_ITEM_VALUES!r}")
