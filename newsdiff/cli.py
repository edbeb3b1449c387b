"""The ``newsdiff`` command: a thin layer over the library.

Errors are one line on stderr with exit status 2; output files are written to a
temporary file and renamed, so a failed run never leaves a partial file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdiff.config import ALL_KINDS, Config
from newsdiff.encoders import default_cache_dir
from newsdiff.errors import ConfigError, NewsdiffError

if TYPE_CHECKING:
    from newsdiff.encoders import Encoder
    from newsdiff.models import Comparison

FORMATS = ("json", "markdown", "html", "text")
# The format -o implies when --format is not given.
EXTENSION_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown",
                     ".html": "html", ".htm": "html", ".txt": "text"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        description="Align several news reports of one event and flag where they disagree "
        "(figures, quotes, framing, omissions).",
        epilog="Example: newsdiff compare examples/caracas-raid/ --format json -o out.json",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cmp = sub.add_parser(
        "compare",
        help="compare two or more reports of one event",
        description="Compare two or more reports of one event. PATH may be .txt (optional "
        "'key: value' header, blank line, body), .json, .jsonl, .html/.htm, or a directory.",
    )
    cmp.add_argument("paths", nargs="+", metavar="PATH", help="report files or directories")
    cmp.add_argument("--format", choices=FORMATS, default=None,
                     help="output format: json (the contract), markdown (for an issue or "
                     "chat), html (one self-contained page), text (tables). Default: from "
                     "the -o extension (.json .md .html .txt), else text on a terminal and "
                     "json otherwise")
    cmp.add_argument("-o", "--output", metavar="OUT", help="write to this file, not stdout")
    cmp.add_argument("--model", default="all-MiniLM-L6-v2", metavar="NAME_OR_PATH",
                     help="the bundled all-MiniLM-L6-v2 (default), onnx (the same model "
                     "through onnxruntime, faster), fast (a static model distilled from it "
                     "once, far faster, a little less accurate), or a local "
                     "sentence-transformers model directory; nothing is downloaded")
    cache = cmp.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="DIR", type=Path, default=None,
                       help="embedding cache directory (default: $NEWSDIFF_CACHE, else "
                       "$XDG_CACHE_HOME/newsdiff, else ~/.cache/newsdiff)")
    cache.add_argument("--no-cache", action="store_true", help="do not read or write a cache")
    cmp.add_argument("--kinds", default=",".join(ALL_KINDS), metavar="K1,K2",
                     help=f"divergence kinds to look for (default: {','.join(ALL_KINDS)})")
    cmp.add_argument("--granularity", choices=("fact", "event"), default="fact",
                     help="group sentences that state a common fact (default) or that are about "
                     "the same event (ECB+-style; better for sorting coverage by event, "
                     "coarser divergences)")
    _limit_options(cmp)
    cmp.add_argument("--timings", action="store_true",
                     help="print seconds per stage to stderr")
    cmp.add_argument("-q", "--quiet", action="store_true",
                     help="no progress on stderr (there is none when stderr is not a "
                     "terminal either)")
    sub.add_parser("schema", help="print the JSON Schema of the JSON output",
                   description="Print the JSON Schema of `newsdiff compare --format json`.")
    corpus = sub.add_parser(
        "corpus", help="compare every cluster of a JSON Lines corpus",
        description="Compare every cluster of CORPUS.jsonl (lines grouped by their 'cluster' "
        "or 'event' key): one JSON per cluster in OUT_DIR plus summary.tsv. Clusters "
        "already written are skipped, so a stopped run resumes.")
    corpus.add_argument("corpus", metavar="CORPUS.jsonl", help="one report per line")
    corpus.add_argument("-o", "--output", metavar="OUT_DIR", required=True,
                        help="directory for the per-cluster JSON files and summary.tsv")
    corpus.add_argument("--workers", type=int, default=1, metavar="N",
                        help="worker processes (default 1: this process)")
    corpus.add_argument("--scheduler", default="processes",
                        metavar="processes|dask|tcp://HOST:PORT",
                        help="a local process pool (default), a local Dask cluster, or the "
                        "address of a running Dask scheduler")
    corpus.add_argument("--model", default="all-MiniLM-L6-v2", metavar="NAME_OR_PATH",
                        help="as for compare (default: all-MiniLM-L6-v2)")
    corpus_cache = corpus.add_mutually_exclusive_group()
    corpus_cache.add_argument("--cache", metavar="DIR", type=Path, default=None,
                              help="embedding cache directory (as for compare)")
    corpus_cache.add_argument("--no-cache", action="store_true",
                              help="do not read or write a cache")
    corpus.add_argument("--kinds", default=",".join(ALL_KINDS), metavar="K1,K2",
                        help=f"divergence kinds to look for (default: {','.join(ALL_KINDS)})")
    corpus.add_argument("--granularity", choices=("fact", "event"), default="fact",
                        help="as for compare (default: fact)")
    _limit_options(corpus)
    corpus.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def _limit_options(parser: argparse.ArgumentParser) -> None:
    defaults = Config()
    parser.add_argument("--max-sentences", type=_at_least(2), default=None, metavar="N",
                        help="refuse comparisons with more sentences than this, all reports "
                        f"together (default {defaults.max_sentences:,})")
    parser.add_argument("--max-report-chars", type=_at_least(1), default=None, metavar="N",
                        help="refuse reports longer than this many characters (default "
                        f"{defaults.max_report_chars:,})")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning  # restored when the block ends
            if args.command == "schema":
                from newsdiff.render.json import json_schema

                sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
                return 0
            if args.command == "corpus":
                return _corpus(args)
            return _compare(args)
    except NewsdiffError as exc:
        print(f"newsdiff: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of stdout went away (`newsdiff ... | head`): stop quietly, and
        # send what Python still flushes at exit nowhere.
        with suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except MemoryError:
        print("newsdiff: error: out of memory; compare fewer or shorter reports "
              "(see --max-sentences)", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug in newsdiff: one line, not a traceback
        if os.environ.get("NEWSDIFF_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:300]
        print(f"newsdiff: internal error: {type(exc).__name__}: {detail} (a bug in newsdiff; "
              "run again with NEWSDIFF_DEBUG=1 for the traceback and report it)",
              file=sys.stderr)
        return 1


def _one_line_warning(message: Warning | str, category: type[Warning], filename: str,
                      lineno: int, file: Any = None, line: str | None = None) -> None:
    """Show a warning (a bypassed cache, say) as one line, without the source line."""
    text = " ".join(str(message).split())
    print(f"newsdiff: warning: {text}", file=sys.stderr)


def _parse_kinds(text: str) -> tuple[Any, ...]:
    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ALL_KINDS]
    if unknown:
        raise ConfigError(f"--kinds: unknown kind {unknown[0]!r}; "
                          f"choose from {','.join(ALL_KINDS)}")
    return kinds


def _config(args: argparse.Namespace) -> Config:
    """The settings the options of ``compare`` and ``corpus`` ask for."""
    limits = {k: getattr(args, k) for k in ("max_sentences", "max_report_chars")
              if getattr(args, k) is not None}
    return Config.for_granularity(args.granularity, kinds=_parse_kinds(args.kinds), **limits)


def _at_least(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number (commas or underscores allowed) of at least ``least``."""
    def parse(text: str) -> int:
        try:
            value = int(text.replace(",", "").replace("_", ""))
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(
                f"expected a whole number of at least {least}, got {text!r}")
        return value
    return parse


