"""Articles: sources, rules, rendering, sanitising, content tables and the read-only store."""
