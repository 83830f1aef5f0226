"""What text can enter the database: every entry point (bodies, query parameters,
cursors) checks with this one rule."""


def storable_text(value):
    """Text every backend can store and compare: no NUL (PostgreSQL cannot), valid
    Unicode (a lone surrogate is not UTF-8)."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
