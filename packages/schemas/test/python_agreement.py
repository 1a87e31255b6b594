"""Validates a corpus with Python's jsonschema, as the schemas README tells Python users to.

Reads {version key: {"schema": path, "cases": [payload, ...]}} from the file named by the
first argument and writes to standard output {"jsonschema": version, "formats": [...],
"verdicts": {key: [bool]}, "verdictsWithoutFormats": {key: [bool]}}: with the format checker
the README shows, and without one (patterns only).
"""

import json
import sys
from importlib.metadata import version

import jsonschema


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        corpus = json.load(f)
    checker = jsonschema.FormatChecker()
    verdicts = {}
    without_formats = {}
    for key, entry in corpus.items():
        with open(entry["schema"], encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
        verdicts[key] = [validator.is_valid(case) for case in entry["cases"]]
        plain = jsonschema.Draft202012Validator(schema)
        without_formats[key] = [plain.is_valid(case) for case in entry["cases"]]
    json.dump(
        {
            "jsonschema": version("jsonschema"),
            # date-time is checked only when rfc3339-validator is installed.
            "formats": sorted(f for f in ("date", "date-time") if f in checker.checkers),
            "verdicts": verdicts,
            "verdictsWithoutFormats": without_formats,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
