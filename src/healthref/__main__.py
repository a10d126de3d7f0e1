"""Run healthref with `python -m healthref`."""

from healthref.cli import main

raise SystemExit(main())
