"""healthref: an offline desktop health reference."""

__version__ = "0.1.0"
