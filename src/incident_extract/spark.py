"""Extraction on Apache Spark: the CLI's read path, extraction and timeline merge over
DataFrames, for news archives larger than one machine.

Needs the spark extra (`pip install 'incident-extract[spark]'`). Every step calls the same
library code as `incident-extract extract` and `timeline`: `inputs` reads, `batch` extracts
(the spaCy pipeline loaded once per Python worker and run with `nlp.pipe` over each
partition), `timeline` merges. Rows carry their input's position, so sorting on
`RECORD_ORDER` (`input_index`, `item_index`) gives the CLI's record order.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .article import Article, InputError
from .inputs import ReadOptions, expand_paths, read_bytes, read_path
from .taxonomy import PublishedFrom
from .timeline import DEFAULT_WINDOW_DAYS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, Row, SparkSession

RECORD_ORDER = ["input_index", "item_index"]
ARTICLE_SCHEMA = (
    "input_index LONG, item_index LONG, path STRING, sha256 STRING, text STRING, "
    "published STRING, published_from STRING, title STRING, url STRING, item_id STRING, "
    "line INT, warnings ARRAY<STRING>, emit_text BOOLEAN, error_type STRING, "
    "error_message STRING"
)
RECORD_SCHEMA = (
    "input_index LONG, item_index LONG, path STRING, published STRING, error STRING, "
    "incidents INT, organization STRING, incident_types ARRAY<STRING>, "
    "services ARRAY<STRUCT<organization: STRING, service: STRING, status: STRING>>, "
    "record STRING"
)
TIMELINE_SCHEMA = (
    "timeline_index LONG, incident_id STRING, organization STRING, start STRING, "
    "first_reported STRING, last_reported STRING, articles INT, timeline STRING"
)
INSTALL_HINT = (
    "the spark command needs the spark extra: pip install -e '.[spark]' "
    "(or pip install 'incident-extract[spark]')"
)


def session(
    master: str | None = None, app_name: str = "incident-extract", progress: bool = True
) -> SparkSession:
    """The active Spark session, or a new one. Under `spark-submit` the submitter's settings
    stand; started here (a local run), the workers run this Python, which has the package."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if not progress:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    if not submitted:
        # PySpark starts its workers with $PYSPARK_PYTHON, else whatever `python3` is first
        # on the PATH, which need not be the environment this package is installed in.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


# -- reading ------------------------------------------------------------------------------


class MixedInputsError(ValueError):
    """Local paths and URIs in one job: they are listed and named differently."""


def read_articles(
    spark: SparkSession,
    paths: Iterable[str],
    input_format: str = "auto",
    *,
    reading: ReadOptions | None = None,
    glob: str = "*.txt",
    partitions: int | None = None,
) -> DataFrame:
    """One row per article in the inputs, or per input that gives none (`error_type` set):
    the CLI's formats, field mapping and `source` fields. `reading` gives every read option
    at once (the format, JSON fields, a publication date, text in the records), and then
    `input_format` is not read.

    Local paths are listed on the driver as the CLI lists them (folders recursively, the
    files matching `glob`, in the order given, folders in path order), spread over
    `partitions` tasks (default: four per core) and read on the executors, archives
    streamed; on a cluster they must exist at the same path on every executor. URIs
    (`s3a://`, `hdfs://`, `file://`) are read by Spark's own file systems (its
    `binaryFile` source), in URI order: files, Hadoop globs or folders (every file in them,
    recursively, whatever its name, except hidden ones); a URI that matches no file is an
    error row after them. One job takes local paths or URIs, not both.
    """
    paths = list(paths)
    remote = ["://" in path for path in paths]
    if any(remote) and not all(remote):
        raise MixedInputsError("give local paths or URIs (s3a://, hdfs://, file://), not both")
    reading = reading or ReadOptions(input_format)
    context = spark.sparkContext
    if any(remote):
        files, uris, errors = _remote_files(spark, paths)
        order = context.broadcast({uri: index for index, uri in enumerate(uris)})
        unread = [_article_row(len(uris) + n, 0, error) for n, error in enumerate(errors)]
        rows = context.parallelize(unread, 1)
        if files is not None:
            rows = files.rdd.flatMap(
                lambda file: _read_remote(order.value[file.path], file.path, file.content, reading)
            ).union(rows)
    else:
        local = list(enumerate(expand_paths(paths, glob)))
        slices = partitions or max(1, min(len(local), context.defaultParallelism * 4))
        rows = context.parallelize(local, slices).flatMap(
            lambda pair: _read_local(pair[0], pair[1], reading)
        )
    return spark.createDataFrame(rows, ARTICLE_SCHEMA)


