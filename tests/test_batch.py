"""Batches: worker processes keep order and output; long texts keep exact offsets; fast start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from conftest import ARTICLES, ROOT, check_record
from incident_extract.api import CHUNK_CHARS, paragraph_chunks
from incident_extract.batch import CHUNK
from incident_extract.cli import cli
from incident_extract.inputs import Article


def _folder(tmp_path: Path, count: int) -> Path:
    sources = sorted(ARTICLES.glob("*.txt"))
    for index in range(count):
        text = sources[index % len(sources)].read_text(encoding="utf-8")
        (tmp_path / f"article-{index:03d}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_two_jobs_give_the_same_bytes_in_the_same_order(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    _folder(source, CHUNK * 2 + 5)  # enough for both workers to get chunks
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", str(source), "-j", "1", "-q"], catch_exceptions=False)
    two = runner.invoke(cli, ["extract", str(source), "-j", "2", "-q"], catch_exceptions=False)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout_bytes == two.stdout_bytes
    paths = [json.loads(line)["source"]["path"] for line in two.stdout.splitlines()]
    assert paths == sorted(paths) and len(paths) == CHUNK * 2 + 5


def test_paragraph_chunks_join_back_exactly() -> None:
    text = ("A line of text that goes on.\n" * 50) + ("x" * 300) + "\nEnd."
    pieces = list(paragraph_chunks(text, 100))
    assert "".join(pieces) == text
    assert all(len(piece) <= 100 for piece in pieces)


def test_long_input_keeps_exact_offsets(extractor) -> None:
    article = (ARTICLES / "ms-shuts-down-online-orders.txt").read_text(encoding="utf-8")
    filler = "Shoppers browsed the high street on a quiet afternoon in town.\n\n" * (
        CHUNK_CHARS // 60
    )
    text = article + "\n\n" + filler + article
    assert len(text) > CHUNK_CHARS
    record = check_record(extractor.extract(Article(text=text)).to_dict(), text)
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Marks & Spencer"
    evidence_starts = [s["evidence"]["start"] for s in incident["services"]]
    assert any(start > CHUNK_CHARS for start in evidence_starts)


def test_help_and_schema_do_not_import_spacy() -> None:
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from incident_extract.cli import cli\n"
        "CliRunner().invoke(cli, ['--help'])\n"
        "CliRunner().invoke(cli, ['schema'])\n"
        "CliRunner().invoke(cli, ['extract', '--help'])\n"
        "heavy = {'spacy', 'dateparser', 'thinc'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert completed.stdout.strip() == "[]"
