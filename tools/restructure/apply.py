#!/usr/bin/env python3
"""Moves and renames classes across the labourcast modules (issue 18), driven by moves.txt.

Run from the repository root: python3 tools/restructure/apply.py [--dry-run]

For every line `old.fqcn -> new.fqcn [@module]` of moves.txt it
  * moves the source file (git mv) to the new package directory (and module, if given), with its test XTest.java,
  * rewrites the package line, the old fully qualified name everywhere (imports, static imports, code, Javadoc),
  * renames the simple name where it changes, in every Java file that sees the class (same old package or import),
  * adds the imports that same-package references now need (both directions) and drops imports that became
    same-package,
  * rewrites fully qualified names and source paths in .md, .ipynb, .xml, .sh, .properties and .py files.
Then it applies the exact-text edits of patches.txt (visibility that a package move requires), each only where the
old text is present. Idempotent: a move whose source is gone and whose target exists is skipped, a second run
changes nothing.
"""
import os
import re
import subprocess
import sys

ROOT = os.getcwd()
HERE = os.path.dirname(os.path.abspath(__file__))
DRY = '--dry-run' in sys.argv
SKIP_DIRS = {'.git', 'target', 'node_modules', '.ipynb_checkpoints', 'tools'}
TEXT_EXT = ('.md', '.ipynb', '.xml', '.sh', '.properties', '.py', '.txt', '.yaml', '.yml')


def read_moves():
    moves = []
    with open(os.path.join(HERE, 'moves.txt'), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r'([\w.]+)\s*->\s*([\w.]+)(?:\s+@(\w+))?', line)
            if not m:
                sys.exit(f'moves.txt:{n}: cannot read "{line}"')
            moves.append((m.group(1), m.group(2), m.group(3)))
    return moves


def read_patches():
    """patches.txt: blocks `=== path` (or `?=== path`: skipped quietly where the text is absent, for code that exists
    only on a newer main) then `--- old` line(s) then `+++ new` line(s)."""
    patches, path, mode, old, new = [], None, None, [], []
    fn = os.path.join(HERE, 'patches.txt')
    if not os.path.exists(fn):
        return patches

    def flush():
        if path is not None and old:
            patches.append((path, '\n'.join(old), '\n'.join(new)))
    with open(fn, encoding='utf-8') as f:
        for raw in f.read().split('\n'):
            if raw.startswith('=== ') or raw.startswith('?=== '):
                flush()
                optional = raw.startswith('?')
                path, mode, old, new = raw.split('=== ', 1)[1].strip(), None, [], []
                path = ('?' if optional else '') + path
            elif raw.startswith('--- '):
                if mode == '+':
                    flush()
                    old, new = [], []
                mode = '-'
                old.append(raw[4:])
            elif raw.startswith('+++ '):
                mode = '+'
                new.append(raw[4:])
            elif raw.startswith('+++') and mode:
                new.append('')
            elif raw.startswith('---') and mode:
                old.append('')
        flush()
    return patches


def java_roots():
    roots = []
    for mod in sorted(os.listdir(ROOT)):
        for kind in ('main', 'test'):
            d = os.path.join(ROOT, mod, 'src', kind, 'java')
            if os.path.isdir(d):
                roots.append((mod, kind, d))
    return roots


def index_java():
    """fqcn -> (module, kind, path) for every top-level Java file, and the list of all Java files."""
    idx, files = {}, []
    for mod, kind, d in java_roots():
        for dp, dns, fns in os.walk(d):
            for fn in fns:
                if fn.endswith('.java') and fn != 'package-info.java':
                    pkg = os.path.relpath(dp, d).replace(os.sep, '.')
                    idx[pkg + '.' + fn[:-5]] = (mod, kind, os.path.join(dp, fn))
                if fn.endswith('.java'):
                    files.append(os.path.join(dp, fn))
    return idx, files


def split_pkg(fq):
    p, _, s = fq.rpartition('.')
    return p, s


