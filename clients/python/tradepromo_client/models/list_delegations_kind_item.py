from typing import Literal

ListDelegationsKindItem = Literal['business', 'district', 'municipal', 'trade_group']

LIST_DELEGATIONS_KIND_ITEM_VALUES: set[ListDelegationsKindItem] = { 'business', 'district', 'municipal', 'trade_group',  }

def check_list_delegations_kind_item(value: str) -> ListDelegationsKindItem:
    if value in LIST_DELEGATIONS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATIONS_KIND_ITEM_VALUES!r}")