def _remote_files(
    spark: SparkSession, paths: list[str]
) -> tuple[DataFrame | None, list[str], list[InputError]]:
    """Spark's binaryFile source over the paths that match files (path and content), their
    URIs in order, and an error for each path that matches none. Listing reads names only:
    the content is read on the executors."""
    from pyspark.errors import AnalysisException
    from pyspark.sql import DataFrame

    def load(where: list[str]) -> DataFrame:
        return spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(where)

    found: list[DataFrame] = []
    errors: list[InputError] = []
    for path in paths:
        try:
            found.append(load([path]).select("path", "content"))
        except AnalysisException:
            errors.append(InputError(path, None, "not_found", f"no files at {path}"))
    if not found:
        return None, [], errors
    files = functools.reduce(DataFrame.union, found)
    uris = sorted({row.path for row in files.select("path").collect()})
    return files, uris, errors


def _read_local(
    index: int, path: str | InputError, reading: ReadOptions
) -> Iterator[tuple[Any, ...]]:
    items = [path] if isinstance(path, InputError) else read_path(path, reading, None, [])
    for item_index, item in enumerate(items):
        yield _article_row(index, item_index, item)


def _read_remote(
    index: int, uri: str, data: bytes, reading: ReadOptions
) -> Iterator[tuple[Any, ...]]:
    for item_index, item in enumerate(read_bytes(uri, data, reading, [])):
        yield _article_row(index, item_index, item)


def _article_row(index: int, item_index: int, item: Article | InputError) -> tuple[Any, ...]:
    if isinstance(item, InputError):
        return (index, item_index, item.path, item.sha256, *[None] * 9, item.type, item.message)
    return (
        index,
        item_index,
        item.path,
        item.sha256,
        item.text,
        item.published.isoformat() if item.published else None,
        item.published_from.value if item.published_from else None,
        item.title,
        item.url,
        item.item_id,
        item.line,
        list(item.warnings),
        item.emit_text,
        None,
        None,
    )


def _article_from_row(row: Row) -> Article | InputError:
    if row.error_type is not None:
        return InputError(row.path, row.sha256, row.error_type, row.error_message)
    return Article(
        text=row.text,
        path=row.path,
        sha256=row.sha256,
        published=date.fromisoformat(row.published) if row.published else None,
        published_from=PublishedFrom(row.published_from) if row.published_from else None,
        warnings=list(row.warnings or []),
        title=row.title,
        url=row.url,
        item_id=row.item_id,
        line=row.line,
        emit_text=bool(row.emit_text),
    )


# -- extraction ---------------------------------------------------------------------------


def extract(
    articles: DataFrame, model: str | None = None, partitions: int | None = None
) -> DataFrame:
    """One record per article row, in the CLI's record format: `record` is the JSON line
    `extract` writes, beside typed columns to query (the primary organisation, the incident
    types and (organisation, service, status) of all incidents, the publication date, the
    error type of an error record). `partitions` spreads the articles first (an archive
    is read as one partition)."""
    if partitions:
        articles = articles.repartition(partitions)
    records = articles.rdd.mapPartitions(lambda rows: _extract_partition(rows, model))
    return articles.sparkSession.createDataFrame(records, RECORD_SCHEMA)


def _extract_partition(rows: Iterable[Row], model: str | None) -> Iterator[tuple[Any, ...]]:
    from .api import chunked, get_extractor
    from .batch import CHUNK, records_in_process

    extractor = get_extractor(model)  # once per Python worker: Spark reuses workers
    for chunk in chunked(rows, CHUNK):
        records = records_in_process(extractor, map(_article_from_row, chunk))
        yield from _record_rows(chunk, records)


