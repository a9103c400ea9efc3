"""Theme files: TOML → a validated :class:`ThemeSpec`, with no Textual import.

A theme is data: a name, a dark flag, the Textual base colours and app
variables such as the priority colours.  Bundled themes ship in ``themes/``
(a wheel carries them as ``oncall_tui/themes/``), users add their own in
``<config dir>/themes/``.  Loading a folder never raises: every broken file
becomes one message, so the app can say so once and carry on.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    StrictStr,
    ValidationError,
)
from pydantic_core import PydanticCustomError

from oncall_tui.core.config import ConfigError, display_path, format_error, read_toml

_PACKAGE_DIR = Path(__file__).resolve().parent.parent

#: Variables every bundled theme defines: the panes draw with them.
REQUIRED_VARIABLES = (
    "priority-p1", "priority-p2", "priority-p3", "priority-p4",
    "sla-breached", "item-overdue", "sentiment-negative", "sentiment-positive",
)
#: Variables whose value must be a colour (the rest are passed to Textual as given).
COLOUR_VARIABLES = frozenset(REQUIRED_VARIABLES) | {"overdue", "row-flash", "sentiment-neutral", "sla-warning"}
BASE_COLOURS = (
    "primary", "secondary", "accent", "foreground", "background", "surface", "panel", "warning", "error", "success",
)

# CSS Color Module Level 4 named colours, as name / hex pairs.
_CSS_NAMES = """
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4
black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0
chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff
darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9
darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f
darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969
dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc
ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080
honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa
lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff
lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1
lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899
lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000
mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371
mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585
midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080
oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa
palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f
pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f
royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee
sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa
springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0
violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
"""


@cache
def css_colour_names() -> dict[str, str]:
    """Every CSS named colour → ``#rrggbb``."""
    words = _CSS_NAMES.split()
    return {name: "#" + value for name, value in zip(words[::2], words[1::2])}


_HEX = re.compile(r"#[0-9a-fA-F]{6}")
COLOUR_HINT = 'expected a colour like "#1e90ff" or a CSS colour name like "dodgerblue"'


def to_hex(value: str) -> str:
    """``"#1E90FF"`` or ``"DodgerBlue"`` → ``"#1e90ff"``; ValueError for anything else."""
    text = value.strip().lower()
    if _HEX.fullmatch(text):
        return text
    if text in css_colour_names():
        return css_colour_names()[text]
    raise ValueError(COLOUR_HINT)


