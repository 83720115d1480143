"""The closed vocabularies of the incident record, defined once.

Everything else (the JSON Schema, the lexicon validator, the evaluator) reads
these enums, so adding a service key or a status happens here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum


class Service(StrEnum):
    ONLINE_ORDERS = "online_orders"
    WEBSITE = "website"
    MOBILE_APP = "mobile_app"
    CONTACTLESS_PAYMENTS = "contactless_payments"
    CARD_PAYMENTS = "card_payments"
    CLICK_AND_COLLECT = "click_and_collect"
    GIFT_CARDS = "gift_cards"
    STOCK_AND_SUPPLY = "stock_and_supply"
    HOME_DELIVERY = "home_delivery"
    STORES = "stores"
    CUSTOMER_DATA = "customer_data"
    EMPLOYEE_DATA = "employee_data"
    LOYALTY_PROGRAM = "loyalty_program"
    CUSTOMER_SERVICE = "customer_service"
    INTERNAL_SYSTEMS = "internal_systems"
    PHARMACY = "pharmacy"
    RETURNS_REFUNDS = "returns_refunds"


DATA_SERVICES = frozenset({Service.CUSTOMER_DATA, Service.EMPLOYEE_DATA})


class Status(StrEnum):
    DISRUPTED = "disrupted"
    SUSPENDED = "suspended"
    PARTIALLY_RESTORED = "partially_restored"
    RESTORED = "restored"
    RESTORATION_EXPECTED = "restoration_expected"
    UNAFFECTED = "unaffected"
    COMPROMISED = "compromised"


CLAIM_STATUSES = frozenset(
    {Status.RESTORED, Status.PARTIALLY_RESTORED, Status.RESTORATION_EXPECTED}
)
DOWN_STATUSES = frozenset({Status.DISRUPTED, Status.SUSPENDED})  # a service not working
RETURN_STATUSES = frozenset({Status.RESTORED, Status.PARTIALLY_RESTORED})  # back, all or part
WORKING_STATUSES = frozenset({Status.RESTORED, Status.UNAFFECTED})
# The cue labels of rules/cues.json that state a service's status, and the status each states.
STATUS_BY_CUE = {
    "disrupted": Status.DISRUPTED,
    "suspended": Status.SUSPENDED,
    "restored": Status.RESTORED,
    "unaffected": Status.UNAFFECTED,
    "compromised": Status.COMPROMISED,
}
CUE_BY_STATUS = {status: label for label, status in STATUS_BY_CUE.items()}


class DateRole(StrEnum):
    PUBLISHED = "published"
    INCIDENT_START = "incident_start"
    DISCLOSURE = "disclosure"
    SERVICE_SUSPENDED = "service_suspended"
    RESTORATION = "restoration"
    RESTORATION_EXPECTED = "restoration_expected"
    OTHER = "other"


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class IncidentType(StrEnum):
    CYBER_ATTACK = "cyber_attack"
    RANSOMWARE = "ransomware"
    DATA_BREACH = "data_breach"
    SOCIAL_ENGINEERING = "social_engineering"
    THIRD_PARTY = "third_party"
    TECHNICAL_OUTAGE = "technical_outage"


# A kind of attack is an attack: the contract lists the general type with the specific one.
IMPLIED_TYPES: dict[IncidentType, IncidentType] = {
    IncidentType.RANSOMWARE: IncidentType.CYBER_ATTACK,
    IncidentType.SOCIAL_ENGINEERING: IncidentType.CYBER_ATTACK,
}


def close_types(types: Iterable[str]) -> set[str]:
    """The type values with every type they imply."""
    given = {str(t) for t in types}  # gold files may hold values outside the enum
    implied = {kind.value: general.value for kind, general in IMPLIED_TYPES.items()}
    return given | {implied[t] for t in given if t in implied}


class Role(StrEnum):
    PRIMARY = "primary"
    RELATED = "related"


class PublishedFrom(StrEnum):
    OPTION = "option"
    TEXT = "text"
    METADATA = "metadata"


SCHEMA_VERSION = "1"


class Tense(IntEnum):
    """When a clause places its statement, in story order: a recap in the pluperfect
    ("had been suspended") happened before a past event, and a past event before what
    the story says holds now ("remains suspended", "is back", "has returned")."""

    PLUPERFECT = 0
    PAST = 1
    UNMARKED = 2  # no finite verb: "Card payments back after outage"
    PRESENT = 3
