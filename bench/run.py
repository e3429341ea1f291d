"""`make bench`: DPO Desk at 100,000 cases, each figure beside a raw baseline measured in the same run.

Every timing is the median of several runs, app and baseline interleaved (this machine's speed
drifts by tens of percent; ratios from interleaved runs are what to trust). The table is printed
and written to bench/out/results.json. Nothing here is a test: targets are reported, not asserted.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PASSPHRASE = "bench-dpo-desk-100k"


@dataclass
class Result:
    name: str
    app_ms: float
    baseline_ms: float | None
    baseline: str
    target: float | None = None  # the ratio to reach (or MB for memory)
    unit: str = "ms"

    @property
    def ratio(self) -> float | None:
        return self.app_ms / self.baseline_ms if self.baseline_ms else None

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        value = self.app_ms if self.unit != "ms" else self.ratio  # MB, or "ms block": an absolute limit
        return "ok" if value is not None and value <= self.target else "MISSED"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def interleaved(app: Callable[[], object], base: Callable[[], object], runs: int) -> tuple[float, float]:
    """Medians of `app` and `base`, run alternately so that drift hits both alike."""
    app_times, base_times = [], []
    for _ in range(runs):
        for action, times in ((base, base_times), (app, app_times)):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(app_times), statistics.median(base_times)


# The case file -------------------------------------------------------------------------------


def case_file(cases: int) -> Path:
    """The benchmark's case file, generated once with `dpo-desk demo --cases N` and reused."""
    from dpo_desk.demo.bulk import generate

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"bench-{cases}.dpodesk"
    if not path.exists():
        print(f"Generating {cases:,} cases into {path} (once; reused by later runs)…", flush=True)
        started = time.monotonic()
        try:
            generate(path, cases, PASSPHRASE)
        except BaseException:  # stopped halfway (Ctrl+C, a full disk): never reused as if complete
            for made in path.parent.glob(path.name + "*"):
                made.unlink()
            raise
        print(f"  done in {time.monotonic() - started:.0f} s", flush=True)
    return path


# Measurements --------------------------------------------------------------------------------


