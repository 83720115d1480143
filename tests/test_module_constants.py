"""No module binds a constant twice: a second module-level assignment silently replaces the
first for every function that reads it, however far above it was written (round 61 found a
count reach and a joiner set shadowed so). The source is read as written, with ast."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import incident_extract

PACKAGE = Path(incident_extract.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def _constants_bound(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_constant_is_bound_twice(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    twice = [name for name, count in Counter(_constants_bound(tree)).items() if count > 1]
    assert not twice, f"{module.name} binds {twice} more than once"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("REACH = 3\nOTHER = 1\nREACH = 4\n")
    assert Counter(_constants_bound(tree))["REACH"] == 2
