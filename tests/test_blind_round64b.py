"""Blind round 64b: acceptance cases written from the class descriptions and the contract alone.

Classes:

P. A city named on its own stands for the city government the story names, and a local paper's
   masthead line under the headline is no victim: one incident, the government's, primary.
   P1 ransomware at the City of Fresno, "the attack on Fresno", "Fresno's computers", masthead
   "Fresno Valley Herald | City Hall"; P2 the City of Spokane, "hackers who hit Spokane",
   "Spokane's computers", masthead "Spokane River Courier | Local Government"; P3 the City of
   Modesto, "the attack on Modesto", "Modesto's systems", masthead "Modesto Orchard Ledger |
   City Hall"; P4 Stockport Council, "the attack on Stockport", "Stockport's computers",
   masthead "Stockport Weekly Mercury | Council"; P5 the City of Lubbock, "the ransomware attack
   on Lubbock", "Lubbock's computers", masthead "Lubbock South Plains Sentinel | City Hall"; P6
   Plymouth City Council, "the attack on Plymouth", "Plymouth's computers", masthead "Plymouth
   Sound Gazette | Politics". Guards: ransomware at the Port of Stockton with Stockton named
   only as a place (P7: the port found, no "City of Stockton"); ransomware at Bakersfield
   Unified School District with Bakersfield only a place (P8: the district found, no "City of
   Bakersfield").
C. Cards told in use or refused are card payments: the bank's or processor's card_payments
   disrupted. "Customers of Colwinstone Bank were unable to use their cards" (C1); "Shoppers
   ... reported their cards being declined" in an outage at the processor Tanvale Payments
   (C2); Trenwith Building Society's "cards were rejected at tills" (C3); Yeolmbridge Bank
   customers "said their cards were refused in shops and at cash machines" (C4); an outage at
   Polgooth Card Services "left thousands of cardholders unable to use their cards" (C5);
   Tregonning Bank customers "said their cards had been declined at supermarket checkouts"
   (C6). Guards: after card-skimming malware on Kilburnie Outdoor's checkout, "customers can
   use their cards with confidence" and "it is safe to use your cards" (C7: card_payments not
   disrupted); a gift card fault at Carnkie Home Stores, "unable to use their gift cards" (C8:
   card_payments not disrupted).
L. A victim in a list of "other victims" that tells no kind of its own takes the story's kind
   of attack. In a ransomware story at Throstle Nest Plastics, "Other victims of the gang
   include Perranwell Logistics, Kelynack Dental Group and Hallam Bridge Housing Association"
   (L1: all three with ransomware); at Marsett Veterinary Group, "Other victims of the same
   group this year include Trewoon Foods and Hebblethwaite Haulage" (L2); at Oughtershaw
   Solicitors, "Other victims claimed by the gang include Bainbridge Mill Textiles and
   Kettlewick Print Works" (L3). Guard: in a ransomware story at Tanhouse Components, "Other
   victims of phishing scams this year include Pengersick Estates and Gweek College" (L4: both
   lack ransomware).
N. Data never stored where the trouble was was not taken: data_compromised not true. A cyber
   attack on Tregarthen Garden Centres' tills with "card details were never stored on the
   systems that were hit" (N1); Probus Cinemas' booking site attack with "payment data is not
   held in the affected systems" (N2); Trebarwith Leisure Clubs' attack with members' bank
   details "were never on the servers that were attacked" (N3). Guard: at Zelah Opticians
   "patient records stored on the affected servers were copied by the attackers" (N4:
   data_compromised true).

On the first run (the committed code at 93689b7; the working tree held no edits but this
file), 8 of 24 cases passed: P8, C2, C6, C8, L4, N2, N3 and N4. Class P: 1 of 8, only the guard
P8 (the district primary with alias "Bakersfield"). In every positive case the masthead paper
takes the incident, primary, with the bare city as its alias: P1 (Fresno), P5 (Lubbock) give
the masthead's incident alone and none for the City of Fresno or the City of Lubbock; P2
(Spokane), P3 (Modesto) give the masthead primary and the City of Spokane or City of Modesto
related; P4 and P6 give the masthead primary with "Stockport Council" or "Plymouth City
Council", "Council" and the bare city as its aliases. The guard P7 gives no incident at all
for the Port of Stockton. Class C: 3 of 8, C2 and C6 (card_payments disrupted) and the guard
C8 (Carnkie Home Stores with gift_cards disrupted only). C1 (Colwinstone Bank) and C5 (Polgooth
Card Services) are found as technical_outage with no services at all; C3 (Trenwith Building
Society) with mobile_app and internal_systems disrupted and stores unaffected but no
card_payments; C4 (Yeolmbridge Bank) with mobile_app disrupted only; the guard C7 gives no
incident at all for Kilburnie Outdoor's card-skimming malware. Class L: 1 of 4, only the guard
L4 (both phishing victims related with social_engineering, no ransomware). L1 finds the three
listed victims related with cyber_attack only (Hallam Bridge Housing Association also
third_party); L2 gives no incident for Trewoon Foods or Hebblethwaite Haulage; L3 finds
Bainbridge Mill Textiles related with cyber_attack only and no incident for Kettlewick Print
Works. Class N: 3 of 4, N2 (data_compromised false), N3 (null) and the guard N4 (true); N1
reads "Card details were never stored on the systems that were hit" as a data_breach, with
customer_data compromised and data_compromised true. The sixteen misses are in KNOWN_MISSES
with what was observed. No case's text or expectations were changed after the first run; a
second run gave the same result (8 passed, 16 xfailed).

After round 64's rules (a place the model tags as one is no short form of a paper named for
it; names end at a blank line; cards in use or refused are card payments; a campaign's list
of other victims takes the story's kind and routes no one; data never stored where the
trouble was was not taken): 16 of 24. Left: P2, P4, P5, P6 (a masthead named for the city
still takes the city's bare name, grown into the paper's by the repeated-name rule; a rule
keeping such names from growing lost on a case set and was dropped), P7 (no incident for the
Port of Stockton), C7 (removing malware from its own website ties no one), L2 (the list with
'this year' in its opening ties no one), L3 (the model misses 'Kettlewick Print Works').
After round 65's (a subject of victims of the story's own period before 'include'): 17 of 24;
L2 passes.

After round 73's (a capitalised frame of a public body is part of its name whatever the model
tagged: 'The Port of Stockton'): P7 passes.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "P2": "the masthead primary (alias 'Spokane'), City of Spokane related",
    "P4": "only the masthead, with 'Stockport Council', 'Council', 'Stockport' as its aliases",
    "P5": "only the masthead 'Lubbock South Plains Sentinel' (alias 'Lubbock'), no city",
    "P6": "only the masthead, with 'Plymouth City Council', 'Council', 'Plymouth' as aliases",
    "C7": "no incident at all for Kilburnie Outdoor's card-skimming malware",
    "L3": "no incident for Kettlewick Print Works (Bainbridge Mill Textiles passes)",
}


def _city(government: str, masthead: str) -> dict[str, Any]:
    """The city government primary, the masthead paper no incident."""
    return {"primary": government, "absent": [masthead]}


def _cards_refused(victim: str) -> dict[str, Any]:
    """The bank or processor found with card payments disrupted."""
    return {"statuses": {victim: {"card_payments": "disrupted"}}}


def _cards_not_refused(victim: str) -> dict[str, Any]:
    """The company found, its card payments not read as disrupted."""
    return {"present": [victim], "not_status": {victim: {"card_payments": "disrupted"}}}


def _ransomware(*victims: str) -> dict[str, Any]:
    return {"has_types": {victim: ["ransomware"] for victim in victims}}


P_CASES = [
    pytest.param(
        "Fresno city systems still down after ransomware attack\n"
        "Fresno Valley Herald | City Hall\n\n"
        "The City of Fresno said on Tuesday that its computer network was still offline five "
        "days after a ransomware attack, forcing staff to issue building permits and water "
        "bills by hand.\n\n"
        "Officials said the attack on Fresno was discovered early on Thursday, when employees "
        "arriving for work found their files encrypted and a ransom demand on their screens.\n\n"
        '"We will not be paying criminals with taxpayers\' money," the city manager said at a '
        "news conference.\n\n"
        "Police and fire dispatch were not affected, the city said. Fresno's computers are being "
        "wiped and rebuilt one at a time by an outside security firm.\n\n"
        "The FBI has been informed.",
        "2025-03-18",
        _city("City of Fresno", "Fresno Valley Herald"),
        id="P1",
    ),
    pytest.param(
        "Spokane rebuilding network after ransomware\n"
        "Spokane River Courier | Local Government\n\n"
        "The City of Spokane has shut down most of its computer network after a ransomware "
        "attack over the weekend, officials said on Monday.\n\n"
        "Residents cannot pay parking tickets or utility bills online, and the municipal court "
        "has postponed hearings for the rest of the week.\n\n"
        "The hackers who hit Spokane have not yet been identified, a spokesperson said. "
        "Spokane's computers were disconnected from the internet within hours of the attack "
        "being spotted on Saturday night.\n\n"
        "Emergency services are running normally.",
        "2025-05-12",
        _city("City of Spokane", "Spokane River Courier"),
        id="P2",
    ),
    pytest.param(
        "Modesto confirms ransomware behind city hall outage\n"
        "Modesto Orchard Ledger | City Hall\n\n"
        "The City of Modesto confirmed on Wednesday that a ransomware attack was behind an "
        "outage that has left its online services unavailable since last week.\n\n"
        "The city said the attack on Modesto began on the night of 4 June, when criminals "
        "encrypted servers used by its finance and permitting departments.\n\n"
        "Modesto's systems are being restored in stages, starting with payroll, a city "
        "spokesperson said.\n\n"
        "Residents have been asked to pay bills in person at city hall until further notice.",
        "2025-06-11",
        _city("City of Modesto", "Modesto Orchard Ledger"),
        id="P3",
    ),
    pytest.param(
        "Council hit by ransomware as bin and benefit services stall\n"
        "Stockport Weekly Mercury | Council\n\n"
        "Stockport Council has been hit by a ransomware attack that has taken its website and "
        "phone lines offline, the authority said on Friday.\n\n"
        "Residents have been unable to report missed bin collections or apply for housing "
        "benefit since Wednesday.\n\n"
        "The council's chief executive said the attack on Stockport was being investigated by "
        "the National Crime Agency. Stockport's computers have been switched off while "
        "specialists examine them.\n\n"
        "The council said it could not yet say whether residents' data had been affected.",
        "2025-09-26",
        _city("Stockport Council", "Stockport Weekly Mercury"),
        id="P4",
    ),
    pytest.param(
        "Lubbock still on paper a week after cyber attack\n"
        "Lubbock South Plains Sentinel | City Hall\n\n"
        "The City of Lubbock is still processing payments on paper a week after a ransomware "
        "attack crippled its network.\n\n"
        "The mayor told a council meeting on Tuesday that the ransomware attack on Lubbock had "
        "encrypted files on dozens of servers and that the city had refused to pay.\n\n"
        "Lubbock's computers are expected to be back in use within two weeks, he said.\n\n"
        "Library loans and bus services have continued as normal.",
        "2025-10-22",
        _city("City of Lubbock", "Lubbock South Plains Sentinel"),
        id="P5",
    ),
    pytest.param(
        "Council services disrupted by ransomware attack\n"
        "Plymouth Sound Gazette | Politics\n\n"
        "Plymouth City Council says a ransomware attack has disrupted council tax payments, "
        "planning applications and its contact centre.\n\n"
        "The council discovered the attack on Sunday morning and shut down its network as a "
        "precaution, its leader said on Monday.\n\n"
        '"The attack on Plymouth is a serious crime and we are working with the police," she '
        "said. Plymouth's computers will stay offline until they have been checked.\n\n"
        "Schools and care services have not been affected.",
        "2025-11-03",
        _city("Plymouth City Council", "Plymouth Sound Gazette"),
        id="P6",
    ),
    # Guards: a port and a school district named after a city that is only a place.
    pytest.param(
        "Ransomware attack halts trucks at inland port\n\n"
        "The Port of Stockton said on Monday that a ransomware attack had knocked out the "
        "systems it uses to schedule trucks and track containers.\n\n"
        "Lines of lorries stretched for more than a mile along the roads into Stockton as "
        "drivers waited to collect cargo.\n\n"
        "The port's director said staff were checking containers in and out by hand, and that "
        "ships already at berth in Stockton were still being unloaded.\n\n"
        "The port has reported the attack to the FBI.",
        "2025-07-14",
        {"present": ["Port of Stockton"], "absent": ["City of Stockton"]},
        id="P7",
    ),
    pytest.param(
        "School district cancels classes after ransomware attack\n\n"
        "Bakersfield Unified School District has cancelled classes for two days after a "
        "ransomware attack on its computer network.\n\n"
        "The district, which serves 30,000 pupils across Bakersfield, said the attack was "
        "discovered on Sunday evening when staff could not log in.\n\n"
        "Parents in Bakersfield were told by text message that schools would stay closed on "
        "Monday and Tuesday.\n\n"
        "The superintendent said there was no evidence so far that student data had been "
        "taken.",
        "2025-08-25",
        {"present": ["Bakersfield Unified School District"], "absent": ["City of Bakersfield"]},
        id="P8",
    ),
]

C_CASES = [
    pytest.param(
        "Bank customers unable to pay after technical fault\n\n"
        "Customers of Colwinstone Bank were unable to use their cards on Saturday after a "
        "technical fault at the lender.\n\n"
        "People took to social media to complain that they had been left stranded at petrol "
        "stations and supermarket checkouts.\n\n"
        "The bank said the problem was caused by a fault in one of its data centres and was "
        "not the result of a cyber attack.\n\n"
        "It apologised and said it would refund any charges customers faced as a result.",
        "2025-02-15",
        _cards_refused("Colwinstone Bank"),
        id="C1",
    ),
    pytest.param(
        "Card processor outage leaves shoppers stranded\n\n"
        "Shoppers across the UK reported their cards being declined on Friday afternoon after an "
        "outage at Tanvale Payments, which handles card transactions for thousands of shops.\n\n"
        "Some supermarkets put up signs asking customers to pay in cash, while queues formed at "
        "cash machines in town centres.\n\n"
        "Tanvale Payments said it was investigating a problem with its network and that there "
        "was no evidence of a cyber attack.",
        "2025-04-04",
        _cards_refused("Tanvale Payments"),
        id="C2",
    ),
    pytest.param(
        "Building society apologises as cards fail\n\n"
        "Trenwith Building Society has apologised after a systems failure on Monday morning.\n\n"
        "Members said their cards were rejected at tills in shops and cafes, and some were "
        "unable to log in to the society's app.\n\n"
        "The society said a software change made overnight had caused the problem. Its branches "
        "stayed open and staff were helping members withdraw cash over the counter.",
        "2025-06-30",
        _cards_refused("Trenwith Building Society"),
        id="C3",
    ),
    pytest.param(
        "Yeolmbridge Bank hit by IT problem on payday\n\n"
        "Thousands of Yeolmbridge Bank customers said their cards were refused in shops and at "
        "cash machines on Friday, the last working day of the month.\n\n"
        "Many had been paid that morning and said they could not buy food or fuel.\n\n"
        "The bank blamed an IT problem and said it was sorry for the inconvenience. Customers "
        "were also unable to see their balances in the mobile app.",
        "2025-01-31",
        _cards_refused("Yeolmbridge Bank"),
        id="C4",
    ),
    pytest.param(
        "Outage at card firm hits restaurants and petrol stations\n\n"
        "An outage at Polgooth Card Services left thousands of cardholders unable to use their "
        "cards in restaurants and petrol stations on Sunday evening.\n\n"
        "The company, which issues credit cards on behalf of several retailers, said a hardware "
        "failure was to blame.\n\n"
        '"We know how frustrating this has been and we apologise," a spokesperson said.\n\n'
        "Customers who were charged fees as a result can claim them back, the firm added.",
        "2025-08-17",
        _cards_refused("Polgooth Card Services"),
        id="C5",
    ),
    pytest.param(
        "Tregonning Bank customers report problems paying\n\n"
        "Tregonning Bank said it was investigating reports of problems with its payment systems "
        "on Thursday.\n\n"
        "Some customers said their cards had been declined at supermarket checkouts, while "
        "others said transfers to friends and family had not arrived.\n\n"
        "The website Downdetector recorded more than 5,000 complaints at the peak of the "
        "problem, shortly after 5pm.\n\n"
        "The bank said it did not believe the fault was the result of malicious activity.",
        "2025-11-20",
        _cards_refused("Tregonning Bank"),
        id="C6",
    ),
    # Guards: cards safe to use after card-skimming malware; gift cards that could not be used.
    pytest.param(
        "Outdoor retailer says card-skimming malware removed\n\n"
        "Kilburnie Outdoor has removed card-skimming malware that was hidden in the checkout "
        "page of its website for three weeks, the retailer said on Tuesday.\n\n"
        "The malicious code copied the card details that shoppers typed in, and the company has "
        "written to about 2,000 customers who placed orders during that time.\n\n"
        '"Customers can use their cards with confidence on our website and in our shops," '
        'the retailer\'s chief executive said. "It is safe to use your cards."\n\n'
        "Kilburnie Outdoor said it had informed the Information Commissioner's Office and the "
        "card companies.",
        "2025-05-27",
        _cards_not_refused("Kilburnie Outdoor"),
        id="C7",
    ),
    pytest.param(
        "Gift card fault frustrates shoppers\n\n"
        "Customers of Carnkie Home Stores were unable to use their gift cards for most of the "
        "weekend after a fault with the system that checks their balances.\n\n"
        "The homeware chain said the problem had been caused by an error at the company that "
        "runs its gift card scheme.\n\n"
        "Shoppers said staff had been unable to tell them how much was left on their "
        "cards.\n\n"
        "The retailer said gift cards would be extended by a month for anyone affected.",
        "2025-12-08",
        _cards_not_refused("Carnkie Home Stores"),
        id="C8",
    ),
]

L_CASES = [
    pytest.param(
        "Plastics firm hit by ransomware gang\n\n"
        "Throstle Nest Plastics, which makes packaging for the food industry, has been hit by a "
        "ransomware attack that halted production at its factory in Rotherham.\n\n"
        "The company said criminals encrypted its servers on Saturday and demanded payment to "
        "unlock them. It said it would not pay.\n\n"
        "A gang calling itself GreyMarten listed the company on its leak site on Monday. Other "
        "victims of the gang include Perranwell Logistics, Kelynack Dental Group and Hallam "
        "Bridge Housing Association.\n\n"
        "Throstle Nest Plastics said it hoped to restart production by the end of the week.",
        "2025-03-10",
        _ransomware(
            "Perranwell Logistics", "Kelynack Dental Group", "Hallam Bridge Housing Association"
        ),
        id="L1",
    ),
    pytest.param(
        "Vet group's surgeries on paper after ransomware attack\n\n"
        "Marsett Veterinary Group says its 20 surgeries are using paper records after a "
        "ransomware attack encrypted its booking and patient systems.\n\n"
        "The group said pets' appointments were going ahead but owners might face longer waits "
        "at reception.\n\n"
        "Researchers who track ransomware gangs said the attack had been claimed by a group "
        "that has been active since last year. Other victims of the same group this year include "
        "Trewoon Foods and Hebblethwaite Haulage.\n\n"
        "Marsett Veterinary Group said it had reported the attack to the police.",
        "2025-07-02",
        _ransomware("Trewoon Foods", "Hebblethwaite Haulage"),
        id="L2",
    ),
    pytest.param(
        "Law firm confirms ransomware attack\n\n"
        "Oughtershaw Solicitors has confirmed that it was the victim of a ransomware attack "
        "last week, after criminals posted its name online.\n\n"
        "The firm, which has offices in Kendal and Penrith, said its email and case files had "
        "been unavailable since Thursday.\n\n"
        "Other victims claimed by the gang include Bainbridge Mill Textiles and Kettlewick Print "
        "Works, according to a security researcher.\n\n"
        "The firm said it had told the Solicitors Regulation Authority.",
        "2025-10-13",
        _ransomware("Bainbridge Mill Textiles", "Kettlewick Print Works"),
        id="L3",
    ),
    # Guard: a list of other victims that tells its own kind.
    pytest.param(
        "Components maker recovering from ransomware attack\n\n"
        "Tanhouse Components says it is recovering from a ransomware attack that shut down its "
        "ordering system for four days.\n\n"
        "The Cornish firm, which makes parts for boat engines, said criminals had encrypted its "
        "servers last Tuesday.\n\n"
        "Police said businesses in the county had been targeted by a range of online crime. "
        "Other victims of phishing scams this year include Pengersick Estates and Gweek College, "
        "which both lost money after staff replied to fake emails.\n\n"
        "Tanhouse Components said its ordering system was now working again.",
        "2025-09-09",
        {
            "lacks_types": {
                "Pengersick Estates": ["ransomware"],
                "Gweek College": ["ransomware"],
            }
        },
        id="L4",
    ),
]

N_CASES = [
    pytest.param(
        "Garden centre chain's tills hit by cyber attack\n\n"
        "Tregarthen Garden Centres says a cyber attack on Sunday knocked out the tills at its "
        "twelve stores, which took cash only for the rest of the day.\n\n"
        "The family-run chain said the attack had been on the system that runs its tills and "
        "stock control.\n\n"
        "Card details were never stored on the systems that were hit, a spokesperson said.\n\n"
        "The company has reported the attack to Action Fraud.",
        "2025-04-14",
        {"present": ["Tregarthen Garden Centres"], "data_not": {"Tregarthen Garden Centres": True}},
        id="N1",
    ),
    pytest.param(
        "Cinema chain's booking site taken down by hackers\n\n"
        "Probus Cinemas has taken its booking website offline after a cyber attack, leaving "
        "film-goers to buy tickets at the box office.\n\n"
        "The chain, which has nine cinemas in the south-west, said it found the attack on "
        "Wednesday morning.\n\n"
        "Payment data is not held in the affected systems, the company said in a statement.\n\n"
        "It said it was working with security specialists to bring the website back safely.",
        "2025-02-20",
        {"present": ["Probus Cinemas"], "data_not": {"Probus Cinemas": True}},
        id="N2",
    ),
    pytest.param(
        "Gym chain's booking app down after cyber attack\n\n"
        "Members of Trebarwith Leisure Clubs have been unable to book classes for three days "
        "after a cyber attack on the gym chain's servers.\n\n"
        "The company said it had found criminals inside its network on Friday and had switched "
        "off its booking app.\n\n"
        "Members' bank details are held by a separate payments company and were never on the "
        "servers that were attacked, the chain said.\n\n"
        "Clubs are open as normal and members can still book at reception.",
        "2025-11-10",
        {"present": ["Trebarwith Leisure Clubs"], "data_not": {"Trebarwith Leisure Clubs": True}},
        id="N3",
    ),
    # Guard: data stored on the systems that were hit, copied by the attackers.
    pytest.param(
        "Opticians chain says patient records copied in cyber attack\n\n"
        "Zelah Opticians has warned patients that their records were taken in a cyber attack "
        "on the chain's servers last month.\n\n"
        "Patient records stored on the affected servers were copied by the attackers before "
        "the systems were encrypted, the company said.\n\n"
        "The records include names, addresses and dates of birth, it added.\n\n"
        "The chain has reported the attack to the Information Commissioner's Office.",
        "2025-06-05",
        {"present": ["Zelah Opticians"], "data_compromised": {"Zelah Opticians": True}},
        id="N4",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(P_CASES, KNOWN_MISSES))
def test_a_city_named_alone_stands_for_its_government(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_cards_that_could_not_be_used_are_card_payments(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(L_CASES, KNOWN_MISSES))
def test_other_victims_in_a_list_take_the_storys_kind_of_attack(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(N_CASES, KNOWN_MISSES))
def test_data_never_stored_where_the_attack_was_was_not_taken(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)
