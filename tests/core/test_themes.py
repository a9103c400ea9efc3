"""Theme files: validation, folder loading that never raises, and the bundled themes' colours."""

from __future__ import annotations

import itertools
import math
import tomllib
from pathlib import Path

import pytest

from oncall_tui.core import themes as themes_mod
from oncall_tui.core.themes import (
    BASE_COLOURS,
    REQUIRED_VARIABLES,
    ThemeSpec,
    bundled_themes_dir,
    contrast_ratio,
    css_colour_names,
    load_theme_dir,
    relative_luminance,
    to_hex,
)

BUNDLED = ["oncall-colorblind", "oncall-dark", "oncall-high-contrast", "oncall-light"]
#: Variables the panes draw text with; they must be readable on the background.
TEXT_VARIABLES = [*REQUIRED_VARIABLES, "sentiment-neutral"]


@pytest.fixture(scope="module")
def bundled() -> dict[str, ThemeSpec]:
    specs, problems = load_theme_dir(bundled_themes_dir())
    assert problems == []
    return {spec.name: spec for spec in specs}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- the bundled themes ---------------------------------------------------------------------


def test_bundled_themes_load(bundled: dict[str, ThemeSpec], repo_root: Path) -> None:
    assert sorted(bundled) == BUNDLED
    assert bundled_themes_dir() == repo_root / "themes"
    for name, spec in bundled.items():
        assert spec.source == bundled_themes_dir() / f"{name}.toml"
        assert all(getattr(spec, colour) for colour in BASE_COLOURS), name
        # the variables the app reads today, and the ones the brief names
        assert set(TEXT_VARIABLES) | {"row-flash"} <= set(spec.variables), name
    assert bundled["oncall-light"].dark is False
    assert all(bundled[n].dark for n in BUNDLED if n != "oncall-light")


def minimum_for(name: str) -> float:
    return 7.0 if name == "oncall-high-contrast" else 4.5


@pytest.mark.parametrize("name", BUNDLED)
def test_text_is_readable_on_every_background(bundled: dict[str, ThemeSpec], name: str) -> None:
    spec, floor = bundled[name], minimum_for(name)
    for back in ("background", "surface", "panel"):
        ratio = contrast_ratio(spec.foreground, getattr(spec, back))
        assert ratio >= floor, f"{name}: foreground on {back} is {ratio:.2f}:1"
    for variable in TEXT_VARIABLES:
        ratio = contrast_ratio(spec.variables[variable], spec.background)
        assert ratio >= floor, f"{name}: {variable} on background is {ratio:.2f}:1"
    flash = contrast_ratio(spec.foreground, spec.variables["row-flash"])
    assert flash >= floor, f"{name}: foreground on row-flash is {flash:.2f}:1"


def test_high_contrast_is_pure_black_and_white(bundled: dict[str, ThemeSpec]) -> None:
    spec = bundled["oncall-high-contrast"]
    assert (spec.background, spec.foreground) == ("#000000", "#ffffff")
    assert contrast_ratio(spec.foreground, spec.background) == pytest.approx(21.0)


# Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0),
# applied to linear RGB; distances are CIE76 delta E in CIELAB (D65).
CVD = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _linear(colour: str) -> list[float]:
    value = to_hex(colour)
    out = []
    for i in (1, 3, 5):
        c = int(value[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_with(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    rgb = _linear(colour)
    return _lab([min(max(sum(m * c for m, c in zip(row, rgb)), 0.0), 1.0) for row in matrix])


def test_colorblind_priorities_stay_apart_under_every_deficiency(bundled: dict[str, ThemeSpec]) -> None:
    spec = bundled["oncall-colorblind"]
    priorities = [spec.variables[f"priority-p{n}"] for n in range(1, 5)]
    for kind, matrix in CVD.items():
        for a, b in itertools.combinations(priorities, 2):
            distance = math.dist(seen_with(a, matrix), seen_with(b, matrix))
            assert distance >= 25, f"{kind}: {a} and {b} are only {distance:.1f} apart"
        for a, b in [("sentiment-negative", "sentiment-positive")]:
            assert math.dist(seen_with(spec.variables[a], matrix), seen_with(spec.variables[b], matrix)) >= 40
        assert math.dist(seen_with(spec.error, matrix), seen_with(spec.success, matrix)) >= 40


def test_colorblind_priorities_differ_in_lightness(bundled: dict[str, ThemeSpec]) -> None:
    """Readable even in greyscale: each pair differs by at least 1.25:1 in luminance."""
    spec = bundled["oncall-colorblind"]
    priorities = [spec.variables[f"priority-p{n}"] for n in range(1, 5)]
    for a, b in itertools.combinations(priorities, 2):
        assert contrast_ratio(a, b) >= 1.25, (a, b)


def test_colorblind_uses_the_okabe_ito_palette(bundled: dict[str, ThemeSpec]) -> None:
    okabe_ito = {"#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
    spec = bundled["oncall-colorblind"]
    hues = {spec.variables[f"priority-p{n}"] for n in range(1, 4)} | {spec.error, spec.warning, spec.accent, spec.primary}
    assert hues <= okabe_ito


# -- colours and the model ----------------------------------------------------------------------


def test_contrast_arithmetic() -> None:
    assert contrast_ratio("black", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#336699", "#336699") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "white") == pytest.approx(4.48, abs=0.01)
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)


def test_colours_are_normalised() -> None:
    assert len(css_colour_names()) == 148
    assert to_hex("RebeccaPurple") == "#663399" and to_hex(" #ABCDEF ") == "#abcdef"
    spec = ThemeSpec(name="t", primary="DodgerBlue", error="#FF0000", variables={"priority-p1": "Tomato", "block-cursor-text-style": "bold"})
    assert (spec.primary, spec.error, spec.variables) == ("#1e90ff", "#ff0000", {"priority-p1": "#ff6347", "block-cursor-text-style": "bold"})
    for bad in ("#fff", "#12345g", "blurple", "", "rgb(1,2,3)"):
        with pytest.raises(ValueError):
            to_hex(bad)


@pytest.mark.parametrize("name,value,expected", [
    ("priority-p1", "Tomato", "#ff6347"),
    ("block-cursor-text-style", " b  reverse ", "b reverse"),
    ("link-style-hover", "bold not underline", "bold not underline"),
    ("footer-key-foreground", "DodgerBlue", "#1e90ff"),
    ("input-selection-background", "#81A1C1 35%", "#81a1c1 35%"),
    ("footer-key-background", "transparent", "transparent"),
    ("border", "ansi_bright_blue", "ansi_bright_blue"),
])
def test_variable_values(name: str, value: str, expected: str) -> None:
    assert themes_mod.variable_value(name, value) == expected


@pytest.mark.parametrize("name,value", [
    ("priority-p1", "transparent"), ("priority-p2", "#ff000080"), ("sla-breached", "red 50%"),
    ("block-cursor-text-style", "shiny"), ("link-style", ""), ("border", "#ffffff 150%"),
    ("border", "banana"), ("footer-key-foreground", "red; color: blue"), ("border", "$primary"),
])
def test_bad_variable_values(name: str, value: str) -> None:
    with pytest.raises(ValueError):
        themes_mod.variable_value(name, value)


def test_theme_folder_with_broken_files_gives_one_message_each(tmp_path: Path) -> None:
    folder = tmp_path / "themes"
    good = write(folder / "good.toml", 'name = "mine"\ndark = false\nprimary = "navy"\n[variables]\npriority-p1 = "#aa0000"\n')
    write(folder / "a-colour.toml", 'name = "x"\nprimary = "nope"\n')
    write(folder / "b-syntax.toml", 'name = "y"\nprimary = \n')
    write(folder / "c-many.toml", 'name = "bad name"\nprimary = "red"\nfoo = 1\n')
    write(folder / "d-missing.toml", 'name = "z"\n')
    write(folder / "e-var.toml", 'name = "v"\nprimary = "red"\n[variables]\npriority-p2 = "loud"\n')
    write(folder / "f-css.toml", 'name = "w"\nprimary = "red"\n[variables]\nfooter-key = "x;y{}"\n')
    write(folder / "x-dup.toml", 'name = "mine"\nprimary = "red"\n')
    (folder / "h-binary.toml").write_bytes(b"\xff\xfe\x00")
    write(folder / "notes.txt", "not a theme")
    write(folder / ".hidden.toml", "garbage =")
    (folder / "dir.toml").mkdir()
    specs, problems = load_theme_dir(folder)
    assert [s.name for s in specs] == ["mine"] and specs[0].source == good and specs[0].dark is False
    f = lambda name: str(folder / name)  # noqa: E731
    assert problems == [
        f'{f("a-colour.toml")}: primary: expected a colour like "#1e90ff" or a CSS colour name like "dodgerblue", got "nope"',
        f'{f("b-syntax.toml")}: line 2, column 11: invalid TOML: invalid value',
        f'{f("c-many.toml")}: name: expected a theme name of letters, digits, "-" and "_" (at most 64), got "bad name"; '
        "foo: unknown key (expected one of: name, dark, primary, secondary, accent, foreground, background, surface, panel, "
        "warning, error, success, variables)",
        f'{f("d-missing.toml")}: primary: missing (this key is required)',
        f'{f("e-var.toml")}: variables.priority-p2: expected a colour like "#1e90ff" or a CSS colour name like "dodgerblue", got "loud"',
        f'{f("f-css.toml")}: variables.footer-key: expected a colour like "#1e90ff", a CSS colour name or "transparent", '
        'optionally with an opacity like "#1e90ff 50%", got "x;y{}"',
        f'{f("h-binary.toml")}: not UTF-8 text (byte 0)',
        f'{f("x-dup.toml")}: name: theme "mine" is already defined by good.toml',
    ]


def test_missing_or_odd_theme_folders_never_raise(tmp_path: Path) -> None:
    assert load_theme_dir(None) == ([], [])
    assert load_theme_dir(tmp_path / "nope") == ([], [])
    a_file = write(tmp_path / "themes", "x")
    assert load_theme_dir(a_file) == ([], [f"{a_file}: not a folder of theme files"])
    (tmp_path / "empty").mkdir()
    assert load_theme_dir(tmp_path / "empty") == ([], [])


def test_bundled_dir_in_an_installed_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a checkout around it the package's own themes/ folder is used."""
    package = tmp_path / "site-packages" / "oncall_tui"
    for name in BUNDLED:
        source = Path(__file__).resolve().parents[2] / "themes" / f"{name}.toml"
        write(package / "themes" / f"{name}.toml", source.read_text(encoding="utf-8"))
    monkeypatch.setattr(themes_mod, "_PACKAGE_DIR", package)
    assert bundled_themes_dir() == package / "themes"
    specs, problems = load_theme_dir(bundled_themes_dir())
    assert sorted(s.name for s in specs) == BUNDLED and problems == []


def test_bundled_files_are_plain_toml_named_after_their_theme(repo_root: Path) -> None:
    for path in sorted((repo_root / "themes").glob("*.toml")):
        assert tomllib.loads(path.read_text(encoding="utf-8"))["name"] == path.stem
