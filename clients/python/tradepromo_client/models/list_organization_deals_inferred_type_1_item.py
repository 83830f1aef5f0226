from typing import Literal

ListOrganizationDealsInferredType1Item = Literal['amount', 'delegation', 'expo', 'signed_on']

LIST_ORGANIZATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES: set[ListOrganizationDealsInferredType1Item] = { 'amount', 'delegation', 'expo', 'signed_on',  }

def check_list_organization_deals_inferred_type_1_item(value: str) -> ListOrganizationDealsInferredType1Item:
    if value in LIST_ORGANIZATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_DEALS_INFERRED_TYPE_1_ITEM_VALUES!r}")
