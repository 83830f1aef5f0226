"""Schema migrations, applied in file order by `flask --app api db upgrade` (api/store/schema.py).

Each file is `NNN_name.py` with `migrate(migrator, database, *, fake=False)` and
`rollback(migrator, database, *, fake=False)` (peewee-migrate 2.3). A migration
describes its tables with models of its own, frozen as they were then: never
import api.models here, it moves on with the code.
"""
