"""Errors the domain raises, each carrying a message written for the person at the keyboard."""


class DomainError(Exception):
    """A rule refused an action. `field` names the input at fault, when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that cannot be saved as it is; `errors` maps field name to message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        first_field, first_message = next(iter(self.errors.items()))
        super().__init__(first_message, first_field)

    def __str__(self) -> str:
        return "; ".join(self.errors.values())


class DatabaseError(DomainError):
    """The database file cannot be used (missing, corrupt, not SQLite, newer than this program)."""


class NotFound(DomainError):
    """A record asked for by reference or id does not exist."""


class DatabaseBusy(DatabaseError):
    """Another process kept the database locked for longer than the busy timeout; retry later."""
