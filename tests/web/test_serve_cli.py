"""`newssift serve`: flags become settings, the app is built with them, and uvicorn is started."""

from __future__ import annotations

from typing import Any

import pytest

from newssift.cli import main


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch, web_pipeline: Any) -> dict[str, Any]:
    import uvicorn

    import newssift.web.app as web_app

    calls: dict[str, Any] = {}
    real_create = web_app.create_app

    def create(settings: Any, store_url: Any = None, pipeline: Any = None, **kw: Any) -> Any:
        calls.update(settings=settings, store_url=store_url, **kw)
        return real_create(settings, store_url, web_pipeline, **kw)

    monkeypatch.setattr(web_app, "create_app", create)
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(app=app, **kw))
    monkeypatch.delenv("NEWSSIFT_API_TOKEN", raising=False)
    return calls


def test_serve_passes_db_host_port_and_token(started: dict, tmp_path: Any) -> None:
    db = str(tmp_path / "c.db")
    code = main(["serve", "--db", db, "--host", "0.0.0.0", "--port", "8123", "--token", "t0k"])
    assert code == 0
    assert started["store_url"] == db
    assert (started["host"], started["port"]) == ("0.0.0.0", 8123)
    assert started["token"] == "t0k"
    assert started["app"].state.store is not None


def test_serve_reads_the_token_from_the_environment(started: dict, tmp_path: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSSIFT_API_TOKEN", "from-env")
    assert main(["serve", "--no-db"]) == 0
    assert started["token"] == "from-env" and started["store_url"] is None


def test_serve_reports_a_bad_store_on_one_line(started: dict, capsys: Any) -> None:
    assert main(["serve", "--db", "mysql://nowhere/db"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newssift: ") and "mysql" in err[0]


def test_serve_takes_analyzers_and_a_config_file(started: dict, tmp_path: Any) -> None:
    config = tmp_path / "newssift.toml"
    config.write_text('port = 9001\ndatabase = "from-config.db"\n', encoding="utf-8")
    assert main(["serve", "--no-db", "--config", str(config), "--analyzers", "encoder,quotes"]) == 0
    assert started["port"] == 9001
    assert started["settings"].analyzers == ("encoder", "quotes")
