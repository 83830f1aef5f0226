from typing import Literal

ListOrganizationDealsFieldsItem = Literal['amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title']

LIST_ORGANIZATION_DEALS_FIELDS_ITEM_VALUES: set[ListOrganizationDealsFieldsItem] = { 'amount', 'delegation', 'description', 'enterprises', 'expo', 'id', 'includes', 'inferred', 'kind', 'note', 'parties', 'projects', 'scope', 'sectors', 'signed_on', 'sources', 'subject', 'title',  }

def check_list_organization_deals_fields_item(value: str) -> ListOrganizationDealsFieldsItem:
    if value in LIST_ORGANIZATION_DEALS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_FIELDS_ITEM_VALUES!r}")
