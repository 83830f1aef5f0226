"""The list query language: filters, sorting, keyset pagination, the page envelope and exports."""
