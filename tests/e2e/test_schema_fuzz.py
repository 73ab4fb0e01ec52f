"""schemathesis against the running gateway's own OpenAPI schema: every operation, with generated valid and
invalid input, answers without a server error and as documented (status code, content type, body schema).

Each operation gets a fresh user (a development token as the client mints them), so the per-user rate limit
and an erased account (DELETE /v1/account) never spill over into another operation's answers."""

import uuid

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import APIOperation, GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.generation.case import Case

from companion_devtools.stack import Stack

from .client import token_for

# Bounded so that the whole run takes well under a minute on a busy 2-core machine.
EXAMPLES_PER_OPERATION = 30
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def _fuzz(operation: APIOperation, base_url: str, headers: dict[str, str]) -> None:
    # Valid input and invalid input (wrong types, missing fields, out-of-range values) alike.
    cases = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE)

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: the first failure is reported as found
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases)
    def call(case: Case) -> None:
        case.call_and_validate(base_url=base_url, headers=headers, checks=CHECKS, timeout=10)

    call()


def test_every_operation_answers_as_documented_and_never_with_a_server_error(stack: Stack) -> None:
    schema = schemathesis.openapi.from_url(f"{stack.gateway_url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15, [op.label for op in operations]
    failures: dict[str, str] = {}
    for operation in operations:
        headers = {"Authorization": f"Bearer {token_for(f'fuzz-{uuid.uuid4().hex[:10]}', stack.jwt_secret)}"}
        try:
            _fuzz(operation, stack.gateway_url, headers)
        except (Exception, BaseExceptionGroup) as error:  # every operation is tried; all failures reported
            failures[operation.label] = str(error)[:3000]
    assert not failures, "\n\n".join(f"{label}:\n{error}" for label, error in failures.items())
