"""Which passage backs a figure: its words, with runs of whitespace folded (the rule quotes
follow against their source), occur in a quote."""


def fold(text):
    return " ".join(text.split())


def backing(words, quotes):
    """The index of the first quote holding `words`, else None."""
    wanted = fold(words)
    return next((index for index, quote in enumerate(quotes) if wanted in fold(quote)), None)
