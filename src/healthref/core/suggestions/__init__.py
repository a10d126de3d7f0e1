"""Suggestions and reports: their rules, the outbox, HTTP sync and file transfer."""
