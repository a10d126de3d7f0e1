"""Kiosk mode: the locked public screen and its home page."""
