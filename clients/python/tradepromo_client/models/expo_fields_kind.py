from typing import Literal

ExpoFieldsKind = Literal['dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event']

EXPO_FIELDS_KIND_VALUES: set[ExpoFieldsKind] = { 'dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event',  }

def check_expo_fields_kind(value: str) -> ExpoFieldsKind:
    if value in EXPO_FIELDS_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_FIELDS_KIND_VALUES!r}")
