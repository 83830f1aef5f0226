from typing import Literal

ListOrganizationDealsInferredType0Item = Literal['amount', 'delegation', 'expo', 'false', 'signed_on', 'true']

LIST_ORGANIZATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES: set[ListOrganizationDealsInferredType0Item] = { 'amount', 'delegation', 'expo', 'false', 'signed_on', 'true',  }

def check_list_organization_deals_inferred_type_0_item(value: str) -> ListOrganizationDealsInferredType0Item:
    if value in LIST_ORGANIZATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_INFERRED_TYPE_0_ITEM_VALUES!r}")
