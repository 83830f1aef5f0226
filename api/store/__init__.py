"""Reading and writing whole records: models, rows, relations, integrity, search and writes."""
