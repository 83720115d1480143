"""Blind round 64: acceptance cases written from the class descriptions and the contract alone.

Classes:

S. Victims hit through a supplier's shipped trouble: an IT failure or attack caused by a named
   other organisation's faulty update, patch or service outage makes third_party one of each
   hit customer's incident_types. Burstwick Home Stores' tills crashed "when a faulty update
   issued by Quarnford Security crashed the chain's tills" (S1); "Ellerker Software pushed out
   an update with a defect that crashed the checkout systems at Welwick Pharmacy" (S2); Cawood
   Garden Centres' website down, "The outage was caused by a fault at Ottringham Cloud, the
   hosting company that runs the site" in a sentence naming no victim (S3); Pollington Shoes'
   card payments down after "a fault at its payments processor, Rawcliffe Payments", Gowdall
   Toys "was hit by the same problem" (S4); Marlowe Ridge Hardware's website down "because of an
   outage at Cedarbrook Systems", Larkspur Lane Grocers "was also affected" (S5, US); EFTPOS at
   Wallaroo Fresh knocked out by "an outage at Bindaree Cloud", "Wallaroo Fresh was not the only
   one affected. Kinchega Pharmacy ..." (S6, Australian); Tarcutta Hardware's tills froze "when
   an update pushed out by its point-of-sale supplier, Coolamon Retail Systems, failed" (S7);
   Juniper Flats Books' registers went dark "when a software update from cybersecurity firm
   Vantreau Security caused the computers running them to crash" (S8, US); Snaith Till Systems
   apologises for an update that crashed hundreds of shops' tills, "Among those hit was Airmyn
   Furniture", "Hook Lane Cycles was also affected" (S9: all three present, both shops
   third_party). Guards: Barmby Electricals' tills crashed by "a faulty update written by its own
   IT team" (S10: no third_party); ransomware at Eastrington Fashion, with "In July 2024, a faulty
   update from security vendor Laxton Secure crashed computers ..." as background (S11: no
   third_party); Blacktoft Software's faulty update crashes Saltmarshe Foods' tills while rival
   Yokefleet Grocers "kept trading as normal" (S12: Saltmarshe present, no incident for
   Yokefleet).
H. A kind of attack told as fact stays that kind when another part of the same sentence hedges
   something else. Howden Marsh Plumbing Supplies "said a ransomware attack had shut its
   systems ..., and that it had not yet determined whether customers' data had been taken" (H1:
   ransomware); Asselby Furnishings "took weeks to recover from a ransomware attack in March, and
   criminals later posted files they claimed to have stolen" in a results story (H2:
   ransomware); at Barlby Housing Association "a phishing email tricked staff into entering their
   passwords ..., although it is unclear how many accounts were accessed" (H3:
   social_engineering); Hemingbrough Motors "was hit by ransomware over the weekend, though it is
   not known whether the company has been asked for a ransom" (H4: ransomware); a caller posing
   as an employee persuaded Cliffe Common Veterinary Group's helpdesk to reset a password, "but
   the company said it was too early to say what information the attackers had seen", later
   "the social engineering attack" (H5: social_engineering); Sandpiper Bay Medical Supply's
   "ransomware attack had encrypted dozens of its servers, but it could not yet say whether the
   hackers had copied any files" (H6, US: ransomware); Boggabri Freight "confirmed it was hit by
   a ransomware attack last week, although it would not say whether it had received a ransom
   demand" (H7, Australian: ransomware); at Riccall Garden Supplies "a phishing email tricked two
   members of staff ..., though the company could not yet say whether any customers'
   information had been viewed" (H8: social_engineering). Guards, the kind itself hedged (no
   ransomware): "Kelfield has not said whether the attack involved ransomware" (H9);
   "Security experts said the attack bore the hallmarks of ransomware" at Stillingfleet Dairies
   (H10); "It is unclear whether ransomware was used in the attack" at Copper Lantern Hotels
   (H11, US); "Ransomware may have been used, a source familiar with the investigation said" at
   Yarrawonga Credit Union (H12, Australian).

On the first run (the committed code at 93689b7; the working tree held no edits but this
file), 19 of 24 cases passed. Class S: 9 of 12, S2-S7 and the guards S10-S12. S1 finds
Burstwick Home Stores with technical_outage only, no third_party (and no incident for
Quarnford Security); S8 likewise finds Juniper Flats Books with technical_outage only (no
incident for Vantreau Security); S9 finds Snaith Till Systems primary and Hook Lane Cycles
with third_party (plus a stray data_breach and data_compromised true, "taking customers'
details" read as data taken) but no incident at all for Airmyn Furniture ("Among those hit was
Airmyn Furniture"). In the passing cases the vendor is primary in S2 and S5 and related in S3,
S4 and S6. Class H: 10 of 12, H1 and H4-H12 (the guards H9-H12 give cyber_attack only). H2
finds Asselby Furnishings with cyber_attack only, no ransomware; H3 gives no incident at all
for Barlby Housing Association. The five misses are in KNOWN_MISSES with what was observed. No
case's text or expectations were changed after the first run; a second run, with
the misses listed, gave the same result (19 passed, 5 xfailed).

After round 64's rules (a doubt reaches forward; a trouble opening a 'when' clause is a cause,
and a shipped update told as the cause in a sentence opening on the story's own trouble is
the whole story's; a victim hit by 'the same' trouble takes the story's kind and route): 22 of
24. Left: S9 ('Among those hit was X' ties no one) and H3 (a housing association's name reads
as a bystander's, 'association' being a word of trade bodies). After round 65's fronted lists
('Among those hit was X'): 23 of 24; S9 passes.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "H3": "no incident at all for Barlby Housing Association",
}


def _through_supplier(*victims: str) -> dict[str, Any]:
    """Each customer hit by the supplier's trouble found, third_party among its types."""
    return {
        "present": list(victims),
        "has_types": {victim: ["third_party"] for victim in victims},
    }


