from typing import Literal

ListOrganizationsFacetItem = Literal['country', 'kind']

LIST_ORGANIZATIONS_FACET_ITEM_VALUES: set[ListOrganizationsFacetItem] = { 'country', 'kind',  }

def check_list_organizations_facet_item(value: str) -> ListOrganizationsFacetItem:
    if value in LIST_ORGANIZATIONS_FACET_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_FACET_ITEM_VALUES!r}")
