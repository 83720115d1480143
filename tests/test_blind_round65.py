"""Blind round 65: acceptance cases written from the class descriptions and the contract alone.

Classes:

V. Victims named in a list of those hit, where the list itself carries the telling and no
   "X was hit" clause of its own: each named victim is an incident (any role), and a list of a
   ransomware gang's other victims gives each of them ransomware.
   V1 a cyber attack on the schools' IT provider Trewassa Digital, "Among those hit was
   Coldharbour Moor Academy." (present); V2 the Coldfin gang's ransomware at Harlan Creek
   Medical Center, "Among the gang's other victims this month were Sawyer Ridge Foods and Maple
   Hollow Dental" (both ransomware); V3 a payroll outage at Quandong Payroll, "Among the
   organisations affected is Yarrabandai Shire Council" (present); V4 a cyber attack on
   Brackenthwaite District Council's shared IT, "Also affected were Skelbeck Borough Council and
   Scarthgill Town Council" (both present); V5 the IronWren gang's ransomware at Pinecrest
   Hollow School District, "Also hit by the gang in September were Calloway Bend Foods, Deer
   Lick Haulage and Verlaine County Library" (all three ransomware); V6 the BlackSorrel gang's
   ransomware at Hardraw Precision Engineering, "Other victims of the gang this year include
   Penwartha Haulage, Carnwethers Print Works and Trevarrack Dental" (all three ransomware);
   V7 the NightAdder group's ransomware at Mount Tindal Estate Wines, "Other victims claimed by
   the group include Koorabin Foods and Wattle Gully Haulage" (both ransomware); V8 ransomware
   at the dental software vendor ClearMolar Software, "Those hit include Bridgewater Falls
   Family Dental." (present); V9 a failed update at Ribbleford Booking Systems, "Organisations
   affected by the outage included Thornber Leisure Trust and the Gordale Playhouse" (both
   present); V10 a power failure at Bilbarra Cloud, "Among those hit by the outage were Coorong
   Bay Hospital, Tarrawingee Foods and the Gundowring Academy" (all three present); V11 the
   Hexfold gang's ransomware at Ridgeview Plains Credit Union, "Among its victims was Oxbow
   Junction Hospital" (ransomware); V12 a cyber attack on Kilbrannock Sound Ferries, "Also hit
   was Ardmurran Harbour Trust, which runs the berths ..." (present); V13 the RedMulga gang's
   ransomware at Mallee Freight Lines, "Other victims of the gang include Yallakool Shire
   Council and Barrengarry Grammar Academy" (both ransomware); V14 a fibre outage at Trivale
   Fiber, "Among the businesses affected were Cedar Fork Community Hospital and Hollins Mill
   Print Works" (both present).
   Guards, lists that tell no victims (the story's own victim present, the listed names no
   incident): V15 in a ransomware story at Blencathra Home Stores, "Among those quoted in a
   trade magazine this week was analyst Ruth Adebayo-Marsh of Corrigan Yard Research" (the firm
   absent); V16 Bluestem Regional Health's talk on its ransomware recovery, "Other speakers at
   the conference included Granger Pike Foods and Osage Crossing Academy" (both absent); V17 a
   terminal outage at Currawong Payments, "Among those not affected were Wandandian Foods and
   Corunna Lakes Hardware" (both absent: named only as unaffected, they suffered no incident);
   V18 a cyber attack on Greygarth Wholesale, "Stores unaffected include Brantwick Foods and
   Birkrigg Farm Shops" (both absent); V19 a cyber attack on Paychute POS that took down
   Honeyfield Bakeries' card payments, "Other customers of the supplier include Rusk Valley
   Foods and Bell Tower Academy, which both said they had not been affected" (both absent);
   V20 a cyber attack on Wirrimbi Fresh Markets, "Previous winners of the award include
   Eungella Valley Foods" (absent).

On the first run (the committed code at 2636eee; the working tree held no edits but this
file), 12 of 20 cases passed: V3, V4, V7, V8, V9, V11, V12, V13, V15, V18, V19 and V20.
Positives: 9 of 14. "Among the organisations affected is", "Also affected were", "Also hit
was", "Those hit include", "Organisations affected by the outage included", "Other victims
claimed by the group include", "Other victims of the gang include" and "Among its victims
was" were read (V3, V4, V12, V8, V9, V7, V13, V11). Missed: V1 ("Among those hit was" alone in
its paragraph: only Trewassa Digital); V2 ("Among the gang's other victims this month were":
neither name); V5 ("Also hit by the gang in September were": none of the three); V6 ("Other
victims of the gang this year include" with three names: none, and "Production", the first
word of the article's opening sentence, taken as the primary with Hardraw Precision
Engineering related); V10 ("Among those hit by the outage were" with three names: none); V14
("Among the businesses affected were": Cedar Fork Community Hospital related with
third_party and technical_outage, no incident for Hollins Mill Print Works). Guards: 4 of 6.
V15, V18, V19 and V20 keep the quoted analyst's firm, the unaffected stores, the unaffected
customers and the award's previous winner out. Missed: V16 gives no incident at all (the
health system's ransomware told as past, in a conference talk; the speakers are rightly
absent, but the story's own victim is missing); V17 ("Among those not affected were") gives
Wandandian Foods and Corunna Lakes Hardware as related incidents with third_party and
technical_outage and no services. The eight misses are in KNOWN_MISSES with what was
observed. No case's text or expectations were changed after the first run; a second
run gave the same result (12 passed, 8 xfailed).

After round 65's rules (a fronted membership of 'those hit', past an agent or a time before its
verb of being; a subject of victims of the story's own period before 'include', with a longer
reach; a verb of harm inside 'not affected' ties no one; a fronted participle's list is the
gang's list, taking its kind): 17 of 20. Left: V6 (Carnwethers Print Works never a candidate,
'Production' primary), V14 (Hollins Mill Print Works never a candidate) and V16.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "V6": "no incident for Carnwethers Print Works (the other two listed found with "
    "ransomware); 'Production' primary, Hardraw related",
    "V14": "Cedar Fork Community Hospital related, no incident for Hollins Mill Print Works",
    "V16": "no incidents at all: Bluestem Regional Health's past ransomware not found",
}


def _listed(*victims: str) -> dict[str, Any]:
    """Every victim the list names found as an incident, in any role."""
    return {"present": list(victims)}


def _ransomware(*victims: str) -> dict[str, Any]:
    """Every victim the gang's list names found, with ransomware among its types."""
    return {"has_types": {victim: ["ransomware"] for victim in victims}}


