"""``pressnlp.load(config=...)`` overrides: nested or dot notation, any mapping, and empty
sections (why ``pipeline`` flattens them itself instead of with spaCy's ``dict_to_dot``)."""

from __future__ import annotations

from types import MappingProxyType

import pressnlp

ENTITIES = "pressnlp_entities"


def _place_roles(config: object) -> object:
    nlp = pressnlp.load(exclude=["pressnlp_topics"], config=config)  # type: ignore[arg-type]
    return nlp.config["components"][ENTITIES]["place_roles"]


def test_overrides_nested_dotted_and_read_only_mappings() -> None:
    assert _place_roles(None) is None
    assert _place_roles({"components": {ENTITIES: {"place_roles": True}}}) is True
    assert _place_roles({f"components.{ENTITIES}.place_roles": True}) is True
    assert _place_roles({"components": {f"{ENTITIES}.place_roles": True}}) is True
    # any Mapping is a section (spaCy's dict_to_dot walks only dict and would pass the proxy
    # on as one value)
    proxy = MappingProxyType({ENTITIES: MappingProxyType({"place_roles": True})})
    assert _place_roles(MappingProxyType({"components": proxy})) is True


def test_empty_sections_change_nothing() -> None:
    """An empty section is kept as a value (dict_to_dot would drop it); spaCy and the
    pressnlp components then treat it as no override."""
    for config in ({"components": {}}, {"components": {ENTITIES: {}}}, {"nlp": {}}):
        nlp = pressnlp.load(exclude=["pressnlp_topics"], config=config)
        assert nlp.config["components"][ENTITIES]["place_roles"] is None
        assert [e.label_ for e in nlp("Menteri hadir di Kota Makassar.").ents] == ["LOC"]
