from typing import Literal

GetDelegationFieldsItem = Literal['activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'inferred', 'kind', 'members', 'name', 'note', 'organizer', 'part_of', 'products', 'purchasers', 'represents', 'sectors', 'sources', 'visitors']

GET_DELEGATION_FIELDS_ITEM_VALUES: set[GetDelegationFieldsItem] = { 'activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'inferred', 'kind', 'members', 'name', 'note', 'organizer', 'part_of', 'products', 'purchasers', 'represents', 'sectors', 'sources', 'visitors',  }

def check_get_delegation_fields_item(value: str) -> GetDelegationFieldsItem:
    if value in GET_DELEGATION_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_DELEGATION_FIELDS_ITEM_VALUES!r}")
