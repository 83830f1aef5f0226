"""`flask --app api ...` commands: the database, tokens, the fixture loader and the synthetic dataset."""
