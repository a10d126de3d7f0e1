"""Entry point PyInstaller freezes: the same `healthref` command that pip installs."""

from healthref.cli import main

raise SystemExit(main())
