#!/usr/bin/env bash
# End-to-end privacy test. Runs Vigil on a library in a fresh home folder, under
# an X server, through --tour (every article, every country profile with
# articles, 100 searches with the best match of each opened, then a normal
# quit), with strace following every process it starts, Qt WebEngine's included.
# Then it checks that the process tree made no connection but to local (Unix)
# sockets and wrote no file outside Vigil's own folders, and that the tour saw
# every article and profile of the library.
#
#   privacy.sh VIGIL VIGIL_LIBRARY LIBRARY
set -euo pipefail

vigil=$(realpath "$1")
tool=$(realpath "$2")
library=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)

# Qt WebEngine needs a real display server, as in the web tests.
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a --server-args="-screen 0 1280x1024x24" "$0" "$@"
fi
command -v strace >/dev/null || { echo "privacy: strace is missing; packaging/install-deps.sh installs it" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home=$work/home
mkdir -p "$home" "$work/trace"
# A login session's runtime folder: private, and outside the home folder, so
# that anything written there counts against Vigil too.
mkdir -m 700 "$work/runtime"

# The judge must see what it is there to see, or its silence would prove
# nothing: a made-up trace with nine offences and some innocent lines.
cat > "$work/offences.1" <<TRACE
connect(5<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")}, 16) = -1 EINPROGRESS (Operation now in progress)
sendto(6<UDP:[2]>, ..., 40, 0, NULL, 0) = 40
bind(11<TCP:[5]>, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16) = 0
sendto(12, ..., 40, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("9.9.9.9")}, 16 <unfinished ...>
sendto(13, ..., 80, MSG_NOSIGNAL, NULL, 0 <unfinished ...>
bind(14<UNIX-STREAM:[6]>, {sa_family=AF_UNIX, sun_path=@"vigil"}, 9) = 0
openat(AT_FDCWD</>, "$home/.bashrc", O_WRONLY|O_APPEND|O_CLOEXEC) = 7<$home/.bashrc>
mkdir("$home/.local/share/Elsewhere", 0777) = 0
openat(AT_FDCWD</>, "/dev/shm/.org.chromium.Chromium.kept", O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0600) = 8</dev/shm/.org.chromium.Chromium.kept>
rename("$home/.config/Vigil/Vigil.conf", "/tmp/Vigil.conf") = 0
connect(3<UNIX-STREAM:[3]>, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 20) = 0
sendmsg(23<pipe:[5512]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=..., iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 8
sendmsg(24<UNIX-STREAM:[77]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=..., iov_len=4}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 4
write(25<anon_inode:[eventfd]>, ..., 8) = 8
sendmsg(26, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=..., iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 8
sendto(9<NETLINK:[ROUTE:4]>, ..., 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20
openat(AT_FDCWD</>, "$home/.config/Vigil/Vigil.conf.lock", O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC, 0666) = 9<$home/.config/Vigil/Vigil.conf.lock>
openat(AT_FDCWD</>, "$home/.bashrc", O_RDONLY|O_CLOEXEC) = 10<$home/.bashrc>
mkdir("$home/.config", 0777) = 0
TRACE
cat > "$work/offences.2" <<TRACE
chdir("/tmp") = 0
mkdir("relative", 0777) = 0
TRACE
if perl "$here/tracejudge.pl" "$home" "$home/.config" "$home/.local/share" "$home/.cache" \
     "$work/offences.1" "$work/offences.2" > /dev/null 2> "$work/offences.txt" \
   || ! grep -q "^privacy: 9 problems$" "$work/offences.txt"; then
  echo "privacy: the judge did not find the nine offences of its own test:" >&2
  cat "$work/offences.txt" >&2
  exit 1
fi

# Every call that can reach the network or change the file system.
calls=connect,bind,sendto,sendmsg,sendmmsg
calls+=,open,openat,openat2,creat,mkdir,mkdirat,unlink,unlinkat,rmdir
calls+=,rename,renameat,renameat2,link,linkat,symlink,symlinkat,chdir,fchdir

start=$(date +%s)
status=0
# A clean environment, as a fresh account has it. The sandbox is off as in the
# web tests (it needs privileges a test runner may not have), and so is the GPU,
# which Xvfb does not have. There is no D-Bus session either, as on a bare
# window manager: were Vigil to let libdbus start a bus of its own (X11
# autolaunch), it would write ~/.dbus, and the judge would see it.
(
  cd "$home"
  env -i HOME="$home" USER="${USER:-vigil}" PATH="$PATH" LANG=C.UTF-8 \
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" \
    XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$work/runtime" \
    DISPLAY="$DISPLAY" ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} QT_QPA_PLATFORM=xcb \
    QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu \
    strace -ff -qq -yy -s 0 -e trace="$calls" -o "$work/trace/t" \
    "$vigil" --library "$library" --tour
) > "$work/tour.txt" 2> "$work/stderr.txt" || status=$?
echo "privacy: the tour took $(( $(date +%s) - start )) s under strace"
cat "$work/tour.txt"
if [ "$status" -ne 0 ]; then
  echo "privacy: vigil --tour exited with status $status" >&2
  tail -20 "$work/stderr.txt" >&2
  exit 1
fi

# The tour must have seen the whole library.
stats=$("$tool" stats --json --library "$library")
articles=$(sed -n 's/.*"articles": *\([0-9]*\).*/\1/p' <<< "$stats")
profiles=$(sed -n 's/.*"countries_with_articles": *\([0-9]*\).*/\1/p' <<< "$stats")
summary=$(grep '^tour: ' "$work/tour.txt" || true)
expected="tour: articles $articles, profiles $profiles, searches 100, "
if [ -z "$articles" ] || [ "$articles" -eq 0 ] || [[ "$summary" != "$expected"* ]] || [[ "$summary" != *", failures 0" ]]; then
  echo "privacy: expected \"$expected..., failures 0\" (from vigil-library stats), got \"$summary\"" >&2
  exit 1
fi

TRACE_CWD=$home perl "$here/tracejudge.pl" "$home" "$home/.config" "$home/.local/share" "$home/.cache" "$work"/trace/t.*
