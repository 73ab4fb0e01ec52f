"""Shared pytest fixtures for every package's tests: Redis and PostgreSQL containers (companion_devtools)."""

pytest_plugins = ("companion_devtools.pytest_fixtures",)
