"""The release this code is: the package's version, the OpenAPI document's
info.version and /healthz all read it from here (CHANGELOG.md says what each holds)."""

__version__ = "1.1.0.dev0"
