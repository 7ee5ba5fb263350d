"""content-lint: a content-integrity and citation linter for health articles."""

__version__ = "0.1.0"
