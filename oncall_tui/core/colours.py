"""Theme colours: the variables a theme defines, CSS colour names, and the checks on each value.

A leaf (no pydantic, no Textual): :mod:`oncall_tui.core.themes` loads theme files with it and
:mod:`oncall_tui.core.theme_model` validates them with it.
"""

from __future__ import annotations

import json
import re
from functools import cache

#: Variables every bundled theme defines: the panes draw with them.
REQUIRED_VARIABLES = (
    "priority-p1", "priority-p2", "priority-p3", "priority-p4",
    "sla-breached", "item-overdue", "sentiment-negative", "sentiment-positive",
)
#: Variables whose value must be a colour (the rest are passed to Textual as given).
COLOUR_VARIABLES = frozenset(REQUIRED_VARIABLES) | {"row-flash", "sentiment-neutral", "sla-warning"}
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


_VARIABLE_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ANSI = re.compile(r"ansi_(?:default|(?:bright_)?(?:black|red|green|yellow|blue|magenta|cyan|white))")
_STYLE_WORDS = frozenset(
    "b i u r s d bold italic underline underline2 overline reverse dim strike blink blink2 conceal not none".split()
)
STYLE_HINT = 'expected text style words like "bold", "b reverse" or "none"'
VARIABLE_HINT = (
    'expected a colour like "#1e90ff", a CSS colour name or "transparent", optionally with an opacity like "#1e90ff 50%"'
)


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


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)
