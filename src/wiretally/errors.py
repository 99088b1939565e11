"""wiretally's exceptions. Every message says what went wrong and what to do next.

::

    WiretallyError                 base; the CLI turns it into exit status 1
    ├── InputError                 one input file cannot be read (path + reason); skipped
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── MalformedInput         bad JSON line, truncated gzip/WARC, HTML with no body
    │   └── MissingColumn          a CSV/JSON record with no text/body field
    ├── StoreError                 the database cannot be opened or migrated
    ├── MissingExtra               an optional dependency is not installed (says what to install)
    └── UsageError                 an option combination that cannot work (exit status 2)
"""

from __future__ import annotations


class WiretallyError(Exception):
    """Base class: a problem the user can act on."""

    exit_code = 1


class InputError(WiretallyError):
    """An input file that cannot be ingested; it is skipped and the run goes on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class MissingColumn(InputError):
    pass


class StoreError(WiretallyError):
    pass


class MissingExtra(WiretallyError):
    """An optional part is used but its packages are not installed."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs optional packages that are not installed; "
            f"run: .venv/bin/pip install -e '.[{extra}]'"
        )
        self.extra = extra


class UsageError(WiretallyError):
    exit_code = 2
