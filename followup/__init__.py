"""Interview follow-up: ledger, sync pass and command line."""
