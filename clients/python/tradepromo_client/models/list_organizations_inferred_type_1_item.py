from typing import Literal

ListOrganizationsInferredType1Item = Literal['aliases', 'city', 'country']

LIST_ORGANIZATIONS_INFERRED_TYPE_1_ITEM_VALUES: set[ListOrganizationsInferredType1Item] = { 'aliases', 'city', 'country',  }

def check_list_organizations_inferred_type_1_item(value: str) -> ListOrganizationsInferredType1Item:
    if value in LIST_ORGANIZATIONS_INFERRED_TYPE_1_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_INFERRED_TYPE_1_ITEM_VALUES!r}")
