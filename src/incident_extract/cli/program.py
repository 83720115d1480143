"""The programs behind the commands: a command's options value and the Environment in, an
ExitCode out.

A program writes only through its Environment, and raises UsageError (before any output)
when its options cannot work. Extraction is reached through `api` (and `batch`, which
schedules it), imported only when a program runs: `--help` and `schema` never load spaCy.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..output import RecordWriter, atomic_output, resume_state
from ..views.table import TABLE_WIDTH
from .definition import (
    EvalOptions,
    ExtractOptions,
    SchemaOptions,
    SparkOptions,
    TimelineOptions,
)
from .environment import Environment
from .report import ExitCode, Report, UsageError

if TYPE_CHECKING:
    from ..api import Extractor
    from ..batch import Item, Stop


def extract(options: ExtractOptions, env: Environment) -> ExitCode:
    """A record for every article in the inputs, written in input order as it is ready."""
    from ..batch import Stop
    from ..inputs import read_inputs

    plan = _plan(options)
    report = Report()
    items = read_inputs(
        list(options.paths),
        options.reading,
        env.stdin,
        glob=options.glob,
        skip=plan.done,
        skipped=report.skipped,
        not_articles=report.not_articles,
    )
    stop = Stop()
    records = _records(options, items, plan.workers, stop)
    show_progress = not options.quiet and not plan.single and env.stderr_isatty
    with _writer(options, plan, env) as writer:
        with (
            _progress(show_progress, plan.total, env.stderr) as advance,
            _stopping_on_signals(stop),
        ):
            for record in records:
                writer.write(record)
                report.written(record)
                advance()
                if stop.requested:
                    break
        writer.close()
    report.interrupted = stop.requested
    if not options.quiet and not plan.single:
        env.say(report.summary)
    return report.exit_code


def evaluate(options: EvalOptions, env: Environment) -> ExitCode:
    """The extractor's scores on a gold folder, as a table or as JSON."""
    from .. import evaluate as scoring
    from ..output import to_pretty_json
    from ..views.table import render_scores

    try:
        articles = scoring.load_gold_folder(options.gold_dir)
    except scoring.GoldError as exc:
        raise UsageError(str(exc)) from None
    extractor = _load_extractor(options.model)
    scores = scoring.Report()
    for article in articles:
        try:
            record = extractor.extract(article.read()).to_dict()
        except scoring.GoldError as exc:
            raise UsageError(str(exc)) from None
        scoring.score_article(scores, article.id, article.gold, record)
    if options.as_json:
        payload = scores.to_dict()
        if options.details:
            payload["details"] = scores.details
        env.write(to_pretty_json(payload) + "\n")
    else:
        env.write(render_scores(scores, options.details, colour=env.colour))
    return ExitCode.OK


def schema(_options: SchemaOptions, env: Environment) -> ExitCode:
    """The JSON Schema of the record, as shipped."""
    from ..schema import shipped_schema_text

    env.write(shipped_schema_text())
    return ExitCode.OK


def timeline(options: TimelineOptions, env: Environment) -> ExitCode:
    """Article records in, one timeline per incident out."""
    from .. import timeline as merging
    from ..output import to_json_line, to_pretty_json
    from ..views.timeline import render_html, render_table

    sources = _record_sources(options.paths)
    problems: list[str] = []
    contents = (
        ("stdin", env.stdin.read()) if source == "-" else (source, Path(source).read_bytes())
        for source in sources
    )
    records = list(merging.read_records(contents, problems))
    merged = merging.merge(records, options.window)
    if options.fmt == "html":
        try:
            text = render_html(merged.timelines)
        except ImportError:
            raise UsageError(
                "the HTML report needs the report extra: pip install -e '.[report]' "
                "(or pip install 'incident-extract[report]')"
            ) from None
    elif options.fmt == "table":
        text = render_table(merged.timelines, colour=env.colour and not options.output)
    elif options.fmt == "json":
        text = to_pretty_json(merged.timelines) + "\n"
    else:
        text = "".join(to_json_line(t) + "\n" for t in merged.timelines)
    if options.output:
        with atomic_output(options.output) as handle:
            handle.write(text.encode("utf-8"))
    else:
        env.write(text)
    if not options.quiet:
        warnings = problems + merged.warnings
        for line in warnings[:WARNINGS_SHOWN]:
            env.say(f"warning: {line}")
        if len(warnings) > WARNINGS_SHOWN:
            env.say(f"warning: ... and {len(warnings) - WARNINGS_SHOWN} more")
        env.say(
            f"{merged.records} records, {len(merged.timelines)} timelines, "
            f"{merged.skipped} error records skipped, {len(problems)} unreadable lines"
        )
    return ExitCode.OK


def spark(options: SparkOptions, env: Environment) -> ExitCode:
    """`extract` (and `timeline`) as a Spark job writing part files into a folder."""
    from .. import spark as on_spark

    try:
        import pyspark  # noqa: F401  (the package first: its submodules may be loaded already)
        from pyspark.errors import PySparkException
    except ImportError:
        raise UsageError(on_spark.INSTALL_HINT) from None
    _check_model(options.model)
    try:
        session = on_spark.session(options.master, progress=not options.quiet)
    except PySparkException as exc:  # no Java, or a master that cannot be reached
        raise UsageError(f"Spark could not start ({exc}); it needs Java 17 or later") from None
    try:
        session.sparkContext.setLogLevel("ERROR")
        totals = on_spark.run(
            session,
            options.paths,
            options.output,
            options.reading,
            glob=options.glob,
            fmt=options.fmt,
            with_timelines=options.timelines,
            window=options.window,
            partitions=options.partitions,
            model=options.model,
            overwrite=options.overwrite,
        )
    except (FileExistsError, on_spark.MixedInputsError) as exc:
        raise UsageError(str(exc)) from None
    finally:
        session.stop()
    report = Report(articles=totals.records, incidents=totals.incidents, failures=totals.failures)
    if not options.quiet:
        made = f", {totals.timelines} timelines" if totals.timelines is not None else ""
        env.say(f"{report.summary}{made}; written to {options.output}")
    return report.exit_code


