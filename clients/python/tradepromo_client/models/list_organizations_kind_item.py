from typing import Literal

ListOrganizationsKindItem = Literal['chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank']

LIST_ORGANIZATIONS_KIND_ITEM_VALUES: set[ListOrganizationsKindItem] = { 'chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank',  }

def check_list_organizations_kind_item(value: str) -> ListOrganizationsKindItem:
    if value in LIST_ORGANIZATIONS_KIND_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_KIND_ITEM_VALUES!r}")