def _kind(victim: str, kind: str) -> dict[str, Any]:
    """The victim found with the kind of attack told as fact among its types."""
    return {"present": [victim], "has_types": {victim: [kind]}}


def _not_kind(victim: str, kind: str) -> dict[str, Any]:
    """The victim found, the hedged kind not among its types."""
    return {"present": [victim], "lacks_types": {victim: [kind]}}


S_CASES = [
    pytest.param(
        "Tills crash at Burstwick Home Stores after faulty security update\n\n"
        "Shoppers at Burstwick Home Stores were unable to pay by card for much of Saturday "
        "morning when a faulty update issued by Quarnford Security crashed the chain's tills.\n\n"
        "The homeware retailer, which has 48 shops across the north of England, said staff had "
        "put up signs asking customers to pay in cash while engineers worked on a fix.\n\n"
        "Quarnford Security, whose software protects the tills against viruses, said the update "
        "had been withdrawn within two hours and that the problem was not a cyber attack.\n\n"
        "Burstwick said most of its stores were taking card payments again by early "
        "afternoon.\n\n"
        '"We apologise to anyone who had to leave their shopping behind," a spokesperson for '
        "the retailer said.",
        "2025-03-10",
        _through_supplier("Burstwick Home Stores"),
        id="S1",
    ),
    pytest.param(
        "Pharmacy chain's checkouts hit by software defect\n\n"
        "Ellerker Software pushed out an update with a defect that crashed the checkout systems "
        "at Welwick Pharmacy on Wednesday, leaving customers queuing at the counter.\n\n"
        "The pharmacy chain, which has 120 branches in the Midlands and Wales, said pharmacists "
        "had continued to hand out prescriptions but could not take payments for "
        "over-the-counter items for several hours.\n\n"
        "Ellerker, which supplies point-of-sale software to regional retailers, said it had "
        "rolled the update back on Wednesday afternoon.\n\n"
        "Welwick Pharmacy said all of its branches were back to normal by Thursday morning.\n\n"
        "Neither company said how many customers had been affected.",
        "2025-05-15",
        _through_supplier("Welwick Pharmacy"),
        id="S2",
    ),
    pytest.param(
        "Garden centre chain's website down for most of Tuesday\n\n"
        "Customers of Cawood Garden Centres were unable to place orders online for most of "
        "Tuesday after the company's website went offline.\n\n"
        "The outage was caused by a fault at Ottringham Cloud, the hosting company that runs the "
        "site, according to a statement.\n\n"
        "The chain, which has 22 garden centres in Yorkshire and Lincolnshire, said its stores "
        "had stayed open and were trading normally.\n\n"
        "Ottringham Cloud said a power problem at one of its data centres had knocked several "
        "customers' websites offline, and that service had been restored by Tuesday evening.\n\n"
        "Cawood said orders placed before the outage would be delivered as planned.",
        "2025-04-23",
        _through_supplier("Cawood Garden Centres"),
        id="S3",
    ),
    pytest.param(
        "Card payments fail at shoe retailer after processor fault\n\n"
        "Pollington Shoes could not accept card payments in any of its 35 shops for around three "
        "hours on Friday after a fault at its payments processor, Rawcliffe Payments.\n\n"
        "Customers were asked to pay in cash or come back later, and some branches closed their "
        "doors early, the retailer said.\n\n"
        "Rawcliffe Payments said a faulty configuration change to its systems had caused card "
        "transactions to be declined, and that the problem was fixed by Friday lunchtime. It "
        "said there was no evidence of a cyber attack.\n\n"
        "Gowdall Toys, a toy retailer with 12 shops in the East Midlands, was hit by the same "
        "problem, a spokesperson for the company confirmed.\n\n"
        "Both retailers said card payments were working normally by Friday afternoon.",
        "2025-09-06",
        _through_supplier("Pollington Shoes", "Gowdall Toys"),
        id="S4",
    ),
    pytest.param(
        "Cloud outage knocks out hardware chain's online store\n\n"
        "Marlowe Ridge Hardware, a chain of 60 hardware stores across Ohio and Pennsylvania, "
        "said its website and app were down for much of Monday because of an outage at "
        "Cedarbrook Systems, the cloud provider that hosts them.\n\n"
        "Shoppers trying to order online saw an error message, and the company's curbside "
        "pickup service was halted, a spokesperson said.\n\n"
        "Cedarbrook Systems said a software update to its network equipment had gone wrong "
        "early Monday, and its engineers restored service by late afternoon Eastern time.\n\n"
        "Larkspur Lane Grocers, a regional supermarket chain based in Columbus, was also "
        "affected, with customers unable to book grocery deliveries for several hours.\n\n"
        "Neither retailer reported any problems in its stores, which took payments as normal.",
        "2025-02-04",
        _through_supplier("Marlowe Ridge Hardware", "Larkspur Lane Grocers"),
        id="S5",
    ),
    pytest.param(
        "Supermarket checkouts down after vendor outage\n\n"
        "Wallaroo Fresh shoppers were left stranded at checkouts on Sunday after an outage at "
        "Bindaree Cloud, the company that runs the supermarket chain's payment terminals, "
        "knocked out EFTPOS across its stores.\n\n"
        "The South Australian grocer, which has 40 stores, said some stores had been forced to "
        "close for several hours while others accepted cash only.\n\n"
        "Bindaree Cloud said a faulty software patch applied overnight had caused the outage and "
        "that it had been reversed by mid-afternoon.\n\n"
        "Wallaroo Fresh was not the only one affected. Kinchega Pharmacy, a chain of 18 chemists "
        "in Adelaide, said its customers had been unable to pay by card for most of the day.\n\n"
        "A Bindaree spokesperson apologised and said the company would review how it tests "
        "updates.",
        "2025-06-02",
        _through_supplier("Wallaroo Fresh", "Kinchega Pharmacy"),
        id="S6",
    ),
    pytest.param(
        "Hardware chain's tills freeze after faulty update\n\n"
        "Tarcutta Hardware's tills froze across New South Wales on Thursday morning when an "
        "update pushed out by its point-of-sale supplier, Coolamon Retail Systems, failed to "
        "install properly.\n\n"
        "Tradies queued out the door at some of the chain's 27 stores, while staff at others "
        "wrote sales down by hand, a spokeswoman for the retailer said.\n\n"
        "Coolamon Retail Systems said the update had been meant to fix a minor bug and was "
        "withdrawn once the problem was identified.\n\n"
        "Tarcutta Hardware said its tills were working again in all stores by 1pm and that the "
        "outage was not caused by a cyber attack.",
        "2025-08-15",
        _through_supplier("Tarcutta Hardware"),
        id="S7",
    ),
    pytest.param(
        "Bookstore chain's registers crash in software mishap\n\n"
        "Registers at Juniper Flats Books stores across Oregon and Washington went dark on "
        "Tuesday when a software update from cybersecurity firm Vantreau Security caused the "
        "computers running them to crash.\n\n"
        "The bookstore chain, which operates 31 stores, said staff switched to handwritten "
        "receipts and cash sales while the problem was fixed.\n\n"
        "Vantreau Security said in a statement that a defect in a routine update to its "
        "antivirus product had affected a small number of customers and that a fix had been "
        "released.\n\n"
        "Juniper Flats Books said all of its registers were working again by Wednesday "
        "morning.",
        "2025-11-12",
        _through_supplier("Juniper Flats Books"),
        id="S8",
    ),
    pytest.param(
        "Till software firm apologises after update crashes shops' systems\n\n"
        "Snaith Till Systems has apologised to retailers after an update it released overnight "
        "on Sunday crashed checkout systems at hundreds of shops.\n\n"
        "The Yorkshire-based company, which supplies till software to more than 400 independent "
        "and regional retailers, said the update contained a fault that caused tills to restart "
        "over and over again.\n\n"
        "Among those hit was Airmyn Furniture, which has 14 showrooms and said it could not take "
        "card payments until Monday afternoon.\n\n"
        "Hook Lane Cycles was also affected, with staff at its nine shops taking customers' "
        "details and phoning them later to take payment.\n\n"
        "Snaith Till Systems said it had withdrawn the update and that most customers were back "
        "to normal by Monday evening.\n\n"
        '"We are very sorry for the disruption this has caused," the company\'s managing '
        "director, Karen Ellis, said.",
        "2025-10-21",
        {
            **_through_supplier("Airmyn Furniture", "Hook Lane Cycles"),
            "present": ["Snaith Till Systems", "Airmyn Furniture", "Hook Lane Cycles"],
        },
        id="S9",
    ),
    # Guards: a retailer's own update, a past vendor outage recalled, a rival unaffected.
    pytest.param(
        "Electricals retailer blames own software update for till failure\n\n"
        "Barmby Electricals said a faulty update written by its own IT team had crashed the "
        "tills in all of its 52 stores on Saturday.\n\n"
        "Customers were unable to pay by card for about four hours, and several stores closed "
        "early, the retailer said.\n\n"
        "The company said the update, which its developers had built in-house to change how "
        "discounts were shown on receipts, contained an error that had not been spotted in "
        "testing.\n\n"
        '"This was our mistake and nobody else\'s," chief executive Martin Crowe said. "It was '
        'not a cyber attack."\n\n'
        "The tills were working normally again by Saturday evening.",
        "2025-07-14",
        {"present": ["Barmby Electricals"], "lacks_types": {"Barmby Electricals": ["third_party"]}},
        id="S10",
    ),
    pytest.param(
        "Fashion retailer hit by ransomware attack\n\n"
        "Eastrington Fashion has been hit by a ransomware attack that has left it unable to take "
        "online orders, the retailer said on Wednesday.\n\n"
        "The company, which has 70 stores across the UK, said criminals had encrypted some of "
        "its servers on Monday night. Its shops remain open and are taking card payments.\n\n"
        "It is the latest in a series of IT problems to affect British retailers. In July 2024, "
        "a faulty update from security vendor Laxton Secure crashed computers at shops, airports "
        "and hospitals around the world.\n\n"
        "Eastrington said it had reported the attack to the National Crime Agency and was "
        "working with outside specialists.\n\n"
        "The retailer said it did not yet know when online orders would resume.",
        "2025-05-07",
        {
            "present": ["Eastrington Fashion"],
            "lacks_types": {"Eastrington Fashion": ["third_party"]},
        },
        id="S11",
    ),
    pytest.param(
        "Grocer's tills down after supplier's faulty update\n\n"
        "Saltmarshe Foods, a chain of 30 convenience stores in East Yorkshire, was unable to take "
        "card payments on Saturday when a faulty update from its till supplier, Blacktoft "
        "Software, crashed its checkouts.\n\n"
        "Shoppers were asked to pay in cash, and a handful of stores closed for the afternoon, "
        "the company said.\n\n"
        "Blacktoft Software said it had withdrawn the update and that tills at all affected "
        "stores were working again by Saturday evening.\n\n"
        "Yokefleet Grocers, a rival chain that uses a different till supplier, kept trading as "
        "normal throughout the day.\n\n"
        "Blacktoft said the problem had not been caused by a cyber attack.",
        "2025-03-29",
        {"present": ["Saltmarshe Foods"], "absent": ["Yokefleet Grocers", "Yokefleet"]},
        id="S12",
    ),
]

