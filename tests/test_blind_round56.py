"""Blind round 56: acceptance cases written from the contract alone.

Classes:

A. Reliance on a provider told with a pronoun: a story about a supplier's own incident says
   businesses depend on it with "it" or "its" rather than its name ("That cut off thousands of
   pharmacies that rely on it to send claims", "the 4,000 car dealerships that depend on its
   software", "hundreds of restaurants that use its booking system"). Other named businesses
   then said to be affected ("X said some of its pharmacies could not process claims") were hit
   through the supplier: each has incident type third_party and the supplier's own kind
   (ransomware, cyber_attack, technical_outage), and the supplier is the primary. Guards: a
   supplier story whose dependants are people ("commuters who rely on it", "the 2 million
   shoppers who use its app"), where only the supplier as primary is checked; and a retailer's
   own attack with no provider, where "customers who rely on it" appear, and the retailer has
   no third_party type.
B. A problem remedied is over: the fault, glitch, error, problem or issue "was corrected", "has
   been rectified", "had been remedied", "was put right", "has been sorted out", "was
   repaired", and the active forms ("Engineers corrected the fault", "rectified the error
   overnight") each give a general restoration claim (service null, status restored). Guards:
   remedying only as an aim or a future ("was working to rectify the problem", "hopes to put
   the fault right", "has yet to be corrected", "has not been rectified") gives no general
   restored claim.
C. Money diverted by deception is an incident: an organisation "wired $400,000 to a bank
   account controlled by fraudsters", "transferred £120,000 to criminals posing as its
   builder", "paid a fake invoice", "sent a payment to scammers after an email that appeared to
   come from X, its roofing contractor". The organisation that lost the money is the primary,
   its types include social_engineering and cyber_attack, and a contractor or supplier whose
   name was only faked gives it no third_party type. Guards: a legitimate payment ("wired
   $400,000 to its contractor for the new gym") is no incident at all; and a supplier's mailbox
   actually broken into ("criminals had broken into the email account of X, its builder, and
   sent the invoice from it"), where only the primary and social_engineering are checked.
D. A theft of data told in the progressive or as a gerund: malicious code or intruders "had
   been copying shoppers' card details", "was capturing card numbers as customers typed them",
   "were harvesting login details", "had been skimming payment details from its checkout",
   "siphoning off customer records", "had been downloading customer records" give
   data_compromised true and customer_data compromised. Guards: copying or capturing things
   that are not data taken ("staff were copying files to a backup server", "in-store cameras
   capturing the queue", "capturing market share") give no theft (data_compromised not true).

On the first run (the committed code at dbb4f12), 19 of the 38 cases pass; the 19 misses are
listed in KNOWN_MISSES with what was observed. Every guard but B9 passes. Eight misses give no
incident at all (B1, B2, B9, C1, C4, C6, C7, D1), so those cases do not yet test their class.

(Developers' note.) With this round's rules 33 pass and 14 marks came off: B1, B4, B5, B7
(a problem corrected, put right, sorted out), C1, C4, C6, C7 (money sent to fraudsters), C3
(a bill made to look like a supplier's is no route in), C9 (money paid into a fraudster's
account), D1, D2, D4, D6 (a theft in the progressive; in D1 a participle after a noun no
longer ends the company's report). B2 and B9 came off with round 56b's classes (an IT problem,
customers unable to log in). Three are left: A1 and A5 tell a client's trouble in words no
rule reads as trouble, and D3's "login details" are no data service.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    run,
    with_known_misses,
)

KNOWN_MISSES: dict[str, str] = {
    "A1": "Lathbury Pharmacies has no incident: 'its branches were keeping paper records until "
    "the service returned' is not read as an effect (Tarrington Pharmacy Group does get "
    "third_party and ransomware)",
    "A5": "Thornwade District Council has no incident: 'its January salaries might be paid a few "
    "days late' is not read as an effect ('its payroll had been disrupted' would give it "
    "third_party)",
    "D3": "data_compromised null, no customer_data: 'intruders were harvesting login details' is "
    "not read as theft (cyber_attack and social_engineering are given)",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _through_supplier(supplier: str, kind: str, *customers: str) -> dict[str, Any]:
    """The supplier is the primary; each named customer was hit through it, with its kind."""
    return {
        "primary": supplier,
        "has_types": {customer: ["third_party", kind] for customer in customers},
    }


def _supplier_primary(supplier: str) -> dict[str, Any]:
    """Dependants are people: only the supplier as primary is checked."""
    return {"primary": supplier}


def _own_attack(org: str) -> dict[str, Any]:
    """A business's own attack, no provider: no third_party type."""
    return {"primary": org, "lacks_types": {org: ["third_party"]}}


