from typing import Literal

ListOrganizationsInferredType0Item = Literal['aliases', 'city', 'country', 'false', 'true']

LIST_ORGANIZATIONS_INFERRED_TYPE_0_ITEM_VALUES: set[ListOrganizationsInferredType0Item] = { 'aliases', 'city', 'country', 'false', 'true',  }

def check_list_organizations_inferred_type_0_item(value: str) -> ListOrganizationsInferredType0Item:
    if value in LIST_ORGANIZATIONS_INFERRED_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_INFERRED_TYPE_0_ITEM_VALUES!r}")
