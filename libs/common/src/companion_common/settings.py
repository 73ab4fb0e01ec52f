"""Settings every service shares; each service subclasses with its own env prefix."""

import os
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, Self

from pydantic import Field, PrivateAttr, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_consumer_name() -> str:
    """Unique per replica and stable for a process: the host name plus the process id."""
    return f"{socket.gethostname()}-{os.getpid()}"


class StreamSettings(BaseSettings):
    """Where message events live. Read without a prefix so that every service agrees on them."""

    model_config = SettingsConfigDict(extra="ignore", hide_input_in_errors=True)

    # Redis for the message stream (every service) and the state shared across replicas.
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Stream of user message events: the gateway writes, each service's consumer group reads.
    message_stream: str = "companion:messages"
    # Where entries go that can never be handled (poison) or were delivered too often.
    dead_letter_stream: str = "companion:messages:dead"
    # Approximate cap (MAXLEN ~) on the stream length; consumers must keep up within it.
    message_stream_maxlen: int = 1_000_000
    # Streams the messages are spread over by a hash of the user id. 1: the single stream `message_stream`;
    # N > 1: `<message_stream>:{0}` ... `{N-1}` (hash tags, so that a Redis Cluster spreads them over its
    # slots), each with its own dead-letter stream `<dead_letter_stream>:{i}`. Every replica reads them all.
    message_stream_partitions: int = Field(default=1, ge=1, le=1024)
    # redis_url names a node of a Redis Cluster: cluster clients everywhere (one stays enough to find the rest).
    redis_cluster: bool = False


class LogSettings(BaseSettings):
    """How every service writes its logs. Read without a prefix so that `make run` sets it once for all of them."""

    model_config = SettingsConfigDict(extra="ignore", hide_input_in_errors=True)

    # "json": one JSON object per line, for log collectors. "console": readable lines for a person (what `make run`
    # chooses when its output is a terminal), coloured when the service's own stdout is a terminal.
    log_format: Literal["json", "console"] = "json"


class ConsumerSettings(BaseSettings):
    """How a service consumes the message stream (prefix comes from the service's settings)."""

    model_config = SettingsConfigDict(extra="ignore", hide_input_in_errors=True)

    # This replica's name in the consumer group: unique per replica (host name + process id).
    consumer_name: str = Field(default_factory=default_consumer_name)
    # Entries read from a stream per request, and reclaimed per partition per round.
    consumer_batch: int = 10
    # Entries one consumer handles at once (1: one after the other, as read).
    consumer_concurrency: int = 1
    # An entry pending this long is taken to belong to a dead or stuck consumer and is re-delivered.
    reclaim_idle_ms: int = 15_000
    # Seconds between rounds that reclaim stuck entries (and refresh the lag and pending metrics).
    reclaim_interval_s: float = 2.0
    # After this many deliveries an entry goes to the dead-letter stream.
    max_deliveries: int = 5


