"""The memory service: stores what users tell the companion (PostgreSQL + pgvector) and recalls it."""
