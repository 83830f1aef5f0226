"""Evidence: every quote is found in its source's text and anchored there, at every write.

A quote matches its source where only runs of whitespace differ (an article's line breaks
are not the curator's). The anchor is stored with the citation as the W3C Web Annotation
selectors (https://www.w3.org/TR/annotation-model/#selectors): TextPositionSelector
offsets into the text (Unicode code points, as JavaScript and Python index it), and a
TextQuoteSelector of the exact passage with a little context either side. A citation
also links to its source's page at the passage (api/pages/sources.py), with an in-page
anchor and a Text Fragment (https://wicg.github.io/scroll-to-text-fragment/).
"""

import re
from array import array
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote as percent

from schemas.evidence import fold

WHITESPACE = re.compile(r"\s+")
CONTEXT = 32  # characters of a TextQuoteSelector's prefix and suffix
SHOWN = 20  # quotes not found named per write


class Anchor(NamedTuple):
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@lru_cache(maxsize=8)  # a write anchors many quotes in few texts
def fold_mapped(text):
    """The text with each run of whitespace as one space, with where each run's space is in it
    and how many characters the runs up to it dropped: enough to map positions back."""
    spaces, dropped, total = array("I"), array("I"), 0
    for match in WHITESPACE.finditer(text):
        spaces.append(match.start() - total)
        total += match.end() - match.start() - 1
        dropped.append(total)
    return WHITESPACE.sub(" ", text), spaces, dropped


def original(position, spaces, dropped):
    """The offset in the text of the folded text's character at `position`."""
    run = bisect_right(spaces, position) - 1  # the last run whose space is at or before it
    if run < 0:
        return position
    if spaces[run] == position:  # that space: where its run starts
        return position + (dropped[run - 1] if run else 0)
    return position + dropped[run]


def anchor(text, quote):
    """Where `quote` first occurs in `text` up to runs of whitespace (an Anchor), or None."""
    if not text:
        return None
    wanted = fold(quote)
    if not wanted:
        return None
    folded, *runs = fold_mapped(text)
    found = folded.find(wanted)
    if found < 0:
        return None
    start = original(found, *runs)
    end = original(found + len(wanted) - 1, *runs) + 1  # the quote ends on a non-space
    return Anchor(
        start, end, text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    )


def selector(anchor):
    """The Web Annotation selectors of an anchor, as a citation shows them."""
    return [
        {
            "type": "TextQuoteSelector",
            "exact": anchor.exact,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
        },
        {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
    ]


def fragment_text(value):
    """A term of a Text Fragment: percent-encoded, `-`, `,` and `&` included (they are its syntax)."""
    return percent(value, safe="").replace("-", "%2D")


def words(text):
    return text.split()


def href(source_id, anchor):
    """The source's page at the passage: an in-page anchor (the <mark> of the passage) and a Text
    Fragment `text=[prefix-,]start[,end][,-suffix]`, short but with context to tell repeats apart."""
    page = f"/sources/{source_id}"
    if anchor is None:
        return page
    exact = words(anchor.exact)
    if len(exact) <= 8:
        terms = [" ".join(exact)]
    else:
        terms = [" ".join(exact[:4]), " ".join(exact[-4:])]
    before, after = words(anchor.prefix)[-3:], words(anchor.suffix)[:3]
    # a context of the full 32 characters may begin (prefix) or end (suffix) inside a word
    if len(anchor.prefix) == CONTEXT and len(before) == len(words(anchor.prefix)):
        before = before[1:]
    if len(anchor.suffix) == CONTEXT and len(after) == len(words(anchor.suffix)):
        after = after[:-1]
    directive = [fragment_text(term) for term in terms]
    if before and anchor.prefix[-1:].isspace():
        directive.insert(0, fragment_text(" ".join(before)) + "-")
    if after and anchor.suffix[:1].isspace():
        directive.append("-" + fragment_text(" ".join(after)))
    return f"{page}#{passage_id(anchor)}:~:text={','.join(directive)}"


def passage_id(anchor):
    """The id of a passage's <mark> on its source's page: the same for every citation of it."""
    return f"cite-{anchor.start}-{anchor.end}"


def shown(source_id, quote, found):
    """A citation as the representation shows it: its quote, selectors (null when it has no
    anchor: a source whose text is unknown) and link."""
    return {
        "source": source_id,
        "quote": quote,
        "selector": None if found is None else selector(found),
        "href": href(source_id, found),
    }


def stored(row):
    """The Anchor of a stored citation row, or None."""
    return None if row.get("start") is None else Anchor(**{k: row[k] for k in Anchor._fields})


def columns(found):
    """The stored columns of an Anchor (or None)."""
    return {field: None if found is None else getattr(found, field) for field in Anchor._fields}


def anchor_citations(citations, texts):
    """Anchor each citation ({source, quote}) in `texts` ({source id: text}), in place: each gains
    `anchor`, `selector` and `href`. Returns the problems of the quotes not found, by pointer."""
    errors, anchors = [], {}
    for index, citation in enumerate(citations):
        if len(errors) >= SHOWN:  # the write is refused anyway: search no further
            break
        text, key = texts.get(citation["source"]), (citation["source"], citation["quote"])
        found = anchors[key] = anchors[key] if key in anchors else anchor(text, citation["quote"])
        if found is None:
            errors.append(
                {
                    "pointer": f"/sources/{index}/quote",
                    "detail": f"The source '{citation['source']}' has no text to check the quote against."
                    if text is None
                    else f"Not found in the text of the source '{citation['source']}' "
                    "(only runs of whitespace may differ).",
                }
            )
        citation.update(shown(citation["source"], citation["quote"], found), anchor=found)
    return errors
