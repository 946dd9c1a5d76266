"""Refresh the Qt Linguist sources (ui/i18n/partnerdesk_*.ts) from the code, or compile them.

    python scripts/i18n.py update [en fr es ar]   # lupdate over ui/ plus models/ vocabularies
    python scripts/i18n.py compile   # lrelease: .ts -> .qm (run by scripts/setup.sh)

Labels that live in models/ (vocabularies, list columns, area titles) are written to
ui/i18n/strings.py as QT_TRANSLATE_NOOP calls, so lupdate finds them with their contexts.

English has a file too, with only the strings that have plural forms ("%Ln records": "1 record",
"2 records"); the plural messages of models/ (`msg((singular, plural), n=...)`) get their two
English forms from the code, the others are written by hand like any translation.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
I18N = ROOT / "ui" / "i18n"
LANGS = ("en", "fr", "es", "ar")
BIN = Path(sys.executable).parent


def model_strings() -> list[tuple[str, str]]:
    import importlib
    import pkgutil

    import models
    from models import listing
    from models.directory import vocab
    found: list[tuple[str, str]] = []
    for module in [vocab] + [importlib.import_module(m) for m in ("models.agreements.vocab",
                                                              "models.users.rules")]:
        for name in dir(module):
            table = getattr(module, name)
            if name.isupper() and isinstance(table, dict):
                for value in table.values():
                    text = value[0] if isinstance(value, tuple) else value
                    if isinstance(text, str):
                        found.append(("vocab", text))
    for info in pkgutil.walk_packages(models.__path__, "models."):
        module = importlib.import_module(info.name)
        for name in dir(module):
            spec = getattr(module, name)
            if isinstance(spec, listing.ListSpec):
                found += [("Columns", c.title) for c in spec.columns]
    from ui.areas import all_areas
    found += [("areas", area.title) for area in all_areas()]
    from models.agreements import emergency  # pre-certified templates, written in the language
    found += [("emergency templates", t) for t in emergency.template_texts()]
    found += ui_label_strings()
    from models.cycle import (spec as cycle_spec)  # the partnering-cycle forms are data (context "cycle")
    for name in dir(cycle_spec):
        table = getattr(cycle_spec, name)
        if name.isupper() and isinstance(table, dict):
            found += [("cycle", v) for v in table.values() if isinstance(v, str)]
    for phase in cycle_spec.CURRENT.phases:
        found += [("cycle", t) for t in (phase.title, phase.purpose, phase.next_step) if t]
        for spec in phase.fields:
            found += [("cycle", t) for t in (spec.label, spec.help, spec.section) if t]
            found += [("cycle", t) for t in spec.choices.values()]
    return sorted(set(found))


def ui_label_strings() -> list[tuple[str, str]]:
    """Label tables in ui/ that are translated through a variable: alert kinds and severities
    on the dashboard, agreement action buttons."""
    import re

    from ui.agreements import actions as agreements_actions
    from ui.cycle import dashboard_alerts as cycle_dashboard
    found = [("AgreementActions", v) for v in agreements_actions.ACTION_LABELS.values()]
    found += [("Dashboard", v) for v in cycle_dashboard.KIND_LABELS.values()]
    from models.interchange import codelists
    from ui.interchange import import_pages, landscape_area
    found += [("ImportFields", v) for v in import_pages.FIELD_LABELS.values()]
    found += [("LandscapeArea", v) for v in landscape_area.ORG_STATUSES.values()]
    found += [("IatiCodes", v) for name in ("OrganisationType", "ActivityStatus")
              for v in codelists.codelist(name).values()]
    kinds = set()
    for path in (ROOT / "models").glob("*/alerts.py"):
        kinds |= set(re.findall(r'"([a-z]+(?:_[a-z]+)+|overdue|due|warning|info)"',
                                path.read_text(encoding="utf-8")))
    found += [("alerts", k.replace("_", " ").capitalize()) for k in sorted(kinds)
              if k not in cycle_dashboard.KIND_LABELS]
    return found


def _translate_call(node) -> tuple[int, object] | None:
    """For `QCoreApplication.translate(CTX, ARG, ...)` return (index of ARG's param, CTX node)."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate" and 2 <= len(node.args) <= 3):  # with a count:
        # plural(), below
        return 1, node.args[0]
    return None


def _aliases(tree) -> dict[str, tuple[int, int | None, str | None]]:
    """Functions and lambdas that only call translate: name -> (text param, ctx param, ctx)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.body) >= 1:
            ret = node.body[-1]
            body, args, name = (ret.value if isinstance(ret, ast.Return) else None), node.args, node.name
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda) \
                and isinstance(node.targets[0], ast.Name):
            body, args, name = node.value.body, node.value.args, node.targets[0].id
        else:
            continue
        params = [a.arg for a in args.args]
        defaults = dict(zip(params[len(params) - len(args.defaults):], args.defaults))
        call = body
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.args:
            inner = None  # an alias of an alias, e.g. lambda text: tr(text, "Ctx")
            for arg in call.args[1:2]:
                if isinstance(arg, ast.Constant):
                    inner = arg.value
            if isinstance(call.args[0], ast.Name) and call.args[0].id in params and inner:
                found[name] = (params.index(call.args[0].id), None, inner)
            continue
        hit = _translate_call(call) if call is not None else None
        if not hit:
            continue
        text_arg, ctx = call.args[1], hit[1]
        if not (isinstance(text_arg, ast.Name) and text_arg.id in params):
            continue
        if isinstance(ctx, ast.Constant):
            found[name] = (params.index(text_arg.id), None, ctx.value)
        elif isinstance(ctx, ast.Name) and ctx.id in params:
            default = defaults.get(ctx.id)
            found[name] = (params.index(text_arg.id), params.index(ctx.id),
                           default.value if isinstance(default, ast.Constant) else None)
    return found


def alias_strings() -> list[tuple[str, str]]:
    """Strings passed to translate aliases (`t = lambda text: ...translate("Ctx", text)`,
    forms.tr), which lupdate cannot follow."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "ui").rglob("*.py")
             if "__pycache__" not in p.parts and p.name != "strings.py"}
    shared = _aliases(trees[ROOT / "ui" / "widgets" / "forms.py"])
    found = []
    for tree in trees.values():
        aliases = {**shared, **_aliases(tree)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in aliases):
                continue
            text_i, ctx_i, ctx = aliases[node.func.id]
            if ctx_i is not None and len(node.args) > ctx_i and isinstance(
                    node.args[ctx_i], ast.Constant):
                ctx = node.args[ctx_i].value
            if len(node.args) > text_i and isinstance(node.args[text_i], ast.Constant) \
                    and isinstance(node.args[text_i].value, str) and ctx:
                found.append((ctx, node.args[text_i].value))
    return found


