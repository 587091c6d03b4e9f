"""`sitreps serve`: the JSON API and the map-and-timeline UI over a store (see `sitreps.web.app`)."""

from __future__ import annotations

from pathlib import Path

from sitreps.web.app import create_app

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

__all__ = ["create_app", "serve"]


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, ingest_token: str | None = None) -> None:
    """Serve the store at `db_path` on http://host:port/ until interrupted (loopback only by default)."""
    import uvicorn

    loopback = host in LOOPBACK_HOSTS
    app = create_app(db_path, ingest_token=ingest_token, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    shown = f"[{host}]" if ":" in host else host
    mode = "ingest allowed with the bearer token" if ingest_token else "read-only"
    print(f"sitreps: serving {db_path} at http://{shown}:{port}/ ({mode}; API docs at /docs)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False, proxy_headers=False)
