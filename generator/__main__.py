"""``python -m generator``: regenerate the generated folders; ``--check`` for staleness; ``--diff OLD_SPEC_DIR``."""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openapi_python_client import Project

from .bundle import SPEC_DIR, SpecError, load_modules, validate, wrap_all
from .elements import Surface, SurfaceError
from .reference import render_reference
from .render import PACKAGE, TEMPLATES, render, render_types
from .surface import build_surface, generator_config, parse

ROOT = Path(__file__).resolve().parent.parent
# What one run writes, relative to the repository (and to ``generate_into``'s target): each folder
# is replaced whole.
OUTPUTS = (f"generated/{PACKAGE}", "tiktok_shop/types", "docs/api")


def generate_into(target: Path, spec_dir: Path = SPEC_DIR) -> None:
    """Write every output folder of :data:`OUTPUTS` under ``target`` (created), formatted."""
    doc, errors = load_modules(spec_dir)
    if errors:
        raise SpecError("\n".join(errors))
    wire = wrap_all(doc)
    validate(wire)
    data = parse(doc)
    surface = build_surface(doc, data)
    project = Project(openapi=data, config=generator_config(), custom_template_path=TEMPLATES)
    files = {f"{OUTPUTS[0]}/{name}": text for name, text in render(surface, wire, project.env).items()}
    files |= {f"{OUTPUTS[1]}/{name}": text for name, text in render_types(surface, project.env).items()}
    files |= {f"{OUTPUTS[2]}/{name}": text for name, text in render_reference(surface).items()}
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # Isolated from any ruff configuration on disk, so the bytes do not depend on where we write.
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--isolated", "--line-length", "120", "--target-version", "py311"]
    code = [str(target / folder) for folder in OUTPUTS[:2]]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *settings, "--select", "I,F401,UP", *code], check=True)
    subprocess.run([*ruff, "format", "--quiet", *settings, *code], check=True)


def _differences(left: Path, right: Path) -> list[str]:
    if not right.exists():
        return ["(missing)"]
    names = {p.relative_to(left) for p in left.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    names |= {p.relative_to(right) for p in right.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    return sorted(
        str(n)
        for n in names
        if not (left / n).exists() or not (right / n).exists() or not filecmp.cmp(left / n, right / n, shallow=False)
    )


def _surface_of(spec_dir: Path) -> Surface:
    doc, errors = load_modules(spec_dir)
    if errors:
        raise SpecError(f"{spec_dir}:\n" + "\n".join(errors))
    return build_surface(doc)


def _diff(old_dir: Path, new_dir: Path, *, allow_breaking: bool, as_changelog: bool) -> int:
    from .diff import changelog, surface_diff

    try:
        changes = surface_diff(_surface_of(old_dir), _surface_of(new_dir))
    except (SpecError, SurfaceError) as exc:
        print(exc, file=sys.stderr)
        return 2
    if as_changelog:
        print(changelog(changes), end="")
    else:
        print("\n".join(c.line() for c in changes) if changes else "no public surface changes")
    breaking = sum(c.breaking for c in changes)
    if breaking and not allow_breaking:
        print(f"{breaking} BREAKING change(s); pass --allow-breaking to accept them", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 and list files when generated/ is stale")
    parser.add_argument(
        "--diff", metavar="OLD_SPEC_DIR", type=Path, help="what callers feel since OLD_SPEC_DIR; exit 1 on BREAKING"
    )
    parser.add_argument("--allow-breaking", action="store_true", help="with --diff: exit 0 despite BREAKING changes")
    parser.add_argument("--changelog", action="store_true", help="with --diff: print a Keep a Changelog entry")
    parser.add_argument("--spec", metavar="SPEC_DIR", type=Path, default=SPEC_DIR, help="read the spec from here")
    args = parser.parse_args(argv)
    if args.diff:
        return _diff(args.diff, args.spec, allow_breaking=args.allow_breaking, as_changelog=args.changelog)
    with tempfile.TemporaryDirectory(prefix="tts-gen-", dir=ROOT) as tmp:
        fresh = Path(tmp)
        try:
            generate_into(fresh, args.spec)
        except (SpecError, SurfaceError) as exc:
            print(exc, file=sys.stderr)
            return 1
        if args.check:
            stale = [f"{folder}/{name}" for folder in OUTPUTS for name in _differences(fresh / folder, ROOT / folder)]
            if stale:
                print("generated files are stale; run `python -m generator`. Differing files:", file=sys.stderr)
                print("\n".join(f"  {name}" for name in stale), file=sys.stderr)
                return 1
            print(f"{', '.join(OUTPUTS)} are up to date")
            return 0
        for folder in OUTPUTS:
            if (ROOT / folder).exists():
                shutil.rmtree(ROOT / folder)
            shutil.copytree(fresh / folder, ROOT / folder)
    print(f"wrote {', '.join(OUTPUTS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
