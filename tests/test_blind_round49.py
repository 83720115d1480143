"""Blind round 49: acceptance cases written from class descriptions alone.

Every article below is invented and was written blind (without reading the extractor's
source, rules, fixtures or other cases); organisations, people and places are made up.

Classes:

A. An IT failure told only by what a digital service did ("its website went offline", "card
   readers stopped working"), with no word like outage, fault, glitch, attack or incident:
   the organisation has an incident, the service is disrupted and the type is
   technical_outage. Counter-cases with no incident at all: downtime announced in advance
   or planned, a denial, a question, and things that are not digital services going down
   (shares, footfall, deliveries during a strike).
B. An incident that reached a third-party thing the victim uses (script, data centre,
   helpdesk tool, cloud store, chat widget, payment gateway, payroll platform) makes the
   victim's incident_types include third_party. Counter-cases where the victim was hit
   directly: third-party forensic or response firms hired, links to third-party apps that
   take longer to restore, the risks of third-party software in general, a flaw in
   third-party software the victim ran itself.
C. A theft recalled from an earlier year does not make the current incident's data
   compromised when this story denies a theft: customer_data is unaffected and
   data_compromised is not true. Counter-cases: a theft earlier this year in a story with no
   denial, and settlement or fine stories about a breach years ago, stay compromised.

On the code before round 49 (c5e42fc) 22 of the 36 cases pass; when the cases were first run
(503874d) 27 pass, and 31 with the round's mends (a year after "Back in" opens a sentence
too; "made off with"; a third-party thing struck, hit or tampered with; a failure word inside
a longer cue). After the style review a third-party thing is a route only in a clause that
tells a trouble ("sells on a third-party platform" is none), and B4, whose clause tells its
download in words no rule reads as a theft, fails again: 30 pass. The six strict xfails in
KNOWN_MISSES are the extractor's misses, input and expectation unchanged.
"""

from __future__ import annotations

import pytest
from blind_support import get, known_miss_param, run

from conftest import statuses

