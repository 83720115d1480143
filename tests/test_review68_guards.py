"""Guards from the review of round 68 (6064b90..23a0a89): the reviewer's own articles, each a
misfire or a miss of the round's rules that the reviewed commit had. Each pins the whole
outcome the mended rules give (names, services, claims), not only the part that broke."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _summary(record: dict[str, Any]) -> dict[str, tuple[list[str], list[str]]]:
    """Each incident's services and claims, as 'service=status' and 'service:status[scope]'."""
    return {
        incident["organization"]["name"]: (
            sorted(f"{s['service']}={s['status']}" for s in incident["services"]),
            sorted(
                f"{c['service']}:{c['status']}" + (f"[{c['scope']}]" if c["scope"] else "")
                for c in incident["restoration_claims"]
            ),
        )
        for incident in record["incidents"]
    }


KERNICK = (
    "Ransomware attack on Kernick IT hits clients",
    "A ransomware attack on Kernick IT, which runs computer systems for small firms in "
    "Cornwall, has disrupted dozens of businesses.",
)
PINMARSH = (
    "Ransomware attack on Pinmarsh disrupts venues",
    "A ransomware attack on Pinmarsh, which supplies point-of-sale software to pubs and cafes, "
    "has disrupted hundreds of venues.",
)
TOLLAND = (
    "Tolland Savings app outage",
    "Tolland Savings said an IT failure on Monday knocked out its mobile app.",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _article(
                KERNICK[0],
                KERNICK[1] + " Mevagissey Mills said the attack did not affect its shops but had "
                "encrypted its warehouse systems, leaving it unable to send out orders.",
            ),
            {
                "Kernick IT": ([], []),
                "Mevagissey Mills": (["stock_and_supply=disrupted", "stores=unaffected"], []),
            },
            id="denial-then-its-own-systems-hit",
        ),
        pytest.param(
            _article(
                KERNICK[0],
                KERNICK[1] + " Mevagissey Mills said the incident had no impact on its shops, "
                "although its online orders were suspended for three days.",
            ),
            {
                "Kernick IT": ([], []),
                "Mevagissey Mills": (["online_orders=suspended", "stores=unaffected"], []),
            },
            id="no-impact-although-a-service-suspended",
        ),
        pytest.param(
            _article(
                "Ransomware at Cornish dairy",
                "Polgooth Dairies said the ransomware attack had not spread beyond its office "
                "network to its production sites, which were running normally. Invoices to "
                "customers will be sent late, it said.",
            ),
            {"Polgooth Dairies": ([], [])},
            id="not-spread-beyond-is-no-denial",
        ),
        pytest.param(
            _article(
                PINMARSH[0],
                PINMARSH[1] + " Among those affected was customer Brackley Taverns, which said its "
                "tills had been down since Tuesday. Pinmarsh said it was working to restore its "
                "systems.",
            ),
            {"Pinmarsh": ([], []), "Brackley Taverns": (["card_payments=disrupted"], [])},
            id="customer-in-a-clause-is-a-company",
        ),
        pytest.param(
            _article(
                PINMARSH[0],
                PINMARSH[1] + " Its owner Ashby Crane said the attack had also hit its own "
                "systems. Pinmarsh said it was working to restore its platform.",
            ),
            {"Pinmarsh": ([], []), "Ashby Crane": (["internal_systems=disrupted"], [])},
            id="its-owner-tagged-a-person-is-a-company",
        ),
        pytest.param(
            _article(
                "IT fault hits Lanreath Bank cash machines",
                "Lanreath Bank said an IT failure on Saturday had knocked out its cash machines "
                "across Wales. The dispensing of cash was halted at 300 machines until Sunday "
                "evening, the bank said. Card payments were not affected.",
            ),
            {"Lanreath Bank": (["card_payments=unaffected"], [])},
            id="dispensing-of-cash",
        ),
        pytest.param(
            _article(
                "Outage at Brewfield Coffee",
                "Brewfield Coffee said a software fault on Tuesday had knocked out its app and the "
                "tills in its cafes. Coffee dispensing was halted at its self-service kiosks in "
                "railway stations until Wednesday.",
            ),
            {"Brewfield Coffee": (["card_payments=disrupted", "mobile_app=disrupted"], [])},
            id="coffee-dispensing",
        ),
        pytest.param(
            _article(
                "Cyber attack hits Polwhele Energy",
                "Polwhele Energy said a cyber attack on Monday had knocked out its internal "
                "systems. Customer service advisers could not access customer accounts for two "
                "days, and callers were asked to ring back later. The supplier said its website "
                "was working normally.",
            ),
            {
                "Polwhele Energy": (
                    [
                        "customer_service=disrupted",
                        "internal_systems=disrupted",
                        "loyalty_program=disrupted",
                        "website=unaffected",
                    ],
                    [],
                )
            },
            id="own-advisers-are-the-service",
        ),
        pytest.param(
            _article(
                "IT failure hits Brannagh Pharmacy",
                "Brannagh Pharmacy said an IT failure on Monday had knocked out its dispensing "
                "systems. Prescriptions were being processed again in most of Scotland by "
                "Tuesday. The rest of the country should follow the manual process, it said.",
            ),
            {
                "Brannagh Pharmacy": (
                    ["pharmacy=partially_restored"],
                    ["pharmacy:partially_restored[most of]"],
                )
            },
            id="follow-with-an-object-is-no-return",
        ),
        pytest.param(
            _article(
                TOLLAND[0],
                TOLLAND[1] + " The app is working again for most customers, with the remaining "
                "customers expected to be contacted by letter.",
            ),
            {
                "Tolland Savings": (
                    ["mobile_app=partially_restored"],
                    ["mobile_app:partially_restored[for most customers]"],
                )
            },
            id="remaining-people-told-no-return",
        ),
        pytest.param(
            _article(
                "Card outage at Polruan Stores",
                "Polruan Stores said a fault on Monday stopped card payments in its shops. Card "
                "payments were working again in 12 of its 26 shops by Wednesday. The other 14 "
                "should follow by Friday.",
            ),
            {
                "Polruan Stores": (
                    ["card_payments=partially_restored"],
                    [
                        "card_payments:partially_restored[12 of its 26]",
                        "card_payments:restoration_expected",
                    ],
                )
            },
            id="the-rest-of-the-service-partly-back-not-of-the-shops",
        ),
        pytest.param(
            _article(
                TOLLAND[0],
                TOLLAND[1] + " The app is working again for most customers, and the rest should be "
                "reconnected by Friday.",
            ),
            {
                "Tolland Savings": (
                    ["mobile_app=partially_restored"],
                    [
                        "mobile_app:partially_restored[for most customers]",
                        "mobile_app:restoration_expected",
                    ],
                )
            },
            id="the-rests-promise-has-no-scope-of-the-part-back",
        ),
        pytest.param(
            _article(
                TOLLAND[0],
                TOLLAND[1] + " It was working again for most customers by Tuesday. The rest "
                "should follow by Friday, the bank said.",
            ),
            {
                "Tolland Savings": (
                    ["mobile_app=partially_restored"],
                    [
                        "mobile_app:partially_restored[for most customers]",
                        "mobile_app:restoration_expected",
                    ],
                )
            },
            id="the-rest-after-a-pronoun-told-partly-back",
        ),
        pytest.param(
            _article(
                "Dental practices cancel appointments after ransomware attack on Corvane",
                "Corvane, whose cloud-based scheduling software runs bookings for 3,400 dental "
                "practices, said a ransomware attack on Monday had taken its platform offline. "
                "Corvane said it was working to restore the platform.",
            ),
            {"Corvane": ([], [])},
            id="whose-hyphened-software",
        ),
    ],
)
def test_review68_guard(extract: Extract, text: str, expected: dict[str, Any]) -> None:
    assert _summary(extract(text, published=PUBLISHED)) == expected
