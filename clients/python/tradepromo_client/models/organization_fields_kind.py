from typing import Literal

OrganizationFieldsKind = Literal['chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank']

ORGANIZATION_FIELDS_KIND_VALUES: set[OrganizationFieldsKind] = { 'chamber_of_commerce', 'company', 'diplomatic_mission', 'government', 'government_agency', 'industrial_park', 'media', 'other', 'think_tank',  }

def check_organization_fields_kind(value: str) -> OrganizationFieldsKind:
    if value in ORGANIZATION_FIELDS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_FIELDS_KIND_VALUES!r}")
