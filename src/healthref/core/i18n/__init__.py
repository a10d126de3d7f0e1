"""Interface languages for the Qt-free core: the list, the active gettext catalogue, dates."""