# the extractor's misses when the cases were run, input and expectation unchanged
KNOWN_MISSES = {
    "A1": "the club named only as its supporters' and 'the club's website' ties no victim",
    "A4": "'while we get online ordering back' reads as a return, not work under way",
    "A6": "another operator's 'taking contactless as normal' is read as the victim's return",
    "B4": "'an unknown party downloaded member records' tells no trouble in the route's clause",
    "B5": "'fraudsters hijacked a third-party chat widget' tells no incident the tie reads",
    "B11": "an update 'released by the software's maker' reads as a supplier's trouble",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


# --- A: an IT failure told only by what the service did -------------------------------------

A_POSITIVE = [
    (
        "A1",
        article(
            "Cranborough Rovers ticket site goes dark as season cards go on sale",
            "Cranborough Rovers supporters hoping to renew their season cards were met with a "
            "blank page on Friday morning after the club's website went offline minutes after "
            "sales opened at 9am.",
            "The site was still not loading by lunchtime, and fans took to social media to "
            "complain that they had queued online for more than an hour before being thrown "
            "out.",
            '"We are sorry to everyone who has been unable to buy tickets today and we are '
            'working to get the site back up as quickly as possible," said Delphine Warrick, '
            "the club's head of supporter services.",
            "Rival clubs including Castlebury Athletic sold their renewals without trouble "
            "earlier in the week.",
        ),
        "2025-06-06",
        "Cranborough Rovers",
        "website",
    ),
    (
        "A2",
        article(
            "Quillmere Energy customers unable to top up as app stays offline",
            "The Quillmere Energy app has been inaccessible since Saturday afternoon, leaving "
            "thousands of prepayment customers unable to top up their meters or submit "
            "readings.",
            "Customers trying to open the app on Monday were shown a message asking them to "
            "try again later.",
            '"Our team is working around the clock to get the app running again, and anyone '
            'who runs out of credit can call us for an emergency top-up," a Quillmere '
            "spokesperson said.",
            "Other suppliers, including Octavo Power and Brenlow Gas, said their own apps were "
            "working normally.",
        ),
        "2025-02-10",
        "Quillmere Energy",
        "mobile_app",
    ),
    (
        "A3",
        article(
            "Cash only at Tolbrook tills as card readers stop working nationwide",
            "Shoppers at Tolbrook supermarkets were told to pay in cash on Saturday after card "
            "readers stopped working at every one of the chain's 212 stores.",
            "Queues built up at tills from about 10am, and some customers abandoned full "
            "trolleys when staff explained that debit and credit cards could not be taken.",
            '"Card payments are unavailable in our stores at the moment. Cash is still '
            'accepted and we apologise for the inconvenience," Tolbrook said in a post on '
            "social media.",
            "The company did not say when card payments would be back. Neighbouring chains "
            "such as Pellard & Finch reported no difficulties.",
        ),
        "2025-03-15",
        "Tolbrook",
        "card_payments",
    ),
    (
        "A4",
        article(
            "Dapplewick Pizza orders dry up as online ordering goes down on Friday night",
            "Online ordering at Dapplewick Pizza went down on Friday evening, one of the "
            "busiest nights of the week for takeaway chains.",
            "Customers reported seeing a spinning wheel at checkout from about 6pm, while "
            "several of the chain's 90 branches put signs in their windows asking people to "
            "phone in orders instead.",
            '"Our stores are open and happy to take orders by phone while we get online '
            "ordering back,\" said Marco Tullen, Dapplewick's operations director.",
            "Delivery apps such as Munchway continued to list rival pizza chains as normal.",
        ),
        "2025-04-12",
        "Dapplewick Pizza",
        "online_orders",
    ),
    (
        "A5",
        article(
            "Marlcastle Bank customers locked out of accounts on payday",
            "Customers of Marlcastle Bank were unable to get into their accounts on Friday, "
            "payday for millions of workers, after the lender's mobile banking app stopped "
            "loading.",
            "Users said the app froze on its opening screen, and some said they could not "
            "check whether their wages had arrived or pay bills due that day.",
            '"We are aware some customers cannot log in to the app right now. Please bear with '
            'us while we put this right," the bank said in a statement.',
            "Larger rivals including Sturbridge Bank were not affected.",
        ),
        "2025-05-30",
        "Marlcastle Bank",
        "mobile_app",
    ),
    (
        "A6",
        article(
            "Kestrelway passengers ride free as contactless readers go blank",
            "Passengers on Kestrelway Buses were unable to tap on with bank cards or phones on "
            "Monday morning after contactless readers across the company's fleet stopped "
            "responding.",
            "Drivers waved many commuters through without paying, while others were asked to "
            "buy paper tickets with cash.",
            '"Contactless ticketing isn\'t available on our buses this morning," said '
            'Kestrelway spokeswoman Anya Corbel. "Drivers will accept cash and nobody who '
            'cannot pay will be turned away."',
            "Trams run by Abbotsmere Metro in the same city were taking contactless as normal.",
        ),
        "2025-09-08",
        "Kestrelway Buses",
        "contactless_payments",
    ),
    (
        "A7",
        article(
            "Hensbrook council staff back to pen and paper as computers go down",
            "Staff at Hensbrook District Council have been working with pen and paper since "
            "Tuesday after the authority's computer systems went down, leaving them unable to "
            "use email or open case files.",
            "Residents were told that bin collections would go ahead but that planning "
            "applications and benefit claims could not be processed for now.",
            '"We are sorry for the delays and thank residents for their patience," said '
            "council leader Gareth Pembry.",
            "Neighbouring Ancrum Borough Council offered to lend staff to help clear the backlog.",
        ),
        "2025-10-16",
        "Hensbrook District Council",
        "internal_systems",
    ),
]

A_NEGATIVE = [
    (
        "A8",
        article(
            "Loxhythe Bank app to go offline overnight on Saturday for upgrade",
            "Loxhythe Bank customers will be unable to use its app or online banking from 11pm "
            "on Saturday until 6am on Sunday while the lender moves its systems to a new "
            "platform, it has announced.",
            "Card payments and cash withdrawals will continue to work during the switchover, "
            "but customers will not be able to make transfers or view statements.",
            "\"We've picked the quietest time of the week to do this work and we'd encourage "
            'customers to make any urgent payments before Saturday evening," said Priya '
            "Talwick, the bank's chief digital officer.",
            "Other lenders, including Fenwray Building Society, have carried out similar "
            "upgrades in recent months.",
        ),
        "2025-05-14",
    ),
    (
        "A9",
        article(
            "Pemberfield Water to take website offline for weekend maintenance",
            "Pemberfield Water's website and online account service will be switched off for "
            "routine maintenance between 8pm on Friday and noon on Saturday, the company said.",
            "Customers who need to report a leak during that time should phone the emergency "
            "line, which will be staffed as usual.",
            '"This planned work will help keep our online services fast and secure," a '
            "spokesman said.",
            "Neighbouring supplier Roxley Water completed a similar update last month.",
        ),
        "2025-07-02",
    ),
    (
        "A10",
        article(
            "Aerlyn Airways says booking site stayed up during flash sale",
            "Aerlyn Airways has rejected claims that its booking website crashed during "
            "Tuesday's flash sale, saying the site stayed online throughout.",
            "Hundreds of customers complained on social media that they had waited more than "
            "an hour in an online queue for £19 fares.",
            '"Our website did not go down at any point. Demand was extraordinary and customers '
            'were placed in a virtual queue to keep the site running smoothly," said Aerlyn '
            "spokesman Luca Hendry.",
            "Budget rival Skyvane ran a similar promotion last month.",
        ),
        "2025-01-22",
    ),
    (
        "A11",
        article(
            "Is the Crandle Money app down? How to check and what to do",
            "Is the Crandle Money app down? It is a question many users ask whenever the "
            "banking app is slow to open, and there is a quick way to find out.",
            "The bank publishes a live status page on its website, which shows whether the "
            "app, card payments and online banking are running normally.",
            "\"If the app isn't loading, the first thing to try is closing it and updating to "
            "the latest version,\" said Nia Ostrander, Crandle's head of customer experience.",
            "Other app-only banks, such as Ostra Bank, offer similar status pages.",
        ),
        "2025-08-19",
    ),
    (
        "A12",
        article(
            "Wexmoor shares slide after profit warning",
            "Shares in Wexmoor Retail were down 9% on Tuesday after the fashion chain warned "
            "that annual profits would fall short of expectations.",
            "The company said a wet spring had hit sales of summer clothing, and that online "
            "sales were also down on last year as shoppers cut back.",
            '"Trading has been tougher than we expected, but we are confident in our plans for '
            'the second half," said chief executive Harriet Molyneux-Crane.',
            "Rivals including Stallard & Penn also reported weaker spring trading.",
        ),
        "2025-06-03",
    ),
    (
        "A13",
        article(
            "Medlow Dairies deliveries halted by drivers' walkout",
            "Doorstep milk deliveries from Medlow Dairies stopped for three days this week "
            "during a strike by drivers over pay.",
            "About 40,000 households across the region went without their morning pint, and "
            "some supermarkets ran short of the firm's cream and butter.",
            "\"We've reached an agreement with the union and rounds will return to normal from "
            'Friday," a Medlow spokeswoman said.',
            "The drivers' union said its members at rival Cresswold Creamery would vote on a "
            "similar offer next week.",
        ),
        "2025-11-13",
    ),
    (
        "A14",
        article(
            "Footfall down at Brackenmere Centre as shoppers stay home",
            "Footfall at the Brackenmere Centre was down 12% in March compared with a year "
            "earlier, figures from the shopping centre's owner Tillingham Estates show.",
            "Spending at the centre's cafés also went down, and two fashion shops closed for "
            "good during the month.",
            '"Cold weather and the squeeze on household budgets kept people at home," said '
            "Tillingham's retail director, Owen Ferrier.",
            "Other centres, including Marchwood Gate, reported similar falls.",
        ),
        "2025-04-09",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service"),
    [known_miss_param(case, KNOWN_MISSES) for case in A_POSITIVE],
)
def test_a_service_told_failure_is_an_outage(
    text: str, published: str, org: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, org)
    assert "technical_outage" in incident["incident_types"], incident["incident_types"]
    assert statuses(incident).get(service) == "disrupted", statuses(incident)


@pytest.mark.parametrize(
    ("text", "published"),
    [pytest.param(*case[1:], id=case[0]) for case in A_NEGATIVE],
)
def test_a_not_a_failure_has_no_incident(text: str, published: str) -> None:
    record = run(text, published)
    found = [i["organization"]["name"] for i in record["incidents"]]
    assert record["incidents"] == [], f"expected no incidents, got {found}"


# --- B: reached through a third-party thing the victim uses ---------------------------------

B_THIRD_PARTY = [
    (
        "B1",
        article(
            "Glenholt Outdoor shoppers' card details skimmed through tampered script",
            "Card details of customers who bought from Glenholt Outdoor's website over three "
            "weeks may have been stolen after criminals tampered with a third-party analytics "
            "script that ran on the retailer's checkout pages.",
            "The altered code quietly copied card numbers and security codes as shoppers typed "
            "them and sent them to a server controlled by the criminals, the company said.",
            '"We removed the script as soon as we were alerted and have contacted every '
            "affected customer,\" said Glenholt's chief executive, Rowan Ashdale.",
            "Security researchers said the same technique had been used against other "
            "retailers, including Thistle & Fern, last year.",
        ),
        "2025-03-27",
        "Glenholt Outdoor",
        True,
    ),
    (
        "B2",
        article(
            "Power failure at supplier's data centre knocks Spindlewood Insurance offline",
            "Spindlewood Insurance's website and claims portal were unavailable for most of "
            "Thursday after a power cut at a third-party data centre that hosts its systems.",
            "Customers trying to make claims after the week's storms were told to phone "
            "instead, and call waiting times rose to more than an hour.",
            '"The data centre is run by one of our suppliers, and we are working closely with '
            'them to bring everything back online," said Spindlewood spokeswoman Fern '
            "Oakleigh.",
            "The operator of the site, Marlpit Hosting, said backup generators had not started "
            "as they should.",
        ),
        "2025-11-21",
        "Spindlewood Insurance",
        True,
    ),
    (
        "B3",
        article(
            "Mardlebrook Telecom customer records viewed via support tool",
            "Mardlebrook Telecom has warned customers that intruders were able to view their "
            "names, phone numbers and account details by logging into a third-party helpdesk "
            "tool the company uses to handle complaints.",
            "The broadband provider said the intruders used a stolen password and had access "
            "for around four days in May.",
            '"No payment information or passwords were stored in the tool, but we are sorry '
            "this happened,\" said Mardlebrook's data protection officer, Isobel Raine.",
            "The helpdesk software is also used by several other firms, including Perrimead "
            "Travel, which said it was checking its own accounts.",
        ),
        "2025-06-11",
        "Mardlebrook Telecom",
        True,
    ),
    (
        "B4",
        article(
            "Korrin Fitness members' records copied from cloud data store",
            "Korrin Fitness has said that an unknown party downloaded member records, "
            "including names, dates of birth and home addresses, from a third-party cloud data "
            "warehouse used by the gym chain.",
            "The chain spotted the download on 2 June during a routine review and has "
            "reported it to the Information Commissioner's Office.",
            '"We have locked down access to the account and are working with the provider to '
            "understand how this happened,\" said Korrin's managing director, Callum Deverill.",
            "The provider, Nimbusgate, said it was checking whether other customers had been "
            "affected.",
        ),
        "2025-06-09",
        "Korrin Fitness",
        True,
    ),
    (
        "B5",
        article(
            "Fraudsters hijack live chat on Gorrington & Tilley website",
            "Fraudsters hijacked a third-party live chat widget on the Gorrington & Tilley "
            "website over the weekend, using it to send shoppers links to a fake payment page.",
            "The department store said at least 300 customers had clicked the link and some "
            "had entered their card details.",
            '"The chat service is provided by an external company. We have switched it off and '
            'are contacting everyone who may have been affected," a Gorrington & Tilley '
            "spokesperson said.",
            "Shoppers at rival Hensley's said they had not seen similar messages.",
        ),
        "2025-12-01",
        "Gorrington & Tilley",
        True,
    ),
    (
        "B6",
        article(
            "Larkspire Cinemas fans unable to book as payment provider is hit",
            "Larkspire Cinemas customers could not buy tickets online for much of Saturday "
            "after ransomware struck the third-party payment gateway the chain uses to take "
            "card payments.",
            "Box offices at its 38 cinemas were still selling tickets for cash, but queues "
            "stretched out of the doors on the opening weekend of the summer's biggest film.",
            '"Our own systems are unaffected. Our payment provider is working to restore its '
            "service and we will refund any booking fees,\" said Larkspire's marketing "
            "director, Saoirse Kemble.",
            "Picturehall, another chain that uses the same gateway, was also unable to take "
            "online payments.",
        ),
        "2025-07-19",
        "Larkspire Cinemas",
        True,
    ),
    (
        "B7",
        article(
            "Thistledown Care Homes staff details exposed in payroll supplier hack",
            "Bank details and National Insurance numbers of about 2,400 Thistledown Care Homes "
            "employees were stolen when hackers broke into a third-party payroll platform "
            "used by the care group.",
            "The payroll provider, Paysheaf, told Thistledown on Monday that the hackers had "
            "downloaded files relating to several of its clients.",
            "\"Our own systems were not breached, but we take the security of our staff's "
            "information very seriously,\" said Thistledown's chief executive, Margot Fennel.",
            "Unions have urged staff to watch their bank accounts for suspicious activity.",
        ),
        "2025-02-26",
        "Thistledown Care Homes",
        True,
    ),
    (
        "B8",
        article(
            "Caddesby Logistics hit by ransomware, calls in outside specialists",
            "Caddesby Logistics said on Wednesday that ransomware had encrypted servers at its "
            "head office, forcing it to switch some depots to paper records.",
            "The company said it had hired third-party forensic specialists to work out how "
            "the hackers got in and whether any data had been taken.",
            '"We acted quickly to contain the attack and our depots are continuing to '
            'operate," said chief executive Tobias Wrenfield.',
            "Logistics firms such as Dunstanton Freight have been targeted by ransomware gangs "
            "in recent years.",
        ),
        "2025-04-23",
        "Caddesby Logistics",
        False,
    ),
    (
        "B9",
        article(
            "Wrennford Bank app back after cyber attack but budgeting links still down",
            "Wrennford Bank customers can use its mobile app again after a cyber attack on the "
            "lender's own systems took it offline on Monday.",
            "But the bank said connections to third-party apps, such as budgeting and "
            "accounting tools that draw on customers' account data, would take several more "
            "days to restore.",
            '"Restoring our core services was the priority. Links to outside apps will follow '
            "once we are sure they are secure,\" said Wrennford's chief information officer, "
            "Dominic Asherby.",
            "The bank said there was no evidence customer data had been accessed.",
        ),
        "2025-08-28",
        "Wrennford Bank",
        False,
    ),
    (
        "B10",
        article(
            "Yarlside Council hit by hackers after staff member phished",
            "Yarlside Council's computer network was shut down on Tuesday after hackers used a "
            "member of staff's login, obtained through a fake email, to get into the council's "
            "systems.",
            "Online payments for council tax and parking permits were suspended while the "
            "council investigated.",
            '"We took our systems offline as a precaution and are working to bring them back '
            "safely,\" said the council's chief executive, Alisha Brereton.",
            "Cyber security experts said the case showed the dangers councils face from "
            "phishing, as well as the wider risks posed by the third-party software that many "
            "authorities depend on.",
        ),
        "2025-10-08",
        "Yarlside Council",
        False,
    ),
    (
        "B11",
        article(
            "Wendlebury University student records stolen through software flaw",
            "Hackers stole the records of about 18,000 students from Wendlebury University "
            "after exploiting a flaw in third-party file-transfer software that the university "
            "ran on its own servers.",
            "The university said it had not installed a security update released by the "
            "software's maker two weeks before the break-in.",
            '"We deeply regret that this update was not applied in time and have reviewed our '
            'patching procedures," said vice-chancellor Professor Hilary Stanforth.',
            "Several other institutions, including Norrington College, used the same software "
            "but have said they were patched.",
        ),
        "2025-09-17",
        "Wendlebury University",
        False,
    ),
    (
        "B12",
        article(
            "Harlaston Foods halts production lines after cyber attack",
            "Harlaston Foods has stopped production at two of its factories after hackers got "
            "into the frozen food maker's network on Sunday night.",
            "The company said it had brought in a third-party incident response firm and "
            "legal advisers and had informed the police and the National Cyber Security "
            "Centre.",
            '"Our priority is to get our factories running again safely and to keep supplying '
            'our customers," said chief operating officer Bethan Crowle.',
            "Supermarkets including Greenmarsh said shelves would be restocked from other "
            "suppliers.",
        ),
        "2025-03-04",
        "Harlaston Foods",
        False,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "third_party"),
    [known_miss_param(case, KNOWN_MISSES) for case in B_THIRD_PARTY],
)
def test_b_third_party_thing_the_victim_uses(
    text: str, published: str, org: str, third_party: bool
) -> None:
    record = run(text, published)
    incident = get(record, org)
    types = incident["incident_types"]
    if third_party:
        assert "third_party" in types, f"third_party missing for {org}: {types}"
    else:
        assert "third_party" not in types, f"third_party wrongly given to {org}: {types}"


# --- C: a theft recalled from an earlier year -----------------------------------------------

C_EARLIER_THEFT = [
    (
        "C1",
        article(
            "Huxtable Homeware warehouses slowed by ransomware",
            "Huxtable Homeware said ransomware had struck computer systems at its two "
            "distribution centres on Monday, delaying deliveries of online orders by up to a "
            "week.",
            "The retailer said no customer data had been affected and that its stores and "
            "website were trading normally.",
            '"We are sorry that some orders will arrive later than promised," said a Huxtable '
            "spokesperson.",
            "In 2021, Huxtable admitted that hackers had made off with the names and email "
            "addresses of 60,000 customers after breaking into a marketing database.",
        ),
        "2025-05-20",
        "Huxtable Homeware",
        False,
    ),
    (
        "C2",
        article(
            "Brightsands Travel booking system down after cyber attack",
            "Brightsands Travel's booking system has been offline since Thursday after what "
            "the tour operator called a cyber attack on its IT network.",
            "Customers due to travel this weekend have been told their holidays will go ahead, "
            "but new bookings cannot be taken. The company said there was no evidence that "
            "any customer information had been accessed.",
            '"Our teams are working with specialists to bring the system back as quickly as '
            'possible," said managing director Leonie Farthing.',
            "The firm has been caught out before. In 2019, criminals stole the passport "
            "details of 9,000 Brightsands customers from an unprotected server.",
        ),
        "2025-08-02",
        "Brightsands Travel",
        False,
    ),
    (
        "C3",
        article(
            "Pendlecroft Pharmacy repeat prescriptions halted by server failure",
            "Pendlecroft Pharmacy customers have been unable to order repeat prescriptions "
            "online since Saturday after a server failure at the chain.",
            "Pendlecroft said the failure was caused by faulty hardware rather than hackers "
            "and that no customer data had been affected.",
            '"Patients can still collect prescriptions from our branches as normal," said '
            "superintendent pharmacist Ravi Okonedo.",
            "In November 2022, the chain revealed that criminals had taken the medical "
            "records of about 3,000 online customers in a cyber attack, and it was later "
            "reprimanded by the regulator.",
        ),
        "2025-01-14",
        "Pendlecroft Pharmacy",
        False,
    ),
    (
        "C4",
        article(
            "Ferrowick Motors dealerships hit by cyber attack",
            "Car dealer group Ferrowick Motors said a cyber attack on Tuesday had forced it to "
            "shut down its sales and servicing systems at all 46 of its showrooms.",
            "The company said customers' personal and financial data had not been affected, "
            "because it was held on a separate system that the attackers did not reach.",
            '"Our showrooms remain open and we are completing sales on paper where we can," '
            "said finance director Gideon Hartsell.",
            "In 2023 the group was targeted by a ransomware gang that stole and published the "
            "driving licence details of 14,000 customers.",
        ),
        "2025-09-25",
        "Ferrowick Motors",
        False,
    ),
    (
        "C5",
        article(
            "Quaystone Leisure booking site knocked offline by flood of traffic",
            "Quaystone Leisure's website was knocked offline for several hours on Sunday by a "
            "flood of malicious traffic, leaving members unable to book swimming and gym "
            "sessions.",
            "The leisure centre operator said the attack had targeted only the website and "
            "that no members' data had been accessed or stolen.",
            '"Bookings can be made at reception while we restore the site," said Quaystone\'s '
            "head of digital, Keira Dallimore.",
            "Back in 2018, Quaystone was fined £150,000 after hackers stole the bank details "
            "of members who paid by direct debit.",
        ),
        "2025-02-03",
        "Quaystone Leisure",
        False,
    ),
    (
        "C6",
        article(
            "Skellan Broadband customers lose email after hack",
            "Skellan Broadband has taken its email service offline after hackers got into one "
            "of its mail servers on Friday.",
            "The provider said none of its customers' personal information had been taken, "
            "and that broadband connections were working normally.",
            '"We expect email to be back within 48 hours," said chief technology officer Ewan '
            "Strachwell.",
            "It is the third security scare at the firm in five years. In 2020, hackers stole "
            "the names, addresses and bank details of 25,000 Skellan customers.",
        ),
        "2025-10-27",
        "Skellan Broadband",
        False,
    ),
    (
        "C7",
        article(
            "Tamberlane Insurance begins writing to customers after data theft",
            "Tamberlane Insurance has started writing to 120,000 customers to tell them their "
            "details were taken in a cyber attack earlier this year.",
            "In February, cyber criminals made off with names, dates of birth and policy "
            "numbers from the insurer's customer database after breaking in through a staff "
            "member's account.",
            '"We are offering everyone affected two years of free credit monitoring," said '
            "Tamberlane's chief risk officer, Nadia Falkner.",
            "Insurers including Rothwell Mutual have reported similar attacks in the past year.",
        ),
        "2025-06-18",
        "Tamberlane Insurance",
        True,
    ),
    (
        "C8",
        article(
            "Regulator investigates Hobbdale Opticians over customer data theft",
            "The Information Commissioner's Office has opened an investigation into Hobbdale "
            "Opticians after a cyber attack on the chain's booking system.",
            "In April, attackers copied the prescriptions, phone numbers and home addresses of "
            "30,000 Hobbdale customers, the company has confirmed.",
            '"We are cooperating fully with the regulator," said Hobbdale\'s chief executive, '
            "Anneka Solberg.",
            "The chain's stores and website have been operating normally since the attack.",
        ),
        "2025-09-03",
        "Hobbdale Opticians",
        True,
    ),
    (
        "C9",
        article(
            "Pemsley Hotels to pay $3.1m over 2019 hack",
            "Pemsley Hotels has agreed to pay $3.1m to settle a class action brought by guests "
            "whose card details and passport numbers were taken by hackers in 2019.",
            "The hackers had been inside the chain's reservation system for almost a year "
            "before the theft was discovered.",
            '"We are pleased to have resolved this matter and have invested heavily in '
            "security since,\" said Pemsley's general counsel, Marisa Quell.",
            "The settlement, which still needs a judge's approval, follows similar cases "
            "against hotel groups including Seabright Resorts.",
        ),
        "2025-04-30",
        "Pemsley Hotels",
        True,
    ),
    (
        "C10",
        article(
            "Regulator fines Cobbleton Pet Supplies £900,000 over 2021 data theft",
            "The Information Commissioner's Office has fined Cobbleton Pet Supplies £900,000 "
            "over a 2021 cyber attack in which criminals stole the home addresses and card "
            "details of 210,000 online customers.",
            "The regulator said the retailer had left a known weakness in its website unfixed "
            "for more than a year.",
            '"We accept the findings and have made significant changes since 2021," said '
            "Cobbleton's chief executive, Simon Ravensworth.",
            "The penalty is one of the largest the regulator has issued to a retailer since it "
            "fined Whiskerly in 2023.",
        ),
        "2025-11-05",
        "Cobbleton Pet Supplies",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "compromised"),
    [pytest.param(*case[1:], id=case[0]) for case in C_EARLIER_THEFT],
)
def test_c_earlier_theft_does_not_override_denial(
    text: str, published: str, org: str, compromised: bool
) -> None:
    record = run(text, published)
    incident = get(record, org)
    services = statuses(incident)
    if compromised:
        assert services.get("customer_data") == "compromised", services
        assert incident["data_compromised"] is True, incident["data_compromised"]
    else:
        assert services.get("customer_data") == "unaffected", services
        assert incident["data_compromised"] is not True, incident["data_compromised"]
