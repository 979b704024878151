"""Import PETRARCH/TABARI actor and agent dictionaries into our actors YAML.

Actor files: ``NAME [CODE]`` or a ``NAME`` line followed by ``+ALIAS`` lines
and code lines (``[EGYGOV >140608]``, ``[AFGGOV 331108-730717]``, several
per line allowed). Agent files: ``WORD {PLURAL} [~GOV]`` with ``!MACRO! = A,
B`` substitutions. Underscores are spaces; ``#`` and ``<!-- -->`` are comments.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import NewsgraphError
from newsgraph.data import load_data, load_yaml_text

log = logging.getLogger(__name__)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CODE = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")


class DictionaryError(NewsgraphError):
    """A dictionary file could not be read."""

    code = "NG301"


@lru_cache(maxsize=1)
def _code_map() -> dict[str, Any]:
    data: dict[str, Any] = load_data("actors/petrarch_codes.yaml") or {}
    return data


def petrarch_date(text: str) -> str:
    """``140608`` -> ``2014-06-08``; ``20140301`` -> ``2014-03-01``."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        yy = int(digits[:2])
        century = "20" if yy < int(_code_map().get("year_pivot", 30)) else "19"
        digits = century + digits
    if len(digits) != 8:
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _day_after(iso: str) -> str:
    if not iso:
        return ""
    try:
        return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    except ValueError:
        return iso


def convert_code(code: str) -> str:
    """A PETRARCH code in our terms: IGO codes become our short IGO codes."""
    code = code.strip().upper()
    if code.startswith("IGO"):
        chunks = [code[k : k + 3] for k in range(3, len(code), 3)]
        for chunk, ours in _code_map().get("igo_chunks", ()):
            if chunk in chunks:
                return str(ours)
    return code


def _parse_codes(text: str) -> list[dict[str, str]]:
    """Every ``[CODE dates]`` in a line, as {code, from, to}."""
    out = []
    skip = set(_code_map().get("bare_roles", ()))
    for raw in _CODE.findall(text):
        parts = raw.split(None, 1)
        if not parts or parts[0].startswith("~") or set(parts[0]) <= {"-"}:
            continue
        code = convert_code(parts[0])
        rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
        if code in skip and not rest:
            continue
        period = {"code": code, "from": "", "to": ""}
        if rest.startswith(">"):
            period["from"] = petrarch_date(rest[1:])
        elif rest.startswith("<"):
            period["to"] = petrarch_date(rest[1:])
        elif "-" in rest:
            # PETRARCH's ranges include their last day; our "to" is exclusive
            a, b = rest.split("-", 1)
            period["from"], period["to"] = petrarch_date(a), _day_after(petrarch_date(b))
        out.append(period)
    return out


def _within(inner: dict[str, str], outer: dict[str, str]) -> bool:
    """Whether a dated period lies inside another (an exception to it, e.g. a short post)."""
    lo_in, hi_in = inner["from"] or "0000", inner["to"] or "9999"
    lo_out, hi_out = outer["from"] or "0000", outer["to"] or "9999"
    return lo_out <= lo_in and hi_in <= hi_out and (lo_in, hi_in) != (lo_out, hi_out)


def _phrase(raw: str) -> str:
    """``ARNOR_`` -> ``Arnor``; ``PRESIDENT_GEORGE_W._BUSH`` -> ``President George W. Bush``."""
    words = raw.replace("_", " ").split()
    return " ".join(w if any(c.islower() for c in w) else w.title() for w in words)


def _names(raw: str) -> list[str]:
    """The names of a dictionary phrase; "THE_SHIRE" is also "Shire", as the article is
    written in lower case inside a sentence ("welcomed by the Shire")."""
    name = _phrase(raw)
    if not name:
        return []
    words = name.split()
    return [name, " ".join(words[1:])] if len(words) > 1 and words[0] == "The" else [name]


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!"):
        return ""
    return line.split("#", 1)[0].rstrip()


