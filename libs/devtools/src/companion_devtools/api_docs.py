"""The API documents in docs/api/, generated from the code that serves them.

    python -m companion_devtools.api_docs            # rewrite them (`make docs` does this)
    python -m companion_devtools.api_docs --check    # exit 1 when any is stale (a test in tests/docs does this too)

- docs/api/openapi.json: the gateway's HTTP API, as its FastAPI app describes it (the gateway also serves it live
  at /openapi.json, with /docs).
- docs/api/asyncapi.json: the Redis message stream (AsyncAPI 3.0, from FastStream's generator): the gateway's
  publisher and the consumer group of each service, with the MessageEvent schema taken from protos/ (field
  comments included). The gateway serves a copy, shipped as package data, at /asyncapi.json: it may not import
  the other services, whose consumers this document describes.
"""

import argparse
import importlib.resources
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from faststream.redis import RedisBroker, StreamSub
from faststream.specification import AsyncAPI
from google.protobuf.descriptor_pb2 import DescriptorProto, FieldDescriptorProto, FileDescriptorSet
from grpc_tools import protoc
from pydantic import BaseModel, Field, create_model
from pydantic_settings import BaseSettings

import companion_dialogue.entrypoints.stream as dialogue_stream
import companion_memory.entrypoints.stream as memory_stream
import companion_safety.entrypoints.stream as safety_stream
from companion_common.settings import StreamSettings
from companion_common.streams import PROTOBUF_CONTENT_TYPE
from companion_dialogue.config import DialogueSettings
from companion_gateway.adapters import publisher as gateway_publisher
from companion_gateway.bootstrap import create_app
from companion_gateway.config import GatewaySettings
from companion_memory.config import MemorySettings
from companion_safety.config import SafetySettings

ROOT = Path(__file__).resolve().parents[4]
PROTOS = ROOT / "protos"
OPENAPI = ROOT / "docs" / "api" / "openapi.json"
ASYNCAPI = ROOT / "docs" / "api" / "asyncapi.json"
# The copy the gateway serves at /asyncapi.json (entrypoints/api_docs_api.py).
GATEWAY_ASYNCAPI = ROOT / "services" / "gateway" / "src" / "companion_gateway" / "entrypoints" / "asyncapi.json"

STREAM_DESCRIPTION = f"""\
The stream of message events between the services. The gateway is its only producer: every message a client \
sends (and every account erasure) becomes one `companion.v1.MessageEvent` (protos/companion/v1/events.proto), \
appended with XADD to the stream of the user's partition. Dialogue, memory and safety each read every event in \
a consumer group of their own (a replica is one consumer in it), at least once: handlers are idempotent on \
`event_id`.

Wire format: each entry carries FastStream's binary envelope in its field `__data__`, with the headers \
`content-type: {PROTOBUF_CONTENT_TYPE}` and `correlation_id` (the event id) and the protobuf-encoded event as the \
body. The payload schemas below are the proto3 JSON mapping of that message, for reading; the bytes are protobuf.

Partitions: with MESSAGE_STREAM_PARTITIONS=N > 1 the stream is `<MESSAGE_STREAM>:{{i}}` for i in 0..N-1, the \
partition being crc32(user_id) mod N, so that each user's events keep their order. Entries that can never be \
handled go to the dead-letter stream (DEAD_LETTER_STREAM, one per partition); see docs/operations.md."""


def openapi_document() -> dict[str, Any]:
    """The gateway's OpenAPI schema, from its app built with the default settings (the environment ignored)."""
    return create_app(GatewaySettings.model_construct()).openapi()


def asyncapi_document(version: str) -> dict[str, Any]:
    """The message stream as FastStream describes a broker with the gateway's publisher and each consumer group
    (``version``: the gateway API's)."""
    streams = StreamSettings.model_construct()  # defaults, whatever the environment says
    event = proto_model("companion.v1.MessageEvent")
    broker = RedisBroker(
        streams.redis_url,
        description="Redis (REDIS_URL; a Redis Cluster node with REDIS_CLUSTER=true).",
    )
    broker.publisher(
        stream=streams.message_stream,
        title="gateway",
        description=_doc(gateway_publisher),
        schema=event,
    )
    groups: list[tuple[type[BaseSettings], ModuleType]] = [
        (DialogueSettings, dialogue_stream),
        (MemorySettings, memory_stream),
        (SafetySettings, safety_stream),
    ]
    for settings, entrypoint in groups:
        group = str(settings.model_fields["consumer_group"].default)
        sub = StreamSub(streams.message_stream, group=group, consumer="<host name>-<process id>")

        async def consume(body: event) -> None:  # type: ignore[valid-type] # the schema is built at run time
            """Only its signature matters: FastStream reads the payload schema from it."""

        broker.subscriber(stream=sub, title=group, description=_doc(entrypoint))(consume)
    specification = AsyncAPI(
        broker,
        title="companion message stream",
        version=version,
        description=STREAM_DESCRIPTION,
    ).to_specification()
    document: dict[str, Any] = specification.to_jsonable()
    document["defaultContentType"] = PROTOBUF_CONTENT_TYPE
    # FastStream lists subscribers in no fixed order: sort them, so that the document only changes with the code.
    for parent, key in [(document, "channels"), (document, "operations"), (document["components"], "messages")]:
        parent[key] = dict(sorted(parent[key].items()))
    return document


