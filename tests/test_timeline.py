"""Incident timelines: article records merged per incident (contract incident-timeline.md).

Most tests use hand-made records, so the merge is tested without the model; the golden test
merges the records of the fixture series (fixtures/timeline: nine articles about one
fictional retailer written for this test, records as `extract` wrote them)."""

from __future__ import annotations

import copy
import hashlib
import json
import random
from pathlib import Path
from typing import Any

import pytest

from incident_extract import timeline
from incident_extract.output import to_json_line

SERIES = Path(__file__).parent.parent / "fixtures" / "timeline"


def evidence(text: str, start: int = 0) -> dict[str, Any]:
    return {"text": text, "start": start, "end": start + len(text)}


def event(status: str, day: str | None, text: str, tense: str = "present") -> dict[str, Any]:
    date = None
    if day:
        date = {
            "text": day,
            "value": day,
            "granularity": "day",
            "approximate": False,
            "relative": False,
            "role": "other",
            "evidence": evidence(text),
        }
    return {
        "status": status,
        "mention": "x",
        "date": date,
        "tense": tense,
        "evidence": evidence(text),
    }


def record(
    path: str,
    published: str | None,
    services: dict[str, list[dict[str, Any]]],
    name: str = "Harlow & Finch",
    aliases: tuple[str, ...] = (),
    start: str | None = None,
    data: bool | None = None,
) -> dict[str, Any]:
    dates = []
    if start:
        dates.append({**event("disrupted", start, "began")["date"], "role": "incident_start"})
    return {
        "schema_version": "1",
        "source": {
            "path": path,
            "sha256": hashlib.sha256(path.encode()).hexdigest(),
            "title": f"title of {path}",
            "published": published,
            "published_from": "option" if published else None,
            "chars": 100,
            "url": None,
            "id": None,
            "line": None,
        },
        "extractor": {"name": "incident-extract", "version": "0", "model": "m"},
        "incidents": [
            {
                "organization": {
                    "name": name,
                    "aliases": list(aliases),
                    "mentions": 2,
                    "sector": "retail",
                    "evidence": [],
                },
                "role": "primary",
                "incident_types": ["cyber_attack"],
                "dates": dates,
                "services": [
                    {
                        "service": service,
                        "mention": "x",
                        "status": history[-1]["status"],
                        "evidence": history[-1]["evidence"],
                        "history": history,
                    }
                    for service, history in services.items()
                ],
                "restoration_claims": [],
                "data_compromised": data,
                "confidence": 0.9,
            }
        ],
        "warnings": [],
    }


def service_of(result: dict[str, Any], name: str) -> dict[str, Any]:
    return next(s for s in result["services"] if s["service"] == name)


def test_a_service_down_then_back_gives_its_days_down() -> None:
    records = [
        record(
            "a.txt", "2025-05-05", {"card_payments": [event("disrupted", "2025-05-02", "down")]}
        ),
        record("b.txt", "2025-05-12", {"card_payments": [event("restored", None, "back")]}),
    ]
    [result] = timeline.build(records)
    card = service_of(result, "card_payments")
    assert (card["current_status"], card["as_of"]) == ("restored", "2025-05-12")
    assert (card["down_since"], card["restored_on"], card["days_down"]) == (
        "2025-05-02",
        "2025-05-12",
        10,
    )
    assert [e["date_basis"] for e in card["events"]] == ["text", "published"]


def test_the_same_organisation_under_another_spelling_or_alias_is_one_incident() -> None:
    records = [
        record("a.txt", "2025-05-05", {"stores": [event("unaffected", None, "open")]}),
        record(
            "b.txt",
            "2025-05-06",
            {"stores": [event("unaffected", None, "open")]},
            name="Harlow and Finch",
        ),
        record(
            "c.txt",
            "2025-05-07",
            {"stores": [event("unaffected", None, "open")]},
            name="H&F Stores",
            aliases=("Harlow & Finch",),
        ),
    ]
    [result] = timeline.build(records)
    assert len(result["articles"]) == 3
    assert result["organization"]["name"] == "Harlow & Finch"


