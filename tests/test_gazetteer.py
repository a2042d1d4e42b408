"""Bundled institution / region / country resources and lookups (no model needed)."""

from __future__ import annotations

import pickle
from importlib import resources

import pytest

from pressnlp import gazetteer as gz


@pytest.mark.parametrize(
    "alias",
    [
        "Kemensetneg",
        "Kemsetneg",
        "Setneg",
        "Kementerian Sekretariat Negara",
        "KEMENTERIAN SEKRETARIAT NEGARA",
        "Kementerian Setneg",
    ],
)
def test_setneg_aliases_share_canonical(alias: str) -> None:
    value = gz.lookup_institution(alias)
    assert value is not None
    assert (value["id"], value["canonical"], value["acronym"]) == (
        "kemensetneg",
        "Kementerian Sekretariat Negara",
        "Kemensetneg",
    )


def test_historic_name_points_to_successor() -> None:
    kominfo = gz.lookup_institution("Kominfo")
    assert kominfo is not None
    assert kominfo["canonical"] == "Kementerian Komunikasi dan Informatika"
    assert kominfo["valid_to"] == "2024-10-20"
    assert kominfo["successor"] == "komdigi"
    assert kominfo["successor_name"] == "Kementerian Komunikasi dan Digital"
    komdigi = gz.lookup_institution("Komdigi")
    assert komdigi is not None and "valid_to" not in komdigi


def test_every_successor_exists_and_ids_unique() -> None:
    insts = gz.institutions()
    for inst in insts.values():
        if inst["successor"]:
            assert inst["successor"] in insts
        assert inst["canonical"]


def test_units_map_to_parent_institution() -> None:
    value = gz.lookup_institution("Biro Humas Kemnaker")
    assert value is not None
    assert value["canonical"] == "Kementerian Ketenagakerjaan"
    assert value["unit"] == "Biro Humas"
    assert (
        gz.lookup_institution("Direktorat Jenderal Pajak Kementerian Keuangan RI")["id"]
        == "kemenkeu"
    )  # type: ignore[index]
    # a name that only starts with an institution is not that institution
    assert gz.lookup_institution("Kemenkeu Satu") is None
    assert gz.lookup_institution("Biro Humas Kemnaker", units=False) is None


@pytest.mark.parametrize(
    ("text", "canonical", "region"),
    [
        ("Pemprov Jabar", "Pemerintah Provinsi Jawa Barat", "32"),
        ("Pemerintah Provinsi Lampung", "Pemerintah Provinsi Lampung", "18"),
        ("Pemkab Bogor", "Pemerintah Kabupaten Bogor", "32.01"),
        ("Pemkot Bogor", "Pemerintah Kota Bogor", "32.71"),
        ("DPRD Kota Bandung", "DPRD Kota Bandung", "32.73"),
        ("KPU Kota Bandung", "KPU Kota Bandung", "32.73"),
        ("Kejaksaan Tinggi Sulawesi Selatan", "Kejaksaan Tinggi Sulawesi Selatan", "73"),
    ],
)
def test_regional_bodies(text: str, canonical: str, region: str) -> None:
    value = gz.lookup_institution(text)
    assert value is not None
    assert (value["canonical"], value["region"]) == (canonical, region)


def test_regional_body_needs_unambiguous_region() -> None:
    assert gz.lookup_institution("Pemerintah Bogor") is None


def test_name_with_acronym_in_parentheses() -> None:
    assert gz.lookup_institution("Mahkamah Konstitusi (MK)")["id"] == "mk"  # type: ignore[index]
    assert gz.lookup_institution("Bursa Efek Indonesia (BEI)")["id"] == "bei"  # type: ignore[index]
    # disagreeing halves are not guessed
    assert gz.lookup_institution("Kementerian Keuangan (Kemensos)") is None
    assert gz.lookup_location("Kepulauan Riau (Kepri)")["code"] == "21"  # type: ignore[index]


def test_parties_and_international_bodies() -> None:
    assert (
        gz.lookup_institution("PDI Perjuangan")["canonical"]
        == "Partai Demokrasi Indonesia Perjuangan"
    )  # type: ignore[index]
    assert gz.lookup_institution("PBB")["canonical"] == "Perserikatan Bangsa-Bangsa"  # type: ignore[index]
    # "PMI" in labour releases means migrant workers, "UN" the national exam: not mapped
    assert gz.lookup_institution("PMI") is None
    assert gz.lookup_institution("UN") is None


def test_acronyms_are_case_sensitive() -> None:
    assert gz.lookup_institution("BIN")["canonical"] == "Badan Intelijen Negara"  # type: ignore[index]
    assert gz.lookup_institution("bin") is None


def test_universities() -> None:
    assert gz.lookup_institution("UGM")["canonical"] == "Universitas Gadjah Mada"  # type: ignore[index]
    # the English name from the Hipo list is an alias of the Indonesian canonical name
    assert (
        gz.lookup_institution("Bogor Agricultural University")["canonical"]
        == "Institut Pertanian Bogor"
    )  # type: ignore[index]


