"""Blind round 55: acceptance cases written from the contract alone.

Classes:

A. Data told by whose it is: records, details, files or information about a group of people the
   organisation serves (pupils, patients, guests, donors, clients, tenants, voters) that attackers
   stole, copied, leaked or published make customer_data compromised and data_compromised true,
   whatever the wording: a possessive ("Hackers stole pupils' records"), a noun modifier
   ("Patient records were published on a leak site", "copied guest records", "copied donor
   details", "client files were taken"), or an "of" phrase ("the records of 40,000 tenants were
   stolen", "copied the personal details of voters"). Guards: staff's or employees' records
   stolen ("hackers stole employees' records", "The gang copied staff records") make
   employee_data compromised, not customer_data.
B. Data out of use is not data taken: during an outage or an attack, people left without access
   to records ("Staff were left without access to patient records for two days", "Clerks had no
   access to tenant files", "Nurses lost the use of patient records", "Teachers were unable to
   access pupil records", "Caseworkers could not open client files"), or a records system that is
   offline or down ("its student records system remains offline", "The customer records system
   was down until Thursday"), tell no theft: customer_data is not compromised, data_compromised
   is not true and data_breach is not among the incident types. Guards: an article that also
   says, in a sentence of its own, that hackers stole the records is a theft (customer_data
   compromised, data_compromised true); "a laptop holding access codes and customer data was
   stolen" is a theft.

(Developers' note.) On 3b28a94, before this round's two classes, 13 of the 18 cases pass;
on 5b89996 all 18 pass (the helper's first run too): there are no known misses.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _taken(org: str) -> dict[str, Any]:
    """The people the organisation serves had their data taken."""
    return {
        "primary": org,
        "statuses": {org: {"customer_data": "compromised"}},
        "not_status": {org: {"employee_data": "compromised"}},
        "data": {org: True},
    }


def _staff_taken(org: str) -> dict[str, Any]:
    """Staff had their data taken; the people served did not."""
    return {
        "primary": org,
        "statuses": {org: {"employee_data": "compromised"}},
        "not_status": {org: {"customer_data": "compromised"}},
        "data": {org: True},
    }


def _out_of_use(org: str) -> dict[str, Any]:
    """Records out of use, no theft told."""
    return {
        "primary": org,
        "not_status": {org: {"customer_data": "compromised"}},
        "data_not": {org: True},
        "types_absent": {org: ["data_breach"]},
    }


A_CASES = [
    pytest.param(
        "Fernhallow Academy Trust says hackers stole pupils' records\n\n"
        "Fernhallow Academy Trust, which runs six secondary schools in north Devon, has "
        "confirmed it was hit by a cyber attack over the half-term break. Hackers stole pupils' "
        "records, including home addresses and medical notes, the trust said in a letter to "
        "parents on Tuesday. Lessons continued as normal this week, and the trust has reported "
        "the incident to the Information Commissioner's Office.",
        "2024-11-06",
        _taken("Fernhallow Academy Trust"),
        id="A1",
    ),
    pytest.param(
        "Ransomware gang leaks Caddlewick patient files\n\n"
        "Caddlewick Community Health Trust was hit by a ransomware attack on 3 June, it has "
        "confirmed. Patient records were published on a leak site run by the gang on Sunday, "
        "after the trust refused to pay. The documents include names, NHS numbers and "
        "appointment histories, according to researchers who examined them. The trust said "
        "clinics were running as normal and it would write to everyone affected.",
        "2024-06-12",
        _taken("Caddlewick Community Health Trust"),
        id="A2",
    ),
    pytest.param(
        "Brismere Hotels warns guests after data theft\n\n"
        "Hotel group Brismere Hotels has told guests that a criminal gang copied guest records "
        "from its booking system last month. The copied records include names, email addresses "
        "and dates of stay, but not card numbers, the Edinburgh-based company said. Brismere, "
        "which operates 14 hotels across Scotland, said it had called in forensic experts.",
        "2025-02-19",
        _taken("Brismere Hotels"),
        id="A3",
    ),
    pytest.param(
        "Animal charity hit by hackers\n\n"
        "Tollbrook Animal Rescue said on Friday that a cyber gang had broken into its "
        "fundraising database and copied donor details. Names, postal addresses and the size of "
        "gifts made over the past ten years were among the information taken, the charity said. "
        "Its rehoming centres remain open.",
        "2024-08-31",
        _taken("Tollbrook Animal Rescue"),
        id="A4",
    ),
    pytest.param(
        "Law firm confirms client files taken in cyber attack\n\n"
        "Haverstead Legal, a conveyancing firm with offices in Bristol and Bath, was hit by a "
        "cyber attack on 14 February. In a statement, the firm said client files were taken by "
        "the attackers before it shut down its systems. It has warned clients to be wary of "
        "emails asking them to transfer money, and said property sales already under way would "
        "go ahead.",
        "2025-02-21",
        _taken("Haverstead Legal"),
        id="A5",
    ),
    pytest.param(
        "Records of 40,000 tenants stolen in housing association hack\n\n"
        "Housing association Cullerby Homes has admitted that the records of 40,000 tenants were "
        "stolen during a ransomware attack in March. The stolen data includes names, dates of "
        "birth and rent payment histories. Chief executive Maria Lund apologised to residents "
        "and said repairs and rent services were working normally.",
        "2024-05-02",
        _taken("Cullerby Homes"),
        id="A6",
    ),
    pytest.param(
        "Council admits voters' details copied by hackers\n\n"
        "Yarrowdale Borough Council has confirmed that hackers copied the personal details of "
        "voters from its electoral register. The council discovered the intrusion on 2 "
        "September and has reported it to the police and the Information Commissioner's "
        "Office. Bin collections and other services are running normally, a spokesman said.",
        "2024-09-10",
        _taken("Yarrowdale Borough Council"),
        id="A7",
    ),
    # Counter-examples: the organisation's own staff.
    pytest.param(
        "Haulier Glenvarrow Logistics says staff data stolen\n\n"
        "Glenvarrow Logistics, a haulage firm based in Stirling, said hackers stole employees' "
        "records, including National Insurance numbers and bank details, during a cyber attack "
        "on 19 January. The company has offered its 900 drivers and warehouse workers free "
        "credit monitoring. Deliveries to customers were not affected, it said.",
        "2025-01-28",
        _staff_taken("Glenvarrow Logistics"),
        id="A8",
    ),
    pytest.param(
        "Trevanna College payroll data taken in ransomware attack\n\n"
        "Trevanna College in Cornwall has been hit by a ransomware attack. The gang behind it "
        "copied staff records, including salaries and home addresses, from the college's HR "
        "system, the principal told lecturers in an email on Monday. Classes are going ahead "
        "and the college's enrolment day will take place as planned.",
        "2024-09-03",
        _staff_taken("Trevanna College"),
        id="A9",
    ),
]

B_CASES = [
    pytest.param(
        "Ambridgeford hospitals return to pen and paper after ransomware attack\n\n"
        "Ambridgeford Hospitals NHS Trust has declared a critical incident after a ransomware "
        "attack on Monday took down its computer systems. Staff were left without access to "
        "patient records for two days and had to write notes by hand, a senior nurse told the "
        "Gazette. Some planned operations were postponed, but the emergency department remained "
        "open.",
        "2024-04-18",
        _out_of_use("Ambridgeford Hospitals NHS Trust"),
        id="B1",
    ),
    pytest.param(
        "Server failure halts Scarrowfield Housing repairs\n\n"
        "A server failure at Scarrowfield Housing left its offices unable to process repair "
        "requests for most of last week. Clerks had no access to tenant files between Monday "
        "and Thursday, according to an internal email seen by this newspaper. The housing "
        "association said the failure was caused by a faulty storage upgrade and was not a "
        "cyber attack.",
        "2025-03-10",
        _out_of_use("Scarrowfield Housing"),
        id="B2",
    ),
    pytest.param(
        "Lenwick Health Board switches off IT after cyber attack\n\n"
        "Lenwick Health Board said a cyber attack on its network on Saturday had forced it to "
        "switch off its IT systems. Nurses lost the use of patient records across three "
        "hospitals, and GP surgeries were asked to send only urgent referrals. The board said "
        "it was working with the National Cyber Security Centre to bring systems back.",
        "2024-12-09",
        _out_of_use("Lenwick Health Board"),
        id="B3",
    ),
    pytest.param(
        "Thrandle University still recovering from cyber attack\n\n"
        "Thrandle University says its student records system remains offline more than a week "
        "after a cyber attack. Students have been told that exam results will be published "
        "late, and the library is only lending books by hand. The university said teaching was "
        "continuing as planned.",
        "2025-01-22",
        _out_of_use("Thrandle University"),
        id="B4",
    ),
    pytest.param(
        "Faversleigh Energy customers face billing delays after IT fault\n\n"
        "Faversleigh Energy has apologised after a software fault at its data centre left "
        "customers unable to get through on its helpline. The customer records system was down "
        "until Thursday, so call centre staff could not update accounts or take meter readings, "
        "the supplier said. Bills for some households will be sent a week late.",
        "2024-10-14",
        _out_of_use("Faversleigh Energy"),
        id="B5",
    ),
    pytest.param(
        "Primary school hit by ransomware\n\n"
        "Hollinsway Primary School closed its computer suite after a ransomware attack on "
        "Tuesday, the head teacher said in a letter to parents. Teachers were unable to access "
        "pupil records or the electronic register for the rest of the week. The school stayed "
        "open and lessons carried on with paper registers.",
        "2024-02-26",
        _out_of_use("Hollinsway Primary School"),
        id="B6",
    ),
    pytest.param(
        "Debt charity's case system shut down by cyber attack\n\n"
        "Marlcote Advice Centre, a charity that helps people with debt and benefit claims, said "
        "a cyber attack on 11 March had shut down its case management system. Caseworkers "
        "could not open client files for nearly a week, and appointments were moved to the "
        "telephone. The charity said the system was working again on Monday.",
        "2025-03-20",
        _out_of_use("Marlcote Advice Centre"),
        id="B7",
    ),
    # Counter-examples: a theft told as well, or a device holding data stolen.
    pytest.param(
        "Wendleby College confirms student records stolen\n\n"
        "Wendleby College's student records system has been offline since a cyber attack on 6 "
        "October, and staff were left without access to student records for a week. On "
        "Friday the college confirmed that hackers stole the records before the system was "
        "taken offline. Some of the files have since been offered for sale online, it said.",
        "2024-10-19",
        _taken("Wendleby College"),
        id="B8",
    ),
    pytest.param(
        "Pottersby Broadband warns customers after laptop theft\n\n"
        "Pottersby Broadband said a laptop holding access codes and customer data was stolen "
        "from an engineer's van in Derby last weekend. The company said the device was "
        "encrypted but it had reset the codes as a precaution. Broadband services were not "
        "affected.",
        "2024-07-15",
        {
            "primary": "Pottersby Broadband",
            "statuses": {"Pottersby Broadband": {"customer_data": "compromised"}},
            "data": {"Pottersby Broadband": True},
        },
        id="B9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_data_told_by_whose_it_is(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_data_out_of_use_is_not_taken(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)