def _remedied(org: str) -> dict[str, Any]:
    """The fault was remedied: a general restored claim."""
    return {"primary": org, "claims": {org: [(None, "restored")]}}


def _not_remedied(org: str) -> dict[str, Any]:
    """Remedying is only an aim or still to come: no general restored claim."""
    return {"primary": org, "no_claims": {org: [(None, "restored")]}}


def _diverted(org: str) -> dict[str, Any]:
    """Money paid away by deception: social engineering, and no supplier incident."""
    return {
        "primary": org,
        "has_types": {org: ["social_engineering", "cyber_attack"]},
        "lacks_types": {org: ["third_party"]},
    }


def _theft(org: str) -> dict[str, Any]:
    """Data taken, told in the progressive or as a gerund."""
    return {
        "primary": org,
        "data_compromised": {org: True},
        "statuses": {org: {"customer_data": "compromised"}},
    }


def _no_theft(org: str) -> dict[str, Any]:
    """Copying or capturing that takes no data."""
    return {"primary": org, "data_not": {org: True}}


A_CASES = [
    pytest.param(
        "Claims processor Yarrowdene Claims Services hit by ransomware\n\n"
        "Yarrowdene Claims Services, which handles prescription claims for chemists across the "
        "UK, said on Tuesday that it had been hit by a ransomware attack. The company took its "
        "network offline as a precaution. That cut off thousands of pharmacies that rely on it "
        "to send claims for payment to the NHS. Tarrington Pharmacy Group said some of its "
        "pharmacies could not process claims on Tuesday and Wednesday. Lathbury Pharmacies said "
        "its branches were keeping paper records until the service returned. Yarrowdene said it "
        "was working with the National Crime Agency.",
        "2024-03-14",
        _through_supplier(
            "Yarrowdene Claims Services",
            "ransomware",
            "Tarrington Pharmacy Group",
            "Lathbury Pharmacies",
        ),
        id="A1",
    ),
    pytest.param(
        "Car dealers return to paper after ransomware attack on Cordwell Dealer Systems\n\n"
        "Cordwell Dealer Systems, a software company based in Coventry, said a ransomware attack "
        "on Monday forced it to shut down the systems it runs for customers. The outage has hit "
        "the 4,000 car dealerships that depend on its software to handle sales, finance and "
        "servicing. Brankley Motor Group said its showrooms had been taking orders on paper all "
        "week and some vehicle handovers were delayed. Cordwell said it expected to bring the "
        "first customers back online by the weekend.",
        "2024-04-18",
        _through_supplier("Cordwell Dealer Systems", "ransomware", "Brankley Motor Group"),
        id="A2",
    ),
    pytest.param(
        "Restaurants take bookings by phone after Oakhurst Booking Software outage\n\n"
        "Oakhurst Booking Software said a faulty update caused its reservations platform to fail "
        "on Tuesday evening. The outage hit hundreds of restaurants that use its booking system, "
        "leaving diners unable to reserve tables online. Ambledown Dining Group said staff at "
        "its 40 restaurants had taken bookings by phone and on paper until late on Wednesday. "
        "Oakhurst said the problem was not caused by a cyber attack and apologised to its "
        "customers.",
        "2024-05-09",
        _through_supplier(
            "Oakhurst Booking Software", "technical_outage", "Ambledown Dining Group"
        ),
        id="A3",
    ),
    pytest.param(
        "Helmsteed Hosting hit by cyber attack, knocking customers' websites offline\n\n"
        "Web hosting company Helmsteed Hosting said it was hit by a cyber attack on Sunday night "
        "that took its servers offline. Hundreds of small firms that rely on it for their "
        "websites and email were left without either on Monday. Kittering Estate Agents said its "
        "website was down and staff could not send or receive email for two days. Helmsteed said "
        "most customer sites were back online by Tuesday afternoon.",
        "2024-06-12",
        _through_supplier("Helmsteed Hosting", "cyber_attack", "Kittering Estate Agents"),
        id="A4",
    ),
    pytest.param(
        "Councils face payroll delays after Bellcaster Payroll Services ransomware attack\n\n"
        "Bellcaster Payroll Services, which runs payroll for public bodies in the Midlands, was "
        "hit by ransomware last Thursday. The attack has left dozens of councils that depend on "
        "it to pay their staff preparing emergency payments. Thornwade District Council said its "
        "January salaries might be paid a few days late and that it had set up a hardship fund "
        "for staff. Bellcaster said it was restoring its systems from backups and had informed "
        "the Information Commissioner's Office.",
        "2025-01-22",
        _through_supplier(
            "Bellcaster Payroll Services", "ransomware", "Thornwade District Council"
        ),
        id="A5",
    ),
    pytest.param(
        "Ransomware attack on Copperfold Logistics Software leaves supermarket shelves empty\n\n"
        "Copperfold Logistics Software, whose warehouse management system is used across the "
        "grocery trade, said on Monday that it had been hit by ransomware. The attack disrupted "
        "deliveries to supermarkets that use its warehouse software to track stock. Brisworth "
        "Foods said some of its stores had empty shelves this week because orders could not be "
        "processed at its distribution centre. Copperfold said it did not yet know when its "
        "systems would be fully restored.",
        "2025-02-13",
        _through_supplier("Copperfold Logistics Software", "ransomware", "Brisworth Foods"),
        id="A6",
    ),
    # Guards: the dependants are people; only the supplier as primary is checked.
    pytest.param(
        "Trentmoor Ticketing Systems app fails during morning rush\n\n"
        "Trentmoor Ticketing Systems, which sells tickets for several train operators, said a "
        "server fault took its app offline for four hours on Wednesday morning. That left "
        "thousands of commuters who rely on it to buy season tickets queuing at station ticket "
        "offices. The company said the fault had been fixed and apologised for the disruption. "
        "Passengers who were unable to buy tickets will not be penalised, it said.",
        "2024-07-25",
        _supplier_primary("Trentmoor Ticketing Systems"),
        id="A7",
    ),
    pytest.param(
        "Flintcombe Payments app down for second time this month\n\n"
        "Payments company Flintcombe Payments said its mobile app was unavailable for most of "
        "Tuesday after a problem with a database upgrade. The outage affected the 2 million "
        "shoppers who use its app to split purchases into instalments. Flintcombe said the app "
        "was working again by Tuesday evening and no customer data had been affected. It is the "
        "second outage at the firm this month.",
        "2024-09-05",
        _supplier_primary("Flintcombe Payments"),
        id="A8",
    ),
    # Guard: a retailer's own attack, no provider.
    pytest.param(
        "Pennakerry Home Stores hit by ransomware attack\n\n"
        "Pennakerry Home Stores, the furniture and homeware retailer, said on Monday that it had "
        "been hit by a ransomware attack. The retailer's website and click-and-collect service "
        "have been offline since the weekend, frustrating customers who rely on it for "
        "deliveries of larger items. Its 60 stores remain open but can only take card payments. "
        "The company said it was working with outside experts to restore its systems.",
        "2024-10-17",
        _own_attack("Pennakerry Home Stores"),
        id="A9",
    ),
]