def read_actors(path: str) -> list[dict[str, Any]]:
    """The actor entries of one PETRARCH actor dictionary."""
    entries: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None

    def close() -> None:
        if current and current["periods"] and current["names"]:
            entries.append(current)

    for raw in Path(path).read_text("utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        head = _CODE.split(line, 1)[0].strip()
        codes = _parse_codes(line)
        if line[0].isspace() and not head:
            if current is not None:
                current["periods"].extend(codes)
            continue
        if head.startswith("+"):
            if current is not None:
                for name in _names(head[1:]):
                    if name not in current["names"]:
                        current["names"].append(name)
                current["periods"].extend(codes)
            continue
        close()
        current = {"names": _names(head), "periods": list(codes)}
    close()
    return entries


def read_agents(path: str) -> dict[str, list[str]]:
    """Role -> agent words of one PETRARCH agents dictionary (macros expanded)."""
    macros: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    for raw in Path(path).read_text("utf-8", errors="replace").splitlines():
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = _MACRO.match(line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = [c.strip().lstrip("~").rstrip("~") for c in _CODE.findall(line)]
        codes = [c for c in codes if c]
        if not codes:
            continue
        head = _CODE.split(line, 1)[0]
        plural = re.findall(r"\{([^}]*)\}", head)
        given = "{" in head
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        words = [head, *[w for p in plural for w in p.split()]]
        if not given and "!" not in head and head:
            words.append(_plural(head))  # PETRARCH adds the regular plural unless {...} is given
        for word in words:
            for form in _expand(word, macros):
                phrase = form.replace("_", " ").strip().lower()
                if phrase:
                    bucket = roles.setdefault(codes[0][:3].upper(), [])
                    if phrase not in bucket:
                        bucket.append(phrase)
    return roles


def _plural(word: str) -> str:
    """The regular English plural of an agent phrase's last word (ACTIVIST -> ACTIVISTS)."""
    w = word.rstrip("_")
    if w.upper().endswith(("S", "X", "CH", "SH", "Z")):
        return w + "ES"
    if len(w) > 1 and w.upper().endswith("Y") and w[-2].upper() not in "AEIOU":
        return w[:-1] + "IES"
    return w + "S"


def _expand(word: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", word)
    if not m or m.group(0) not in macros:
        return (
            [word.replace("!", "")] if "!" not in word or not m else [word.replace(m.group(0), "")]
        )
    out = []
    for alt in macros[m.group(0)]:
        joined = (
            word[: m.start()]
            + ("_" if m.start() and word[m.start() - 1] != "_" else "")
            + alt
            + word[m.end() :]
        )
        out.extend(_expand(joined, macros))
    return out


_HEADER = "# Imported from PETRARCH/TABARI dictionaries by newsgraph."


def read_actors_file(path: str) -> dict[str, Any]:
    """A user actors YAML; files written by ``import_petrarch`` take a fast line-wise path."""
    text = Path(path).read_text("utf-8")
    if not text.startswith(_HEADER):
        return load_yaml_text(text) or {}
    actors: list[Any] = []
    agents: dict[str, Any] = {}
    for line in text.splitlines():
        if line.startswith("  - {"):
            actors.append(json.loads(line[4:]))
        elif line.startswith("  ") and ": [" in line:
            role, words = line.strip().split(": ", 1)
            agents[role] = json.loads(words)
    return {"actors": actors, "agents": agents}


def _to_yaml(actors: list[dict[str, Any]], agents: dict[str, list[str]]) -> str:
    """YAML with one flow mapping per line (JSON is YAML): fast to write and to diff."""
    lines = [_HEADER, "actors:"]
    lines.extend("  - " + json.dumps(a, ensure_ascii=False) for a in actors)
    lines.append("agents:")
    lines.extend(
        f"  {role}: " + json.dumps(words, ensure_ascii=False) for role, words in agents.items()
    )
    return "\n".join(lines) + "\n"


def _is_agents(path: str) -> bool:
    text = Path(path).read_text("utf-8", errors="replace")
    return "[~" in text and text.count("[~") * 2 > text.count("[")


def import_petrarch(paths: Sequence[str], out: str) -> dict[str, int]:
    """Convert PETRARCH/TABARI dictionaries into one actors YAML usable as ``actors_file``.

    Args: dictionary paths (actor and agent files, told apart by content);
    the YAML file to write. Returns counts: ``actors`` (entries), ``names``
    (aliases), ``dated`` (entries with date bounds) and ``agents`` (words).
    Raises DictionaryError when a path cannot be read.
    """
    actors: list[dict[str, Any]] = []
    agents: dict[str, list[str]] = {}
    for path in paths:
        try:
            if _is_agents(path):
                for role, words in read_agents(path).items():
                    agents.setdefault(role, []).extend(
                        w for w in words if w not in agents.get(role, ())
                    )
                continue
            entries = read_actors(path)
        except OSError as exc:
            raise DictionaryError(f"cannot read dictionary {path!r}: {exc}") from exc
        for e in entries:
            periods = e["periods"]
            undated = [p for p in periods if not p["from"] and not p["to"]]
            item: dict[str, Any] = {
                "code": (undated or periods)[0]["code"],
                "name": e["names"][0],
                "names": e["names"],
            }
            dated = [p for p in periods if p["from"] or p["to"]]
            depth = {id(p): sum(_within(p, q) for q in dated if q is not p) for p in dated}
            if dated:
                # A dated bare principal ("ZIMBABWE [RHO <790606] [ZBW]") is a state whose code
                # changed; dated role codes ("[EGYGOV >140608]") are a person's offices.
                # A period inside another one wins on its days (states take the first valid
                # entry, persons the last, so the order differs by kind); else file order.
                person = any(len(p["code"]) > 3 for p in dated)
                if person:
                    ordered = undated + sorted(dated, key=lambda p: depth[id(p)])
                else:
                    ordered = sorted(dated, key=lambda p: -depth[id(p)]) + undated
                if person:
                    item["kind"] = "person"
                item["dates"] = [{k: v for k, v in p.items() if v} for p in ordered]
            actors.append(item)
    Path(out).write_text(_to_yaml(actors, agents), "utf-8")
    counts = {
        "actors": len(actors),
        "names": sum(len(a["names"]) for a in actors),
        "dated": sum(1 for a in actors if "dates" in a),
        "agents": sum(len(v) for v in agents.values()),
    }
    log.info("imported %s into %s", counts, out)
    return counts
