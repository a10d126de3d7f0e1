"""The answer pane and the pages shown in it."""