def plural_strings() -> dict[str, set[str]]:
    """{context: texts} of `plural(CONTEXT, TEXT, n)` calls in ui/ (ui/messages.py): lupdate
    takes no count from QCoreApplication.translate, so these go to strings.py as tr() calls
    with a count in a class named after the context."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "ui").rglob("*.py"):
        if "__pycache__" in path.parts or path.name == "strings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "plural" and len(node.args) == 3
                    and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                found.setdefault(node.args[0].value, set()).add(node.args[1].value)
    return found


def message_strings() -> tuple[list[str], list[str]]:
    """Templates of the domain's messages (`msg(...)` in models/ and sync/, see
    models/messages.py): (plain templates, plural templates)."""
    plain, pairs = message_templates()
    return plain, sorted(pairs)


def message_templates() -> tuple[list[str], dict[str, str]]:
    """(plain templates, {plural template: singular template})."""
    plain, plural = set(), {}
    for top in ("models", "sync"):
        for path in (ROOT / top).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args and (
                        (isinstance(node.func, ast.Name) and node.func.id in ("msg", "Message"))
                        or (isinstance(node.func, ast.Attribute) and node.func.attr == "msg"))):
                    continue
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    plain.add(first.value)
                elif (isinstance(first, ast.Tuple) and len(first.elts) == 2 and all(
                        isinstance(e, ast.Constant) and isinstance(e.value, str)
                        for e in first.elts)):
                    plural[first.elts[1].value] = first.elts[0].value
    return sorted(plain), plural


def write_strings() -> Path:
    target = I18N / "strings.py"
    lines = ['"""Generated by scripts/i18n.py: labels defined outside ui/, for lupdate."""',
             "from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject", "", "STRINGS = ["]
    plain, plural = message_strings()
    strings = sorted(set(model_strings()) | set(alias_strings())
                     | {("messages", text) for text in plain})
    lines += [f"    QT_TRANSLATE_NOOP({context!r}, {text!r})," for context, text in strings]
    lines += ["]", ""]
    # lupdate records plural forms only for tr() with a count, so a class named after the
    # context holds them (never instantiated)
    plurals = plural_strings()
    if plural:
        plurals.setdefault("messages", set()).update(plural)
    for context, texts in sorted(plurals.items()):
        lines += ["", f"class {context}(QObject):  # noqa: N801 - the translation context",
                  "    def plural_forms(self, n):"]
        lines += [f"        self.tr({text!r}, '', n)" for text in sorted(texts)]
        lines += [""]
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


def update(langs=LANGS) -> None:
    write_strings()
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    for lang in langs:
        only = ["-pluralonly", "-target-language", "en"] if lang == "en" else []
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", *only, "-ts",
                        str(I18N / f"partnerdesk_{lang}.ts")], check=True)
    if "en" in langs:
        english_plurals(I18N / "partnerdesk_en.ts")


def english_plurals(path: Path) -> None:
    """Fill the English forms of the domain's plural messages from their (singular, plural)
    pair in the code, so that the file never disagrees with models/."""
    import xml.etree.ElementTree as ET
    pairs = message_templates()[1]
    tree = ET.parse(path)
    changed = False
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "messages":
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            if source not in pairs:
                continue
            translation = message.find("translation")
            forms = [pairs[source], source]
            if [n.text for n in translation.findall("numerusform")] == forms and \
                    translation.get("type") is None:
                continue
            for node in list(translation):
                translation.remove(node)
            translation.attrib.pop("type", None)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            changed = True
    if changed:
        ET.indent(tree, "    ")
        text = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                        encoding="utf-8")


def compile_all() -> None:
    for ts in sorted(I18N.glob("partnerdesk_*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update(tuple(sys.argv[2:]) or LANGS)  # e.g. `update fr` refreshes only French
    else:
        compile_all()
