"""Blind round 72c, class E: a software or cloud company whose product bears its own name.

Class E. "Kelvra", "Stratalune", "Brennick Systems" (maker of "Travio"), "Corvane", "Tandrel",
"Quillo", "Orrin Health Software" (maker of "Wardrota"), "Nimbrel", "Shopwyn", "Civara",
"Halden Edutech" (maker of "Enrolla"), "Ostrin", "Tillora": a vendor of identity, data-warehouse,
CRM, help-desk, payroll, scheduling, banking, e-commerce, council, student-records, file-sharing
or till software is itself breached or goes down, and the article names it both as a company
("Kelvra disclosed on Friday that ...", "Kelvra has not said how many ...", "alerted Kelvra",
"Kelvra's support system") and through its product in customers' mouths ("its Kelvra
accounts", "our Ostrin tenant", "the Kelvra admin console"). The vendor is the victim (primary
when the story is about its breach or outage, with no third_party of its own); a customer is a
victim only where the text says it was hit (then with third_party), not where it says it was
not affected or reset passwords as a precaution. When the article names the product as what
the attack hit and the maker beside it ("a cyber attack hit Travio, check-in and boarding
software made by Brennick Systems"), the maker is the victim and the product is no
organisation of the record.

E1  US identity provider, data stolen from its support system, "Kelvra disclosed on Friday",
    "alerted Kelvra", "the Kelvra admin console", an airport resetting "its Kelvra accounts" as a
    precaution -> Kelvra primary, data_breach, no third_party, data true; airport absent
E2  Irish data-warehouse service broken into, hospital trust says "patient records held in its
    Stratalune account ... had been copied" -> Stratalune primary, the trust present with
    third_party and data true
E3  UK check-in software maker, cyber attack, "a cyber attack hit Travio, check-in and boarding
    software made by Brennick Systems", airports queueing -> Brennick Systems primary with
    cyber_attack, Travio absent
E4  US CRM company, faulty database update, "unable to log in to their Corvane accounts", "our
    Corvane instance", "not the result of a cyber attack", no data lost -> Corvane primary,
    technical_outage, no cyber_attack, data false
E5  UK councils' help-desk supplier, ransomware, "Wexbury Borough Council said residents had
    been unable to report ... because its Tandrel system was offline" -> Tandrel primary with
    ransomware and no third_party, the council present with third_party
E6  Scottish payroll SaaS, university's angle, staff bank details "held in its Quillo account"
    accessed -> Quillo present, University of Farnside present with third_party and data true
E7  English patient-scheduling system, ransomware, "a ransomware attack hit Wardrota, a
    patient-scheduling system made by Orrin Health Software", hospital trust on paper lists ->
    Orrin Health Software primary with ransomware, Wardrota absent, the trust present with
    third_party
E8  banking-software supplier, support staff tricked into a password reset, "Nimbrel's support
    system", a building society blocked at "the Nimbrel admin console" -> Nimbrel primary,
    social_engineering, no third_party (the building society not asserted)
E9  English e-commerce platform, failed upgrade on Black Friday, "Our Shopwyn store just showed
    an error page" -> Shopwyn primary, technical_outage, no cyber_attack; Pennick & Hale present
    with third_party
E10 English council-software supplier breached, local angle, "residents held in its Civara
    system had been copied" -> Civara present, Ashcombe District Council present with
    third_party and data true
E11 student-records system, cyber attack, headline "Enrolla outage ...", "a cyber attack hit
    Enrolla, a student-records system made by Halden Edutech", no evidence of data access ->
    Halden Edutech primary with cyber_attack, Enrolla absent, data not true
E12 Norwegian file-sharing company, "Ostrin's support system" entered with a stolen login,
    customers "Our Ostrin tenant was not touched", "its Ostrin accounts were working normally"
    -> Ostrin primary, data true; Grantley University and Harbury Council absent
E13 UK cloud till software, ransomware, "Brackley Farm Shops said customers had been unable to
    pay by card ... because its Tillora tills could not connect" -> Tillora primary with
    ransomware, Brackley Farm Shops present with third_party and card_payments disrupted

Guards: a customer's own fault while it uses a named vendor's product; a vendor's patched flaw
with no one attacked; a retailer's own brand inside its own breach; a customer that speaks for
itself and was hit; a customer's own attack reaching a vendor-named system.

G1  English council, power cut at its own data centre, "its Kelvra payroll system was down" ->
    Ellersby District Council primary, technical_outage, no third_party, Kelvra absent
G2  help-desk maker patches a flaw in "its Sorvel Server product", "no evidence it had been used
    in any attack" -> no incidents
G3  department store chain, loyalty members' details accessed, "its Harlow Rewards card scheme"
    -> Fenwright primary, data true, Harlow Rewards absent
G4  identity provider's tokens stolen, "Ravelin Bank said hackers used its Kelvra account to
    read staff emails" -> Kelvra primary, Ravelin Bank present with third_party
G5  university's own network attacked, "its Kelvra student portal offline", "the attack had
    been on its own systems and not on any of its suppliers" -> Dunmore University primary with
    cyber_attack and no third_party, Kelvra absent

On the first run (the committed code at 16453de; no tracked file was edited), 13 of 18 cases
passed: E1, E2, E4-E6, E8, E9, E13 and G1-G5. No case was changed after it.
Missed:
E3  no incident at all: the record's incidents were [] ("a cyber attack hit Travio, check-in and
    boarding software made by Brennick Systems")
E7  the trust cut to "Teaching Hospitals NHS Trust" (related, with third_party), so no incident
    for Calderbrook Teaching Hospitals NHS Trust; Orrin Health Software primary with ransomware
E10 Ashcombe District Council related with third_party but data_compromised null (the residents'
    data "held in its Civara system had been copied" counted for Civara only, data true)
E11 the product Enrolla primary (cyber_attack, internal_systems suspended), Halden Edutech only
    related (data false)
E12 Ostrin primary with cyber_attack but data_compromised null ("view the contact details of
    some of its business customers"); the unaffected customers were rightly absent

After round 72's rules (a product named for its maker in an apposition, 'Travio, check-in and
boarding software made by Brennick Systems', is no organisation, and what its sentences tell
of it is the maker's): 15 of 18; E3 and E11 pass. Left: E7 (a customer's name cut short), E10
and E12 (customers' data in the vendor's system not read as compromised).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


E_CASES = [
    pytest.param(
        _article(
            "Identity firm Kelvra says hackers stole customer files from its support system",
            "Kelvra disclosed on Friday that hackers had broken into its customer support system "
            "and stolen files uploaded by customers, including the names and email addresses of "
            "their administrators.",
            "The San Francisco-based identity provider, whose single sign-on software is used by "
            "about 4,000 organisations, said it found the intrusion after a customer alerted "
            "Kelvra to a suspicious login on Wednesday.",
            "Kelvra has not said how many customers were affected. In a notice to customers, it "
            "advised administrators to end all active sessions in the Kelvra admin console and "
            "to change any passwords shared with Kelvra's support staff.",
            "Marlow Point Airport, which uses Kelvra to manage staff logins, said it had reset "
            "the passwords for its Kelvra accounts as a precaution.",
        ),
        "2025-10-17",
        {
            "primary": "Kelvra",
            "absent": ["Marlow Point Airport"],
            "has_types": {"Kelvra": ["data_breach"]},
            "lacks_types": {"Kelvra": ["third_party"]},
            "data_compromised": {"Kelvra": True},
        },
        id="E1",
    ),
    pytest.param(
        _article(
            "Data-warehouse firm Stratalune confirms breach; hospital trust among customers hit",
            "Stratalune, the Dublin-based data-warehouse service, confirmed on Tuesday that "
            "attackers had broken into its internal network and used an engineer's access to "
            "copy data from a number of customer accounts.",
            "Stratalune has not said how many customers were affected. Its chief executive, "
            "Aoife Brannigan, said the company had alerted every affected customer and was "
            "working with the National Cyber Security Centre.",
            "Brackenridge Hospitals NHS Trust said on Wednesday that patient records held in its "
            "Stratalune account, including the names, dates of birth and NHS numbers of about "
            "60,000 patients, had been copied by the attackers.",
            "The trust said its hospitals were operating normally and that it had informed the "
            "Information Commissioner's Office.",
        ),
        "2025-06-11",
        {
            "primary": "Stratalune",
            "present": ["Brackenridge Hospitals NHS Trust"],
            "has_types": {"Brackenridge Hospitals NHS Trust": ["third_party"]},
            "lacks_types": {"Stratalune": ["third_party"]},
            "data_compromised": {"Brackenridge Hospitals NHS Trust": True},
        },
        id="E2",
    ),
    pytest.param(
        _article(
            "Cyber attack on check-in software maker causes delays at European airports",
            "Passengers faced long queues at several European airports on Saturday after a cyber "
            "attack hit Travio, check-in and boarding software made by Brennick Systems.",
            "Brennick Systems, based in Leeds, said on Saturday evening that it was aware of a "
            "cyber-related disruption to Travio at selected airports and was working to resolve "
            "it as quickly as possible.",
            "Airlines using the affected desks switched to manual check-in, writing boarding "
            "passes by hand. Kessingham Airport said it expected the disruption to continue into "
            "Sunday and advised passengers to check their flight status before travelling.",
            "Brennick Systems did not say how many airports had been affected.",
        ),
        "2025-09-20",
        {
            "primary": "Brennick Systems",
            "absent": ["Travio"],
            "has_types": {"Brennick Systems": ["cyber_attack"]},
        },
        id="E3",
    ),
    pytest.param(
        _article(
            "Corvane outage locks businesses out of CRM for six hours",
            "Customer-relationship software company Corvane said a faulty database update caused "
            "an outage on Tuesday that left thousands of businesses unable to log in to their "
            "Corvane accounts for about six hours.",
            "The Austin-based company said the problem was not the result of a cyber attack and "
            "that no customer data had been lost or accessed.",
            "Users on social media said the Corvane admin console showed an error message all "
            "morning. A sales manager at a car dealership in Texas said her team had gone back to "
            'spreadsheets: "Our whole pipeline lives in our Corvane instance, so we just '
            "couldn't work.\"",
            "Corvane has apologised and said it would give customers a credit on their next bill.",
        ),
        "2025-03-11",
        {
            "primary": "Corvane",
            "has_types": {"Corvane": ["technical_outage"]},
            "lacks_types": {"Corvane": ["cyber_attack"]},
            "data_compromised": {"Corvane": False},
        },
        id="E4",
    ),
    pytest.param(
        _article(
            "Councils' help-desk supplier Tandrel hit by ransomware",
            "Tandrel, whose help-desk software is used by more than 120 UK councils, said on "
            "Monday that a ransomware attack had forced it to take its systems offline over the "
            "weekend.",
            "Tandrel has not said when its service will be back. A spokesperson said the company "
            "had alerted the National Cyber Security Centre and was working with outside "
            "specialists.",
            "Wexbury Borough Council said residents had been unable to report missed bin "
            "collections or housing repairs online since Saturday because its Tandrel system was "
            'offline. "Our phone lines remain open," a council spokesperson said.',
            "Other councils said they had switched to email while they waited for Tandrel's "
            "service to return.",
        ),
        "2025-11-10",
        {
            "primary": "Tandrel",
            "present": ["Wexbury Borough Council"],
            "has_types": {"Tandrel": ["ransomware"], "Wexbury Borough Council": ["third_party"]},
            "lacks_types": {"Tandrel": ["third_party"]},
        },
        id="E5",
    ),
    pytest.param(
        _article(
            "University staff bank details exposed in payroll software breach",
            "The University of Farnside has told about 800 staff that their bank details and "
            "home addresses were accessed by hackers who broke into Quillo, the payroll software "
            "company the university uses.",
            "Quillo, based in Edinburgh, said on Thursday that an unauthorised party had gained "
            "access to part of its platform earlier this month. Quillo has not said how many of "
            "its customers were affected.",
            "In an email to staff seen by the student newspaper, the university's chief operating "
            "officer said the information held in its Quillo account included names, bank "
            'account numbers and salary details. "We are deeply sorry," she wrote.',
            "The university said salaries would be paid as normal at the end of the month.",
        ),
        "2025-05-22",
        {
            "present": ["Quillo", "University of Farnside"],
            "has_types": {"University of Farnside": ["third_party"]},
            "data_compromised": {"University of Farnside": True},
        },
        id="E6",
    ),
    pytest.param(
        _article(
            "Ransomware attack on Wardrota system delays hospital appointments",
            "Hospitals in the north of England have postponed outpatient appointments after a "
            "ransomware attack hit Wardrota, a patient-scheduling system made by Orrin Health "
            "Software.",
            "Orrin Health Software, a Sheffield-based company, said on Wednesday that it had "
            "detected the attack on Monday night and had taken Wardrota offline as a precaution.",
            "Calderbrook Teaching Hospitals NHS Trust said its outpatient clinics were working "
            "from paper lists while the system was unavailable, and that emergency care had not "
            "been affected.",
            "Orrin Health Software said it was too early to say whether patient data had been "
            "taken.",
        ),
        "2025-04-16",
        {
            "primary": "Orrin Health Software",
            "absent": ["Wardrota"],
            "present": ["Calderbrook Teaching Hospitals NHS Trust"],
            "has_types": {
                "Orrin Health Software": ["ransomware"],
                "Calderbrook Teaching Hospitals NHS Trust": ["third_party"],
            },
        },
        id="E7",
    ),
    pytest.param(
        _article(
            "Banking software firm Nimbrel says hackers posed as customer to get password reset",
            "Nimbrel, which supplies online-banking software to more than 200 building societies "
            "and credit unions, disclosed on Thursday that hackers had tricked a member of its "
            "support staff into resetting an administrator's password by posing as a customer "
            "over the phone.",
            "The hackers then used the account to read tickets in Nimbrel's support system for "
            "about two hours on Monday, the company said. Nimbrel has not said whether any "
            "customer data was in the tickets.",
            "Haverleigh Building Society said the intruders had tried to sign in to the Nimbrel "
            "admin console with its details but had been blocked by multi-factor authentication, "
            "and that no member accounts were affected.",
            "Nimbrel said it had tightened its identity checks for password resets.",
        ),
        "2025-07-24",
        {
            "primary": "Nimbrel",
            "has_types": {"Nimbrel": ["social_engineering"]},
            "lacks_types": {"Nimbrel": ["third_party"]},
        },
        id="E8",
    ),
    pytest.param(
        _article(
            "Shopwyn outage takes hundreds of online shops offline on Black Friday",
            "Hundreds of independent retailers were unable to take online orders for most of "
            "Friday after an outage at Shopwyn, the e-commerce platform that hosts their "
            "websites.",
            "Shopwyn, based in Bristol, said a failed upgrade to its payment servers had caused "
            "the outage and that it was not a cyber attack. It said service had been restored at "
            "about 4pm.",
            "Pennick & Hale, a homeware shop in Bath, said it had lost most of its busiest day of "
            'the year. "Our Shopwyn store just showed an error page," said co-owner Jess '
            "Pennick.",
            "Shopwyn said it would refund November's fees to merchants.",
        ),
        "2025-11-29",
        {
            "primary": "Shopwyn",
            "present": ["Pennick & Hale"],
            "has_types": {"Shopwyn": ["technical_outage"], "Pennick & Hale": ["third_party"]},
            "lacks_types": {"Shopwyn": ["cyber_attack"]},
        },
        id="E9",
    ),
    pytest.param(
        _article(
            "Residents' details copied in breach at council software supplier",
            "Civara, which makes council-tax and benefits software used by dozens of English "
            "councils, disclosed on Thursday that hackers had copied data from its hosted "
            "service.",
            "Ashcombe District Council said Civara had told it that the names, addresses and "
            "council-tax account numbers of about 14,000 residents held in its Civara system had "
            "been copied. The council said it had reported the breach to the Information "
            "Commissioner's Office.",
            "Civara has not said how many councils were affected. A spokesperson for the "
            "Nottingham-based company said it had contained the incident and that its software "
            "was working normally.",
            "Residents can still pay council tax online and by phone, the council said.",
        ),
        "2026-01-15",
        {
            "present": ["Civara", "Ashcombe District Council"],
            "has_types": {"Ashcombe District Council": ["third_party"]},
            "data_compromised": {"Ashcombe District Council": True},
        },
        id="E10",
    ),
    pytest.param(
        _article(
            "Enrolla outage stops students enrolling at universities",
            "Students at several universities were unable to enrol for the new academic year on "
            "Monday after a cyber attack hit Enrolla, a student-records system made by Halden "
            "Edutech.",
            "Halden Edutech, based in Cambridge, said it had shut down Enrolla's servers as a "
            "precaution after detecting unusual activity on Sunday night. It said there was no "
            "evidence that student data had been accessed.",
            'The University of Wrenford said enrolment had been postponed until Thursday. "We '
            'are waiting for Halden Edutech to confirm that the system is safe," a spokesperson '
            "said.",
        ),
        "2025-09-22",
        {
            "primary": "Halden Edutech",
            "absent": ["Enrolla"],
            "has_types": {"Halden Edutech": ["cyber_attack"]},
            "data_not": {"Halden Edutech": True},
        },
        id="E11",
    ),
    pytest.param(
        _article(
            "Ostrin confirms hackers got into its support system",
            "Ostrin said on Wednesday that hackers had used a stolen employee login to get into "
            "Ostrin's support system and view the contact details of some of its business "
            "customers.",
            "Ostrin has not said how many customers were affected. The Oslo-based file-sharing "
            "company said files stored by customers had not been accessed.",
            'Several customers said they had not been affected. "Our Ostrin tenant was not '
            'touched, and we have seen nothing unusual," said the head of IT at Grantley '
            "University. A spokesperson for Harbury Council said its Ostrin accounts were "
            "working normally.",
            "Ostrin said it had informed data protection authorities in Norway.",
        ),
        "2025-08-13",
        {
            "primary": "Ostrin",
            "absent": ["Grantley University", "Harbury Council"],
            "data_compromised": {"Ostrin": True},
        },
        id="E12",
    ),
    pytest.param(
        _article(
            "Till software firm Tillora hit by ransomware, leaving shops cash only",
            "Tillora, whose cloud till software is used by about 3,000 independent shops and "
            "cafes in the UK, said on Saturday that a ransomware attack had taken its payment "
            "service offline.",
            "Brackley Farm Shops, which has six shops in Northamptonshire, said customers had "
            "been unable to pay by card since Friday afternoon because its Tillora tills could "
            'not connect. "We\'re cash only until Tillora is back," a manager said.',
            "Tillora said it hoped to restore the service by Monday and that it had found no "
            "evidence that card details had been taken.",
        ),
        "2025-12-13",
        {
            "primary": "Tillora",
            "present": ["Brackley Farm Shops"],
            "has_types": {"Tillora": ["ransomware"], "Brackley Farm Shops": ["third_party"]},
            "statuses": {"Brackley Farm Shops": {"card_payments": "disrupted"}},
        },
        id="E13",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Council staff paid late after power cut hits data centre",
            "Ellersby District Council said its Kelvra payroll system was down for three days "
            "last week after a power cut at the council's own data centre.",
            "The council said the outage had delayed pay for about 900 staff by two days and was "
            'not caused by a cyber attack. "This was a failure of our own equipment, not of '
            "Kelvra's software,\" a spokesperson said.",
            "The payroll system was restored on Friday and staff have now been paid, the council "
            "said.",
        ),
        "2025-06-23",
        {
            "primary": "Ellersby District Council",
            "absent": ["Kelvra"],
            "has_types": {"Ellersby District Council": ["technical_outage"]},
            "lacks_types": {"Ellersby District Council": ["third_party", "cyber_attack"]},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Help-desk maker Sorvel patches serious security flaw",
            "Sorvel, which makes help-desk software used by hospitals and universities, has "
            "released a fix for a serious security flaw in its Sorvel Server product that could "
            "have let attackers take control of unpatched systems.",
            "The company said on Tuesday that it had found the flaw during an internal review and "
            "that there was no evidence it had been used in any attack. It urged customers to "
            "install the update as soon as possible.",
            "Security researchers said administrators should check that their Sorvel instances "
            "were up to date.",
        ),
        "2026-02-10",
        {"no_incidents": True, "absent": ["Sorvel"]},
        id="G2",
    ),
    pytest.param(
        _article(
            "Fenwright says hackers accessed loyalty card members' details",
            "Department store chain Fenwright said on Monday that hackers had accessed the names, "
            "email addresses and points balances of some members of its Harlow Rewards card "
            "scheme.",
            "Fenwright said no payment details had been taken and that its stores and website "
            "were trading normally. It has reset the passwords of all Harlow Rewards accounts.",
            "The company, which has 31 stores in England and Wales, said it had reported the "
            "breach to the Information Commissioner's Office.",
        ),
        "2026-03-02",
        {
            "primary": "Fenwright",
            "absent": ["Harlow Rewards"],
            "data_compromised": {"Fenwright": True},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Kelvra says hackers stole login tokens; bank among customers hit",
            "Identity provider Kelvra said on Tuesday that hackers had broken into one of its "
            "servers and stolen login tokens belonging to some of its customers.",
            "Kelvra has not said how many customers were affected, but said it had cancelled all "
            "the stolen tokens and alerted the customers concerned.",
            "Ravelin Bank said hackers used its Kelvra account to read staff emails for several "
            "hours last week. The bank said no customer accounts or money had been affected.",
        ),
        "2025-10-14",
        {
            "primary": "Kelvra",
            "present": ["Ravelin Bank"],
            "has_types": {"Ravelin Bank": ["third_party"]},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Cyber attack takes Dunmore University systems offline",
            "Dunmore University said a cyber attack on its network on Sunday had taken its email, "
            "Wi-Fi and its Kelvra student portal offline.",
            "The university said the attack had been on its own systems and not on any of its "
            "suppliers, and that it was working with the police and outside specialists.",
            "Lectures are going ahead as planned, but students have been asked not to submit "
            "coursework until the portal is back.",
        ),
        "2025-10-20",
        {
            "primary": "Dunmore University",
            "absent": ["Kelvra"],
            "has_types": {"Dunmore University": ["cyber_attack"]},
            "lacks_types": {"Dunmore University": ["third_party"]},
        },
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "E7": "the customer's name cut to 'Teaching Hospitals NHS Trust', losing 'Calderbrook'",
    "E10": "the customer's residents' data held in its vendor-named system not counted as its own "
    "data_compromised (null)",
    "E12": "customers' contact details viewed in the vendor's support system not read as data "
    "compromised (null)",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(E_CASES, KNOWN_MISSES))
def test_class_e_vendor_named_like_its_product(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_e_guards_customers_own_faults_and_brands(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)