def _doc(module: ModuleType) -> str:
    return " ".join(str(module.__doc__ or "").split())


# Proto3 scalar types as Python types, for the schema of the JSON mapping.
_SCALARS: dict[int, type] = {
    FieldDescriptorProto.TYPE_STRING: str,
    FieldDescriptorProto.TYPE_BOOL: bool,
    FieldDescriptorProto.TYPE_BYTES: bytes,
    FieldDescriptorProto.TYPE_DOUBLE: float,
    FieldDescriptorProto.TYPE_FLOAT: float,
    **dict.fromkeys(
        [
            FieldDescriptorProto.TYPE_INT32,
            FieldDescriptorProto.TYPE_INT64,
            FieldDescriptorProto.TYPE_UINT32,
            FieldDescriptorProto.TYPE_UINT64,
            FieldDescriptorProto.TYPE_SINT32,
            FieldDescriptorProto.TYPE_SINT64,
            FieldDescriptorProto.TYPE_FIXED32,
            FieldDescriptorProto.TYPE_FIXED64,
            FieldDescriptorProto.TYPE_SFIXED32,
            FieldDescriptorProto.TYPE_SFIXED64,
        ],
        int,
    ),
}
_DEFAULTS: dict[type, Any] = {str: "", bool: False, bytes: b"", float: 0.0, int: 0}


def proto_model(full_name: str) -> type[BaseModel]:
    """A pydantic model of a message in protos/ (its proto3 JSON mapping), described by the .proto comments."""
    messages, comments = _read_protos()
    models: dict[str, type[BaseModel]] = {}

    def build(name: str) -> type[BaseModel]:
        if name in models:
            return models[name]
        message, path = messages[name]
        fields: dict[str, Any] = {}
        for index, proto_field in enumerate(message.field):
            fields[proto_field.name] = _field(proto_field, comments.get((*path, 2, index), ""), build)
        model: type[BaseModel] = create_model(message.name, __doc__=comments.get(path) or None, **fields)
        models[name] = model
        return model

    return build(full_name)


def _field(proto_field: FieldDescriptorProto, comment: str, build: Any) -> tuple[Any, Any]:
    description = comment or None
    if proto_field.type == FieldDescriptorProto.TYPE_MESSAGE:
        name = proto_field.type_name.lstrip(".")
        kind: Any = datetime if name == "google.protobuf.Timestamp" else build(name)
        default: Any = None  # absent; the JSON mapping leaves it out (not null)
    elif proto_field.type == FieldDescriptorProto.TYPE_ENUM:
        kind, default = str, None
    else:
        kind = _SCALARS[proto_field.type]
        default = _DEFAULTS[kind]
    if proto_field.label == FieldDescriptorProto.LABEL_REPEATED:
        return list[kind], Field(default_factory=list, description=description)
    if default is None:
        return kind, Field(default=None, description=description, json_schema_extra=_no_default)
    return kind, Field(default=default, description=description)


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _read_protos() -> tuple[dict[str, tuple[DescriptorProto, tuple[int, ...]]], dict[tuple[int, ...], str]]:
    """Every message of protos/companion/v1/events.proto and its imports, by full name with its source path
    (and the comments of messages and fields, by source path), as protoc parses them."""
    includes = importlib.resources.files("grpc_tools") / "_proto"  # google/protobuf/*.proto
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "descriptors.pb"
        args = ["protoc", f"-I{PROTOS}", f"-I{includes}", "--include_imports", "--include_source_info"]
        if protoc.main([*args, f"--descriptor_set_out={out}", "companion/v1/events.proto"]) != 0:
            raise RuntimeError("protoc could not read protos/companion/v1/events.proto")
        descriptors = FileDescriptorSet.FromString(out.read_bytes())
    messages: dict[str, tuple[DescriptorProto, tuple[int, ...]]] = {}
    comments: dict[tuple[int, ...], str] = {}
    for file_number, file in enumerate(descriptors.file):
        for index, message in enumerate(file.message_type):  # top-level messages only: ours have no nested ones
            messages[f"{file.package}.{message.name}"] = (message, (file_number, 4, index))
        for location in file.source_code_info.location:
            if location.leading_comments.strip():
                comments[(file_number, *location.path)] = " ".join(location.leading_comments.split())
    return messages, comments


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def documents() -> dict[Path, str]:
    """Every generated file and its content."""
    openapi = openapi_document()
    asyncapi = render(asyncapi_document(str(openapi["info"]["version"])))
    return {OPENAPI: render(openapi), ASYNCAPI: asyncapi, GATEWAY_ASYNCAPI: asyncapi}


def stale() -> list[Path]:
    """The files whose content differs from what the code generates now (or that are missing)."""
    return [path for path, text in documents().items() if not path.exists() or path.read_text("utf-8") != text]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any generated API document is stale")
    args = parser.parse_args(argv)
    if args.check:
        outdated = stale()
        for path in outdated:
            print(f"{path.relative_to(ROOT)} is stale: run `make docs`", file=sys.stderr)
        sys.exit(1 if outdated else 0)
    for path, text in documents().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
