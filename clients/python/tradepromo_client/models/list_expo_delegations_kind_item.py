from typing import Literal

ListExpoDelegationsKindItem = Literal['business', 'district', 'municipal', 'trade_group']

LIST_EXPO_DELEGATIONS_KIND_ITEM_VALUES: set[ListExpoDelegationsKindItem] = { 'business', 'district', 'municipal', 'trade_group',  }

def check_list_expo_delegations_kind_item(value: str) -> ListExpoDelegationsKindItem:
    if value in LIST_EXPO_DELEGATIONS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_KIND_ITEM_VALUES!r}")
