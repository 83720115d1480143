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


def test_a_run_handed_over_a_chunk_at_a_time_does_not_grow_the_string_store() -> None:
    """Batches and Spark partitions call the extractor one chunk at a time: every chunk after
    the extractor's first runs in a memory zone, so words never seen before are not kept."""
    from incident_extract.api import Extractor
    from incident_extract.batch import extract_articles

    def chunk(number: int) -> list[Article]:
        return [
            Article(
                text=f"Zorvex{number}x{item} Holdings said its Quandril{number}y{item} portal "
                f"was offline after a ransomware attack on Monday. Staff at Brimble{number}z"
                f"{item} depots were told to use paper forms."
            )
            for item in range(CHUNK)
        ]

    extractor = Extractor()
    strings = extractor.pipeline.nlp.vocab.strings
    first = extract_articles(extractor, chunk(0))
    after_first = len(strings)
    later = [extract_articles(extractor, chunk(number)) for number in range(1, 4)]
    assert len(strings) - after_first < 50  # three chunks of 96 new words each
    names = [r["incidents"][0]["organization"]["name"] for r in first + later[-1] if r["incidents"]]
    assert "Zorvex0x0 Holdings" in names and "Zorvex3x0 Holdings" in names