B_CASES = [
    pytest.param(
        "Mossgrove Building Society members see wrong balances\n\n"
        "Mossgrove Building Society said a fault in its online banking system showed some "
        "members incorrect balances on Tuesday morning. Members complained on social media that "
        "savings accounts appeared empty. The society said the fault was corrected by early "
        "afternoon and that no money had been lost. It apologised for the worry caused.",
        "2024-11-14",
        _remedied("Mossgrove Building Society"),
        id="B1",
    ),
    pytest.param(
        "Stourcliffe Energy customers sent duplicate bills\n\n"
        "Stourcliffe Energy said an IT problem had caused thousands of customers to be sent "
        "duplicate bills this week. The supplier said the problem has been rectified and that no "
        "customer would be charged twice. Customers were asked not to call its helpline, which "
        "has been overwhelmed since Tuesday.",
        "2024-12-05",
        _remedied("Stourcliffe Energy"),
        id="B2",
    ),
    pytest.param(
        "Thistlebury Water billing error sends inflated demands\n\n"
        "Thistlebury Water has apologised after a billing system error sent some households "
        "demands for several times their usual charges. The company said on Wednesday that the "
        "error had been remedied and that new bills would be issued within a fortnight. Direct "
        "debits would not be taken at the higher amounts, it added.",
        "2025-01-09",
        _remedied("Thistlebury Water"),
        id="B3",
    ),
    pytest.param(
        "Drayhurst Bank app glitch shows customers other people's transactions\n\n"
        "Drayhurst Bank said a glitch in its mobile app briefly showed some customers "
        "transactions from other people's accounts on Monday evening. The bank said the glitch "
        "was put right within an hour and that it was contacting those affected. It said the "
        "problem was caused by a change to its systems and was not a cyber attack.",
        "2025-03-06",
        _remedied("Drayhurst Bank"),
        id="B4",
    ),
    pytest.param(
        "Hebdon Parking Services issues fines in error\n\n"
        "Drivers were wrongly sent parking fines by Hebdon Parking Services after a technical "
        "issue with its number plate cameras last week. The company said the issue has been "
        "sorted out and that all the fines issued in error would be cancelled. Motorists who "
        "have already paid will be refunded automatically, it said.",
        "2025-04-10",
        _remedied("Hebdon Parking Services"),
        id="B5",
    ),
    pytest.param(
        "Mallowfen Broadband outage leaves thousands offline\n\n"
        "Thousands of Mallowfen Broadband customers in Cumbria lost their internet connection on "
        "Tuesday after a fault at one of the company's exchanges. The provider said the fault "
        "was repaired overnight and that it would compensate customers who were affected. "
        "Engineers had to replace a damaged power unit, it said.",
        "2025-05-15",
        _remedied("Mallowfen Broadband"),
        id="B6",
    ),
    pytest.param(
        "Fetherby Insurance policy documents delayed by IT fault\n\n"
        "Fetherby Insurance said a fault in its document system had stopped new policy documents "
        "from being emailed to customers since Monday. Engineers corrected the fault on "
        "Wednesday night, the insurer said, and the documents held in the queue were being sent "
        "out. Customers who need proof of cover urgently can download it from their online "
        "account.",
        "2025-06-05",
        _remedied("Fetherby Insurance"),
        id="B7",
    ),
    pytest.param(
        "Lonsdeane Health Board appointment letters sent to wrong addresses\n\n"
        "Lonsdeane Health Board said a software error sent hundreds of appointment letters to "
        "the wrong addresses last week. Its IT team rectified the error overnight on Tuesday "
        "after staff spotted the problem, the board said. It has apologised to patients and "
        "reported the matter to the Information Commissioner's Office.",
        "2024-08-08",
        _remedied("Lonsdeane Health Board"),
        id="B8",
    ),
    # Guards: remedying is only an aim or still to come.
    pytest.param(
        "Wraxcombe Savings Bank customers unable to log in\n\n"
        "Customers of Wraxcombe Savings Bank have been unable to log in to online banking since "
        "Tuesday morning. The bank said it was working to rectify the problem as quickly as "
        "possible and apologised for the inconvenience. Branches are open as normal and cash "
        "machines are unaffected.",
        "2024-03-14",
        _not_remedied("Wraxcombe Savings Bank"),
        id="B9",
    ),
    pytest.param(
        "Ottermoor Borough Council phone lines down\n\n"
        "Ottermoor Borough Council's phone lines have been out of action since Monday because of "
        "a fault with its telephone system. The council said it hopes to put the fault right by "
        "the end of the week. Residents have been asked to use its website or visit the town "
        "hall in the meantime.",
        "2024-04-18",
        _not_remedied("Ottermoor Borough Council"),
        id="B10",
    ),
    pytest.param(
        "Halsegate Mutual Insurance renewal error still affecting customers\n\n"
        "Halsegate Mutual Insurance said an error that sent some customers renewal quotes at "
        "double their usual price has yet to be corrected. The insurer first noticed the "
        "problem on Monday. A spokesman said a related glitch in its payments system has not "
        "been rectified either, so customers should not renew online until further notice.",
        "2024-05-09",
        _not_remedied("Halsegate Mutual Insurance"),
        id="B11",
    ),
]