TOKEN_RE = re.compile(r'//[^\n]*|/\*[\s\S]*?\*/|"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')


def segments(src):
    """(kind, text) pieces of Java source: 'code', 'comment' or 'string' (comments and literals scanned together,
    so an apostrophe in a comment does not open a character literal)."""
    pos = 0
    for m in TOKEN_RE.finditer(src):
        if m.start() > pos:
            yield 'code', src[pos:m.start()]
        t = m.group(0)
        yield ('comment' if t.startswith('/') else 'string'), t
        pos = m.end()
    if pos < len(src):
        yield 'code', src[pos:]


def code_only(src):
    """The text without string literals and comments (for deciding which imports code needs)."""
    return ''.join(t if k == 'code' else (' ' if k == 'comment' else '""') for k, t in segments(src))


def sub_outside_strings(src, pattern, repl):
    return ''.join(t if k == 'string' else pattern.sub(repl, t) for k, t in segments(src))


def sort_imports(src):
    """Sorts each run of consecutive single-type imports: java and javax first, then the rest by name."""
    lines = src.split('\n')
    single = re.compile(r'import\s+(?!static)[\w.]+\s*;$')
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and single.match(lines[j]):
            j += 1
        if j > i:
            lines[i:j] = sorted(lines[i:j], key=lambda l: (not re.match(r'import\s+javax?\.', l), l))
        i = j + 1
    return '\n'.join(lines)


def fqn_pattern(fq):
    return re.compile(r'(?<![\w.])' + re.escape(fq) + r'(?!\w)')