H_CASES = [
    pytest.param(
        "Plumbing supplier says ransomware attack shut its systems\n\n"
        "Howden Marsh Plumbing Supplies said a ransomware attack had shut its systems on Monday, "
        "and that it had not yet determined whether customers' data had been taken.\n\n"
        "The merchant, which has 16 branches across Humberside, said it was taking orders by "
        "phone and email while its IT team and outside experts worked to bring systems back.\n\n"
        "Trade customers have been told to expect delays to deliveries this week.\n\n"
        "The company said it had informed the Information Commissioner's Office and the police.",
        "2025-02-19",
        _kind("Howden Marsh Plumbing Supplies", "ransomware"),
        id="H1",
    ),
    pytest.param(
        "Furniture retailer's profits fall after cyber attack\n\n"
        "Asselby Furnishings said profits had fallen by a third in the six months to June, after "
        "the retailer was forced to close its website for almost a month.\n\n"
        "The company took weeks to recover from a ransomware attack in March, and criminals later "
        "posted files they claimed to have stolen from its network online.\n\n"
        "Chief executive Helen Moss said the attack had cost about £4m, including lost sales and "
        "the cost of rebuilding its systems.\n\n"
        "Asselby, which has 28 showrooms, said its website had been fully restored in April and "
        "that trading had since returned to normal.\n\n"
        "Shares in the company fell 6% on Thursday.",
        "2025-09-11",
        _kind("Asselby Furnishings", "ransomware"),
        id="H2",
    ),
    pytest.param(
        "Housing association warns tenants after phishing attack\n\n"
        "Barlby Housing Association has warned tenants to be wary of suspicious messages after "
        "a phishing attack on its staff.\n\n"
        "The association said a phishing email tricked staff into entering their passwords on a "
        "fake login page last week, although it is unclear how many accounts were accessed.\n\n"
        "The organisation, which manages about 9,000 homes in North Yorkshire, said it had reset "
        "all staff passwords and brought in a cyber security firm to investigate.\n\n"
        "Rent payments and the repairs line were not affected, it said.",
        "2025-06-17",
        _kind("Barlby Housing Association", "social_engineering"),
        id="H3",
    ),
    pytest.param(
        "Car dealer group hit by ransomware\n\n"
        "Hemingbrough Motors, which runs 11 car dealerships in the north-east, was hit by "
        "ransomware over the weekend, though it is not known whether the company has been asked "
        "for a ransom.\n\n"
        "Customers collecting cars on Monday were told that paperwork would be completed by "
        "hand, and servicing bookings were being taken by phone.\n\n"
        "A spokesman for the group said the attack had been reported to police and that its "
        "systems were being restored from backups.\n\n"
        "The company has not said when its online booking system will be available again.",
        "2025-04-08",
        _kind("Hemingbrough Motors", "ransomware"),
        id="H4",
    ),
    pytest.param(
        "Vet group's network breached after fake call to IT helpdesk\n\n"
        "Hackers got into the computer network of Cliffe Common Veterinary Group after a caller "
        "posing as an employee persuaded its IT helpdesk to reset a password, but the company "
        "said it was too early to say what information the attackers had seen.\n\n"
        "The group, which runs 23 practices across Kent and Sussex, said it discovered the "
        "social engineering attack on Thursday and had shut down remote access to its "
        "systems.\n\n"
        "Practices stayed open, but some appointments had to be booked on paper, a spokesperson "
        "said.\n\n"
        "The group said it had reported the incident to the Information Commissioner's Office.",
        "2025-10-06",
        _kind("Cliffe Common Veterinary Group", "social_engineering"),
        id="H5",
    ),
    pytest.param(
        "Medical supply distributor hit by ransomware\n\n"
        "Sandpiper Bay Medical Supply, a Florida-based distributor of hospital supplies, said "
        "Monday that a ransomware attack had encrypted dozens of its servers, but it could not "
        "yet say whether the hackers had copied any files before doing so.\n\n"
        "The company said in a filing with the Securities and Exchange Commission that it "
        "discovered the attack on Friday and had taken some systems offline to contain it.\n\n"
        "Shipments to hospitals have been delayed, and the company is taking orders by phone and "
        "email, a spokesperson said.\n\n"
        "Sandpiper Bay said it had notified law enforcement and hired a cybersecurity firm to "
        "investigate.",
        "2025-01-28",
        _kind("Sandpiper Bay Medical Supply", "ransomware"),
        id="H6",
    ),
    pytest.param(
        "Freight company confirms ransomware attack\n\n"
        "Boggabri Freight has confirmed it was hit by a ransomware attack last week, although it "
        "would not say whether it had received a ransom demand or which group was behind it.\n\n"
        "The New South Wales trucking company, which moves grain and fertiliser for farmers "
        "across the state's north-west, said deliveries had been delayed while its booking "
        "system was offline.\n\n"
        "Chief executive Tom Kerrigan said the company had notified the Australian Cyber "
        "Security Centre and was working with police.\n\n"
        '"Our trucks are still on the road and we are getting through the backlog," he said.',
        "2025-07-22",
        _kind("Boggabri Freight", "ransomware"),
        id="H7",
    ),
    pytest.param(
        "Garden supplies firm says staff fell for phishing emails\n\n"
        "Riccall Garden Supplies said hackers got into its email system after a phishing email "
        "tricked two members of staff into handing over their login details, though the company "
        "could not yet say whether any customers' information had been viewed.\n\n"
        "The online retailer, which sells seeds, tools and compost across the UK, said it "
        "noticed the break-in on 3 April when customers reported receiving fake invoices from "
        "its email address.\n\n"
        "It said it had locked the affected accounts and reset all staff passwords.\n\n"
        "Orders and deliveries were not affected, the company said.",
        "2025-04-10",
        _kind("Riccall Garden Supplies", "social_engineering"),
        id="H8",
    ),
    # Guards: the kind itself hedged.
    pytest.param(
        "Engineering firm halts production after cyber attack\n\n"
        "Kelfield Engineering has halted production at its factory in Selby after a cyber "
        "attack on Sunday night.\n\n"
        "The company, which makes components for farm machinery, said it had shut down its "
        "computer systems as a precaution and was working with specialists to restore them.\n\n"
        "Kelfield has not said whether the attack involved ransomware, and it declined to "
        "comment on whether any data had been taken.\n\n"
        "About 200 staff have been sent home on full pay until at least Wednesday, the company "
        "said.",
        "2025-11-03",
        _not_kind("Kelfield Engineering", "ransomware"),
        id="H9",
    ),
    pytest.param(
        "Dairy's deliveries disrupted by cyber attack\n\n"
        "Stillingfleet Dairies, which supplies milk to shops and cafes across Yorkshire, said a "
        "cyber attack on Tuesday had disrupted its deliveries.\n\n"
        "The company said its ordering system had been taken offline and that drivers were "
        "working from paper lists.\n\n"
        "Security experts said the attack bore the hallmarks of ransomware, though the dairy "
        "said it was still investigating what had happened.\n\n"
        "Stillingfleet said it hoped to have its ordering system back by the weekend.",
        "2025-08-28",
        _not_kind("Stillingfleet Dairies", "ransomware"),
        id="H10",
    ),
    pytest.param(
        "Hotel chain's booking systems down after cyberattack\n\n"
        "Copper Lantern Hotels, which operates 45 hotels in the southeastern United States, said "
        "a cyberattack had knocked out its reservation and check-in systems over the weekend.\n\n"
        "Guests reported waiting for more than an hour to check in on Saturday, and some were "
        "given paper receipts instead of emailed ones.\n\n"
        "It is unclear whether ransomware was used in the attack, and the company did not "
        "respond to a request for comment.\n\n"
        "The company said it had notified the FBI and that its hotels remained open.",
        "2025-03-17",
        _not_kind("Copper Lantern Hotels", "ransomware"),
        id="H11",
    ),
    pytest.param(
        "Credit union's online banking offline after cyber attack\n\n"
        "Yarrawonga Credit Union members have been unable to use internet banking since Friday "
        "after a cyber attack on the mutual lender.\n\n"
        "The Victorian credit union, which has about 30,000 members, said it had taken its "
        "online services offline while it investigated. Branches remained open and ATMs were "
        "working.\n\n"
        "Ransomware may have been used, a source familiar with the investigation said.\n\n"
        "The credit union said it had notified the Australian Cyber Security Centre and that "
        "there was no evidence so far that members' money had been taken.",
        "2025-12-08",
        _not_kind("Yarrawonga Credit Union", "ransomware"),
        id="H12",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(S_CASES, KNOWN_MISSES))
def test_a_suppliers_shipped_trouble_hits_its_customers_through_a_third_party(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(H_CASES, KNOWN_MISSES))
def test_a_kind_told_as_fact_stays_when_something_else_is_hedged(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)
