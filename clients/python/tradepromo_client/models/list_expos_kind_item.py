from typing import Literal

ListExposKindItem = Literal['dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event']

LIST_EXPOS_KIND_ITEM_VALUES: set[ListExposKindItem] = { 'dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event',  }

def check_list_expos_kind_item(value: str) -> ListExposKindItem:
    if value in LIST_EXPOS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPOS_KIND_ITEM_VALUES!r}")
