"""YAML text to plain values that remember where each value and key stands in the file.

PyYAML's ``compose`` gives nodes with start marks; this module turns them into dicts, lists and
scalars while recording a 1-based (line, column) for every value and every mapping key, so
that each problem found later can point at its place. Mapping keys are kept as the text the
author wrote: ``no: [...]`` in an options list stays the option ``"no"`` rather than ``False``,
and so do plain yes/no/true/false values (the models read them as words where a bool is meant).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from fitfirst.errors import Problem
from fitfirst.playbook.problems import Path, render_path

Place = tuple[int, int]  # 1-based line and column
_BOOL_TAG = "tag:yaml.org,2002:bool"
# libyaml's parser is about ten times faster and gives the same nodes and marks.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Located:
    """A YAML document as plain values, with the place of every value and key."""

    value: Any
    source: str
    values: dict[Path, Place] = field(default_factory=dict)
    keys: dict[Path, Place] = field(default_factory=dict)

    def place(self, path: Path, *, key: bool = False) -> Place | None:
        """Where ``path`` stands; for ``key=True`` the key's own place when known.

        Falls back to the nearest enclosing value, so a missing key points at its mapping.
        """
        if key and path in self.keys:
            return self.keys[path]
        probe = path
        while True:
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return None
            probe = probe[:-1]

    def problem(self, path: Path, message: str, hint: str = "", *, key: bool = False) -> Problem:
        """A Problem at ``path`` in this document."""
        place = self.place(path, key=key)
        return Problem(
            message=message,
            file=self.source,
            line=place[0] if place else None,
            column=place[1] if place else None,
            path=render_path(path),
            hint=hint,
        )


def read_yaml(text: str, source: str) -> tuple[Located | None, list[Problem]]:
    """Parse one YAML document; on failure return no document and the reason as a Problem."""
    if text.startswith("\ufeff"):
        text = text[1:]  # editors on Windows write a byte-order mark some parsers choke on
    try:
        node = _compose(text, _FAST_LOADER)
    except yaml.YAMLError:
        # Parse again with the pure-Python parser: its messages are the ones explained below.
        try:
            node = _compose(text, yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            return None, [_yaml_problem(exc, source)]
        except yaml.YAMLError as exc:  # an error without a place: rare (e.g. a reader error)
            return None, [Problem(f"the file is not valid YAML: {exc}", file=source)]
    if node is None:
        return None, [
            Problem(
                "the file is empty",
                file=source,
                line=1,
                column=1,
                hint="start from an example in examples/playbooks/",
            )
        ]
    doc = Located(value=None, source=source)
    problems: list[Problem] = []
    constructor = yaml.SafeLoader("")
    doc.value = _build(node, (), doc, problems, constructor)
    return doc, problems


def _compose(text: str, loader_class: Any) -> Node | None:
    loader = loader_class(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def _place(node: Node) -> Place:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(
    node: Node, path: Path, doc: Located, problems: list[Problem], ctor: yaml.SafeLoader
) -> Any:
    doc.values[path] = _place(node)
    if isinstance(node, ScalarNode):
        if node.tag == _BOOL_TAG and not node.style:  # plain: None in Python, "" from libyaml
            # No field of the format is a plain bool: yes_no accepts are read from words, and
            # a choice option or a signal may well be called "no". Keep the word as written.
            return node.value
        try:
            return ctor.construct_object(node)
        except yaml.YAMLError:
            # a scalar whose implicit type cannot be built (e.g. an impossible date): keep the text
            return node.value
    if isinstance(node, SequenceNode):
        return [_build(item, (*path, i), doc, problems, ctor) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line, col = _place(key_node)
                problems.append(
                    Problem(
                        "a key must be a plain word, not a list or mapping",
                        file=doc.source,
                        line=line,
                        column=col,
                        path=render_path(path),
                        hint="write the key as text before the colon",
                    )
                )
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in result:
                line, col = _place(key_node)
                first = doc.keys.get(child, (0, 0))[0]
                problems.append(
                    Problem(
                        f'the key "{key}" appears twice here',
                        file=doc.source,
                        line=line,
                        column=col,
                        path=render_path(child),
                        hint=f"keep one; the first is on line {first}",
                    )
                )
                continue
            doc.keys[child] = _place(key_node)
            result[key] = _build(value_node, child, doc, problems, ctor)
        return result
    return None  # pragma: no cover - PyYAML has no other node kinds


def _yaml_problem(exc: yaml.MarkedYAMLError, source: str) -> Problem:
    what = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    message = f"the file is not valid YAML: {what}"
    hint = "check the indentation and quoting around this place"
    if "'\\t'" in what or "\t" in what:
        message = "a tab is used for indentation or spacing; YAML allows spaces only"
        hint = "replace the tab with spaces"
    elif "quoted scalar" in context and "end of stream" in what:
        message = "a quoted text is never closed"
        hint = "add the closing quote"
        mark = exc.context_mark or mark
    elif "quoted scalar" in context:
        message = "a quoted text runs on in a way YAML cannot read"
        hint = "close the quote on the same line, or escape quotes inside it"
        mark = exc.context_mark or mark
    elif "mapping values are not allowed" in what:
        message = "a colon appears where YAML does not expect a key"
        hint = 'quote a value that contains ": ", or indent this key under its parent'
    elif "flow sequence" in context:
        message = "a [ ... ] list is not closed, or an item lacks a comma"
        hint = "close the list with ] and separate items with commas"
        mark = exc.context_mark or mark
    elif "flow mapping" in context:
        message = "a { ... } mapping is not closed, or an item lacks a comma"
        hint = "close the mapping with } and separate items with commas"
        mark = exc.context_mark or mark
    elif "expected <block end>" in what or "block collection" in context:
        message = "this line's indentation does not line up with the lines above it"
        hint = "indent items of the same list or mapping by the same number of spaces"
    elif "undefined alias" in what:
        message = f"the file is not valid YAML: {what}"
        hint = "define the anchor (&name) before using *name"
    elif "could not find expected ':'" in what:
        message = "a key is missing its colon"
        hint = 'write "key: value"; quote a value that spans lines'
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(message, file=source, line=line, column=column, hint=hint)