WARNINGS_SHOWN = 10
RECORD_SUFFIXES = (".jsonl", ".json", ".ndjson")


def _record_sources(paths: tuple[str, ...]) -> list[str]:
    """The files (or '-') to read records from: folders searched for JSON and JSON Lines."""
    sources: list[str] = []
    for path in paths:
        if path == "-":
            sources.append(path)
        elif Path(path).is_dir():
            found = sorted(
                str(p) for p in Path(path).rglob("*") if p.is_file() and p.suffix in RECORD_SUFFIXES
            )
            sources.extend(found)
        elif Path(path).is_file():
            sources.append(path)
        else:
            raise UsageError(f"no such file or folder: {path}")
    return sources


# -- extract ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plan:
    """What `extract` will do, settled from its options before any article is extracted."""

    single: bool  # one article: one JSON object out, no progress bar and no summary
    fmt: str
    done: frozenset[tuple[str, str]]  # (path, sha256) of the records a resumed output holds
    total: int | None  # articles to extract, when known before they are read
    workers: int


def _plan(options: ExtractOptions) -> _Plan:
    from ..batch import CHUNK
    from ..inputs import expand_paths, holds_one_article, may_hold_many

    paths = list(options.paths)
    single = len(paths) == 1 and holds_one_article(paths[0], options.input_format)
    fmt = options.fmt or ("json" if single else "jsonl")
    if options.resume and (options.output is None or fmt != "jsonl"):
        raise UsageError("--resume needs -o FILE and JSON Lines output (--format jsonl)")
    listing = list(expand_paths(paths, options.glob))
    expanded = [p for p in listing if isinstance(p, str)]
    if options.output is not None and _is_input(options.output, expanded):
        raise UsageError(f"refusing to write the output over the input file {options.output}")
    done = (
        frozenset(resume_state(options.output))
        if options.resume and options.output
        else frozenset()
    )
    already = len({path for path, _ in done} & set(expanded))
    containers = may_hold_many(expanded, options.input_format)
    # with archives or JSON files the number of articles is known only once they are read
    total = None if containers else 1 if single else len(listing) - already
    # a pool pays for itself only when every worker gets at least one chunk
    wanted = options.jobs or os.cpu_count() or 1
    workers = wanted if containers else min(wanted, max(1, -(-(total or 1) // CHUNK)))
    return _Plan(single, fmt, done, total, workers)


def _is_input(output: str, inputs: list[str]) -> bool:
    target = Path(output).resolve()
    return any(Path(path).resolve() == target for path in inputs if path != "-")


def _records(
    options: ExtractOptions, items: Iterable[Item], workers: int, stop: Stop
) -> Iterator[dict[str, Any]]:
    """Records in input order, from worker processes or this one; the model is checked (or
    loaded) now, so a bad one is a usage error before any output."""
    from ..batch import records_in_process, records_in_workers

    if workers > 1:
        _check_model(options.model)
        return records_in_workers(options.model, items, workers, options.debug, stop)
    return records_in_process(_load_extractor(options.model), items, options.debug)


@contextlib.contextmanager
def _writer(options: ExtractOptions, plan: _Plan, env: Environment) -> Iterator[RecordWriter]:
    """Records to stdout (a table as wide as the terminal, in colour unless NO_COLOR, when
    stdout is one); to the output file, which appears whole when the run ends; or, resuming,
    to the end of the output file."""
    if options.output is None:
        width = None if env.stdout_isatty else TABLE_WIDTH
        yield RecordWriter(env.stdout, plan.fmt, plan.single, colour=env.colour, width=width)
    elif options.resume:
        with open(options.output, "ab") as appended:
            yield RecordWriter(appended, plan.fmt, plan.single)
    else:
        with atomic_output(options.output) as handle:
            yield RecordWriter(handle, plan.fmt, plan.single)


@contextlib.contextmanager
def _progress(enabled: bool, total: int | None, stderr: IO[str]) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr, or nothing; gives the function to call for each record."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=stderr),
        transient=True,
    ) as progress:
        task = progress.add_task("extract", total=total)
        yield lambda: progress.advance(task)


@contextlib.contextmanager
def _stopping_on_signals(stop: Stop) -> Iterator[None]:
    """First Ctrl-C or SIGTERM: finish the record being written, then stop. A second Ctrl-C
    stops at once."""

    def request_stop(signum: int, _frame: Any) -> None:
        if stop.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.requested = True

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# -- the model, through the API -----------------------------------------------------------


def _check_model(model: str | None) -> None:
    """A usage error before starting workers that could not load the model."""
    from ..api import SETUP_ERRORS, check_model

    try:
        check_model(model)
    except SETUP_ERRORS as exc:
        raise UsageError(str(exc)) from None


def _load_extractor(model: str | None) -> Extractor:
    from ..api import SETUP_ERRORS, Extractor

    try:
        return Extractor(model)
    except SETUP_ERRORS as exc:
        raise UsageError(str(exc)) from None
