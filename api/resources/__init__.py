"""One module per resource: its blueprint, views, list declaration (filters, sorts,
expansions), the nested lists and aggregates whose rows it owns, and its integrity rules."""
