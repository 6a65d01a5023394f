"""Pages of an edition: navigation labels and the text pages, nested navigation included."""

from __future__ import annotations

from edition.site import nav_pages, section_titles, text_pages

NAV = [
    {"Forside": "index.md"},
    {"Kapitler": [{"Kapittel 2": "kapittel-2/index.md"}, {"Kapittel 1": "kapittel-1/index.md"}]},
    "ordliste.md",
]


def test_section_titles_read_nested_navigation_and_the_docs_folder_name():
    assert section_titles(NAV, "tekst") == {
        "tekst/index.md": "Forside",
        "tekst/kapittel-2/index.md": "Kapittel 2",
        "tekst/kapittel-1/index.md": "Kapittel 1",
    }


def test_nav_pages_in_reading_order():
    assert nav_pages(NAV) == ["index.md", "kapittel-2/index.md", "kapittel-1/index.md", "ordliste.md"]


def test_text_pages_are_the_pages_with_units_in_navigation_order(tmp_path):
    pair = "/// pair | {id}\nTekst.\n***\nText.\n///\n"
    for name, content in {
        "index.md": "# Forside\n",
        "kapittel-1/index.md": pair.format(id="k1-a"),
        "kapittel-2/index.md": pair.format(id="k2-a"),
        "tillegg.md": pair.format(id="t-a"),
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    assert text_pages(tmp_path, NAV) == ["kapittel-2/index.md", "kapittel-1/index.md", "tillegg.md"]
