"""docs/operations.md carries a configuration reference generated from the settings classes: it must match them."""

from companion_devtools.config_reference import DOCUMENT, SECTIONS, render, updated


def test_the_configuration_reference_matches_the_settings_classes() -> None:
    current = DOCUMENT.read_text(encoding="utf-8")

    assert updated(current) == current, "docs/operations.md is stale: run `make docs`"


def test_every_setting_of_every_service_is_in_the_reference() -> None:
    reference = render()
    for _, settings in SECTIONS:
        prefix = str(settings.model_config.get("env_prefix", "") or "")
        for name in settings.model_fields:
            assert f"| `{prefix}{name.upper()}` |" in reference
