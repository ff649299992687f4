"""``minigrid handoff`` and ``minigrid tender`` say what each cluster with too few signers lacks, and what
residents can do about it once (straat-24 printed 'Tekenen meer buren in dit cluster, …' after each of its
three clusters with one signer), as step 6 and the tender request do (method.md#tender-scope)."""

from __future__ import annotations

from minigrid_app.cli import main

ADVICE = "Tekenen meer buren in"


def test_the_commands_say_the_advice_once_after_the_clusters_it_is_about(tmp_path, capsys, monkeypatch):
    import minigrid_app.ui.services.tender_pack as tender_pack

    project = str(tmp_path / "s.minigrid")
    assert main(["example", "straat-24", "-o", project]) == 0
    assert main(["handoff", project, "--out", str(tmp_path / "eng")]) == 0
    monkeypatch.setattr(tender_pack, "write_tender", lambda *args, **kwargs: [])  # the notes, not the PDFs
    assert main(["tender", project, "--out", str(tmp_path / "uit")]) == 0
    printed = capsys.readouterr()
    said = printed.err.splitlines()
    # 7 signed, 3 of them alone in their cluster: '4 van de 7', as step 6 counts them (it said 'de 4 woningen die tekenden')
    assert "Bestanden voor de ingenieur (4 van de 7 woningen die tekenden) geschreven naar" in printed.out
    per_command = [
        "Let op: Cluster 1: 1 van 4 woningen getekend, te weinig voor een gedeelde bron; Vogelstraat 6 staat daarom niet "
        "in deze uitvraag.",
        "Let op: Cluster 3: 1 van 4 woningen getekend, te weinig voor een gedeelde bron; Vogelstraat 24 staat daarom niet "
        "in deze uitvraag.",
        "Let op: Cluster 4: 1 van 4 woningen getekend, te weinig voor een gedeelde bron; Vogelstraat 30 staat daarom niet "
        "in deze uitvraag.",
        "Let op: Tekenen meer buren in zo'n cluster, dan komt het in de uitvraag; een woning naar een ander cluster "
        "verplaatsen doen de bewoners bij stap 5.",
    ]
    assert said == per_command * 2
