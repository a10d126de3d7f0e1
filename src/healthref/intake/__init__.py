"""The reference receiver a clinic network can run: `healthref serve-intake`."""
