"""The restartable PostgreSQL of the fault suite keeps every commit across a restart, as production does; ports
for the test stacks are chosen where no outgoing connection takes them."""

import socket
from pathlib import Path

import psycopg
import pytest

from companion_devtools.containers import free_port, start_postgres

pytestmark = pytest.mark.integration


def test_a_restartable_postgres_is_durable_and_keeps_its_commits_across_a_restart() -> None:
    postgres = start_postgres(restartable=True)
    try:
        with psycopg.connect(postgres.url, autocommit=True) as conn:
            settings = {name: conn.execute(f"SHOW {name}").fetchone()[0] for name in ("fsync", "synchronous_commit")}
            conn.execute("CREATE TABLE kept (n int)")
            conn.execute("INSERT INTO kept VALUES (1)")
        assert settings == {"fsync": "on", "synchronous_commit": "on"}
        postgres.restart()
        with psycopg.connect(postgres.url) as conn:
            assert conn.execute("SELECT n FROM kept").fetchall() == [(1,)]
    finally:
        postgres.stop()


def test_a_free_port_is_bindable_and_outside_the_kernels_ephemeral_range() -> None:
    """Outside the range an outgoing connection may take it between choosing the port and a service binding it."""
    first_ephemeral = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    for _ in range(20):
        port = free_port()
        assert 10000 <= port < first_ephemeral
        with socket.socket() as s:
            s.bind(("127.0.0.1", port))


def test_ports_picked_before_any_is_bound_are_all_different() -> None:
    """A stack picks every service's port before the first one binds: none may be handed out twice."""
    ports = [free_port() for _ in range(2000)]
    assert len(set(ports)) == len(ports)
