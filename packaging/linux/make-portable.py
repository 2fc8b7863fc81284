#!/usr/bin/env python3
"""Makes the portable Linux archive: Vigil with its own Qt, Qt WebEngine and every
library a desktop may lack, to unpack anywhere (a USB stick included) and run on a
Linux machine that has no Qt.

Qt's deploy support (qt_deploy_runtime_dependencies) covers Linux from Qt 6.5 on;
Debian 12 has Qt 6.4, so this script does for Linux what windeployqt does for
Windows: it installs the build into a folder, copies in the Qt plugins and Qt
WebEngine's helper process and resources, follows every program's and plugin's
libraries (ELF NEEDED entries, resolved the way the dynamic linker does, by ldd)
and copies each one that is not in portable-system-libs.txt, the list of what any
desktop has. Every copied file finds its neighbours by a relative RUNPATH
($ORIGIN), and a qt.conf tells Qt where its parts are, so the folder works from any
place and under any name.

Usage: make-portable.py BUILD_DIR OUT_DIR
Prints the archive's path and its size.
"""

import fnmatch
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_LIBS = HERE / "portable-system-libs.txt"

# The plugins Vigil loads: windows on X11 (and XWayland), with and without GL, the
# offscreen platform of --print-pdf, keyboard composition and input methods, the
# image formats, printing, and the SQL driver of the user database.
PLUGINS = [
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platforms/libqminimal.so",
    "xcbglintegrations/*.so",
    "platforminputcontexts/*.so",
    "imageformats/*.so",
    "iconengines/*.so",
    "printsupport/*.so",
    "sqldrivers/libqsqlite.so",
]

WEBENGINE_LOCALES = ["en-US.pak", "en-GB.pak", "sr.pak"]

QT_CONF = """\
# Where Qt finds its parts inside this folder (relative to the program).
[Paths]
Prefix = ..
Libraries = lib
LibraryExecutables = libexec
Plugins = plugins
Data = .
Translations = translations
"""

LAUNCHER = """\
#!/bin/sh
# Starts {program} from this folder, wherever it is (a USB stick, a copy, a link).
here=$(dirname "$(readlink -f "$0")")
exec "$here/bin/{program}" "$@"
"""

MARKER = """\
Vigil on a USB stick

While this file sits beside the program, Vigil keeps its settings and everything
of yours (reading lists, notes, My hotlines, imported pages, trusted publishers)
in the folder "user-data" here, and nothing in the home folder of the computer
it runs on. "Clear my data" in the File menu empties that folder.

Delete this file to keep them in your home folder instead, as an installed Vigil
does.
"""


def fail(message):
    sys.exit(f"make-portable: {message}")


def run(*args, **kwargs):
    return subprocess.run(args, check=True, text=True, capture_output=True, **kwargs).stdout


def system_patterns():
    """The sonames left to the system, from portable-system-libs.txt."""
    patterns = []
    for line in SYSTEM_LIBS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            _package, _, libs = line.partition(":")
            patterns += libs.split()
    return patterns


def is_system(soname, patterns):
    return any(fnmatch.fnmatchcase(soname, p) for p in patterns)


def is_elf(path):
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def needed(path):
    out = run("readelf", "-d", "--wide", str(path))
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def resolved(path):
    """soname -> file, as the dynamic linker finds them for this object."""
    found = {}
    for line in run("ldd", str(path)).splitlines():
        m = re.match(r"\s*(\S+) => (\S+) \(0x", line)
        if m:
            found[m.group(1)] = m.group(2)
        elif "not found" in line:
            fail(f"{path}: {line.strip()}")
    return found


def bundle_libraries(roots, lib_dir, patterns):
    """Copies every library the roots need, directly or not, that the system
    does not provide. Libraries of the system are not followed: what they need
    comes with them."""
    copied = {}
    for root in roots:
        where = resolved(root)
        queue = list(needed(root))
        while queue:
            soname = queue.pop()
            if soname in copied or is_system(soname, patterns):
                continue
            source = where.get(soname)
            if source is None:
                fail(f"{root} needs {soname}, which ldd did not resolve")
            copied[soname] = source
            shutil.copy2(os.path.realpath(source), lib_dir / soname)
            queue += needed(source)
    return copied


def set_runpath(path, runpath):
    mode = path.stat().st_mode
    path.chmod(mode | stat.S_IWUSR)
    run("patchelf", "--set-rpath", runpath, str(path))
    path.chmod(mode)


