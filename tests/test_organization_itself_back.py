"""A return told of the organisation itself is a general claim (issue 13, claims): 'It expects
to be operating normally again by Friday', 'The trust is back to normal', '"We are fully
operational again"'. The subject is a pronoun for the organisation, an anaphora ('the
company', 'the council') or its name, with only verbs and adverbs before the return; no
service is named in the clause. Not a return of something else ('expects prices to return to
normal'), nor a return to what is no service ('returned to profit'). The return of those it
serves ('expects all affected clients back to normal') is all of its business too. Every
sentence here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

LEAD = (
    "Quarrington Haulage hit by ransomware\n\n"
    "Quarrington Haulage, a Midlands road freight firm, said on Tuesday that a ransomware "
    "attack had forced it to shut down its computer systems. "
)


def _claims(extract: Extract, sentence: str) -> list[tuple[Any, str]]:
    incident = incident_of(extract(LEAD + sentence, "2025-10-09"), "Quarrington Haulage")
    return [(c["service"], c["status"]) for c in incident["restoration_claims"]]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The firm is back to normal, a director said on Thursday.", "restored"),
        ("It returned to normal on Wednesday afternoon.", "restored"),
        ('"We are fully operational again," the managing director said.', "restored"),
        ("Quarrington Haulage was operating normally by Wednesday evening.", "restored"),
        (
            "It expects to be running normally again by the end of next week.",
            "restoration_expected",
        ),
        ("The company hopes to be back to normal within a fortnight.", "restoration_expected"),
        ('"We aim to be fully operational by Monday," the company said.', "restoration_expected"),
    ],
)
def test_a_return_of_the_organisation_itself_is_a_general_claim(
    extract: Extract, sentence: str, status: str
) -> None:
    assert (None, status) in _claims(extract, sentence)


def test_a_return_of_its_business_is_a_general_claim(extract: Extract) -> None:
    # a possessive before the whole activity leaves it the whole
    assert (None, "restored") in _claims(extract, "It resumed its business on Monday.")


def test_it_after_its_own_report_is_the_organisation(extract: Extract) -> None:
    for sentence in (
        "The company said it was operating normally again by Thursday.",
        "A spokesperson said that it was back to normal.",
    ):
        assert (None, "restored") in _claims(extract, sentence)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("It resumed trading at its depots on Wednesday morning.", "restored"),
        ("The haulier hopes to resume full operations next week.", "restoration_expected"),
        (
            "Quarrington Haulage expects to restart production at its workshop by Friday.",
            "restoration_expected",
        ),
        # the plants or lines that make what it makes are the whole of it
        ("The company said it planned to restart all lines on Wednesday.", "restoration_expected"),
        ("It reopened two of its three plants on Thursday.", "partially_restored"),
    ],
)
def test_the_whole_of_what_it_does_as_object_is_a_general_claim(
    extract: Extract, sentence: str, status: str
) -> None:
    assert (None, status) in _claims(extract, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the object is what comes back
        "It expects to restore access to its booking portal by Friday.",
        "The company has recovered most of the money it lost.",
        # a return to what is no service
        "The company returned to profit last year after two difficult years.",
        # the return is something else's, whatever the organisation expects
        "It expects fuel prices to return to normal by the spring.",
        # an effort is no claim
        "It is working hard to return to normal as quickly as possible.",
        # a return to a state that is no service, after a preposition
        "The company is back in profit after two difficult years.",
        "The haulier was back in the headlines last spring for a different reason.",
        # a gerund is the object: the activity resumed is not all it does
        "It resumed hiring drivers in the spring.",
        "The firm resumed paying dividends to its shareholders in 2023.",
        # the whole activity with an object of its own is a part of it
        "It restarted production of its electric trailers in 2019.",
        "The firm resumed trading in its shares on Thursday.",
        # 'it' in another's words: not the organisation's claim
        "Analysts doubt it will be back to normal before Christmas.",
        "It denied that it was back to normal.",
    ],
)
def test_no_general_claim_from_a_return_of_something_else(extract: Extract, sentence: str) -> None:
    assert all(service is not None for service, _ in _claims(extract, sentence))


def test_a_pronoun_for_a_service_claims_the_service(extract: Extract) -> None:
    # 'it' after a sentence naming a service is the service, not the organisation
    claims = _claims(
        extract,
        "Its online booking portal went down on Tuesday. It was back online on Thursday.",
    )
    assert ("online_orders", "restored") in claims or ("website", "restored") in claims
    assert (None, "restored") not in claims


PROVIDER_LEAD = (
    "Ferncliff Payroll hit by ransomware\n\n"
    "Ferncliff Payroll, which runs payroll software for about 900 small firms, said on Monday "
    "that a ransomware attack had knocked its hosted platform offline. "
)


def _provider_claims(extract: Extract, sentence: str) -> list[tuple[Any, str]]:
    incident = incident_of(extract(PROVIDER_LEAD + sentence, "2025-10-09"), "Ferncliff Payroll")
    return [(c["service"], c["status"]) for c in incident["restoration_claims"]]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The company said it expected to have all affected clients back to normal by Friday.",
            "restoration_expected",
        ),
        (
            '"We expect most affected customers to be fully operational by the end of next '
            'week," a spokesperson said.',
            "restoration_expected",
        ),
        (
            "Ferncliff said on Thursday that most of its customers were back online.",
            "partially_restored",
        ),
        (
            "All of its clients were back up and running by Wednesday evening, the firm said.",
            "restored",
        ),
        # verbs and adverbs may stand between them and the return, as for the organisation
        ('"All of our clients are now back to normal," the managing director said.', "restored"),
        (
            "The firm expects every affected client to be back online by Monday.",
            "restoration_expected",
        ),
        # the first of them are some of them
        ("The first clients were back online on Tuesday, the firm said.", "partially_restored"),
    ],
)
def test_those_it_serves_back_in_service_is_a_general_claim(
    extract: Extract, sentence: str, status: str
) -> None:
    # a provider's return is told of the clients it serves: all of its business is back
    assert (None, status) in _provider_claims(extract, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # customers come back to a place, or are won back: no service returned
        "Shoppers at its clients' stores were back in the aisles on Saturday.",
        "The firm is now trying to win customers back with a month of free service.",
        "Customers were back to their old habits within a week, analysts said.",
        # an outside voice's guess, and a noun after a preposition, which is no subject
        "An analyst at Brookfield Research said most of its clients would probably be back "
        "online within a month.",
        "Uploads from its larger clients had resumed on Thursday, the firm said.",
    ],
)
def test_customers_returning_as_people_is_no_claim(extract: Extract, sentence: str) -> None:
    assert (None, "restored") not in _provider_claims(extract, sentence)