def first_paint(path: Path, key: bytes, runs: int) -> tuple[Result, Result, dict[str, float]]:
    env = {**os.environ, "DPO_BENCH_KEY": key.hex(), "QT_QPA_PLATFORM": "offscreen"}

    def child(mode: str) -> dict[str, float]:
        spawned = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "bench.first_paint", mode, repr(spawned), str(path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    child("bare"), child("app")  # warm the page cache: the figures are for a warm start
    apps, bares = [], []
    for _ in range(runs):
        bares.append(child("bare"))
        apps.append(child("app"))
    memory = {
        "rss_mb": statistics.median(a["rss_mb"] for a in apps),
        "peak_mb": statistics.median(a["peak_mb"] for a in apps),
        "bare_rss_mb": statistics.median(b["rss_mb"] for b in bares),
    }
    paint = Result(
        "Start → first page of the case list painted",
        statistics.median(a["seconds"] for a in apps) * 1000,
        statistics.median(b["seconds"] for b in bares) * 1000,
        "bare PySide6 window",
        3.0,
    )
    rss = Result("Memory with the list open (RSS)", memory["rss_mb"], None, "", 300.0, "MB")
    return paint, rss, memory


def unlock(path: Path, runs: int) -> Result:
    from dpo_desk.storage import keyfile

    sealed = keyfile.read(path)
    assert sealed is not None
    app = median_ms(lambda: keyfile.unwrap(sealed, PASSPHRASE), runs)
    return Result("Unlock with the passphrase (Argon2id 256 MiB)", app, None, "deliberately slow: the KDF")


def keystroke(window, raw, runs: int) -> Result:  # type: ignore[no-untyped-def]
    """Typing 'lef' then 'lefe', 'mart', 'dup' in the search box: new first page and count."""
    from dpo_desk.services.search import match_expression

    words = ["lef", "lefe", "mart", "dup", "marti", "ber"]
    order = "r.is_open DESC, r.deadline_on, r.id"

    def app() -> None:
        for word in words:
            window.search.setText(word)
            window._apply_filter()  # what the debounce timer calls
            window.table.viewport().repaint()

    def base() -> None:
        for word in words:
            expression = match_expression(word)
            raw.execute(
                "SELECT r.id, r.reference, o.code, p.first_name, p.last_name, p.emails, r.channel, r.received_on, "
                "r.deadline_on, r.status, r.paused_since, r.extended, r.assignee FROM request r "
                "JOIN organisation o ON o.id = r.organisation_id JOIN person p ON p.id = r.person_id "
                "WHERE r.id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?) "
                f"ORDER BY {order} LIMIT 256",
                (expression,),
            ).fetchall()
            raw.execute(
                "SELECT count(*) FROM request WHERE id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)",
                (expression,),
            ).fetchone()

    app_ms, base_ms = interleaved(app, base, runs)
    return Result(
        "Filter keystroke over 100,000 cases (list repainted)",
        app_ms / len(words),
        base_ms / len(words),
        "raw FTS5 query + count, sqlcipher3",
        3.0,
    )


def case_open(window, raw, references: list[str], runs: int) -> list[Result]:  # type: ignore[no-untyped-def]
    """The case with its history, read (against raw queries); then a click drawing the whole pane."""

    def app() -> None:
        for reference in references:
            window.workbench.detail(reference)

    def base() -> None:
        for reference in references:
            (request_id,) = raw.execute("SELECT id FROM request WHERE reference = ?", (reference,)).fetchone()
            raw.execute(
                "SELECT * FROM request r JOIN person p ON p.id = r.person_id "
                "JOIN organisation o ON o.id = r.organisation_id WHERE r.id = ?",
                (request_id,),
            ).fetchone()
            raw.execute("SELECT * FROM event WHERE request_id = ? ORDER BY seq", (request_id,)).fetchall()
            raw.execute("SELECT * FROM request_right WHERE request_id = ?", (request_id,)).fetchall()
            raw.execute("SELECT * FROM pause WHERE request_id = ?", (request_id,)).fetchall()
            raw.execute("SELECT * FROM attachment WHERE request_id = ?", (request_id,)).fetchall()

    app_ms, base_ms = interleaved(app, base, runs)
    read = Result(
        "Open a case: the request, its history, documents and pauses",
        app_ms / len(references),
        base_ms / len(references),
        "raw queries of the same rows",
        3.0,
    )

    def click() -> None:
        for row in range(0, 200, 10):
            window.table.selectRow(row)
            window.detail.repaint()

    drawn = Result(
        "Click a case: every tab of the pane filled and drawn",
        median_ms(click, runs) / 20,
        None,
        "includes letters, register and suggested activities",
    )
    return [read, drawn]


def _canvas_floor(pages: list[list[str]]) -> bytes:
    """The same lines on the same number of pages, drawn straight on a ReportLab canvas, same fonts.

    The first line of each page is bold, so that both embedded fonts are in the floor too.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from dpo_desk.renderers.letters_pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for lines in pages:
        text = canvas.beginText(56, A4[1] - 56)
        for number, line in enumerate(lines):
            text.setFont(FONT_BOLD if number == 0 else FONT, 8)
            text.textLine(line)
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cells_floor(header: list[str], rows: list[list[str]], pages: int) -> bytes:
    """The same cells on the same number of pages, each placed at its column and row in one text
    object per page (the least a table drawn straight on the canvas can do), same fonts.

    The anchors' floor for this report (performance-anchors.md §4) is hand-paginated
    `drawString` per cell; this one is stricter (it is about 15% faster than that).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from dpo_desk.renderers.letters_pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    per_page = -(-len(rows) // pages)
    step = (A4[0] - 112) / len(header)
    for start in range(0, len(rows), per_page):
        text = canvas.beginText()
        y = A4[1] - 56
        for font, cells in [(FONT_BOLD, header)] + [(FONT, row) for row in rows[start : start + per_page]]:
            text.setFont(font, 8)
            for column, cell in enumerate(cells):
                text.setTextOrigin(56 + column * step, y)
                text.textOut(cell)
            y -= 18
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pages_of(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader

    return [page.extract_text().splitlines() for page in PdfReader(BytesIO(pdf)).pages]


def letter(case, reference: str, runs: int) -> Result:  # type: ignore[no-untyped-def]
    """The PDF of an access response letter: words filled in, laid out (Platypus), fonts embedded."""
    from dpo_desk.domain.letters import LetterKind
    from dpo_desk.renderers.letters_pdf import render_letter
    from dpo_desk.services.cases import load_request
    from dpo_desk.services.letters import _layout, template_text

    with case.reader(orm=True) as reading:
        request = load_request(reading.orm, reference)
        template, _ = template_text(reading.orm, request.organisation, LetterKind.ACCESS_RESPONSE, "fr")
        layout = _layout(request, template, "bench", "fr", "", date.today())
    pages = _pages_of(render_letter(layout))
    app_ms, base_ms = interleaved(lambda: render_letter(layout), lambda: _canvas_floor(pages), runs)
    return Result(
        "Letter PDF (laid out, fonts embedded)", app_ms, base_ms, "same lines drawn on a canvas, same fonts", 2.0
    )


def access_report(runs: int) -> list[Result]:
    from dpo_desk.domain.extracts import Extract
    from dpo_desk.domain.register import Activity
    from dpo_desk.renderers.report_pdf import ReportContent, render_report

    rng = random.Random(5000)
    header = ["date", "order", "product", "quantity", "amount", "status"]
    rows = [
        [
            f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"C-{n:06d}",
            rng.choice(["Paillettes 0,25 ml", "Cuve azote 35 L", "Gaine de transfert", "Pistolet d’insémination"]),
            str(rng.randint(1, 40)),
            f"{rng.randint(10, 9000)},{rng.randint(0, 99):02d} €",
            rng.choice(["livrée", "facturée", "annulée"]),
        ]
        for n in range(5000)
    ]
    activity = Activity(
        name="Customer relationship management", purposes=["Orders"], legal_basis="Contract", retention="Three years"
    )
    content = ReportContent(
        language="fr",
        person="Zoé Lœwy",
        reference="IMV-2026-0001",
        controller=["IMV Technologies", "ZI n°1 Est", "61300 L'Aigle"],
        date="22 novembre 2026",
        dpo="dpo@imv.example",
        authority="CNIL, 3 place de Fontenoy, 75007 Paris",
        activities=[activity],
        extracts=[Extract("commandes.csv", header, rows)],
    )
    count = len(_pages_of(render_report(content)))
    app_ms, base_ms = interleaved(lambda: render_report(content), lambda: _cells_floor(header, rows, count), runs)
    # For reference: the same characters as 5,001 whole lines (a table must place each cell apart).
    lines = ["  ".join(header)] + ["  ".join(row) for row in rows]
    per_page = -(-len(lines) // count)
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    lines_ms = median_ms(lambda: _canvas_floor(pages), runs)
    return [
        Result(
            f"Access report with a 5,000-row extract ({count} pages)",
            app_ms,
            base_ms,
            "the same 30,006 cells placed on a canvas, same fonts",
            3.0,
        ),
        Result("The same report against its rows drawn as whole lines", app_ms, lines_ms, "5,001 lines on a canvas"),
    ]


def _emails(folder: Path, count: int) -> list[Path]:
    from email.message import EmailMessage

    rng = random.Random(1000)
    asks = [
        "Je souhaite exercer mon droit d'accès et recevoir une copie de mes données.",
        "Merci de supprimer mon compte et toutes mes données (droit à l'effacement).",
        "Please unsubscribe me from your newsletter and delete my data.",
        "Je m'oppose au traitement de mes données à des fins de prospection.",
        "Could you rectify my postal address? I moved last month.",
    ]
    names = ["Zoé Lœwy", "Éloïse Lefèvre", "Jean Martin", "Anaïs Dupont", "Kofi Mensah", "Marie-Hélène Bérenger"]
    paths = []
    for n in range(count):
        message = EmailMessage()
        name = rng.choice(names)
        message["From"] = f"{name} <person{n}@example.fr>"
        message["To"] = "dpo@imv.example"
        message["Subject"] = f"Demande RGPD n° {n}"
        message["Date"] = email.utils.format_datetime(email.utils.localtime())
        message["Message-ID"] = f"<bench-{n}@example.fr>"
        message.set_content(f"Bonjour,\n\n{rng.choice(asks)}\n\n{name}\n")
        if n % 5 == 0:
            message.add_alternative(f"<p>Bonjour,</p><p>{rng.choice(asks)}</p>", subtype="html")
        path = folder / f"{n:04d}.eml"
        path.write_bytes(message.as_bytes())
        paths.append(path)
    return paths


def import_emails(count: int) -> Result:
    from dpo_desk.services.email_import import import_files
    from dpo_desk.services.organisations import OrganisationInput, add_organisation
    from dpo_desk.storage.casefile import create_case_file

    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        folder = Path(scratch)
        paths = _emails(folder, count)
        case = create_case_file(folder / "import.dpodesk", PASSPHRASE)
        with case.unit_of_work() as session:
            add_organisation(
                session, OrganisationInput(code="IMV", legal_name="IMV", dpo_email="dpo@imv.example"), user="bench"
            )

        def base() -> None:
            for path in paths:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                body = message.get_body(("plain", "html"))
                if body is not None:
                    body.get_content()

        base_ms = median_ms(base, 3)
        started = time.perf_counter()
        outcomes = import_files(case, paths, user="bench", today=date.today())
        app_ms = (time.perf_counter() - started) * 1000
        case.close()
        imported = sum(o.outcome == "imported" for o in outcomes)
    return Result(
        f"Import {count:,} emails ({imported:,} cases logged)", app_ms, base_ms, "stdlib parse only, no storage"
    )


def backup(case, runs: int) -> Result:  # type: ignore[no-untyped-def]
    from dpo_desk.storage.connection import connect

    with tempfile.TemporaryDirectory(dir=OUT) as scratch:
        counter = iter(range(1000))

        def app() -> None:
            case.backup(Path(scratch) / f"app-{next(counter)}.dpodesk")

        def base() -> None:
            with case._raw() as raw:
                target = Path(scratch) / f"raw-{next(counter)}.dpodesk"
                dest = connect(target, case._key, wal=False)
                raw.backup(dest)
                dest.close()

        app_ms, base_ms = interleaved(app, base, runs)
    return Result("Full encrypted backup, verified", app_ms, base_ms, "SQLite backup API alone, no check")


def verify(case, runs: int) -> Result:  # type: ignore[no-untyped-def]
    from dpo_desk.services.integrity import verify_case_file

    def base() -> None:
        with case._raw() as raw:
            raw.execute("PRAGMA integrity_check").fetchall()
            raw.execute("PRAGMA cipher_integrity_check").fetchall()

    app_ms, base_ms = interleaved(lambda: verify_case_file(case), base, runs)
    return Result(
        "verify (structure, encryption, hash chain, documents)",
        app_ms,
        base_ms,
        "integrity_check + cipher_integrity_check",
    )


# Running -------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    from PySide6 import __version__ as pyside

    system = f"{platform.system()} {platform.release()}"
    return f"{cpu}, {os.cpu_count()} CPU, {system}, Python {platform.python_version()}, PySide6 {pyside}"


def table(results: list[Result]) -> str:
    lines = [
        "| Measure | DPO Desk | Baseline | Ratio | Target | |",
        "|---|---:|---:|---:|---:|---|",
    ]

    def amount(value: float) -> str:  # sub-millisecond figures keep two decimals
        return f"{value:,.2f}" if value < 1 else f"{value:,.1f}"

    for r in results:
        base = f"{amount(r.baseline_ms)} ms ({r.baseline})" if r.baseline_ms is not None else r.baseline
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else ""
        unit = r.unit.split()[0]  # "ms block": a time, against an absolute limit
        target = "" if r.target is None else (f"≤ {r.target:g} {unit}" if r.unit != "ms" else f"≤ {r.target:g}×")
        lines.append(f"| {r.name} | {amount(r.app_ms)} {unit} | {base} | {ratio} | {target} | {r.verdict} |")
    return "\n".join(lines)


def gui_actions(path: Path, runs: int) -> list[Result]:
    from bench.gui_actions import measure

    results = measure(path, PASSPHRASE, runs)
    for r in results:
        print(f"  {r.name}: {r.app_ms:.1f} ms", flush=True)
    return results


def write_report(results: list[Result], args: argparse.Namespace, memory: dict[str, float], name: str) -> None:
    about = machine()
    report = {
        "machine": about,
        "date": date.today().isoformat(),
        "cases": args.cases,
        "runs": args.runs,
        "memory": memory,
        "results": [{**asdict(r), "ratio": r.ratio, "verdict": r.verdict} for r in results],
    }
    (OUT / f"{name}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    text = f"Measured on {about}, {date.today().isoformat()}, {args.cases:,} cases, median of {args.runs} runs.\n\n"
    text += table(results)
    (OUT / f"{name}.md").write_text(text + "\n", encoding="utf-8")
    print()
    print(text)


def only_gui_actions(args: argparse.Namespace) -> int:
    """`--only gui-actions`: the two actions through the window, quickly (bench/out/gui-actions.md)."""
    from dpo_desk.ui.app import make_application

    path = case_file(args.cases)
    app = make_application(["dpo-desk-bench"])
    results = gui_actions(path, args.runs)
    del app
    write_report(results, args, {}, "gui-actions")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (the median is kept)")
    parser.add_argument("--emails", type=int, default=1000)
    parser.add_argument(
        "--only", choices=["gui-actions"], help="only these measures (gui-actions: logging a request, writing a letter)"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.only == "gui-actions":
        return only_gui_actions(args)

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.storage.casefile import open_case_file
    from dpo_desk.ui.app import make_application
    from dpo_desk.ui.main_window import MainWindow

    path = case_file(args.cases)
    results: list[Result] = [unlock(path, 3)]
    case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
    key = case._key
    assert key is not None
    paint, rss, memory = first_paint(path, key, args.runs)
    results += [paint]
    print(f"  {paint.name}: {paint.app_ms:.0f} ms", flush=True)

    app = make_application(["dpo-desk-bench"])
    window = MainWindow(Workbench(case, "bench"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    with case._raw() as raw:
        results.append(keystroke(window, raw, args.runs))
        rng = random.Random(7)
        references = [
            r
            for (r,) in raw.execute("SELECT reference FROM request ORDER BY id").fetchall()[:: max(1, args.cases // 50)]
        ]
        rng.shuffle(references)
        results += case_open(window, raw, references[:20], args.runs)
    print(f"  {results[-1].name}: {results[-1].app_ms:.1f} ms", flush=True)
    results.append(letter(case, references[0], max(args.runs, 15)))
    results += access_report(max(3, args.runs // 2))
    print(f"  {results[-1].name}: {results[-1].app_ms:.0f} ms", flush=True)
    results.append(import_emails(args.emails))
    results.append(backup(case, 3))
    results.append(verify(case, 3))
    results.append(rss)
    window.close()
    case.close()
    results += gui_actions(path, args.runs)

    results.append(
        Result("Peak memory of that process (incl. Qt and SQLCipher caches)", memory["peak_mb"], None, "", None, "MB")
    )
    write_report(results, args, memory, "results")
    return 0


if __name__ == "__main__":
    sys.exit(main())