C_CASES = [
    pytest.param(
        "Rookswell School District loses $400,000 to email scam\n\n"
        "Rookswell School District wired $400,000 to a bank account controlled by fraudsters "
        "last month, the district's superintendent told the school board on Tuesday. The money "
        "had been meant for a construction firm building a new science wing. Fraudsters sent the "
        "district an email with new bank details that looked like it came from the firm, "
        "officials said. The FBI is investigating, and the district's insurer is expected to "
        "cover part of the loss.",
        "2024-06-12",
        _diverted("Rookswell School District"),
        id="C1",
    ),
    pytest.param(
        "Housing association loses £120,000 to builder impersonation fraud\n\n"
        "Darnsworth Housing Association transferred £120,000 to criminals posing as its "
        "builder, Pritchley Construction, the association has confirmed. The money was sent in "
        "two payments in June after the association received emails asking for future payments "
        "to go to a new account. Pritchley Construction said its own systems had not been "
        "compromised. Police have been informed and the association has tightened its payment "
        "checks.",
        "2024-07-25",
        _diverted("Darnsworth Housing Association"),
        id="C2",
    ),
    pytest.param(
        "Braddock Vale Council pays fake invoice worth £48,000\n\n"
        "Braddock Vale Council paid a fake invoice for £48,000 after fraudsters sent it a bill "
        "made to look like one from a highways supplier, an audit report has revealed. The "
        "payment was made in March and was only spotted when the real supplier chased the "
        "council for its money. The council has recovered about half of the sum through its "
        "bank. It said staff had since been retrained on checking invoices.",
        "2024-09-05",
        _diverted("Braddock Vale Council"),
        id="C3",
    ),
    pytest.param(
        "Vennock Academy Trust loses £86,000 in email fraud\n\n"
        "Vennock Academy Trust sent a payment of £86,000 to scammers after an email that "
        "appeared to come from Cadlow Roofing Services, its roofing contractor. The email, "
        "received in September, asked the trust to update the firm's bank details before the "
        "final payment for work on one of its schools. The trust discovered the fraud on Monday "
        "when Cadlow Roofing Services asked why it had not been paid. Action Fraud is "
        "investigating.",
        "2024-10-17",
        _diverted("Vennock Academy Trust"),
        id="C4",
    ),
    pytest.param(
        "Wellmead Hospice Trust hit by £62,000 payment fraud\n\n"
        "Wellmead Hospice Trust said it was tricked into paying £62,000 to fraudsters posing as "
        "Pickworthy Catering, which supplies meals to its inpatient unit. The charity said "
        "criminals sent convincing emails and a letter on fake headed paper asking it to change "
        "the caterer's bank details. Pickworthy Catering said it had no knowledge of the emails. "
        "The hospice said patient care had not been affected and it had reported the fraud to "
        "the police.",
        "2024-11-14",
        _diverted("Wellmead Hospice Trust"),
        id="C5",
    ),
    pytest.param(
        "Wickhamby Parish Council loses £34,000 to fraudsters\n\n"
        "Wickhamby Parish Council lost £34,000 after paying a bank account controlled by "
        "fraudsters who pretended to be Scoresby Grounds Maintenance, the firm that cuts its "
        "playing fields. The clerk said the council received an email in the firm's name asking "
        "for future payments to go to a new account. The fraud came to light on Tuesday at a "
        "council meeting. The council has reported it to Action Fraud.",
        "2024-12-05",
        _diverted("Wickhamby Parish Council"),
        id="C6",
    ),
    pytest.param(
        "Drumlevan Freight Group loses $1.2 million in CEO email scam\n\n"
        "Drumlevan Freight Group transferred $1.2 million to a bank account controlled by "
        "fraudsters after a finance manager received emails that appeared to come from its "
        "chief executive, the company said on Tuesday. The emails asked for an urgent payment to "
        "close a confidential acquisition. The haulier said its own systems had not been hacked "
        "and that it was working with its bank to recover the money.",
        "2025-01-22",
        _diverted("Drumlevan Freight Group"),
        id="C7",
    ),
    # Guard: a legitimate payment is no incident at all.
    pytest.param(
        "Ellerbeck School District makes final payment for new gym\n\n"
        "Ellerbeck School District wired $400,000 to its contractor for the new gym on Monday, "
        "the final payment on the $6 million project. Morthoe Construction, which built the gym, "
        "handed over the keys at a ceremony last week. The superintendent said the project had "
        "come in on time and under budget. The gym will open to students after the spring "
        "break.",
        "2025-02-13",
        {"no_incidents": True},
        id="C8",
    ),
    # Guard: the builder's mailbox was really broken into; only primary and type checked.
    pytest.param(
        "Pelham Rise Academy loses £53,000 after builder's email hacked\n\n"
        "Pelham Rise Academy paid £53,000 into a fraudster's bank account after criminals had "
        "broken into the email account of Kelsworth Builders, its builder, and sent the invoice "
        "from it. The school's business manager said the invoice looked genuine because it came "
        "from the builder's usual email address. Kelsworth Builders said it had since secured "
        "its email and informed police. The academy is trying to recover the money through its "
        "bank.",
        "2025-03-20",
        {
            "primary": "Pelham Rise Academy",
            "has_types": {"Pelham Rise Academy": ["social_engineering"]},
        },
        id="C9",
    ),
]

