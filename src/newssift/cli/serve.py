"""`newssift serve`: the web app and JSON API (needs the `web` extra: fastapi, uvicorn, jinja2)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from newssift.errors import ConfigError

EXAMPLES = """examples:
  newssift serve                                   # http://127.0.0.1:8000, store ./newssift.db
  newssift serve --db corpus.db --port 8080
  NEWSSIFT_API_TOKEN=s3cret newssift serve --host 0.0.0.0 --db postgresql://news@db/newssift

The API's OpenAPI schema is at /api/openapi.json. With a token (--token or $NEWSSIFT_API_TOKEN),
routes that write to the store need `Authorization: Bearer <token>`.
"""
TOKEN_ENV = "NEWSSIFT_API_TOKEN"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the web app and JSON API",
        description="Serve the web app (analyse an article, explore a corpus) and its JSON API.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="URL", default=None,
                        help="corpus store: SQLite path or postgresql:// URL "
                             "(default: the `database` setting)")
    parser.add_argument("--no-db", action="store_true",
                        help="serve only the analyse page and API, without a corpus store")
    parser.add_argument("--host", default=None, help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8000)")
    parser.add_argument("--token", default=None,
                        help=f"API token for write routes (default: ${TOKEN_ENV})")
    parser.add_argument("--analyzers", metavar="A,B,...",
                        help="analyzers to run (default: all available)")
    parser.add_argument("--config", metavar="FILE", help="settings file (TOML)")
    parser.add_argument("--allow-private-urls", action="store_true",
                        help="let the URL fetcher reach private and loopback addresses "
                             "(only on a trusted network)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newssift.settings import CONFIG_ENV, Settings

    environ = {**os.environ, **({CONFIG_ENV: args.config} if args.config else {})}
    settings = Settings.load({"database": args.db, "host": args.host, "port": args.port,
                              "analyzers": args.analyzers}, environ=environ)
    try:
        import uvicorn

        from newssift.web.app import create_app, ensure_pipeline, ensure_store
    except ModuleNotFoundError as err:
        raise ConfigError(f"`newssift serve` needs the web extra ({err.name} is missing); "
                          "install it with: pip install 'newssift[web]'") from err
    token = args.token or os.environ.get(TOKEN_ENV) or None
    app = create_app(settings, None if args.no_db else settings.database, token=token,
                     allow_private_urls=args.allow_private_urls)
    ensure_pipeline(app)  # load the models and open the store now: failures become one-line errors
    ensure_store(app)
    print(f"newssift: serving on http://{settings.host}:{settings.port}", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
    return 0
