from typing import Literal

PartyFieldsRole = Literal['buyer', 'partner', 'seller', 'signatory']

PARTY_FIELDS_ROLE_VALUES: set[PartyFieldsRole] = { 'buyer', 'partner', 'seller', 'signatory',  }

def check_party_fields_role(value: str) -> PartyFieldsRole:
    if value in PARTY_FIELDS_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTY_FIELDS_ROLE_VALUES!r}")
