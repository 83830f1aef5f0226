"""marshmallow schemas: they validate what comes in and document what goes out."""