def main():
    moves = read_moves()
    idx, files = index_java()

    # Expand the table: explicit moves plus the tests named after a moved class (XTest -> NewTest).
    plan = {}  # old fqcn -> (new fqcn, old path, new path)
    for old, new, module in moves:
        if old == new:
            continue  # listed to stay put (e.g. a test that uses its package's fixtures)
        if old in idx:
            mod, kind, path = idx[old]
        elif new in idx:
            continue  # already moved
        else:
            print(f'warning: {old} not found; skipped')
            continue
        tmod = module or mod
        npkg, nsimple = split_pkg(new)
        npath = os.path.join(ROOT, tmod, 'src', kind, 'java', *npkg.split('.'), nsimple + '.java')
        plan[old] = (new, path, npath)
    explicit = {o for o, _, _ in moves}
    for old, new, module in moves:
        if old not in plan or idx[old][1] != 'main':
            continue
        npkg, nsimple = split_pkg(new)
        opkg, osimple = split_pkg(old)
        test_old = opkg + '.' + osimple + 'Test'
        # a test listed on its own line (even as staying put) is not moved with its class
        if test_old in idx and test_old not in explicit:
            tm, tk, tpath = idx[test_old]
            tnew = npkg + '.' + nsimple + 'Test'
            tnpath = os.path.join(ROOT, module or tm, 'src', 'test', 'java', *npkg.split('.'), nsimple + 'Test.java')
            plan[test_old] = (tnew, tpath, tnpath)

    pkg_of_path = {}
    for fq, (_, _, p) in idx.items():
        pkg_of_path[p] = split_pkg(fq)[0]
    old_to_new = {o: n for o, (n, _, _) in plan.items()}

    def new_fqcn(fq):
        return old_to_new.get(fq, fq)

    classes_by_pkg = {}
    for fq in idx:
        p, s = split_pkg(fq)
        classes_by_pkg.setdefault(p, {})[s] = fq

    # Longest first so that a.b.C is not rewritten inside a.b.CD (the lookahead guards too).
    fq_subs = [(fqn_pattern(o), n) for o, n in sorted(old_to_new.items(), key=lambda kv: -len(kv[0]))]
    renames = {o: (split_pkg(o)[1], split_pkg(n)[1]) for o, n in old_to_new.items()
               if split_pkg(o)[1] != split_pkg(n)[1]}

    changed = 0
    path_moves = {p: np for (_, p, np) in plan.values()}
    for path in files:
        with open(path, encoding='utf-8') as f:
            src = f.read()
        orig = src
        m = re.search(r'^package\s+([\w.]+)\s*;', src, re.M)
        if not m:
            continue
        opkg = m.group(1)
        self_old = opkg + '.' + os.path.basename(path)[:-5]
        self_new = new_fqcn(self_old)
        npkg = split_pkg(self_new)[0]
        imports = set(re.findall(r'^import\s+([\w.]+)\s*;', src, re.M))
        imported_simple = {split_pkg(i)[1]: i for i in imports}

        # 1. Renamed simple names, in files that see the class.
        for old, (os_, ns) in renames.items():
            o_pkg = split_pkg(old)[0]
            sees = (old == self_old or old in imports
                    or (o_pkg == opkg and imported_simple.get(os_, old) == old))
            if sees:
                # qualified occurrences (preceded by a dot) are left to the FQN pass below
                src = sub_outside_strings(src, re.compile(r'(?<![\w.])' + os_ + r'\b'), ns)

        # 2. Fully qualified names (imports, static imports, code, Javadoc, strings).
        for pat, n in fq_subs:
            src = pat.sub(n, src)

        # 3. Package line.
        if npkg != opkg:
            src = re.sub(r'^package\s+[\w.]+\s*;', f'package {npkg};', src, count=1, flags=re.M)

        # 4. Imports that same-package references now need.
        code = code_only(src)
        docs_only = src
        imports = set(re.findall(r'^import\s+([\w.]+)\s*;', src, re.M))
        have_simple = {split_pkg(i)[1] for i in imports}
        needed, javadoc_fq = set(), {}
        for fq_old, fq_new in list(old_to_new.items()):
            o_pkg, _ = split_pkg(fq_old)
            n_pkg, n_simple = split_pkg(fq_new)
            if fq_old == self_old or n_pkg == npkg or o_pkg != opkg:
                continue
            # this file was in the class's old package and the class leaves it
            if re.search(r'(?<![\w.])' + n_simple + r'\b', code):
                needed.add(fq_new)
            elif re.search(r'(?<![\w.])' + n_simple + r'\b', docs_only):
                javadoc_fq[n_simple] = fq_new
        if npkg != opkg:
            # this file leaves its package: classes of the old package it names need imports
            for simple, fq_old in classes_by_pkg.get(opkg, {}).items():
                fq_new = new_fqcn(fq_old)
                n_pkg, n_simple = split_pkg(fq_new)
                if fq_old == self_old or n_pkg == npkg:
                    continue
                if re.search(r'(?<![\w.])' + n_simple + r'\b', code):
                    needed.add(fq_new)
                elif re.search(r'(?<![\w.])' + n_simple + r'\b', docs_only):
                    javadoc_fq[n_simple] = fq_new
        # a nested type or type variable of the same name would shadow; a clash with another import is reported
        for fq in sorted(needed):
            s = split_pkg(fq)[1]
            if fq in imports:
                continue
            if s in have_simple:
                print(f'warning: {path}: needs {fq} but imports another {s}')
                continue
            src = add_import(src, fq)
            imports.add(fq)
        # Javadoc-only references: qualify the link instead of importing for documentation's sake.
        for s, fq in javadoc_fq.items():
            if fq in imports:
                continue
            src = re.sub(r'(\{@link(?:plain)?\s+|@see\s+|@throws\s+)' + s + r'\b', r'\g<1>' + fq, src)

        # 5. Imports that became same-package.
        def drop(mm):
            return '' if split_pkg(mm.group(1))[0] == npkg and '.' not in mm.group(1)[len(npkg) + 1:] else mm.group(0)
        src = re.sub(r'^import\s+([\w.]+)\s*;\n', drop, src, flags=re.M)

        if src != orig:
            src = sort_imports(src)
        target = path_moves.get(path, path)
        if src != orig or target != path:
            changed += 1
            if DRY:
                print(('move ' + rel(path) + ' -> ' + rel(target)) if target != path else ('edit ' + rel(path)))
                continue
            if target != path:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                if subprocess.call(['git', 'mv', path, target], cwd=ROOT, stderr=subprocess.DEVNULL) != 0:
                    os.rename(path, target)
            with open(target, 'w', encoding='utf-8') as f:
                f.write(src)

    # 6. Other text files: fully qualified names and source paths.
    simple_count = {}
    for fq in idx:
        simple_count[split_pkg(fq)[1]] = simple_count.get(split_pkg(fq)[1], 0) + 1
    path_subs = []
    for o, (n, p, np) in plan.items():
        path_subs.append((rel(p), rel(np)))
        o_pkg, o_s = split_pkg(o)
        n_pkg, n_s = split_pkg(n)
        path_subs.append(('/'.join(o_pkg.split('.')) + '/' + o_s + '.java', '/'.join(n_pkg.split('.')) + '/' + n_s + '.java'))
    for dp, dns, fns in os.walk(ROOT):
        dns[:] = [d for d in dns if d not in SKIP_DIRS]
        for fn in fns:
            if not fn.endswith(TEXT_EXT) and fn != 'labourcast':
                continue
            p = os.path.join(dp, fn)
            try:
                with open(p, encoding='utf-8') as f:
                    txt = f.read()
            except (UnicodeDecodeError, OSError):
                continue
            orig = txt
            for a, b in path_subs:
                txt = re.sub(r'(?<!\w)' + re.escape(a), b, txt)
            for pat, n in fq_subs:
                txt = pat.sub(n, txt)
            if fn.endswith('.md'):
                for old, (os_, ns) in renames.items():
                    if simple_count.get(os_, 0) > 1:
                        continue  # `Labourcast` may mean another class of that name: left for a reader to judge
                    txt = re.sub(r'`([^`\n]*?)(?<![\w.])' + os_ + r'\b([^`\n]*)`',
                                 lambda mm: '`' + mm.group(1) + ns + mm.group(2) + '`', txt)
            if txt != orig:
                changed += 1
                print(('would edit ' if DRY else 'edit ') + rel(p))
                if not DRY:
                    with open(p, 'w', encoding='utf-8') as f:
                        f.write(txt)

    # 7. Exact-text patches.
    for path, old, new in read_patches():
        optional = path.startswith('?')
        path = path.lstrip('?')
        p = os.path.join(ROOT, path)
        if not os.path.exists(p):
            if optional:
                continue
            print(f'warning: patch target {path} missing')
            continue
        with open(p, encoding='utf-8') as f:
            txt = f.read()
        if old in txt:
            changed += 1
            if not DRY:
                with open(p, 'w', encoding='utf-8') as f:
                    f.write(txt.replace(old, new))
        elif new not in txt and not optional:
            print(f'warning: patch for {path} does not apply: {old.splitlines()[0]!r}')

    # Remove directories the moves emptied.
    if not DRY:
        for mod, kind, d in java_roots():
            for dp, dns, fns in os.walk(d, topdown=False):
                if dp != d and not os.listdir(dp):
                    os.rmdir(dp)
    print(f'{len(plan)} moves, {changed} files changed')


def rel(p):
    return os.path.relpath(p, ROOT)


def add_import(src, fq):
    line = f'import {fq};'
    lines = src.split('\n')
    imp = [i for i, l in enumerate(lines) if re.match(r'import\s+(?!static)[\w.]+\s*;', l)]
    if imp:
        pos = None
        for i in imp:
            if lines[i] < line:
                pos = i + 1
        if pos is None:
            pos = imp[0]
        lines.insert(pos, line)
    else:
        pk = next(i for i, l in enumerate(lines) if l.startswith('package '))
        lines[pk + 1:pk + 1] = ['', line]
    return '\n'.join(lines)


if __name__ == '__main__':
    main()
