"""Jurisdictions by country or state: parsed from the locale, looked up most specific first."""

from datetime import timedelta

import pytest

from companion_safety.bootstrap import crisis_resources, disclosure_by_jurisdiction
from companion_safety.config import SafetySettings
from companion_safety.domain.crisis import DEFAULT_RESOURCES, CrisisResources, crisis_message, resources_for
from companion_safety.domain.jurisdiction import jurisdiction, most_specific
from companion_safety.domain.wellbeing import DisclosurePolicy, disclosure_policy

HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-US", "US"),
        ("en-US-WA", "US-WA"),
        ("en_us_wa", "US-WA"),
        ("en-US-u-sd-uswa", "US-WA"),  # the standard spelling (UTS #35)
        ("en-US-u-ca-gregory-sd-usny", "US-NY"),
        ("en-US-CA", "US-CA"),  # California, not Canada
        ("fr-CA", "CA"),
        ("zh-Hant-TW", "TW"),
        ("es-419", "419"),
        ("en-US-POSIX", "US"),  # a variant, not a state
        ("en-US-x-wa", "US"),  # private use
        ("en-US-u-sd-gbsct", "US"),  # a subdivision of another country
        ("en", ""),
        ("", ""),
    ],
)
def test_the_jurisdiction_of_a_locale(locale: str, expected: str) -> None:
    assert jurisdiction(locale) == expected


def test_lookup_is_most_specific_first() -> None:
    table = {"US": "country", "US-WA": "state"}
    assert most_specific(table, "US-WA") == "state"
    assert most_specific(table, "US-TX") == "country"
    assert most_specific(table, "DE") is None
    assert most_specific(table, "") is None


def test_each_states_law_caps_the_interval_between_ai_notices() -> None:
    lax = DisclosurePolicy(24 * HOUR, 24 * HOUR)  # an operator who asks only for the daily notice
    assert disclosure_policy("US-WA", {}, lax) == DisclosurePolicy(3 * HOUR, 1 * HOUR)
    assert disclosure_policy("US-NY", {}, lax) == DisclosurePolicy(3 * HOUR, 3 * HOUR)
    assert disclosure_policy("US-CA", {}, lax) == DisclosurePolicy(24 * HOUR, 3 * HOUR)  # SB 243: minors only
    assert disclosure_policy("US-TX", {}, lax) == lax
    assert disclosure_policy("US-CA", {}, DisclosurePolicy()) == DisclosurePolicy()  # stricter defaults stay


def test_configured_cadence_by_state_then_country_then_default_never_looser_than_the_law() -> None:
    configured = {"US": DisclosurePolicy(6 * HOUR, 2 * HOUR), "US-WA": DisclosurePolicy(2 * HOUR, HOUR / 2)}
    default = DisclosurePolicy()
    assert disclosure_policy("US-WA", configured, default) == DisclosurePolicy(2 * HOUR, HOUR / 2)
    assert disclosure_policy("US-TX", configured, default) == DisclosurePolicy(6 * HOUR, 2 * HOUR)
    assert disclosure_policy("US-NY", configured, default) == DisclosurePolicy(3 * HOUR, 2 * HOUR)
    assert disclosure_policy("DE", configured, default) == default
    loose = {"US-WA": DisclosurePolicy(12 * HOUR, 12 * HOUR)}
    assert disclosure_policy("US-WA", loose, default) == DisclosurePolicy(3 * HOUR, HOUR)


def test_settings_keys_in_any_case_or_with_underscores() -> None:
    settings = SafetySettings(disclosure_hours_by_region={"us-wa": (2, 1), "US_NY": (3, 1), "de": (2, 1)})
    assert set(disclosure_by_jurisdiction(settings)) == {"US-WA", "US-NY", "DE"}


def test_crisis_resources_of_a_state_come_before_the_countrys() -> None:
    settings = SafetySettings(crisis_resources={"us-ca": {"lines": ["A California line"]}})
    table = crisis_resources(settings)
    california = resources_for("en-US-CA", table)
    assert california.region == "US-CA"
    assert "A California line" in crisis_message(california)
    # What the state's entry leaves out comes from the country's: the emergency number and abuse helplines.
    assert california.emergency_number == "911"
    assert "1-800-799-7233" in crisis_message(california, ("abuse",))
    assert "1-888-373-7888" in crisis_message(california, ("abuse", "exploitation"))
    assert resources_for("en-US-TX", table).region == "US"
    assert resources_for("en-US", table).region == "US"
    assert resources_for("pt-BR", table).region == "INTL"