def _not_victims(victim: str, *others: str) -> dict[str, Any]:
    """The story's own victim found; the names the list gives have no incident."""
    return {"present": [victim], "absent": list(others)}


V_CASES = [
    pytest.param(
        "Schools lose email after cyber attack on IT provider\n\n"
        "Schools in the South West have been left without email and online registers after a "
        "cyber attack on Trewassa Digital, a firm that runs IT systems for about 40 schools.\n\n"
        "The company said it detected suspicious activity on its servers on Sunday night and "
        "shut down its network as a precaution.\n\n"
        "Among those hit was Coldharbour Moor Academy.\n\n"
        "Head teachers were told on Monday morning to take registers on paper and to contact "
        "parents by phone.\n\n"
        "Trewassa Digital said it was working with the National Cyber Security Centre and "
        "expected to restore email within days.",
        "2025-03-04",
        _listed("Coldharbour Moor Academy"),
        id="V1",
    ),
    pytest.param(
        "Ransomware gang claims attack on hospital\n\n"
        "A ransomware gang known as Coldfin has claimed responsibility for an attack on Harlan "
        "Creek Medical Center that forced the hospital to divert ambulances last week.\n\n"
        "The hospital said its electronic health records had been offline since Tuesday, and "
        "staff were using paper charts.\n\n"
        "Coldfin posted the hospital's name on its dark web leak site on Friday, threatening to "
        "publish patient files unless a ransom was paid. Among the gang's other victims this "
        "month were Sawyer Ridge Foods and Maple Hollow Dental.\n\n"
        "Hospital officials declined to say whether they would pay.\n\n"
        "The FBI said it was aware of the incident.",
        "2025-05-19",
        _ransomware("Sawyer Ridge Foods", "Maple Hollow Dental"),
        id="V2",
    ),
    pytest.param(
        "Payroll outage leaves council staff waiting for wages\n\n"
        "Thousands of workers across regional Queensland have not been paid on time after a "
        "technical outage at payroll software provider Quandong Payroll.\n\n"
        "The company said a faulty database update on Wednesday night had stopped pay runs from "
        "being processed for about 300 employers.\n\n"
        "Among the organisations affected is Yarrabandai Shire Council, which employs about 450 "
        "staff.\n\n"
        "Quandong Payroll said it had fixed the fault and that delayed payments would land in "
        "bank accounts by Monday.\n\n"
        "The Fair Work Ombudsman said employers remained responsible for paying staff on time.",
        "2025-06-13",
        _listed("Yarrabandai Shire Council"),
        id="V3",
    ),
    pytest.param(
        "Council services down after cyber attack on shared IT\n\n"
        "Brackenthwaite District Council says a cyber attack has knocked out its website and "
        "phone lines, leaving residents unable to report missed bin collections or pay council "
        "tax online.\n\n"
        "The council said the attack was discovered on Thursday morning on servers run by its "
        "shared IT service.\n\n"
        "Also affected were Skelbeck Borough Council and Scarthgill Town Council, which use the "
        "same servers.\n\n"
        "A spokesperson said there was no evidence so far that residents' personal data had "
        "been taken.\n\n"
        "The councils have reported the incident to the National Cyber Security Centre.",
        "2025-02-08",
        _listed("Skelbeck Borough Council", "Scarthgill Town Council"),
        id="V4",
    ),
    pytest.param(
        "School district confirms ransomware attack as gang posts data\n\n"
        "Pinecrest Hollow School District has confirmed that a ransomware attack encrypted its "
        "servers over the Labor Day weekend, days after a gang called IronWren posted samples of "
        "staff records online.\n\n"
        "The district said classes were going ahead but teachers could not use the online "
        "gradebook.\n\n"
        "IronWren has been unusually busy this fall, according to threat researchers. Also hit "
        "by the gang in September were Calloway Bend Foods, Deer Lick Haulage and Verlaine "
        "County Library.\n\n"
        "The district's superintendent said families would be told if student data was "
        "involved.\n\n"
        "Local police and the FBI are investigating.",
        "2025-09-15",
        _ransomware("Calloway Bend Foods", "Deer Lick Haulage", "Verlaine County Library"),
        id="V5",
    ),
    pytest.param(
        "Engineering firm's factory halted by ransomware\n\n"
        "Production has stopped at Hardraw Precision Engineering's plant in the Midlands after a "
        "ransomware attack, the company said on Tuesday.\n\n"
        "The firm, which makes parts for the aerospace industry, said its machines could not be "
        "run because the software that controls them had been encrypted.\n\n"
        "A gang calling itself BlackSorrel has claimed the attack. Other victims of the gang "
        "this year include Penwartha Haulage, Carnwethers Print Works and Trevarrack Dental.\n\n"
        "Hardraw Precision Engineering said it had not paid a ransom and was restoring its "
        "systems from backups.\n\n"
        "About 200 staff have been sent home on full pay.",
        "2025-10-07",
        _ransomware("Penwartha Haulage", "Carnwethers Print Works", "Trevarrack Dental"),
        id="V6",
    ),
    pytest.param(
        "Winery's online shop offline after ransomware attack\n\n"
        "South Australian winemaker Mount Tindal Estate Wines has shut its online shop after a "
        "ransomware attack encrypted its order and warehouse systems.\n\n"
        "The family-owned business said the attack began on Saturday and it had contacted the "
        "Australian Cyber Security Centre.\n\n"
        "A ransomware group called NightAdder listed the winery on its leak site on Tuesday. "
        "Other victims claimed by the group include Koorabin Foods and Wattle Gully Haulage.\n\n"
        "The winery said cellar door sales were continuing as normal.\n\n"
        "It is not yet known whether customer details were taken.",
        "2025-08-21",
        _ransomware("Koorabin Foods", "Wattle Gully Haulage"),
        id="V7",
    ),
    pytest.param(
        "Ransomware at software vendor leaves dental offices unable to book patients\n\n"
        "Dental offices across the Midwest were unable to book appointments or bill insurers "
        "this week after a ransomware attack on ClearMolar Software, which sells practice "
        "management tools.\n\n"
        "The company said it took its cloud platform offline on Monday after detecting the "
        "attack.\n\n"
        "Those hit include Bridgewater Falls Family Dental.\n\n"
        "ClearMolar said it expected to restore service gradually over the coming days and had "
        "brought in outside investigators.\n\n"
        "Patients were advised to call their dentist before arriving for appointments.",
        "2025-04-17",
        _listed("Bridgewater Falls Family Dental"),
        id="V8",
    ),
    pytest.param(
        "Booking system fault disrupts leisure centres and theatre\n\n"
        "A technical fault at ticketing firm Ribbleford Booking Systems left customers unable "
        "to book swimming sessions, gym classes and theatre seats on Saturday.\n\n"
        "The company said a failed software update had taken its platform offline for almost "
        "nine hours and that there was no sign of a cyber attack.\n\n"
        "Organisations affected by the outage included Thornber Leisure Trust and the Gordale "
        "Playhouse.\n\n"
        "Customers were asked to turn up in person or try again later.\n\n"
        "Ribbleford Booking Systems apologised and said the platform was now working normally.",
        "2025-01-27",
        _listed("Thornber Leisure Trust", "Gordale Playhouse"),
        id="V9",
    ),
    pytest.param(
        "Data centre outage knocks websites offline\n\n"
        "An outage at Victorian data centre operator Bilbarra Cloud took dozens of websites and "
        "online services offline for most of Wednesday.\n\n"
        "The company said a power failure at one of its facilities was to blame and that backup "
        "generators had not started as expected.\n\n"
        "Among those hit by the outage were Coorong Bay Hospital, Tarrawingee Foods and the "
        "Gundowring Academy.\n\n"
        "Bilbarra Cloud said services were restored shortly after 7pm.\n\n"
        "It said it would review its backup power arrangements.",
        "2025-11-06",
        _listed("Coorong Bay Hospital", "Tarrawingee Foods", "Gundowring Academy"),
        id="V10",
    ),
    pytest.param(
        "Credit union says ransomware attack disrupted online banking\n\n"
        "Ridgeview Plains Credit Union says members were locked out of online banking for three "
        "days after a ransomware attack on its systems.\n\n"
        "The credit union said it discovered the attack on Sunday and took its systems offline "
        "to contain it.\n\n"
        "A gang called Hexfold has added the credit union to its leak site. The group has "
        "claimed more than 30 attacks since March, researchers at the security firm Latchkey "
        "Threat Labs said. Among its victims was Oxbow Junction Hospital.\n\n"
        "Members' debit cards continued to work throughout, the credit union said.\n\n"
        "It has notified federal regulators.",
        "2025-07-24",
        _ransomware("Oxbow Junction Hospital"),
        id="V11",
    ),
    pytest.param(
        "Ferry bookings down after cyber attack\n\n"
        "A cyber attack has left passengers of Kilbrannock Sound Ferries unable to book "
        "crossings online, the operator said on Wednesday.\n\n"
        "The company said its booking website and phone lines had been down since Monday "
        "evening, and that tickets were being sold at the ports for cash or card.\n\n"
        "Also hit was Ardmurran Harbour Trust, which runs the berths at two of the islands the "
        "ferries serve.\n\n"
        "Police Scotland said it was investigating.\n\n"
        "The ferry operator said sailings were running to timetable.",
        "2025-04-30",
        _listed("Ardmurran Harbour Trust"),
        id="V12",
    ),
    pytest.param(
        "Freight company's trucks idle after ransomware attack\n\n"
        "Trucks operated by Mallee Freight Lines sat idle on Monday after a ransomware attack "
        "shut down the company's dispatch system.\n\n"
        "The regional Victorian carrier said drivers had been unable to receive jobs since the "
        "attack was found early on Sunday.\n\n"
        "A ransomware gang called RedMulga claimed the attack on its leak site on Monday "
        "afternoon. Other victims of the gang include Yallakool Shire Council and Barrengarry "
        "Grammar Academy.\n\n"
        "Mallee Freight Lines said it was working with the Australian Cyber Security Centre and "
        "expected to resume deliveries this week.\n\n"
        "The company would not say whether a ransom had been demanded.",
        "2025-03-17",
        _ransomware("Yallakool Shire Council", "Barrengarry Grammar Academy"),
        id="V13",
    ),
    pytest.param(
        "Internet outage hits businesses across county\n\n"
        "Hundreds of businesses in Larkin County were left without internet service for most of "
        "Thursday after a fiber cut and an equipment failure at provider Trivale Fiber.\n\n"
        "The company said a construction crew had severed a main line and a backup link failed "
        "shortly afterward.\n\n"
        "Among the businesses affected were Cedar Fork Community Hospital and Hollins Mill Print "
        "Works.\n\n"
        "Trivale Fiber restored service to most customers by 9pm.\n\n"
        "County officials said 911 calls were not affected.",
        "2025-10-23",
        _listed("Cedar Fork Community Hospital", "Hollins Mill Print Works"),
        id="V14",
    ),
    # Guards: lists that tell no victims.
    pytest.param(
        "Homeware chain takes cash only after ransomware attack\n\n"
        "Blencathra Home Stores has closed its website and is taking cash only in its 60 shops "
        "after a ransomware attack, the retailer said on Friday.\n\n"
        "The company said it had detected the attack on Wednesday night and had taken systems "
        "offline to stop it spreading.\n\n"
        "Security experts said retailers had become a favourite target for ransomware gangs. "
        "Among those quoted in a trade magazine this week was analyst Ruth Adebayo-Marsh of "
        "Corrigan Yard Research, who said smaller chains often lacked the staff to respond "
        "quickly.\n\n"
        "Blencathra Home Stores said it was too early to say when its website would reopen.\n\n"
        "The company has informed the Information Commissioner's Office.",
        "2025-06-06",
        _not_victims("Blencathra Home Stores", "Corrigan Yard Research"),
        id="V15",
    ),
    pytest.param(
        "Hospital IT chief describes ransomware recovery at conference\n\n"
        "The chief information officer of Bluestem Regional Health told a security conference "
        "on Tuesday that it took the hospital system six weeks to fully recover from a "
        "ransomware attack last spring.\n\n"
        "Speaking at the Prairie Cyber Summit in Kessler City, she said the attack had encrypted "
        "more than 2,000 computers and forced the system to divert ambulances for four days.\n\n"
        "Other speakers at the conference included Granger Pike Foods and Osage Crossing "
        "Academy, which talked about training staff to spot phishing emails.\n\n"
        "Bluestem Regional Health said it had since spent $4 million on new security tools.\n\n"
        "No patient data was published, according to the health system.",
        "2025-11-18",
        _not_victims("Bluestem Regional Health", "Granger Pike Foods", "Osage Crossing Academy"),
        id="V16",
    ),
    pytest.param(
        "Payment terminal outage hits cafes and pubs\n\n"
        "Cafes, pubs and small shops across New South Wales were unable to take card payments "
        "for several hours on Saturday after an outage at terminal provider Currawong "
        "Payments.\n\n"
        "The company said a fault in a software update pushed to its terminals overnight had "
        "caused them to freeze, and that it was not the result of a cyber attack.\n\n"
        "Larger retailers use other providers. Among those not affected were Wandandian Foods "
        "and Corunna Lakes Hardware.\n\n"
        "Currawong Payments said all terminals were working again by 3pm and apologised to "
        "merchants.\n\n"
        "Some business owners said they lost hundreds of dollars in sales.",
        "2025-09-01",
        _not_victims("Currawong Payments", "Wandandian Foods", "Corunna Lakes Hardware"),
        id="V17",
    ),
    pytest.param(
        "Shelves empty after cyber attack on food wholesaler\n\n"
        "Independent shops across the north of England have been left with gaps on their "
        "shelves after a cyber attack on food wholesaler Greygarth Wholesale.\n\n"
        "The company said the attack on its ordering system last Thursday meant it had been "
        "unable to process orders from about 1,500 shops.\n\n"
        "Shopkeepers said fresh food and tobacco had been hardest hit. Stores unaffected include "
        "Brantwick Foods and Birkrigg Farm Shops, which buy from other suppliers.\n\n"
        "Greygarth Wholesale said deliveries would resume on Wednesday.\n\n"
        "It has reported the attack to Action Fraud.",
        "2025-05-12",
        _not_victims("Greygarth Wholesale", "Brantwick Foods", "Birkrigg Farm Shops"),
        id="V18",
    ),
    pytest.param(
        "Bakery chain's card payments down after attack on supplier\n\n"
        "Honeyfield Bakeries says card payments at its 40 cafes were down for two days after a "
        "cyber attack on Paychute POS, the company that supplies its checkout systems.\n\n"
        "The bakery chain said customers could pay only in cash on Monday and Tuesday, and some "
        "cafes closed early.\n\n"
        "Paychute POS said it had detected unauthorized access to its cloud platform on Sunday "
        "night and had shut it down as a precaution. Other customers of the supplier include "
        "Rusk Valley Foods and Bell Tower Academy, which both said they had not been "
        "affected.\n\n"
        "Honeyfield Bakeries said card payments were working again on Wednesday morning.\n\n"
        "Paychute said it had found no evidence that card data was taken.",
        "2025-02-20",
        _not_victims("Honeyfield Bakeries", "Rusk Valley Foods", "Bell Tower Academy"),
        id="V19",
    ),
    pytest.param(
        "Award-winning grocer hit by cyber attack\n\n"
        "Wirrimbi Fresh Markets, which was named regional retailer of the year last month, says "
        "a cyber attack has disrupted deliveries to its 18 stores.\n\n"
        "The Queensland grocer said it found the attack on its warehouse systems on Friday and "
        "had called in specialists.\n\n"
        "The company won the award from the state's retail association in October. Previous "
        "winners of the award include Eungella Valley Foods.\n\n"
        "Some shelves were empty over the weekend, particularly of fresh fruit and vegetables, "
        "customers said.\n\n"
        "Wirrimbi Fresh Markets said its stores remained open and were accepting all payments.",
        "2025-11-24",
        _not_victims("Wirrimbi Fresh Markets", "Eungella Valley Foods"),
        id="V20",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(V_CASES, KNOWN_MISSES))
def test_a_list_of_those_hit_names_its_victims(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)
