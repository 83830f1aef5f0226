from typing import Literal

ListOrganizationDealsInferredItem = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_ORGANIZATION_DEALS_INFERRED_ITEM_VALUES: set[ListOrganizationDealsInferredItem] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_organization_deals_inferred_item(value: str) -> ListOrganizationDealsInferredItem:
    if value in LIST_ORGANIZATION_DEALS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_INFERRED_ITEM_VALUES!r}")
