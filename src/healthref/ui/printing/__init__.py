"""Patient handouts: laid out by core.content.handout, painted to a printer or a PDF here."""
