#!/usr/bin/env python3
"""Goldens for the CLI's tests, from CPython 3.11 itself.

For each program in packages/cli/test/programs/, writes to packages/cli/test/golden/:
  <name>.run.json    what `python3 programs/<name>.py ARGS < STDIN` does: {argv, stdin, stdout, stderr, exitCode}; the directory
                     of the programs is written "{DIR}" in stderr (CPython names the main script absolutely)
  <name>.dis.txt     `python3 -m dis programs/<name>.py`     (for programs that compile)
  <name>.ast.txt     `python3 -m ast programs/<name>.py`, and <name>.ast-a.txt with -a (and AST_OPTIONS below,
                     also for programs that do not compile)
  <name>.pyc         py_compile's .pyc of programs/<name>.py
All run with packages/cli/test as the working directory, so file names inside are "programs/<name>.py".

Run from anywhere: python3 scripts/gen_cli_goldens.py
"""
import json
import os
import py_compile
import re
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the oracle; this is " + sys.version)

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "packages", "cli", "test")
HERE = os.path.normpath(HERE)
PROGRAMS = os.path.join(HERE, "programs")
GOLDEN = os.path.join(HERE, "golden")

# Extra command-line arguments, to check they reach sys.argv untouched (options included).
ARGS = {"argv": ["one", "-x", "--flag=2", "two words"]}
# Standard input given to a program (none for the others: their stdin is empty).
STDIN = {"ask": "Bob\n42"}
# More `python3 -m ast` options: golden <name>.<key>.txt from `python3 -m ast OPTIONS programs/<name>.py`.
AST_OPTIONS = {
    "hello": {"ast-i1": ["-i", "1"]},
    "expression": {"ast-eval": ["-m", "eval"], "ast-eval-a-i0": ["-m", "eval", "-a", "-i", "0"]},
    "type_comments": {"ast-no-type-comments": ["--no-type-comments"]},
    "signature": {"ast-func-type": ["-m", "func_type"], "ast-func-type-a": ["-m", "func_type", "-a"]},
}
# Programs also disassembled from stdin (`python3 -m dis < programs/<name>.py`), golden <name>.dis-stdin.txt.
DIS_STDIN = ["closures"]


def python(*args, stdin=None):
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run([sys.executable, *args], cwd=HERE, input=stdin, capture_output=True, text=True, env=env)


def stable_dis(text):
    """Object addresses differ on every run; the tests normalise them the same way."""
    return re.sub(r"0x[0-9a-f]+", "0x0", text)


def write(name, text):
    with open(os.path.join(GOLDEN, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    os.makedirs(GOLDEN, exist_ok=True)
    for entry in sorted(os.listdir(PROGRAMS)):
        if not entry.endswith(".py"):
            continue
        name = entry[:-3]
        rel = "programs/" + entry
        argv = [rel, *ARGS.get(name, [])]
        stdin = STDIN.get(name, "")
        r = python(*argv, stdin=stdin)
        run = {"argv": argv, "stdin": stdin, "stdout": r.stdout, "stderr": r.stderr.replace(PROGRAMS, "{DIR}"), "exitCode": r.returncode}
        write(name + ".run.json", json.dumps(run, indent=1, ensure_ascii=False) + "\n")

        for key, options in AST_OPTIONS.get(name, {}).items():
            write(f"{name}.{key}.txt", python("-m", "ast", *options, rel).stdout)
        dis = python("-m", "dis", rel)
        if dis.returncode != 0:
            continue  # a program that does not compile has no disassembly, tree or .pyc
        write(name + ".dis.txt", stable_dis(dis.stdout))
        write(name + ".ast.txt", python("-m", "ast", rel).stdout)
        write(name + ".ast-a.txt", python("-m", "ast", "-a", rel).stdout)
        if name in DIS_STDIN:
            with open(os.path.join(PROGRAMS, entry), encoding="utf-8") as f:
                write(name + ".dis-stdin.txt", stable_dis(python("-m", "dis", stdin=f.read()).stdout))
        cwd = os.getcwd()
        os.chdir(HERE)
        try:
            py_compile.compile(rel, cfile=os.path.join(GOLDEN, name + ".pyc"), doraise=True)
        finally:
            os.chdir(cwd)


if __name__ == "__main__":
    main()