def _compare(args: argparse.Namespace) -> int:
    from newsdiff.cache import EmbeddingCache
    from newsdiff.ingest import load_reports
    from newsdiff.pipeline import compare

    config = _config(args)
    fmt = output_format(args.format, args.output)
    reports = load_reports(args.paths)
    encoder = make_encoder(args.model, batch_size=config.batch_size, cache_dir=args.cache)
    cache = None if args.no_cache else EmbeddingCache(args.cache or default_cache_dir())
    show = not args.quiet and sys.stderr.isatty()
    try:
        with _progress(show, f"comparing {len(reports)} reports") as progress:
            result = compare(reports, encoder=encoder, config=config, cache=cache,
                             progress=progress)
    finally:
        if cache is not None:
            cache.close()
    out = render(result, fmt, color=args.output is None and sys.stdout.isatty())
    if args.timings:
        for stage, seconds in result.timings.items():
            print(f"{stage:>12}: {seconds:8.3f} s", file=sys.stderr)
    write_output(out, args.output)
    return 0


def output_format(given: str | None, output: str | None) -> str:
    """``--format`` if given, else the one ``-o``'s extension names, else text on a
    terminal and json otherwise.

    >>> output_format(None, "page.html"), output_format("json", "page.html")
    ('html', 'json')
    """
    if given:
        return given
    if output not in (None, "-"):
        implied = EXTENSION_FORMATS.get(Path(str(output)).suffix.lower())
        if implied:
            return implied
    return "text" if output is None and sys.stdout.isatty() else "json"


