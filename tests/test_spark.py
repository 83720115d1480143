"""The Spark job in local mode: the same records as `extract --jobs 1`, the same timelines as
`timeline`, error rows instead of failed jobs. Marked `spark` (select with -m spark)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from conftest import write_warc
from incident_extract.article import Article, InputError
from incident_extract.cli import ExitCode, cli
from incident_extract.taxonomy import PublishedFrom

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

ROOT = Path(__file__).resolve().parents[1]
# PySpark comes with the test extra; the JVM it starts does not. Where there is no Java
# runtime the Spark tests say so and skip, except in CI (.ci/run), which must run them.
needs_java = pytest.mark.skipif(
    not (shutil.which("java") or os.environ.get("JAVA_HOME"))
    and not os.environ.get("INCIDENT_EXTRACT_REQUIRE_SPARK"),
    reason="no Java runtime: PySpark needs Java 17 or later",
)
PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="article:published_time" content="2025-06-0{day}T08:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>{title}</h1><p>{body}</p>
<p>The company said it was working with outside experts and had informed the regulator.
Customers were told to watch for suspicious emails in the coming weeks.</p></article>
<footer>Copyright 2025</footer></body></html>"""


def _page(title: str, body: str, day: int) -> bytes:
    return PAGE.format(title=title, body=body, day=day).encode("utf-8")


def _warc(path: Path) -> None:
    """Two article pages, an image and a failed response, gzipped per record."""
    responses = [
        (
            "https://news.example/ferries",
            "200 OK",
            "text/html; charset=utf-8",
            _page(
                "Harbour Line ferries hit by ransomware",
                "Harbour Line said on Monday that a ransomware attack had taken its "
                "online booking system offline and that ticket offices took cash only.",
                2,
            ),
        ),
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
        (
            "https://news.example/clinic",
            "200 OK",
            "text/html",
            _page(
                "Riverside Clinic restores appointments",
                "Riverside Clinic said its appointment booking line was restored on "
                "Thursday, a week after an IT outage caused by a failed update.",
                5,
            ),
        ),
    ]
    write_warc(path, responses, "2025-06-06")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """60+ articles in every format the CLI reads, plus inputs that give error records."""
    root = tmp_path_factory.mktemp("corpus")
    texts = root / "texts"
    texts.mkdir()
    sources = sorted((ROOT / "tests" / "cases" / "status").glob("*.txt"))[:40]
    sources += sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    sources += sorted((ROOT / "fixtures" / "timeline" / "articles").glob("*.txt"))
    for source in sources:
        shutil.copy(source, texts / f"{source.parent.name}-{source.name}")
    (texts / "broken.txt").write_bytes(b"%PDF-1.7\x00\x01\x02\x03" * 50)
    (texts / "[Update] headline.txt").write_text(
        "[Update] Dunmore Water restores its payment portal\n\nDunmore Water said its "
        "online payment portal was back online on Friday after a cyber attack on 3 March.",
        encoding="utf-8",
    )
    shutil.copy(ROOT / "fixtures" / "inputs" / "saved-article-page.html", root / "page.html")
    feed = (ROOT / "fixtures" / "inputs" / "mixed-fields.jsonl").read_bytes()
    (root / "feed.jsonl").write_bytes(feed + b'{"text": "a line cut short\n')
    (root / "feed.jsonl.gz").write_bytes(gzip.compress(feed))
    _warc(root / "news.warc.gz")
    return [
        str(texts),
        str(root / "page.html"),
        str(root / "feed.jsonl"),
        str(root / "feed.jsonl.gz"),
        str(root / "news.warc.gz"),
        str(root / "no-such-file.txt"),
    ]


@pytest.fixture(scope="module")
def cli_records(corpus: list[str]) -> bytes:
    result = CliRunner().invoke(
        cli, ["extract", *corpus, "--jobs", "1", "--quiet"], catch_exceptions=False
    )
    assert result.exit_code == ExitCode.INPUT_FAILURES
    return result.stdout_bytes


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    from incident_extract.spark import session

    active = session("local[2]", "incident-extract-tests", progress=False)
    yield active
    active.stop()