def test_jakarta_is_dki_31() -> None:
    value = gz.lookup_region("Jakarta")
    assert value is not None
    assert (value["name"], value["code"], value["level"]) == ("DKI Jakarta", "31", 1)
    assert -6.5 < value["lat"] < -6.0 and 106.5 < value["lon"] < 107.1
    assert gz.lookup_region("Daerah Khusus Ibukota Jakarta")["code"] == "31"  # type: ignore[index]
    assert gz.lookup_region("Jakarta Selatan")["code"] == "31.74"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kota Bogor", "32.71"),
        ("Kabupaten Bogor", "32.01"),
        ("Kab. Bogor", "32.01"),
        ("Kab Bogor", "32.01"),
        ("Kota Banjar", "32.79"),
        ("Kabupaten Banjar", "63.03"),
        ("Provinsi Jawa Barat", "32"),
        ("Prov. Jabar", "32"),
        ("DIY", "34"),
        ("DI Yogyakarta", "34"),
        ("Kota Yogyakarta", "34.71"),
        ("Kabupaten Sleman", "34.04"),
        ("Kab. Kepulauan Siau Tagulandang Biaro", "71.09"),
        ("Kab. Kep. Siau Tagulandang Biaro", "71.09"),
        ("Kota Administrasi Jakarta Pusat", "31.71"),
    ],
)
def test_region_cues_resolve(text: str, code: str) -> None:
    value = gz.lookup_region(text)
    assert value is not None and value.get("code") == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Bogor", ["32.01", "32.71"]),
        ("Banjar", ["32.79", "63.03"]),
        ("Yogyakarta", ["34", "34.71"]),
    ],
)
def test_ambiguous_regions_are_candidates(text: str, codes: list[str]) -> None:
    value = gz.lookup_region(text)
    assert value is not None and "code" not in value
    assert [c["code"] for c in value["candidates"]] == codes


def test_region_counts() -> None:
    regs = gz.regions()
    assert sum(r["level"] == 1 for r in regs.values()) == 38
    assert sum(r["level"] == 2 for r in regs.values()) == 514
    assert gz.region_value("63.03")["province"] == "Kalimantan Selatan"


@pytest.mark.parametrize(
    ("text", "iso2"),
    [
        ("Timor Leste", "TL"),
        ("Timor-Leste", "TL"),
        ("Amerika Serikat", "US"),
        ("Tiongkok", "CN"),
        ("China", "CN"),
        ("Korea Selatan", "KR"),
        ("Jepang", "JP"),
        ("Belanda", "NL"),
        ("Papua Nugini", "PG"),
    ],
)
def test_countries(text: str, iso2: str) -> None:
    assert gz.lookup_country(text) == {
        "name": gz.countries()[iso2]["name"],
        "iso2": iso2,
        "type": "country",
    }


def test_macro_places_and_country_forms() -> None:
    assert gz.lookup_location("Asia Tenggara") == {"name": "Asia Tenggara", "type": "kawasan"}
    assert gz.lookup_location("Pulau Kalimantan") == {"name": "Kalimantan", "type": "pulau"}
    assert gz.lookup_location("Republik Korea")["iso2"] == "KR"  # type: ignore[index]
    assert gz.lookup_location("Republik Afrika Selatan")["iso2"] == "ZA"  # type: ignore[index]
    assert gz.lookup_location("RI")["iso2"] == "ID"  # type: ignore[index]


def test_location_prefers_region_then_country() -> None:
    assert gz.lookup_location("Papua")["code"] == "91"  # type: ignore[index]
    assert gz.lookup_location("Papua Nugini")["iso2"] == "PG"  # type: ignore[index]
    assert gz.lookup_location("Atlantis") is None


def test_foreign_cities_after_regions_and_countries() -> None:
    assert gz.lookup_location("Moscow") == {
        "name": "Moskow",
        "country": "Rusia",
        "iso2": "RU",
        "type": "city",
    }
    assert gz.lookup_location("Kota Den Haag")["iso2"] == "NL"  # type: ignore[index]
    assert gz.lookup_location("Medan")["code"] == "12.71"  # type: ignore[index]  # a region, not a city
    assert gz.lookup_location("Uni Soviet")["iso2"] == "SU"  # type: ignore[index]
    # no city shadows an Indonesian region or a country
    for city in gz.cities().values():
        for name in [city["name"], *city["aliases"]]:
            assert gz.lookup_region(name) is None and gz.lookup_country(name) is None, name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Faisal Fahmi", "Faisal Fahmi"),
        ("Bapak Joko Widodo", "Joko Widodo"),
        ("Prof. Dr. Ir. H. Budi Santoso, S.H., M.Si.", "Budi Santoso"),
        ("Dr. H. Anies Baswedan, Ph.D", "Anies Baswedan"),
        ("dr. Terawan Agus Putranto, Sp.Rad(K)", "Terawan Agus Putranto"),
        ("Drs. Ahmad, SH, MM", "Ahmad"),
        ("Brigjen TNI (Purn.) Ahmad Yani, S.IP., M.Si", "Ahmad Yani"),
        ("Menteri Keuangan Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
        ("Gubernur Jawa Barat Dedi Mulyadi", "Dedi Mulyadi"),
        ("Kepala BKN Zudan Arif Fakrulloh", "Zudan Arif Fakrulloh"),
        # nobility and Balinese name elements are part of the name
        ("I Wayan Koster", "I Wayan Koster"),
        ("Teuku Faizasyah", "Teuku Faizasyah"),
        ("Andi Amran Sulaiman", "Andi Amran Sulaiman"),
        ("Letkol Inf M. Arifianto", "M. Arifianto"),
        ("Dr Andini (Tenaga Ahli", "Andini"),
        # nothing but titles / degrees
        ("M.Eng.", ""),
        ("drg.", ""),
        ("Ibu", ""),
    ],
)
def test_clean_person_name(text: str, name: str) -> None:
    assert gz.clean_person_name(text) == name


def test_values_are_plain_picklable_data() -> None:
    values = [
        gz.lookup_institution("Kominfo"),
        gz.lookup_region("Bogor"),
        gz.lookup_country("Jepang"),
    ]
    assert pickle.loads(pickle.dumps(values)) == values


def test_resources_compact() -> None:
    data = resources.files("pressnlp") / "data"
    names = ("institutions.json", "regions.tsv", "countries.tsv", "person_cues.json")
    total = sum(len((data / name).read_bytes()) for name in names)
    assert total < 400_000