def render(result: Comparison, fmt: str, *, color: bool = False) -> str:
    """``result`` in the output format ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "json":
        return result.to_json()
    if fmt == "markdown":
        from newsdiff.render.markdown import to_markdown

        return to_markdown(result)
    if fmt == "html":
        from newsdiff.render.html import to_html

        return to_html(result)
    from newsdiff.render.text import to_text

    if color:  # a terminal: use its width
        import shutil

        return to_text(result, color=True, width=shutil.get_terminal_size((100, 24)).columns)
    return to_text(result, color=False)


def make_encoder(model: str, *, batch_size: int, cache_dir: Path | None = None) -> Encoder:
    """The encoder for ``--model`` (loaded lazily, on first use; see ``encoder_for``)."""
    from newsdiff.encoders import encoder_for

    return encoder_for(model, cache_dir=cache_dir or default_cache_dir(), batch_size=batch_size)


def _corpus(args: argparse.Namespace) -> int:
    from newsdiff.corpus import ClusterResult, run_corpus, summary_table

    def show(result: ClusterResult) -> None:
        if not args.quiet:
            print(f"{result.status:>7}  {result.cluster}  {result.seconds:.1f} s"
                  + (f"  {result.error}" if result.error else ""), file=sys.stderr)

    results = run_corpus(args.corpus, args.output, workers=args.workers,
                         scheduler=args.scheduler, model=args.model,
                         cache_dir=args.cache or default_cache_dir(),
                         use_cache=not args.no_cache,
                         config=_config(args), progress=show)
    sys.stdout.write(summary_table(results))
    return 2 if any(r.status == "error" for r in results) else 0


@contextmanager
def _progress(show: bool, description: str) -> Iterator[Any]:
    """A transient progress display on stderr: a spinner for the whole run (model load
    included) and a bar per stage that reports ``(stage, done, total)``."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                   TextColumn("{task.fields[count]}"), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {"run": bar.add_task(description, total=None, count="")}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bar.add_task(f"{stage} sentences", total=total, count="")
        bar.update(tasks[stage], completed=done, total=total, count=f"{done}/{total}")

    with bar:
        yield update


def write_output(text: str, output: str | None) -> None:
    """Write to stdout, or atomically to ``output`` (temporary file, then rename)."""
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    target = Path(output)
    if target.is_dir():
        raise ConfigError(f"-o {output}: is a directory; give a file name")
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ConfigError(f"-o {output}: cannot write there ({exc.strerror}); "
                          "choose a writable directory") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ConfigError(f"-o {output}: could not write the file ({exc.strerror or exc}); "
                          "it was left as it was: free some space or choose another place"
                          ) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