def _colour(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("colour", COLOUR_HINT)
    try:
        return to_hex(value)
    except ValueError:
        raise PydanticCustomError("colour", COLOUR_HINT) from None


Colour = Annotated[str, BeforeValidator(_colour)]
_VARIABLE_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ANSI = re.compile(r"ansi_(?:default|(?:bright_)?(?:black|red|green|yellow|blue|magenta|cyan|white))")
_STYLE_WORDS = frozenset(
    "b i u r s d bold italic underline underline2 overline reverse dim strike blink blink2 conceal not none".split()
)
STYLE_HINT = 'expected text style words like "bold", "b reverse" or "none"'
VARIABLE_HINT = (
    'expected a colour like "#1e90ff", a CSS colour name or "transparent", optionally with an opacity like "#1e90ff 50%"'
)


def _variable_name(name: str) -> str:
    if not _VARIABLE_NAME.fullmatch(name):
        raise PydanticCustomError("variable_name", 'expected a variable name like "priority-p1"')
    return name


def variable_value(name: str, value: str) -> str:
    """A theme variable's value, checked for the kind of variable it is; ValueError otherwise.

    The app's own variables must be plain colours (widgets turn them into
    Rich styles); Textual's ``*-style`` variables take text style words; any
    other variable is a colour Textual's CSS accepts, optionally translucent.
    """
    if name in COLOUR_VARIABLES:
        return to_hex(value)
    if "-style" in name:
        words = value.split()
        if not words or any(word not in _STYLE_WORDS for word in words):
            raise ValueError(STYLE_HINT)
        return " ".join(words)
    colour, _, alpha = value.strip().partition(" ")
    if alpha and not re.fullmatch(r"(?:100|[1-9]?[0-9])%", alpha.strip()):
        raise ValueError(VARIABLE_HINT)
    if colour.lower() == "transparent" or _ANSI.fullmatch(colour.lower()):
        colour = colour.lower()
    else:
        try:
            colour = to_hex(colour)
        except ValueError:
            raise ValueError(VARIABLE_HINT) from None
    return f"{colour} {alpha.strip()}" if alpha else colour


def _variables(values: dict[str, str]) -> dict[str, str]:
    out = {}
    for name, value in values.items():
        try:
            out[name] = variable_value(name, value)
        except ValueError as exc:
            raise PydanticCustomError("variable_value", "{name}: {hint}, got {got}",
                                      {"name": name, "hint": str(exc), "got": _quoted(value)}) from None
    return out


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


class ThemeSpec(BaseModel):
    """One theme file, validated: colours are normalised to ``#rrggbb``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: StrictStr = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
    dark: StrictBool = True
    primary: Colour
    secondary: Colour | None = None
    accent: Colour | None = None
    foreground: Colour | None = None
    background: Colour | None = None
    surface: Colour | None = None
    panel: Colour | None = None
    warning: Colour | None = None
    error: Colour | None = None
    success: Colour | None = None
    variables: Annotated[
        dict[Annotated[StrictStr, AfterValidator(_variable_name)], StrictStr], AfterValidator(_variables)
    ] = {}
    _source: Path | None = PrivateAttr(None)

    @property
    def source(self) -> Path | None:
        """The file the theme came from (None when built in code)."""
        return self._source


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` or named colour."""
    value = to_hex(colour)

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(value[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1.0 … 21.0."""
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


_EXPECTED_THEME = {"string_pattern_mismatch": 'expected a theme name of letters, digits, "-" and "_" (at most 64)'}


def _theme_problems(exc: ValidationError, shown: str) -> list[str]:
    out = []
    for error in exc.errors():
        if error["type"] in _EXPECTED_THEME:
            key = ".".join(map(str, error["loc"]))
            out.append(f"{shown}: {key}: {_EXPECTED_THEME[error['type']]}, got {_quoted(str(error['input']))}")
        elif error["type"] == "variable_value":
            out.append(f"{shown}: variables.{error['msg']}")
        else:
            out.append(format_error(error, ThemeSpec, shown))
    return out


def load_theme_file(path: Path) -> tuple[ThemeSpec | None, list[str]]:
    """One theme file → its spec, or None and the reasons it cannot be used."""
    shown = display_path(path)
    try:
        spec = ThemeSpec.model_validate(read_toml(path))
    except ConfigError as exc:
        return None, exc.problems
    except ValidationError as exc:
        return None, _theme_problems(exc, shown)
    spec._source = path
    return spec, []


def load_theme_dir(path: Path | None) -> tuple[list[ThemeSpec], list[str]]:
    """Every ``*.toml`` theme in *path*, sorted by file name, and one message per broken file.

    Never raises: a missing folder is simply empty, an unreadable one is one
    message, and a second file claiming a name already taken is refused.
    """
    if path is None or not path.exists():
        return [], []
    if not path.is_dir():
        return [], [f"{display_path(path)}: not a folder of theme files"]
    try:
        files = sorted(p for p in path.iterdir() if p.suffix == ".toml" and not p.name.startswith(".") and p.is_file())
    except OSError as exc:
        return [], [f"{display_path(path)}: cannot list themes: {exc.strerror or exc}"]
    specs: list[ThemeSpec] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for file in files:
        try:
            spec, errors = load_theme_file(file)
        except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; say what broke
            spec, errors = None, [f"{display_path(file)}: cannot load: {exc}"]
        if spec is not None and spec.name in seen:
            taken_by = seen[spec.name].name
            errors = [f"{display_path(file)}: name: theme {_quoted(spec.name)} is already defined by {taken_by}"]
            spec = None
        if spec is not None:
            seen[spec.name] = file
            specs.append(spec)
        if errors:
            problems.append(_one_message(display_path(file), errors))
    return specs, problems


def _one_message(shown: str, errors: list[str]) -> str:
    """Several problems of one file as one line: ``file: a; b``."""
    return f"{shown}: " + "; ".join(e.removeprefix(f"{shown}: ") for e in errors)


def bundled_themes_dir() -> Path:
    """The shipped themes: ``themes/`` of a source checkout, else ``oncall_tui/themes/`` in a wheel."""
    checkout = _PACKAGE_DIR.parent / "themes"
    if (_PACKAGE_DIR.parent / "pyproject.toml").is_file() and any(checkout.glob("*.toml")):
        return checkout
    return _PACKAGE_DIR / "themes"
