from typing import Literal

ListDelegationDealsFieldsItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title']

LIST_DELEGATION_DEALS_FIELDS_ITEM_VALUES: set[ListDelegationDealsFieldsItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title',  }

def check_list_delegation_deals_fields_item(value: str) -> ListDelegationDealsFieldsItem:
    if value in LIST_DELEGATION_DEALS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DELEGATION_DEALS_FIELDS_ITEM_VALUES!r}")
