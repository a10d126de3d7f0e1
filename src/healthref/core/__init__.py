"""Qt-free core: content building, reading, search, rendering and the user's data."""
