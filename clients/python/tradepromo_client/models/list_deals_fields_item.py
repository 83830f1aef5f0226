from typing import Literal

ListDealsFieldsItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title']

LIST_DEALS_FIELDS_ITEM_VALUES: set[ListDealsFieldsItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title',  }

def check_list_deals_fields_item(value: str) -> ListDealsFieldsItem:
    if value in LIST_DEALS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DEALS_FIELDS_ITEM_VALUES!r}")
