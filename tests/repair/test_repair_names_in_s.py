"""Names that end in -s ("Chagos", "Paros", "Santos") are no possessives whose ’
vanished: clean text keeps them, in ASCII and in curly-typed articles damaged
by a Big5/EUC 'ignore' decode, in headlines and body; the sure traces around
them are still restored. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.repair import fix, repair_text

# Clean ASCII text: nothing to restore, whatever names in -s it holds.
CLEAN_ASCII = (
    "Mauritius ratifies Chagos treaty with Britain",
    "Greece says Paros ferry sank",
    "Fishermen returned to Peros Banhos atoll on Monday.",
    "Lesbos camp fire leaves thousands without shelter",
    "Monks on Mount Athos reject visitors from abroad",
    "Colombia's Santos government signed the accord in Havana.",
    "Prime Minister Kostas Karamanlis met the Cyprus delegation.",
    "Police in Los Angeles arrested two men after the Honduras match.",
    "Ferry to Paros delayed\n\nThe Paros ferry was held in port by strong winds on Tuesday,"
    " the coast guard said.",
    "The Chagos islands lie in the Indian Ocean. The Chagos deal was signed in London.",
    "Mayor Reyes office confirmed the visit of the Barbados envoy.",
    "Greek coast guard rescues 40 off Samos coast",
    "Police say Patras port reopened after protest",
    "Quito sends envoy to Galapagos islands after oil spill",
    "Mexican troops deploy to the border after Matamoros clash",
    "Voters in Corrientes province back the governor",
    # Names the gazetteer lists in -s ("Buenos Aires", "Tedros").
    "Argentine court freezes Buenos Aires governor assets",
    "WHO chief Tedros aides left Geneva on Monday.",
    # Ranges and archipelagos named in the plural take "the".
    "Floods hit the Himalayas region again.",
    "Veterans of the Falklands war met in London.",
    "The Paracels dispute flared as Manila sent ships to the Spratlys reefs.",
)

# Curly-typed articles: a Big5/EUC 'ignore' decode drops every ’ “ ” — …; the
# names in -s must come back as they were, the apostrophes around them too.
CURLY = (
    "Mauritius ratifies Chagos treaty\n\nPORT LOUIS \u2014 Britain\u2019s envoy said the"
    " Chagos treaty was ratified on Monday. Chagos islanders don\u2019t agree.",
    "Paros ferry sank, Greece says\n\nATHENS \u2014 Greece\u2019s coast guard said the"
    " Paros ferry sank near the harbour. Officials don\u2019t know why.",
    "The Santos family\u2019s lawyer said Athos monks and Lesbos farmers won\u2019t"
    " attend the Chagos talks.",
)

# Damaged ASCII text: the sure traces are restored, the names in -s left alone.
DAMAGED_ASCII = (
    (
        "Aid reached Ukraines army near Paros Street on Monday.",
        "Aid reached Ukraine\u2019s army near Paros Street on Monday.",
    ),
    (
        "Critics of Bidens plan for the Chagos treaty were loud.",
        "Critics of Biden\u2019s plan for the Chagos treaty were loud.",
    ),
    (
        "The countrys leaders met in Lesbos camp offices. They dont agree.",
        "The country\u2019s leaders met in Lesbos camp offices. They don\u2019t agree.",
    ),
    (
        "Kyiv said Monday that Kyivs forces would go on. The Chagos deal dont count.",
        "Kyiv said Monday that Kyiv\u2019s forces would go on. The Chagos deal don\u2019t count.",
    ),
    (
        "Xi Jinpings visit ended. Officials dont expect a deal on Santos tariffs.",
        "Xi Jinping\u2019s visit ended. Officials don\u2019t expect a deal on Santos tariffs.",
    ),
    (
        "The report appeared on CSISs website. Analysts dont agree.",
        "The report appeared on CSIS\u2019s website. Analysts don\u2019t agree.",
    ),
    (
        "Greece says Paros ferry sank\n\nATHENS  The ferry sank near Paros, officials said."
        " They dont know why.",
        "Greece says Paros ferry sank\n\nATHENS \u2014 The ferry sank near Paros, officials"
        " said. They don\u2019t know why.",
    ),
)

# A stem named alone ("Paro" in Bhutan) is no proof of a possessive when the
# word in -s also stands where none can: before punctuation, a function word
# or a contraction, or after "the".
NAMED_ELSEWHERE = (
    "Flights from Paro in Bhutan are rare, but Paros airport in Greece dont close."
    " Ferries also serve Paros.",
    "Flights from Paro in Bhutan are rare. Paros airport is busy; the Paros ferry dont stop.",
    "Flights from Paro in Bhutan are rare. Paros airport is busy; trips to Paros dont stop.",
    "Flights from Paro in Bhutan are rare. Paros airport dont close; ferries call at Paros;"
    " its port is busy.",
)

# A stem the gazetteer names is an owner wherever its other mentions stand:
# one mention before a comma ("Russias, Chinas and ..."), a contraction or a
# function word ("Chinas not" = "China is not") does not stop the others.
NAMED_OWNER_ELSEWHERE = (
    (
        "Russias been clear about this, Russias foreign minister said. Moscow will respond.",
        "Russia\u2019s foreign minister said",
    ),
    (
        "Chinas not going to back down, Chinas foreign minister said on Monday.",
        "China\u2019s foreign minister said",
    ),
    (
        "Russias, Chinas and Irans leaders met in Tehran. Russias envoy said the talks went well.",
        "Russia\u2019s envoy said",
    ),
)

# A word the lexicon knows but the gazetteer does not name ("Rhode", "Well")
# is still a name of its own once it stands where no possessive can.
LEXICAL_NAME_ELSEWHERE = (
    "Rhodes, the island, was hit by fires. Rhodes airport closed on Monday.",
    "Flooding hit Wells, a town in Somerset. Wells council met on Monday.",
    # A state's name in the plural takes "the" ("the Samoas", like "the two Koreas").
    "The Samoas, American and independent, signed a pact. The Samoas economy grew.",
)


@pytest.mark.parametrize("text", CLEAN_ASCII)
def test_repair_names_in_s_clean_ascii_unchanged(text: str) -> None:
    assert repair_text(text).text == text


@pytest.mark.parametrize("codec", ["big5", "euc_kr", "euc_jp"])
@pytest.mark.parametrize("text", CURLY)
def test_repair_names_in_s_curly_article_restored_exactly(codec: str, text: str) -> None:
    damaged = text.encode("utf-8").decode(codec, "ignore")
    assert damaged != text
    assert fix(damaged) == text


@pytest.mark.parametrize(("damaged", "restored"), DAMAGED_ASCII)
def test_repair_names_in_s_sure_traces_still_restored(damaged: str, restored: str) -> None:
    assert repair_text(damaged).text == restored


@pytest.mark.parametrize("text", NAMED_ELSEWHERE)
def test_repair_names_in_s_where_no_possessive_stands(text: str) -> None:
    repaired = fix(text)
    assert "Paro\u2019s" not in repaired and "don\u2019t" in repaired


def test_repair_names_in_s_unknown_owner_needs_a_bare_mention() -> None:
    # "Kyiv" named alone makes "Kyivs" a possessive, also after "the" ("the
    # Kyivs" is no name); "Chagos" is never written without its "s".
    text = "Kyiv said Monday that Kyivs forces dont stop."
    assert fix(text) == "Kyiv said Monday that Kyiv\u2019s forces don\u2019t stop."
    text = "Officials said Chagos forces dont stop."
    assert fix(text) == "Officials said Chagos forces don\u2019t stop."


@pytest.mark.parametrize(("damaged", "restored"), NAMED_OWNER_ELSEWHERE)
def test_repair_names_in_s_named_owner_restored_beside_a_bare_mention(
    damaged: str, restored: str
) -> None:
    assert restored in fix(damaged)


@pytest.mark.parametrize("text", LEXICAL_NAME_ELSEWHERE)
def test_repair_names_in_s_lexical_name_kept_where_no_possessive_stands(text: str) -> None:
    assert repair_text(text).text == text