def test_a_gap_longer_than_the_window_starts_a_new_incident() -> None:
    records = [
        record("old.txt", "2023-12-10", {"card_payments": [event("disrupted", None, "down")]}),
        record("new.txt", "2025-05-05", {"card_payments": [event("disrupted", None, "down")]}),
    ]
    assert [t["incident_id"] for t in timeline.build(records)] == [
        "harlow-finch-2023-12-10",
        "harlow-finch-2025-05-05",
    ]
    assert len(timeline.build(records, window=1000)) == 1


def test_an_undated_article_joins_but_never_sets_the_current_status() -> None:
    records = [
        record("a.txt", "2025-05-05", {"click_and_collect": [event("disrupted", None, "down")]}),
        record("b.txt", "2025-06-20", {"click_and_collect": [event("restored", None, "back")]}),
        record("undated.txt", None, {"click_and_collect": [event("disrupted", None, "still")]}),
    ]
    [result] = timeline.build(records)
    service = service_of(result, "click_and_collect")
    assert service["current_status"] == "restored"
    assert service["events"][-1]["date"] is None
    assert any("undated.txt" in w for w in result["warnings"])


def test_an_undated_past_tense_recap_is_not_dated_at_publication() -> None:
    records = [
        record("a.txt", "2025-05-16", {"contactless_payments": [event("restored", None, "back")]}),
        record(
            "b.txt",
            "2025-06-23",
            {
                "contactless_payments": [
                    event("disrupted", None, "had been knocked out", "pluperfect")
                ]
            },
        ),
    ]
    [result] = timeline.build(records)
    assert service_of(result, "contactless_payments")["current_status"] == "restored"


def test_a_return_contradicted_a_day_later_is_a_conflict_and_a_later_outage_is_not() -> None:
    records = [
        record("a.txt", "2025-05-12", {"contactless_payments": [event("restored", None, "back")]}),
        record("b.txt", "2025-05-13", {"contactless_payments": [event("disrupted", None, "not")]}),
        record(
            "c.txt", "2025-06-30", {"contactless_payments": [event("disrupted", None, "again")]}
        ),
    ]
    [result] = timeline.build(records)
    assert [(c["service"], c["dates"]) for c in result["conflicts"]] == [
        ("contactless_payments", ["2025-05-12", "2025-05-13"])
    ]


def test_error_records_are_skipped_and_duplicates_count_once() -> None:
    first = record("a.txt", "2025-05-05", {"stores": [event("unaffected", None, "open")]})
    error = {"source": {"path": "bad.html"}, "error": {"type": "unreadable", "message": "no"}}
    merged = timeline.merge([first, copy.deepcopy(first), error])
    [result] = merged.timelines
    assert len(result["articles"]) == 1
    assert (merged.records, merged.skipped) == (3, 1)
    assert any("bad.html" in w for w in merged.warnings)


def test_the_majority_start_wins_and_the_others_are_listed() -> None:
    records = [
        record("a.txt", "2025-05-05", {}, start="2025-05-02"),
        record("b.txt", "2025-05-06", {}, start="2025-05-02"),
        record("c.txt", "2025-05-07", {}, start="2025-04-30"),
    ]
    [result] = timeline.build(records)
    assert result["start"] == {"value": "2025-05-02", "articles": 2, "disagreeing": ["2025-04-30"]}


def test_data_compromised_since_the_first_article_that_says_so() -> None:
    records = [
        record("a.txt", "2025-05-05", {}, data=None),
        record("b.txt", "2025-05-13", {}, data=True),
        record("c.txt", "2025-05-20", {}, data=True),
    ]
    [result] = timeline.build(records)
    assert result["data_compromised"] == {"value": True, "since": "2025-05-13", "articles": 2}


