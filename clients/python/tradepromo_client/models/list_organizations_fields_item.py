from typing import Literal

ListOrganizationsFieldsItem = Literal['aliases', 'city', 'country', 'description', 'id', 'inferred', 'kind', 'name', 'note', 'officials', 'sources']

LIST_ORGANIZATIONS_FIELDS_ITEM_VALUES: set[ListOrganizationsFieldsItem] = { 'aliases', 'city', 'country', 'description', 'id', 'inferred', 'kind', 'name', 'note', 'officials', 'sources',  }

def check_list_organizations_fields_item(value: str) -> ListOrganizationsFieldsItem:
    if value in LIST_ORGANIZATIONS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_FIELDS_ITEM_VALUES!r}")