def test_a_country_entry_from_settings_replaces_the_built_in_one() -> None:
    settings = SafetySettings(
        crisis_resources={
            "PT": {
                "lines": ["SNS 24: 808 24 24 24"],
                "emergency_number": "112",
                "abuse_lines": "X",
                "exploitation_lines": ["Y"],
                "sexual_abuse_lines": ["Z"],
                "debt_lines": ["D"],
            }
        }
    )
    assert crisis_resources(settings)["PT"] == CrisisResources(
        "PT", ("SNS 24: 808 24 24 24",), "112", ("X",), ("Y",), sexual_abuse_lines=("Z",), debt_lines=("D",)
    )
    assert "Z" in crisis_message(crisis_resources(settings)["PT"], ("abuse", "sexual_abuse"))
    assert "- D" in crisis_message(crisis_resources(settings)["PT"], ("debt",))
    assert crisis_resources(settings)["US"] == DEFAULT_RESOURCES["US"]


def test_abuse_and_exploitation_helplines_of_ireland_australia_and_canada() -> None:
    assert "1800 341 900" in crisis_message(resources_for("en-IE"), ("abuse",))
    assert "1800 77 8888" in crisis_message(resources_for("en-IE"), ("abuse", "sexual_abuse"))
    assert "1800 77 8888" not in crisis_message(resources_for("en-IE"), ("abuse",))
    assert "1800 737 732" in crisis_message(resources_for("en-AU"), ("abuse",))
    canada = crisis_message(resources_for("en-CA"), ("abuse", "exploitation"))
    assert "1-833-900-1010" in canada
    assert "988" in canada  # no national abuse line: the general one stands beside it


def test_a_young_person_gets_the_youth_helpline_first_for_abuse_and_after_the_crisis_lines() -> None:
    us = resources_for("en-US")
    abuse = crisis_message(us, ("abuse",), minor=True)
    assert abuse.index("1-800-422-4453") < abuse.index("1-800-799-7233")
    crisis = crisis_message(us, ("self_harm",), minor=True)
    assert crisis.index("988") < crisis.index("1-800-422-4453")
    assert "1-800-422-4453" not in crisis_message(us, ("abuse",))  # an adult's message has no youth line
    assert "0800 1111" in crisis_message(resources_for("en-GB"), ("abuse",), minor=True)
    assert "686868" in crisis_message(resources_for("en-CA"), ("abuse",), minor=True)


def test_a_spanish_speaker_in_the_us_gets_988s_spanish_option_first() -> None:
    spanish = crisis_message(resources_for("es-US"))
    assert spanish.index("AYUDA") < spanish.index("741741")
    assert "oprima el 2" in spanish
    assert "AYUDA" not in crisis_message(resources_for("en-US"))
    assert "AYUDA" not in crisis_message(resources_for("es-MX"))  # no Mexican entry: the international one
    # a state's entry keeps its country's lines in the language, and settings may add a language's lines
    settings = SafetySettings(
        crisis_resources={"us-ca": {"lines": ["A California line"]}, "ca-qc": {"language_lines": {"FR": ["Ligne"]}}}
    )
    table = crisis_resources(settings)
    assert "AYUDA" in crisis_message(resources_for("es-US-CA", table))
    quebec = crisis_message(resources_for("fr-CA-QC", table))
    assert quebec.index("Ligne") < quebec.index("988")  # the province's French line, then the country's lines
    assert "Ligne" not in crisis_message(resources_for("en-CA-QC", table))


def test_someone_about_to_act_is_asked_to_call_the_emergency_number_first() -> None:
    """Pills taken or standing at the edge: the emergency number comes before the lines, and what to tell them."""
    now = crisis_message(resources_for("en-GB"), ("self_harm",), imminent=True)
    assert now.index("999") < now.index("116 123")
    assert "taken something" in now
    later = crisis_message(resources_for("en-GB"), ("self_harm",))
    assert later.index("116 123") < later.index("999")
    # a friend in danger or abuse told keep their own messages, which name the emergency number for danger now
    assert "looking out for them" in crisis_message(resources_for("en-GB"), ("someone_at_risk",), imminent=True)
