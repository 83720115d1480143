"""A return that falls short is partial (issue 13, statuses and claims): the clause after a
contrast word denies its fullness ('though not yet at full capacity'), limits it ('but on a
reduced range') or tells trouble for the rest ('but customers elsewhere face delays'), and a
return 'for urgent calls only' is limited too. A clause that denies trouble, tells what may or
will be, or limits something else with its own verb leaves the return whole. Every sentence
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEAD = (
    "Pellow Home Stores recovering from cyber attack\n\n"
    "Pellow Home Stores was hit by a cyber attack last week, the homeware chain said. "
)


def _reading(extract: Extract, sentence: str) -> tuple[dict[str, str], list[tuple[Any, str]]]:
    incident = incident_of(extract(LEAD + sentence, "2025-09-12"), "Pellow Home Stores")
    claims = [(c["service"], c["status"]) for c in incident["restoration_claims"]]
    return statuses(incident), claims


def _assert_read_as(extract: Extract, sentence: str, service: str, status: str) -> None:
    found, claims = _reading(extract, sentence)
    assert found.get(service) == status
    assert (service, status) in claims


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # a fullness denied
        (
            "Its distribution centres are dispatching again, though not yet at full capacity.",
            "stock_and_supply",
        ),
        ("The online shop is back up, but not every product can be bought yet.", "online_orders"),
        (
            "Its mobile app was restored on Thursday, although not all its features are working.",
            "mobile_app",
        ),
        # a limit told of the return itself
        ("Click and collect has restarted, but on a reduced list of items.", "click_and_collect"),
        ("Home delivery is running again, though only partially.", "home_delivery"),
        # a part of the service as the limit's subject
        (
            "Home delivery has restarted, although many parcels are only partly packed.",
            "home_delivery",
        ),
        # trouble for the rest
        (
            "Card payments have resumed in its Cornish stores, but shoppers elsewhere face "
            "cash-only tills.",
            "card_payments",
        ),
        (
            "Click and collect is available again at its larger branches, but the rest of its "
            "shops face delays.",
            "click_and_collect",
        ),
        (
            "Deliveries restarted in Devon on Monday, while the remaining regions are suspended.",
            "home_delivery",
        ),
        # a postposed 'only' after 'for'
        (
            "Its customer helpline reopened on Wednesday for order enquiries only.",
            "customer_service",
        ),
        ("Its online shop is back for customers in the UK only.", "online_orders"),
        # the rest denied the return with no verb, or told unable to use it
        (
            "Card payments are working again in its Scottish stores, but not elsewhere.",
            "card_payments",
        ),
        (
            "Card payments have resumed in Cornwall, but shoppers elsewhere cannot pay by card.",
            "card_payments",
        ),
        ("Its online shop has reopened, but with a reduced range of products.", "online_orders"),
    ],
)
def test_a_return_that_falls_short_is_partial(
    extract: Extract, sentence: str, service: str
) -> None:
    _assert_read_as(extract, sentence, service, "partially_restored")


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # a denial of trouble says less was ever down, not that less came back
        ("Its stores have all reopened, although not all of them had been affected.", "stores"),
        # what may or will be is no shortfall of the return told now
        (
            "The website is back online, but the backlog won't fully clear until next month.",
            "website",
        ),
        (
            "Home delivery is running again, although some bulky orders could take a few days "
            "longer.",
            "home_delivery",
        ),
        # a limit of something that has its own verb
        ("The website is back online, although the gift registry remains limited.", "website"),
        # trouble that is not the rest's
        ("Click and collect has resumed, but staff face a backlog of orders.", "click_and_collect"),
        (
            "Card payments are working again, but other retailers using the same provider face "
            "delays.",
            "card_payments",
        ),
        # a fullness or a part denied of another subject with its own verb
        (
            "Card payments have resumed, but the investigation is not yet complete.",
            "card_payments",
        ),
        (
            "The online shop is back, though its share price has only partly recovered.",
            "online_orders",
        ),
        # 'reduced' told of what is no part of the return
        ("Its customer helpline has reopened, with reduced waiting times.", "customer_service"),
    ],
)
def test_a_clause_that_limits_nothing_leaves_the_return_whole(
    extract: Extract, sentence: str, service: str
) -> None:
    _assert_read_as(extract, sentence, service, "restored")


def test_yet_as_an_adverb_opens_no_clause(extract: Extract) -> None:
    # 'yet' at the close of a clause is the adverb, not 'but': the clause it sits in still
    # belongs to the denial of fullness before it
    found, _ = _reading(
        extract, "The online shop has returned, but not all payment options are offered yet."
    )
    assert found.get("online_orders") == "partially_restored"


def test_the_first_to_be_shut_is_no_part_of_a_return(extract) -> None:
    record = extract(
        "Harlow & Finch website back\n\nHarlow & Finch said its website was back on Monday, a "
        "week after a cyber attack. "
        "Click and collect, which was among the first services to be switched off, also came "
        "back on Monday, though shops could accept only cash for the first two days.",
        published="2025-05-14",
    )
    claims = {(c["service"], c["status"]) for c in record["incidents"][0]["restoration_claims"]}
    assert ("click_and_collect", "restored") in claims
