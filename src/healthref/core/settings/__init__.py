"""settings.toml and the kiosk section of it."""
