"""Signed content packs: keys, the pack file, building, verifying, installing and rolling back."""