def qt_path(name):
    for tool in ("qtpaths6", "qtpaths", "qmake6"):
        exe = shutil.which(tool) or (f"/usr/lib/qt6/bin/{tool}" if Path(f"/usr/lib/qt6/bin/{tool}").exists() else None)
        if exe:
            return Path(run(exe, "-query" if tool == "qmake6" else "--query", name).strip())
    fail("qtpaths6 not found (Debian's qt6-base-dev-tools)")


def deterministic(info):
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or info.mtime
    return info


def main():
    if len(sys.argv) != 3:
        sys.exit("Usage: make-portable.py BUILD_DIR OUT_DIR")
    build = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2]).resolve()
    for tool in ("readelf", "ldd", "patchelf", "cmake"):
        if not shutil.which(tool):
            fail(f"{tool} not found; packaging/install-deps.sh installs it")

    version = run(str(build / "bin/vigil-library"), "--version").split()[-1]
    name = f"vigil-{version}-linux-{os.uname().machine}-portable"
    stage = out / name
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run("cmake", "--install", str(build), "--prefix", str(stage), "--strip")

    plugins_src = qt_path("QT_INSTALL_PLUGINS")
    libexec_src = qt_path("QT_INSTALL_LIBEXECS")
    data_src = qt_path("QT_INSTALL_DATA")
    translations_src = qt_path("QT_INSTALL_TRANSLATIONS")

    plugins = []
    for pattern in PLUGINS:
        for source in sorted(plugins_src.glob(pattern)):
            target = stage / "plugins" / source.relative_to(plugins_src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            plugins.append(target)

    (stage / "libexec").mkdir()
    process = stage / "libexec/QtWebEngineProcess"
    shutil.copy2(libexec_src / "QtWebEngineProcess", process)
    shutil.copytree(data_src / "resources", stage / "resources")
    # Chromium's own words (its error pages) in the languages of Vigil's window;
    # it falls back to en-US for the others.
    locales = stage / "translations/qtwebengine_locales"
    locales.mkdir(parents=True)
    for locale in WEBENGINE_LOCALES:
        shutil.copy2(translations_src / "qtwebengine_locales" / locale, locales / locale)
    for folder in (stage / "bin", stage / "libexec"):
        (folder / "qt.conf").write_text(QT_CONF)

    programs = [stage / "bin/vigil", stage / "bin/vigil-library"]
    modules = sorted((stage / "lib/vigil").glob("*.so"))
    lib_dir = stage / "lib"
    copied = bundle_libraries(programs + modules + plugins + [process], lib_dir, system_patterns())

    for program in programs + [process]:
        set_runpath(program, "$ORIGIN/../lib")
    for module in modules:
        set_runpath(module, "$ORIGIN/..")
    for plugin in plugins:
        set_runpath(plugin, "$ORIGIN/../../lib")
    for soname in copied:
        set_runpath(lib_dir / soname, "$ORIGIN")

    for program in ("vigil", "vigil-library"):
        launcher = stage / program
        launcher.write_text(LAUNCHER.format(program=program))
        launcher.chmod(0o755)
    (stage / "portable.txt").write_text(MARKER)
    # What a stick's file manager shows first, and where the licences of what
    # was copied in are: the Debian copyright files of the bundled libraries.
    licences = stage / "share/doc/vigil/bundled-libraries"
    licences.mkdir(parents=True, exist_ok=True)
    (licences / "README").write_text(
        "The libraries in lib/ come from Debian 12; each one's licence is in its\n"
        "package's copyright file, /usr/share/doc/<package>/copyright, listed here.\n\n"
        + "".join(f"{soname}: {package_of(path)}\n" for soname, path in sorted(copied.items())))

    archive = out / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name, filter=deterministic)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    (out / f"{archive.name}.sha256").write_text(f"{digest}  {archive.name}\n")
    unpacked = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file())
    print(f"{archive}")
    print(f"archive: {archive.stat().st_size / 1e6:.1f} MB, unpacked: {unpacked / 1e6:.1f} MB, "
          f"{len(copied)} libraries and {len(plugins)} plugins bundled")


def package_of(path):
    try:
        return run("dpkg-query", "-S", os.path.realpath(path)).split(":", 1)[0]
    except (subprocess.CalledProcessError, FileNotFoundError):
        try:
            return run("dpkg-query", "-S", path).split(":", 1)[0]
        except (subprocess.CalledProcessError, FileNotFoundError):
            return "(not from a Debian package)"


if __name__ == "__main__":
    main()
