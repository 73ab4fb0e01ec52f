"""A rejected setting must not put its value into the error (it lands in logs at start)."""

import pytest
from pydantic import ValidationError

from companion_gateway.config import GatewaySettings


def test_a_rejected_secret_is_not_repeated_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATEWAY_JWT_SECRET", "short-but-secret-value")  # under the 32 bytes required

    with pytest.raises(ValidationError) as error:
        GatewaySettings()  # type: ignore[call-arg]

    assert "at least 32 bytes" in str(error.value)  # the reason is kept
    assert "short-but-secret-value" not in str(error.value)
