from typing import Literal

ListOrganizationsInferredItem = Literal['aliases', 'city', 'country', 'false', 'true']

LIST_ORGANIZATIONS_INFERRED_ITEM_VALUES: set[ListOrganizationsInferredItem] = { 'aliases', 'city', 'country', 'false', 'true',  }

def check_list_organizations_inferred_item(value: str) -> ListOrganizationsInferredItem:
    if value in LIST_ORGANIZATIONS_INFERRED_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_INFERRED_ITEM_VALUES!r}")
