"""The harness that starts the whole system on one machine: Redis and PostgreSQL in containers
(testcontainers) and every service as a real process. Used by the integration tests and `make run`."""
