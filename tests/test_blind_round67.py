"""Blind round 67, class H: the value customers hold in a service said to be safe.

A reassurance that what customers hold is kept ("gift card balances are safe", "points will
not be lost", "customers' money is safe") says the value is kept, not that the service works:
a service told down stays down and no restoration claim is read from it; a service really back
is restored, personal data said safe is data not compromised.

H1  department store gift cards rejected, quoted "Gift card balances are safe" -> gift_cards
    disrupted, no restored claim
H2  airline frequent flyer scheme down, reported "points balances were secure and would be
    honoured" -> loyalty_program disrupted, no restored claim
H3  bank app outage, headline and quote "Customers' money is safe" -> mobile_app disrupted, no
    restored claim
H4  building society app down, headline "Savings and deposits remain safe" -> mobile_app
    disrupted, no restored claim
H5  coffee chain app taken offline, "Stamps and rewards will not be lost" -> mobile_app
    suspended, no restored claim
H6  council prepaid cards failing, "money loaded onto the cards remained safe" -> card_payments
    disrupted, no restored claim
H7  department store suspends gift cards and credit notes, "Your credit is secure" -> gift_cards
    suspended, no restored claim
H8  supermarket loyalty scheme down, list "points, vouchers and gift card balances all remained
    safe" -> loyalty_program disrupted, no restored claim
H9  payments app knocked offline, "Your money will not be lost" -> mobile_app disrupted, no
    restored claim
H10 bank card payments failing, lede "customers' deposits were safe" -> card_payments disrupted,
    no restored claim
H11 credit union shuts website after attack, "savings are secure ... nothing will be lost" ->
    website suspended, no restored claim
H12 guard: gift cards can be used again, balances "safe throughout" -> gift_cards restored with
    a restored claim
H13 guard: loyalty scheme down, "personal information is secure and card details are safe" ->
    data_compromised False
H14 guard: bank app down, money safe, "card payments were working normally" -> card_payments
    unaffected, mobile_app disrupted
H15 guard: "unable to check their gift card balances or spend their cards" -> gift_cards disrupted
H16 guard: bank app "is working again", money "safe throughout" -> mobile_app restored with a
    restored claim

On the first run (the committed code at b759852; the working tree held no edits but this
file), 11 of 16 cases passed: H2-H6, H10-H12 and H14-H16. No case was corrected after it.
Missed: H1 and H7 (the gift cards read as restored from "Gift card balances are safe" and
"Every penny on your gift card or credit note is safe"); H8, H9 and H13 (no incident at all:
"Dunmara" and "Quokka Pay" were never found as organisations, and Garrick & Webb, found, was
never tied to the IT failure that "took its rewards scheme offline").

After round 67's rule (a safety word closing an unaffected cue whose subject's head is a
holding, after the service's mention or before it with "on", "in" or "of", gives the service
no state): 13 of 16. Left: H8, H9 and H13, whose victims are not found.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _not_back(service: str) -> list[tuple[Any, str]]:
    return [(service, "restored"), (service, "partially_restored"), (None, "restored")]


H_CASES = [
    pytest.param(
        _article(
            "Harwood & Lyle gift cards rejected after cyber attack",
            "Shoppers at Harwood & Lyle have been unable to use gift cards since Saturday after a "
            "cyber attack hit the department store chain's systems.",
            "Gift cards and e-gift cards are being rejected at tills and on the retailer's "
            "website, customers said. The chain, which has 34 stores across England and Wales, "
            "said it had called in outside experts to investigate.",
            '"Gift card balances are safe," a Harwood & Lyle spokesperson said. "We are sorry '
            'for the inconvenience and we are doing everything we can to resolve the issue."',
            "Stores remain open and are accepting other forms of payment.",
        ),
        "2025-03-17",
        {
            "statuses": {"Harwood & Lyle": {"gift_cards": "disrupted"}},
            "no_claims": {"Harwood & Lyle": _not_back("gift_cards")},
        },
        id="H1",
    ),
    pytest.param(
        _article(
            "Kestrel Airways frequent flyer members locked out after IT failure",
            "Members of Kestrel Airways' frequent flyer scheme have been unable to log in to "
            "their accounts or book reward flights since Wednesday after an IT failure at the "
            "Irish airline.",
            "The scheme, which has around 1.2 million members, has now been down for three days. "
            "Members trying to redeem points on the airline's website have been shown an error "
            "message.",
            "The airline said members' points balances were secure and would be honoured in "
            "full. It said the fault was not the result of a cyber attack and that flights were "
            "operating as normal.",
            "A spokeswoman said engineers were still working on the problem.",
        ),
        "2025-05-09",
        {
            "statuses": {"Kestrel Airways": {"loyalty_program": "disrupted"}},
            "no_claims": {"Kestrel Airways": _not_back("loyalty_program")},
        },
        id="H2",
    ),
    pytest.param(
        _article(
            "Lisheen Bank app outage: 'Customers' money is safe'",
            "Customers of Lisheen Bank have been unable to use its mobile banking app since "
            "early on Monday morning after a technical fault.",
            "Thousands of people reported problems logging in, and some said they could not "
            "pay bills. The outage is the third to hit the Dublin lender this year.",
            'In a statement on Monday afternoon, the bank said: "We know how frustrating this '
            "is. Customers' money is safe, and we are working hard to fix the problem.\"",
            "Card payments and ATMs are not affected, the bank added.",
        ),
        "2025-02-03",
        {
            "statuses": {"Lisheen Bank": {"mobile_app": "disrupted"}},
            "no_claims": {"Lisheen Bank": _not_back("mobile_app")},
        },
        id="H3",
    ),
    pytest.param(
        _article(
            "Savings and deposits remain safe, says Northmere Building Society as app outage "
            "drags on",
            "Northmere Building Society's app has been down for a second day, leaving members "
            "unable to log in or move money.",
            "The society's app stopped working on Tuesday morning following what it described "
            "as a problem with a software update. Members said its website had also been slow.",
            "In a post on its website, the Leeds society said savings and deposits were safe and "
            "that no member would be left out of pocket.",
            "Branches are open as usual, and members can still carry out transactions over the "
            "counter.",
        ),
        "2025-06-11",
        {
            "statuses": {"Northmere Building Society": {"mobile_app": "disrupted"}},
            "no_claims": {"Northmere Building Society": _not_back("mobile_app")},
        },
        id="H4",
    ),
    pytest.param(
        _article(
            "Corella Coffee pulls app after cyber attack",
            "Australian coffee chain Corella Coffee has taken its mobile app offline after "
            "detecting a cyber attack on its systems.",
            "The app, which customers use to order ahead, pay and collect loyalty stamps, was "
            "switched off on Thursday night as a precaution.",
            '"Stamps and rewards will not be lost," the Brisbane chain said in an email to '
            'customers. "Any stamps you have collected are stored safely."',
            "Corella Coffee's 120 cafes are trading as normal and accepting card and cash "
            "payments.",
        ),
        "2025-08-23",
        {
            "statuses": {"Corella Coffee": {"mobile_app": "suspended"}},
            "no_claims": {"Corella Coffee": _not_back("mobile_app")},
        },
        id="H5",
    ),
    pytest.param(
        _article(
            "Families' support cards declined at tills after council IT failure",
            "Families who receive help through Ashcombe Borough Council's household support "
            "scheme have been unable to use their prepaid payment cards in shops since Thursday.",
            "The council said an IT failure had stopped card payments with the cards from going "
            "through. Several parents said they had been turned away at supermarket checkouts.",
            "A council spokesman said the money loaded onto the cards remained safe and that "
            "every family would receive its full entitlement.",
            "Ashcombe Borough Council issues the cards to about 4,000 households to help with the "
            "cost of food and energy.",
        ),
        "2025-01-18",
        {
            "statuses": {"Ashcombe Borough Council": {"card_payments": "disrupted"}},
            "no_claims": {"Ashcombe Borough Council": _not_back("card_payments")},
        },
        id="H6",
    ),
    pytest.param(
        _article(
            "Pemberton's suspends gift cards and credit notes after cyber incident",
            "Customers trying to spend gift cards at Pemberton's on Monday morning were turned "
            "away at tills, according to posts on social media.",
            "The family-owned department store group later said it had suspended the use of gift "
            "cards and credit notes across its 12 stores while it investigated suspicious "
            "activity on its network.",
            '"Your credit is secure," Pemberton\'s told customers in a message on its Facebook '
            'page. "Every penny on your gift card or credit note is safe."',
            "The stores remain open and all other payments are being taken as normal.",
        ),
        "2025-10-14",
        {
            "statuses": {"Pemberton's": {"gift_cards": "suspended"}},
            "no_claims": {"Pemberton's": _not_back("gift_cards")},
        },
        id="H7",
    ),
    pytest.param(
        _article(
            "Dunmara Rewards outage: supermarket says points are safe",
            "Members of Dunmara's loyalty scheme have been unable to collect or redeem points "
            "since Sunday after a technical problem at the Irish supermarket chain.",
            "Shoppers said their Dunmara Rewards cards were not being recognised at checkouts.",
            "Dunmara said in a statement that points, vouchers and gift card balances all "
            "remained safe. It apologised to members for the inconvenience.",
            "The chain, which has 78 stores, said shopping and payments in store were not "
            "affected.",
        ),
        "2025-09-02",
        {
            "statuses": {"Dunmara": {"loyalty_program": "disrupted"}},
            "no_claims": {"Dunmara": _not_back("loyalty_program")},
        },
        id="H8",
    ),
    pytest.param(
        _article(
            "Quokka Pay users unable to send money as outage hits app",
            "Users of payments app Quokka Pay have been unable to send money or pay bills since "
            "Tuesday morning after an outage at the Melbourne fintech.",
            "The company said a problem with a database upgrade had knocked its app and website "
            "offline. Users who tried to log in were shown a blank screen.",
            '"Your money will not be lost," chief executive Dana Whitfield said in a video posted '
            'to social media. "Every dollar in every account is exactly where it should be."',
            "Quokka Pay has about 400,000 users across Australia.",
        ),
        "2025-04-30",
        {
            "statuses": {"Quokka Pay": {"mobile_app": "disrupted"}},
            "no_claims": {"Quokka Pay": _not_back("mobile_app")},
        },
        id="H9",
    ),
    pytest.param(
        _article(
            "Calloway Savings Bank card payments fail for second day",
            "Calloway Savings Bank said on Friday that customers' deposits were safe, as a "
            "systems failure left its debit cards declined at stores and gas stations for a "
            "second day.",
            "The Ohio bank said card payments had been failing since Thursday afternoon because "
            "of a problem at its data center. Customers also reported long waits on its customer "
            "service line.",
            "The bank has about 60 branches in Ohio and Indiana. It said branches and ATMs were "
            "open and that customers could withdraw cash.",
        ),
        "2025-07-25",
        {
            "statuses": {"Calloway Savings Bank": {"card_payments": "disrupted"}},
            "no_claims": {"Calloway Savings Bank": _not_back("card_payments")},
        },
        id="H10",
    ),
    pytest.param(
        _article(
            "Ballinmore Credit Union shuts website after cyber attack",
            "Ballinmore Credit Union has shut down its website and online account services after "
            "a cyber attack, the Co Mayo lender has confirmed.",
            "Members have been unable to log in or apply for loans online since the attack was "
            "detected on Wednesday evening. The credit union said it had reported the incident "
            "to the Central Bank of Ireland.",
            '"I want to reassure members that their savings are secure," manager Declan Moran '
            'said. "Your shares and loans are recorded safely and nothing will be lost."',
            "Its office on Main Street is open during normal hours.",
        ),
        "2025-11-21",
        {
            "statuses": {"Ballinmore Credit Union": {"website": "suspended"}},
            "no_claims": {"Ballinmore Credit Union": _not_back("website")},
        },
        id="H11",
    ),
    pytest.param(
        _article(
            "Gift cards working again at Hollis Coffee after payment glitch",
            "Gift cards can be used again at Hollis Coffee, the chain said on Tuesday, after a "
            "fault with its payment processor stopped them working for most of the weekend.",
            "Customers had been unable to pay with gift cards or top them up in its 85 coffee "
            "shops since Friday evening.",
            "Hollis Coffee said gift card balances had been safe throughout and apologised to "
            "customers for the disruption.",
        ),
        "2025-12-09",
        {
            "statuses": {"Hollis Coffee": {"gift_cards": "restored"}},
            "claims": {"Hollis Coffee": [("gift_cards", "restored")]},
        },
        id="H12",
    ),
    pytest.param(
        _article(
            "Garrick & Webb rewards scheme down, but card details 'safe'",
            "Garrick & Webb, the home improvement retailer, says customers' card details are safe "
            "after an IT failure took its rewards scheme offline.",
            "Members have not been able to collect or spend points in stores or online since "
            "Monday.",
            '"This was a technical fault, not a cyber attack," a spokesperson said. "Customers\' '
            'personal information is secure and their card details are safe."',
            "The retailer's 200 stores are open as normal.",
        ),
        "2025-03-05",
        {
            "data_compromised": {"Garrick & Webb": False},
        },
        id="H13",
    ),
    pytest.param(
        _article(
            "Harbourline Bank app crashes as customers told money is safe",
            "Customers of Harbourline Bank were unable to log in to its app for much of Wednesday "
            "after a technical problem with the Sydney lender's systems.",
            "The bank said customers' money was safe. It said card payments were working "
            "normally and customers could still use ATMs.",
            "Harbourline Bank has about 900,000 customers across New South Wales and Queensland.",
        ),
        "2025-05-22",
        {
            "statuses": {
                "Harbourline Bank": {"mobile_app": "disrupted", "card_payments": "unaffected"}
            },
        },
        id="H14",
    ),
    pytest.param(
        _article(
            "Ormond & Vale gift card holders unable to check balances",
            "Customers of Ormond & Vale have been unable to check their gift card balances or "
            "spend their cards since the fashion retailer was hit by a cyber attack last week.",
            "The gift card balance checker on the retailer's website has been unavailable since "
            "Thursday, and staff in stores have been unable to look up balances.",
            "Ormond & Vale said it was investigating with the help of cyber security specialists.",
        ),
        "2025-10-01",
        {
            "statuses": {"Ormond & Vale": {"gift_cards": "disrupted"}},
            "no_claims": {"Ormond & Vale": _not_back("gift_cards")},
        },
        id="H15",
    ),
    pytest.param(
        _article(
            "Carrow Bank app back after outage",
            "Carrow Bank's mobile app is working again after an outage that left customers "
            "unable to make payments for almost 12 hours.",
            "The app went down at about 7am on Thursday and was restored just before 7pm, the "
            "bank said.",
            '"Customers\' money was safe throughout, and we apologise for the disruption," a '
            "spokesman said.",
        ),
        "2025-02-28",
        {
            "statuses": {"Carrow Bank": {"mobile_app": "restored"}},
            "claims": {"Carrow Bank": [("mobile_app", "restored")]},
        },
        id="H16",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "H8": "no incident: 'Dunmara' (named in a possessive and in its scheme's brand) not found",
    "H9": "no incident: 'Quokka Pay' (after 'payments app') not found",
    "H13": "no incident: Garrick & Webb not tied to 'an IT failure took its rewards scheme "
    "offline'",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(H_CASES, KNOWN_MISSES))
def test_class_h_held_value_said_safe(text: str, published: str, expect: dict[str, Any]) -> None:
    record = run(text, published)
    check_expectations(record, expect)