class GrpcSecuritySettings(BaseSettings):
    """TLS, mTLS and the shared service token of gRPC between the services; all off by default (plaintext, no
    token), as on one machine. Read without a prefix so that every service agrees on them."""

    # hide_input_in_errors: a refused setting must not print the token in the error (and so in a log).
    model_config = SettingsConfigDict(extra="ignore", hide_input_in_errors=True)

    # This service's certificate chain (PEM): its gRPC server speaks TLS when set (with GRPC_TLS_KEY_FILE), and
    # its client channels present it when the server asks for a client certificate (mTLS).
    grpc_tls_cert_file: Path | None = None
    # The private key (PEM) of GRPC_TLS_CERT_FILE.
    grpc_tls_key_file: Path | None = None
    # The CA (PEM) that signed the services' certificates: client channels speak TLS and verify the server
    # against it when set; with GRPC_TLS_CLIENT_AUTH servers verify client certificates against it too.
    grpc_tls_ca_file: Path | None = None
    # Servers require a client certificate signed by GRPC_TLS_CA_FILE (mTLS); needs the CA, cert and key files.
    grpc_tls_client_auth: bool = False
    # The name client channels check the server's certificate against instead of the address's host (which,
    # for the gateway's `reply_to` pod IPs, no certificate names); empty: the host of the address.
    grpc_tls_server_name: str = ""
    # An extra plaintext address serving grpc.health.v1 alone (e.g. `0.0.0.0:50059`), for probes that cannot
    # speak TLS (the kubelet's gRPC probes); empty: none. Nothing but health is served there.
    grpc_health_bind: str = ""
    # Shared secret every client channel sends (`authorization: Bearer <token>`) and every gRPC server requires
    # (grpc.health.v1 excepted); empty: no token. At least 16 characters.
    grpc_service_token: SecretStr | None = None
    # A file holding the service token instead of GRPC_SERVICE_TOKEN (a mounted secret; trailing newline ignored).
    grpc_service_token_file: Path | None = None
    # One more token servers accept but clients never send, for a rotation without refused calls (see
    # "Service-to-service security" in docs/operations.md).
    grpc_service_token_accepted: SecretStr | None = None
    # A file holding GRPC_SERVICE_TOKEN_ACCEPTED instead (a mounted secret; trailing newline ignored).
    grpc_service_token_accepted_file: Path | None = None

    # The tokens as read from the variable or the file (the fields are left as given).
    _token: SecretStr | None = PrivateAttr(default=None)
    _also_accepted: SecretStr | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _read_and_check(self) -> Self:
        self._token = _secret("GRPC_SERVICE_TOKEN", self.grpc_service_token, self.grpc_service_token_file)
        self._also_accepted = _secret(
            "GRPC_SERVICE_TOKEN_ACCEPTED", self.grpc_service_token_accepted, self.grpc_service_token_accepted_file
        )
        if self._also_accepted is not None and self._token is None:
            raise ValueError("GRPC_SERVICE_TOKEN_ACCEPTED needs GRPC_SERVICE_TOKEN (or _FILE)")
        if (self.grpc_tls_cert_file is None) != (self.grpc_tls_key_file is None):
            raise ValueError("set both GRPC_TLS_CERT_FILE and GRPC_TLS_KEY_FILE, or neither")
        if self.grpc_tls_client_auth and (self.grpc_tls_ca_file is None or self.grpc_tls_cert_file is None):
            raise ValueError("GRPC_TLS_CLIENT_AUTH needs GRPC_TLS_CA_FILE, GRPC_TLS_CERT_FILE and GRPC_TLS_KEY_FILE")
        return self

    @classmethod
    def of_process(cls, env: Mapping[str, str]) -> "GrpcSecuritySettings":
        """The settings a process started with ``env`` reads (its GRPC_* entries, nothing else), for tools that
        start and probe services."""
        names = {name.upper(): name for name in cls.model_fields}
        return cls.model_validate({names[key]: value for key, value in env.items() if key in names})

    @property
    def tls(self) -> bool:
        """Whether this service's server speaks TLS."""
        return self.grpc_tls_cert_file is not None

    def service_token(self) -> str | None:
        """The token client channels send (from the variable or the file); None when there is none."""
        return self._token.get_secret_value() if self._token is not None else None

    def accepted_tokens(self) -> list[bytes]:
        """The tokens a server accepts: none when no token is configured."""
        tokens = [self._token, self._also_accepted]
        return [token.get_secret_value().encode() for token in tokens if token is not None]


def _secret(name: str, value: SecretStr | None, path: Path | None) -> SecretStr | None:
    """A secret given in a variable or in a file (one of them), checked for length; None when neither is set."""
    if path is not None:
        if value is not None:
            raise ValueError(f"set {name} or {name}_FILE, not both")
        value = SecretStr(path.read_text(encoding="utf-8").rstrip("\r\n"))
    if value is None or value.get_secret_value() == "":
        return None
    if len(value.get_secret_value()) < 16:
        raise ValueError(f"{name} must be at least 16 characters")
    if not (value.get_secret_value().isascii() and value.get_secret_value().isprintable()):
        raise ValueError(f"{name} must be printable ASCII (it travels in call metadata)")
    return value
