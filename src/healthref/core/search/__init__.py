"""Search: normalise → expand → correct → FTS5 query → rank in tiers."""