def _record_rows(rows: list[Row], records: Iterator[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    from .output import to_json_line

    for row, record in zip(rows, records, strict=True):
        yield (row.input_index, row.item_index, *_typed_columns(record), to_json_line(record))


def _typed_columns(record: dict[str, Any]) -> tuple[Any, ...]:
    source = record.get("source") or {}
    error = record.get("error")
    incidents = record.get("incidents") or []
    primary = next((i for i in incidents if i.get("role") == "primary"), None)
    types = sorted({kind for incident in incidents for kind in incident["incident_types"]})
    services = [
        (incident["organization"]["name"], service["service"], service["status"])
        for incident in incidents
        for service in incident["services"]
    ]
    return (
        source.get("path"),
        source.get("published"),
        error["type"] if error else None,
        len(incidents),
        primary["organization"]["name"] if primary else None,
        types,
        services,
    )


# -- timelines ----------------------------------------------------------------------------


def timelines(records: DataFrame, window: int = DEFAULT_WINDOW_DAYS) -> DataFrame:
    """The incident timelines of the records, as the `timeline` command merges them: names
    linked over all records (on the driver: one set per incident), the records grouped by
    organisation and merged per group on the executors, the groups finished together."""
    from . import timeline

    parsed = records.select("record").rdd.map(lambda row: json.loads(row.record))
    usable = parsed.filter(lambda record: not timeline.unusable(record)).cache()
    try:
        name_sets = usable.flatMap(
            lambda record: [timeline.organization_keys(i) for i in record["incidents"]]
        )
        keys = records.sparkSession.sparkContext.broadcast(
            timeline.link(name_sets.distinct().collect())
        )
        try:
            merged = (
                usable.flatMap(lambda record: timeline.split_by_organization(record, keys.value))
                .groupByKey()
                .flatMap(lambda group: timeline.merge_unfinished(group[1], window).timelines)
                .collect()
            )
        finally:
            keys.destroy()
    finally:
        usable.unpersist()
    finished = timeline.finish(merged)
    rows = [_timeline_row(index, value) for index, value in enumerate(finished)]
    return records.sparkSession.createDataFrame(rows, TIMELINE_SCHEMA)


def _timeline_row(index: int, value: dict[str, Any]) -> tuple[Any, ...]:
    from .output import to_json_line

    start = value.get("start") or {}
    return (
        index,
        value["incident_id"],
        value["organization"]["name"],
        start.get("value"),
        value.get("first_reported"),
        value.get("last_reported"),
        len(value.get("articles") or []),
        to_json_line(value),
    )


# -- writing ------------------------------------------------------------------------------


def write(frame: DataFrame, path: str, fmt: str = "jsonl", overwrite: bool = False) -> None:
    """Records or timelines, in their order (`RECORD_ORDER`, `timeline_index`), to a folder: as
    JSON Lines part files (`jsonl`: the record or timeline lines alone, and the part files
    read in name order give them in order) or as a Parquet table with every column."""
    is_records = "input_index" in frame.columns
    # A global sort samples its input first: without a persisted frame, that sample would
    # run the whole extraction a second time.
    persisted_here = not frame.storageLevel.useMemory and not frame.storageLevel.useDisk
    if persisted_here:
        frame = frame.persist()
    try:
        ordered = frame.orderBy(*(RECORD_ORDER if is_records else ["timeline_index"]))
        mode = "overwrite" if overwrite else "errorifexists"
        if fmt == "parquet":
            ordered.write.mode(mode).parquet(path)
        else:
            ordered.select("record" if is_records else "timeline").write.mode(mode).text(path)
    finally:
        if persisted_here:
            frame.unpersist()


@dataclass(frozen=True)
class Totals:
    """What a job wrote: records (error records among them), incidents, timelines."""

    records: int
    failures: int
    incidents: int
    timelines: int | None = None  # None: no timelines were merged


def totals(records: DataFrame) -> Totals:
    """The counts of an `extract` frame."""
    from pyspark.sql import functions

    row = records.agg(
        functions.count("*"), functions.count("error"), functions.sum("incidents")
    ).collect()[0]
    return Totals(int(row[0]), int(row[1]), int(row[2] or 0))


def exists(spark: SparkSession, path: str) -> bool:
    """Whether a path or URI exists, asked of the file system Spark would write it with."""
    jvm = spark.sparkContext._jvm  # Hadoop's FileSystem has no Python face
    assert jvm is not None
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    return bool(hadoop_path.getFileSystem(configuration).exists(hadoop_path))


def run(
    spark: SparkSession,
    paths: Iterable[str],
    output: str,
    reading: ReadOptions | None = None,
    *,
    glob: str = "*.txt",
    fmt: str = "jsonl",
    with_timelines: bool = False,
    window: int = DEFAULT_WINDOW_DAYS,
    partitions: int | None = None,
    model: str | None = None,
    overwrite: bool = False,
) -> Totals:
    """The `spark` command's job: the records of the inputs in `output`/records (and their
    timelines in `output`/timelines), as JSON Lines part files or Parquet. Raises
    FileExistsError before any work when a target exists and `overwrite` is not set."""
    targets = {"records": f"{output.rstrip('/')}/records"}
    if with_timelines:
        targets["timelines"] = f"{output.rstrip('/')}/timelines"
    taken = [target for target in targets.values() if exists(spark, target)]
    if taken and not overwrite:
        raise FileExistsError(f"{taken[0]} exists; pass --overwrite to replace it")
    articles = read_articles(spark, paths, reading=reading, glob=glob)
    records = extract(articles, model, partitions).persist()
    try:
        write(records, targets["records"], fmt, overwrite)
        counts = totals(records)
        if with_timelines:
            merged = timelines(records, window)
            write(merged, targets["timelines"], fmt, overwrite)
            counts = dataclasses.replace(counts, timelines=merged.count())
    finally:
        records.unpersist()
    return counts
