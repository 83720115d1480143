"""The table view (`extract --format table`): each table once, colour only on a terminal and
never with NO_COLOR, statuses in the palette's colours, no empty tables."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ARTICLES, EXPECTED, ROOT
from incident_extract.cli import cli, program
from incident_extract.cli.definition import ExtractOptions
from incident_extract.cli.environment import Environment
from incident_extract.cli.report import ExitCode
from incident_extract.taxonomy import Status
from incident_extract.views.palette import STATUS_COLOURS, status_colour
from incident_extract.views.table import render, render_record

SEED = ARTICLES / "ms-shuts-down-online-orders.txt"
SEED_TITLE = "M&S Shuts Down Online Orders Amid Ongoing Cyber Incident"
INCIDENT_TITLE = "Marks & Spencer (primary; cyber_attack;"
HEADER = re.compile(r"┃ kind +┃ what +┃ status / value +┃ detail +┃")
ANSI = re.compile(r"\x1b\[")
NOTHING_EXTRACTED = "Café chain Brackenfield Foods was hit by a cyber attack.\n"


@pytest.fixture
def colour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal that shows 256 colours, whatever TERM the tests run under."""
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("COLORTERM", raising=False)


def _golden(name: str) -> dict:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def _table(*args: str, stdin: bytes | None = None) -> str:
    result = CliRunner().invoke(
        cli, ["extract", *args, "--format", "table"], input=stdin, catch_exceptions=False
    )
    assert result.exit_code == ExitCode.OK, result.output
    return result.stdout


def test_each_table_is_printed_once() -> None:
    output = _table(str(SEED))
    assert output.count(SEED_TITLE) == 1
    assert output.count(INCIDENT_TITLE) == 1
    assert len(HEADER.findall(output)) == 1


def test_one_heading_and_one_table_per_article_in_a_batch() -> None:
    northgate = ARTICLES / "northgate-till-outage.txt"
    output = _table(str(SEED), str(northgate), "-q")
    assert output.count(SEED_TITLE) == 1
    assert output.count(INCIDENT_TITLE) == 1
    assert len(HEADER.findall(output)) == 2  # one incident with a table in each article


def test_a_table_written_to_a_file_goes_only_there(tmp_path: Path) -> None:
    out = tmp_path / "tables.txt"
    assert _table(str(SEED), "-o", str(out)) == ""
    written = out.read_text(encoding="utf-8")
    assert written.count(INCIDENT_TITLE) == 1 and len(HEADER.findall(written)) == 1
    assert not ANSI.search(written)


def test_no_colour_when_stdout_is_not_a_terminal() -> None:
    output = _table(str(SEED))
    assert "partially_restored" in output
    assert not ANSI.search(output)


def _in_process_table(*, isatty: bool, no_color: bool) -> str:
    stdout = io.BytesIO()
    env = Environment(io.BytesIO(), stdout, io.StringIO(), isatty, False, no_color)
    code = program.extract(ExtractOptions(paths=(str(SEED),), fmt="table"), env)
    assert code == ExitCode.OK
    return stdout.getvalue().decode("utf-8")


def test_colour_on_a_terminal_unless_no_color(colour_terminal: None) -> None:
    assert ANSI.search(_in_process_table(isatty=True, no_color=False))
    assert not ANSI.search(_in_process_table(isatty=True, no_color=True))


def test_no_color_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert Environment.from_process().no_color
    monkeypatch.setenv("NO_COLOR", "")  # https://no-color.org: set and not empty
    assert not Environment.from_process().no_color


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("no_color", [None, "1"], ids=["terminal", "NO_COLOR"])
def test_a_real_terminal_gets_colour_unless_no_color(no_color: str | None) -> None:
    import pty

    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env.update(TERM="xterm-256color", PYTHONIOENCODING="utf-8")
    if no_color:
        env["NO_COLOR"] = no_color
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "incident_extract", "extract", str(SEED), "--format", "table"],
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == ExitCode.OK, stderr.decode()
    output = b"".join(chunks).decode("utf-8")
    assert output.count(INCIDENT_TITLE) == 1
    assert bool(ANSI.search(output)) is (no_color is None)


def test_every_status_has_one_colour_that_rich_knows() -> None:
    from rich.color import Color

    assert set(STATUS_COLOURS) == set(Status)
    for colour in STATUS_COLOURS.values():
        Color.parse(colour)  # raises for a name rich does not know
    assert status_colour("not_a_status") == ""


def test_statuses_are_coloured_from_the_palette_in_services_and_claims(
    colour_terminal: None,
) -> None:
    record = _golden("ms-shuts-down-online-orders")
    output = render_record(record, colour=True)
    for status in ("suspended", "disrupted", "partially_restored", "unaffected"):
        alone = render([_styled(status)], colour=True)
        coloured = alone[: alone.index(status) + len(status)]
        assert ANSI.search(coloured) and coloured in output, status
    claimed = render([_styled("partially_restored")], colour=True).split("\x1b[0m")[0]
    assert output.count(claimed) == 2  # the service and the claim


def _styled(status: str):  # type: ignore[no-untyped-def]
    from rich.text import Text

    return Text(status, style=status_colour(status))


def test_an_incident_with_nothing_extracted_gets_a_line_not_an_empty_table() -> None:
    record = _golden("ms-shuts-down-online-orders")
    incident = record["incidents"][0]
    incident.update(services=[], dates=[], restoration_claims=[])
    output = render_record(record)
    assert "┏" not in output and not HEADER.search(output)
    assert "Marks & Spencer (primary; cyber_attack; data compromised: None; confidence" in output
    assert "no services, dates or claims" in output


def test_an_article_whose_incident_has_nothing_extracted_draws_no_table() -> None:
    output = _table("-", stdin=NOTHING_EXTRACTED.encode("utf-8"))
    assert "Brackenfield Foods (primary" in output
    assert "no services, dates or claims" in output
    assert "┏" not in output and not HEADER.search(output)


def test_text_from_the_article_is_shown_as_it_is_never_as_markup() -> None:
    article = (
        "Fernhill Foods [/] hit by cyber attack :fire:\n\n"
        "Fernhill Foods said a cyber attack hit its online orders [bold on Monday.\n"
    )
    output = _table("-", stdin=article.encode("utf-8"))
    assert "Fernhill Foods [/] hit by cyber attack :fire:" in output
    record = _golden("ms-shuts-down-online-orders")
    record["incidents"][0]["organization"]["name"] = "[red]M&S[/red] :fire:"
    record["incidents"][0]["services"][0]["mention"] = "[link=x]orders[/link]"
    output = render_record(record, colour=False)
    assert "[red]M&S[/red] :fire: (primary" in output
    assert "[link=x]orders[/link]" in output
