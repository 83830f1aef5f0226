from typing import Literal

ListExpoDelegationsFieldsItem = Literal['activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'inferred', 'kind', 'members', 'name', 'note', 'organizer', 'part_of', 'products', 'purchasers', 'represents', 'sectors', 'sources', 'visitors']

LIST_EXPO_DELEGATIONS_FIELDS_ITEM_VALUES: set[ListExpoDelegationsFieldsItem] = { 'activities', 'companies_intending_to_settle', 'companies_settling', 'description', 'districts_and_counties', 'enterprises', 'exhibition_area', 'exhibitors', 'expo', 'id', 'inferred', 'kind', 'members', 'name', 'note', 'organizer', 'part_of', 'products', 'purchasers', 'represents', 'sectors', 'sources', 'visitors',  }

def check_list_expo_delegations_fields_item(value: str) -> ListExpoDelegationsFieldsItem:
    if value in LIST_EXPO_DELEGATIONS_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_EXPO_DELEGATIONS_FIELDS_ITEM_VALUES!r}")
