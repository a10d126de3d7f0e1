"""The window's content updates: install and roll back packs, "Content as of", "What's new"."""
