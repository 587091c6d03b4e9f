"""Vendor the web UI's third-party files into sitreps/web/static/vendor/ from the npm registry.

Run once by a maintainer (needs `npm`); the output is committed, so installing and running sitreps never
touches the network. Each package is fetched with `npm pack NAME@VERSION` (npm checks the tarball's
integrity) and only the files the UI loads are copied, with the package's licence:

- leaflet 1.9.4 (BSD-2-Clause): the map.
- world-atlas 2.0.2 (ISC; the data is Natural Earth, public domain): the offline basemap, the 1:50m
  country outlines as TopoJSON. The browser turns it into GeoJSON with topojson-client, which keeps the
  file about a fifth of the size GeoJSON would be.
- topojson-client 3.1.0 (ISC): TopoJSON to GeoJSON in the browser.
- swagger-ui-dist 5.35.0 (Apache-2.0): the offline API docs at /docs (FastAPI's default /docs page loads
  Swagger UI from a CDN and runs an inline script, which the UI's Content-Security-Policy forbids).

Usage: python scripts/build_basemap.py
"""

from __future__ import annotations

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "sitreps" / "web" / "static" / "vendor"

# package -> (version, {path inside the package: path under vendor/<package>/})
PACKAGES: dict[str, tuple[str, dict[str, str]]] = {
    "leaflet": ("1.9.4", {
        "dist/leaflet.js": "leaflet.js",
        "dist/leaflet.css": "leaflet.css",
        "dist/images/layers.png": "images/layers.png",
        "dist/images/layers-2x.png": "images/layers-2x.png",
        "dist/images/marker-icon.png": "images/marker-icon.png",
        "dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
        "dist/images/marker-shadow.png": "images/marker-shadow.png",
        "LICENSE": "LICENSE",
    }),
    "world-atlas": ("2.0.2", {"countries-50m.json": "countries-50m.json", "LICENSE": "LICENSE"}),
    "topojson-client": ("3.1.0", {"dist/topojson-client.min.js": "topojson-client.min.js", "LICENSE": "LICENSE"}),
    "swagger-ui-dist": ("5.35.0", {
        "swagger-ui-bundle.js": "swagger-ui-bundle.js",
        "swagger-ui-bundle.js.LICENSE.txt": "swagger-ui-bundle.js.LICENSE.txt",
        "swagger-ui.css": "swagger-ui.css",
        "LICENSE": "LICENSE",
        "NOTICE": "NOTICE",
    }),
}  # fmt: skip


def strip_source_map_comment(path: Path) -> None:
    """The .map files are not vendored; drop the comment that would make dev tools ask for them."""
    text = path.read_text(encoding="utf-8")
    kept = [line for line in text.splitlines(keepends=True) if not line.startswith(("//# sourceMappingURL=",
                                                                                      "/*# sourceMappingURL="))]
    path.write_text("".join(kept), encoding="utf-8")


def vendor_package(name: str, version: str, files: dict[str, str], work: Path) -> None:
    subprocess.run(["npm", "pack", f"{name}@{version}", "--pack-destination", str(work), "--silent"],
                   check=True, capture_output=True)
    tarball = next(work.glob(f"{name}-{version}.tgz"))
    target = VENDOR / name
    shutil.rmtree(target, ignore_errors=True)
    with tarfile.open(tarball) as archive:
        for inside, outside in files.items():
            member = archive.extractfile(f"package/{inside}")
            if member is None:
                raise SystemExit(f"{name}@{version}: {inside} is not a file")
            destination = target / outside
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(member.read())
            if destination.suffix in {".js", ".css"}:
                strip_source_map_comment(destination)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"{name}@{version}: {len(files)} files, {size / 1024:.0f} KiB -> {target}")


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        for name, (version, files) in PACKAGES.items():
            vendor_package(name, version, files, Path(work))


if __name__ == "__main__":
    main()