def test_a_record_without_history_still_gives_an_event() -> None:
    old = record("a.txt", "2025-05-05", {"stores": [event("unaffected", None, "open")]})
    del old["incidents"][0]["services"][0]["history"]
    [result] = timeline.build([old])
    assert service_of(result, "stores")["events"][0]["date"] == "2025-05-05"


def _series_records() -> list[dict[str, Any]]:
    lines = (SERIES / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_the_fixture_series_gives_the_golden_timelines_in_any_input_order(request) -> None:  # type: ignore[no-untyped-def]
    records = _series_records()
    written = "".join(to_json_line(t) + "\n" for t in timeline.build(records))
    expected_path = SERIES / "expected.jsonl"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(written, encoding="utf-8")
    assert written == expected_path.read_text(encoding="utf-8")
    shuffled = list(records)
    for seed in range(3):
        random.Random(seed).shuffle(shuffled)
        again = "".join(to_json_line(t) + "\n" for t in timeline.build(shuffled))
        assert again == written


def test_the_fixture_series_merges_what_the_articles_say() -> None:
    old, current = timeline.build(_series_records())
    assert old["incident_id"].endswith("2023-12-09")  # the older outage is its own incident
    assert current["start"]["value"] == "2025-05-02"
    assert current["data_compromised"]["since"] == "2025-05-13"
    contactless = service_of(current, "contactless_payments")
    assert (contactless["current_status"], contactless["restored_on"]) == ("restored", "2025-05-16")
    assert [c["service"] for c in current["conflicts"]] == ["contactless_payments"]
    assert any("undated" in w for w in current["warnings"])
    for service in current["services"]:
        for item in service["events"]:
            assert item["article"]["path"] and item["evidence"]["text"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_the_timeline_command_reads_records_from_stdin(fmt: str) -> None:
    from click.testing import CliRunner

    from incident_extract.cli import cli

    text = (SERIES / "records.jsonl").read_text(encoding="utf-8") + "not json\n"
    result = CliRunner().invoke(cli, ["timeline", "-", "--format", fmt], input=text)
    assert result.exit_code == 0, result.output
    assert "Pelham" in result.stdout
    assert "is not a JSON record" in result.stderr
    if fmt == "jsonl":
        assert len(result.stdout.splitlines()) == 2
    if fmt == "json":
        assert len(json.loads(result.stdout)) == 2


def test_the_timeline_command_says_how_to_get_the_report_extra(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from click.testing import CliRunner

    from incident_extract.cli import cli

    monkeypatch.setitem(sys.modules, "plotly", None)
    monkeypatch.setitem(sys.modules, "plotly.offline", None)
    result = CliRunner().invoke(
        cli, ["timeline", str(SERIES / "records.jsonl"), "--format", "html"]
    )
    assert result.exit_code == 2
    assert "pip install" in result.stderr and "[report]" in result.stderr


def test_a_missing_records_file_is_a_usage_error() -> None:
    from click.testing import CliRunner

    from incident_extract.cli import cli

    result = CliRunner().invoke(cli, ["timeline", "no-such-records.jsonl"])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_records_of_real_and_broken_inputs_never_crash_the_timeline(tmp_path: Path) -> None:
    """Articles of every kind the project keeps, one unreadable input and one undated
    article, extracted and merged as a user would: every record is read, the error record
    and the undated article are counted in the warnings."""
    from click.testing import CliRunner

    from incident_extract.cli import cli

    fixtures = SERIES.parent
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"\x00\x01 not a page")
    runner = CliRunner()
    extracted = runner.invoke(
        cli,
        [
            "extract",
            str(fixtures / "articles"),
            str(fixtures / "inputs"),
            str(SERIES / "articles" / "09-pd-hack-weakest-link-opinion.txt"),
            str(broken),
            "--input-format",
            "auto",
            "-q",
        ],
    )
    assert extracted.exit_code == 1  # the broken input became an error record
    merged = runner.invoke(cli, ["timeline", "-"], input=extracted.stdout)
    assert merged.exit_code == 0, merged.output
    timelines = [json.loads(line) for line in merged.stdout.splitlines()]
    assert timelines and all(t["schema_version"] == "1" for t in timelines)
    assert "error records skipped" in merged.stderr and "1 error records" in merged.stderr
    assert any("undated article" in w for t in timelines for w in t["warnings"])


def test_one_articles_timeline_says_what_its_record_says(extract) -> None:  # type: ignore[no-untyped-def]
    """Events of one day keep the article's story order, and states the article keeps
    (a disruption after a deliberate suspension) do not end its history."""
    text = (
        "Corran Bank's mobile app is working again after an IT outage, the lender said. "
        "The app went down on Monday morning. Its website was taken offline as a precaution "
        "on Monday and customers were unable to use it."
    )
    record = extract(text, "2025-03-03")
    [result] = timeline.build([record])
    for service in record["incidents"][0]["services"]:
        assert service["history"][-1]["status"] == service["status"]
        assert service_of(result, service["service"])["current_status"] == service["status"]


def test_incidents_that_give_the_same_start_keep_distinct_ids() -> None:
    records = [
        record("a.txt", "2025-01-05", {}, start="2025-01-01"),
        record("b.txt", "2025-09-05", {}, start="2025-01-01"),
    ]
    ids = [t["incident_id"] for t in timeline.build(records)]
    assert len(set(ids)) == 2


def test_records_that_name_no_source_merge_the_same_in_any_order() -> None:
    records = [
        record(name, "2025-05-05", {}, start=start)
        for name, start in (("a.txt", "2025-05-01"), ("b.txt", "2025-05-02"))
    ]
    for item in records:
        item["source"].update(path=None, sha256=None)
    forward = timeline.build(records)
    assert timeline.build(list(reversed(records))) == forward


def test_a_record_the_merge_cannot_read_is_skipped_with_a_warning() -> None:
    good = record("a.txt", "2025-05-05", {"stores": [event("unaffected", None, "open")]})
    odd_date = record("b.txt", "2025-05-06T10:00:00", {"stores": [event("unaffected", None, "ok")]})
    broken = {"source": {"path": "c.json"}, "incidents": [{"name": "no organization"}]}
    merged = timeline.merge([good, odd_date, broken])
    assert len(merged.timelines) == 1
    assert merged.skipped == 1
    assert any("c.json" in w for w in merged.warnings)
    assert any("not a date" in w for w in merged.warnings)


def test_merging_each_organisations_records_apart_then_finishing_equals_one_merge() -> None:
    """What the Spark job does: link names over all records, merge each organisation's
    records on its own, finish together. An alias ties two names into one group even when
    no single group member holds both."""
    records = _series_records()
    bridge = copy.deepcopy(records[0])
    bridge["source"]["sha256"] = "bridge"
    bridge["incidents"][0]["organization"]["aliases"] = ["Some Other Name"]
    other = copy.deepcopy(records[1])
    other["source"]["sha256"] = "other"
    other["incidents"][0]["organization"] = {
        **other["incidents"][0]["organization"],
        "name": "Some Other Name",
        "aliases": [],
    }
    records += [bridge, other]
    usable = [r for r in records if not timeline.unusable(r)]
    keys = timeline.link(
        timeline.organization_keys(incident) for r in usable for incident in r["incidents"]
    )
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in usable:
        for key, part in timeline.split_by_organization(record, keys):
            groups.setdefault(key, []).append(part)
    apart = [t for g in groups.values() for t in timeline.merge_unfinished(g).timelines]
    whole = timeline.build(records)
    assert [to_json_line(t) for t in timeline.finish(apart)] == [to_json_line(t) for t in whole]
    assert len({timeline.organization_key(i, keys) for r in usable for i in r["incidents"]}) < len(
        {i["organization"]["name"] for r in usable for i in r["incidents"]}
    )
