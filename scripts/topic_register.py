"""Could a "reads like a release" factor make football gossip score low (issue 14)?

    python scripts/topic_register.py [--C 0.1 1]

Fits a logistic regression on the shipped model's TF-IDF features of the rows
``pressnlp train topics`` fits: press releases (ministry, Kemenhut, weak and hand-labelled
press rows) against news articles. Prints its probability for press dev releases, the
held-out news split per label, the bundled sample releases (issuers outside the training
pool) and a few probes (football and celebrity gossip, a match report, a recipe, a sport
release). The shared pool has no sport or tourism release, so such a factor cannot tell a
Kemenpora release from football news; see the model card. Reads ``$PRESSNLP_DATA`` or
``../shared/data``; about 4 minutes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

import pressnlp
from pressnlp.resources import model_path, shared_data_dir
from pressnlp.topics.model import load
from pressnlp.training import topics as T

PROBES = {
    "football gossip": (
        "Kabar mengejutkan datang dari bursa transfer. Striker andalan klub asal Italia itu "
        "dikabarkan menjalin hubungan asmara dengan seorang model, dan sang agen disebut sedang "
        "bernegosiasi dengan Real Madrid. Fans ramai berspekulasi di media sosial setelah "
        "keduanya terlihat makan malam bersama di Milan, sementara pelatih enggan berkomentar."
    ),
    "match report": (
        "Timnas Indonesia menang 2-0 atas Vietnam dalam laga kualifikasi Piala Dunia di Stadion "
        "Utama Gelora Bung Karno, Jakarta. Gol dicetak pada babak kedua lewat sundulan dan "
        "tendangan bebas."
    ),
    "celebrity gossip": (
        "Penyanyi dangdut itu akhirnya buka suara soal kabar perceraiannya dengan sang suami. "
        "Lewat unggahan di Instagram, ia mengaku sudah pisah rumah sejak beberapa bulan lalu "
        "dan meminta warganet berhenti berkomentar tentang anak-anaknya."
    ),
    "sport release": (
        "Menteri Pemuda dan Olahraga menyampaikan bahwa persiapan PON XXI berjalan sesuai "
        "rencana. Kemenpora bersama pemerintah provinsi memastikan venue, akomodasi atlet dan "
        "anggaran telah dialokasikan melalui APBN."
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, nargs="+", default=[0.1, 1.0])
    opts = parser.parse_args()
    targs = argparse.ArgumentParser()
    T.add_arguments(targs)
    _, _, fit_df, test_df, gold = T._training_frames(targs.parse_args([]), shared_data_dir(None))
    assert gold is not None
    model = load(model_path("topics"))

    def features(texts: list[str]) -> object:
        return model._transform(model._prep(texts))

    press = T.press_rows(fit_df)
    X = features(list(fit_df["text"]))
    folder = Path(pressnlp.__file__).parent / "data" / "samples"
    files = sorted(f for f in folder.iterdir() if f.suffix in (".txt", ".html"))
    samples = {f.name: pressnlp.clean(f.read_text(encoding="utf-8")).body for f in files}
    sets = {
        "dev": features(gold.subset("dev").texts),
        "news": features(list(test_df["text"])),
        "samples": features(list(samples.values())),
        "probes": features(list(PROBES.values())),
    }
    print(f"fit rows: {int(press.sum())} press, {int((~press).sum())} news")
    for C in opts.C:
        lr = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(X, press)
        p = {name: lr.predict_proba(Xs)[:, 1] for name, Xs in sets.items()}
        print(f"--- C={C}: P(reads like a release)")
        dev = p["dev"]
        print(f"press dev: median {np.median(dev):.3f}, under 0.5: {np.mean(dev < 0.5):.3f}")
        labels = np.asarray(test_df["label"])
        for label in sorted(set(labels)):
            sel = labels == label
            print(f"  news {label:<28} n={sel.sum():4d} median {np.median(p['news'][sel]):.3f}")
        for name, value in zip(samples, p["samples"], strict=True):
            print(f"  sample {name:<44} {value:.3f}")
        for name, value in zip(PROBES, p["probes"], strict=True):
            print(f"  probe {name:<45} {value:.3f}")


if __name__ == "__main__":
    main()