D_CASES = [
    pytest.param(
        "Tullworth Garden Supplies finds malicious code on its website\n\n"
        "Tullworth Garden Supplies said malicious code hidden on its website had been copying "
        "shoppers' card details for almost two months. The garden retailer found the code on "
        "Monday during a routine security check and removed it. It is writing to about 9,000 "
        "customers who bought from its online shop between February and April. Anyone who has "
        "seen unusual transactions has been told to contact their bank.",
        "2025-04-10",
        _theft("Tullworth Garden Supplies"),
        id="D1",
    ),
    pytest.param(
        "Ashprington Outdoor Clothing warns online customers after card skimming attack\n\n"
        "Ashprington Outdoor Clothing said a malicious script planted on its checkout page was "
        "capturing card numbers as customers typed them. The outdoor clothing retailer said the "
        "script was active between 28 April and 12 May, when its web developers spotted it. "
        "Customers who ordered online during that period are being contacted. Its shops were "
        "not affected.",
        "2025-05-15",
        _theft("Ashprington Outdoor Clothing"),
        id="D2",
    ),
    pytest.param(
        "Plumbley Credit Union shuts online banking after intrusion\n\n"
        "Plumbley Credit Union has shut down its online banking service after discovering that "
        "intruders were harvesting login details from members who signed in. The credit union "
        "said the attackers had set up a fake login page on its own website on Monday. Members "
        "have been asked to reset their passwords when the service reopens. The credit union has "
        "informed the Financial Conduct Authority.",
        "2025-06-05",
        _theft("Plumbley Credit Union"),
        id="D3",
    ),
    pytest.param(
        "Foxhollow Homewares online shop hacked\n\n"
        "Foxhollow Homewares told customers on Wednesday that hackers had been skimming payment "
        "details from its checkout for three weeks. The homewares retailer said it had closed "
        "its online shop while the problem was investigated. Customers who bought from the "
        "website between 10 July and 1 August are being advised to check their bank "
        "statements.",
        "2024-08-08",
        _theft("Foxhollow Homewares"),
        id="D4",
    ),
    pytest.param(
        "Hartwell Vale Insurance discovers months-long intrusion\n\n"
        "Hartwell Vale Insurance said hackers spent several months inside its network siphoning "
        "off customer records before the intrusion was discovered in August. The insurer said "
        "names, addresses and policy details were among the information involved. It has "
        "written to affected customers and offered them free credit monitoring.",
        "2024-09-05",
        _theft("Hartwell Vale Insurance"),
        id="D5",
    ),
    pytest.param(
        "Strathkelly Pet Supplies finds intruders in loyalty database\n\n"
        "Strathkelly Pet Supplies said on Tuesday that intruders had been downloading customer "
        "records from its loyalty scheme database since early September. The pet retailer found "
        "the activity during an upgrade of its servers. It said it had closed the account the "
        "intruders used and reported the incident to the Information Commissioner's Office.",
        "2024-10-17",
        _theft("Strathkelly Pet Supplies"),
        id="D6",
    ),
    # Guards: copying or capturing that takes no data.
    pytest.param(
        "Darrowby Building Supplies trade counter systems fail\n\n"
        "Darrowby Building Supplies said its trade counter systems failed on Monday morning "
        "while staff were copying files to a backup server. The builders' merchant said the "
        "failure was caused by a faulty storage unit and was not a cyber attack. Branches took "
        "orders on paper until the systems came back on Tuesday afternoon.",
        "2024-11-14",
        _no_theft("Darrowby Building Supplies"),
        id="D7",
    ),
    pytest.param(
        "Amberleigh Foods tills fail on busiest Saturday\n\n"
        "Shoppers at Amberleigh Foods faced long queues on Saturday after a fault knocked out "
        "tills at dozens of its supermarkets. Footage from in-store cameras capturing the queue "
        "at its Harrogate branch was shared widely on social media. The grocer said a software "
        "update had caused the problem and the tills were working again by mid-afternoon.",
        "2024-12-05",
        _no_theft("Amberleigh Foods"),
        id="D8",
    ),
    pytest.param(
        "Hinchcliffe Logistics hit by ransomware attack\n\n"
        "Hinchcliffe Logistics, a parcel carrier that has been capturing market share from "
        "larger rivals, said on Tuesday that it had been hit by a ransomware attack. Some "
        "deliveries were delayed while its depot systems were offline. The company said it "
        "expected normal service to resume by the weekend.",
        "2025-01-09",
        _no_theft("Hinchcliffe Logistics"),
        id="D9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_reliance_on_a_provider_told_with_a_pronoun(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_a_problem_remedied_is_over(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_money_diverted_by_deception_is_an_incident(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(D_CASES, KNOWN_MISSES))
def test_data_theft_told_in_the_progressive(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)