def _lines(folder: Path) -> bytes:
    return b"".join(part.read_bytes() for part in sorted(folder.glob("part-*")))


@pytest.mark.spark
@needs_java
def test_the_command_writes_the_bytes_extract_and_timeline_write(
    corpus: list[str], cli_records: bytes, tmp_path: Path
) -> None:
    """End to end, as a user runs it: a separate process, its own local[2] session."""
    records = [json.loads(line) for line in cli_records.splitlines()]
    articles = [r for r in records if "error" not in r]
    assert len(articles) >= 50
    assert {"bad_json", "binary", "not_found"} <= {
        r["error"]["type"] for r in records if "error" in r
    }
    formats = {Path(r["source"]["path"]).suffix for r in articles}
    assert {".txt", ".html", ".jsonl", ".gz"} <= formats

    out = tmp_path / "out"
    command = [sys.executable, "-m", "incident_extract", "spark", *corpus, "-o", str(out)]
    command += ["--master", "local[2]", "--timelines", "--quiet"]
    finished = subprocess.run(command, capture_output=True, env={**os.environ}, timeout=600)
    assert finished.returncode == ExitCode.INPUT_FAILURES, finished.stderr.decode()[-2000:]
    assert _lines(out / "records") == cli_records

    timeline = CliRunner().invoke(cli, ["timeline", "-", "--quiet"], input=cli_records)
    assert timeline.exit_code == ExitCode.OK
    assert _lines(out / "timelines") == timeline.stdout_bytes
    assert len(timeline.stdout_bytes.splitlines()) >= 10

    again = subprocess.run(command, capture_output=True, timeout=600)
    assert again.returncode == ExitCode.USAGE
    assert b"--overwrite" in again.stderr


@pytest.mark.spark
@needs_java
def test_frames_carry_error_rows_and_typed_columns(
    spark: SparkSession, corpus: list[str], cli_records: bytes, tmp_path: Path
) -> None:
    from incident_extract import spark as on_spark

    articles = on_spark.read_articles(spark, corpus)
    errors = articles.where("error_type IS NOT NULL").select("path", "error_type").collect()
    assert {row.error_type for row in errors} >= {"binary", "not_found", "bad_json"}

    records = on_spark.extract(articles, partitions=3).orderBy(*on_spark.RECORD_ORDER).collect()
    expected = [json.loads(line) for line in cli_records.splitlines()]
    assert [json.loads(row.record) for row in records] == expected
    for row, record in zip(records, expected, strict=True):
        incidents: list[dict[str, Any]] = record.get("incidents", [])
        primary = [i["organization"]["name"] for i in incidents if i["role"] == "primary"]
        assert row.organization == (primary[0] if primary else None)
        assert row.incidents == len(incidents)
        assert row.error == (record["error"]["type"] if "error" in record else None)
        assert {(s.organization, s.service, s.status) for s in row.services} == {
            (i["organization"]["name"], s["service"], s["status"])
            for i in incidents
            for s in i["services"]
        }
        assert set(row.incident_types) == {t for i in incidents for t in i["incident_types"]}


@pytest.mark.spark
@needs_java
def test_parquet_keeps_the_columns_and_the_order(
    spark: SparkSession, corpus: list[str], cli_records: bytes, tmp_path: Path
) -> None:
    from incident_extract import spark as on_spark

    records = on_spark.extract(on_spark.read_articles(spark, corpus[1:5]))
    on_spark.write(records, str(tmp_path / "records"), "parquet")
    table = spark.read.parquet(str(tmp_path / "records")).orderBy(*on_spark.RECORD_ORDER).collect()
    paths = [json.loads(row.record)["source"]["path"] for row in table]
    assert paths and all(path in corpus[1:5] for path in paths)
    assert [row.path for row in table] == paths
    assert any(row.organization and row.services for row in table)


