from typing import Literal

GetOrganizationFieldsItem = Literal['aliases', 'city', 'country', 'description', 'id', 'inferred', 'kind', 'name', 'note', 'officials', 'sources']

GET_ORGANIZATION_FIELDS_ITEM_VALUES: set[GetOrganizationFieldsItem] = { 'aliases', 'city', 'country', 'description', 'id', 'inferred', 'kind', 'name', 'note', 'officials', 'sources',  }

def check_get_organization_fields_item(value: str) -> GetOrganizationFieldsItem:
    if value in GET_ORGANIZATION_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ORGANIZATION_FIELDS_ITEM_VALUES!r}")
