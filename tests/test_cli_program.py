"""The CLI's parts on their own: programs run in-process with a given environment, the report
owns counts, summary and exit code, and the CLI reaches extraction only through the API."""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import click
import pytest

from conftest import ARTICLES, ROOT
from incident_extract.cli import program
from incident_extract.cli.definition import ExtractOptions, SchemaOptions
from incident_extract.cli.environment import Environment
from incident_extract.cli.report import ExitCode, Report, UsageError

CLI_SOURCES = sorted((ROOT / "src" / "incident_extract" / "cli").glob("*.py"))
SEED = ARTICLES / "ms-shuts-down-online-orders.txt"


def _environment(stdin: bytes = b"") -> Environment:
    return Environment(stdin=io.BytesIO(stdin), stdout=io.BytesIO(), stderr=io.StringIO())


def _stdout(env: Environment) -> str:
    assert isinstance(env.stdout, io.BytesIO)
    return env.stdout.getvalue().decode("utf-8")


def test_report_counts_records_and_says_so() -> None:
    report = Report()
    report.written({"source": {}, "incidents": [{}, {}]})
    report.written({"source": {}, "error": {"type": "empty", "message": "no text"}})
    report.skipped.append("a.txt")
    assert (report.articles, report.incidents, report.failures) == (2, 2, 1)
    assert report.summary == "2 articles, 2 incidents, 1 failures, 1 skipped as already done"
    assert report.exit_code == ExitCode.INPUT_FAILURES


def test_report_exit_codes() -> None:
    assert Report().exit_code == ExitCode.OK
    interrupted = Report(interrupted=True, failures=3)
    assert interrupted.exit_code == ExitCode.INTERRUPTED
    assert interrupted.summary.startswith("interrupted: ")


def test_usage_errors_exit_with_the_usage_code() -> None:
    assert click.UsageError("any").exit_code == ExitCode.USAGE


def test_extract_program_runs_in_process_with_its_own_streams() -> None:
    env = _environment(SEED.read_bytes())
    code = program.extract(ExtractOptions(paths=("-",), published=None), env)
    assert code == ExitCode.OK
    assert json.loads(_stdout(env))["incidents"][0]["organization"]["name"] == "Marks & Spencer"
    assert isinstance(env.stderr, io.StringIO) and env.stderr.getvalue() == ""


def test_extract_program_refuses_options_that_cannot_work() -> None:
    options = ExtractOptions(paths=(str(SEED),), resume=True)
    with pytest.raises(UsageError, match="--resume needs -o FILE"):
        program.extract(options, _environment())


def test_schema_program_prints_the_schema() -> None:
    env = _environment()
    assert program.schema(SchemaOptions(), env) == ExitCode.OK
    assert json.loads(_stdout(env))["$defs"]["incident"]


def _imports(path: Path) -> set[str]:
    """The package's modules a CLI module imports, named from the package (`api`, `cli.report`)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 0:
            module = (node.module or "").removeprefix("incident_extract")
        else:
            module = ("cli." if node.level == 1 else "") + (node.module or "")
        module = module.strip(".")
        found.add(module)
        found.update(f"{module}.{alias.name}".strip(".") for alias in node.names)
    return found


@pytest.mark.parametrize("path", CLI_SOURCES, ids=lambda p: p.name)
def test_cli_reaches_extraction_only_through_the_api(path: Path) -> None:
    extraction = {"nlp", "lexicon", "layout", "status", "assemble", "dates", "organizations"}
    leaks = {name for name in _imports(path) if name.split(".")[0] in extraction}
    assert not leaks, f"{path.name} imports {sorted(leaks)} past the API"


@pytest.mark.parametrize("path", CLI_SOURCES, ids=lambda p: p.name)
def test_exit_codes_are_never_literal_numbers(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "exit":
            assert not any(isinstance(arg, ast.Constant) for arg in node.args), (
                f"{path.name}:{node.lineno} exits with a literal; use ExitCode"
            )
