"""The loader's check that the dates, places and parties a curated record states are traceable
to its own quotes, or named in its `inferred` (with a `note` saying how): mechanical on purpose,
so that anyone can rerun it by hand.

- a date (`start_date`, `end_date`, `signed_on`): one quote holds its month's name and its day
  ("November 5"); a `year`: one quote holds it;
- a place: a `city`, or the English name of a `country` (COUNTRY_NAMES), occurs in a quote;
- a party (an organization in `parties`, `members`, `organizer`, `organizers`): its name or
  one of its aliases occurs in a quote.
"""

import re

from schemas.evidence import fold

DATES = ("start_date", "end_date", "signed_on")
PLACES = ("city",)
PARTIES = ("parties", "members", "organizer", "organizers")
# the names a quote may give a country by; a country not listed must be marked inferred
COUNTRY_NAMES = {
    "AR": ("Argentina",),
    "BY": ("Belarus",),
    "CN": ("China",),
    "DE": ("Germany",),
    "KZ": ("Kazakhstan",),
    "SG": ("Singapore",),
    "US": ("United States",),
}


def holds(quotes, *words):
    """Whether one quote holds every one of `words` as whole words."""
    patterns = [re.compile(rf"(?<!\w){re.escape(fold(w))}(?!\w)") for w in words]
    return any(all(p.search(quote) for p in patterns) for quote in quotes)


def party_ids(record, field):
    value = record.get(field)
    items = value if isinstance(value, list) else [] if value is None else [value]
    return [item["organization"] if isinstance(item, dict) else item for item in items]


def untraceable(record, organizations):
    """(field, reason) for each date, place or party of `record` that neither its quotes back
    nor its `inferred` names; `organizations`: id -> {"name", "aliases"}."""
    quotes = [fold(citation["quote"]) for citation in record.get("sources") or []]
    inferred = set(record.get("inferred") or [])
    found = []
    for field in DATES:
        day = record.get(field)
        if field not in inferred and day and not holds(quotes, day.strftime("%B"), str(day.day)):
            found.append((field, f"no quote holds the month and day of {day.isoformat()}"))
    if "year" not in inferred and record.get("year") and not holds(quotes, str(record["year"])):
        found.append(("year", f"no quote holds the year {record['year']}"))
    for field in PLACES:
        if field not in inferred and record.get(field) and not holds(quotes, record[field]):
            found.append((field, f"no quote holds '{record[field]}'"))
    country = record.get("country")
    if (
        "country" not in inferred
        and country
        and not any(holds(quotes, name) for name in COUNTRY_NAMES.get(country, ()))
    ):
        found.append(("country", f"no quote names the country {country}"))
    for field in PARTIES:
        if field in inferred:
            continue
        for organization in party_ids(record, field):
            known = organizations.get(organization, {})
            names = [known.get("name"), *(known.get("aliases") or [])]
            if not any(name and holds(quotes, name) for name in names):
                found.append((field, f"no quote names the organization '{organization}'"))
    return found
