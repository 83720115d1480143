"""The command line, in-process (click's runner) and once as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ARTICLES, ROOT, check_record, start_values
from incident_extract.cli import ExitCode, cli

SEED = ARTICLES / "ms-shuts-down-online-orders.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), input=stdin, catch_exceptions=False)


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_single_file_gives_one_json_object(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED))
    assert result.exit_code == ExitCode.OK
    record = check_record(json.loads(result.stdout), SEED.read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(SEED)
    assert record["incidents"][0]["organization"]["name"] == "Marks & Spencer"
    assert record["extractor"]["model"].startswith("en_core_web_sm")


def test_published_option_resolves_relative_dates(runner: CliRunner) -> None:
    text = (ARTICLES / "northgate-till-outage.txt").read_text(encoding="utf-8")
    result = run(runner, "extract", "-", "--published", "2025-06-16", stdin=text.encode())
    record = json.loads(result.stdout)
    assert record["source"] == {
        **record["source"],
        "published": "2025-06-16",
        "published_from": "option",
        "path": "-",
    }
    starts = start_values(record["incidents"][0])
    assert "2025-06-14" in starts


def test_bad_published_date_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--published", "15/05/2025"])
    assert result.exit_code == ExitCode.USAGE
    assert "YYYY-MM-DD" in result.output


def test_folder_gives_one_line_per_file_in_sorted_order(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        target = tmp_path / name
        target.parent.mkdir(exist_ok=True)
        target.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    result = run(runner, "extract", str(tmp_path))
    assert result.exit_code == ExitCode.OK
    records = jsonl(result.stdout)
    assert [Path(r["source"]["path"]).name for r in records] == ["a.txt", "b.txt", "c.txt"]
    assert "3 articles" in result.stderr


def test_bad_inputs_become_error_records_and_the_batch_goes_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "1-good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"   \n")
    (tmp_path / "3-binary.txt").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    (tmp_path / "4-latin.txt").write_bytes(
        "Caf\xe9 chain Brackenfield Foods was hit by a cyber attack.".encode("cp1252")
    )
    missing = str(tmp_path / "5-missing.txt")
    result = run(runner, "extract", str(tmp_path), missing)
    assert result.exit_code == ExitCode.INPUT_FAILURES
    records = jsonl(result.stdout)
    for record in records:
        check_record(record)
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    assert by_name["1-good.txt"]["incidents"]
    assert by_name["2-empty.txt"]["error"]["type"] == "empty"
    assert by_name["3-binary.txt"]["error"]["type"] == "binary"
    assert any("cp1252" in w for w in by_name["4-latin.txt"]["warnings"])
    assert by_name["5-missing.txt"]["error"]["type"] == "not_found"
    assert "3 failures" in result.stderr


def test_output_file_is_written_whole(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = run(
        runner, "extract", str(SEED), str(ARTICLES / "northgate-till-outage.txt"), "-o", str(out)
    )
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".incident-extract-")]


def test_refuses_to_overwrite_an_input(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("M&S was hit by a cyber attack.", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article), "-o", str(article)])
    assert result.exit_code == ExitCode.USAGE
    assert article.read_text(encoding="utf-8") == "M&S was hit by a cyber attack."


def test_json_format_for_several_inputs_is_an_array(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), str(SEED), "--format", "json", "-q")
    assert [r["source"]["path"] for r in json.loads(result.stdout)] == [str(SEED), str(SEED)]


def test_table_format_shows_services_and_claims(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEED), "--format", "table")
    assert "Marks & Spencer" in result.stdout
    assert "click_and_collect" in result.stdout
    assert "partially_restored" in result.stdout


def test_unknown_model_is_a_clear_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == ExitCode.USAGE
    assert "no_such_pipeline_xyz" in result.output
    assert "Traceback" not in result.output


def test_schema_command_prints_the_shipped_schema(runner: CliRunner) -> None:
    result = run(runner, "schema")
    schema = json.loads(result.stdout)
    assert schema["$defs"]["incident"]["required"][0] == "organization"


def test_eval_reports_metrics_as_json(runner: CliRunner) -> None:
    result = run(runner, "eval", str(ARTICLES), "--json", "--details")
    numbers = json.loads(result.stdout)
    assert numbers["articles"] == len(list(ARTICLES.glob("*.gold.json")))
    assert numbers["primary_accuracy"]["value"] == 1.0
    assert set(numbers["details"]) == {
        p.name[: -len(".gold.json")] for p in ARTICLES.glob("*.gold.json")
    }


def test_eval_rejects_a_folder_without_gold(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == ExitCode.USAGE
    assert "gold" in result.output


def test_real_subprocess_pipes_json() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    completed = subprocess.run(
        [sys.executable, "-m", "incident_extract", "extract", str(SEED)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    record = json.loads(completed.stdout)
    assert record["incidents"][0]["role"] == "primary"
    assert completed.stderr == b""


def test_help_explains_every_command(runner: CliRunner) -> None:
    result = run(runner, "--help")
    for command in ("extract", "eval", "schema"):
        assert command in result.stdout
    extract_help = run(runner, "extract", "--help").stdout
    assert "--published" in extract_help and "--glob" in extract_help and "jsonl" in extract_help
