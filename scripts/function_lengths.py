#!/usr/bin/env python3
"""Lengths of the C++ functions of the project, for tests/cli/function_length.sh.

A function's length is its lines from the first line of its declaration (a `template <...>`
line included) to its closing brace; a lambda counts as part of the function it stands in.

It reads the files as text, with no compiler: comments, string and character literals (raw
strings and digit separators included) and preprocessor lines are blanked first, then braces
are matched. A brace block at namespace or class scope is a function body when what stands
before it has a top-level parenthesis and no top-level `=` (or is a lambda assigned to a
name); namespaces, `extern "C"`, classes, structs and unions are scopes to look into; every
other block there (enums, tables, brace initialisers) is data and is skipped.

Usage: function_lengths.py [--max N] [--top K] PATH...   (folders are searched for .cpp/.hpp)
  --max N   exit 1 and list each function of N lines or more (default: no limit)
  --top K   list the K longest functions (default 10 without --max)
"""
import argparse
import os
import re
import sys

SOURCE_ENDINGS = (".cpp", ".hpp", ".h", ".cc")


def blank_non_code(text):
    """The text with comments, literals and preprocessor lines turned into spaces.

    Newlines stay, so that offsets keep their line numbers."""
    out = list(text)
    i, n = 0, len(text)
    at_line_start = True

    def blank(begin, end):
        for k in range(begin, end):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if c == "\n":
            at_line_start = True
            i += 1
            continue
        if at_line_start and c in " \t":
            i += 1
            continue
        if at_line_start and c == "#":  # a preprocessor line, with its continuations
            end = i
            while end < n and not (text[end] == "\n" and text[end - 1] != "\\"):
                end += 1
            blank(i, end)
            i = end
            continue
        at_line_start = False
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            blank(i, end)
            i = end
        elif c == '"':
            raw = re.search(r'(?:u8|[uUL])?R$', text[max(0, i - 3):i])
            if raw and (i - len(raw.group(0)) == 0 or not is_word(text[i - len(raw.group(0)) - 1])):
                open_paren = text.find("(", i)
                delimiter = text[i + 1:open_paren]
                end = text.find(")" + delimiter + '"', open_paren)
                end = n if end < 0 else end + len(delimiter) + 2
            else:
                end = end_of_quoted(text, i, '"')
            blank(i + 1, end - 1)
            i = end
        elif c == "'":
            if is_digit_separator(text, i):
                i += 1
                continue
            end = end_of_quoted(text, i, "'")
            blank(i + 1, end - 1)
            i = end
        else:
            i += 1
    return "".join(out)


def is_word(c):
    return c.isalnum() or c == "_"


def is_digit_separator(text, i):
    """Whether the quote at i stands inside a number, as in 80'000'000."""
    k = i - 1
    while k >= 0 and (is_word(text[k]) or text[k] in "'."):
        k -= 1
    return k + 1 < i and text[k + 1].isdigit()


def end_of_quoted(text, i, quote):
    k = i + 1
    while k < len(text) and text[k] != quote:
        if text[k] == "\\":
            k += 1
        elif text[k] == "\n":  # unterminated: stop at the line's end
            return k
        k += 1
    return min(k + 1, len(text))


def matching_brace(code, open_at):
    depth = 0
    for k in range(open_at, len(code)):
        if code[k] == "{":
            depth += 1
        elif code[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(code) - 1


def strip_template_heads(header):
    """The header without its leading `template <...>` parts."""
    while True:
        m = re.match(r"\s*template\s*<", header)
        if not m:
            return header
        depth, k = 1, m.end()
        while k < len(header) and depth:
            depth += {"<": 1, ">": -1}.get(header[k], 0)
            k += 1
        header = header[k:]


def top_level(header):
    """The header with every parenthesised part emptied: what stands at depth 0."""
    out, depth = [], 0
    for c in header:
        if c in "([":
            if depth == 0:
                out.append(c)
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                out.append(c)
        elif depth == 0:
            out.append(c)
    return "".join(out)


def classify(header):
    """'scope', 'function' or 'data' for the block whose `{` follows `header`."""
    bare = strip_template_heads(header).strip()
    if re.match(r"(inline\s+)?namespace\b|extern\b", bare):
        return "scope"
    if re.match(r"(typedef\s+)?(class|struct|union)\b", bare):
        return "scope"
    if re.match(r"enum\b", bare):
        return "data"
    outer = top_level(re.sub(r"\boperator\s*(\(\)|[^\s(]+)", "operator_", bare))
    outer = re.sub(r"[=!<>]=", "", outer)
    if "=" in outer:
        return "function" if re.search(r"=\s*(\[\]|\[)\s*\(", outer) else "data"
    return "function" if ")" in outer else "data"


def is_member_initialiser(header):
    """Whether a `{` after `header` opens a brace initialiser of a constructor's member list,
    as in `Foo::Foo(int a) : a_{a} {`, rather than the constructor's body."""
    outer = top_level(strip_template_heads(header))
    close = outer.rfind(")")
    if close < 0:
        return False
    after = outer[close + 1:]
    return re.search(r"(?<!:):(?!:)", after) is not None and re.search(r"[\w>]\s*$", after)


def functions_in(path):
    """(first line, last line, name) of each function of the file at `path`."""
    with open(path, encoding="utf-8", errors="replace") as f:
        code = blank_non_code(f.read())
    found = []
    boundary = 0  # where the current declaration's text starts
    k = 0
    while k < len(code):
        c = code[k]
        if c in ";":
            boundary = k + 1
        elif c == "}":  # the end of a scope
            boundary = k + 1
        elif c == "{":
            header = code[boundary:k]
            kind = classify(header)
            if kind == "scope":
                boundary = k + 1
            elif kind == "function" and is_member_initialiser(header):
                k = matching_brace(code, k)  # part of the header; the body follows
            else:
                end = matching_brace(code, k)
                if kind == "function":
                    start = boundary + len(header) - len(header.lstrip())
                    first = code.count("\n", 0, start) + 1
                    last = code.count("\n", 0, end) + 1
                    found.append((first, last, function_name(header)))
                k = end
                boundary = k + 1
        k += 1
    return found


def function_name(header):
    outer = top_level(strip_template_heads(header))
    m = re.search(r"([\w:~]+(?:\s*operator_)?)\s*\(\)", outer) or re.search(r"([\w:~]+)\s*=", outer)
    return m.group(1) if m else " ".join(header.split())[:60]


def source_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d != "node_modules")
            for name in sorted(files):
                if name.endswith(SOURCE_ENDINGS):
                    yield os.path.join(root, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int)
    parser.add_argument("--top", type=int)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    lengths = []
    for path in source_files(args.paths):
        for first, last, name in functions_in(path):
            lengths.append((last - first + 1, f"{path}:{first}-{last}", name))
    lengths.sort(key=lambda entry: (-entry[0], entry[1]))
    if not lengths:
        print("function_lengths: no functions found", file=sys.stderr)
        return 2
    too_long = [e for e in lengths if args.max is not None and e[0] >= args.max]
    top = args.top if args.top is not None else (0 if args.max is not None else 10)
    for length, where, name in too_long or lengths[:top]:
        print(f"{length:5d}  {where}  {name}")
    ordered = sorted(e[0] for e in lengths)
    print(f"{len(lengths)} functions; median {ordered[len(ordered) // 2]} lines, "
          f"p90 {ordered[len(ordered) * 9 // 10]}, longest {ordered[-1]}")
    if too_long:
        print(f"{len(too_long)} function(s) of {args.max} lines or more")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
