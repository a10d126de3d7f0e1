"""The user DB: its models, migrations and opening rules."""
