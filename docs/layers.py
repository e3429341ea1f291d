"""The layers of DPO Desk drawn from its imports (docs/architecture.md shows the drawing).

    .venv/bin/python docs/layers.py

Reads the imports with grimp (import-linter's graph), groups the modules into the layers below and
prints each layer with the imports that leave it, counted as import lines. An import that goes up
a layer is marked "UP"; `make lint` (import-linter, pyproject.toml) is what refuses the ones that
matter, this is only the picture.
"""

from __future__ import annotations

import sys
import textwrap
from collections import Counter
from dataclasses import dataclass

import grimp

# Top to bottom; a module belongs to the first group whose prefix it has.
LAYERS: list[tuple[str, list[str]]] = [
    ("window and command line", ["ui", "cli", "self_test", "__main__"]),
    ("front door", ["front_door"]),
    ("demo case files", ["demo"]),
    ("use cases", ["services"]),
    ("renderers (PDF)", ["renderers"]),
    ("storage", ["storage"]),
    ("domain", ["domain"]),
    ("plain helpers", ["explained", "spreadsheets", "hardening", "lazy", "paths"]),
]
# The two doors: drawn under the layer they stand below.
DOORS = {
    "window and command line": "FRONT DOOR: front_door/, what the window, the CLI and the self-test may call",
    "renderers (PDF)": "STORAGE DOOR: storage/door.py, between the use cases and storage: unit_of_work() "
    "for writes, reader() for reads, the plain queries in storage/queries/",
}
WIDTH = 100


@dataclass(frozen=True)
class Group:
    layer: int
    name: str  # e.g. "ui", "services"


def _group_of(module: str) -> Group | None:
    parts = module.split(".")
    if len(parts) < 2:
        return None
    for index, (_, names) in enumerate(LAYERS):
        if parts[1] in names:
            return Group(index, parts[1])
    return Group(len(LAYERS), parts[1])  # a new top-level module, not placed yet


def measure() -> tuple[Counter[str], Counter[tuple[Group, Group]]]:
    graph = grimp.build_graph("dpo_desk")
    modules: Counter[str] = Counter()
    edges: Counter[tuple[Group, Group]] = Counter()
    for module in graph.modules:
        source = _group_of(module)
        if source is None:
            continue
        if not (module.endswith(".__init__") or graph.find_children(module)):
            modules[source.name] += 1
        for imported in graph.find_modules_directly_imported_by(module):
            target = _group_of(imported)
            if target is None or target == source:
                continue
            lines = graph.get_import_details(importer=module, imported=imported)
            edges[(source, target)] += max(1, len(lines))
    return modules, edges


def _box(title: str, names: list[str], modules: Counter[str]) -> list[str]:
    """A layer: its packages with their number of modules, its loose modules by name."""
    shown = [f"{name}/ ({modules[name]})" if modules[name] > 1 else f"{name}.py" for name in names if modules[name]]
    top = f"+-- {title} " + "-" * (WIDTH - len(title) - 6) + "+"
    inside = [f"| {line:<{WIDTH - 4}} |" for line in _wrapped(shown or ["(empty)"], "")]
    return [top, *inside, "+" + "-" * (WIDTH - 2) + "+"]


def _wrapped(items: list[str], indent: str) -> list[str]:
    lines, line = [], indent
    for item in items:
        if len(line) + len(item) + 3 > WIDTH - 4 and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + "   "
    if line.strip():
        lines.append(line.rstrip())
    return lines


def draw() -> str:
    modules, edges = measure()
    placed = {name for _, names in LAYERS for name in names}
    layers = [*LAYERS]
    unplaced = sorted(name for name in modules if name not in placed)
    if unplaced:
        layers.append(("not placed in a layer yet (docs/layers.py)", unplaced))
    out: list[str] = []
    for index, (title, names) in enumerate(layers):
        out += _box(title, names, modules)
        leaving = sorted(
            ((source, target, count) for (source, target), count in edges.items() if source.layer == index),
            key=lambda edge: (edge[1].layer, edge[0].name, edge[1].name),
        )
        arrows = [
            f"{source.name} -> {target.name} {count}" + (" UP" if target.layer < index < len(LAYERS) else "")
            for source, target, count in leaving
        ]
        out += _wrapped(arrows, "    ")
        if title in DOORS:
            out.append("=" * WIDTH)
            out += textwrap.wrap(DOORS[title], WIDTH, initial_indent="  ", subsequent_indent="  ")
            out.append("=" * WIDTH)
        out.append("")
    out.append("Each arrow: importing group -> imported group, and how many import lines.")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(draw())
