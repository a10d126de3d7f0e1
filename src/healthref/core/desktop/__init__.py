"""What the desktop has installed, checked without importing Qt."""
