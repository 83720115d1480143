"""Nothing lost, nothing crashes: bad input, interruption, resume, determinism."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ARTICLES, ROOT, check_record
from incident_extract.api import UnprocessableTextError
from incident_extract.cli import ExitCode, cli
from incident_extract.dates import published_from_text, resolve
from incident_extract.names import normalize_org_name

SENTENCES = [
    line.strip()
    for path in sorted(ARTICLES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if len(line.split()) > 4
]


def _batch(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(ARTICLES.glob("*.txt"))
    for index in range(count):
        text = sources[index % len(sources)].read_text(encoding="utf-8")
        (folder / f"a-{index:04d}.txt").write_text(f"{text}\n\nItem {index}.\n", encoding="utf-8")
    return folder


# -- bad input --------------------------------------------------------------------------


def test_every_kind_of_bad_input_in_one_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "01-good.txt").write_text("Fernhill Foods said a cyber attack hit its online orders.")
    (folder / "02-empty.txt").write_bytes(b"")
    (folder / "03-blank.txt").write_bytes(b" \n\t \n")
    (folder / "04-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "05-pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "06-cp1252.txt").write_bytes(
        "Caf\xe9 chain Hollins said hackers stole data.".encode("cp1252")
    )
    (folder / "07-utf16.txt").write_bytes(
        "Hollins Stores said hackers stole customer data.".encode("utf-16")
    )
    (folder / "08-nul.txt").write_bytes(b"Hollins said\x00 a cyber attack hit its website.")
    (folder / "09-long-line.txt").write_bytes(b"x" * 1_500_000)
    (folder / "10-punctuation.txt").write_bytes(b"Hollins said... !!! ??? ((( ))) " * 5_000)
    (folder / "11-not-article.html").write_bytes(b"<html><body><nav>Home</nav></body></html>")
    (folder / "12-dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "13-loop.txt").symlink_to(folder / "13-loop.txt")
    (folder / "14-dirloop").symlink_to(folder)
    (folder / "15-directory.txt").mkdir()
    # a page with no article: named .html, since a .txt is text whatever it holds
    page = str(folder / "11-not-article.html")
    deep = tmp_path / "16-deep.json"  # nested deeper than Python's parser recurses
    deep.write_text("[" * 100_000)
    packed = gzip.compress(b"Hollins said a cyber attack hit its website. " * 40)
    corrupt = tmp_path / "17-corrupt.txt.gz"  # a gzip stream with damaged bytes
    corrupt.write_bytes(packed[:20] + b"\x00" * 10 + packed[30:])
    inputs = [str(folder), page, str(tmp_path / "missing.txt"), str(deep), str(corrupt)]
    result = CliRunner().invoke(cli, ["extract", *inputs, "-q"])
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {Path(r["source"]["path"]).name: r for r in records}
    for record in records:
        check_record(record)
    assert result.exit_code == ExitCode.INPUT_FAILURES
    assert by_name["01-good.txt"]["incidents"]
    errors = {name: r["error"]["type"] for name, r in by_name.items() if "error" in r}
    assert errors == {
        "02-empty.txt": "empty",
        "03-blank.txt": "empty",
        "04-image.txt": "binary",
        "05-pdf.txt": "binary",
        "11-not-article.html": "no_article",
        "12-dangling.txt": "not_found",
        "13-loop.txt": "unreadable",
        "09-long-line.txt": "not_prose",
        "missing.txt": "not_found",
        "16-deep.json": "bad_json",
        "17-corrupt.txt.gz": "bad_gzip",
    }
    assert any("cp1252" in w for w in by_name["06-cp1252.txt"]["warnings"])
    assert by_name["07-utf16.txt"]["incidents"][0]["data_compromised"] is True
    assert any("NUL" in w for w in by_name["08-nul.txt"]["warnings"])
    assert by_name["10-punctuation.txt"]["incidents"] == []
    assert not any(
        "14-dirloop" in r["source"]["path"] for r in records
    )  # links to folders not followed
    assert "15-directory.txt" not in by_name


def test_unreadable_file_is_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    real_open = open

    def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    from incident_extract.inputs import InputError
    from incident_extract.inputs.files import read_raw

    result = read_raw(str(path), stdin=None)
    assert isinstance(result, InputError) and result.type == "unreadable"


def test_output_over_an_input_inside_a_folder_is_refused(tmp_path: Path) -> None:
    folder = _batch(tmp_path / "in", 2)
    target = folder / "a-0000.txt"
    before = target.read_bytes()
    result = CliRunner().invoke(cli, ["extract", str(folder), "-o", str(target)])
    assert result.exit_code == ExitCode.USAGE
    assert target.read_bytes() == before


# -- property-based ------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
def test_any_unicode_text_gives_a_valid_record(extract, text: str) -> None:
    check_record(extract(text), text)


@PROPERTY_SETTINGS
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=12),
    st.sampled_from(["\n", "\n\n", " "]),
)
def test_mixed_article_sentences_give_valid_records(
    extract, sentences: list[str], joiner: str
) -> None:
    text = joiner.join(sentences)
    record = check_record(extract(text, published="2025-05-15"), text)
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert len(names) == len(set(names))


ADVERSARIAL = [
    "(" * 5000,
    "the " * 5000,
    "Co-op " * 3000,
    "on Monday " * 2000,
    "between " * 2000 + "and",
    "1" * 20000,
    "Published " + "9" * 5000,
    ("A" * 50 + " ") * 400,
    "\n" * 10000,
    "M&S (" * 2000,
    "almost almost " * 3000 + "two weeks ago",
    "The " + "very " * 3000 + "retailer",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_strings_finish_quickly(extract, text: str) -> None:
    start = time.perf_counter()
    try:
        check_record(extract(text, published="2025-05-15"), text)
    except UnprocessableTextError as refused:  # refused with a reason is fine, a hang is not
        assert refused.kind == "not_prose"
    assert time.perf_counter() - start < 20


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_regexes_do_not_backtrack(text: str) -> None:
    start = time.perf_counter()
    resolve(text[:2000], None)
    published_from_text(text)
    normalize_org_name(text)
    assert time.perf_counter() - start < 2


# -- determinism --------------------------------------------------------------------------


def test_same_input_same_bytes_whatever_the_listing_order(tmp_path: Path) -> None:
    folder = _batch(tmp_path / "in", 6)
    runner = CliRunner()
    first = runner.invoke(cli, ["extract", str(folder), "-q", "-j", "1"]).stdout_bytes
    files = sorted(folder.iterdir(), reverse=True)
    listed = runner.invoke(cli, ["extract", *map(str, sorted(files)), "-q", "-j", "1"]).stdout_bytes
    again = runner.invoke(cli, ["extract", str(folder), "-q", "-j", "1"]).stdout_bytes
    assert first == again == listed


# -- interruption and resume -----------------------------------------------------------------


def _start(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "incident_extract", "extract", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for_lines(path: Path, count: int, timeout: float = 240) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.2)
    raise AssertionError(f"{path} never reached {count} lines")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_batch_leaves_only_complete_records(tmp_path: Path, sig: int) -> None:
    folder = _batch(tmp_path / "in", 150)
    out = tmp_path / "out.jsonl"
    process = _start([str(folder), "-o", str(out), "--resume", "-j", "1"])
    _wait_for_lines(out, 5)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED, stderr.decode()
    assert b"Traceback" not in stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    records = [json.loads(line) for line in data.splitlines()]
    assert 5 <= len(records) < 150


def test_interrupted_run_without_resume_writes_a_complete_file(tmp_path: Path) -> None:
    folder = _batch(tmp_path / "in", 150)
    out = tmp_path / "out.jsonl"
    process = _start([str(folder), "-o", str(out), "-j", "1"])
    time.sleep(1)
    deadline = time.time() + 240
    while time.time() < deadline and not list(tmp_path.glob(".incident-extract-*.tmp")):
        time.sleep(0.2)
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED
    records = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert all("source" in record for record in records)
    assert not list(tmp_path.glob(".incident-extract-*.tmp"))


def test_resume_after_a_kill_loses_and_repeats_nothing(tmp_path: Path) -> None:
    folder = _batch(tmp_path / "in", 80)
    out = tmp_path / "out.jsonl"
    process = _start([str(folder), "-o", str(out), "--resume", "-j", "1"])
    _wait_for_lines(out, 3)
    process.kill()  # no chance to clean up: a half line may be left behind
    process.communicate(timeout=60)
    with open(out, "ab") as handle:
        handle.write(b'{"source": {"path": "half')  # what a kill mid-write leaves
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "incident_extract",
            "extract",
            str(folder),
            "-o",
            str(out),
            "--resume",
            "-j",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == ExitCode.OK, result.stderr.decode()
    assert b"skipped as already done" in result.stderr
    paths = [json.loads(line)["source"]["path"] for line in out.read_bytes().splitlines()]
    assert sorted(paths) == sorted(str(p) for p in folder.iterdir())
    assert len(paths) == len(set(paths)) == 80


def test_resume_needs_an_output_file() -> None:
    result = CliRunner().invoke(cli, ["extract", str(ARTICLES), "--resume"])
    assert result.exit_code == ExitCode.USAGE
