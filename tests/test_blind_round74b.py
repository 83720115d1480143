"""Blind round 74b, class R: one sentence tells the state now and recaps the same service's past.

Class R. "Card payments, which failed across the chain on Monday, are working again", "The app,
which was taken offline on Friday when the retailer discovered a cyber attack, has returned",
"Click and collect, suspended since the cyber attack on 22 April, will resume next week",
"Online orders, halted for nine days after a ransomware attack, restarted on Thursday", "The
website is back online after being down since early on Saturday morning", "The pharmacy
reopened on Friday, having been closed since a cyber attack on Tuesday", or the reverse, "Home
deliveries, which had restarted on Monday, were suspended again on Wednesday": the main clause
tells where the service stands now and a subordinate clause or phrase about the same service
(a relative clause, a participle phrase, "after being ...", "having been ...") tells its past.
The service takes the main clause's status (restored, partially_restored with a scoped claim,
restoration_expected with a claim, or disrupted/suspended in the reverse case), with a claim
where the spec asks for one; the subordinate's day is the start where it is the day the trouble
began; the incident types are as told.

R1  UK wire, grocer, "Card payments, which failed across the Thistledown Stores chain on Monday,
    are working again at all 240 of its shops" -> Thistledown Stores primary, card_payments
    restored with a claim, start Monday, technical_outage, not cyber_attack
R2  Irish paper, department stores, "The Corrib & Vale app, which was taken offline on Friday
    when the retailer discovered a cyber attack, has returned" -> Corrib & Vale primary,
    mobile_app restored with a claim, start Friday, cyber_attack
R3  UK retail trade press, homeware, "Click and collect, suspended since the cyber attack on 22
    April, will resume at Haddon Home's 95 stores next week" -> Haddon Home primary,
    click_and_collect restoration_expected with a claim, start 22 April, cyber_attack
R4  Australian business news, camping retailer, "Online orders at Redgum Outdoors, halted for
    nine days after a ransomware attack, restarted on Thursday" -> Redgum Outdoors primary,
    online_orders restored with a claim, ransomware
R5  Scottish local paper, council, "Kilbrannan Council's website is back online after being
    down since early on Saturday morning" -> Kilbrannan Council primary, website restored with a
    claim, start Saturday, technical_outage, not cyber_attack
R6  English regional paper, hospital, "The outpatient pharmacy at Wessex Vale Hospital reopened
    on Friday, having been closed since a cyber attack on the hospital's computer systems on
    Tuesday" -> Wessex Vale Hospital primary, pharmacy restored with a claim, start Tuesday,
    cyber_attack
R7  South African news, online grocer, "Home deliveries, which stopped on Tuesday when hackers
    broke into Karoo Fresh's systems, have resumed in most regions" -> Karoo Fresh primary,
    home_delivery partially_restored with a scoped claim, start Tuesday, cyber_attack
R8  Canadian news, furniture retailer, reverse, "Northgate Furniture's home deliveries, which had
    restarted on Monday, were suspended again on Wednesday" -> Northgate Furniture primary,
    home_delivery suspended (not restored), cyber_attack
R9  Scottish local paper, ferry operator, reverse, "Online ticket sales at Pentland Isles
    Ferries, which had held up through one of the busiest weekends of the summer, failed on
    Monday morning" -> Pentland Isles Ferries primary, online_orders disrupted, start Monday,
    technical_outage, not cyber_attack, nothing restored
R10 English higher-education press, university, "Email at the University of Northmoor, which
    was shut down on 3 November when ransomware was found on its servers, is expected to be back
    by the end of the month" -> University of Northmoor primary, internal_systems
    restoration_expected with a claim, start 3 November, ransomware
R11 English personal-finance news, building society, "The Harbourne Building Society app, which
    stopped working on Thursday evening, is back for most customers" -> Harbourne Building
    Society primary, mobile_app partially_restored with a scoped claim, start Thursday,
    technical_outage, not cyber_attack
R12 Welsh paper, housing association, "Ystrad Housing's contact centre, closed since the cyber
    attack on 14 January, will reopen on Monday" -> Ystrad Housing primary, customer_service
    restoration_expected with a claim, start 14 January, cyber_attack
R13 New Zealand news, department stores, "Gift cards, which Totara Department Stores customers
    have been unable to use since Saturday, will be accepted again from Thursday" -> Totara
    Department Stores primary, gift_cards restoration_expected with a claim, start Saturday,
    technical_outage
R14 Dutch news in English, DIY chain, "Dekker Bouwmarkt's 30 DIY stores, closed since Friday's
    ransomware attack, reopened on Tuesday" -> Dekker Bouwmarkt primary, stores restored with a
    claim, start Friday, ransomware

Guards: a subordinate clause about another service than the main clause's keeps its own status;
a lede that says a service is still down keeps it down when a later paragraph recaps that it
"was first suspended on" a day; a relative clause about a rival's service gives the rival no
incident and the victim nothing back; a relative clause that tells a service's history, not a
trouble ("which was launched in 2019"), is not a return; a relative clause that tells a broken
promise to restore ("which the retailer had said would return on Monday") is not a return.

G1  English fashion trade press, "Card payments at Marlow & Finch, whose website went down on
    Monday in the same computer failure that hit its tills, are working again at all 60 stores",
    "The website, however, was still down on Wednesday afternoon" -> Marlow & Finch primary,
    card_payments restored with a claim, website disrupted with no (website, restored) claim,
    start Monday, technical_outage
G2  UK wire, garden retailer, "Online orders at Fairholme remain suspended nearly three weeks
    after a cyber attack", later "Online ordering was first suspended on 2 May, when Fairholme
    detected the attack" -> Fairholme primary, online_orders suspended, nothing restored, start
    2 May, cyber_attack
G3  Scottish business news, "Online orders at Greystone Outfitters are still suspended a week
    after a cyber attack, and shoppers are turning to rival Pemberton Sports, whose website,
    which was relaunched in January, has had record traffic" -> Greystone Outfitters primary,
    online_orders suspended, nothing restored, cyber_attack; Pemberton Sports absent
G4  Kenyan news, bank, "The Kinara Bank app, which was launched in 2019 and is used by more than
    400,000 customers, has been down since Tuesday" -> Kinara Bank primary, mobile_app
    disrupted, nothing restored, start Tuesday, technical_outage, not cyber_attack
G5  English book trade press, "Click and collect, which Tamsin & Rowe had said would return on
    Monday, remained suspended on Wednesday" -> Tamsin & Rowe primary, click_and_collect
    suspended, nothing restored, cyber_attack

On the first run (the committed code at 053975a; no tracked file was edited), 11 of 19 cases
passed: R1, R2, R4, R5, R6, R11, R13, R14, G1, G4 and G5. No case was changed after it.
Missed:
R3  Haddon Home primary (cyber_attack, start 22 April) with a (click_and_collect,
    restoration_expected) claim, but click_and_collect left partially_restored: the sentence
    "the retailer had rebuilt the systems that link its website to its stores. 'Click and
    collect is how a third of our online customers like to shop" gave a (click_and_collect,
    partially_restored) claim scoped "a third of our", plus general and website restored claims
    and website and internal_systems restored
R7  Karoo Fresh primary with home_delivery partially_restored and the scoped claim, but no
    incident_start: the start Tuesday went to a second, related incident named "JOHANNESBURG -
    Home" (the dateline and the lede's first word), which also took home_delivery
R8  the primary named "TORONTO - Northgate Furniture" (dateline kept in the name), with
    home_delivery restoration_expected and a (home_delivery, restoration_expected) claim read
    from the refusal "We will not restart deliveries until our investigators tell us the network
    is clean"; "which had restarted on Monday" was dated as a restoration
R9  Pentland Isles Ferries primary (technical_outage, start Monday) but no services at all:
    "Online ticket sales ... failed" gave no online_orders
R10 University of Northmoor primary (ransomware, start 3 November) with an (internal_systems,
    restoration_expected) claim, but internal_systems left restored, with an (internal_systems,
    restored) claim read from "'Restoring email safely is a big job, and we are doing it
    carefully'"
R12 Ystrad Housing primary (cyber_attack, start 14 January) but customer_service restored, with
    two (customer_service, restored) claims, from the headline "contact centre to reopen" and
    from "From Monday our phone lines will be open as normal from 8am"
G2  no incidents at all: "Online orders at Fairholme remain suspended nearly three weeks after a
    cyber attack" gave no Fairholme
G3  Greystone Outfitters primary and right (online_orders suspended, nothing back), but rival
    Pemberton Sports a related incident (cyber_attack) with its website restored and a
    (website, restored) claim from "whose website, which was relaunched in January"

After round 74's rules (a return in the gerund opening its clause, the subject of a verb of now or
to come, names the work to do: 'Restoring email safely is a big job'; a headline's infinitive
return is to come; a word of state opening an aside after a service recaps it; a name the model
runs over a wire dateline's dash is cut where the story starts): 13 of 19. R7 and R10 pass; R3,
R8, R9, R12, G2 and G3 are left (R12 still reads 'From Monday our phone lines will be open as
normal' as a steady state).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _recap(
    victim: str,
    service: str,
    status: str,
    kinds: list[str],
    claim: str | None = None,
    scoped: bool = False,
    start: str | None = None,
    nothing_restored: bool = False,
    not_kinds: list[str] | None = None,
) -> dict[str, Any]:
    """The victim primary with its service at the main clause's status, the kinds of trouble
    as told, a claim for the service (scoped where the return is partial), its start day,
    nothing read as back, and kinds the text rules out."""
    expect: dict[str, Any] = {
        "primary": victim,
        "statuses": {victim: {service: status}},
        "has_types": {victim: kinds},
    }
    if claim:
        expect["claims"] = {victim: [(service, claim)]}
    if scoped:
        expect["scoped_claim"] = {victim: (service, claim)}
    if start:
        expect["start"] = {victim: start}
    if nothing_restored:
        expect["nothing_restored"] = [victim]
    if not_kinds:
        expect["lacks_types"] = {victim: not_kinds}
    return expect


R_CASES = [
    pytest.param(
        _article(
            "Thistledown card payments back after day-long till failure",
            "LONDON (Wire) - Card payments, which failed across the Thistledown Stores chain on "
            "Monday, are working again at all 240 of its shops, the grocer said on Tuesday.",
            "Shoppers from Carlisle to Cheltenham were turned away at the checkouts or asked to "
            "pay in cash for much of Monday after what the company described as a fault in a "
            "software update to its till system.",
            "'We are sorry to everyone who had a frustrating trip to one of our stores "
            "yesterday,' a Thistledown spokesperson said. 'This was a technical problem, not a "
            "cyber attack, and we have rolled the update back.'",
            "Some larger stores had kept a few tills running on an older version of the "
            "software, but most smaller shops were left taking cash only, and queues formed at "
            "cash machines in several towns.",
            "The retailer, which employs about 18,000 people, said it was reviewing how the "
            "update had been tested before it was sent to stores. Analysts said the lost sales "
            "were unlikely to dent its half-year results.",
        ),
        "2025-10-14",
        _recap(
            "Thistledown Stores",
            "card_payments",
            "restored",
            ["technical_outage"],
            claim="restored",
            start="2025-10-13",
            not_kinds=["cyber_attack"],
        ),
        id="R1",
    ),
    pytest.param(
        _article(
            "Corrib & Vale app back online after cyber attack",
            "The Corrib & Vale app, which was taken offline on Friday when the retailer "
            "discovered a cyber attack, has returned, the Galway-based department store group "
            "said on Monday.",
            "Customers had been unable to log in to the app over the weekend, although the "
            "group's 14 stores across the west of Ireland traded as normal.",
            "A spokeswoman said the app had been switched off as a precaution while specialists "
            "checked the company's systems. 'We took the decision to pull the app quickly to "
            "protect our customers, and we're glad to have it back,' she said.",
            "Corrib & Vale said it had informed the Data Protection Commission and that its "
            "investigation into whether any customer information had been accessed was "
            "continuing.",
            "The company did not say who was behind the attack, and would not comment on "
            "whether it had received any demand from the attackers. Staff at its flagship store "
            "on Shop Street said trade had been busier than usual on Saturday.",
        ),
        "2025-09-15",
        _recap(
            "Corrib & Vale",
            "mobile_app",
            "restored",
            ["cyber_attack"],
            claim="restored",
            start="2025-09-12",
        ),
        id="R2",
    ),
    pytest.param(
        _article(
            "Haddon Home to restart click and collect next week",
            "Click and collect, suspended since the cyber attack on 22 April, will resume at "
            "Haddon Home's 95 stores next week, the homeware retailer said on Wednesday.",
            "Customers have been able to order from Haddon Home's website for home delivery since "
            "the middle of May, but have not been able to pick orders up in store.",
            "Chief executive Martin Osei said the retailer had rebuilt the systems that link its "
            "website to its stores. 'Click and collect is how a third of our online customers "
            "like to shop, so getting it back has been a priority,' he said.",
            "Haddon Home has not said who was responsible for the attack, which forced it to "
            "take a number of systems offline. It said last month that some customers' contact "
            "details had been taken.",
            "The company said it would confirm the exact date of the restart in an email to "
            "customers, and that orders placed for collection before the attack had all been "
            "delivered or refunded.",
        ),
        "2025-06-11",
        _recap(
            "Haddon Home",
            "click_and_collect",
            "restoration_expected",
            ["cyber_attack"],
            claim="restoration_expected",
            start="2025-04-22",
        ),
        id="R3",
    ),
    pytest.param(
        _article(
            "Redgum Outdoors restarts online orders after ransomware attack",
            "Online orders at Redgum Outdoors, halted for nine days after a ransomware attack, "
            "restarted on Thursday, the Melbourne-based camping and hiking retailer said.",
            "The company's 22 stores in Victoria and New South Wales stayed open during the "
            "outage, but customers could not buy from its website, which accounts for about 40 "
            "per cent of sales.",
            "'Our team has worked around the clock to bring the online shop back safely,' chief "
            "executive Alana Brooks said. 'Orders placed from today will be dispatched as "
            "normal.'",
            "Redgum said it had not paid a ransom and had reported the attack to the Australian "
            "Cyber Security Centre. It said there was no evidence that customers' payment card "
            "details had been taken, but it was still checking whether other personal "
            "information had been accessed.",
            "The retailer said some orders placed before the attack would arrive late and that "
            "affected customers would be contacted by email.",
        ),
        "2025-08-22",
        _recap(
            "Redgum Outdoors",
            "online_orders",
            "restored",
            ["ransomware"],
            claim="restored",
        ),
        id="R4",
    ),
    pytest.param(
        _article(
            "Kilbrannan Council website back after weekend outage",
            "Kilbrannan Council's website is back online after being down since early on "
            "Saturday morning, the local authority said on Monday.",
            "Residents trying to pay council tax, report missed bin collections or book "
            "appointments over the weekend were met with an error message.",
            "A council spokesperson said the outage had been caused by a failed upgrade to the "
            "server that hosts the site. 'There is no evidence that this was a cyber attack, and "
            "no residents' data has been affected,' she said. 'We apologise for the "
            "inconvenience.'",
            "Councillor Morag Lindsay, who chairs the authority's resources committee, said she "
            "would ask officers for a report on why the site had been out of action for so long.",
            "The council said anyone who had missed a payment deadline because of the outage "
            "would not be penalised, and that bin collections had gone ahead as normal. The "
            "website handles about 40,000 visits a week.",
        ),
        "2026-02-02",
        _recap(
            "Kilbrannan Council",
            "website",
            "restored",
            ["technical_outage"],
            claim="restored",
            start="2026-01-31",
            not_kinds=["cyber_attack"],
        ),
        id="R5",
    ),
    pytest.param(
        _article(
            "Wessex Vale Hospital pharmacy reopens after cyber attack",
            "The outpatient pharmacy at Wessex Vale Hospital reopened on Friday, having been "
            "closed since a cyber attack on the hospital's computer systems on Tuesday.",
            "Patients collecting medicines after clinic appointments had been sent to community "
            "pharmacies in the town while staff worked without access to electronic "
            "prescribing.",
            "'I want to thank patients for their patience and our pharmacy team for keeping "
            "vital medicines moving during a very difficult week,' said Dr Helen Marsh, the "
            "hospital's medical director.",
            "The hospital said some planned operations and outpatient appointments had been "
            "postponed this week and that it was still working through a backlog. It has "
            "reported the attack to the National Cyber Security Centre and the Information "
            "Commissioner's Office.",
            "A spokesperson said it was too early to say whether any patient information had "
            "been accessed.",
            "Wessex Vale Hospital, which serves about 250,000 people, said its emergency "
            "department had stayed open throughout and that patients should attend appointments "
            "unless contacted.",
        ),
        "2025-07-19",
        _recap(
            "Wessex Vale Hospital",
            "pharmacy",
            "restored",
            ["cyber_attack"],
            claim="restored",
            start="2025-07-15",
        ),
        id="R6",
    ),
    pytest.param(
        _article(
            "Karoo Fresh resumes deliveries in most regions after hack",
            "JOHANNESBURG - Home deliveries, which stopped on Tuesday when hackers broke into "
            "Karoo Fresh's systems, have resumed in most regions, the online grocer said on "
            "Friday.",
            "Customers in Gauteng, KwaZulu-Natal and the Free State had been receiving orders "
            "again since Thursday, but deliveries in the Western Cape and Eastern Cape were still "
            "on hold, the company said.",
            "'We know how much our customers rely on us for their weekly shop, and we are sorry "
            "for the disruption,' said Karoo Fresh spokesperson Thandi Mokoena.",
            "The Pretoria-based company, which delivers to about 60,000 households a week, said "
            "it had reported the cyber attack to the Information Regulator and was investigating "
            "whether customer details had been accessed.",
            "Karoo Fresh, which was founded in 2017, has grown quickly since the pandemic and "
            "raised R400 million from investors last year to expand into smaller cities such as "
            "Polokwane and Nelspruit.",
        ),
        "2025-11-14",
        _recap(
            "Karoo Fresh",
            "home_delivery",
            "partially_restored",
            ["cyber_attack"],
            claim="partially_restored",
            scoped=True,
            start="2025-11-11",
        ),
        id="R7",
    ),
    pytest.param(
        _article(
            "Northgate Furniture suspends deliveries again after hackers found in network",
            "TORONTO - Northgate Furniture's home deliveries, which had restarted on Monday, were "
            "suspended again on Wednesday after the company found that the hackers behind last "
            "month's cyber attack still had access to part of its network.",
            "The retailer, which has 35 showrooms in Ontario and Quebec, said customers waiting "
            "for sofas, beds and dining sets would be contacted to rearrange delivery dates once "
            "it was safe to do so.",
            "'We moved too quickly, and we're sorry,' chief executive Paul Desrosiers said in a "
            "statement. 'We will not restart deliveries until our investigators tell us the "
            "network is clean.'",
            "Northgate's showrooms remain open and customers can still place orders in person, "
            "the company said.",
            "The retailer first disclosed the attack on 17 February and has said that some "
            "customers' names and addresses were taken. Industry analyst Marc Tremblay said the "
            "setback would be costly at a time when furniture sales were already weak.",
        ),
        "2026-03-06",
        {
            **_recap(
                "Northgate Furniture",
                "home_delivery",
                "suspended",
                ["cyber_attack"],
            ),
            "not_status": {"Northgate Furniture": {"home_delivery": "restored"}},
        },
        id="R8",
    ),
    pytest.param(
        _article(
            "Pentland Isles Ferries ticket sales hit by booking system fault",
            "Online ticket sales at Pentland Isles Ferries, which had held up through one of the "
            "busiest weekends of the summer, failed on Monday morning after a fault in the "
            "operator's booking system.",
            "Passengers hoping to travel between Scrabster, Stromness and the smaller Orkney "
            "islands were told to turn up at the ports and buy tickets at the kiosk, and queues "
            "built up at Stromness ahead of the lunchtime sailing.",
            "A spokesman for the ferry operator said sailings were running to timetable. 'This "
            "is a technical fault, not a cyber attack, and our engineers are working to fix it,' "
            "he said. 'We can't yet say when online sales will be available again.'",
            "Local councillor Ewan Flett said islanders had been let down by the booking system "
            "before. 'People here depend on these boats for everything, and they need to be "
            "able to book a car space without a trip to the pier,' he said.",
        ),
        "2025-08-11",
        _recap(
            "Pentland Isles Ferries",
            "online_orders",
            "disrupted",
            ["technical_outage"],
            start="2025-08-11",
            nothing_restored=True,
            not_kinds=["cyber_attack"],
        ),
        id="R9",
    ),
    pytest.param(
        _article(
            "University of Northmoor email expected back by end of month",
            "Email at the University of Northmoor, which was shut down on 3 November when "
            "ransomware was found on its servers, is expected to be back by the end of the "
            "month, the university said on Wednesday.",
            "Students and staff have been using temporary accounts to stay in touch, and "
            "lectures have continued as normal.",
            "'Restoring email safely is a big job, and we are doing it carefully,' said "
            "Professor Daniel Okoro, the university's chief operating officer. 'We expect staff "
            "accounts to be back first, followed by student accounts before the end of "
            "November.'",
            "The university, which has about 21,000 students, said it had reported the attack "
            "to the police and the Information Commissioner's Office and was working to "
            "establish whether any personal data had been taken.",
            "The students' union said it had received dozens of complaints from students who "
            "had missed messages about coursework deadlines.",
        ),
        "2025-11-12",
        _recap(
            "University of Northmoor",
            "internal_systems",
            "restoration_expected",
            ["ransomware"],
            claim="restoration_expected",
            start="2025-11-03",
        ),
        id="R10",
    ),
    pytest.param(
        _article(
            "Harbourne Building Society app back for most customers after outage",
            "The Harbourne Building Society app, which stopped working on Thursday evening, is "
            "back for most customers, the lender said on Saturday.",
            "Members had been unable to log in, check balances or move money since about 7pm on "
            "Thursday, and the society's phone lines were busier than usual on Friday as people "
            "called to ask about their savings.",
            "A spokesperson said the problem had been caused by a fault during planned "
            "maintenance and was not the result of a cyber attack. 'A small number of members "
            "are still having trouble logging in, and we are working to fix that,' she said.",
            "The Devon-based society, which has about 300,000 members, said no money had been "
            "lost and that its branches had been open as usual throughout.",
            "Consumer group Money Matters said it was the second time in a year that Harbourne "
            "members had been locked out of their accounts.",
        ),
        "2026-01-17",
        _recap(
            "Harbourne Building Society",
            "mobile_app",
            "partially_restored",
            ["technical_outage"],
            claim="partially_restored",
            scoped=True,
            start="2026-01-15",
            not_kinds=["cyber_attack"],
        ),
        id="R11",
    ),
    pytest.param(
        _article(
            "Ystrad Housing contact centre to reopen after cyber attack",
            "Ystrad Housing's contact centre, closed since the cyber attack on 14 January, will "
            "reopen on Monday, the housing association said on Wednesday.",
            "Tenants in Rhondda Cynon Taf and Merthyr Tydfil have had to report repairs by email "
            "or in person at the association's offices for the past two weeks, and some have "
            "complained about long waits for emergency repairs.",
            "'We know how frustrating it has been for tenants not to be able to pick up the "
            "phone to us,' chief executive Rhian Pugh said. 'From Monday our phone lines will be "
            "open as normal from 8am.'",
            "Ystrad Housing, which manages about 9,000 homes in the south Wales valleys, said it "
            "was still investigating what information the attackers had been able to see, and "
            "would write to tenants if their details had been affected.",
            "Welsh Government ministers have asked housing associations to review their cyber "
            "security after a number of attacks on public bodies in Wales in the past year.",
        ),
        "2026-01-28",
        _recap(
            "Ystrad Housing",
            "customer_service",
            "restoration_expected",
            ["cyber_attack"],
            claim="restoration_expected",
            start="2026-01-14",
        ),
        id="R12",
    ),
    pytest.param(
        _article(
            "Totara gift cards to work again from Thursday",
            "Gift cards, which Totara Department Stores customers have been unable to use since "
            "Saturday, will be accepted again from Thursday, the retailer said on Tuesday.",
            "Shoppers at the chain's 11 stores across the North Island were told at the tills "
            "that their cards could not be read, and the retailer's website stopped accepting "
            "them at checkout as well.",
            "Totara said an IT fault in its own gift card system was to blame and that no money "
            "had been lost from any card. 'Every dollar on every card is safe,' said general "
            "manager Aroha Ngata. 'We're sorry for the hassle at what is the busiest time of "
            "year.'",
            "The company said it would extend the expiry date of any card due to run out this "
            "month. Other payments were not affected.",
            "Retail NZ said gift card problems were especially frustrating for shoppers in "
            "December, when many people received cards as early Christmas presents.",
        ),
        "2025-12-09",
        _recap(
            "Totara Department Stores",
            "gift_cards",
            "restoration_expected",
            ["technical_outage"],
            claim="restoration_expected",
            start="2025-12-06",
        ),
        id="R13",
    ),
    pytest.param(
        _article(
            "Dekker Bouwmarkt reopens stores after ransomware attack",
            "Dekker Bouwmarkt's 30 DIY stores, closed since Friday's ransomware attack, reopened "
            "on Tuesday, the Utrecht-based chain said.",
            "The company shut its stores as a precaution after criminals encrypted computers at "
            "its head office and distribution centre, leaving staff unable to check stock or "
            "process payments.",
            "'Our stores are open and our staff are ready to help,' a spokesperson said. 'Some "
            "products may be temporarily out of stock while we get our distribution centre "
            "running again.'",
            "Dekker Bouwmarkt said it had reported the attack to the police and the Dutch Data "
            "Protection Authority, and was investigating whether customer or employee data had "
            "been stolen. It has not said whether it received a ransom demand.",
            "The chain, which employs about 1,400 people, is one of the larger independent DIY "
            "retailers in the Netherlands. Trade on Tuesday was quieter than usual, staff at its "
            "Amersfoort store said.",
        ),
        "2026-04-22",
        _recap(
            "Dekker Bouwmarkt",
            "stores",
            "restored",
            ["ransomware"],
            claim="restored",
            start="2026-04-17",
        ),
        id="R14",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Marlow & Finch tills working again after computer failure",
            "Card payments at Marlow & Finch, whose website went down on Monday in the same "
            "computer failure that hit its tills, are working again at all 60 stores, the "
            "fashion chain said on Wednesday.",
            "The website, however, was still down on Wednesday afternoon, showing customers a "
            "message asking them to shop in store.",
            "A Marlow & Finch spokesperson said a power failure at the company's own data centre "
            "in Leicester had damaged several servers. 'Getting the tills back was our first "
            "priority, and our teams are now concentrating on the website,' she said. 'We are "
            "not able to give a date for that yet.'",
            "The retailer said the problem was not the result of a cyber attack and that no "
            "customer data had been affected.",
            "Shoppers at the chain's store in Nottingham said staff had been turning away anyone "
            "without cash on Monday, and some had queued at a cash machine across the road.",
        ),
        "2025-09-24",
        {
            **_recap(
                "Marlow & Finch",
                "card_payments",
                "restored",
                ["technical_outage"],
                claim="restored",
                start="2025-09-22",
            ),
            "statuses": {
                "Marlow & Finch": {"card_payments": "restored", "website": "disrupted"},
            },
            "no_claims": {"Marlow & Finch": [("website", "restored")]},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Fairholme online orders still suspended nearly three weeks after cyber attack",
            "Online orders at Fairholme remain suspended nearly three weeks after a cyber "
            "attack, and the garden and home retailer said on Tuesday it could not yet say when "
            "they would return.",
            "The company's 48 stores are open and taking card payments as normal, but customers "
            "cannot buy from its website or app.",
            "'We understand how disappointing this is, particularly at the start of the "
            "gardening season,' chief executive Sarah Whitlock said. 'We would rather take the "
            "time to get it right.'",
            "Online ordering was first suspended on 2 May, when Fairholme detected the attack, "
            "and the retailer later also paused deliveries of larger items such as sheds and "
            "garden furniture.",
            "Fairholme has said some customers' names, email addresses and order histories were "
            "accessed. Shares in the company, which is listed in London, have fallen by about 12 "
            "per cent since the attack was disclosed.",
        ),
        "2025-05-20",
        _recap(
            "Fairholme",
            "online_orders",
            "suspended",
            ["cyber_attack"],
            start="2025-05-02",
            nothing_restored=True,
        ),
        id="G2",
    ),
    pytest.param(
        _article(
            "Greystone Outfitters shoppers turn to rivals as online shop stays shut",
            "Online orders at Greystone Outfitters are still suspended a week after a cyber "
            "attack, and shoppers are turning to rival Pemberton Sports, whose website, which "
            "was relaunched in January, has had record traffic, according to analysts.",
            "Greystone, which sells outdoor clothing and equipment from 70 stores in Scotland and "
            "the north of England, took its website offline after discovering the attack.",
            "'We're working hard to get our online shop back safely,' a Greystone spokesperson "
            "said. 'Our stores remain open and are trading normally.'",
            "Retail analyst Fiona Grant of Tayside Research said Pemberton's new site had been "
            "well timed. 'Pemberton has picked up a lot of Greystone's online customers this "
            "week,' she said.",
            "Pemberton Sports declined to comment. Greystone said it had reported the attack to "
            "Police Scotland and was working with outside specialists to investigate what had "
            "happened.",
        ),
        "2026-02-11",
        {
            **_recap(
                "Greystone Outfitters",
                "online_orders",
                "suspended",
                ["cyber_attack"],
                nothing_restored=True,
            ),
            "absent": ["Pemberton Sports"],
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Kinara Bank app down for third day",
            "NAIROBI - The Kinara Bank app, which was launched in 2019 and is used by more than "
            "400,000 customers, has been down since Tuesday, the lender said on Thursday.",
            "Customers have been unable to check balances, pay bills or send money through the "
            "app, and long queues formed at some of the bank's 42 branches in Nairobi and "
            "Mombasa on Wednesday.",
            "In a statement, Kinara Bank said the outage had been caused by a technical problem "
            "during a system upgrade and was not the result of a cyber attack. 'Customers' money "
            "and data are safe,' it said. 'Our engineers are working to resolve the issue as "
            "quickly as possible.'",
            "The bank said customers could still use its branches, cash machines and USSD "
            "banking service while the app was unavailable.",
            "Kinara Bank, which was founded in 1994, has been investing heavily in digital "
            "banking as it competes with mobile money services.",
        ),
        "2025-10-30",
        _recap(
            "Kinara Bank",
            "mobile_app",
            "disrupted",
            ["technical_outage"],
            start="2025-10-28",
            nothing_restored=True,
            not_kinds=["cyber_attack"],
        ),
        id="G4",
    ),
    pytest.param(
        _article(
            "Tamsin & Rowe click and collect still suspended despite promise",
            "Click and collect, which Tamsin & Rowe had said would return on Monday, remained "
            "suspended on Wednesday as the retailer continued to recover from a cyber attack.",
            "The bookshop and stationery chain, which has 52 shops in England and Wales, told "
            "customers in an email that it needed more time to test the systems that pass online "
            "orders to its stores.",
            "'We are sorry that we have not been able to restart click and collect as we had "
            "hoped,' a spokesperson said. 'Customers can still order online for home delivery.'",
            "Tamsin & Rowe disclosed the attack on 27 February and has said it does not believe "
            "any payment details were taken.",
            "Regular customer Jane Holloway, from Shrewsbury, said she had ordered a book for "
            "collection before the attack and was still waiting for news of it. 'I'd just like to "
            "know where it is,' she said.",
        ),
        "2026-03-18",
        _recap(
            "Tamsin & Rowe",
            "click_and_collect",
            "suspended",
            ["cyber_attack"],
            nothing_restored=True,
        ),
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "R3": "click_and_collect partially_restored: 'rebuilt the systems', scope 'a third of our'",
    "R8": "home_delivery restoration_expected, from 'We will not restart deliveries until'",
    "R9": "no service at all from 'Online ticket sales ... failed'",
    "R12": "customer_service restored: 'to reopen', 'From Monday ... will be open' read as back",
    "G2": "no incident at all for Fairholme",
    "G3": "rival Pemberton Sports related (cyber_attack) with its relaunched website restored",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(R_CASES, KNOWN_MISSES))
def test_class_r_the_state_now_with_a_recap_of_the_past_in_one_sentence(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_r_guards_other_services_later_recaps_rivals_histories_and_promises(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)