@pytest.mark.spark
@needs_java
def test_uris_are_read_with_spark_s_own_file_systems(
    spark: SparkSession, corpus: list[str]
) -> None:
    """A path with a scheme (s3a://, hdfs://, here file://) is read by Spark, not listed
    here: the same articles, named by their URI."""
    from incident_extract import spark as on_spark

    folder = Path(corpus[0])
    local = on_spark.read_articles(spark, [str(folder)], glob="*").orderBy(*on_spark.RECORD_ORDER)
    nowhere = (folder / "no-such-folder" / "*.warc.gz").as_uri()
    remote = on_spark.read_articles(spark, [folder.as_uri() + "/*.txt", nowhere])
    remote_rows = remote.orderBy(*on_spark.RECORD_ORDER).collect()
    local_rows = local.collect()
    assert [r.text for r in remote_rows[:-1]] == [r.text for r in local_rows]
    assert all(r.path.startswith("file:") for r in remote_rows[:-1])
    assert (remote_rows[-1].path, remote_rows[-1].error_type) == (nowhere, "not_found")


def test_without_pyspark_the_command_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    result = CliRunner().invoke(cli, ["spark", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.USAGE
    assert "pip install" in result.output and "[spark]" in result.output


def test_the_spark_submit_script_runs_the_spark_command() -> None:
    """spark-submit runs a file as __main__, outside its package: it must still start the
    command (here its help, which loads neither Spark nor the model)."""
    import incident_extract.spark_submit as job

    finished = subprocess.run(
        [sys.executable, job.__file__, "--help"], capture_output=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr.decode()
    assert b"Apache Spark" in finished.stdout and b"--timelines" in finished.stdout


@pytest.mark.spark
@needs_java
def test_spark_submit_runs_the_job_and_writes_the_same_bytes(tmp_path: Path) -> None:
    """As on a cluster, minus the cluster: spark-submit (PySpark's own) starts the driver
    from spark_submit.py; the workers run this Python, which has the package."""
    import pyspark

    import incident_extract.spark_submit as job

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    articles = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))[:3]
    out = tmp_path / "out"
    finished = subprocess.run(
        [str(submit), "--master", "local[2]", job.__file__]
        + [str(a) for a in articles]
        + ["-o", str(out), "--quiet"],
        capture_output=True,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable},
        timeout=600,
    )
    assert finished.returncode == 0, finished.stderr.decode()[-2000:]
    expected = CliRunner().invoke(cli, ["extract", *map(str, articles), "--jobs", "1", "-q"])
    assert _lines(out / "records") == expected.stdout_bytes


def test_an_article_survives_its_row() -> None:
    """Every field of an Article reaches the extractor through a Spark row unchanged: a field
    added to Article and left out of the row would fail here."""
    from dataclasses import fields

    from pyspark.sql import Row

    from incident_extract.spark import ARTICLE_SCHEMA, _article_from_row, _article_row

    article = Article(
        text="Tillby Foods said its website was down.",
        path="feed.jsonl",
        sha256="ab" * 32,
        published=date(2025, 6, 2),
        published_from=PublishedFrom.METADATA,
        warnings=["input is not valid UTF-8; decoded as cp1252"],
        title="Tillby Foods outage",
        url="https://news.example/tillby",
        item_id="guid-7",
        line=3,
        emit_text=True,
    )
    assert all(getattr(article, f.name) not in (None, False) for f in fields(Article))
    columns = [column.split()[0] for column in ARTICLE_SCHEMA.split(", ")]
    row = Row(**dict(zip(columns, _article_row(4, 2, article), strict=True)))
    assert _article_from_row(row) == article
    error = InputError("gone.txt", None, "not_found", "no such file")
    error_row = Row(**dict(zip(columns, _article_row(5, 0, error), strict=True)))
    assert _article_from_row(error_row) == error


def test_local_paths_and_uris_are_not_mixed_in_one_job() -> None:
    from incident_extract.spark import MixedInputsError, read_articles

    with pytest.raises(MixedInputsError):
        read_articles(None, ["articles/", "s3a://bucket/news/"])  # type: ignore[arg-type]
