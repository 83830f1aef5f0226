from typing import Literal

ExpoPatchKind = Literal['dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event']

EXPO_PATCH_KIND_VALUES: set[ExpoPatchKind] = { 'dialogue', 'exhibition', 'expo', 'fair', 'forum', 'promotion_event',  }

def check_expo_patch_kind(value: str) -> ExpoPatchKind:
    if value in EXPO_PATCH_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPO_PATCH_KIND_VALUES!r}")
