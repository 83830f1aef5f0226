from typing import Literal

ExpoKind = Literal['dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event']

EXPO_KIND_VALUES: set[ExpoKind] = { 'dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event',  }

def check_expo_kind(value: str) -> ExpoKind:
    if value in EXPO_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_KIND_VALUES!r}")
